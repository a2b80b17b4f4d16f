"""The fast whole-string folding agrees with the per-letter folding that maps offsets."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.arabic.normalise import fold, fold_text
from tui.resources import corpus_path

ALPHABET = (
    [chr(c) for c in range(0x0600, 0x0700)]  # Arabic with its marks and digits
    + [chr(c) for c in range(0x06F0, 0x06FA)]
    + list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;()«»\"'-/\n")
    + [chr(c) for c in range(0xFE70, 0xFEFD)]  # presentation forms, folded by NFKC
    + ["ß", "İ", "ﬁ", "½", "\u00a0"]
    + ["\u00ad", "\u200c", "\u200d", "\u2060", "\ufeff"]  # invisible inside words
    + [chr(c) for c in range(0xFB50, 0xFC00)]  # Persian, Kurdish, Urdu presentation forms
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_fast_fold_equals_fold(text: str):
    assert fold_text(text) == fold(text).text


def test_fast_fold_on_every_quote_of_the_corpus():
    data = json.loads(corpus_path().read_text(encoding="utf-8"))
    for record in data["statements"].values():
        for field in ("quote_ar", "summary_en", "verb_ar"):
            assert fold_text(record[field]) == fold(record[field]).text
