"""Words and word-by-word marks, always in logical offsets, whatever the screen's order."""

from __future__ import annotations

from tui.data.spans import WordMark, screen_step, words

TEXT = 'وقال المتحدث إن "الولايات المتحدة ستحتفظ بقوة صغيرة" مجدداً.'


def _words(text: str) -> list[str]:
    return [text[a:b] for a, b in words(text)]


def test_words_leave_quote_marks_and_punctuation_out_and_keep_harakat_in():
    assert _words(TEXT) == ["وقال", "المتحدث", "إن", "الولايات", "المتحدة", "ستحتفظ", "بقوة",
                            "صغيرة", "مجدداً"]  # fmt: skip
    assert _words("(البنتاغون) 2026، CENTCOM") == ["البنتاغون", "2026", "CENTCOM"]
    start = TEXT.index("ستحتفظ")
    assert [TEXT[a:b] for a, b in words(TEXT, start, start + 11)] == ["ستحتفظ", "بقوة"]


def test_a_mark_grows_from_its_anchor_and_either_end_moves():
    mark = WordMark.over(TEXT, 0, len(TEXT))
    assert TEXT[slice(*mark.span)] == "وقال" and not mark.anchored
    mark = mark.moved(3).started().moved(4)
    assert TEXT[slice(*mark.span)] == "الولايات المتحدة ستحتفظ بقوة صغيرة"
    assert TEXT[slice(*mark.cursor_span)] == "صغيرة"
    mark = mark.swapped().moved(-1)  # now the start moves: one word earlier
    assert TEXT[slice(*mark.span)] == 'إن "الولايات المتحدة ستحتفظ بقوة صغيرة'
    assert mark.moved(-50).cursor == 0 and mark.moved(50).cursor == 8  # kept in the text
    assert mark.cleared().span == mark.cursor_span


def test_a_mark_over_a_quote_starts_on_its_words():
    start = TEXT.index("الولايات")
    end = TEXT.index("صغيرة") + len("صغيرة")
    mark = WordMark.over(TEXT, 0, len(TEXT), (start, end))
    assert mark.span == (start, end) and TEXT[slice(*mark.cursor_span)] == "صغيرة"


def test_arrows_follow_the_screen():
    # Right to left on screen: the left arrow goes on in reading order.
    assert screen_step("left", rtl_on_screen=True) == 1
    assert screen_step("right", rtl_on_screen=True) == -1
    assert screen_step("right", rtl_on_screen=False) == 1
