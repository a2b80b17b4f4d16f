"""Search folding: Arabic spelling variants and English case match, hits map to the original."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.arabic import find_all, fold

REPO = Path(__file__).resolve().parents[2]


def test_fold_removes_harakat_and_tatweel():
    assert fold("قَالَ الـمـصـدرُ").text == "قال المصدر"
    assert fold("\u0670\u06d6\u06ed").text == ""


def test_fold_unifies_alefs_yeh_and_heh():
    assert fold("أإآٱا").text == "ااااا"
    assert fold("على").text == "علي"
    assert fold("الدولة").text == "الدوله"


def test_fold_reads_persian_and_kurdish_letters_as_the_arabic_ones():
    assert fold("نیروهای کنعانی").text == fold("نيروهاي كنعاني").text == "نيروهاي كنعاني"
    assert fold("هێزەکانی کۆتایی ساڵی ڕەشید").text == "هيزهكاني كوتايي سالي رهشيد"
    assert fold("ھەرێم ۀ ہ ے").text == "ههريم ه ه ي"
    assert fold("پ چ ژ گ ڤ").text == "پ چ ژ گ ڤ"  # sounds Arabic spells otherwise


def test_fold_drops_what_is_invisible_inside_a_word():
    text = "الانس\u00adحاب می\u200cشود ب\u200dب"
    assert fold(text).text == "الانسحاب ميشود بب"
    assert find_all("الانسحاب", text) == [(0, 9)]  # the hit spans the soft hyphen
    assert find_all("ميشود", text) == [(10, 16)]


def test_fold_maps_digits_and_presentation_forms():
    assert fold("٢٠٢٥ ۲۰۲۶").text == "2025 2026"
    assert fold("ﻻ ﺍﻟﻌﺮﺍﻕ").text == "لا العراق"


def test_fold_casefolds_latin():
    assert fold("CENTCOM Straße").text == "centcom strasse"


def test_fold_keeps_a_map_to_the_original():
    text = "قَالَ"
    folded = fold(text)
    assert folded.text == "قال"
    assert folded.original_span(0, 3) == (0, 5)  # the last letter's mark is covered too


def test_find_all_returns_original_spans():
    text = "أكد الأمن العام، وقال إن الامن مستقر"
    assert [text[s:e] for s, e in find_all("الامن", text)] == ["الأمن", "الامن"]
    assert find_all("2025", "في سبتمبر ٢٠٢٥") == [(10, 14)]
    assert find_all("centcom", "said CENTCOM.") == [(5, 12)]
    assert find_all("", "abc") == [] and find_all("َ", "قَالَ") == []


def test_find_all_in_the_article():
    text = (REPO / "data" / "shafaq-2024-12-isis-coalition.ar.txt").read_text("utf-8")
    hits = find_all("داعش", text)
    assert len(hits) > 5 and all(text[s:e] == "داعش" for s, e in hits)
    assert fold(text) is fold(text)  # cached: a corpus is folded once


letters = st.sampled_from(list("ابتلمنهويأإآٱىةـَُِّ٠١٢abcABC 2"))


@settings(max_examples=150)
@given(st.lists(letters, max_size=30).map("".join), st.data())
def test_every_hit_folds_to_the_query(text: str, data: st.DataObject):
    start = data.draw(st.integers(0, len(text)))
    query = text[start : data.draw(st.integers(start, len(text)))]
    needle = fold(query).text
    spans = find_all(query, text)
    if needle:
        assert spans, "a substring of the text must be found"
    previous_end = 0
    for start, end in spans:
        assert needle in fold(text[start:end]).text
        assert previous_end <= start < end
        previous_end = end
