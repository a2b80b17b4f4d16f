"""What a list of statements is drawn from: one corpus, its index and, once asked for, the
index of the statements the analyst rejected (which every other list leaves out)."""

from __future__ import annotations

from collections.abc import Sequence, Set

from .corrected import changed_in_place
from .index import Index, Results
from .model import Corpus, Statement


class Listing:
    """A corpus and its index (built here unless `index` is the corpus's own)."""

    def __init__(self, corpus: Corpus, index: Index | None = None) -> None:
        self.corpus = corpus
        self.index = index if index is not None and index.corpus is corpus else Index(corpus)
        self._rejected: Index | None = None

    def shown_index(self, rejected: bool) -> Index:
        """The index a list shows: every statement's, or with `rejected` those the analyst
        rejected (indexed when first asked for, and again once those change)."""
        if not rejected:
            return self.index
        c, known = self.corpus, self._rejected
        # Compared, not assumed: corrections saved since may have changed them in place.
        if (
            known is None
            or known.corpus.statements != c.rejected
            or (known.corpus.actors != c.actors)
        ):
            known = self._rejected = Index(Corpus(c.articles, c.actors, dict(c.rejected)))
        return known

    def take(self, corpus: Corpus, candidates: Set[str]) -> bool | None:
        """List `corpus`, the corrected corpus as it now is, in place of this one's when
        they differ only in the fields of some of `candidates` (the statements annotations
        name): the index takes those rows alone, in milliseconds. Whether a speaker changed
        (the actors' counts with it); None, with nothing taken, when the corpus changed in
        shape (a statement added, rejected or moved, an actor edited): index it anew."""
        changed = changed_in_place(self.corpus, corpus, candidates)
        if changed is None:
            return None
        self.corpus = self.index.corpus = corpus
        return any([self.index.replace(corpus.statements[sid])
                    for sid in sorted(changed) if sid in corpus.statements])  # fmt: skip

    def statement(self, statement_id: str | None) -> Statement | None:
        """The statement `statement_id`, rejected or not, if there is one."""
        key = statement_id or ""
        return self.corpus.statements.get(key) or self.corpus.rejected.get(key)


def with_kept(results: Results, index: Index, kept: Set[str]) -> tuple[Results, frozenset[str]]:
    """`results` of `index` and, in reading order among them, the statements of `kept` that
    are in the index but not in the results: the list a correction leaves the statement it
    took out of the filters in. Also which of `kept` were added."""
    added = frozenset(sid for sid in kept
                      if sid in index.position and results.find(sid, index) is None)  # fmt: skip
    if not added:
        return results, added
    positions = sorted([*results.positions, *(index.position[sid] for sid in added)])
    return Results(index.rows, positions), added


def neighbour(before: Sequence[str], was_at: int, listed: Results, index: Index) -> int | None:
    """Where in `listed` the selection goes when the statement at `was_at` of the list
    `before` (its ids) has left it: the statement that followed it, else the one before."""
    for i in [*range(was_at + 1, len(before)), *range(was_at - 1, -1, -1)]:
        found = listed.find(before[i], index)
        if found is not None:
            return found
    return None
