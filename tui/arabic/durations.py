"""Durations in Arabic news text: periods ("خلال 12 شهراً", "في غضون أسبوع", "مهلة ثلاثين
يوماً"), a vague near future ("خلال الأيام المقبلة") and open ends ("فترة غير معلومة").

The words are data (`tui/arabic/data/dates.json`: units, duals, number words, leads and
tails); matched on folded text, every span points back into the original text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Final

from . import wordlists as wl
from .dates import MONTHS, NUMBER_WORDS, add_months
from .normalise import fold

_DATA: Final = wl.load("tui.arabic", "dates.json")  # cached: the dates' own load
_alt = wl.alternation
_B = r"(?<![\w])"  # a word starts here
_E = r"(?![\w])"  # a word ends here
_MONTH = _alt(MONTHS)
_OPEN_ENDS: Final = wl.phrases(_DATA, "open_ends")
_UNITS: Final[dict[str, dict[str, int]]] = wl.table(_DATA, "units", dict)
_DUALS: Final[dict[str, dict[str, int]]] = wl.table(_DATA, "duals", dict)
_SINGLE: Final[dict[str, dict[str, int]]] = wl.table(_DATA, "single_units", dict)

_NUMBER = _alt(list(NUMBER_WORDS) + ["ال" + w for w in NUMBER_WORDS])
_DURATION = re.compile(
    rf"{_B}(?P<lead>{_alt(wl.phrases(_DATA, 'duration_leads'))})\s+"
    rf"(?:(?:نحو|حوالي|قرابه|زهاء|ما يقارب)\s+)?"  # "خلال نحو عشرين يوماً": about
    rf"(?:(?P<dual>{_alt(_DUALS)})"
    rf"|(?:ال\s*)?(?P<n>\d{{1,3}}|{_NUMBER})\s+(?P<unit>{_alt(_UNITS)})"
    rf"|(?P<unit2>{_alt(_UNITS)})\s+(?:ال\s*)?(?P<n2>\d{{1,3}}|{_NUMBER})"
    rf"|(?P<one>{_alt(_SINGLE)})(?!\s*(?:\d|{_MONTH})))"
    rf"(?:\s+(?:{_alt(wl.words(_DATA, 'duration_tails'))}))?{_E}"
    rf"(?!\s+(?:{_alt(wl.words(_DATA, 'past_tails'))}){_E})"  # "خلال الأشهر الخمسة الماضية"
)
# "خلال الأيام المقبلة": a vague near future, counted as its smallest reading.
_VAGUE: Final[dict[str, dict[str, int]]] = wl.table(_DATA, "vague_periods", dict)
_VAGUE_PERIOD = re.compile(
    rf"{_B}(?:{_alt(wl.phrases(_DATA, 'duration_leads'))})\s+(?P<period>{_alt(_VAGUE)}){_E}"
)
_INDEFINITE = re.compile(rf"{_B}(?:[لبو](?=\S))?(?:{'|'.join(_OPEN_ENDS)}){_E}")


@dataclass(frozen=True, slots=True)
class Duration:
    """A period written in the text ("خلال 12 شهراً", "خلال أسبوع"), or an open end.

    A period is `months` months or `days` days long; both are None for an open end
    ("فترة غير معلومة").
    """

    start: int
    end: int
    months: int | None
    text: str
    days: int | None = None

    def due(self, reference: dt.date) -> str | None:
        """The month ("YYYY-MM") the period ends in, counted from `reference`; None if open."""
        if self.days is not None:
            end = reference + dt.timedelta(days=self.days)
            return f"{end.year:04d}-{end.month:02d}"
        if self.months is None:
            return None
        year, month = add_months(reference, self.months)
        return f"{year:04d}-{month:02d}"

    @property
    def length(self) -> str:
        """The period in words: "12 months", "14 days", or "no end"."""
        if self.days is not None:
            return f"{self.days} day{'s' if self.days != 1 else ''}"
        if self.months is not None:
            return f"{self.months} month{'s' if self.months != 1 else ''}"
        return "no end"


def _number(word: str) -> int:
    word = word.removeprefix("ال") if not word.isdigit() else word
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, NUMBER_WORDS.get("ال" + word, 0))


def find_durations(text: str) -> list[Duration]:
    """Every period ("لمدة سنتين", "خلال أسبوع", "مهلة ثلاثين يوماً") and open end in `text`."""
    folded = fold(text)
    found: list[Duration] = []
    for match in _DURATION.finditer(folded.text):
        if match["dual"]:
            size = _DUALS[match["dual"]]
            count = 1
        elif match["one"]:
            size, count = _SINGLE[match["one"]], 1
        else:
            size = _UNITS[match["unit"] or match["unit2"]]
            count = _number(match["n"] or match["n2"])
        if count <= 0:
            continue
        start, end = folded.original_span(match.start(), match.end())
        if "days" in size:
            found.append(Duration(start, end, None, text[start:end], count * size["days"]))
        else:
            found.append(Duration(start, end, count * size["months"], text[start:end]))
    for match in _VAGUE_PERIOD.finditer(folded.text):
        start, end = folded.original_span(match.start(), match.end())
        found.append(Duration(start, end, None, text[start:end], _VAGUE[match["period"]]["days"]))
    for match in _INDEFINITE.finditer(folded.text):
        start, end = folded.original_span(match.start(), match.end())
        found.append(Duration(start, end, None, text[start:end]))
    return sorted(found, key=lambda d: d.start)
