"""Dates in Arabic news text: month names, days relative to publication, durations, open ends."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Final

from .normalise import fold

# Month names as news outlets write them, folded (see normalise.fold): the Levantine/Iraqi
# names, the Egyptian (transliterated) names, and common spelling variants of both.
_MONTH_NAMES: Final[dict[str, int]] = {
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6,
    "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4, "مايو": 5,
    "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
    "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12, "تشرين اول": 10,
    "تشرين ثاني": 11, "كانون اول": 12, "كانون ثاني": 1,
}  # fmt: skip
MONTHS: Final[dict[str, int]] = {fold(k).text: v for k, v in _MONTH_NAMES.items()}

_WEEKDAY_NAMES: Final[dict[str, int]] = {
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4,
    "السبت": 5, "الأحد": 6,
}  # fmt: skip
WEEKDAYS: Final[dict[str, int]] = {fold(k).text: v for k, v in _WEEKDAY_NAMES.items()}

# Number words for durations ("الاثني عشر شهراً"), folded, with and without the article.
_NUMBER_WORDS: Final[dict[str, int]] = {
    "واحد": 1, "اثنين": 2, "اثنان": 2, "ثلاثة": 3, "أربعة": 4, "خمسة": 5, "ستة": 6,
    "سبعة": 7, "ثمانية": 8, "تسعة": 9, "عشرة": 10, "أحد عشر": 11, "اثني عشر": 12,
    "اثنا عشر": 12, "ثمانية عشر": 18, "أربعة وعشرين": 24,
}  # fmt: skip
NUMBER_WORDS: Final[dict[str, int]] = {fold(k).text: v for k, v in _NUMBER_WORDS.items()}


def _alternation(words: list[str]) -> str:
    # Longest first, so "تشرين الاول" wins over a shorter name that is its prefix.
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_B = r"(?<![\w])"  # a word starts here (no letter or digit before)
_BW = r"(?:(?<![\w])|(?<=\bو)|(?<=\bف))"  # ... or after the conjunction و / ف ("والثلاثاء")
_E = r"(?![\w])"  # a word ends here
_MONTH = _alternation(list(MONTHS))
# "سبتمبر/أيلول", "أيلول (سبتمبر)", "كانون الثاني يناير": two names for one month.
_MONTH_EXPR = rf"(?P<m1>{_MONTH})(?:\s*[/\-–(]?\s*(?P<m2>{_MONTH})\)?)?"
_YEAR = r"(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?(?P<y>(?:19|20)\d\d)"
_REL = r"(?P<rel>الجاري|الحالي|الماضي|المنصرم|المقبل|القادم)"
_DAY = r"(?P<d>\d{1,2})(?:\s*[-–]\s*(?P<d2>\d{1,2}))?"

_ABSOLUTE = re.compile(
    rf"{_B}(?:(?P<edge>نهايه|اواخر|اواسط|مطلع|بدايه|اوائل|منتصف)\s+)?(?:{_DAY}\s+)?"
    rf"{_MONTH_EXPR}(?:\s*[,،]?\s*{_YEAR}|\s+{_REL})?{_E}"
)
_NUMERIC = re.compile(
    r"(?<![\d/])(?:(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"
    r"|(?P<d_>\d{1,2})[-/.](?P<m_>\d{1,2})[-/.](?P<y_>(?:19|20)\d\d))(?![\d/])"
)
_WEEKDAY = _alternation(list(WEEKDAYS))
_RELATIVE_DAY = re.compile(
    rf"{_BW}(?:(?P<before>اول\s+)?(?P<ams>امس)(?:\s+(?P<wd1>{_WEEKDAY}))?"
    rf"|(?P<today>اليوم)(?:\s+(?P<wd2>{_WEEKDAY}))?"
    rf"|(?:يوم\s+)?(?P<wd3>{_WEEKDAY})(?:\s+(?P<last>الماضي|المنصرم|الفائت))?)"
    rf"{_E}"
)
_RELATIVE_PERIOD = re.compile(
    rf"{_B}(?:(?P<edge>نهايه|اواخر|مطلع|بدايه|اوائل|منتصف)\s+)?"
    r"(?P<unit>الاسبوع|الشهر|العام|السنه)\s+(?P<which>الماضي|المنصرم|الجاري|الحالي|المقبل|القادم)"
    rf"{_E}"
)
_YEAR_ONLY = re.compile(rf"{_B}(?:عام|العام|سنه)\s+(?P<y>(?:19|20)\d\d){_E}")

_UNITS: Final[dict[str, int]] = {
    "شهر": 1, "شهرا": 1, "اشهر": 1, "شهور": 1, "الاشهر": 1, "الشهور": 1,
    "عام": 12, "عاما": 12, "اعوام": 12, "الاعوام": 12, "سنه": 12, "سنوات": 12, "السنوات": 12,
}  # fmt: skip
_DUALS: Final[dict[str, int]] = {"شهرين": 2, "سنتين": 24, "عامين": 24}
_NUMBER = _alternation(list(NUMBER_WORDS) + ["ال" + w for w in NUMBER_WORDS])
_UNIT = _alternation(list(_UNITS))
_DURATION = re.compile(
    rf"{_B}(?P<lead>خلال|في غضون|غضون|على مدى|علي مدي|لمده|مده|بعد|في)\s+"
    rf"(?:(?P<dual>{_alternation(list(_DUALS))})"
    rf"|(?:ال\s*)?(?P<n>\d{{1,3}}|{_NUMBER})\s+(?P<unit>{_UNIT})"
    rf"|(?P<unit2>{_UNIT})\s+(?:ال\s*)?(?P<n2>\d{{1,3}}|{_NUMBER})"
    rf"|(?P<one>عام|سنه|شهر)(?!\s*\d))"
    rf"(?:\s+(?:المقبله|القادمه|المقبل|القادم))?{_E}"
)
_INDEFINITE = re.compile(
    rf"{_B}(?:(?:فتره|مده|وقت)\s+غير\s+(?:معلومه|محدده|محدوده|معروفه|مسماه)"
    r"|اجل\s+غير\s+(?:مسمي|محدد)|اشعار\s+اخر|الي\s+ما\s+لا\s+نهايه"
    rf"|(?:دون|بلا|بدون|من\s+دون)\s+(?:سقف|جدول|اطار|موعد)\s+زمني){_E}"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date written in the text: its span, ISO value and precision (day, month or year)."""

    start: int
    end: int
    value: str
    precision: str
    relative: bool  # resolved against the publication date


@dataclass(frozen=True, slots=True)
class Duration:
    """A period written in the text ("خلال 12 شهراً"), or an open end ("فترة غير معلومة")."""

    start: int
    end: int
    months: int | None  # None for an open end
    text: str


def add_months(day: dt.date, months: int) -> tuple[int, int]:
    """The (year, month) that lies `months` months after `day`'s month."""
    index = day.year * 12 + (day.month - 1) + months
    return index // 12, index % 12 + 1


def _real(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _year_for(month: int, rel: str | None, published: dt.date | None, day: int = 1) -> int | None:
    """The year a month without one refers to, from its qualifier and the publication date."""
    if published is None:
        return None
    year = published.year
    if rel in ("الجاري", "الحالي"):
        return year
    if rel in ("المقبل", "القادم"):
        return year if month > published.month else year + 1
    if rel in ("الماضي", "المنصرم"):
        return year if month < published.month else year - 1
    # A bare "12 أيلول" in a news report is the latest such day on or before publication.
    return year if (month, day) <= (published.month, published.day) else year - 1


def _absolute(match: re.Match[str], published: dt.date | None) -> tuple[str, str] | None:
    month = MONTHS[match["m1"]]
    if match["m2"] and MONTHS[match["m2"]] != month:
        return None  # "أيلول/أكتوبر" names two months: not a date we can trust
    day = int(match["d"]) if match["d"] else None
    if match["y"]:
        year: int | None = int(match["y"])
    elif match["rel"] or day is not None:
        year = _year_for(month, match["rel"], published, day or 1)
    else:
        return None  # a month name alone ("في سبتمبر") is too weak to date anything
    if year is None:
        return None
    if day is not None and not match["edge"]:
        if not _real(year, month, day):
            return None
        return f"{year:04d}-{month:02d}-{day:02d}", "day"
    return f"{year:04d}-{month:02d}", "month"


def _weekday_before(published: dt.date, weekday: int, strictly: bool) -> dt.date:
    back = (published.weekday() - weekday) % 7
    if back == 0 and strictly:
        back = 7
    return published - dt.timedelta(days=back)


def _relative_day(match: re.Match[str], published: dt.date) -> tuple[str, str] | None:
    if match["ams"]:
        day = published - dt.timedelta(days=2 if match["before"] else 1)
        wd = match["wd1"]
        if wd and WEEKDAYS[wd] != day.weekday():
            return None  # "أمس الجمعة" on a day after a Thursday: the text and date disagree
        return day.isoformat(), "day"
    if match["today"]:
        return published.isoformat(), "day"
    weekday = WEEKDAYS[match["wd3"]]
    return _weekday_before(published, weekday, strictly=bool(match["last"])).isoformat(), "day"


def _relative_period(match: re.Match[str], published: dt.date) -> tuple[str, str]:
    unit, which, edge = match["unit"], match["which"], match["edge"]
    step = {"الماضي": -1, "المنصرم": -1, "المقبل": 1, "القادم": 1}.get(which, 0)
    if unit == "الاسبوع":
        day = published + dt.timedelta(days=7 * step)
        return f"{day.year:04d}-{day.month:02d}", "month"
    if unit == "الشهر":
        year, month = add_months(published, step)
        return f"{year:04d}-{month:02d}", "month"
    year = published.year + step
    if edge in ("نهايه", "اواخر"):
        return f"{year:04d}-12", "month"
    if edge in ("مطلع", "بدايه", "اوائل"):
        return f"{year:04d}-01", "month"
    return f"{year:04d}", "year"


def find_dates(text: str, published: dt.date | None = None) -> list[DateMention]:
    """Every date in `text`, absolute or (given the publication date) relative, in order."""
    folded = fold(text)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match[str], value: tuple[str, str] | None, relative: bool) -> None:
        if value is None or any(s < match.end() and match.start() < e for s, e in taken):
            return
        taken.append((match.start(), match.end()))
        start, end = folded.original_span(match.start(), match.end())
        found.append(DateMention(start, end, value[0], value[1], relative))

    for match in _ABSOLUTE.finditer(folded.text):
        add(match, _absolute(match, published), not match["y"])
    for match in _NUMERIC.finditer(folded.text):
        year = int(match["y"] or match["y_"])
        month, day = int(match["m"] or match["m_"]), int(match["d"] or match["d_"])
        ok = _real(year, month, day)
        add(match, (f"{year:04d}-{month:02d}-{day:02d}", "day") if ok else None, False)
    if published is not None:
        for match in _RELATIVE_DAY.finditer(folded.text):
            add(match, _relative_day(match, published), True)
        for match in _RELATIVE_PERIOD.finditer(folded.text):
            add(match, _relative_period(match, published), True)
    for match in _YEAR_ONLY.finditer(folded.text):
        add(match, (match["y"], "year"), False)
    return sorted(found, key=lambda m: m.start)


def _number(word: str) -> int:
    word = word.removeprefix("ال") if not word.isdigit() else word
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, NUMBER_WORDS.get("ال" + word, 0))


def find_durations(text: str) -> list[Duration]:
    """Every period ("لمدة سنتين", "خلال 12 شهراً") and open end ("إلى أجل غير مسمى") in `text`."""
    folded = fold(text)
    found: list[Duration] = []
    for match in _DURATION.finditer(folded.text):
        if match["dual"]:
            months = _DUALS[match["dual"]]
        elif match["one"]:
            months = 12 if match["one"] in ("عام", "سنه") else 1
        else:
            count = _number(match["n"] or match["n2"])
            months = count * _UNITS[match["unit"] or match["unit2"]]
        if months <= 0:
            continue
        start, end = folded.original_span(match.start(), match.end())
        found.append(Duration(start, end, months, text[start:end]))
    for match in _INDEFINITE.finditer(folded.text):
        start, end = folded.original_span(match.start(), match.end())
        found.append(Duration(start, end, None, text[start:end]))
    return sorted(found, key=lambda d: d.start)
