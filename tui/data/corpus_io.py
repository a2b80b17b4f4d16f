"""A workspace file's corpus read (record by record when its index allows) or first written."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

import orjson

from .diskindex import digest, iter_records, read_index, serialise_indexed, write_index
from .files import (
    META,
    SCHEMA,
    WORKSPACE_KIND,
    Tables,
    WorkspaceError,
    check_header,
    write_atomically,
)
from .model import Corpus
from .records import RecordError, corpus_from_items, corpus_from_tables, tables_from_corpus


class CorpusStorage(Protocol):
    """The storage a workspace file is parsed through (store.AtomicJSONStorage)."""

    kinds: tuple[str, ...]

    def read(self) -> Tables | None:
        """The tables, parsed when first asked for."""

    def forget(self) -> None:
        """Drop the parsed tables."""


def load_corpus(path: Path, storage: CorpusStorage) -> Corpus:
    """The corpus in the file at `path`: record by record through its index when current,
    else from one validated parse, which is then let go to keep memory low."""
    index = read_index(path)
    try:
        if index is not None:
            ranges, _ = index
            header = dict(iter_records(path, ranges.get(META, [])))
            check_header(path, header.get("1"), storage.kinds)
            items = {name: iter_records(path, spans) for name, spans in ranges.items()}
            return corpus_from_items(items)
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


def create_workspace(path: Path, seed: Iterable[Corpus] = ()) -> None:
    """Write a new workspace file at `path`, holding the given corpora (or nothing)."""
    if path.exists():
        raise WorkspaceError(f"{path}: already exists")
    if not path.parent.is_dir():
        raise WorkspaceError(f"{path.parent}: no such folder for the workspace")
    tables: Tables = {META: {"1": {"schema": SCHEMA, "kind": WORKSPACE_KIND}}}
    for corpus in seed:
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
