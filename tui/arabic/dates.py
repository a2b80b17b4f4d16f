"""Dates in Arabic news text: month names, days relative to publication, ranges (durations
are in durations.py).

The words (both month-name traditions, weekdays, number words, units, qualifiers such as
"الماضي") are data: `tui/arabic/data/dates.json`. Everything is matched on folded text
(tui/arabic/normalise) and every span found points back into the original text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Final

from . import wordlists as wl
from .normalise import fold

_DATA: Final = wl.load("tui.arabic", "dates.json")
MONTHS: Final[dict[str, int]] = wl.table(_DATA, "months", int)
WEEKDAYS: Final[dict[str, int]] = wl.table(_DATA, "weekdays", int)
NUMBER_WORDS: Final[dict[str, int]] = wl.table(_DATA, "numbers", int)
_EDGES: Final[dict[str, str]] = wl.table(_DATA, "edges", str)
_QUALIFIERS: Final[dict[str, int]] = wl.table(_DATA, "qualifiers", int)
_PERIODS: Final[dict[str, str]] = wl.table(_DATA, "period_units", str)
_QUARTERS: Final[dict[str, int]] = wl.table(_DATA, "quarters", int)
_OPEN_ENDS: Final = wl.phrases(_DATA, "open_ends")
_RANGE_JOINS: Final = wl.words(_DATA, "range_joins")

_B = r"(?<![\w])"  # a word starts here (no letter or digit before)
_BW = r"(?:(?<![\w])|(?<=\bو)|(?<=\bف))"  # ... or after the conjunction و / ف ("والثلاثاء")
_E = r"(?![\w])"  # a word ends here
_alt = wl.alternation
_MONTH = _alt(MONTHS)
# "بنهاية", "ومطلع": an edge may carry a preposition or a conjunction.
_EDGE = rf"(?:[بولف](?=\S))?(?P<edge>{_alt(_EDGES)})"
_REL = rf"(?P<rel>{_alt(_QUALIFIERS)})"
_YEAR_WORD = _alt(wl.words(_DATA, "year_words"))
# "سبتمبر/أيلول", "أيلول (سبتمبر)", "كانون الثاني يناير": two names for one month.
_MONTH_EXPR = rf"(?P<m1>{_MONTH})(?:\s*[/\-–(]?\s*(?P<m2>{_MONTH})\)?)?"
_YEAR = rf"(?:(?:من\s+)?(?:{_YEAR_WORD})\s+)?(?P<y>(?:19|20)\d\d)"
# "سبتمبر من هذا العام", "أيلول من العام المقبل": the year named by a qualifier.
_YEAR_REF = (rf"(?:من\s+)?(?:(?P<this>{_alt(wl.words(_DATA, 'this'))})\s+(?:{_YEAR_WORD})"
             rf"|(?:{_YEAR_WORD})\s+(?P<yrel>{_alt(_QUALIFIERS)}))")  # fmt: skip
_DAY = r"(?P<d>\d{1,2})(?:\s*[-–]\s*(?P<d2>\d{1,2}))?"

_ABSOLUTE = re.compile(
    rf"{_B}(?:{_EDGE}\s+)?(?:{_DAY}\s+)?{_MONTH_EXPR}"
    rf"(?:\s*[,،]?\s*{_YEAR}|\s+{_YEAR_REF}|\s+{_REL})?{_E}"
)
_NUMERIC = re.compile(
    r"(?<![\d/])(?:(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"
    r"|(?P<d_>\d{1,2})[-/.](?P<m_>\d{1,2})[-/.](?P<y_>(?:19|20)\d\d))(?![\d/])"
)
_WEEKDAY = _alt(WEEKDAYS)
_RELATIVE_DAY = re.compile(
    rf"{_BW}(?:(?P<before>اول\s+)?(?P<ams>امس)(?:\s+(?P<wd1>{_WEEKDAY}))?"
    rf"|(?P<today>اليوم)(?:\s+(?P<wd2>{_WEEKDAY}))?"
    rf"|(?:يوم\s+)?(?P<wd3>{_WEEKDAY})(?:\s+(?P<last>الماضي|المنصرم|الفائت))?)"
    rf"{_E}"
)
_RELATIVE_PERIOD = re.compile(
    rf"{_B}(?:{_EDGE}\s+)?(?P<unit>{_alt(_PERIODS)})\s+(?P<which>{_alt(_QUALIFIERS)}){_E}"
)
# "بحلول نهاية العام", "مطلع السنة": a part of the year written without a qualifier or a
# number is the year of publication.
_BARE_YEAR_EDGE = re.compile(
    rf"{_B}{_EDGE}\s+(?:العام|السنة|السنه){_E}(?!\s+(?:{_alt(_QUALIFIERS)}|الذي|التي|(?:19|20)\d\d))"
)
# "نهاية عام 2026", "منتصف 2025": a part of a year.
_YEAR_EDGE = re.compile(rf"{_B}{_EDGE}\s+(?:(?:{_YEAR_WORD})\s+)?(?P<y>(?:19|20)\d\d){_E}")
# "نهاية الربع الأول من 2026", "الربع الثالث من العام المقبل", "النصف الأول من عام 2024":
# a quarter or a half of a year.
_QUARTER = re.compile(
    rf"{_B}(?:{_EDGE}\s+)?(?:[بولف](?=\S))?(?:ال)?(?P<part>ربع|نصف)\s+(?P<q>{_alt(_QUARTERS)})\s+(?:من\s+)?"
    rf"(?:(?:{_YEAR_WORD})\s+(?P<which>{_alt(_QUALIFIERS)})|(?:(?:{_YEAR_WORD})\s+)?"
    rf"(?P<y>(?:19|20)\d\d)){_E}"
)
_YEAR_ONLY = re.compile(
    rf"{_B}(?:(?:{_YEAR_WORD})|(?P<lead>{_alt(wl.words(_DATA, 'year_leads'))}))\s+"
    rf"(?P<y>(?:19|20)\d\d){_E}"
)

_YEAR_JOIN = re.compile(r"\s*(?:-|–|و|الي|إلى|حتى)\s*(?:عام\s+)?(?P<y>(?:19|20)\d\d)(?!\d)")
_RANGE_OPEN = re.compile(rf"(?:{_alt(wl.phrases(_DATA, 'range_opens'))})\s*$")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date written in the text: its span, ISO value and precision (day, month or year)."""

    start: int
    end: int
    value: str
    precision: str
    relative: bool  # resolved against the publication date
    # "15 سبتمبر", "في أيلول": no year and no qualifier; `value` is the latest such date on or
    # before publication (a report recalls), and `ahead` the next one (a deadline looks to)
    ahead: str = ""


@dataclass(frozen=True, slots=True)
class DateRange:
    """Two dates joined as a range ("بين ٢ أيلول ٢٠٢٥ و١٥ نيسان ٢٠٢٦"): its span and ends."""

    start: int
    end: int
    first: DateMention
    last: DateMention


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
    step = _QUALIFIERS.get(rel or "")
    if step == 0:
        return year
    if step == 1:
        return year if month > published.month else year + 1
    if step == -1:
        return year if month < published.month else year - 1
    # A bare "12 أيلول" in a news report is the latest such day on or before publication.
    return year if (month, day) <= (published.month, published.day) else year - 1


def _edge_month(edge: str | None, year: int) -> str:
    part = _EDGES.get(edge or "")
    # A season is dated by its first month in the northern year ("بحلول خريف 2026": 2026-09;
    # not spring: "ربيع" is also a name and a month of the Hijri year).
    month = {"end": 12, "middle": 6, "start": 1, "autumn": 9, "summer": 6}.get(part or "", 0)
    return f"{year:04d}-{month:02d}" if month else f"{year:04d}"


def _absolute(
    match: re.Match[str], published: dt.date | None, bare: bool = False
) -> tuple[str, str] | None:
    month = MONTHS[match["m1"]]
    if match["m2"] and MONTHS[match["m2"]] != month:
        return None  # "أيلول/أكتوبر" names two months: not a date we can trust
    day = int(match["d"]) if match["d"] else None
    year: int | None
    if match["y"]:
        year = int(match["y"])
    elif match["this"] and published is not None:
        year = published.year
    elif match["yrel"] and published is not None:
        year = published.year + _QUALIFIERS[match["yrel"]]
    elif match["rel"] or day is not None:
        year = _year_for(month, match["rel"], published, day or 1)
    elif bare and published is not None:
        year = _year_for(month, None, published, 1)  # "في سبتمبر": too weak unless asked for
    else:
        return None
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
    unit, step, edge = _PERIODS[match["unit"]], _QUALIFIERS[match["which"]], match["edge"]
    if unit == "week":
        day = published + dt.timedelta(days=7 * step)
        return f"{day.year:04d}-{day.month:02d}", "month"
    if unit == "month":
        year, month = add_months(published, step)
        return f"{year:04d}-{month:02d}", "month"
    value = _edge_month(edge, published.year + step)
    return value, "month" if len(value) > 4 else "year"


def _quarter(match: re.Match[str], published: dt.date | None) -> tuple[str, str] | None:
    """The month a quarter's or a half's words point to: its last, unless its start or middle
    is named."""
    if match["y"]:
        year = int(match["y"])
    elif published is not None:
        year = published.year + _QUALIFIERS[match["which"]]
    else:
        return None
    size = 3 if match["part"] == "ربع" else 6
    which = _QUARTERS[match["q"]] or 12 // size  # 0 is "الأخير": the last of them
    if which > 12 // size:
        return None  # "النصف الثالث": a year has two halves
    last = size * which
    back = {"start": size - 1, "middle": size // 2}.get(_EDGES.get(match["edge"] or "", ""), 0)
    month = last - back
    return f"{year:04d}-{month:02d}", "month"


def _next(value: str, precision: str) -> str:
    """The same day or month a year later."""
    return f"{int(value[:4]) + 1:04d}{value[4:]}"


def find_dates(
    text: str, published: dt.date | None = None, bare: bool = False
) -> list[DateMention]:
    """Every date in `text`, absolute or (given the publication date) relative, in order.

    With `bare`, a month named alone ("في سبتمبر") is a date too (a deadline's words may name
    the coming September so); without, it is too weak to date anything.
    """
    folded = fold(text)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(
        match: re.Match[str],
        value: tuple[str, str] | None,
        relative: bool,
        skip: int = 0,
        ahead: str = "",
    ) -> None:
        begin = match.start() + skip
        if value is None or any(s < match.end() and begin < e for s, e in taken):
            return
        taken.append((begin, match.end()))
        start, end = folded.original_span(begin, match.end())
        found.append(DateMention(start, end, value[0], value[1], relative, ahead))

    for match in _ABSOLUTE.finditer(folded.text):
        value = _absolute(match, published, bare)
        unqualified = not (match["y"] or match["rel"] or match["this"] or match["yrel"])
        ahead = ""
        if value is not None and unqualified and published is not None:
            today = published.isoformat()[: len(value[0])]
            ahead = value[0] if value[0] >= today else _next(*value)
        add(match, value, not match["y"], ahead=ahead)
    for match in _NUMERIC.finditer(folded.text):
        year = int(match["y"] or match["y_"])
        month, day = int(match["m"] or match["m_"]), int(match["d"] or match["d_"])
        ok = _real(year, month, day)
        add(match, (f"{year:04d}-{month:02d}-{day:02d}", "day") if ok else None, False)
    for match in _QUARTER.finditer(folded.text):
        add(match, _quarter(match, published), not match["y"])
    if published is not None:
        for match in _RELATIVE_DAY.finditer(folded.text):
            add(match, _relative_day(match, published), True)
        for match in _RELATIVE_PERIOD.finditer(folded.text):
            add(match, _relative_period(match, published), True)
        for match in _BARE_YEAR_EDGE.finditer(folded.text):
            add(match, (_edge_month(match["edge"], published.year), "month"), True)
    for match in _YEAR_EDGE.finditer(folded.text):
        add(match, (_edge_month(match["edge"], int(match["y"])), "month"), False)
    for match in _YEAR_ONLY.finditer(folded.text):
        skip = match.start("y") - match.start() if match["lead"] else 0
        add(match, (match["y"], "year"), False, skip)
    return sorted(found, key=lambda m: m.start)


def find_ranges(text: str, mentions: list[DateMention]) -> list[DateRange]:
    """Pairs of dates in `mentions` that `text` joins as one range ("بين X و Y", "X - Y").

    Two dates make a range when nothing but a joining word ("-", "و", "إلى", "حتى") stands
    between them and the first is opened by "بين" or "من", or they are joined by a dash.
    """
    found: list[DateRange] = []
    for year in (m for m in mentions if m.precision == "year"):
        joined = _YEAR_JOIN.match(fold(text[year.end : year.end + 16]).text)
        if joined is not None:  # "بين عامي 2025 و2026": the second year is bare
            folded = fold(text[year.end : year.end + 16])
            a, b = folded.original_span(joined.start("y"), joined.end("y"))
            last = DateMention(year.end + a, year.end + b, joined["y"], "year", False)
            if last.value > year.value and not any(m.start == last.start for m in mentions):
                found.append(DateRange(year.start, last.end, year, last))
    for first, last in zip(mentions, mentions[1:], strict=False):
        between = fold(text[first.end : last.start]).text.strip()
        if between.startswith("و") and len(between) > 1:
            between = "و"
        if between not in _RANGE_JOINS or first.precision == "year" != last.precision:
            continue
        opened = _RANGE_OPEN.search(fold(text[max(0, first.start - 14) : first.start]).text)
        if opened is None and between not in ("-", "–", "—"):
            continue
        start = first.start
        if opened is not None:
            start = first.start - len(text[max(0, first.start - 14) : first.start]) + opened.start()
        found.append(DateRange(max(0, start), last.end, first, last))
    return found
