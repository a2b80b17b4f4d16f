"""What the analyst filters the statements by, as one immutable value: the main screen holds
it, the Filters dialog edits it, the command line builds it, a saved session stores it."""

from __future__ import annotations

import re
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from .model import ACTOR_KINDS, THREAT, WITHDRAWAL
from .query import (
    ByActor,
    ByActorKind,
    ByDateRange,
    ByStatus,
    ByText,
    ByThreat,
    ByWithdrawal,
    Query,
    noted_text,
)
from .review import STATEMENT_STATUSES, Annotation, status_of

# Not a review status: the status filter's last value lists the statements the analyst
# rejected, which every other list, count and export leaves out.
REJECTED = "rejected"
STATUS_FILTERS = (*STATEMENT_STATUSES, REJECTED)

# A date as the filters take it: a year, a month or a day (YYYY[-MM[-DD]]).
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")

# The filters one key steps through, each with the values it steps through.
Cycled = Literal["withdrawal", "threat", "status"]
CYCLES: Mapping[Cycled, tuple[str, ...]] = {
    "withdrawal": WITHDRAWAL, "threat": THREAT, "status": STATUS_FILTERS,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Filter:
    """Every filter on the statements; empty sets and None mean "any"."""

    actor: str | None = None
    withdrawal: frozenset[str] = frozenset()
    threat: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    status: frozenset[str] = frozenset()  # review statuses, or REJECTED: see `rejected`
    date_from: str | None = None  # YYYY[-MM[-DD]], as DATE accepts
    date_to: str | None = None
    search: str = ""  # as typed; blank searches for nothing
    undated: bool = False  # with a date range, keep the statements whose date is unknown

    @property
    def rejected(self) -> bool:
        """Whether the list is the statements the analyst rejected (a list of its own)."""
        return REJECTED in self.status

    @property
    def dated(self) -> bool:
        """Whether a date range is set."""
        return bool(self.date_from or self.date_to)

    def query(self, annotations: Mapping[str, Annotation] | None = None,
              dates: bool = True) -> Query:  # fmt: skip
        """The query these filters make; `annotations` (target → annotation) answer the
        search in notes and tags and the review status. Without `dates`, the date range is
        left out (to count what it hides)."""
        notes = annotations if annotations is not None else {}
        query = Query()
        if self.actor:
            query &= ByActor(self.actor)
        if self.withdrawal:
            query &= ByWithdrawal(self.withdrawal)
        if self.threat:
            query &= ByThreat(self.threat)
        if self.kinds:
            query &= ByActorKind(self.kinds)
        if dates and self.dated:
            query &= ByDateRange(self.date_from, self.date_to, self.undated)
        if self.search.strip():
            query &= ByText(self.search, noted_text(notes))
        statuses = self.status - {REJECTED}  # rejected is a list of its own, not a test
        if statuses:
            query &= ByStatus(statuses, status_of(notes, "statement"))
        return query

    @property
    def active(self) -> bool:
        """Whether any filter would leave a statement out of the list."""
        return bool(self.query().filters)

    @property
    def description(self) -> str:
        """The active filters in words ("withdrawal opposes · “بغداد”"), or "all statements":
        what an export or a brief says it holds."""
        return self.query().description

    def terms(self) -> list[tuple[Literal["actor", "search", "words"], str]]:
        """The active filters as the filter bar lists them, in its order: ("actor", the
        actor's id), ("search", the words searched for), else ("words", the filter in words)."""
        out: list[tuple[Literal["actor", "search", "words"], str]] = []
        if self.actor:
            out.append(("actor", self.actor))
        for chosen in (ByWithdrawal(self.withdrawal), ByThreat(self.threat),
                       ByActorKind(self.kinds), ByStatus(self.status)):  # fmt: skip
            if chosen.values:  # rejected too: the bar says which list this is
                out.append(("words", chosen.description))
        if self.dated:
            out.append(("words", ByDateRange(self.date_from, self.date_to,
                                             self.undated).description))  # fmt: skip
        if self.search.strip():
            out.append(("search", self.search.strip()))
        return out

    def cycled(self, name: Cycled) -> Filter:
        """These filters with `name` stepped to its next single value (any → each → any)."""
        stepped = next_single(getattr(self, name), CYCLES[name])
        if name == "withdrawal":
            return replace(self, withdrawal=stepped)
        if name == "threat":
            return replace(self, threat=stepped)
        return replace(self, status=stepped)

    def to_state(self) -> dict[str, object]:
        """The filters as a saved session stores them (JSON: sets as sorted lists)."""
        return {
            "actor": self.actor, "withdrawal": sorted(self.withdrawal),
            "threat": sorted(self.threat), "kinds": sorted(self.kinds),
            "status": sorted(self.status), "search": self.search,
            "date_from": self.date_from, "date_to": self.date_to, "undated": self.undated,
        }  # fmt: skip

    @classmethod
    def from_state(cls, state: Mapping[str, Any], actors: Container[str]) -> Filter:
        """The filters a saved session held, skipping values this workspace does not know
        (an actor not among `actors`, a label not in the codebook, a date DATE refuses)."""

        def values(key: str, allowed: Sequence[str]) -> frozenset[str]:
            got = state.get(key)
            return frozenset(v for v in got if v in allowed) if isinstance(got, list) else (
                frozenset())  # fmt: skip

        def text(key: str) -> str | None:
            value = state.get(key)
            return value if isinstance(value, str) and value else None

        def date(key: str) -> str | None:
            # Only a date the filter dialog accepts: a hand-edited one would filter on nonsense.
            value = text(key)
            return value if value is not None and DATE.fullmatch(value) else None

        actor = text("actor")
        return cls(
            actor=actor if actor in actors else None,
            withdrawal=values("withdrawal", WITHDRAWAL),
            threat=values("threat", THREAT),
            kinds=values("kinds", ACTOR_KINDS),
            status=values("status", STATUS_FILTERS),
            date_from=date("date_from"),
            date_to=date("date_to"),
            search=text("search") or "",
            undated=state.get("undated") is True,
        )


def next_single(current: frozenset[str], values: tuple[str, ...]) -> frozenset[str]:
    """The next single value after `current` (any → each value → any)."""
    if len(current) != 1:
        return frozenset({values[0]})
    (value,) = current
    index = values.index(value) + 1
    return frozenset({values[index]}) if index < len(values) else frozenset()
