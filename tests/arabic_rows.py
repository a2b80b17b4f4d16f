"""Check every row of a captured screen that holds Arabic against GNU FriBidi, knowing only
the texts the screen may show, not which widget drew which row."""

# A screen mixes panes, columns and borders, so a row is not one paragraph. What can be
# checked without knowing the layout: every run of Arabic on a row (letters, and the spaces,
# digits and punctuation between them) is some stretch of a text the app was given, drawn as
# FriBidi draws that stretch on its own, right to left. The run is read back into logical
# order (clusters reversed, mirrored brackets swapped, digit runs kept left to right), found
# in the texts, and FriBidi's drawing of what was found must match the run glyph for glyph
# (oracle.compare). Rows of one wrapped text must show it top to bottom: two runs on
# consecutive rows, one above the other, that each come from one place in one text must
# come in the text's order. Raw logical Arabic fails the first check (no text reads that
# way back); a line put in visual order and then wrapped fails the second.

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from oracle import OracleError, compare, fold_glyph, reorder


def _is_arabic(char: str) -> bool:
    """Whether a character is an Arabic letter or glyph (bidi class AL or R)."""
    return unicodedata.bidirectional(char) in ("AL", "R")


# What may sit between two Arabic letters in one run: one space at a time, digits, marks
# and the punctuation of running text. Box drawing, "…" (the app's own cut) and two spaces
# (a gap between columns) end a run.
_INNER = re.compile(
    r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff0-9\u0660-\u0669"
    r"\u06f0-\u06f9.,:;/()«»\"'!?%\-+\u060c\u061b\u061f\u066a-\u066c]"
)


@dataclass(frozen=True)
class Run:
    """A run of Arabic on a row: where it sits and the glyphs as drawn, left to right."""

    row: int
    start: int  # index of its first character in the row
    glyphs: str

    @property
    def end(self) -> int:
        return self.start + len(self.glyphs)


def _inside(row: str, at: int, step: int) -> bool:
    """Whether the character at `at` continues a run coming from `at - step`: running-text
    punctuation, digits, letters and marks, or one space before more of them."""
    if not 0 <= at < len(row):
        return False
    char = row[at]
    if _INNER.match(char) or unicodedata.category(char) == "Mn":
        return True
    return char == " " and 0 <= at + step < len(row) and bool(_INNER.match(row[at + step]))


def arabic_runs(row_index: int, row: str) -> list[Run]:
    """The runs of Arabic on one row, with the digits and punctuation on either side."""
    runs: list[Run] = []
    i = 0
    while i < len(row):
        if not _is_arabic(row[i]):
            i += 1
            continue
        start, end = i, i
        while _inside(row, start - 1, -1):
            start -= 1
        while _inside(row, end + 1, 1):
            end += 1
        if runs and start < runs[-1].end:
            start = runs[-1].end
        runs.append(Run(row_index, start, row[start : end + 1]))
        i = end + 1
    return runs


_MIRROR = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "«": "»", "»": "«",
           "<": ">", ">": "<"}  # fmt: skip
_LEFT_TO_RIGHT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,:/\-+][0-9\u0660-\u0669"
                            r"\u06f0-\u06f9]+)*%?")  # fmt: skip


def logical_reading(glyphs: str) -> str:
    """The letters a right-to-left run stands for, in logical order (joiners dropped)."""
    clusters: list[tuple[str, str]] = []
    for glyph in glyphs:
        folded = fold_glyph(glyph)
        if not folded:
            continue
        if unicodedata.category(folded[0]) == "Mn" and clusters:
            bases, marks = clusters[-1]
            clusters[-1] = (bases, marks + folded)
        else:
            clusters.append((folded, ""))
    text = "".join(_MIRROR.get(b, b)[::-1] + m for b, m in reversed(clusters))
    return _LEFT_TO_RIGHT.sub(lambda m: m.group()[::-1], text)


def normalised(text: str) -> str:
    """`text` as the checks compare it: undrawn characters dropped, whitespace single spaces."""
    kept = "".join(char for char in text if fold_glyph(char) or char.isspace())
    return " ".join(kept.split())


class Texts:
    """The texts a screen may show, each normalised; none held inside another."""

    def __init__(self, texts: Iterable[str]) -> None:
        found = sorted({normalised(t) for t in texts if any(map(_is_arabic, t))}, key=len,
                       reverse=True)  # fmt: skip
        kept: list[str] = []
        for text in found:
            if not any(text in longer for longer in kept):
                kept.append(text)
        self.joined = "\n".join(kept)

    def place(self, logical: str) -> int | None:
        """Where `logical` occurs if it occurs exactly once; None if more than once; an
        OracleError if nowhere."""
        at = self.joined.find(logical)
        if at < 0:
            raise OracleError(f"no text the app was given reads {logical!r}")
        return at if self.joined.find(logical, at + 1) < 0 else None


def _found(run: Run, texts: Texts) -> tuple[str, str, int | None]:
    """The glyphs of `run` that come from a text, their logical reading and its place.

    Digits, spaces and punctuation before the first Arabic letter and after the last (a date
    or a comma of the app's own line) are dropped, longest keep first, until it is found.
    """
    glyphs = run.glyphs
    letters = [i for i, char in enumerate(glyphs) if _is_arabic(char)]
    first, last = letters[0], letters[-1] + 1
    while last < len(glyphs) and unicodedata.category(glyphs[last]) == "Mn":
        last += 1
    trims = sorted(
        ((left, right) for left in range(first + 1) for right in range(last, len(glyphs) + 1)),
        key=lambda lr: lr[0] - lr[1],
    )
    for left, right in trims:
        part = glyphs[left:right].strip(" ")
        logical = logical_reading(part)
        try:
            return part, logical, texts.place(logical)
        except OracleError:
            continue
    texts.place(logical_reading(glyphs[first:last]))  # raises, naming the letters
    raise AssertionError("unreachable")


def check_screen(rows: Sequence[str], texts: Texts) -> int:
    """Check every Arabic run on a screen; the number of runs checked, or an OracleError
    that names the row."""
    placed: list[tuple[Run, int | None, int]] = []
    jobs: list[tuple[Run, str, str]] = []
    for index, row in enumerate(rows):
        for run in arabic_runs(index, row):
            try:
                glyphs, logical, at = _found(run, texts)
            except OracleError as error:
                raise OracleError(f"row {index} {row!r}: {error}") from None
            jobs.append((run, glyphs, logical))
            placed.append((run, at, len(logical)))
    answers = reorder([logical for _, _, logical in jobs], rtl=True)
    for (run, glyphs, logical), answer in zip(jobs, answers, strict=True):
        try:
            compare(glyphs, logical, answer)
        except OracleError as error:
            raise OracleError(f"row {run.row} {rows[run.row]!r}: {error}") from None
    for upper, at_upper, length in placed:
        for lower, at_lower, _ in placed:
            if lower.row != upper.row + 1 or at_upper is None or at_lower is None:
                continue
            overlaps = upper.start < lower.end and lower.start < upper.end
            between = texts.joined[min(at_upper, at_lower) : max(at_upper, at_lower)]
            if overlaps and "\n" not in between and at_lower < at_upper + length:
                raise OracleError(
                    f"rows {upper.row} and {lower.row} show one text bottom to top: "
                    f"{rows[upper.row]!r} above {rows[lower.row]!r}"
                )
    return len(jobs)
