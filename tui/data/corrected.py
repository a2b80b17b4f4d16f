"""The corpus as stored and as the analyst corrected it, kept in step as annotations change."""

from __future__ import annotations

from collections.abc import Mapping, Set

from .corrections import correct
from .model import Corpus, Statement
from .review import Annotation


class CorrectedCorpus:
    """A workspace's stored corpus and its corrected corpus.

    Neither is changed once made, so a worker thread may make the next one while the event
    loop reads the last: a change of annotations that alters the corrected corpus makes a
    new one, which takes the old one's place in one assignment; screens see it by its
    identity and take it in (`changed_in_place` says whether they may patch their index
    rather than build another). A change that alters nothing keeps the corpus handed out.
    """

    def __init__(self) -> None:
        self.stored: Corpus | None = None
        self.corpus: Corpus | None = None
        self.problems: tuple[str, ...] = ()
        self._named: set[str] = set()  # the statements annotations named when last applied

    def set_stored(self, stored: Corpus, annotations: Mapping[str, Annotation]) -> None:
        """Start again from `stored` (read or imported): a new corrected corpus, made before
        it takes the old one's place (a reader meanwhile sees the old one, never none)."""
        result = correct(stored, annotations)
        self.problems, self._named = result.problems, statements_named(annotations)
        self.stored, self.corpus = stored, result.corpus

    def apply(self, annotations: Mapping[str, Annotation]) -> None:
        """Work out the corrected corpus for `annotations`."""
        if self.stored is None:
            return
        result = correct(self.stored, annotations)
        self.problems = result.problems
        named = statements_named(annotations)
        candidates, self._named = named | self._named, named
        new, old = result.corpus, self.corpus
        if old is not None and changed_in_place(old, new, candidates) == set():
            return  # the same statements: the corpus handed out stands
        self.corpus = new

    def original(self, statement_id: str) -> Statement | None:
        """The statement as stored, if the analyst's corrections changed it."""
        if self.stored is None or self.corpus is None:
            return None
        stored = self.stored.statements.get(statement_id)
        current = self.corpus.statements.get(statement_id) or self.corpus.rejected.get(statement_id)
        return stored if stored is not None and current is not stored else None


def statements_named(annotations: Mapping[str, Annotation]) -> set[str]:
    """The ids of the statements `annotations` (target → annotation) are about."""
    return {key.partition(":")[2] for key in annotations if key.startswith("statement:")}


def changed_in_place(old: Corpus, new: Corpus, candidates: Set[str]) -> set[str] | None:
    """The statements that differ between two corrected corpora of one stored corpus, if
    that is all that differs and each keeps its place in reading order; None when the
    corpus changed in shape (a statement added, rejected or moved, an actor or an article
    edited), which only a new index can take in. Only `candidates`, the statements
    annotations name, can differ, so only they are compared (a few, among 100,000)."""
    if (
        old.actors != new.actors
        or old.articles is not new.articles
        and (old.articles != new.articles)
    ):
        return None
    changed: set[str] = set()
    for pool, fresh in ((old.statements, new.statements), (old.rejected, new.rejected)):
        if len(pool) != len(fresh):
            return None
        for sid in candidates:
            before, statement = pool.get(sid), fresh.get(sid)
            if before == statement:  # a correction applied again makes an equal value
                continue
            if before is None or statement is None:
                return None
            if (before.article, before.start, before.end) != (statement.article, statement.start,
                                                             statement.end):  # fmt: skip
                return None
            changed.add(sid)
    return changed
