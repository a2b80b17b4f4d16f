"""An article's publication date corrected: the dates said and the deadlines an import worked
out from it ("أمس", "نهاية الشهر الحالي", "خلال 12 شهراً"), worked out again from the new one.

The import reads them by the same stages (`attribute`, `date_quotations`, `deadlines_of`);
this runs them twice over the article's text, with the date before and after the correction,
so that a value the analyst corrected by hand (one that is neither stored nor what the
machine made of the old date) is told apart and left alone. Values equal to the stored ones
withdraw their correction, as every correction set back does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..data.dates import precision_of
from ..data.fixes import Fix, deadline_records, said_fix
from ..data.model import Article, Statement
from .attribution import attribute
from .dating import date_quotations
from .extract import deadlines_of

Said = tuple[str | None, str, str]  # the date, its precision, the words that date it


@dataclass(frozen=True, slots=True)
class Redated:
    """What a new publication date changes: statement id → the fix fields to set (None
    withdraws one), and the extracted statements the import's rules no longer find (the
    article read by a later mawqif), whose dates stand."""

    fixes: dict[str, dict[str, Any]]
    unmatched: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Item:
    """One extracted statement: as stored, as corrected now, and its correction."""

    stored: Statement
    corrected: Statement
    fix: Fix


def _said_on(article: Article, published: dt.date) -> dict[tuple[int, int], Said]:
    """When each quotation the import finds in `article` was said, by its span."""
    found = attribute(article.text, article.paragraphs)
    date_quotations(article.text, found.quotations, published)
    return {(q.start, q.end): q.said for q in found.quotations}


def redate(article: Article, before: dt.date, after: dt.date, items: Sequence[Item]) -> Redated:
    """The corrections that take the statements `items` of `article` from the publication
    date `before` (as it stands) to `after`: dates said and deadlines, each unless corrected
    by hand."""
    was, now = _said_on(article, before), _said_on(article, after)
    fixes: dict[str, dict[str, Any]] = {}
    unmatched: list[str] = []
    text = article.text
    for item in items:
        s, c, fix = item.stored, item.corrected, item.fix
        span = (s.start, s.end)
        if span not in was or span not in now:
            unmatched.append(s.id)
            continue
        fields: dict[str, Any] = {}
        hand_said = "said_on" in fix and _said_of(fix["said_on"])[:2] != was[span][:2]
        said = _said_of(fix["said_on"]) if hand_said else now[span]
        if not hand_said:
            fields["said_on"] = _kept(said_fix(said[0] or "", said[2]),
                                      said_fix(s.said_on or "", s.said_basis))  # fmt: skip
        derived = deadline_records(deadlines_of(text, c.start, c.end, c.verb_ar, was[span][:2],
                                                before))  # fmt: skip
        if "deadlines" not in fix or tuple(fix["deadlines"]) == derived:
            new = deadline_records(deadlines_of(text, c.start, c.end, c.verb_ar, said[:2], after))
            fields["deadlines"] = _kept(new, deadline_records(s.deadlines))
        # Only what changes: a field already as it would be set is left out.
        changes = {k: v for k, v in fields.items() if fix.get(k) != _as_stored(v)}
        if changes:
            fixes[s.id] = changes
    return Redated(fixes, tuple(unmatched))


def deadlines_said_anew(
    article: Article, statement: Statement, said_on: str
) -> tuple[dict[str, Any], ...] | None:
    """The deadline records of `statement` worked out again when its date said becomes
    `said_on` ("2025-03", "" for unknown): durations count from the day said ("خلال 12
    شهراً"). None when they stay as they are, or were corrected by hand (not what its old
    date said gives), which a new date said leaves alone."""
    published = dt.date.fromisoformat(article.published)

    def derived(date: str) -> tuple[dict[str, Any], ...]:
        precision = precision_of(date) or "unknown"
        found = deadlines_of(article.text, statement.start, statement.end, statement.verb_ar,
                             (date or None, precision), published)  # fmt: skip
        return deadline_records(found)

    current = deadline_records(statement.deadlines)
    if derived(statement.said_on or "") != current:
        return None  # set by hand, or by a later correction: the analyst's, kept
    new = derived(said_on)
    return None if new == current else new


def _said_of(value: Mapping[str, Any]) -> Said:
    return value["date"], value["precision"], value.get("basis", "")


def _kept(value: Any, stored: Any) -> Any:
    """`value` as a correction: None (none) when it is what is stored."""
    return None if _as_stored(value) == _as_stored(stored) else value


def _as_stored(value: Any) -> Any:
    """A value as a review file holds it (lists, not tuples), to compare."""
    if isinstance(value, (list, tuple)):
        return [_as_stored(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _as_stored(v) for k, v in value.items()}
    return value
