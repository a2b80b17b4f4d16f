"""Deadlines inside a statement: a date or period mapped to the withdrawal event it concerns.

Which event a clause speaks of is data (`tui/ingest/data/events.json`). A date counts when it
lies ahead of the day the words were said, or when its clause says the event is done ("اكتمل
الانسحاب في أيلول الماضي": the date it happened, which other claims may contradict). A range
("بين أيلول 2025 ونيسان 2026") is one commitment, due at its end; one statement gives one
date per event, except that two dates for the exit from Iraq are its two phases.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Final

from ..arabic import wordlists as wl
from ..arabic.dates import DateMention, find_dates, find_ranges
from ..arabic.durations import find_durations
from ..arabic.normalise import fold
from ..data.model import Deadline

_DATA: Final = wl.load("tui.ingest", "events.json")


def _patterns(key: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    rows = _DATA.get(key)
    if not isinstance(rows, list) or not all(
        isinstance(r, list) and len(r) == 2 and all(isinstance(x, str) for x in r) for r in rows
    ):
        raise wl.WordListError(f"events.json: {key!r} must be a list of [event, pattern]")
    return tuple((event, wl.pattern(pattern)) for event, pattern in rows)


def _pattern(key: str) -> re.Pattern[str]:
    value = _DATA.get(key)
    if not isinstance(value, str):
        raise wl.WordListError(f"events.json: {key!r} must be a pattern")
    return wl.pattern(value)


EVENT_PATTERNS: Final = _patterns("events")
_BASES: Final = _patterns("bases")
_THE_BASE: Final = _pattern("the_base")
# Whole words: "بمغادرة" (leaving, a verbal noun) says nothing is done; "غادرت" does.
_COMPLETED: Final = re.compile(r"(?<!\S)(?:و|ف)?(?:" + _pattern("completed").pattern + r")(?!\S)")
_DEADLINE_NAMED: Final = _pattern("deadline_named")  # "الموعد النهائي … في أيلول 2025"
_LEAD: Final = _pattern("lead")  # a word before the date that belongs to the cue ("حتى")
_AHEAD_LEAD: Final = _pattern("ahead_lead")  # "بحلول", "حتى": a date that is looked to
_FUTURE: Final = _pattern("future")  # "سينتهي", "سوف", "سيتم": the clause looks ahead
_SCHEDULE: Final = _pattern("schedule_named")  # "جداول زمنية … تقتضي الانسحاب نهاية 2025"
_PAST_SCHEDULE: Final = _pattern("past_schedule")  # "نصت أصلاً على … بحلول سبتمبر": the past one
_TODAY_DONE: Final = _pattern("today_done")  # "نعلن اليوم إكمال …": done on the day it is said
_OCCASION: Final = _pattern("occasion")  # "خلال زيارته لواشنطن في نيسان": when, not a due
_CLAUSE_BREAK = re.compile(r"[،,.؛;:]")


def _country(key: str) -> re.Pattern[str]:
    table = _DATA.get("countries")
    value = table.get(key) if isinstance(table, dict) else None
    if not isinstance(value, str):
        raise wl.WordListError(f"events.json: countries/{key} must be a pattern")
    return wl.pattern(value)


_COUNTRY: Final = {key: _country(key) for key in ("iraq", "syria", "us")}


def countries(text: str) -> frozenset[str]:
    """The countries `text` names, of "iraq" and "syria" (places and adjectives included)."""
    folded = fold(text).text
    return frozenset(key for key in ("iraq", "syria") if _COUNTRY[key].search(folded))


@dataclass(frozen=True, slots=True)
class Cue:
    """A deadline cue found in a quote, before it is tied to an event."""

    start: int
    end: int
    due: str
    derivation: str
    stated: bool = True  # the date is written out, not worked out from a period


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of `text` around [start, end): from the previous comma to the next."""
    before = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
    after = _CLAUSE_BREAK.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def last_base(context: str) -> str | None:
    """The base the text last names ("... قاعدة عين الأسد"), for a later "القاعدة"."""
    folded = fold(context).text
    best: tuple[int, str] | None = None
    for event, pattern in _BASES:
        for match in pattern.finditer(folded):
            if best is None or match.start() > best[0]:
                best = (match.start(), event)
    return best[1] if best else None


def _placed(event: str, quote: str, context: str) -> str:
    """A withdrawal the quote does not place ("سينسحبون خلال شهر") happens in the country the
    article named last before it: Iraq's exit, or Syria's."""
    if event != "coalition.iraq.full_withdrawal" or _COUNTRY["iraq"].search(fold(quote).text):
        return event
    before = fold(context[-600:]).text
    iraq = [m.end() for m in _COUNTRY["iraq"].finditer(before)]
    syria = [m.end() for m in _COUNTRY["syria"].finditer(before)]
    if syria and (not iraq or syria[-1] > iraq[-1]):
        us = _COUNTRY["us"].search(before)
        return "us.forces.syria.presence_end" if us else "coalition.syria_mission.end"
    return event


def event_of(text: str, start: int, end: int, context: str = "") -> str | None:
    """The event the clause around the cue speaks of, else the one the whole quote does.

    `context` is the article before the quote: "القاعدة" with no name is the base it last named,
    and a withdrawal with no place is in the country it last named.
    """
    c_start, c_end = _clause(text, start, end)
    for window in (text[c_start:c_end], text):
        folded = fold(window).text
        if _THE_BASE.search(folded) and not any(p.search(folded) for _, p in _BASES):
            base = last_base(context)
            if base is not None:
                return base
        for event, pattern in EVENT_PATTERNS:
            if pattern.search(folded):
                return _placed(event, text, context)
    return None


def _lead_start(quote: str, at: int) -> int:
    prefix = fold(quote[:at])
    lead = _LEAD.search(prefix.text)
    return prefix.original_span(lead.start(), lead.end())[0] if lead else at


def _done(quote: str, mention: DateMention) -> bool:
    """Whether the date's clause says the event has happened ("اكتمل الانسحاب في ...")."""
    c_start, c_end = _clause(quote, mention.start, mention.end)
    return bool(_COMPLETED.search(fold(quote[c_start:c_end]).text))


def _looks_ahead(quote: str, mention: DateMention) -> bool:
    """Whether the words around a date look to the future ("بحلول 15 سبتمبر", "سينتهي في")."""
    if _AHEAD_LEAD.search(fold(quote[: mention.start]).text):
        return True
    c_start, c_end = _clause(quote, mention.start, mention.end)
    return bool(_FUTURE.search(fold(quote[c_start:c_end]).text))


def _cues(quote: str, reference: dt.date, published: dt.date) -> list[Cue]:
    day = max(reference, published).isoformat()
    mentions = []
    for mention in find_dates(quote, published, bare=True):
        if _OCCASION.search(fold(quote[max(0, mention.start - 80) : mention.start]).text):
            continue  # the date of a visit or a meeting, not of the exit
        before = fold(quote[max(0, mention.start - 110) : mention.start]).text
        if mention.ahead and _PAST_SCHEDULE.search(before):
            pass  # "نصت الاتفاقية أصلاً على الانسحاب بحلول سبتمبر": the month already due
        elif mention.ahead:
            if not _looks_ahead(quote, mention):
                if mention.precision == "month" and not mention.relative:
                    continue  # "في سبتمبر" with nothing pointing ahead: too weak
            else:
                mention = replace(mention, value=mention.ahead)
        mentions.append(mention)
    ranges = {r.first: r for r in find_ranges(quote, mentions)}
    ends = {r.last for r in ranges.values()}
    found: list[Cue] = []
    for mention in mentions:
        if mention in ends:
            continue  # the end of a range counts with its start
        span = ranges.get(mention)
        last = span.last if span is not None else mention
        ahead = last.value[:7] > day[:7] or (last.precision == "day" and last.value > day)
        if last.value[:7] == day[:7] and last.precision == "month":
            ahead = _looks_ahead(quote, last) or last.relative  # "مع نهاية الشهر الحالي"
        if last.precision == "year":
            # "ستنتهي في عام 2026" said in 2026 looks ahead to the rest of the year
            ahead = last.value > day[:4] or (
                last.value == day[:4] and (last.relative or _looks_ahead(quote, last))
            )
        at = mention.start
        named = bool(_DEADLINE_NAMED.search(fold(quote[max(0, at - 60) : at]).text))
        named = named or bool(_SCHEDULE.search(fold(quote[max(0, at - 110) : at]).text))
        recent = int(last.value[:4]) >= int(day[:4]) - _RECENT_YEARS
        if (
            not ahead
            and not named
            and not (last.value[:7] <= day[:7] and recent and _done(quote, last))
        ):
            continue  # a past date is an event the words recall, unless the event is done
        # (or the words call it the deadline: "قبل الموعد النهائي المتفق عليه في أيلول 2025")
        due = last.value[:7] if last.precision == "month" else last.value
        if last.precision == "year":
            # A due date is a month or a day (design.md's codebook): "تنتهي في 2026" is due
            # by the year's end at the latest, its later bound.
            due = f"{last.value}-12"
        start = span.start if span is not None else _lead_start(quote, mention.start)
        how = f"{quote[start if span else mention.start : last.end]} → {due}"
        if last.precision == "year":
            how += " (a year alone: due by its end)"
        if span is not None:
            how = f"range {quote[span.start : span.end]}: due at its end → {due}"
        if last.relative:
            how += f" (relative to {published.isoformat()})"
        if not ahead:
            how += " (done by then)"
        found.append(Cue(start, last.end, due, how))
    today = _TODAY_DONE.search(fold(quote).text)
    if today is not None:
        # "نعلن اليوم إكمال إخلاء القواعد": the day it is said is the day it was done
        where = fold(quote).original_span(today.start(), today.end())
        found.append(Cue(where[0], where[1], reference.isoformat(),
                         f"announced done on the day said → {reference.isoformat()}"))  # fmt: skip
    for duration in find_durations(quote):
        until = duration.due(reference)
        if until is None:
            found.append(Cue(duration.start, duration.end, "indefinite",
                             f"open-ended: {duration.text}", stated=False))  # fmt: skip
            continue
        found.append(Cue(duration.start, duration.end, until,
                         f"{duration.text}: {duration.length} after {reference.isoformat()} "
                         f"→ {until}", stated=False))  # fmt: skip
    return found


# A withdrawal done more than this many years before the words were said is history ("the
# 2011 withdrawal"), not a claim about this exit that other dates could contradict.
_RECENT_YEARS: Final = 2
_MISSION: Final = "coalition.iraq.mission_end"
_EXIT: Final = "coalition.iraq.full_withdrawal"


def _phases(held: tuple[Cue, Deadline], cue: Cue, event: str) -> bool:
    """Whether a second written-out date for the exit, later than the first, is its end."""
    first = held[0]
    return (
        event == _EXIT
        and first.stated
        and cue.stated
        and cue.due[:7] > first.due[:7]
        and (first.due != "indefinite" and cue.due != "indefinite")
    )


def find_deadlines(
    text: str, start: int, end: int, reference: dt.date, published: dt.date
) -> tuple[Deadline, ...]:
    """The deadlines in text[start:end], tied to the events their clauses name; one per event.

    `reference` is the day the words were said (durations count from it); dates before it are
    kept only for an event the words say is done. Where a statement gives one event two
    dates, the written-out date wins over one worked out from a period, then the first.
    """
    quote = text[start:end]
    context = text[max(0, start - 2000) : start]
    out: dict[str, tuple[Cue, Deadline]] = {}
    for cue in sorted(_cues(quote, reference, published), key=lambda c: c.start):
        event = event_of(quote, cue.start, cue.end, context)
        if event is None:
            continue
        held = out.get(event)
        a, b = start + cue.start, start + cue.end
        deadline = Deadline(event, cue.due, a, b, text[a:b], cue.derivation)
        if held is not None and _phases(held, cue, event) and _MISSION not in out:
            # "خروج مئات … بحلول أيلول 2025 والبقية بحلول نهاية 2026": two dates for the exit
            # are its two phases, the first the end of the mission
            out[_MISSION] = (held[0], replace(held[1], event=_MISSION))
            out[event] = (cue, deadline)
            continue
        if held is not None and (held[0].stated or not cue.stated):
            continue
        out[event] = (cue, deadline)
    return tuple(d for _, d in sorted(out.values(), key=lambda pair: pair[1].cue_start))
