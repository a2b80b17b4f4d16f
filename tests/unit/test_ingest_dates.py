"""Arabic dates: month names of both traditions, digits, days relative to publication, periods."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.arabic.dates import add_months, find_dates
from tui.arabic.durations import find_durations

SAT_14_DEC_2024 = dt.date(2024, 12, 14)


def values(text: str, published: dt.date | None = SAT_14_DEC_2024) -> list[tuple[str, str]]:
    return [(m.value, m.precision) for m in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("في 23 تشرين الثاني 2024", ("2024-11-23", "day")),
        ("في 10 كانون الأول 2024", ("2024-12-10", "day")),
        ("في سبتمبر/أيلول 2026", ("2026-09", "month")),
        ("أيلول/سبتمبر 2025", ("2025-09", "month")),
        ("في سبتمبر عام 2025", ("2025-09", "month")),
        ("في 27 أيلول 2024", ("2024-09-27", "day")),
        ("حتى أيلول 2026", ("2026-09", "month")),
        ("في ٢٧ سبتمبر ٢٠٢٤", ("2024-09-27", "day")),  # Arabic-Indic digits
        ("في ١٢ يناير ٢٠٢٥", ("2025-01-12", "day")),
        ("في 15-16 نيسان/أبريل 2024", ("2024-04-15", "day")),
        ("في كانون الثاني يناير الماضي", ("2024-01", "month")),
        ("في 22-23 يوليو 2024", ("2024-07-22", "day")),
        ("نهاية سبتمبر 2025", ("2025-09", "month")),
        ("في 14/12/2024", ("2024-12-14", "day")),
    ],
)
def test_absolute_dates(text: str, expected: tuple[str, str]) -> None:
    assert values(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أمس الجمعة", ("2024-12-13", "day")),
        ("أمس", ("2024-12-13", "day")),
        ("والثلاثاء الماضي،", ("2024-12-10", "day")),
        ("الثلاثاء الماضي", ("2024-12-10", "day")),
        ("الأربعاء الماضي", ("2024-12-11", "day")),
        ("اليوم السبت", ("2024-12-14", "day")),
        ("في 12 كانون الأول الجاري", ("2024-12-12", "day")),
        ("في 10 كانون الأول الحالي", ("2024-12-10", "day")),
        ("في شباط/فبراير الماضي", ("2024-02", "month")),
        ("في سبتمبر المقبل", ("2025-09", "month")),
        ("الأسبوع الماضي", ("2024-12", "month")),
        ("نهاية العام الحالي", ("2024-12", "month")),
        ("مطلع العام المقبل", ("2025-01", "month")),
        ("نهاية العام التالي", ("2025-12", "month")),  # "the following year": the next
        # A quarter is due in its last month, unless its start or middle is named.
        ("في الربع الثالث من العام المقبل", ("2025-09", "month")),
        ("مع نهاية الربع الأول من 2026", ("2026-03", "month")),
        ("مطلع الربع الأخير من عام 2025", ("2025-10", "month")),
        ("بالربع الثاني 2026", ("2026-06", "month")),
        ("قبل نهاية النصف الأول من عام 2025", ("2025-06", "month")),
        ("النصف الأخير من العام المقبل", ("2025-12", "month")),
        # A part of "the year" with no qualifier is the year of publication.
        ("بحلول نهاية العام", ("2024-12", "month")),
        ("مطلع السنة", ("2024-01", "month")),
    ],
)
def test_dates_relative_to_publication(text: str, expected: tuple[str, str]) -> None:
    assert values(text) == [expected]


def test_yesterday_with_the_wrong_weekday_is_not_trusted() -> None:
    # Published on a Saturday, "yesterday, Thursday" contradicts itself.
    assert values("أمس الخميس") == []


def test_a_month_alone_or_an_impossible_day_is_no_date() -> None:
    assert values("في سبتمبر") == []
    assert values("في 31 شباط 2024") == []
    assert values("أيلول/أكتوبر 2024") == []  # two months: which one?


def test_relative_days_need_a_publication_date() -> None:
    assert values("الثلاثاء الماضي", None) == []
    assert values("في 27 أيلول 2024", None) == [("2024-09-27", "day")]


def test_spans_point_into_the_original_text_with_harakat() -> None:
    text = "قال في ٢٧ أَيْلُول ٢٠٢٤ إن"
    (mention,) = find_dates(text, SAT_14_DEC_2024)
    assert text[mention.start : mention.end] == "٢٧ أَيْلُول ٢٠٢٤"


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("خلال 12 شهراً", 12),
        ("خلال ١٢ شهراً", 12),
        ("لمدة سنتين", 24),
        ("خلال الأشهر الـ12 المقبلة", 12),
        ("خلال الشهرين المقبلين", 2),  # the dual with its article and its tail
        ("على مدى الاثني عشر شهراً القادمة", 12),
        ("خلال عام", 12),
        ("في غضون ستة أشهر", 6),
        # "a month" in the accusative, and "about" before the number
        ("خلال فترة لا تتجاوز شهراً", 1),
        ("خلال نحو ثلاثة أشهر", 3),
        ("لمدة عامين", 24),
        ("إلى فترة غير معلومة", None),
        ("إلى أجل غير مسمى", None),
        ("دون سقف زمني", None),
    ],
)
def test_durations_and_open_ends(text: str, months: int | None) -> None:
    (duration,) = find_durations(text)
    assert duration.months == months
    assert text[duration.start : duration.end] in text


def test_add_months_crosses_years() -> None:
    assert add_months(dt.date(2024, 9, 27), 12) == (2025, 9)
    assert add_months(dt.date(2024, 11, 23), 24) == (2026, 11)
    assert add_months(dt.date(2024, 12, 1), 1) == (2025, 1)


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("خلال أسبوع", (None, 7)),
        ("خلال أسبوعين", (None, 14)),
        ("مهلة ثلاثين يوماً", (None, 30)),
        ("خلال فترة لا تتجاوز 12 شهرًا", (12, None)),
        ("خلال الأيام المقبلة", (None, 7)),  # a vague near future: its smallest reading
    ],
)  # fmt: skip
def test_periods_in_days_weeks_and_months(text: str, length: tuple[int | None, int | None]) -> None:
    (duration,) = find_durations(text)
    assert (duration.months, duration.days) == length


def test_a_period_that_is_past_is_no_deadline() -> None:
    assert find_durations("شهدت خلال الأشهر الخمسة الماضية تعزيزات") == []
    assert find_durations("تراجعت الهجمات خلال العامين الماضيين") == []


def test_ranges_are_one_span_due_at_their_end() -> None:
    from tui.arabic.dates import find_ranges

    for text, last in (("بين ٢ أيلول ٢٠٢٥-١٥ نيسان ٢٠٢٦", "2026-04-15"),
                       ("من أيلول 2025 إلى نيسان 2026", "2026-04"),
                       ("بين عامي 2025 و 2026", "2026")):  # fmt: skip
        mentions = find_dates(text, SAT_14_DEC_2024)
        (found,) = find_ranges(text, mentions)
        assert found.last.value == last and text[found.start : found.end].endswith(
            text[found.last.start : found.last.end]
        )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سبتمبر من هذا العام", ("2024-09", "month")),
        ("أيلول من العام المقبل", ("2025-09", "month")),
        ("حتى نهاية عام 2026", ("2026-12", "month")),
        ("بنهاية العام المقبل", ("2025-12", "month")),
        ("مع نهاية الشهر الحالي", ("2024-12", "month")),
        # A season by its first month: autumn September, summer June.
        ("بحلول خريف عام 2026", ("2026-09", "month")),
        ("بحلول صيف 2026", ("2026-06", "month")),
    ],
)  # fmt: skip
def test_years_named_by_words(text: str, expected: tuple[str, str]) -> None:
    assert values(text) == [expected]
