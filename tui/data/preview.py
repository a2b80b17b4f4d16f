"""The first screenful of a large workspace, answered from its index before the corpus is read.

Reading and indexing 100,000 statements takes seconds; the first screen needs only the
rows it shows, the actors and a few counts. The workspace's index (diskindex.py) holds
each statement's byte range, its labels and actor, and the reading order, so the list's
length, the counts and the actors' summary come from those columns, and a row is parsed
from the file only when it is drawn. It is a stand-in while the corpus loads: the screen
holds keys until the full index takes its place (app.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, overload

import numpy as np
import numpy.typing as npt

from .corrections import correct
from .diskindex import Columns, Ranges, Spans, iter_records, texts
from .index import Index, Results
from .model import Article, Corpus, Statement
from .query import ByLabel, Predicate, Query, Row
from .records import RecordError, actor_from, article_from, statement_from
from .review import Annotation

Codes = npt.NDArray[np.int32]
# Rows parsed at a time around the one asked for: a screenful and the next.
BATCH = 64
UNSPECIFIED = "unspecified"


class LazyRows(Sequence[Row]):
    """Every listed row, in reading order, each parsed from the file when first asked for."""

    def __init__(self, parse: Callable[[range], dict[int, Row]], size: int) -> None:
        self._parse, self._size = parse, size
        self._rows: dict[int, Row] = {}

    def __len__(self) -> int:
        return self._size

    @overload
    def __getitem__(self, i: int) -> Row: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Row]: ...
    def __getitem__(self, i: int | slice) -> Row | Sequence[Row]:
        if isinstance(i, slice):
            return [self[p] for p in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        row = self._rows.get(i)
        if row is None:
            first = i - i % BATCH
            self._rows.update(self._parse(range(first, min(first + BATCH, len(self)))))
            row = self._rows[i]
        return row

    def __iter__(self) -> Iterator[Row]:
        return (self[i] for i in range(len(self)))


class _Positions(Mapping[str, int]):
    """Where each statement id is in reading order, looked up in the id column when asked."""

    def __init__(self, ids: npt.NDArray[np.bytes_], order: npt.NDArray[np.int64]) -> None:
        self._ids, self._order = ids, order  # ids: a text_column, in file order

    def __getitem__(self, key: str) -> int:
        stored = np.flatnonzero(self._ids == key.encode("utf-8", "surrogatepass"))
        at = np.flatnonzero(self._order == stored[0]) if len(stored) else stored
        if not len(at):
            raise KeyError(key)
        return int(at[0])

    def __iter__(self) -> Iterator[str]:
        return iter(texts(self._ids[self._order]))

    def __len__(self) -> int:
        return len(self._order)


class PreviewIndex(Index):
    """An Index over a workspace's index columns rather than its statements (see module)."""

    def __init__(self, path: Path, ranges: Ranges, columns: Columns,
                 annotations: Mapping[str, Annotation]) -> None:  # fmt: skip
        """Raises WorkspaceError-free RecordError when an actor record is damaged."""
        self.path = path
        self._spans = ranges.get("statements", Spans.of([]))
        self._article_spans = ranges.get("articles", Spans.of([]))
        self._columns = columns
        self._annotations = annotations
        actors = {
            a.id: a
            for a in (
                actor_from(r, f"actors record {d}")
                for d, r in iter_records(path, ranges.get("actors", []))
            )
        }
        # Filled as rows are parsed: the screen finds the statements and articles it shows.
        self.corpus = Corpus(articles={}, actors=actors, statements={})
        self.order: npt.NDArray[np.int64] = columns["order"]
        self.rows = LazyRows(self.parse, len(self.order))  # type: ignore[assignment]
        self.position = _Positions(columns["id"], self.order)
        self._coded_columns: dict[str, tuple[list[str], Codes]] = {}
        self._article_at: dict[str, int] | None = None

    @property
    def text(self) -> Any:
        """Search needs the whole corpus: the full index answers it."""
        raise RuntimeError("a preview does not search")

    def replace(self, statement: Statement) -> bool:
        """Corrections wait for the full index."""
        return False

    def parse(self, positions: range) -> dict[int, Row]:
        """The rows at `positions` (reading order), read from the file, as corrected."""
        # In file order: iter_records reads forward, a block at a time.
        wanted = sorted(((self._spans[int(self.order[p])], p) for p in positions),
                        key=lambda sp: sp[0][1])  # fmt: skip
        stored: dict[str, Statement] = {}
        at: dict[str, int] = {}
        records = iter_records(self.path, [span for span, _ in wanted])
        for (doc_id, record), (_, p) in zip(records, wanted, strict=True):
            s = statement_from(record, f"statements record {doc_id}")
            stored[s.id], at[s.id] = s, p
        # No field is corrected (see Workspace.preview), but a reviewed import's summary
        # reads differently.
        named = {k: a for k in (f"statement:{sid}" for sid in stored)
                 if (a := self._annotations.get(k)) is not None}  # fmt: skip
        corpus = self.corpus
        fixed = correct(Corpus(actors=corpus.actors, statements=stored), named).corpus
        out: dict[int, Row] = {}
        for sid, s in stored.items():
            s = fixed.statements.get(sid, s)
            corpus.statements[sid] = s
            out[at[sid]] = Row(s, corpus.actors[s.actor])
        self._read_articles({s.article for s in stored.values()})
        return out

    def _read_articles(self, ids: set[str]) -> None:
        if self._article_at is None:
            self._article_at = {a: i for i, a in enumerate(texts(self._columns["articles"]))}
        missing = sorted((self._article_spans[i] for a in ids - self.corpus.articles.keys()
                          if (i := self._article_at.get(a)) is not None),
                         key=lambda span: span[1])  # fmt: skip
        for doc_id, record in iter_records(self.path, missing):
            article: Article = article_from(record, f"articles record {doc_id}")
            self.corpus.articles[article.id] = article

    def show(self, statement_id: str) -> bool:
        """Parse the row of `statement_id` (a saved selection); whether it is listed."""
        position = self.position.get(statement_id)
        if position is not None:
            self.rows[position]  # noqa: B018 - parsed, so the corpus holds it
        return position is not None

    def _coded(self, label: str) -> tuple[list[str], Codes]:
        """The values of `label` and, in reading order, each row's value as its code."""
        if label not in self._coded_columns:
            if label == "kind":
                names, actor_codes = self._coded("actor")
                actors = self.corpus.actors
                kinds = [actors[a].kind for a in names]
                values = sorted(set(kinds))
                lookup = np.array([values.index(k) for k in kinds], dtype=np.int32)
                self._coded_columns[label] = (values, lookup[actor_codes])
            else:
                values, codes = self._columns[label]  # in file order
                self._coded_columns[label] = (values, codes[self.order])
        return self._coded_columns[label]

    def _mask(self, label: str, wanted: frozenset[str]) -> npt.NDArray[np.bool_]:
        values, codes = self._coded(label)
        return np.isin(codes, [i for i, v in enumerate(values) if v in wanted])

    def results(self, query: Query) -> Results:
        """The rows that pass `query`, label filters answered from the columns."""
        keep = np.ones(len(self.order), dtype=bool)
        others: list[Predicate] = []
        for f in query.filters:
            if isinstance(f, ByLabel):
                keep &= self._mask(f.label, f.values)
            else:
                others.append(f)
        if not query.filters:
            return Results(self.rows, range(len(self.order)))
        kept: list[int] = np.flatnonzero(keep).tolist()
        if others:  # each tested on its row, parsed for it (the app avoids this at scale)
            kept = [p for p in kept if all(f(self.rows[p]) for f in others)]
        return Results(self.rows, kept)

    def undated(self, query: Query) -> int:
        """How many of the rows that pass `query` were said on an unknown date."""
        return sum(1 for row in self.results(query) if row.statement.said_on is None)

    def counts(self, results: Results, label: str) -> Any:
        """How many of `results` carry each value of `label`."""
        from collections import Counter

        values, codes = self._coded(label)
        chosen = (
            codes
            if len(results) == len(codes)
            else codes[np.asarray(results.positions, dtype=np.int64)]
        )
        found = np.bincount(chosen, minlength=len(values))
        return Counter({v: int(n) for v, n in zip(values, found, strict=True) if n})

    def actor_summary(self) -> list[tuple[str, int, str]]:
        """As Index.actor_summary, from the columns: the stance most statements take, a tie
        going to the one said first in reading order, as Counter.most_common gives it."""
        actors, a = self._coded("actor")
        stances, w = self._coded("withdrawal")
        if not len(a):
            return []
        count = np.bincount(a, minlength=len(actors))
        seen, first = np.unique(a, return_index=True)
        specified = w != (stances.index(UNSPECIFIED) if UNSPECIFIED in stances else -1)
        pair = a[specified].astype(np.int64) * len(stances) + w[specified]
        pairs, pair_first, pair_count = np.unique(pair, return_index=True, return_counts=True)
        best: dict[int, tuple[int, int, int]] = {}  # actor → (-count, first, stance)
        for p, f, n in zip(pairs.tolist(), pair_first.tolist(), pair_count.tolist(),
                           strict=True):  # fmt: skip
            actor, stance = divmod(p, len(stances))
            key = (-n, f, stance)
            if actor not in best or key < best[actor]:
                best[actor] = key
        out = []
        for actor in seen[np.argsort(first, kind="stable")].tolist():
            stance = stances[best[actor][2]] if actor in best else UNSPECIFIED
            out.append((actors[actor], int(count[actor]), stance))
        return out


def open_preview(path: Path, ranges: Ranges, columns: Columns,
                 annotations: Mapping[str, Annotation]) -> PreviewIndex | None:  # fmt: skip
    """A preview of the workspace file at `path` from its current index, or None if the
    index lists no statements or a record it names is damaged (the full read says why)."""
    if not len(columns.get("order", ())):
        return None
    try:
        preview = PreviewIndex(path, ranges, columns, annotations)
        preview.rows[0]  # noqa: B018 - the first row parsed: the screen draws it at once
    except (RecordError, ValueError, KeyError, OSError):
        return None
    return preview
