"""The workspace on disk: the one module that touches TinyDB."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage

from .model import Corpus
from .records import RecordError, corpus_from_tables, tables_from_corpus

SCHEMA = 1
CORPUS_KIND = "mawqif-corpus"
WORKSPACE_KIND = "mawqif-workspace"
META = "_meta"
CONTENT_TABLES = ("articles", "actors", "statements", "contradictions")

Tables = dict[str, dict[str, dict[str, Any]]]


class WorkspaceError(Exception):
    """A workspace file that cannot be used, with a one-line reason for the user."""


def write_atomically(path: Path, payload: bytes) -> None:
    """Replace `path` with `payload` so a reader sees the old file or the new, never half."""
    directory = path.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        # Leave no temporary file behind, whatever stopped the write (a full disk included).
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    # The rename is only durable once the directory entry itself is on disk.
    dir_fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def read_tables(path: Path) -> Tables:
    """Parse a workspace or corpus file into its tables, or raise WorkspaceError."""
    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        raise WorkspaceError(f"{path}: is a folder, not a workspace file") from None
    except PermissionError:
        raise WorkspaceError(f"{path}: cannot be read (permission denied)") from None
    except OSError as err:
        raise WorkspaceError(f"{path}: cannot be read ({err.strerror})") from None
    if not raw.strip():
        raise WorkspaceError(f"{path}: is empty, not a mawqif workspace")
    if b"\x00" in raw:
        raise WorkspaceError(f"{path}: is a binary file, not a mawqif workspace")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise WorkspaceError(f"{path}: is not UTF-8 text (byte {err.start})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise WorkspaceError(
            f"{path}: is damaged: invalid JSON at line {err.lineno}, column {err.colno}"
        ) from None
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        raise WorkspaceError(f"{path}: is not a mawqif workspace (not a TinyDB file)")
    meta = data.get(META, {}).get("1")
    if not isinstance(meta, dict) or meta.get("kind") not in (CORPUS_KIND, WORKSPACE_KIND):
        raise WorkspaceError(f"{path}: is not a mawqif workspace (no mawqif header)")
    if meta.get("schema") != SCHEMA:
        raise WorkspaceError(
            f"{path}: has schema {meta.get('schema')!r}; this mawqif reads schema {SCHEMA}"
        )
    return data


def _serialise(tables: Mapping[str, Any]) -> bytes:
    # UTF-8, not \\uXXXX escapes: the file stays readable and half the size for Arabic.
    return json.dumps(tables, ensure_ascii=False, indent=1).encode("utf-8")


class AtomicJSONStorage(Storage):
    """TinyDB storage that reads a validated file once and replaces it atomically on write."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._tables: Tables | None = read_tables(self.path) if self.path.exists() else None

    def read(self) -> Tables | None:
        """The tables as last read or written."""
        return self._tables

    def write(self, data: Tables) -> None:
        """Write all tables to disk atomically."""
        if self.read_only:
            raise WorkspaceError(f"{self.path}: is read-only")
        try:
            write_atomically(self.path, _serialise(data))
        except OSError as err:
            raise WorkspaceError(f"{self.path}: could not be saved ({err.strerror})") from None
        self._tables = data

    def close(self) -> None:
        """Nothing to release: the file is never held open."""


class Workspace:
    """A workspace file: the corpus it holds, and the writes an analyst makes to it."""

    def __init__(self, path: Path, read_only: bool = False) -> None:
        self.path = path
        self._db = TinyDB(str(path), storage=AtomicJSONStorage, read_only=read_only)
        try:
            self.corpus = corpus_from_tables(self.tables())
        except RecordError as err:
            raise WorkspaceError(f"{path}: {err}") from None

    def tables(self) -> Tables:
        """The raw tables as stored (for checks that look below the model)."""
        return self._db.storage.read() or {}

    @property
    def kind(self) -> str:
        """Whether this is the bundled corpus or an analyst's workspace."""
        return str(self.tables().get(META, {}).get("1", {}).get("kind", WORKSPACE_KIND))

    def add(self, corpus: Corpus) -> None:
        """Add the articles, actors, statements and contradictions of `corpus` in one write."""
        tables = self.tables()
        merged = {name: dict(tables.get(name, {})) for name in tables}
        for name, records in tables_from_corpus(corpus).items():
            table = merged.setdefault(name, {})
            next_id = max((int(k) for k in table), default=0) + 1
            for offset, record in enumerate(records):
                table[str(next_id + offset)] = record
        new_corpus = corpus_from_tables(merged)
        self._db.storage.write(merged)
        self.corpus = new_corpus

    def close(self) -> None:
        """Release the database."""
        self._db.close()


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
    try:
        write_atomically(path, _serialise(tables))
    except OSError as err:
        raise WorkspaceError(f"{path}: could not be created ({err.strerror})") from None


def open_corpus(path: Path) -> Corpus:
    """Read a corpus or workspace file without ever writing to it."""
    return Workspace(path, read_only=True).corpus
