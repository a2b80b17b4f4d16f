"""Dates as the workspace writes them: when a statement was said, when a deadline falls due."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

# A year, a month or a day as the workspace writes them, in ASCII digits.
_PRECISION_FORM: Final = {
    "day": re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})"),
    "month": re.compile(r"([0-9]{4})-([0-9]{2})()"),
    "year": re.compile(r"([0-9]{4})()()"),
}

# The years a deadline may fall due in. The earliest presence these deadlines could end is
# the 2003 invasion, and a date decades ahead is a typing slip ("2052" for "2025") far more
# often than a plan; both ends reject a year the timeline would otherwise pin to its edge.
DUE_YEARS: Final = (2003, 2050)
DUE_FORMS: Final = "YYYY, YYYY-MM, YYYY-MM-DD or indefinite"
SAID_FORMS: Final = "YYYY, YYYY-MM, YYYY-MM-DD (or empty)"


def valid_date(value: str, precision: str) -> bool:
    """Whether `value` is a real date written at `precision` (day, month or year)."""
    form = _PRECISION_FORM.get(precision)
    found = form.fullmatch(value) if form is not None else None
    if found is None:
        return False
    year, month, day = (int(part or 1) for part in found.groups())
    try:
        # A calendar check without strptime, which costs ten times as much: `check` and
        # every command's look at the workspace test a date per statement.
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def due_problem(value: str) -> str | None:
    """Why `value` cannot be a deadline's due date, in a sentence; None when it can."""
    if value == "indefinite":
        return None
    if not any(valid_date(value, precision) for precision in ("day", "month", "year")):
        return f"the due date {value!r} is not {DUE_FORMS}"[:160]
    first, last = DUE_YEARS
    if not first <= int(value[:4]) <= last:
        return f"the due date {value!r} is outside the years {first}–{last}"
    return None


def valid_due(value: str) -> bool:
    """Whether a deadline's due value is a year, a month or a day in `DUE_YEARS`, or
    `indefinite`."""
    return due_problem(value) is None


def precision_of(value: str) -> str | None:
    """The precision a date is written at (day, month or year; "unknown" for "" or
    "unknown"), or None when `value` is no real date in one of those forms."""
    if value in ("", "unknown"):
        return "unknown"
    return next((p for p in ("day", "month", "year") if valid_date(value, p)), None)


def _years_problem(what: str, value: str) -> str | None:
    first, last = DUE_YEARS
    if not first <= int(value[:4]) <= last:
        return f"the {what} {value!r} is outside the years {first}–{last}"
    return None


def said_problem(value: str) -> str | None:
    """Why `value` cannot be the date a statement was said, in a sentence; None when it can
    (a year, a month or a day in `DUE_YEARS`, or "" / "unknown" for unknown)."""
    precision = precision_of(value)
    if precision is None:
        return f"the date said {value!r} is not {SAID_FORMS}"[:160]
    return None if precision == "unknown" else _years_problem("date said", value)


def published_problem(value: str) -> str | None:
    """Why `value` cannot be an article's publication date (a day, YYYY-MM-DD, in
    `DUE_YEARS`), in a sentence; None when it can."""
    if not valid_date(value, "day"):
        return f"the publication date {value!r} is not a date YYYY-MM-DD"[:160]
    return _years_problem("publication date", value)
