"""The array search answers exactly what `needle in text` answers, row by row, on any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tui.data.textsearch as textsearch
from tui.arabic.normalise import fold_text
from tui.data.textsearch import TextSearch

# Few letters, so needles are found often, at row edges and more than once per row; an
# astral character (two UTF-16 units), a character folding changes, and a NUL.
ALPHABET = "سبتمرداعشال ae\U0001f600إ\x00"
# More distinct characters than there are bytes, so some go without a byte of their own.
MANY = "".join(chr(0x4E00 + i) for i in range(400))

texts = st.lists(st.text(ALPHABET, max_size=40), max_size=30)


@st.composite
def needles(draw: st.DrawFn, rows: list[str]) -> str:
    """A needle cut from a row (found at least there), its last letter perhaps changed so
    that it only nearly matches, or one of random letters."""
    source = draw(st.sampled_from(rows)) if rows and draw(st.booleans()) else ""
    if not source:
        return draw(st.text(ALPHABET, min_size=1, max_size=8))
    start = draw(st.integers(0, len(source) - 1))
    cut = source[start : start + draw(st.integers(1, 9))]
    if draw(st.booleans()):
        cut = cut[:-1] + draw(st.sampled_from(ALPHABET))
    return cut


def expected(rows: list[str], needle: str) -> list[bool]:
    """Row by row, the plain answer."""
    return [needle in fold_text(text.replace("\x00", " ")) for text in rows]


def found(search: TextSearch, needle: str) -> list[bool]:
    return search.matching(needle).tolist()


@pytest.mark.parametrize("share", [0.0, 1.0], ids=["by-comparison", "by-positions"])
@settings(max_examples=200, deadline=None)
@given(rows=texts, data=st.data(), chunk=st.sampled_from([1, 3, 4096]),
       block=st.sampled_from([1, 5, 64, 1 << 20]))  # fmt: skip
def test_every_way_of_searching_agrees_with_in(share, rows, data, chunk, block):
    """Whatever the way, and however the rows fall into blocks (one row longer than a
    block, several rows to a block, one block for all)."""
    needle = data.draw(needles(rows))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(textsearch, "ANCHOR_SHARE", share)
        patch.setattr(textsearch, "CHUNK", chunk)
        patch.setattr(textsearch, "BLOCK", block)
        search = TextSearch(rows)
        folded = fold_text(needle)
        if folded:
            assert found(search, folded) == expected(rows, folded)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(MANY + "ab", min_size=1, max_size=30), min_size=1, max_size=40),
       st.data())  # fmt: skip
def test_characters_without_a_byte_of_their_own_are_found_exactly(rows, data):
    search = TextSearch(rows)
    source = data.draw(st.sampled_from(rows))
    start = data.draw(st.integers(0, len(source) - 1))
    needle = fold_text(source[start : start + data.draw(st.integers(1, 4))])
    if needle:
        assert found(search, needle) == expected(rows, needle)


def test_a_needle_longer_than_the_padding_is_found():
    word = "التحالف الدولي لمحاربة تنظيم داعش سينهي مهمته العسكرية في العراق بحلول سبتمبر 2025"
    rows = ["قال " + word + " اليوم", word[:-1], "لا شيء", word]
    assert len(word) > textsearch.PAD
    assert found(TextSearch(rows), fold_text(word)) == [True, False, False, True]


def test_nothing_is_found_in_an_empty_corpus_or_for_an_unseen_letter():
    assert found(TextSearch([]), "س") == []
    assert found(TextSearch(["سبتمبر"]), "ظ") == [False]
    assert found(TextSearch(["a\x00b"]), "a\x00b") == [False]  # a NUL ends nothing inside a row
    assert found(TextSearch(["a\x00b"]), "a b") == [True]


def test_folded_arabic_variants_meet():
    search = TextSearch(["الأمريكية", "الامريكيه", "إيران", "ايران"])
    assert found(search, fold_text("الامريكية")) == [True, True, False, False]
    assert found(search, fold_text("إيران")) == [False, False, True, True]
