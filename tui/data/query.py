"""Immutable predicates over statements, combined with `&` into a query, with counts for side
panels. `filter.Filter` is the analyst's filters as one value, which makes such a query."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from typing import ClassVar, Protocol

from ..arabic.normalise import fold_text
from .model import Actor, Statement
from .review import Annotation


@dataclass(frozen=True, slots=True)
class Row:
    """A statement with what filtering and listing need beside it: its actor."""

    statement: Statement
    actor: Actor


class Predicate(Protocol):
    """A test on one row, with a description for the user."""

    @property
    def description(self) -> str:
        """What the predicate keeps, in a few words."""
        ...

    def __call__(self, row: Row) -> bool:
        """Whether `row` passes."""
        ...


# Each label a row can be filtered by, and how it is read off the row: the one place that
# says which field a label is. The index's postings, the preview's columns and the store's
# columns hold the same labels under the same names.
LABELS: Mapping[str, Callable[[Row], str]] = {
    "withdrawal": attrgetter("statement.withdrawal"),
    "threat": attrgetter("statement.threat"),
    "actor": attrgetter("statement.actor"),
    "kind": attrgetter("actor.kind"),
}


class ByLabel:
    """Rows whose `label` (a key of LABELS) is one of `values`: what "filter by a label"
    means, answered row by row here and, with the same label and values, from the index's
    postings or a file's columns."""

    __slots__ = ()
    label: ClassVar[str]
    name: ClassVar[str]  # the label in the words of a description

    @property
    def values(self) -> frozenset[str]:
        """The values that pass."""
        raise NotImplementedError

    @property
    def description(self) -> str:
        return f"{self.name} " + "|".join(sorted(self.values))

    def __call__(self, row: Row) -> bool:
        return LABELS[self.label](row) in self.values


@dataclass(frozen=True, slots=True)
class ByActor(ByLabel):
    """Statements by one actor."""

    actor: str
    label: ClassVar[str] = "actor"
    name: ClassVar[str] = "actor"

    @property
    def values(self) -> frozenset[str]:
        return frozenset((self.actor,))


@dataclass(frozen=True, slots=True)
class ByWithdrawal(ByLabel):
    """Statements whose withdrawal stance is one of `stances`."""

    stances: frozenset[str]
    label: ClassVar[str] = "withdrawal"
    name: ClassVar[str] = "withdrawal"

    @property
    def values(self) -> frozenset[str]:
        return self.stances


@dataclass(frozen=True, slots=True)
class ByThreat(ByLabel):
    """Statements whose ISIS-threat assessment is one of `levels`."""

    levels: frozenset[str]
    label: ClassVar[str] = "threat"
    name: ClassVar[str] = "threat"

    @property
    def values(self) -> frozenset[str]:
        return self.levels


@dataclass(frozen=True, slots=True)
class ByActorKind(ByLabel):
    """Statements by actors of one of `kinds` (official, expert, ...)."""

    kinds: frozenset[str]
    label: ClassVar[str] = "kind"
    name: ClassVar[str] = "kind"

    @property
    def values(self) -> frozenset[str]:
        return self.kinds


@dataclass(frozen=True, slots=True)
class ByDateRange:
    """Statements said within [start, end] (ISO prefixes: a year, a month or a day), and
    with `undated` those whose date said is unknown too."""

    start: str | None = None
    end: str | None = None
    undated: bool = False

    @property
    def description(self) -> str:
        return f"said {self.start or '…'} to {self.end or '…'}" + (" or undated" if self.undated
                                                                   else "")  # fmt: skip

    def __call__(self, row: Row) -> bool:
        said = row.statement.said_on
        if said is None:
            return self.undated
        # Compare at the coarser of the two precisions, so "2024-12" is within "2024-12-01..".
        if self.start is not None and said < self.start[: len(said)]:
            return False
        return self.end is None or said[: len(self.end)] <= self.end


@dataclass(frozen=True, slots=True)
class ByText:
    """Statements whose quote, summary, actor, verb, or the analyst's note or tags (given
    folded by statement id in `noted`, see `noted_text`) contain `text` (Arabic folded)."""

    text: str
    noted: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)
    needle: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Folded once here, not once per row.
        object.__setattr__(self, "needle", fold_text(self.text.strip()))

    @property
    def description(self) -> str:
        return f"“{self.text}”"

    def __call__(self, row: Row) -> bool:
        # One row at a time; the Index searches all rows at once without calling this.
        return self.needle in fold_text(search_text(row.statement, row.actor)) or (
            self.needle in self.noted.get(row.statement.id, "\0")
        )


@dataclass(frozen=True, slots=True)
class ByStatus:
    """Statements whose review status is one of `statuses`."""

    statuses: frozenset[str]
    status_of: Callable[[str], str] = field(compare=False, repr=False, default=lambda _: "")

    @property
    def values(self) -> frozenset[str]:
        """The statuses that pass."""
        return self.statuses

    @property
    def description(self) -> str:
        return "review " + "|".join(sorted(self.statuses))

    def __call__(self, row: Row) -> bool:
        return self.status_of(row.statement.id) in self.statuses


@dataclass(frozen=True, slots=True)
class Query:
    """A conjunction of predicates; `Query() & ByThreat(...)` makes a new query."""

    filters: tuple[Predicate, ...] = ()

    def __and__(self, other: Predicate) -> Query:
        return Query((*self.filters, other))

    @property
    def description(self) -> str:
        """The active filters in words, or "all statements"."""
        return " · ".join(f.description for f in self.filters) or "all statements"

    def __call__(self, row: Row) -> bool:
        return all(f(row) for f in self.filters)


def own_text(statement: Statement) -> str:
    """The statement's own searchable words: quote, English summary and speech verb."""
    return "\n".join((statement.quote_ar, statement.summary_en, statement.verb_ar))


def actor_text(actor: Actor) -> str:
    """An actor's searchable words: names in both languages, aliases and role."""
    return "\n".join((actor.name_ar, actor.name_en, *actor.aliases, actor.role))


def search_text(statement: Statement, actor: Actor) -> str:
    """What a search looks in for one statement: its own words and its actor's."""
    return own_text(statement) + "\n" + actor_text(actor)


@lru_cache(maxsize=65536)
def _folded(text: str) -> str:
    """`fold_text`, remembered: a note is folded once, not at every letter typed."""
    return fold_text(text)


def noted_text(annotations: Mapping[str, Annotation]) -> dict[str, str]:
    """The folded note and tags of each annotated statement, by statement id, for search."""
    out: dict[str, str] = {}
    for target, annotation in annotations.items():
        kind, _, item = target.partition(":")
        if kind == "statement" and (annotation.note or annotation.tags):
            out[item] = _folded("\n".join((annotation.note, *annotation.tags)))
    return out


def count_by(statements: Iterable[Statement], field: str) -> Counter[str]:
    """How many of `statements` carry each value of `field` (withdrawal, threat, actor)."""
    return Counter(str(getattr(s, field)) for s in statements)


def prevailing(statements: Sequence[Statement], field: str) -> str:
    """The most common specified value of `field`, or "unspecified"."""
    counts = count_by((s for s in statements if getattr(s, field) != "unspecified"), field)
    return counts.most_common(1)[0][0] if counts else "unspecified"
