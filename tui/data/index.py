"""The statements of a corpus in reading order, indexed so filters and searches stay instant."""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

from ..arabic.normalise import fold_text
from .model import Corpus, Statement
from .query import (
    ByActor,
    ByActorKind,
    ByText,
    ByThreat,
    ByWithdrawal,
    Filter,
    Query,
    Row,
    actor_text,
    own_text,
)

# Separates statements in the folded search text; folding never makes or removes one.
_SEP = "\x00"
# Statements folded and searched together: large enough for C-speed finds, small enough
# that folding never holds the whole corpus's text twice.
CHUNK = 4096


class Results(Sequence[Row]):
    """Rows that passed a query, in reading order, without copying them out of the index."""

    def __init__(self, rows: Sequence[Row], positions: Sequence[int]) -> None:
        self._rows = rows
        self.positions = positions

    def __len__(self) -> int:
        return len(self.positions)

    @overload
    def __getitem__(self, i: int) -> Row: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Row]: ...
    def __getitem__(self, i: int | slice) -> Row | Sequence[Row]:
        if isinstance(i, slice):
            return [self._rows[p] for p in self.positions[i]]
        return self._rows[self.positions[i]]

    def __iter__(self) -> Iterator[Row]:
        rows = self._rows
        return (rows[p] for p in self.positions)

    def statements(self) -> list[Statement]:
        """The statements of these rows."""
        return [row.statement for row in self]

    def find(self, statement_id: str, index: Index) -> int | None:
        """Where `statement_id` is among these rows, if it is."""
        position = index.position.get(statement_id)
        if position is None:
            return None
        at = bisect_left(self.positions, position)
        return at if at < len(self.positions) and self.positions[at] == position else None


class Index:
    """Statements in reading order with per-label position lists and one folded search text."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        ordered = sorted(
            (s for s in corpus.statements.values() if s.actor in corpus.actors),
            key=lambda s: (s.article, s.start, s.end, s.id),
        )
        actors = corpus.actors
        self.rows: tuple[Row, ...] = tuple(Row(s, actors[s.actor]) for s in ordered)
        self.position = {s.id: i for i, s in enumerate(ordered)}
        self.labels = {
            "withdrawal": [s.withdrawal for s in ordered],
            "threat": [s.threat for s in ordered],
            "actor": [s.actor for s in ordered],
            "kind": [actors[s.actor].kind for s in ordered],
        }
        self._postings = {name: _postings(column) for name, column in self.labels.items()}
        # The folded text of CHUNK statements at a time, joined: a search is a few C-speed
        # finds per chunk, not a loop over rows, and folding never holds the whole corpus
        # twice. Actors' names are folded once per actor, not once per statement.
        self._chunks: list[tuple[str, array[int]]] = []
        for first in range(0, len(self.rows), CHUNK):
            rows = self.rows[first : first + CHUNK]
            text = fold_text(_SEP.join(own_text(r.statement).replace(_SEP, " ") for r in rows))
            self._chunks.append((text, _starts(text, len(rows))))
        self._actor_text = {a.id: fold_text(actor_text(a)) for a in actors.values()}

    def select(self, query: Query) -> list[Statement]:
        """The statements that pass `query`, in reading order."""
        return self.results(query).statements()

    def results(self, query: Query) -> Results:
        """The rows that pass `query`, in reading order."""
        if not query.filters:
            return Results(self.rows, range(len(self.rows)))
        found: set[int] | None = None
        others: list[Filter] = []
        # Indexed filters first, smallest set first; the rest test the survivors one by one.
        sets = [(f, self._matching(f)) for f in query.filters]
        for f, matched in sorted(sets, key=lambda fm: len(fm[1]) if fm[1] is not None else 1 << 62):
            if matched is None:
                others.append(f)
            else:
                found = matched if found is None else found & matched
        positions: Iterable[int] = sorted(found) if found is not None else range(len(self.rows))
        if others:
            rows = self.rows
            positions = [p for p in positions if all(f(rows[p]) for f in others)]
        return Results(self.rows, list(positions))

    def counts(self, results: Results, label: str) -> Counter[str]:
        """How many of `results` carry each value of `label` (withdrawal, threat, actor, kind)."""
        column = self.labels[label]
        if isinstance(results.positions, range) and len(results.positions) == len(column):
            return Counter(column)
        return Counter(map(column.__getitem__, results.positions))

    def _matching(self, f: Filter) -> set[int] | None:
        if isinstance(f, ByWithdrawal):
            return self._union("withdrawal", f.stances)
        if isinstance(f, ByThreat):
            return self._union("threat", f.levels)
        if isinstance(f, ByActor):
            return self._union("actor", (f.actor,))
        if isinstance(f, ByActorKind):
            return self._union("kind", f.kinds)
        if isinstance(f, ByText):
            return self._search(f.needle)
        return None

    def _union(self, label: str, values: Iterable[str]) -> set[int]:
        postings = self._postings[label]
        out: set[int] = set()
        for value in values:
            out.update(postings.get(value, ()))
        return out

    def _search(self, needle: str) -> set[int]:
        if not needle or _SEP in needle:
            return set()
        named = [a for a, text in self._actor_text.items() if needle in text]
        found = self._union("actor", named)
        for number, (text, starts) in enumerate(self._chunks):
            offset = number * CHUNK
            at = text.find(needle)
            while at >= 0:
                row = bisect_right(starts, at) - 1
                found.add(offset + row)
                # One hit is enough: go on from the start of the next statement.
                at = text.find(needle, starts[row + 1]) if row + 1 < len(starts) else -1
        return found


def _postings(column: Sequence[str]) -> dict[str, array[int]]:
    out: dict[str, array[int]] = {}
    for position, value in enumerate(column):
        out.setdefault(value, array("q")).append(position)
    return out


def _starts(text: str, count: int) -> array[int]:
    starts = array("q", bytes(8 * count))
    at = 0
    for i in range(1, count):
        at = text.index(_SEP, at) + 1
        starts[i] = at
    return starts
