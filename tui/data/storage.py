"""The TinyDB storage of a workspace file: parsed once validated, replaced atomically."""

from __future__ import annotations

from pathlib import Path

from tinydb.storages import Storage

from .diskindex import digest, serialise_indexed, write_index
from .files import (
    CORPUS_KIND,
    WORKSPACE_KIND,
    Tables,
    WorkspaceError,
    read_tables,
    serialise,
    signature,
    write_atomically,
)


class SaveError(WorkspaceError):
    """Changes that could not be written; they are kept in memory for a retry or an export."""


class AtomicJSONStorage(Storage):
    """TinyDB storage that parses a validated file when first read and replaces it atomically.

    With `indexed`, each write also records where every record lies (diskindex), so the
    next open can read a large workspace record by record instead of all at once.
    """

    def __init__(
        self,
        path: str | Path,
        read_only: bool = False,
        kinds: tuple[str, ...] = (CORPUS_KIND, WORKSPACE_KIND),
        indexed: bool = False,
        like: Path | None = None,
    ) -> None:
        self.path = Path(path)
        self.like = like  # a new file takes this file's mode (see files.write_atomically)
        self.read_only = read_only
        self.kinds = kinds
        self.indexed = indexed
        self._signature = signature(self.path)
        self._tables: Tables | None = None
        self._loaded = False

    def read(self) -> Tables | None:
        """The tables as last read or written (the file is parsed on first use)."""
        if not self._loaded:
            self._signature = signature(self.path)
            exists = self._signature is not None
            self._tables = read_tables(self.path, self.kinds) if exists else None
            self._loaded = True
        return self._tables

    def write(self, data: Tables) -> None:
        """Write all tables to disk atomically."""
        if self.read_only:
            raise SaveError(f"{self.path}: is read-only")
        if self.indexed:
            payload, ranges, columns = serialise_indexed(data)
        else:
            payload = serialise(data)
        try:
            write_atomically(self.path, payload, like=self.like)
        except OSError as err:
            # TinyDB changed the cached tables in place before writing: forget them.
            self.forget()
            raise SaveError(f"{self.path}: could not be saved ({err.strerror})") from None
        self._tables, self._loaded = data, True
        self._signature = signature(self.path)
        if self.indexed:
            write_index(self.path, ranges, columns, digest(payload))

    def reload(self, force: bool = False) -> bool:
        """Forget what was read if another process replaced the file; whether it had."""
        current = signature(self.path)
        if current == self._signature and not force:
            return False
        self._signature = current
        self.forget()
        return True

    def forget(self) -> None:
        """Drop the parsed tables (they are read again when next needed)."""
        self._tables, self._loaded = None, False

    def close(self) -> None:
        """Nothing to release: the file is never held open."""
