"""The corpus as stored and as the analyst corrected it, kept in step as annotations change."""

from __future__ import annotations

from collections.abc import Mapping, Set

from .corrections import correct
from .model import Corpus, Statement
from .review import Annotation


class CorrectedCorpus:
    """A workspace's stored corpus, its corrected corpus, and what changed between them.

    When a change of annotations alters only some statements' fields, and each keeps its
    place in reading order, those statements are replaced in the corpus already handed out,
    so screens update those rows alone (`take_changed`); otherwise a new corpus takes its
    place, which screens see by its identity and index anew.
    """

    def __init__(self) -> None:
        self.stored: Corpus | None = None
        self.corpus: Corpus | None = None
        self.problems: tuple[str, ...] = ()
        self._changed: set[str] = set()
        self._named: set[str] = set()  # the statements annotations named when last applied

    def set_stored(self, stored: Corpus, annotations: Mapping[str, Annotation]) -> None:
        """Start again from `stored` (read or imported): a new corrected corpus."""
        self.stored, self.corpus = stored, None
        self.apply(annotations)

    def apply(self, annotations: Mapping[str, Annotation]) -> None:
        """Work out the corrected corpus for `annotations`."""
        if self.stored is None:
            return
        result = correct(self.stored, annotations)
        self.problems = result.problems
        named = {key.partition(":")[2] for key in annotations if key.startswith("statement:")}
        candidates, self._named = named | self._named, named
        new, old = result.corpus, self.corpus
        changed = changed_in_place(old, new, candidates) if old is not None else None
        if old is None or changed is None:
            self.corpus = new
            return
        for sid in changed:
            if sid in new.statements:
                old.statements[sid] = new.statements[sid]
            else:
                old.rejected[sid] = new.rejected[sid]
        self._changed |= changed

    def original(self, statement_id: str) -> Statement | None:
        """The statement as stored, if the analyst's corrections changed it."""
        if self.stored is None or self.corpus is None:
            return None
        stored = self.stored.statements.get(statement_id)
        current = self.corpus.statements.get(statement_id) or self.corpus.rejected.get(
            statement_id
        )
        return stored if stored is not None and current is not stored else None

    def has_changed(self) -> bool:
        """Whether statements changed in place that nobody has taken yet."""
        return bool(self._changed)

    def take_changed(self) -> set[str]:
        """The statements changed in place since this was last asked."""
        changed, self._changed = self._changed, set()
        return changed


def changed_in_place(old: Corpus, new: Corpus, candidates: Set[str]) -> set[str] | None:
    """The statements that differ between two corrected corpora of one stored corpus, if
    that is all that differs and each keeps its place in reading order; None when the
    corpus changed in shape (a statement added, rejected or moved, an actor edited), which
    only a new index can take in. Only `candidates`, the statements annotations name, can
    differ, so only they are compared (a few, among 100,000)."""
    if old.actors != new.actors:
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
