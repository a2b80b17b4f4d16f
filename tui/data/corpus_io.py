"""A workspace file's corpus read (record by record when its index allows) or first written."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any, Protocol

import orjson

from .diskindex import (
    VERSION,
    Columns,
    Ranges,
    digest,
    file_digest,
    iter_records,
    serialise_indexed,
    texts,
    write_index,
)
from .files import (
    META,
    SCHEMA,
    WORKSPACE_KIND,
    Tables,
    WorkspaceError,
    check_header,
    real_file,
    signature,
    write_atomically,
)
from .model import Corpus
from .records import RecordError, corpus_from_items, corpus_from_tables, tables_from_corpus

DiskIndex = tuple[Ranges, Columns]  # as diskindex.read_index gives it


class CorpusStorage(Protocol):
    """The storage a workspace file is parsed through (storage.AtomicJSONStorage)."""

    kinds: tuple[str, ...]

    def read(self) -> Tables | None:
        """The tables, parsed when first asked for."""

    def forget(self) -> None:
        """Drop the parsed tables."""


def load_corpus(path: Path, storage: CorpusStorage, index: DiskIndex | None,
                whole: bool = False) -> Corpus:  # fmt: skip
    """The corpus in the file at `path`: through `index` (its current index, read_index)
    record by record in one open of the file, else from one validated parse, which is then
    let go to keep memory low. With `whole`, a broken corpus is refused (see
    require_whole). Raises WorkspaceError."""
    corpus = _load(path, storage, index)
    if whole:
        require_whole(path, corpus)
    return corpus


def check_indexed_header(path: Path, index: DiskIndex, kinds: tuple[str, ...],
                         handle: IO[bytes] | None = None) -> Any:  # fmt: skip
    """The header of the file at `path`, of current index `index`; WorkspaceError unless it
    is a mawqif file of one of `kinds`. From the header the index keeps, else (an index
    written before it kept one) from the file's _meta record, read through `handle` if
    given."""
    ranges, columns = index
    header = columns.get("header")
    if header is None:
        header = dict(iter_records(path, ranges.get(META, []), handle)).get("1")
    check_header(path, header, kinds)
    return header


def require_whole(path: Path, corpus: Corpus) -> None:
    """Raise WorkspaceError, in one line, if `mawqif check` finds a problem in `corpus` (the
    file at `path`): a record that names one that does not exist, an offset outside its
    text, a label outside the codebook, a date that is none. Every command but `check`
    stops there, and mawqif never writes such a file."""
    from .check import problems

    found = problems(corpus)
    if found:
        more = f" (and {len(found) - 1} more problem(s))" if len(found) > 1 else ""
        raise WorkspaceError(f"{path}: {found[0]}{more}; `mawqif check` lists every problem")


def _load(path: Path, storage: CorpusStorage, index: DiskIndex | None) -> Corpus:
    try:
        if index is not None:
            ranges, columns = index
            before = signature(path)
            with path.open("rb") as handle:  # every table in one open, each byte read once
                header = check_indexed_header(path, index, storage.kinds, handle)
                items = {name: iter_records(path, spans, handle)
                         for name, spans in ranges.items() if name != META}  # fmt: skip
                corpus = corpus_from_items(items)
            if columns["version"] < VERSION or columns.get("header") is None:
                _upgrade(path, before, ranges, {**columns, "header": header}, corpus)
            return corpus
        tables = storage.read() or {}
        corpus = corpus_from_tables(tables)
        storage.forget()
        return corpus
    except RecordError as err:
        raise WorkspaceError(f"{path}: {err}") from None
    except orjson.JSONDecodeError:
        # A record no longer where the index says: read the whole file, which reports it.
        storage.forget()
        return corpus_from_tables(storage.read() or {})


def _upgrade(path: Path, before: object, ranges: Ranges, columns: Columns,
             corpus: Corpus) -> None:  # fmt: skip
    """Rewrite an index of an earlier version (see diskindex.VERSION) or without the file's
    header as today's, adding what a preview needs (the reading order and the articles'
    ids) where it lacks them, from the corpus just read through it, and the header, if the
    file is unchanged."""
    upgraded = dict(columns)
    if "order" not in columns:
        ids = texts(columns["id"])
        at = {sid: i for i, sid in enumerate(ids)}
        if len(at) != len(corpus.statements) or len(ranges.get("articles", [])) != len(
            corpus.articles
        ):
            return  # duplicate ids: `check` reports them, and no preview is needed
        ordered = sorted((s.article, s.start, s.end, s.id) for s in corpus.statements.values()
                         if s.actor in corpus.actors)  # fmt: skip
        upgraded["order"] = [at[key[3]] for key in ordered]
        upgraded["articles"] = list(corpus.articles)
    content = file_digest(path)
    if content is not None and signature(path) == before:
        write_index(path, ranges, upgraded, content)


def create_workspace(path: Path, seed: Iterable[Corpus] = ()) -> None:
    """Write a new workspace file at `path`, holding the given corpora (or nothing)."""
    if path.exists():
        raise WorkspaceError(f"{path}: already exists")
    try:
        folder = real_file(path).parent  # a link's target is created, in its own folder
    except OSError as err:
        raise WorkspaceError(f"{path}: could not be created ({err.strerror})") from None
    if not folder.is_dir():
        raise WorkspaceError(f"{folder}: no such folder for the workspace")
    tables: Tables = {META: {"1": {"schema": SCHEMA, "kind": WORKSPACE_KIND}}}
    for corpus in seed:
        require_whole(path, corpus)
        for name, records in tables_from_corpus(corpus).items():
            table = tables.setdefault(name, {})
            for record in records:
                table[str(len(table) + 1)] = record
    payload, ranges, columns = serialise_indexed(tables)
    try:
        write_atomically(path, payload)
    except OSError as err:
        raise WorkspaceError(f"{path}: could not be created ({err.strerror})") from None
    write_index(path, ranges, columns, digest(payload))
