"""What a list of statements is drawn from: one corpus, its index and, once asked for, the
index of the statements the analyst rejected (which every other list leaves out)."""

from __future__ import annotations

from collections.abc import Set

from .corrected import changed_in_place
from .index import Index
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
        if known is None or known.corpus.statements != c.rejected or (
            known.corpus.actors != c.actors
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
