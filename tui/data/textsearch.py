"""Which statements' folded text holds a word, answered for a whole corpus in a few array passes.

Each statement's folded text is kept as one byte per UTF-16 code unit (the 254 commonest units
of the corpus get a byte each; 0 ends a statement; 255 stands for any other unit) in one numpy
array, beside a second array of every pair of neighbouring bytes. One or two letters are then
one vectorised comparison over the corpus, and a longer word is either the positions of its
rarest letter pair checked for the rest, or a comparison per pair of letters: never a Python
loop over statements. Testing `needle in text` for 100,000 Python strings instead costs 15 to
50 ms, most of it waiting on memory; these passes read a third as many bytes, in order.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import Any, TypeAlias

import numpy as np
import numpy.typing as npt

from ..arabic.normalise import fold_text

Mask: TypeAlias = npt.NDArray[np.bool_]

END = 0  # the byte that ends a statement; folding never makes U+0000 and a needle never holds it
OTHER = 255  # the byte of every code unit too rare to have one of its own
# Statements folded and encoded in one piece: large enough for C speed, small enough that the
# corpus's text is never held twice over.
CHUNK = 4096
# Bytes of padding after the corpus, so a needle's pairs can be compared at an offset without
# running off the end; longer needles always go by positions.
PAD = 64
# A word goes by the positions of its rarest pair when that pair is no more common than this
# share of the corpus's bytes; past it, whole-array comparisons cost less than the lookups.
ANCHOR_SHARE = 0.02
# Pairs of letters counted to rank them (see _pair_count).
SAMPLE = 4_000_000
# Flags compared and combined at a time: small enough to stay in the processor's cache.
BLOCK = 1 << 16


def _units(text: str) -> npt.NDArray[np.uint16]:
    """`text` as UTF-16 code units; a lone surrogate from damaged data passes through."""
    return np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)


class TextSearch:
    """The rows whose text contains a folded needle, for every row at once."""

    def __init__(self, texts: Iterable[str]) -> None:
        chunks = list(self._folded(texts))
        # Counted chunk by chunk: counting all at once would widen every unit to 8 bytes.
        frequency = np.zeros(65536, dtype=np.int64)
        for chunk in chunks:
            frequency += np.bincount(chunk, minlength=65536)
        frequency[END] = 0
        present = np.flatnonzero(frequency)
        commonest = present[np.argsort(-frequency[present], kind="stable")][: OTHER - 1]
        self._byte = np.full(65536, OTHER, dtype=np.uint8)
        self._byte[END] = END
        self._byte[commonest] = np.arange(1, len(commonest) + 1, dtype=np.uint8)
        self._present = frequency > 0
        total = sum(len(chunk) for chunk in chunks)
        codes = np.zeros(total + PAD, dtype=np.uint8)
        # The rare rows holding a code unit without a byte of its own keep their text, so a
        # needle with such a unit is looked for in them alone, and exactly.
        self._odd: dict[int, str] = {}
        offset = rows = 0
        chunks.reverse()
        while chunks:
            chunk = chunks.pop()  # let each chunk go once the codes stand for it
            part = codes[offset : offset + len(chunk)]
            part[:] = self._byte[chunk]
            ends = np.flatnonzero(part == END)
            if OTHER in part:
                starts = np.concatenate(([0], ends[:-1] + 1))
                for row in np.unique(np.searchsorted(starts, np.flatnonzero(part == OTHER),
                                                     "right") - 1).tolist():  # fmt: skip
                    text = chunk[starts[row] : ends[row]].tobytes()
                    self._odd[rows + row] = text.decode("utf-16-le", "surrogatepass")
            offset += len(chunk)
            rows += len(ends)
        self.size = rows
        ends = np.flatnonzero(codes[:total] == END)
        self._starts = np.concatenate(([0], ends[:-1] + 1)).astype(np.int64)
        pairs = codes[:-1].astype(np.uint16)
        pairs <<= 8
        pairs |= codes[1:]
        self._pairs = pairs
        # Each pair's first byte is a code: the codes are read from the pairs (a strided
        # view) rather than kept twice, 20 MB less at 100,000 statements.
        high = 1 if sys.byteorder == "little" else 0
        self._codes = pairs.view(np.uint8)[high::2]
        del codes
        # How common each pair is, only to choose which pair of a word to look up first: a
        # sample from the start of the corpus ranks them well enough, at a fraction of a count.
        self._pair_count = np.bincount(pairs[:SAMPLE], minlength=65536)
        self._hit = np.zeros(total, dtype=bool)
        self._block = np.zeros(min(total, BLOCK), dtype=bool)

    @staticmethod
    def _folded(texts: Iterable[str]) -> Iterator[npt.NDArray[np.uint16]]:
        """The folded texts as code units, each ended by END, CHUNK texts at a time."""
        batch: list[str] = []
        for text in texts:
            batch.append(text.replace("\x00", " "))
            if len(batch) == CHUNK:
                yield _units(fold_text("\x00".join(batch) + "\x00"))
                batch = []
        if batch:
            yield _units(fold_text("\x00".join(batch) + "\x00"))

    def matching(self, needle: str) -> Mask:
        """One flag per row: does the row's folded text contain `needle` (already folded)?"""
        none = np.zeros(self.size, dtype=bool)
        units = _units(needle)
        if not len(units) or not self.size or END in units or not self._present[units].all():
            return none
        code = self._byte[units]
        if OTHER in code:
            for row, text in self._odd.items():
                none[row] = needle in text
            return none
        if len(code) == 1:
            return self._rows_where(self._equal(self._codes, 0, code[0]))
        pairs = code[:-1].astype(np.uint16)
        pairs <<= 8
        pairs |= code[1:]
        rarest = int(np.argmin(self._pair_count[pairs]))
        sampled = min(len(self._pairs), SAMPLE)
        if len(code) > PAD or self._pair_count[pairs[rarest]] <= ANCHOR_SHARE * sampled:
            return self._by_positions(pairs, rarest)
        return self._by_comparison(pairs)

    def _equal(self, array: npt.NDArray[Any], offset: int, value: Any, also: bool = False) -> Mask:
        """Flags in the reused buffer: where `array`, from `offset` on, equals `value`
        (and, with `also`, where the buffer was already set).

        The buffer is the corpus's size and kept, and an `also` pass works a block at a
        time: a fresh array that large per keypress would cost more in page faults than
        the comparison itself.
        """
        hit, n = self._hit, len(self._hit)
        if not also:
            np.equal(array[offset : offset + n], value, out=hit)
            return hit
        block = self._block
        for first in range(0, n, len(block)):
            last = min(first + len(block), n)
            part = block[: last - first]
            np.equal(array[offset + first : offset + last], value, out=part)
            np.logical_and(hit[first:last], part, out=hit[first:last])
        return hit

    def _rows_where(self, starts_here: Mask) -> Mask:
        """Which rows hold a True, from one flag per byte of the corpus."""
        return np.logical_or.reduceat(starts_here, self._starts) if self.size else starts_here

    def _by_comparison(self, pairs: npt.NDArray[np.uint16]) -> Mask:
        # Pairs at offsets 0, 2, 4… and the last one cover every letter of the needle.
        offsets = sorted({*range(0, len(pairs), 2), len(pairs) - 1})
        self._equal(self._pairs, 0, pairs[0])
        for offset in offsets[1:]:
            self._equal(self._pairs, offset, pairs[offset], also=True)
        return self._rows_where(self._hit)

    def _by_positions(self, pairs: npt.NDArray[np.uint16], rarest: int) -> Mask:
        at = np.flatnonzero(self._equal(self._pairs, 0, pairs[rarest])) - rarest
        at = at[(at >= 0) & (at + len(pairs) < len(self._pairs))]
        for offset in np.argsort(self._pair_count[pairs], kind="stable").tolist():
            if offset != rarest and len(at):
                at = at[self._pairs[at + offset] == pairs[offset]]
        rows = np.zeros(self.size, dtype=bool)
        rows[np.searchsorted(self._starts, at, "right") - 1] = True
        return rows
