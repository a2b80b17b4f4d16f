"""Search folding for Arabic and English, with a map back to offsets in the original text."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

# Harakat, Quranic marks and tatweel carry no meaning a search should depend on; nor do
# the invisible characters a page leaves inside words: the soft hyphen, ZWNJ (Persian writes
# می‌شود with one, a reader types میشود), ZWJ, the word joiner and a stray byte-order mark.
_DROP: Final = frozenset(
    [chr(code) for code in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
    + [chr(code) for code in range(0x06D6, 0x06EE)]
    + ["\u00ad", "\u200c", "\u200d", "\u2060", "\ufeff"]
)
# Spelling variants that writers use interchangeably: hamzated and wasla alefs, final yeh
# written as alef maksura, ta marbuta written as heh, and Arabic-Indic digits. Then the
# letters of Persian, Kurdish (Sorani) and Urdu that are an Arabic letter in another
# orthography, as a reader with an Arabic keyboard types them: Persian yeh and keheh, which
# look like Arabic ي and ك and are often typed for them (and the other way round); Sorani
# ێ ڵ ڕ ۆ ە, the Arabic letters with a mark that Kurdish adds; heh doachashmee and heh goal.
# Letters for sounds Arabic lacks (پ چ ژ گ ڤ) stay themselves: they are not its spelling.
_LETTERS: Final[dict[str, str]] = {
    "\u0623": "\u0627",
    "\u0625": "\u0627",
    "\u0622": "\u0627",
    "\u0671": "\u0627",
    "\u0649": "\u064a",
    "\u0629": "\u0647",
    "\u06cc": "\u064a",  # ی FARSI YEH
    "\u06ce": "\u064a",  # ێ YEH WITH SMALL V (Sorani)
    "\u06cd": "\u064a",  # ۍ YEH WITH TAIL (Pashto)
    "\u06d0": "\u064a",  # ې E (Pashto, Uyghur)
    "\u06d2": "\u064a",  # ے YEH BARREE (Urdu)
    "\u06a9": "\u0643",  # ک KEHEH (Persian, Kurdish)
    "\u06aa": "\u0643",  # ڪ SWASH KAF
    "\u06d5": "\u0647",  # ە AE (Sorani)
    "\u06be": "\u0647",  # ھ HEH DOACHASHMEE (Kurdish, Urdu)
    "\u06c1": "\u0647",  # ہ HEH GOAL (Urdu)
    "\u06c0": "\u0647",  # ۀ HEH WITH YEH ABOVE (the Persian ezafe; NFKC keeps it whole)
    "\u06c2": "\u0647",  # ۂ HEH GOAL WITH HAMZA ABOVE
    "\u06c6": "\u0648",  # ۆ OE (Sorani)
    "\u06ca": "\u0648",  # ۊ WAW WITH TWO DOTS ABOVE (Kurdish)
    "\u06b5": "\u0644",  # ڵ LAM WITH SMALL V (Sorani)
    "\u0695": "\u0631",  # ڕ REH WITH SMALL V BELOW (Sorani)
    **{chr(0x0660 + digit): str(digit) for digit in range(10)},
    **{chr(0x06F0 + digit): str(digit) for digit in range(10)},
}


@dataclass(frozen=True, slots=True)
class Folded:
    """Folded text and, for each of its characters, the original span it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that the folded span [start, end) covers."""
        return self.starts[start], self.ends[end - 1]


@lru_cache(maxsize=65536)
def _fold_cluster(cluster: str) -> str:
    """The folded form of one character and the combining marks on it."""
    out = []
    for char in unicodedata.normalize("NFKC", cluster):
        if char in _DROP:
            continue
        out.append(_LETTERS.get(char, char))
    return "".join(out).casefold()


@lru_cache(maxsize=4096)
def fold(text: str) -> Folded:
    """Fold `text` for matching: NFKC, no harakat, tatweel or invisible joiners, one alef,
    yeh, heh, kaf, waw for Arabic, Persian and Kurdish spellings, ASCII digits."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    length = len(text)
    pos = 0
    while pos < length:
        end = pos + 1
        # A letter and its marks fold together, so a hit covers the marks of its last letter.
        while end < length and unicodedata.combining(text[end]):
            end += 1
        folded = _fold_cluster(text[pos:end])
        chars.append(folded)
        starts.extend([pos] * len(folded))
        ends.extend([end] * len(folded))
        pos = end
    return Folded("".join(chars), tuple(starts), tuple(ends))


def find_all(query: str, text: str) -> list[tuple[int, int]]:
    """Spans of `text`, in its own offsets, where the folded `query` occurs, left to right."""
    needle = fold(query).text
    if not needle:
        return []
    haystack = fold(text)
    spans: list[tuple[int, int]] = []
    index = haystack.text.find(needle)
    while index >= 0:
        spans.append(haystack.original_span(index, index + len(needle)))
        index = haystack.text.find(needle, index + len(needle))
    return spans


# The same folding in a few C-speed passes over a whole string, for indexing a corpus.
# (str.translate with a mapping table looks every character up in a dict: far slower.)
_DROP_RE: Final = re.compile("[" + "".join(sorted(_DROP)) + "]")


def fold_text(text: str) -> str:
    """`fold(text).text` without the offset map, fast enough for a whole corpus at once.

    It normalises the string in one piece rather than one letter cluster at a time; the
    two agree on Arabic, Latin, digits and punctuation (a test checks), and could differ
    only where NFKC composes across clusters, as in Hangul jamo.
    """
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    text = _DROP_RE.sub("", text)
    for variant, letter in _LETTERS.items():
        if variant in text:
            text = text.replace(variant, letter)
    return text.casefold()
