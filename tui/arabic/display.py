"""Rows to draw for Arabic or mixed text: wrapped in logical order, then shaped and reordered."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Literal, get_args

from rich.cells import cell_len

from tui.arabic.direction import has_rtl as has_rtl  # re-exported: the widgets read it here
from tui.arabic.direction import is_rtl as is_rtl  # re-exported, as has_rtl
from tui.arabic.reorder import bidi_class, mirror, visual_order
from tui.arabic.sanitise import Sanitised, sanitise
from tui.arabic.shape import ZWJ, shape, shaped_width

Mode = Literal["visual", "terminal", "raw"]
MODES: Final[tuple[Mode, ...]] = get_args(Mode)
Highlight = tuple[int, int, str]  # start, end (offsets into the text as given), tag
# A stretch of a row drawn in its own direction, as between FSI and PDI (UAX #9 isolates):
# start, end (offsets into the row) and whether it runs right to left.
Isolate = tuple[int, int, bool]

ELLIPSIS: Final = "\u2026"
# Where a line may break; no-break, figure and narrow no-break spaces hold words together.
_BREAK_CLASS: Final = " \u1680\u2000-\u2006\u2008-\u200b\u205f\u3000"
_WORD: Final = re.compile(f"[^{_BREAK_CLASS}]+")


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of characters to draw with one highlight tag (None for plain text)."""

    text: str
    tag: str | None = None


@dataclass(frozen=True, slots=True)
class Row:
    """One screen row, left to right, including any alignment padding."""

    segments: tuple[Segment, ...]
    rtl: bool
    padding: int = 0  # cells of alignment padding: the first segment if rtl, else the last

    @property
    def text(self) -> str:
        """The characters of the row, left to right."""
        return "".join(segment.text for segment in self.segments)

    @property
    def cells(self) -> int:
        """The number of terminal cells the row takes."""
        return cell_len(self.text)


def parse_mode(value: str) -> Mode:
    """The display mode named by `value` (any case), or ValueError naming the valid ones."""
    name = value.strip().lower()
    if name not in MODES:
        raise ValueError(
            f"unknown Arabic display mode {value!r}: expected one of {', '.join(MODES)}"
        )
    return name


def layout(
    text: str, width: int, mode: Mode = "visual", highlights: Sequence[Highlight] = ()
) -> tuple[Row, ...]:
    """The rows to draw `text` in `width` cells; each newline starts a paragraph.

    The text is sanitised first. Rows in visual and terminal mode are padded to exactly
    `width` cells (on the left when right to left); raw rows are not padded. A word wider
    than `width` is broken. Highlights are (start, end, tag) offsets into `text` as given;
    where they overlap the later one wins, and a ligature takes the tag of any of its letters.
    """
    return _layout(text, width, mode, tuple(highlights))


def cell(text: str, width: int, mode: Mode = "visual", highlights: Sequence[Highlight] = ()) -> Row:
    """One row for a table cell: cut at the logical end with an ellipsis, so the start shows."""
    return _cell(text, width, mode, tuple(highlights))


def draw_row(
    line: str,
    rtl: bool,
    width: int,
    mode: Mode,
    tags: Sequence[str | None] | None = None,
    isolates: Sequence[Isolate] = (),
) -> Row:
    """One row of sanitised logical text drawn for `mode`, each of `isolates` in its own
    direction and kept whole, as between FSI and PDI (UAX #9, X5a–X6a)."""
    return _row(line, rtl, width, mode, tuple(tags) if tags is not None else None,
                tuple(isolates))  # fmt: skip


def drawn_width(text: str, mode: Mode) -> int:
    """The cells `text` takes on screen in `mode` (shaped in visual mode, else as typed)."""
    return shaped_width(text) if mode == "visual" else _logical_width(text)


def fit(text: str, width: int, mode: Mode) -> int:
    """How many characters of `text` fit in `width` cells in `mode`; marks stay with letters."""
    if width < 1 or not text:
        return 0
    end = _fit(text, 0, len(text), width, shaped_width if mode == "visual" else _logical_width)
    return end if drawn_width(text[:end], mode) <= width else 0


def wrap(text: str, width: int, shaped: bool = True) -> list[tuple[int, int]]:
    """Spans of one paragraph, one per row, breaking between words and inside over-long ones."""
    measure: Callable[[str], int] = shaped_width if shaped else _logical_width
    spans: list[tuple[int, int]] = []
    start = end = used = 0
    open_line = False
    for match in _WORD.finditer(text):
        # Spaces that open a paragraph are part of it, if they leave room for a letter beside
        # them on its first row (else they would start the next row); spaces at a break are
        # not drawn.
        indent = not open_line and measure(text[: match.start()]) < width
        word_start = 0 if indent else match.start()
        word_end = match.end()
        word_width = measure(text[word_start:word_end])
        if open_line:
            gap = measure(text[end:word_start])
            if used + gap + word_width <= width:
                end, used = word_end, used + gap + word_width
                continue
            spans.append((start, end))
        if word_width <= width:
            start, end, used = word_start, word_end, word_width
        else:
            pieces = _break_word(text, word_start, word_end, width, measure)
            spans.extend(pieces[:-1])
            start, end = pieces[-1]
            used = measure(text[start:end])
        open_line = True
    spans.append((start, end) if open_line else (0, 0))
    return spans


def _break_word(
    text: str, start: int, end: int, width: int, measure: Callable[[str], int]
) -> list[tuple[int, int]]:
    """Spans of a word too wide for a row, cut between characters and the marks on them."""
    pieces: list[tuple[int, int]] = []
    while start < end:
        cut = _fit(text, start, end, width, measure)
        pieces.append((start, cut))
        start = cut
    return pieces


def _fit(text: str, start: int, end: int, width: int, measure: Callable[[str], int]) -> int:
    """The furthest offset up to `end` that fits `text[start:]` in `width`, at least one letter."""
    bounds = []
    pos = start
    while pos < end:
        pos += 1
        while pos < end and cell_len(text[pos]) == 0:
            pos += 1  # a mark stays on the same row as its letter
        bounds.append(pos)
    # Width only grows as characters are added, so bisection finds the last fit.
    low, high, best = 1, len(bounds) - 1, 0
    while low <= high:
        middle = (low + high) // 2
        if measure(text[start : bounds[middle]]) <= width:
            best, low = middle, middle + 1
        else:
            high = middle - 1
    return bounds[best]


def _logical_width(text: str) -> int:
    """The cells `text` takes unshaped, once joiners are left out."""
    return cell_len(text.replace(ZWJ, "")) if ZWJ in text else cell_len(text)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs of sanitised text, one per line."""
    spans = []
    start = 0
    for index, char in enumerate(text):
        if char == "\n":
            spans.append((start, index))
            start = index + 1
    spans.append((start, len(text)))
    return spans


def _tags(
    offsets: Sequence[int], length: int, highlights: tuple[Highlight, ...]
) -> list[str | None]:
    """The highlight tag of each sanitised character; later highlights win over earlier ones."""
    tags: list[str | None] = [None] * length
    for start, end, tag in highlights:
        first = bisect_left(offsets, start, 0, length)
        last = bisect_left(offsets, end, 0, length)
        tags[first:last] = [tag] * (last - first)
    return tags


@lru_cache(maxsize=4096)
def _layout(
    text: str, width: int, mode: Mode, highlights: tuple[Highlight, ...]
) -> tuple[Row, ...]:
    """Cached body of layout()."""
    if width < 1 or not text:
        return ()
    clean = sanitise(text)
    tags = _tags(clean.offsets, len(clean.text), highlights) if highlights else None
    rows: list[Row] = []
    for para_start, para_end in _paragraphs(clean.text):
        paragraph = clean.text[para_start:para_end]
        rtl = is_rtl(paragraph)
        for start, end in wrap(paragraph, width, shaped=mode == "visual"):
            line_tags = (
                tuple(tags[para_start + start : para_start + end]) if tags is not None else None
            )
            rows.append(_row(paragraph[start:end], rtl, width, mode, line_tags))
    return tuple(rows)


@lru_cache(maxsize=4096)
def _cell(text: str, width: int, mode: Mode, highlights: tuple[Highlight, ...]) -> Row:
    """Cached body of cell()."""
    clean, lead, end = _cell_cut(text, width, mode)
    line = clean.text.replace("\n", " ")
    rtl = is_rtl(line)
    if width < 1:
        return Row((), rtl)
    tags = _tags(clean.offsets, len(line), highlights) if highlights else None
    line, tags = line[lead:], (tags[lead:] if tags is not None else None)
    if end is not None:
        line = line[:end] + ELLIPSIS
        tags = [*tags[:end], None] if tags is not None else None
    return _row(line, rtl, width, mode, tuple(tags) if tags is not None else None)


@lru_cache(maxsize=4096)
def _cell_cut(text: str, width: int, mode: Mode) -> tuple[Sanitised, int, int | None]:
    """What of `text` a cell shows: its sanitised form, how many leading spaces it leaves out,
    and where it is cut before the ellipsis (None if it fits).

    Kept apart from the highlights, which change at every letter typed into a search while
    the cut, the costly part (it measures shaped text), stays the same.
    """
    clean = sanitise(text)
    line = clean.text.replace("\n", " ")
    # A cell shows the text, not the whitespace around it (a quote may begin with a space).
    lead = len(line) - len(line.lstrip())
    line = line[lead:]
    measure: Callable[[str], int] = shaped_width if mode == "visual" else _logical_width
    if width < 1 or measure(line) <= width:
        return clean, lead, None
    # Shaping at most halves a width (lam-alef), so the cut lies within the first 4 × width
    # characters unless the text is mostly marks: fit only those, not a long quote.
    probe = line if len(line) <= 4 * width else line[: 4 * width]
    if measure(probe) <= width - 1:
        probe = line
    end = _fit(probe, 0, len(probe), width - 1, measure) if width > 1 else 0
    if measure(line[:end]) > width - 1:
        end = 0  # not even one (wide) character fits beside the ellipsis
    if 0 < end < len(line) and _in_number(line, end):
        # "…202" would misstate a year: a number or a date is shown whole or not at all
        start = end
        while start > 0 and _in_number(line, start):
            start -= 1
        end = start
    return clean, lead, len(line[:end].rstrip())


def _in_number(line: str, at: int) -> bool:
    """Whether a cut before line[at] would split a number or a date ("2026", "2026-09")."""
    before, after = line[at - 1], line[at]
    joins = "-/.:,"
    return (before.isdigit() and (after.isdigit() or after in joins)) or (
        before in joins and after.isdigit() and at > 1 and line[at - 2].isdigit()
    )


@lru_cache(maxsize=16384)
def _row(
    line: str,
    rtl: bool,
    width: int,
    mode: Mode,
    tags: tuple[str | None, ...] | None,
    isolates: tuple[Isolate, ...] = (),
) -> Row:
    """One row of a paragraph: shaped, reordered and aligned as `mode` asks."""
    if mode == "visual":
        glyphs, glyph_tags = _visual(line, rtl, tags, isolates)
    else:
        # Rich measures a ZWJ-joined pair as one cell where a terminal draws two, so the
        # joiner is left out rather than let Textual misplace the rest of the row.
        kept = [i for i, char in enumerate(line) if char != ZWJ]
        glyphs = [line[i] for i in kept]
        glyph_tags = [tags[i] for i in kept] if tags is not None else [None] * len(kept)
    segments = _segments(glyphs, glyph_tags)
    padding = Segment(" " * max(width - cell_len("".join(glyphs)), 0) if mode != "raw" else "")
    if padding.text:
        segments = [padding, *segments] if rtl else [*segments, padding]
    return Row(tuple(segments), rtl, len(padding.text))


@lru_cache(maxsize=16384)
def _visual_order(line: str, rtl: bool) -> tuple[tuple[str, ...], tuple[tuple[int, ...], ...]]:
    """The glyphs of a logical line in visual order, and the characters each one shows.

    Cached apart from highlights: a new search marks the same rows differently, and
    shaping and reordering them again would cost a frame.
    """
    shaped, sources = shape(line)
    # Joiners and other boundary neutrals have done their work in shaping; drop them so no
    # terminal has to guess what a zero-width format character means.
    kept = [i for i, glyph in enumerate(shaped) if glyph != ZWJ and bidi_class(glyph) != "BN"]
    if len(kept) != len(shaped):
        shaped = "".join(shaped[i] for i in kept)
        sources = tuple(sources[i] for i in kept)
    order, levels = visual_order(shaped, rtl)
    glyphs = tuple(mirror(shaped[i]) if levels[i] % 2 else shaped[i] for i in order)
    return glyphs, tuple(sources[i] for i in order)


@lru_cache(maxsize=4096)
def _isolated_order(
    line: str, rtl: bool, isolates: tuple[Isolate, ...]
) -> tuple[tuple[str, ...], tuple[tuple[int, ...], ...]]:
    """_visual_order for a line whose isolates are each reordered on their own. Outside them
    the line holds no letter of the other direction (callers see to it), so the isolates and
    the stretches between sit at the paragraph's level, one after the other."""
    pieces: list[tuple[int, int, bool]] = []
    at = 0
    for start, end, isolate_rtl in sorted(isolates):
        if at < start:
            pieces.append((at, start, rtl))
        pieces.append((start, end, isolate_rtl))
        at = end
    if at < len(line):
        pieces.append((at, len(line), rtl))
    glyphs: list[str] = []
    sources: list[tuple[int, ...]] = []
    for start, end, piece_rtl in reversed(pieces) if rtl else pieces:
        piece_glyphs, piece_sources = _visual_order(line[start:end], piece_rtl)
        glyphs.extend(piece_glyphs)
        sources.extend(tuple(start + i for i in shown) for shown in piece_sources)
    return tuple(glyphs), tuple(sources)


def _visual(
    line: str, rtl: bool, tags: tuple[str | None, ...] | None, isolates: tuple[Isolate, ...] = ()
) -> tuple[list[str], list[str | None]]:
    """The glyphs of a logical line in visual order, left to right, with their tags."""
    if isolates:
        glyphs, shown = _isolated_order(line, rtl, isolates)
    else:
        glyphs, shown = _visual_order(line, rtl)
    if tags is None:
        return list(glyphs), [None] * len(glyphs)
    glyph_tags: list[str | None] = []
    for sources in shown:
        tag = None
        for source in sources:  # a ligature is highlighted if any of its letters is
            tag = tags[source]
            if tag is not None:
                break
        glyph_tags.append(tag)
    return list(glyphs), glyph_tags


def _segments(glyphs: Sequence[str], tags: Sequence[str | None]) -> list[Segment]:
    """Runs of glyphs that share a tag."""
    segments: list[Segment] = []
    run: list[str] = []
    current: str | None = None
    for glyph, tag in zip(glyphs, tags, strict=True):
        if tag != current and run:
            segments.append(Segment("".join(run), current))
            run = []
        current = tag
        run.append(glyph)
    if run:
        segments.append(Segment("".join(run), current))
    return segments
