"""Lines that set data (names, outlets, titles, roles, derivations) in an English frame."""

# Every data field is drawn as if between FSI and PDI (UAX #9 isolates): in its own direction
# and kept whole, so an Arabic outlet name cannot pull the date after it into its run, as
# plain bidi does ("Source: صحيفة الميزان, 2025-03-11" would read "11-03-2025"). Prose the
# app keeps in English (an explanation, a derivation, a summary) isolates each Arabic phrase
# in it the same way, a higher-level protocol (UAX #9, HL3). A line of several runs reads
# left to right, since its frame is the app's English (HL1 sets its direction); a line that
# is one field and nothing else is a paragraph of its own, in the field's direction: an
# Arabic role alone on its row reads right to left, flush right, like a quote.

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from tui.arabic.display import (
    ELLIPSIS,
    Highlight,
    Isolate,
    Mode,
    Row,
    draw_row,
    drawn_width,
    fit,
    is_rtl,
    layout,
    wrap,
)
from tui.arabic.reorder import bidi_class, mirror
from tui.arabic.sanitise import sanitise


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of a line: its text, a style tag, and whether it is a field drawn in its
    own direction (isolated) or words of the frame around the fields."""

    text: str
    tag: str | None = None
    isolated: bool = False


Line = tuple[Run, ...]


def words(text: str, tag: str | None = None) -> Run:
    """Words of the frame (the app's own English), drawn in the line's direction."""
    return Run(text, tag)


def field(text: str, tag: str | None = None) -> Run:
    """A field of data, drawn in its own direction (its first strong letter's) and kept whole."""
    return Run(text.strip(), tag, isolated=True)


def prose(text: str, tag: str | None = None) -> Line:
    """English prose from data, each Arabic phrase in it a field of its own."""
    clean = sanitise(text).text
    runs: list[Run] = []
    at = 0
    for start, end in arabic_phrases(clean):
        if at < start:
            runs.append(Run(clean[at:start], tag))
        runs.append(Run(clean[start:end], tag, isolated=True))
        at = end
    if at < len(clean):
        runs.append(Run(clean[at:], tag))
    return tuple(runs)


def arabic_phrases(text: str) -> list[tuple[int, int]]:
    """Spans of `text` that read right to left: from a right-to-left letter to the last one
    before a left-to-right letter or a line break, a bracket kept with its pair."""
    kinds = [bidi_class(char) for char in text]
    phrases: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        # A stretch without left-to-right letters; its phrase runs between its RTL letters.
        end = start
        while end < len(text) and kinds[end] != "L" and text[end] != "\n":
            end += 1
        phrases += _phrases_in(text, kinds, start, end)
        start = end + 1
    return phrases


def _phrases_in(text: str, kinds: list[str], low: int, high: int) -> list[tuple[int, int]]:
    """The phrases of text[low:high], which holds no left-to-right letter."""
    letters = [i for i in range(low, high) if kinds[i] in ("R", "AL")]
    if not letters:
        return []
    start, end = letters[0], _after_marks(kinds, letters[-1] + 1, high)
    start, end = _numbers_before(text, start, low), _numbers_after(text, end, high)
    while True:
        stray = _unpaired(text, start, end)
        if stray is None:
            return [(start, end)]
        # A bracket whose pair lies in the same stretch joins the phrase; one whose pair is
        # beyond it stays in the frame, and the phrase is split there.
        pair = _partner(text, stray, low, high)
        if pair is None or start <= pair < end:
            return _phrases_in(text, kinds, start, stray) + _phrases_in(text, kinds, stray + 1, end)
        start, end = min(start, pair), max(end, _after_marks(kinds, pair + 1, high))


# A number next to an Arabic word, a space at most between ("في أيلول 2026", "27 أيلول"),
# is part of its phrase: the year of the month the cue names, the day before it.
_NUMBER: Final = r"[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[-/.][0-9\u0660-\u0669\u06f0-\u06f9]+)*"
_NUMBER_AFTER: Final = re.compile(rf" ?{_NUMBER}")
_NUMBER_BEFORE: Final = re.compile(rf"{_NUMBER} ?$")


def _numbers_after(text: str, end: int, high: int) -> int:
    """`end` moved past a number that follows the phrase."""
    match = _NUMBER_AFTER.match(text, end, high)
    return match.end() if match else end


def _numbers_before(text: str, start: int, low: int) -> int:
    """`start` moved back over a number that comes just before the phrase."""
    match = _NUMBER_BEFORE.search(text, low, start)
    return match.start() if match else start


def _after_marks(kinds: list[str], end: int, high: int) -> int:
    """`end` moved past the marks and joiners that sit on the letter before it."""
    while end < high and kinds[end] in ("NSM", "BN"):
        end += 1
    return end


def _is_opening(char: str) -> bool:
    return unicodedata.category(char) == "Ps" and mirror(char) != char


def _is_closing(char: str) -> bool:
    return unicodedata.category(char) == "Pe" and mirror(char) != char


def _unpaired(text: str, start: int, end: int) -> int | None:
    """The first bracket in text[start:end] whose pair is not in it, if any."""
    stack: list[int] = []
    for i in range(start, end):
        if _is_opening(text[i]):
            stack.append(i)
        elif _is_closing(text[i]):
            if stack and mirror(text[stack[-1]]) == text[i]:
                stack.pop()
            else:
                return i
    return stack[0] if stack else None


def _partner(text: str, at: int, low: int, high: int) -> int | None:
    """Where the bracket at `at` finds its pair within text[low:high], if it does."""
    step, limit = (1, high) if _is_opening(text[at]) else (-1, low - 1)
    depth = 0
    for i in range(at, limit, step):
        if text[i] == text[at]:
            depth += 1
        elif text[i] == mirror(text[at]):
            depth -= 1
            if depth == 0:
                return i
    return None


def lay_out(line: Sequence[Run], width: int, mode: Mode = "visual") -> tuple[Row, ...]:
    """The rows that draw `line` in `width` cells, wrapped in logical order; each newline in
    a run starts a new paragraph. Rows are padded to `width` as layout() pads them."""
    return _lay_out(tuple(line), width, mode)


def cut(line: Sequence[Run], width: int, mode: Mode = "visual") -> Row:
    """`line` on one row of `width` cells, cut at its logical end with an ellipsis."""
    return _cut(tuple(line), width, mode)


def _clean(line: tuple[Run, ...]) -> list[Run]:
    """The runs sanitised, fields stripped, empty runs left out."""
    runs = []
    for run in line:
        text = sanitise(run.text).text
        text = text.strip() if run.isolated else text
        if text:
            runs.append(Run(text, run.tag, run.isolated))
    return runs


def _paragraphs(runs: list[Run]) -> list[list[Run]]:
    """The runs split at their newlines, one list per paragraph."""
    paragraphs: list[list[Run]] = [[]]
    for run in runs:
        for i, part in enumerate(run.text.split("\n")):
            if i:
                paragraphs.append([])
            if part:
                paragraphs[-1].append(Run(part, run.tag, run.isolated))
    return paragraphs


@lru_cache(maxsize=4096)
def _lay_out(line: tuple[Run, ...], width: int, mode: Mode) -> tuple[Row, ...]:
    """Cached body of lay_out()."""
    if width < 1:
        return ()
    rows: list[Row] = []
    for runs in _paragraphs(_clean(line)):
        rows += _paragraph_rows(runs, width, mode)
    return tuple(rows)


def _highlights(runs: list[Run]) -> tuple[Highlight, ...]:
    """The runs' tags as highlights of their joined text."""
    marks: list[Highlight] = []
    at = 0
    for run in runs:
        if run.tag is not None:
            marks.append((at, at + len(run.text), run.tag))
        at += len(run.text)
    return tuple(marks)


def _paragraph_rows(runs: list[Run], width: int, mode: Mode) -> tuple[Row, ...]:
    """The rows of one paragraph of runs."""
    fields = [run for run in runs if run.isolated]
    if len(fields) == 1 and all(run.isolated or not run.text.strip() for run in runs):
        runs = fields  # a field alone: a paragraph in its own direction
    text = "".join(run.text for run in runs)
    if not text:
        return (draw_row("", False, width, mode),)
    if not fields or len(runs) == 1:
        return layout(text, width, mode, _highlights(runs))
    tags = [run.tag for run in runs for _ in run.text]
    isolates: list[Isolate] = []
    at = 0
    for run in runs:
        if run.isolated:
            isolates.append((at, at + len(run.text), is_rtl(run.text)))
        at += len(run.text)
    rows = []
    for start, end in _wrap_keeping(text, width, mode, isolates):
        inside = tuple((max(a, start) - start, min(b, end) - start, r)
                       for a, b, r in isolates if a < end and start < b)  # fmt: skip
        rows.append(draw_row(text[start:end], False, width, mode, tags[start:end], inside))
    return tuple(rows)


def _wrap_keeping(
    text: str, width: int, mode: Mode, isolates: list[Isolate]
) -> list[tuple[int, int]]:
    """Rows of `text` as wrap() breaks them, but a field that fits a row is never broken
    ("حتى نهاية 2027" goes whole to the next row rather than split over two)."""
    shaped = mode == "visual"
    spans: list[tuple[int, int]] = []
    offset = 0
    while True:
        rows = wrap(text[offset:], width, shaped)
        rows = [(a + offset, b + offset) for a, b in rows]
        split = next(
            (
                (k, a)
                for k, (_, end) in enumerate(rows[:-1])
                for a, b, _ in isolates
                if a < end < b and a > rows[k][0] and drawn_width(text[a:b], mode) <= width
            ),
            None,
        )
        if split is None:
            return spans + rows
        k, at = split
        spans += rows[:k] + [(rows[k][0], len(text[:at].rstrip()))]
        offset = at


@lru_cache(maxsize=4096)
def _cut(line: tuple[Run, ...], width: int, mode: Mode) -> Row:
    """Cached body of cut()."""
    if width < 1:
        return Row((), False)
    runs = [Run(run.text.replace("\n", " "), run.tag, run.isolated) for run in _clean(line)]
    text = "".join(run.text for run in runs)
    rows = _paragraph_rows(runs, width, mode)
    if len(rows) == 1:
        return rows[0]
    keep = fit(text, width - 1, mode)
    kept: list[Run] = []
    for run in runs:
        if keep <= 0:
            break
        part = run.text[:keep]
        keep -= len(run.text)
        if keep <= 0:  # the run the cut falls in: the ellipsis ends it, inside its field
            part = part.rstrip() + ELLIPSIS
        kept.append(Run(part, run.tag, run.isolated))
    if not kept:
        kept = [Run(ELLIPSIS)]
    return _paragraph_rows(kept, width, mode)[0]
