"""Arabic shaping of one line by Unicode joining types, tracking where each glyph came from."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

import regex
from rich.cells import cell_len

from tui.arabic.joining import ALEFS, LAM, forms, glyph, lam_alef

ZWJ: Final = "\u200d"
_CHUNK: Final = re.compile(" +|[^ ]+")
# Characters that join: a word without any is drawn as it is.
_JOINING: Final = regex.compile(
    r"[\p{Joining_Type=Dual_Joining}\p{Joining_Type=Right_Joining}"
    r"\p{Joining_Type=Left_Joining}\p{Joining_Type=Join_Causing}]"
)
# Boundary neutrals (ZWJ, ZWNJ, the soft hyphen, word joiners) draw nothing: they have done
# their work in joining, and terminals disagree on how many cells they take, so none is sent.
_UNDRAWN: Final = regex.compile(r"\p{Bidi_Class=Boundary_Neutral}+")
# A lam that joins the alef after it becomes one glyph with it, so one cell fewer: only
# marks and what lets letters join (a soft hyphen, a ZWJ) may stand between; a ZWNJ keeps
# them apart.
_BETWEEN: Final = r"[\p{Mn}\p{Joining_Type=Transparent}\p{Joining_Type=Join_Causing}]"
_MARK: Final = regex.compile(_BETWEEN)
_LAM_ALEF: Final = regex.compile(r"\u0644" + _BETWEEN + "*[" + "".join(sorted(ALEFS)) + "]")


def shaped_width(text: str) -> int:
    """The number of cells `text` takes once shaped, without shaping it."""
    ligatures = len(_LAM_ALEF.findall(text)) if LAM in text else 0
    if _UNDRAWN.search(text):
        text = _UNDRAWN.sub("", text)
    return cell_len(text) - ligatures


def shape(text: str) -> tuple[str, tuple[tuple[int, ...], ...]]:
    """Presentation forms for `text` and, for each glyph, the offsets of the characters it shows.

    Boundary neutrals (ZWJ, ZWNJ, the soft hyphen) are left out of the glyphs; every other
    character is shown by exactly one glyph, a lam-alef ligature showing two.
    """
    # Letters never join across a space, so words are shaped one at a time; a news corpus
    # repeats its words so often that the cache answers most of them.
    glyphs: list[str] = []
    sources: list[tuple[int, ...]] = []
    for match in _CHUNK.finditer(text):
        start = match.start()
        word_glyphs, word_sources = _shape_word(match.group())
        glyphs.append(word_glyphs)
        sources.extend(tuple(start + i for i in glyph) for glyph in word_sources)
    return "".join(glyphs), tuple(sources)


@lru_cache(maxsize=16384)
def _shape_word(text: str) -> tuple[str, tuple[tuple[int, ...], ...]]:
    """Presentation forms for one word, with the offsets each glyph shows."""
    undrawn = _UNDRAWN.search(text) is not None
    if not undrawn and not _JOINING.search(text):
        return text, tuple((i,) for i in range(len(text)))
    form_of = forms(text)
    glyphs: list[str] = []
    sources: list[tuple[int, ...]] = []
    swallowed = -1  # the alef drawn inside the last lam-alef ligature
    for i, char in enumerate(text):
        form = form_of[i]
        if i == swallowed or (undrawn and _UNDRAWN.match(char)):
            continue
        if form is None:  # a transparent mark, drawn on the glyph before it
            glyphs.append(char)
            sources.append((i,))
            continue
        if char == LAM:
            alef = _alef_after(text, i)
            ligature = lam_alef(text[alef], form) if alef is not None else None
            if ligature is not None and alef is not None:
                glyphs.append(ligature)
                sources.append((i, alef))
                swallowed = alef
                continue
        glyphs.append(glyph(char, form))
        sources.append((i,))
    return "".join(glyphs), tuple(sources)


def _alef_after(text: str, at: int) -> int | None:
    """Where the alef after the lam at `at` is, if only what joining passes over stands
    between them: marks (an enclosing keycap too), a ZWJ, a soft hyphen; the same test
    `shaped_width` counts ligatures by, so a row measures what it draws."""
    for i in range(at + 1, len(text)):
        char = text[i]
        if char in ALEFS:
            return i
        if not _MARK.match(char):
            return None
    return None
