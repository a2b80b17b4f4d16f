"""The workspace on disk: the one module that touches TinyDB.

A workspace is two TinyDB files side by side: `NAME.json` holds the articles, actors,
statements and curated contradictions; `NAME.review.json` holds what changes at every
keypress (annotations, the analyst's corrections among them, and the session), so a
keypress never rewrites the corpus.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Set
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from tinydb import Query, TinyDB

from .corpus_io import create_workspace, require_whole
from .corrected import CorrectedCorpus
from .corrections import correct
from .files import (
    META,
    REVIEW_KIND,
    SCHEMA,
    WORKSPACE_KIND,
    Swept,
    Tables,
    WorkspaceError,
    locked,
    read_tables,
    review_path,
    sweep,
    write_atomically,
)
from .model import Actor, Corpus, Statement
from .query import ByLabel
from .reader import CorpusReader
from .records import (
    RecordError,
    analyst_actors_named,
    corpus_from_tables,
    merge_records,
    tables_from_corpus,
)
from .review import Annotation, ReviewError, annotation_from, annotation_record
from .storage import AtomicJSONStorage, SaveError

if TYPE_CHECKING:
    from .filter import Filter
    from .preview import PreviewIndex

__all__ = ["SaveError", "Workspace", "WorkspaceError", "create_workspace", "open_corpus",
           "read_tables", "review_path", "write_atomically"]  # fmt: skip

Change = Callable[[Annotation], Annotation]

# The labels that are a statement's own fields, and columns of the workspace's index.
STATEMENT_LABELS = ("actor", "withdrawal", "threat")


class Workspace:
    """A workspace: its corpus, the analyst's annotations, and the session to resume."""

    def __init__(self, path: Path, read_only: bool = False, whole: bool = True) -> None:
        """Open the workspace at `path`. With `whole`, a corpus that names records that do
        not exist or holds offsets outside its texts is refused (WorkspaceError); `check`
        opens with False to list every problem. A file whose index is current is one mawqif
        wrote, and mawqif writes only whole ones, so its index is trusted."""
        self.path = path
        self.read_only = read_only
        self.whole = whole
        self.review_path = review_path(path)
        # What killed writers left in the workspace's folder goes first (`check` says so).
        self.swept: list[Swept] = [] if read_only else sweep(self.review_path.parent)
        self._db = TinyDB(str(path), storage=AtomicJSONStorage, read_only=read_only, indexed=True)
        self._storage = cast(AtomicJSONStorage, self._db.storage)
        # The corpus as stored and as the analyst corrected it, and how it is read: through
        # the file's index, or from one parse of the file (reader.py).
        self._reader = CorpusReader(path, self._storage, whole, self.annotations)
        self._review = TinyDB(
            str(self.review_path), storage=AtomicJSONStorage, read_only=read_only,
            kinds=(REVIEW_KIND,), like=path,
        )  # fmt: skip
        self._review_storage = cast(AtomicJSONStorage, self._review.storage)
        self._saved: dict[str, Annotation] = self._read_annotations()
        self._pending: list[tuple[str, Change]] = []
        self._overlay: dict[str, Annotation] = {}
        self._write_lock = threading.Lock()
        self._apply_corrections()

    # -- the corpus -----------------------------------------------------------------

    @property
    def corpus(self) -> Corpus:
        """Everything the workspace holds (read on first use), as the analyst corrected it."""
        return self._reader.corpus

    @property
    def stored(self) -> Corpus:
        """The corpus as stored, before the analyst's corrections."""
        stored = self.corrected.stored
        assert stored is not None
        return stored

    @property
    def corrected(self) -> CorrectedCorpus:
        """The stored and corrected corpus: what changed, what could not apply (for `check`)."""
        self.corpus  # noqa: B018 - corrections are applied when the corpus is read
        return self._reader.view

    def original(self, statement_id: str) -> Statement | None:
        """The statement as stored, if the analyst's corrections changed it."""
        return self.corrected.original(statement_id)

    def _apply_corrections(self) -> None:
        """Work out the corrected corpus (see CorrectedCorpus): a new one if it changed,
        never the one handed out changed. Corrections are applied by the event loop (a
        key) and by workers (a save, a reload): one at a time, each from the annotations as
        they are then, so the last one made is of the latest annotations."""
        self._reader.apply()

    def actors(self) -> dict[str, Actor]:
        """The workspace's actors, read without its statements where the index allows."""
        return self._reader.actors()

    def preview(self) -> PreviewIndex | None:
        """The list's first screen from the index, before the corpus is read (preview.py);
        None when the corpus is read already, the index is stale, or a field is corrected."""
        return self._reader.preview()

    def statements_where(
        self, actor: str | None, withdrawal: Set[str], threat: Set[str]
    ) -> list[Statement]:
        """The statements with these labels (empty sets: any) in reading order: `select`
        with the filters these make."""
        from .filter import Filter

        return self.select(Filter(actor, frozenset(withdrawal), frozenset(threat)))

    def select(self, chosen: Filter) -> list[Statement]:
        """The statements that pass `chosen`, which filters by actor, withdrawal and threat
        only (ValueError otherwise), in reading order, reading only those records when the
        index allows: how `export` stays fast at scale."""
        tests = [(p.label, p.values) for p in chosen.query().filters
                 if isinstance(p, ByLabel) and p.label in STATEMENT_LABELS]  # fmt: skip
        if len(tests) != len(chosen.query().filters):
            raise ValueError(f"not filters by a statement's labels alone: {chosen}")
        return self._reader.select(tests)

    def tables(self) -> Tables:
        """The raw tables as stored (for checks that look below the model)."""
        return self._storage.read() or {}

    def add(self, corpus: Corpus | Callable[[Corpus], Corpus]) -> Corpus:
        """Add the articles, actors, statements and contradictions of `corpus` in one write;
        what was added.

        `corpus` may be a function of the workspace as it stands once this process holds the
        lock: an import matches its speakers against actors another process has just added,
        so eight imports at once store one actor once. A record whose id is stored is kept.
        """
        if self.read_only:
            raise SaveError(f"{self.path}: is read-only")
        with self._write_lock, locked(self.path):
            storage = self._storage
            storage.reload()  # another process may have imported meanwhile
            tables = self.tables()
            known = self._reader.held()
            if callable(corpus):
                # As it stands now, as the analyst corrected it (actors the analyst created).
                stored = self._whole_corpus(tables)
                known = correct(stored, self.annotations()).corpus
                corpus = corpus(known)
            new = tables_from_corpus(corpus)
            new["actors"] += analyst_actors_named(corpus, tables, known)
            merged = merge_records(tables, new)
            # A workspace file that did not exist yet gets its header with its first records.
            merged.setdefault(META, {"1": {"schema": SCHEMA, "kind": WORKSPACE_KIND}})
            new_corpus = self._whole_corpus(merged)  # never written broken: see __init__
            storage.write(merged)
            storage.forget()  # the corpus holds what is needed; the raw tables cost memory
            # A load from the corpus in hand: the index just written is never read back.
            self._reader.take(new_corpus)
            return corpus

    def _whole_corpus(self, tables: Tables) -> Corpus:
        """The corpus of `tables`, or WorkspaceError if it is damaged or broken (another
        process may have left the file so since it was opened)."""
        try:
            corpus = corpus_from_tables(tables)
        except RecordError as err:
            raise WorkspaceError(f"{self.path}: {err}") from None
        require_whole(self.path, corpus)
        return corpus

    def reload(self) -> bool:
        """Take in what another process wrote to the corpus or the review; whether any."""
        corpus = review = False
        with self._write_lock:
            if self._review_storage.reload():
                self._review.clear_cache()
                self._saved = self._read_annotations()
                review = True
            if self._storage.reload():
                self._reader.reread()  # the new corpus takes the old one's place whole
                corpus = True
        if review and not corpus:
            self._apply_corrections()
        return corpus or review

    # -- annotations ------------------------------------------------------------------

    def _read_annotations(self) -> dict[str, Annotation]:
        out: dict[str, Annotation] = {}
        for doc_id, record in self._review_tables().get("annotations", {}).items():
            try:
                annotation = annotation_from(record, f"annotation {doc_id}")
            except ReviewError as err:
                raise WorkspaceError(f"{self.review_path}: {err}") from None
            out[annotation.target] = annotation
        return out

    def _review_tables(self) -> Tables:
        return self._review_storage.read() or {}

    def annotation(self, target: str) -> Annotation:
        """The current annotation of `target`, saved or not yet saved."""
        return self._overlay.get(target) or self._saved.get(target) or Annotation(target)

    def annotations(self) -> dict[str, Annotation]:
        """Every annotation, with changes not yet saved applied."""
        return {**self._saved, **self._overlay}

    @property
    def unsaved(self) -> int:
        """How many changes wait to be written."""
        return len(self._pending)

    def annotate(self, target: str, change: Change) -> Annotation:
        """Apply `change` to `target` in memory at once; `save()` writes it."""
        return self.annotate_many({target: change})[target]

    def annotate_many(self, changes: Mapping[str, Change]) -> dict[str, Annotation]:
        """Apply each change to its target in memory at once, all or (when one raises)
        none, and the corrections once; `save()` writes them."""
        if self.read_only:
            raise SaveError(f"{self.path}: is read-only; open a workspace to annotate")
        new = {target: change(self.annotation(target)) for target, change in changes.items()}
        with self._write_lock:
            self._overlay.update(new)
            self._pending.extend(changes.items())
        self._apply_corrections()
        return new

    def save(self) -> list[str]:
        """Write every pending change in one atomic write; the targets another process had
        changed meanwhile (both versions are kept: theirs goes into the history).

        On failure raises SaveError and keeps the changes for the next try.
        """
        with self._write_lock:
            if not self._pending:
                return []
            with locked(self.review_path, like=self.path):
                storage = self._review_storage
                try:
                    storage.reload()
                except WorkspaceError as err:
                    raise SaveError(str(err)) from None
                self._review.clear_cache()
                on_disk = self._read_annotations()
                conflicts: list[str] = []
                results = dict(on_disk)
                for key, change in self._pending:
                    before = results.get(key) or Annotation(key)
                    if key in on_disk and on_disk[key] != self._saved.get(key):
                        conflicts.append(key)
                    results[key] = change(before)
                tables = {name: dict(t) for name, t in self._review_tables().items()}
                tables[META] = {"1": {"schema": SCHEMA, "kind": REVIEW_KIND}}
                table = {str(i + 1): annotation_record(a)
                         for i, a in enumerate(results.values())}  # fmt: skip
                tables["annotations"] = table
                storage.write(tables)
            self._review.clear_cache()
            self._saved = results
            self._pending.clear()
            self._overlay.clear()
        self._apply_corrections()  # another window may have corrected records meanwhile
        return sorted(set(conflicts))

    # -- the session ------------------------------------------------------------------

    def session(self) -> dict[str, Any]:
        """Where the analyst was when mawqif last stopped (screen, selection, filters)."""
        record = self._review_tables().get("session", {}).get("1", {})
        return dict(record) if isinstance(record, dict) else {}

    def save_session(self, state: dict[str, Any]) -> None:
        """Remember where the analyst is, for the next start."""
        if self.read_only:
            return
        with self._write_lock, locked(self.review_path, like=self.path):
            self._review_storage.reload()
            self._review.clear_cache()
            if self._review_tables().get(META) is None:
                self._review.table(META).insert({"schema": SCHEMA, "kind": REVIEW_KIND})
            self._review.table("session").upsert({"id": 1, **state}, Query().id == 1)
            self._saved = self._read_annotations()

    def close(self) -> None:
        """Release the databases."""
        self._db.close()
        self._review.close()


def open_corpus(path: Path) -> Corpus:
    """Read a corpus or workspace file without ever writing to it."""
    return Workspace(path, read_only=True).corpus
