"""Arabic shaping of one line with arabic-reshaper, keeping track of where each glyph came from."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from arabic_reshaper import ArabicReshaper
from arabic_reshaper.arabic_reshaper import HARAKAT_RE
from arabic_reshaper.ligatures import LIGATURES
from rich.cells import cell_len

# Only lam-alef is a true ligature of the script; word ligatures such as ALLAH squeeze a
# whole word into one terminal cell, which no terminal font draws legibly.
_LAM_ALEF_LIGATURES: Final = frozenset(
    {
        "ARABIC LIGATURE LAM WITH ALEF",
        "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA ABOVE",
        "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA BELOW",
        "ARABIC LIGATURE LAM WITH ALEF WITH MADDA ABOVE",
    }
)
# Every option is set here so a PYTHON_ARABIC_RESHAPER_CONFIGURATION_FILE cannot change them.
_CONFIGURATION: Final[dict[str, object]] = {
    "language": "Arabic",
    "delete_harakat": False,
    "shift_harakat_position": False,
    "delete_tatweel": False,
    "support_zwj": True,
    "use_unshaped_instead_of_isolated": False,
    "support_ligatures": True,
    **{name: name in _LAM_ALEF_LIGATURES for name, _ in LIGATURES},
}
_RESHAPER: Final = ArabicReshaper(configuration=_CONFIGURATION)

# For each ligature glyph, how many letters beyond the first it stands for.
_LIGATURE_EXTRA: Final[dict[str, int]] = {
    form: len(match) - 1
    for name, (match, forms) in LIGATURES
    if name in _LAM_ALEF_LIGATURES
    for form in forms
    if form
}

_HARAKAT: Final[re.Pattern[str]] = HARAKAT_RE
_HARAKAT_CLASS: Final = HARAKAT_RE.pattern.strip()[1:-1]
# A lam followed (marks aside) by an alef becomes one glyph, so one cell fewer.
ZWJ: Final = "\u200d"
_CHUNK: Final = re.compile(" +|[^ ]+")
_ARABIC: Final = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LAM_ALEF: Final = re.compile(
    "\u0644[" + _HARAKAT_CLASS + ZWJ + "]*[\u0627\u0623\u0625\u0622]", re.X
)


def shaped_width(text: str) -> int:
    """The number of cells `text` takes once shaped, without shaping it."""
    if ZWJ in text:
        text = text.replace(ZWJ, "")  # Rich counts a joined pair as one cell; it is dropped
    width = cell_len(text)
    if "\u0644" in text:
        width -= len(_LAM_ALEF.findall(text))
    return width


def shape(text: str) -> tuple[str, tuple[tuple[int, ...], ...]]:
    """Presentation forms for `text` and, for each glyph, the offsets of the characters it shows."""
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
    if not _ARABIC.search(text):
        return text, tuple((i,) for i in range(len(text)))
    # The reshaper drops a used ZWJ from its output, which would misalign its own ligature
    # search, so joiners go first; the glyphs they ask for are the reshaper's anyway.
    kept = [i for i, char in enumerate(text) if char != ZWJ]
    plain = "".join(text[i] for i in kept) if len(kept) < len(text) else text
    shaped: str = _RESHAPER.reshape(plain)
    sources = _align(plain, shaped)
    if sources is None:
        # The reshaper produced something this alignment does not understand: show the
        # letters unshaped rather than misplace a highlight.
        return plain, tuple((i,) for i in kept)
    return shaped, tuple(tuple(kept[i] for i in glyph) for glyph in sources)


def _align(plain: str, shaped: str) -> list[list[int]] | None:
    """Source offsets of each glyph of `shaped`, or None if it is not what the reshaper makes."""
    # The reshaper emits one glyph per letter in order, marks right after the letter they
    # follow, and for a ligature one glyph followed by nothing for the letters it swallowed.
    sources: list[list[int]] = []
    swallowed = 0
    ligature = 0
    for i, char in enumerate(plain):
        if _HARAKAT.match(char):
            if len(sources) >= len(shaped) or shaped[len(sources)] != char:
                return None
            sources.append([i])
        elif swallowed:
            sources[ligature].append(i)
            swallowed -= 1
        else:
            if len(sources) >= len(shaped):
                return None
            glyph = shaped[len(sources)]
            if glyph != char and glyph in _LIGATURE_EXTRA:
                ligature = len(sources)
                swallowed = _LIGATURE_EXTRA[glyph]
            sources.append([i])
    if len(sources) != len(shaped) or swallowed:
        return None
    return sources
