"""Rows for Arabic text: wrapping, shaping, order, alignment, truncation, highlights, modes."""

from __future__ import annotations

import json
import time
import unicodedata
from pathlib import Path

import pytest
from rich.cells import cell_len

from tui.arabic import cell, display, is_rtl, layout, parse_mode
from tui.arabic import shape as shape_module
from tui.arabic.display import ELLIPSIS, Row, wrap
from tui.arabic.shape import shape, shaped_width

REPO = Path(__file__).resolve().parents[2]
QUOTE = "قال (CENTCOM) إن «الانسحاب» سيكتمل في سبتمبر 2025"


def nfkc(text: str) -> str:
    """Presentation forms folded back to letters."""
    return unicodedata.normalize("NFKC", text)


def tagged(row: Row, tag: str) -> str:
    """The characters of `row` drawn with `tag`, left to right."""
    return "".join(segment.text for segment in row.segments if segment.tag == tag)


def drawn(word: str) -> str:
    """One Arabic word as visual mode draws it: shaped, then right to left."""
    return shape(word)[0][::-1]


def corpus_quotes() -> list[str]:
    """Every statement quote of the bundled corpus, if it is there yet."""
    path = REPO / "data" / "corpus.json"
    if not path.exists():
        return []
    return [s["quote_ar"] for s in json.loads(path.read_text("utf-8"))["statements"].values()]


def test_lam_alef_is_one_cell_and_wrapping_counts_it_so():
    (row,) = layout("لا", 2)
    assert row.text == " \ufefb" and row.cells == 2
    # Four lam-alefs are eight letters but four cells: they fit a four-cell row.
    assert len(layout("لالالالا", 4)) == 1
    assert shaped_width("الانسحاب") == cell_len(shape("الانسحاب")[0]) == 7


def test_harakat_take_no_cell_and_stay_after_their_letter():
    (row,) = layout("بَ", 3)
    assert row.cells == 3
    glyphs = row.text.strip()
    assert nfkc(glyphs[0]) == "ب" and glyphs[1] == "\u064e"
    (row,) = layout("لَا", 1)  # the mark between lam and alef rides on the ligature
    assert row.text == "\ufefb\u064e"


def test_numbers_and_latin_read_left_to_right_inside_rtl_rows():
    (row,) = layout("في سبتمبر 2025 أعلنت CENTCOM عن خطة 15-16", 60)
    assert row.rtl
    assert "2025" in row.text and "CENTCOM" in row.text
    # After Arabic letters the numbers of a range are Arabic numbers (rule W2) joined by a
    # neutral hyphen, so each reads left to right while the range reads right to left, as
    # FriBidi and bidi terminals draw it: 15 first for a right-to-left reader.
    assert row.text.lstrip().startswith("16-15 ")
    (row,) = layout("قال CENTCOM 15-16", 30)
    assert "CENTCOM 15-16" in row.text  # after Latin letters, one left-to-right run


def test_brackets_and_guillemets_are_mirrored_in_rtl_runs():
    (row,) = layout(QUOTE, 60)
    # Drawn left to right, the logical opening « is on the right of its word and so drawn
    # as »; unmirrored (python-bidi's get_display) it would read »الانسحاب« and )CENTCOM(.
    assert "«" + drawn("الانسحاب") + "»" in row.text
    assert "(CENTCOM)" in row.text
    (row,) = layout("قال [وفق] {البيان} <نص>", 30)
    words = ["<" + drawn("نص") + ">", "{" + drawn("البيان") + "}", "[" + drawn("وفق") + "]"]
    assert row.text.strip() == " ".join([*words, drawn("قال")])
    (ltr,) = layout("He said (yes) «no»", 30)
    assert ltr.text.startswith("He said (yes) «no»")


def test_rtl_rows_are_flush_right_and_ltr_rows_flush_left():
    for row in layout(QUOTE, 15):
        assert row.cells == 15 and not row.text.endswith(" ")
    for row in layout("The coalition will leave Iraq", 10):
        assert row.cells == 10 and not row.text.startswith(" ")


def test_wrapping_is_logical_so_the_first_row_holds_the_start():
    rows = layout(QUOTE, 20)
    assert len(rows) > 1
    assert nfkc(rows[0].text.strip()).endswith("قال"[::-1])  # first word, drawn rightmost
    assert "2025" in rows[-1].text


def test_each_paragraph_sets_its_own_direction_once():
    rows = layout("قال المصدر\nCENTCOM said\n2025 قال", 20)
    assert [row.rtl for row in rows] == [True, False, True]
    assert layout("a\n\nب", 5)[1].text == " " * 5  # an empty paragraph keeps its row
    # Direction comes from the paragraph, never the row: an English word that wraps onto
    # its own row inside an Arabic paragraph stays flush right.
    rows = layout("قال Washington", 10)
    assert rows[0].text == " " * 7 + drawn("قال")
    assert rows[1].rtl and rows[1].text == "Washington"


def test_is_rtl_uses_the_first_strong_character():
    assert is_rtl("«قال» CENTCOM")
    assert not is_rtl("2025: CENTCOM قال")
    assert not is_rtl("2025 ...")
    assert not is_rtl("\u2067قال\u2069 CENTCOM")  # isolated text does not decide


def test_over_long_words_are_broken_not_lost():
    rows = layout("ا" * 25, 10)
    assert [row.cells for row in rows] == [10, 10, 10]
    assert "".join(nfkc(row.text.strip()) for row in rows) == "ا" * 25
    spans = wrap("بَبَبَ", 1)
    assert spans == [(0, 2), (2, 4), (4, 6)]  # a letter keeps its mark


def test_cell_keeps_the_start_of_a_quote():
    row = cell(QUOTE, 12)
    assert row.cells == 12 and row.rtl
    text = row.text
    assert text[0] == ELLIPSIS  # the logical end, drawn leftmost in RTL
    assert nfkc(text[-3:])[::-1] == "قال"
    assert cell("CENTCOM said it", 8).text == "CENTCOM…"
    assert cell("قال", 10).text == " " * 7 + drawn("قال")
    assert cell("anything", 0).text == ""


def test_cell_flattens_newlines():
    assert "\n" not in cell("قال\nالمصدر", 20).text


def test_highlight_lands_on_the_highlighted_letters():
    start = QUOTE.index("سبتمبر")
    end = start + len("سبتمبر 2025")
    for width in (12, 20, 60):
        rows = layout(QUOTE, width, highlights=[(start, end, "cue-a")])
        shown = "".join(tagged(row, "cue-a") for row in rows)
        assert sorted(nfkc(shown).replace(" ", "")) == sorted(QUOTE[start:end].replace(" ", ""))


def test_highlight_on_part_of_a_ligature_highlights_the_ligature():
    text = "الانسحاب"
    (row,) = layout(text, 10, highlights=[(2, 3, "hit")])  # the alef of "لا" alone
    assert tagged(row, "hit") == "\ufefb"


def test_highlight_of_marks_follows_the_letter():
    text = "قالَ لهم"
    (row,) = layout(text, 10, highlights=[(0, 4, "hit")])
    assert "\u064e" in tagged(row, "hit")


def test_later_highlights_win():
    (row,) = layout("abcdef", 6, highlights=[(0, 4, "hit"), (2, 6, "cue-b")])
    assert tagged(row, "hit") == "ab" and tagged(row, "cue-b") == "cdef"


def test_terminal_mode_sends_logical_text_wrapped_and_right_aligned():
    rows = layout(QUOTE, 20, "terminal")
    assert all(row.cells == 20 and not row.text.endswith(" ") for row in rows)
    assert "".join(row.text.strip() + " " for row in rows).strip() == QUOTE


def test_raw_mode_does_nothing_but_wrap():
    rows = layout(QUOTE, 20, "raw")
    assert " ".join(row.text for row in rows) == QUOTE
    assert all(row.cells <= 20 for row in rows)


def test_parse_mode():
    assert parse_mode("visual") == "visual"
    assert parse_mode(" Terminal ") == "terminal"
    with pytest.raises(ValueError, match="visual, terminal, raw"):
        parse_mode("auto")


def test_zero_width_and_empty_text():
    assert layout("قال", 0) == ()
    assert layout("", 10) == ()


def test_layout_is_cached():
    assert layout(QUOTE, 33) is layout(QUOTE, 33)
    marked = layout(QUOTE, 33, highlights=[(0, 3, "hit")])
    assert marked is layout(QUOTE, 33, "visual", ((0, 3, "hit"),))


def test_shaped_width_predicts_the_shaped_width():
    words = set(" ".join(corpus_quotes()).split()) | {"لَا", "لإ", "لآ", "لأن", "ل\u200dا", "ﻻ"}
    for word in words:
        assert shaped_width(word) == cell_len(shape(word)[0].replace("\u200d", "")), word


def test_shaping_never_falls_back_on_the_corpus():
    for quote in corpus_quotes():
        glyphs, sources = shape(quote)
        assert sorted(i for glyph in sources for i in glyph) == [
            i for i, char in enumerate(quote) if char != "\u200d"
        ]
        assert glyphs != quote or not any("\u0621" <= c <= "\u064a" for c in quote)


def test_rendering_every_quote_at_three_widths_is_fast():
    article = REPO / "data" / "shafaq-2024-12-isis-coalition.ar.txt"
    quotes = corpus_quotes() or article.read_text("utf-8").split("\n\n")

    display._layout.cache_clear()
    display._row.cache_clear()
    shape_module._shape_word.cache_clear()
    began = time.perf_counter()
    for width in (40, 80, 120):
        for quote in quotes:
            layout(quote, width)
    assert time.perf_counter() - began < 1.0


def test_an_indent_wider_than_the_row_is_not_carried_onto_the_next_row():
    # Found by hypothesis: the indent spilled onto row two, which then began with a space.
    rows = [row.text for row in layout("\u2003  CENTCOM", 2, "visual")]
    assert rows == ["CE", "NT", "CO", "M "]
    assert [row.text for row in layout("  قال", 10, "terminal")][0].endswith("  قال")


def test_a_cell_does_not_show_the_whitespace_a_quote_begins_with():
    # Found by hypothesis: a leading no-break space took a cell of three one of its cells.
    assert cell("\xa0CENTCOM", 3, "visual").text == "CE…"
    row = cell("  قال ابن", 20, "visual", [(2, 5, "hit")])
    assert [s.text for s in row.segments if s.tag == "hit"] == ["ﻝﺎﻗ"]


def test_a_cell_never_cuts_inside_a_number_or_a_date() -> None:
    from tui.arabic.display import cell

    for width in range(8, 40):
        for text in ("انسحاب القوات قبل نهاية 2026 من البلاد", "the deadline is 2026-09 for all"):
            shown = cell(text, width, "visual").text
            digits = "".join(ch if ch.isdigit() or ch == "-" else " " for ch in shown).split()
            assert all(d in ("2026", "2026-09", "-") for d in digits), (width, shown)
