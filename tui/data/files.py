"""Files on disk: atomic replacement, a lock between processes, and validated reading."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

SCHEMA = 1
CORPUS_KIND = "mawqif-corpus"
WORKSPACE_KIND = "mawqif-workspace"
REVIEW_KIND = "mawqif-review"
META = "_meta"

Tables = dict[str, dict[str, dict[str, Any]]]


class WorkspaceError(Exception):
    """A workspace file that cannot be used, with a one-line reason for the user."""


def write_atomically(path: Path, payload: bytes) -> None:
    """Replace `path` with `payload` so a reader sees the old file or the new, never half."""
    directory = path.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        # mkstemp makes the file private; give it the mode the file had, or the usual one.
        try:
            mode = path.stat().st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o666 & ~UMASK
        os.fchmod(fd, mode)
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


def _umask() -> int:
    """The process's file-creation mask (reading it means setting it, so set it back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


# Read once, at import, before any worker thread could create a file meanwhile.
UMASK = _umask()


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock beside `path` while its readers and writers take turns.

    The lock is the kernel's (flock), so a process that dies, even by SIGKILL, frees it:
    a stale lock can never block the next writer.
    """
    if sys.platform == "win32":  # pragma: no cover - flock is POSIX; see README
        yield
        return
    import fcntl

    lock_path = path.with_name(path.name + ".lock")
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        # A read-only folder cannot hold a lock file; the write that follows will
        # fail with a clear message of its own.
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def sweep_temporaries(path: Path) -> None:
    """Remove temporary files that a killed writer of `path` left behind.

    Call it only while holding `locked(path)`: then no live writer can own one of them.
    """
    for stray in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            stray.unlink()


def signature(path: Path) -> tuple[int, int, int] | None:
    """What changes when another process replaces the file (inode, size, mtime)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def read_tables(path: Path, kinds: tuple[str, ...] = (CORPUS_KIND, WORKSPACE_KIND)) -> Tables:
    """Parse a mawqif TinyDB file of one of `kinds` into its tables, or raise WorkspaceError."""
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
        data = orjson.loads(text)
    except orjson.JSONDecodeError as err:
        raise WorkspaceError(
            f"{path}: is damaged: invalid JSON at line {err.lineno}, column {err.colno}"
        ) from None
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        raise WorkspaceError(f"{path}: is not a mawqif workspace (not a TinyDB file)")
    check_header(path, data.get(META, {}).get("1"), kinds)
    return data


def check_header(path: Path, meta: Any, kinds: tuple[str, ...]) -> None:
    """Raise WorkspaceError unless `meta` is the header of a mawqif file of one of `kinds`."""
    if not isinstance(meta, dict) or meta.get("kind") not in kinds:
        raise WorkspaceError(f"{path}: is not a mawqif workspace (no mawqif header)")
    if meta.get("schema") != SCHEMA:
        raise WorkspaceError(
            f"{path}: has schema {meta.get('schema')!r}; this mawqif reads schema {SCHEMA}"
        )


def serialise(tables: Any) -> bytes:
    """A TinyDB document as UTF-8 JSON."""
    # UTF-8, not \\uXXXX escapes: the file stays readable and half the size for Arabic.
    return orjson.dumps(tables, option=orjson.OPT_INDENT_2)
