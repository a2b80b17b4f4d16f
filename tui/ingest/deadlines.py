"""Deadlines inside a statement: a date or period mapped to the event its clause names."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Final

from ..arabic.dates import add_months, find_dates, find_durations
from ..arabic.normalise import fold
from ..data.model import Deadline

# Which event a clause speaks of, most specific first (a base before the whole withdrawal).
# Patterns are written as reporters write them and folded like the text.
_EVENT_WORDS: Final[tuple[tuple[str, str], ...]] = (
    ("coalition.iraq.full_withdrawal_decision",
     "(يتخذ|سيتخذ|تتخذ|ستتخذ|اتخاذ|يصدر|سيصدر) (ال)?قرار (ال)?(انسحاب|خروج|إخراج)"),
    ("coalition.base.ain_al_asad.exit", "عين الأسد"),
    ("coalition.base.harir.exit", "حرير|أربيل"),
    ("coalition.syria_mission.end", "(مهمة|المهمة|مهام)[^،.]{0,60}سوريا"),
    ("us.forces.syria.presence_end",
     "(القوات|قوات|قواتنا|الوجود|القواعد) (الأمريكية|الأميركية|الأمريكي|الأميركي)?"
     "[^،.]{0,40}سوريا"),
    ("us.forces.iraq.presence_end",
     "(القوات|قوات|الوجود|القواعد|الجنود) (الأمريكية|الأميركية|الأمريكي|الأميركي)"),
    ("coalition.iraq.mission_end", "مهمة|المهمة|مهام|مهمته|المهام"),
    ("coalition.iraq.transition_to_bilateral",
     "(الانتقال|تتحول|ننتقل) .{0,20}(شراكة|شراكات|علاقات|علاقة) .{0,10}ثنائي"),
    ("coalition.iraq.full_withdrawal",
     "خروج|انسحاب|إخراج|مغادرة|تنسحب|ستغادر|يغادر|أجنبي|أجنبية|أجنبيا"),
)  # fmt: skip
EVENT_PATTERNS: Final = tuple((e, re.compile(fold(p).text)) for e, p in _EVENT_WORDS)
# A word before the date that belongs to the cue ("حتى أيلول 2026", "بحلول نهاية سبتمبر").
_LEAD = re.compile(fold(r"(في|حتى|بحلول|قبل|بعد|أقصاه|موعد أقصاه|خلال|مع)\s+$").text)
_CLAUSE_BREAK = re.compile(r"[،,.؛;:]")


@dataclass(frozen=True, slots=True)
class Cue:
    """A deadline cue found in a quote, before it is tied to an event."""

    start: int
    end: int
    due: str
    derivation: str


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of `text` around [start, end): from the previous comma to the next."""
    before = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
    after = _CLAUSE_BREAK.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def event_of(text: str, start: int, end: int) -> str | None:
    """The event the clause around the cue speaks of, else the one the whole quote does."""
    c_start, c_end = _clause(text, start, end)
    for window in (text[c_start:c_end], text):
        folded = fold(window).text
        for event, pattern in EVENT_PATTERNS:
            if pattern.search(folded):
                return event
    return None


def _cues(quote: str, reference: dt.date, published: dt.date) -> list[Cue]:
    day = max(reference, published).isoformat()
    found: list[Cue] = []
    for mention in find_dates(quote, published):
        if mention.precision == "year" or mention.value[:7] < day[:7]:
            continue  # a year alone is no deadline; a past date is an event, not a deadline
        if mention.precision == "day" and mention.value <= day:
            continue  # the day it was said, or an event before publication
        prefix = fold(quote[: mention.start])
        lead = _LEAD.search(prefix.text)
        start = prefix.original_span(lead.start(), lead.end())[0] if lead else mention.start
        due = mention.value[:7] if mention.precision == "month" else mention.value
        how = f"{quote[mention.start : mention.end]} → {due}"
        if mention.relative:
            how += f" (relative to {published.isoformat()})"
        found.append(Cue(start, mention.end, due, how))
    for duration in find_durations(quote):
        if duration.months is None:
            found.append(Cue(duration.start, duration.end, "indefinite",
                             f"open-ended: {duration.text}"))  # fmt: skip
            continue
        year, mon = add_months(reference, duration.months)
        due = f"{year:04d}-{mon:02d}"
        found.append(Cue(duration.start, duration.end, due,
                         f"{duration.text}: {duration.months} months after "
                         f"{reference.isoformat()} → {due}"))  # fmt: skip
    return found


def find_deadlines(
    text: str, start: int, end: int, reference: dt.date, published: dt.date
) -> tuple[Deadline, ...]:
    """The deadlines in text[start:end], tied to the events their clauses name."""
    quote = text[start:end]
    out: dict[tuple[str, str], Deadline] = {}
    for cue in sorted(_cues(quote, reference, published), key=lambda c: c.start):
        event = event_of(quote, cue.start, cue.end)
        if event is None or (event, cue.due) in out:
            continue
        a, b = start + cue.start, start + cue.end
        out[(event, cue.due)] = Deadline(event, cue.due, a, b, text[a:b], cue.derivation)
    return tuple(out.values())
