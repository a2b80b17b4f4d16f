"""Which statements' folded text holds a word, answered for a whole corpus in a few array passes.

Each statement's folded text is kept as one byte per UTF-16 code unit (the 254 commonest units
of the corpus get a byte each; 0 ends a statement; 255 stands for any other unit) in one numpy
array, beside a second array of every pair of neighbouring bytes, and a bit per row and byte
value saying whether the row holds it (32 bytes a row). One letter is then a column of those
bits, two letters one vectorised comparison over the corpus, and a longer word either the
positions of its rarest letter pair checked for the rest, or a comparison per pair of letters:
never a Python loop over statements. Testing `needle in text` for 100,000 Python strings
instead costs 15 to 50 ms, most of it waiting on memory; these passes read a third as many
bytes, in order.
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
# Bytes of the corpus compared at a time (whole rows, so a block's flags give its rows'
# answers): flags for a block, not for the corpus, small enough to stay in the processor's
# cache; a corpus-sized buffer would hold a byte per letter (15 MB at 100,000 statements).
BLOCK = 1 << 20


def _units(text: str) -> npt.NDArray[np.uint16]:
    """`text` as UTF-16 code units; a lone surrogate from damaged data passes through."""
    return np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)


def _distinct(ordered: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """The distinct values of an ascending array. Not np.unique, which loads numpy.ma (30 ms,
    before the first search of a session) to ask whether its argument is masked."""
    if len(ordered) < 2:
        return ordered
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]


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
        # Every pair of neighbouring codes, made in place: each code goes into the first
        # byte of its pair as its chunk is let go (the zeroed array takes memory only as
        # it is written), and each pair's second byte is then copied from the next pair's
        # first. The codes are a strided view of the pairs, never an array of their own:
        # building takes no more memory than the pairs (200 MB less at 1,000,000).
        pairs = np.zeros(total + PAD - 1, dtype=np.uint16)
        high = 1 if sys.byteorder == "little" else 0
        codes = pairs.view(np.uint8)[high::2]
        # The rare rows holding a code unit without a byte of its own keep their text, so a
        # needle with such a unit is looked for in them alone, and exactly.
        self._odd: dict[int, str] = {}
        offset = rows = 0
        row_ends: list[npt.NDArray[np.int64]] = []  # per chunk, not a flag per letter
        chunks.reverse()
        while chunks:
            chunk = chunks.pop()  # let each chunk go once the codes stand for it
            part = codes[offset : offset + len(chunk)]
            part[:] = self._byte[chunk]
            ends = np.flatnonzero(part == END)
            if OTHER in part:
                starts = np.concatenate(([0], ends[:-1] + 1))
                for row in _distinct(np.searchsorted(starts, np.flatnonzero(part == OTHER),
                                                     "right") - 1).tolist():  # fmt: skip
                    text = chunk[starts[row] : ends[row]].tobytes()
                    self._odd[rows + row] = text.decode("utf-16-le", "surrogatepass")
            row_ends.append(ends + offset)
            offset += len(chunk)
            rows += len(ends)
        self.size = rows
        ends = np.concatenate(row_ends) if row_ends else np.zeros(0, dtype=np.int64)
        self._starts = np.concatenate(([0], ends[:-1] + 1)).astype(np.int64)
        second = pairs.view(np.uint8)[1 - high :: 2]
        for first in range(0, len(pairs) - 1, BLOCK):  # a block at a time: numpy copies
            last = min(first + BLOCK, len(pairs) - 1)  # what it reads from the same array
            second[first:last] = codes[first + 1 : last + 1]
        self._pairs, self._codes = pairs, codes
        # How common each pair is, only to choose which pair of a word to look up first: a
        # sample from the start of the corpus ranks them well enough, at a fraction of a count.
        self._pair_count = np.zeros(65536, dtype=np.int64)
        for first in range(0, min(len(pairs), SAMPLE), BLOCK):  # counted a block at a time:
            sample = pairs[first : min(first + BLOCK, SAMPLE)]  # bincount widens to 8 bytes
            self._pair_count += np.bincount(sample, minlength=65536)
        # Rows in blocks of about BLOCK bytes: (first row, row after the last, first byte,
        # byte after the last); a row longer than a block is a block of its own.
        cuts = _distinct(np.searchsorted(self._starts, np.arange(0, total, BLOCK)))
        cuts = cuts[cuts < rows]
        first_rows, first_bytes = cuts.tolist(), self._starts[cuts].tolist()
        self._blocks: list[tuple[int, int, int, int]] = []
        if rows:
            self._blocks = list(zip(first_rows, [*first_rows[1:], rows], first_bytes,
                                    [*first_bytes[1:], total], strict=True))  # fmt: skip
        longest = max((e - b for *_, b, e in self._blocks), default=0)
        self._flags = np.zeros(longest, dtype=bool)
        self._also = np.zeros(longest, dtype=bool)
        self._letters = self._letter_bits()

    def _letter_bits(self) -> npt.NDArray[np.uint8]:
        """For each row, a bit per byte value (256, packed into 32 bytes, most significant
        first): does the row hold it? The first letter typed into a search is held by most
        rows, so scanning every byte of the corpus for it cost 80-100 ms at 1,000,000
        statements; its column of bits is read in under a millisecond. Made a block at a
        time, so what it takes besides the bits (32 MB at 1,000,000) stays small."""
        bits = np.zeros((self.size, 32), dtype=np.uint8)
        for first_row, end_row, first, last in self._blocks:
            rows = end_row - first_row
            lengths = np.diff(np.append(self._starts[first_row:end_row], last))
            row = np.repeat(np.arange(rows, dtype=np.intp), lengths)
            held = np.zeros(rows * 256, dtype=bool)
            held[row * 256 + self._codes[first:last]] = True
            bits[first_row:end_row] = np.packbits(held.reshape(rows, 256), axis=1)
        return bits

    def _rows_holding(self, code: int) -> Mask:
        """One flag per row: does the row hold the byte `code`?"""
        held: Mask = (self._letters[:, code >> 3] & (0x80 >> (code & 7))) != 0
        return held

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
            return self._rows_holding(int(code[0]))
        pairs = code[:-1].astype(np.uint16)
        pairs <<= 8
        pairs |= code[1:]
        rarest = int(np.argmin(self._pair_count[pairs]))
        sampled = min(len(self._pairs), SAMPLE)
        if len(code) > PAD or self._pair_count[pairs[rarest]] <= ANCHOR_SHARE * sampled:
            return self._by_positions(pairs, rarest)
        # Pairs at offsets 0, 2, 4… and the last one cover every letter of the needle.
        offsets = sorted({*range(0, len(pairs), 2), len(pairs) - 1})
        return self._rows_with(self._pairs, [(offset, pairs[offset]) for offset in offsets])

    def _where(self, array: npt.NDArray[Any], block: tuple[int, int, int, int],
               tests: list[tuple[int, Any]]) -> Mask:  # fmt: skip
        """Flags over one block's bytes: where, for every (offset, value) of `tests`,
        `array` holds `value` at the byte's position plus `offset`. The flags live in a
        buffer reused for every block and search: fresh arrays per keypress would cost
        more in page faults than the comparisons themselves."""
        first, last = block[2], block[3]
        hit, also = self._flags[: last - first], self._also[: last - first]
        (offset, value), *rest = tests
        np.equal(array[first + offset : last + offset], value, out=hit)
        for offset, value in rest:
            np.equal(array[first + offset : last + offset], value, out=also)
            np.logical_and(hit, also, out=hit)
        return hit

    def _rows_with(self, array: npt.NDArray[Any], tests: list[tuple[int, Any]]) -> Mask:
        """One flag per row: does some byte of the row pass `tests` (see _where)?"""
        rows = np.zeros(self.size, dtype=bool)
        starts = self._starts
        for block in self._blocks:
            hit = self._where(array, block, tests)
            first_row, end_row, first = block[0], block[1], block[2]
            np.logical_or.reduceat(hit, starts[first_row:end_row] - first,
                                   out=rows[first_row:end_row])  # fmt: skip
        return rows

    def _by_positions(self, pairs: npt.NDArray[np.uint16], rarest: int) -> Mask:
        found = [np.flatnonzero(self._where(self._pairs, block, [(0, pairs[rarest])]))
                 + block[2] for block in self._blocks]  # fmt: skip
        at = (np.concatenate(found) if found else np.zeros(0, dtype=np.int64)) - rarest
        at = at[(at >= 0) & (at + len(pairs) < len(self._pairs))]
        for offset in np.argsort(self._pair_count[pairs], kind="stable").tolist():
            if offset != rarest and len(at):
                at = at[self._pairs[at + offset] == pairs[offset]]
        rows = np.zeros(self.size, dtype=bool)
        rows[np.searchsorted(self._starts, at, "right") - 1] = True
        return rows
