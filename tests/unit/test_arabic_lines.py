"""Lines that set data in the app's English, checked against GNU FriBidi with isolates."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oracle import (
    FSI,
    PDI,
    OracleError,
    check_alignment,
    check_paragraphs,
    folded_length,
    isolated,
)
from tui.arabic.display import ELLIPSIS
from tui.arabic.lines import arabic_phrases, cut, field, lay_out, prose, words

OUTLET = "صحيفة الميزان"
TITLE = "مسؤول أمريكي: قواتنا باقية في العراق حتى نهاية المهمة"
SOURCE = (words("Source: "), field(OUTLET),
          words(", 2025-03-11, paragraph 2 — o opens the article"))  # fmt: skip
EXPLANATION = ("Jabbar al-Moussawi (صحيفة الميزان, 11 Mar 2025): full exit, Sep 2025; "
               "Haider al-Amiri (شبكة النهرين, 20 Sep 2024): full exit, Sep 2026.")  # fmt: skip
DERIVATION = "خلال ستة أشهر: 6 months after 2025-03-11 → 2025-09"


def texts(line, width: int, mode: str = "visual") -> list[str]:
    return [row.text for row in lay_out(line, width, mode)]


@pytest.mark.parametrize("width", [20, 33, 47, 80])
def test_a_field_keeps_its_order_and_leaves_the_date_after_it_alone(width):
    rows = texts(SOURCE, width)
    check_alignment(rows, width, rtl=False)
    logical = f"Source: {FSI}{OUTLET}{PDI}, 2025-03-11, paragraph 2 — o opens the article"
    check_paragraphs([logical], [rows], directions=[False])
    # The date reads as written, and the outlet is drawn joined, its first word right.
    assert "2025-03-11" in " ".join(rows)
    assert width < 40 or "Source: ﻥﺍﺰﻴﻤﻟﺍ ﺔﻔﻴﺤﺻ, 2025-03-11," in rows[0]


def test_plain_bidi_would_draw_the_date_backwards_so_the_check_can_fail():
    rows = texts(SOURCE, 80)
    plain = "Source: صحيفة الميزان, 2025-03-11, paragraph 2 — o opens the article"
    with pytest.raises(OracleError):  # what FriBidi draws without the isolate: "11-03-2025"
        check_paragraphs([plain], [rows], directions=[False])


@pytest.mark.parametrize("width", [24, 40, 60, 76, 118])
def test_an_explanation_reads_in_order_with_each_arabic_phrase_drawn_right_to_left(width):
    rows = texts(prose(EXPLANATION), width)
    check_alignment(rows, width, rtl=False)
    check_paragraphs([isolated(EXPLANATION)], [rows], directions=[False])
    joined = " ".join(" ".join(rows).split())
    assert "(ﻥﺍﺰﻴﻤﻟﺍ ﺔﻔﻴﺤﺻ, 11 Mar 2025)" in joined and "(ﻦﻳﺮﻬﻨﻟﺍ ﺔﻜﺒﺷ, 20 Sep 2024)" in joined


def test_a_phrase_that_fits_a_row_is_never_split_and_one_that_does_not_reads_first_word_first():
    line = prose("Haider al-Amiri (شبكة النهرين, 20 Sep 2024)")
    # "Haider al-Amiri (شبكة" would fit, but the phrase fits a row of its own: it goes whole
    rows = texts(line, 23)
    assert [r.rstrip() for r in rows] == ["Haider al-Amiri (", "ﻦﻳﺮﻬﻨﻟﺍ ﺔﻜﺒﺷ, 20 Sep", "2024)"]
    check_paragraphs([isolated("Haider al-Amiri (شبكة النهرين, 20 Sep 2024)")], [rows],
                     directions=[False])  # fmt: skip
    # Wider than a row, the phrase is split between its words, its first word first.
    rows = texts(line, 10)
    assert [r.rstrip() for r in rows][2:4] == ["(ﺔﻜﺒﺷ", "ﻦﻳﺮﻬﻨﻟﺍ,"]
    check_paragraphs([isolated("Haider al-Amiri (شبكة النهرين, 20 Sep 2024)")], [rows],
                     directions=[False])  # fmt: skip


@pytest.mark.parametrize("text", [DERIVATION, "أيلول 2025 → 2025-09"])
def test_a_derivation_keeps_its_dates_and_arrow_in_english_order(text):
    rows = texts(prose(text), 60)
    check_paragraphs([isolated(text)], [rows], directions=[False])
    row = rows[0].rstrip()
    assert row.endswith("→ 2025-09") and not row.startswith(" ")  # flush left, read on
    assert "09-2025" not in row


@pytest.mark.parametrize(("text", "drawn"), [
    ("في أيلول 2026 → 2026-09", "2026 ﻝﻮﻠﻳﺃ ﻲﻓ → 2026-09"),
    ("27 أيلول 2024 — the date of the joint statement", "2024 ﻝﻮﻠﻳﺃ 27 — the date of"),
])  # fmt: skip
def test_a_number_beside_an_arabic_word_reads_with_its_phrase(text, drawn):
    # The year of the month a cue names, and the day before it, belong to the Arabic phrase:
    # drawn right to left with it, as FriBidi draws the phrase isolated.
    rows = texts(prose(text), 60)
    check_paragraphs([isolated(text)], [rows], directions=[False])
    assert rows[0].startswith(drawn)


def test_an_arabic_field_alone_is_a_paragraph_right_to_left_and_flush_right():
    role = "القيادي في الحشد الشعبي"
    rows = texts((field(role),), 30)
    check_alignment(rows, 30, rtl=True)
    check_paragraphs([role], [rows], directions=[True])
    assert texts(prose(role), 30) == rows  # prose that is all Arabic is the same paragraph


def test_a_long_role_beside_a_name_wraps_instead_of_being_cut():
    role = "مستشار الأمن القومي العراقي للشؤون الإقليمية والدولية والحدودية"
    line = (field("Haider al-Amiri"), words(" — "), field(role))
    rows = texts(line, 40)
    assert len(rows) > 1 and ELLIPSIS not in "".join(rows)
    check_paragraphs([f"{FSI}Haider al-Amiri{PDI} — {FSI}{role}{PDI}"], [rows],
                     directions=[False])  # fmt: skip


@pytest.mark.parametrize("width", [40, 55, 70])
def test_a_cut_line_keeps_the_start_of_the_title_and_marks_the_cut(width):
    line = (field(OUTLET), words(" · 2025-03-11 · "), field(TITLE), words(" · 4 paragraphs"))
    row = cut(line, width).text
    assert len(row) == width and ELLIPSIS in row
    # The title's first word is on screen; the ellipsis sits at its logical end, left of it.
    assert "ﻝﻭﺆﺴﻣ" in row and row.index(ELLIPSIS) < row.index("ﻝﻭﺆﺴﻣ")
    # FriBidi draws the outlet, the date and the start of the title, cut inside its isolate.
    frame = f"{FSI}{OUTLET}{PDI} · 2025-03-11 · "
    kept = folded_length(row.strip()) - folded_length(frame) - folded_length(ELLIPSIS)
    title = TITLE[:kept].rstrip()
    check_paragraphs([f"{frame}{FSI}{title}{ELLIPSIS}{PDI}"], [[row]], directions=[False])


def test_data_is_sanitised_before_it_is_drawn():
    line = (words("Source: "), field("صحيفة\u202e الميزان\x1b[31m\x07"), words(" end"))
    for mode in ("visual", "terminal", "raw"):
        drawn = "".join(texts(line, 40, mode))
        assert "\u202e" not in drawn and "\x1b" not in drawn and "\x07" not in drawn
        assert "[31m" not in drawn


def test_terminal_and_raw_modes_send_logical_text_wrapped_by_the_engine():
    terminal = texts(SOURCE, 30, "terminal")
    assert " ".join(r.strip() for r in terminal).startswith(f"Source: {OUTLET}, 2025-03-11,")
    assert all(len(r) == 30 for r in terminal)
    raw = texts(SOURCE, 30, "raw")
    assert [r.strip() for r in raw] == [r.strip() for r in terminal]
    assert any(len(r) < 30 for r in raw)  # raw rows are not padded


def test_phrases_keep_a_bracket_with_its_pair():
    text = "قال (عين الأسد) 2025 and (see عين الأسد) قال"
    phrases = [text[a:b] for a, b in arabic_phrases(text)]
    assert phrases == ["قال (عين الأسد)", "عين الأسد", "قال"]
    assert texts(prose(text), 60)[0].startswith("(ﺪﺳﻷﺍ ﻦﻴﻋ) ﻝﺎﻗ 2025 and (see ﺪﺳﻷﺍ ﻦﻴﻋ) ﻝﺎﻗ")


ARABIC = st.sampled_from(["قال", "عين الأسد", "صحيفة الميزان", "أيلول", "حتى 2026", "لا"])
LATIN = st.sampled_from(["Source", "said", "Sep 2025", "(", ")", ", ", " · ", "2025-09", "→"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.booleans(), ARABIC, LATIN), min_size=1, max_size=6),
       st.integers(min_value=8, max_value=50))  # fmt: skip
def test_generated_lines_of_fields_match_fribidi(parts, width):
    line = []
    logical = ""
    for is_field, arabic, latin in parts:
        if is_field:
            line.append(field(arabic))
            logical += f"{FSI}{arabic}{PDI}"
        line.append(words(f" {latin} "))
        logical += f" {latin} "
    rows = texts(tuple(line), width)
    check_paragraphs([logical.strip()], [rows], directions=[False])


def test_a_field_that_fits_a_row_goes_whole_to_the_next_row() -> None:
    from tui.arabic.lines import field, lay_out, words

    line = (words("▸ 2027-12 End of the coalition's presence in the Kurdistan Region "),
            field("حتى نهاية 2027"))  # fmt: skip
    for width in (30, 40, 50, 60, 70):
        rows = [row.text.strip() for row in lay_out(line, width, "visual")]
        assert rows[-1] == "2027 ﺔﻳﺎﻬﻧ ﻰﺘﺣ" or rows[-1].endswith(" 2027 ﺔﻳﺎﻬﻧ ﻰﺘﺣ"), rows
        assert sum("ﻰﺘﺣ" in r or "ﺔﻳﺎﻬﻧ" in r for r in rows) == 1  # on one row only
