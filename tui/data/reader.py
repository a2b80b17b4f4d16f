"""A workspace file's corpus for one load: its index answers until the corpus is read, then
the corpus answers everything.

A load is an open, a write this process made (the corpus is then in hand), or another
process's write taken in. At an open with a current index (diskindex.py) and no annotation
that corrects a field, the index's columns answer the actors, a preview of the list
(preview.py) and a selection by labels, reading only the records those name. The corpus is
read the first time it is needed, once, in one pass over the file through the index; from
then on it answers, and the index (30 MB at 100,000 statements) is let go. With no current
index the file is parsed whole at once, which checks every record.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .corpus_io import CorpusStorage, DiskIndex, check_indexed_header, load_corpus
from .corrected import CorrectedCorpus
from .corrections import correct
from .diskindex import Spans, iter_records, read_index
from .files import WorkspaceError
from .model import Actor, Corpus, Statement
from .records import RecordError, corpus_from_items
from .review import Annotation

if TYPE_CHECKING:
    from .preview import PreviewIndex

# A statement's label and the values that pass, as Workspace.select gives them.
Tests = list[tuple[str, frozenset[str]]]


class CorpusReader:
    """The stored and corrected corpus of the workspace file at `path`, and what its index
    answers before the corpus is read (see module).

    `annotations`, a bound method, gives the workspace's annotations as they are when
    called. Every call is safe from any thread: the corpus is read once, whoever asks
    first, and each corrected corpus takes the last one's place whole (CorrectedCorpus).
    """

    def __init__(self, path: Path, storage: CorpusStorage, whole: bool,
                 annotations: Callable[[], Mapping[str, Annotation]]) -> None:  # fmt: skip
        """Read the file's index, and check its header; with no current index, read the
        corpus now. `whole`: see load_corpus. Raises WorkspaceError. The first apply()
        applies the annotations."""
        self.path = path
        self._storage = storage
        self._whole = whole
        # Held weakly: the workspace holds the reader, so a closed workspace's corpus goes
        # when the workspace does, not at the next full garbage collection.
        self._annotations_of = weakref.WeakMethod(annotations)
        self._lock = threading.RLock()
        self.view = CorrectedCorpus()
        # How the corpus is read, kept until it is.
        self._index = read_index(path)
        # Whether the index's columns answer: decided at each load (and by the first
        # apply(), which knows the annotations); ended by the corpus read or a correction.
        self._columns_answer = self._index is not None
        if self._index is not None:
            check_indexed_header(path, self._index, storage.kinds)
        else:
            self.view.stored = load_corpus(path, storage, None, whole)

    def _annotations(self) -> Mapping[str, Annotation]:
        annotations = self._annotations_of()
        return annotations() if annotations is not None else {}

    def _answering(self) -> DiskIndex | None:
        """The index, while its columns answer; None once the corpus does."""
        with self._lock:
            return self._index if self._columns_answer else None

    @property
    def corpus(self) -> Corpus:
        """The corpus as the analyst corrected it, read on first use."""
        corpus = self.view.corpus
        if corpus is None:
            with self._lock:  # read once, should another thread ask at the same time
                if self.view.stored is not None:  # read at the open: corrections to apply
                    self.view.apply(self._annotations())
                elif self.view.corpus is None:
                    self.take(load_corpus(self.path, self._storage, self._index, self._whole))
                corpus = self.view.corpus
        assert corpus is not None
        return corpus

    def held(self) -> Corpus | None:
        """The corrected corpus if it is read already, else None (nothing is read)."""
        return self.view.corpus

    def take(self, stored: Corpus) -> None:
        """Start a load from `stored`, in hand (just read, or just written): the corpus
        answers from now on, as corrected by the annotations."""
        with self._lock:
            self._index, self._columns_answer = None, False
            self.view.set_stored(stored, self._annotations())

    def reread(self) -> None:
        """Start a load from the file as another process left it, reading its corpus now
        (through its new index when current): the corpus handed out stays until then."""
        self.take(load_corpus(self.path, self._storage, read_index(self.path), self._whole))

    def apply(self) -> None:
        """Work out the corrected corpus for the annotations as they are now; once one
        corrects a field (a label, a speaker, an actor), the corpus answers rather than the
        index's columns, which hold the stored values."""
        with self._lock:
            annotations = self._annotations()
            if self._columns_answer and any(a.fix for a in annotations.values()):
                self._columns_answer = False
            self.view.apply(annotations)

    def actors(self) -> dict[str, Actor]:
        """The actors, read without the statements while the index answers."""
        index = self._answering()
        if index is None:
            return self.corpus.actors
        items = {"actors": iter_records(self.path, index[0].get("actors", []))}
        try:
            return corpus_from_items(items).actors
        except RecordError as err:
            raise WorkspaceError(f"{self.path}: {err}") from None

    def preview(self) -> PreviewIndex | None:
        """The list's first screen from the index (preview.py) while it answers; None once
        the corpus does, or when the index lists no statements."""
        index = self._answering()
        if index is None:
            return None
        from .preview import open_preview  # numpy, which commands that never list skip

        return open_preview(self.path, *index, self._annotations())

    def select(self, tests: Tests) -> list[Statement]:
        """The statements whose labels pass every (label, values) of `tests`, in reading
        order: while the index answers, its columns choose and only those records are read
        (how `export` stays fast at scale)."""
        index = self._answering()
        if index is None:
            picked = [s for s in self.corpus.statements.values()
                      if all(getattr(s, label) in values for label, values in tests)]  # fmt: skip
        else:
            ranges, columns = index
            passed = np.ones(len(columns["id"]), dtype=bool)
            for label, wanted in tests:
                values, codes = columns[label]
                passed &= np.isin(codes, [i for i, v in enumerate(values) if v in wanted])
            keep = ranges.get("statements", Spans.of([])).take(np.flatnonzero(passed))
            try:
                found = corpus_from_items({"statements": iter_records(self.path, keep)})
            except RecordError as err:
                raise WorkspaceError(f"{self.path}: {err}") from None
            # No field is corrected, but a reviewed import's summary reads differently.
            corrected = correct(Corpus(statements=found.statements), self._annotations())
            picked = list(corrected.corpus.statements.values())
        return sorted(picked, key=lambda s: (s.article, s.start, s.end, s.id))
