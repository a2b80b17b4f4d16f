"""The statements of a corpus in reading order, indexed so filters and searches stay instant."""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import chain
from typing import overload

import numpy as np
import numpy.typing as npt

from ..arabic.normalise import fold_text
from .model import Corpus, Statement
from .positions import Positions
from .query import (
    LABELS,
    ByLabel,
    ByText,
    Predicate,
    Query,
    Row,
    actor_text,
    own_text,
    prevailing,
)
from .textsearch import TextSearch

# Positions in the postings are C ints (four bytes; numpy's intc): 16 MB less than eight
# at 1,000,000 statements.
POSTING = "i"


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
        self.rows: list[Row] = [Row(s, actors[s.actor]) for s in ordered]
        self.position: Mapping[str, int] = Positions([s.id for s in ordered])
        self.labels = {name: list(map(label, self.rows)) for name, label in LABELS.items()}
        self._postings = {name: _postings(column) for name, column in self.labels.items()}
        self._text: TextSearch | None = None  # built on first use: see `text`
        # The app's loading thread builds it while the event loop may ask for it: once.
        self._text_lock = threading.Lock()
        self._patched: dict[int, str] = {}  # rows' folded text since corrected (see replace)
        # Each stance and threat label as one byte per statement, for counting in C.
        self._codes: dict[str, tuple[list[str], bytearray]] = {
            name: (values, bytearray(map({v: i for i, v in enumerate(values)}.__getitem__, column)))
            for name, column in self.labels.items()
            for values in [sorted(set(column))]
            if len(values) < 256
        }
        self._actor_text = {a.id: fold_text(actor_text(a)) for a in actors.values()}
        # The last search's answer: changing another filter while a word is in the search
        # field asks for it again.
        self._last_search: tuple[str, Sequence[int]] = ("", [])

    @property
    def text(self) -> TextSearch:
        """Every row's folded text, for search; built when first asked for (about a second
        at 100,000 statements), so a query without a search never pays for it. The app asks
        for it while it loads, off the event loop."""
        if self._text is None:
            with self._text_lock:
                if self._text is None:
                    self._text = TextSearch(own_text(row.statement) for row in self.rows)
                    self._patched.clear()
        return self._text

    def select(self, query: Query) -> list[Statement]:
        """The statements that pass `query`, in reading order."""
        return self.results(query).statements()

    def results(self, query: Query) -> Results:
        """The rows that pass `query`, in reading order."""
        if not query.filters:
            return Results(self.rows, range(len(self.rows)))
        matched: list[Sequence[int]] = []
        others: list[Predicate] = []
        for f in query.filters:
            positions = self._matching(f)
            if positions is None:
                others.append(f)
            else:
                matched.append(positions)
        # Indexed filters give sorted positions: start from the fewest, keep what the rest
        # also hold; filters without an index then test only the survivors.
        matched.sort(key=len)
        kept: Sequence[int] = matched[0] if matched else range(len(self.rows))
        if len(matched) > 1:
            # A flag a row for each further filter: linear in the rows, whatever the sizes
            # (a set of a million positions took longer than the search itself).
            within = as_array(kept)
            for more in matched[1:]:
                flags = np.zeros(len(self.rows), dtype=bool)
                flags[as_array(more)] = True
                within = within[flags[within]]
            kept = within  # type: ignore[assignment]  # an array of positions is a sequence
        if others:
            rows = self.rows
            kept = [p for p in kept if all(f(rows[p]) for f in others)]
        return Results(self.rows, kept)

    def actor_summary(self) -> list[tuple[str, int, str]]:
        """Each actor with statements listed: (actor id, how many, the withdrawal stance
        most of them take), actors in order of their first statement."""
        by_actor: dict[str, list[Statement]] = {}
        for row in self.rows:
            by_actor.setdefault(row.statement.actor, []).append(row.statement)
        return [(a, len(ss), prevailing(ss, "withdrawal")) for a, ss in by_actor.items()]

    def undated(self, query: Query) -> int:
        """How many of the rows that pass `query` were said on an unknown date."""
        return sum(1 for row in self.results(query) if row.statement.said_on is None)

    def replace(self, statement: Statement) -> bool:
        """Take in `statement` as the analyst corrected it (labels, speaker, summary,
        deadlines; its place in reading order unchanged) in place of its old version;
        whether its actor changed."""
        position = self.position.get(statement.id)
        if position is None:
            return False
        old = self.rows[position].statement
        actor = self.corpus.actors.get(statement.actor, self.rows[position].actor)
        self.rows[position] = Row(statement, actor)
        for label, before, after in (
            ("withdrawal", old.withdrawal, statement.withdrawal),
            ("threat", old.threat, statement.threat),
            ("actor", old.actor, statement.actor),
            ("kind", self.labels["kind"][position], actor.kind),
        ):
            if before != after:
                self._move(label, position, before, after)
        if own_text(old) != own_text(statement):
            # The search arrays are built once for all rows; a changed row's text is kept
            # aside and tested on its own, so one correction never rebuilds them.
            self._patched[position] = fold_text(own_text(statement))
            self._last_search = ("", [])
        return old.actor != statement.actor

    def _move(self, label: str, position: int, before: str, after: str) -> None:
        """Move one row from `before` to `after` in the postings and codes of `label`."""
        self.labels[label][position] = after
        postings = self._postings[label]
        was = postings[before]
        del was[bisect_left(was, position)]
        now = postings.setdefault(after, array(POSTING))
        now.insert(bisect_left(now, position), position)
        if label in self._codes:
            values, codes = self._codes[label]
            if after not in values:
                if len(values) == 255:  # no byte left for another value: count them instead
                    del self._codes[label]
                    return
                values.append(after)
            codes[position] = values.index(after)

    def counts(self, results: Results, label: str) -> Counter[str]:
        """How many of `results` carry each value of `label` (withdrawal, threat, actor, kind)."""
        if label not in self._codes:  # too many values for a byte each (actors): count them
            return Counter(map(self.labels[label].__getitem__, results.positions))
        values, codes = self._codes[label]
        chosen = np.frombuffer(codes, dtype=np.uint8)
        if len(results) != len(codes):
            chosen = chosen[as_array(results.positions)]
        found = np.bincount(chosen, minlength=len(values)).tolist()
        return Counter({v: n for v, n in zip(values, found, strict=False) if n})

    def _matching(self, f: Predicate) -> Sequence[int] | None:
        """The sorted positions that pass `f`, or None if `f` has no index."""
        if isinstance(f, ByLabel):
            return self._union(f.label, f.values)
        if isinstance(f, ByText):
            return self._noted(self._search(f.needle), f.needle, f.noted)
        return None

    def _union(self, label: str, values: Iterable[str]) -> Sequence[int]:
        postings = self._postings[label]
        lists = [postings[v] for v in set(values) if v in postings]
        if len(lists) == 1:
            return lists[0]
        return sorted(chain.from_iterable(lists))

    def _search(self, needle: str) -> Sequence[int]:
        if not needle:  # only marks that folding drops: like no search at all
            return range(len(self.rows))
        last_needle, last_found = self._last_search
        if needle == last_needle:
            return last_found
        found = self.text.matching(needle)
        for position, text in self._patched.items():
            found[position] = needle in text
        actors = self._postings["actor"]
        # Statements by an actor whose name matches, whatever they said (an actor may have
        # none left: all rejected, or all merged into another).
        for actor, text in self._actor_text.items():
            if needle in text and actor in actors:
                found[np.frombuffer(actors[actor], dtype=np.intc)] = True
        # An array, not a list: a million Python ints took 36 MB and 15 ms to make.
        positions: Sequence[int] = np.flatnonzero(found)  # type: ignore[assignment]
        self._last_search = (needle, positions)
        return positions

    def _noted(self, found: Sequence[int], needle: str, noted: Mapping[str, str]
               ) -> Sequence[int]:  # fmt: skip
        """`found` and the positions of statements whose note or tags hold `needle`: the
        analyst's few notes, folded already, are looked through one by one."""
        if not needle:
            return found
        at = self.position.get
        extra = [p for s, text in noted.items() if needle in text and (p := at(s)) is not None]
        if not extra:
            return found
        # A flag per row, not a set of positions: a letter most rows hold (and a few notes
        # do) made a million Python ints, set and sorted, 80 ms at 1,000,000 statements.
        flags = np.zeros(len(self.rows), dtype=bool)
        flags[as_array(found)] = True
        flags[extra] = True
        positions: Sequence[int] = np.flatnonzero(flags)  # type: ignore[assignment]
        return positions


def as_array(positions: Sequence[int]) -> npt.NDArray[np.intp]:
    """Positions (a list, a range, an array of C ints or a numpy array) as a numpy array."""
    if isinstance(positions, np.ndarray):
        return positions
    if isinstance(positions, array):
        return np.frombuffer(positions, dtype=np.intc).astype(np.intp)
    if isinstance(positions, range):
        return np.arange(positions.start, positions.stop, positions.step, dtype=np.intp)
    return np.asarray(positions, dtype=np.intp)


def _postings(column: Sequence[str]) -> dict[str, array[int]]:
    out: dict[str, array[int]] = {}
    for position, value in enumerate(column):
        out.setdefault(value, array(POSTING)).append(position)
    return out
