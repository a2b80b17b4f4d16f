"""Words of a text and a span marked on them word by word, always in logical offsets.

The analyst marks quotes and deadline cues with the keyboard, a word at a time. The mark is
kept here as offsets into the text in logical order, whatever order the screen shows the
words in; the screen only turns a key (left, right) into a step (earlier, later).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

Span = tuple[int, int]
# Zero-width joiners hold a word together (Persian and Kurdish spelling); they are not breaks.
_JOINERS = frozenset("\u200c\u200d")


def _in_word(char: str) -> bool:
    """Whether `char` belongs to a word: a letter, a mark on one (harakat), a digit."""
    return unicodedata.category(char)[0] in "LMN" or char in _JOINERS


@lru_cache(maxsize=256)
def words(text: str, start: int = 0, end: int | None = None) -> tuple[Span, ...]:
    """The words of `text[start:end]` as (start, end) offsets into `text`.

    A word is a run of letters, marks and digits: quote marks, brackets and punctuation
    around it stay outside, so a span from one word to another never takes in the
    quotation marks around a quote.
    """
    stop = len(text) if end is None else end
    found: list[Span] = []
    begin: int | None = None
    for offset in range(start, stop):
        if _in_word(text[offset]):
            if begin is None:
                begin = offset
        elif begin is not None:
            found.append((begin, offset))
            begin = None
    if begin is not None:
        found.append((begin, stop))
    return tuple(found)


def screen_step(key: str, rtl_on_screen: bool) -> int:
    """The step in reading order (-1 earlier, +1 later) of the `left` or `right` key, for
    text the screen shows right to left or left to right."""
    later = "left" if rtl_on_screen else "right"
    return 1 if key == later else -1


@dataclass(frozen=True, slots=True)
class WordMark:
    """Words marked in a text, from the anchor word to the cursor word (either may come
    first); without an anchor, the one word under the cursor. The keys move the cursor."""

    words: tuple[Span, ...]
    cursor: int = 0
    anchor: int | None = None

    @classmethod
    def over(cls, text: str, start: int, end: int, span: Span | None = None) -> WordMark:
        """A mark on the words of `text[start:end]`: on `span`'s words if given (anchored
        at its first, the cursor on its last), else the cursor on the first word."""
        found = words(text, start, end)
        if not found or span is None:
            return cls(found)
        first = next((i for i, w in enumerate(found) if w[1] > span[0]), len(found) - 1)
        last = max((i for i, w in enumerate(found) if w[0] < span[1]), default=first)
        return cls(found, max(first, last), first)

    @property
    def empty(self) -> bool:
        """Whether there are no words to mark."""
        return not self.words

    @property
    def anchored(self) -> bool:
        """Whether a mark has been started (else only the cursor's word is marked)."""
        return self.anchor is not None

    @property
    def span(self) -> Span:
        """The marked text's (start, end), from the first word's start to the last's end."""
        if not self.words:
            return (0, 0)
        anchor = self.cursor if self.anchor is None else self.anchor
        low, high = sorted((anchor, self.cursor))
        return (self.words[low][0], self.words[high][1])

    @property
    def cursor_span(self) -> Span:
        """The (start, end) of the word the cursor is on."""
        return self.words[self.cursor] if self.words else (0, 0)

    def moved(self, step: int) -> WordMark:
        """The mark with its cursor `step` words later (negative: earlier), kept in the text."""
        if not self.words:
            return self
        return replace(self, cursor=min(max(self.cursor + step, 0), len(self.words) - 1))

    def swapped(self) -> WordMark:
        """The mark with anchor and cursor exchanged: the keys then move its other end."""
        if self.anchor is None:
            return self
        return replace(self, anchor=self.cursor, cursor=self.anchor)

    def started(self) -> WordMark:
        """A new mark beginning at the word under the cursor."""
        return replace(self, anchor=self.cursor) if self.words else self

    def cleared(self) -> WordMark:
        """No mark: only the cursor stays."""
        return replace(self, anchor=None)
