"""Files on disk: atomic replacement, a lock between processes, and validated reading."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

SCHEMA = 1
CORPUS_KIND = "mawqif-corpus"
WORKSPACE_KIND = "mawqif-workspace"
REVIEW_KIND = "mawqif-review"
META = "_meta"

Tables = dict[str, dict[str, dict[str, Any]]]


def one_line(text: str) -> str:
    """`text` as one line that a terminal shows as it is: line breaks and control, format
    and bidi characters written as escapes (`\\n`, `\\x1b`, `\\u202e`)."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


class WorkspaceError(Exception):
    """A workspace file that cannot be used, with a one-line reason for the user."""

    def __init__(self, message: str) -> None:
        # The reason may quote a damaged file, which can hold anything.
        super().__init__(one_line(message))


# Files and folders mawqif creates are its user's alone: notes, workspaces and exports are
# private on a shared server unless the user gave the file another mode.
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
# Temporary files are named `.NAME.mawqif-XXXXXXXX.tmp` beside their target; only names of
# this form are ever swept, so another program's temporary files are never touched.
TEMP_MARK = "mawqif-"
_TEMP_NAME = re.compile(r"\..+\." + TEMP_MARK + r"[a-z0-9_]{8}\.tmp")


def real_file(path: Path) -> Path:
    """The file `path` names, a symbolic link (or chain of them) followed to its target;
    `path` itself when it is no link. OSError (ELOOP) for a link that leads round in a loop."""
    if not path.is_symlink():
        return path
    target = Path(os.path.realpath(path))
    if target.is_symlink():  # realpath gives up on a loop and returns a link
        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path))
    return target


def review_path(path: Path) -> Path:
    """Where the annotations and session of the workspace at `path` live: beside the file,
    or beside its target if `path` is a symbolic link (every path to it shares one review)."""
    with contextlib.suppress(OSError):  # a link in a loop: opening the workspace says so
        path = real_file(path)
    return path.with_name(f"{path.stem}.review.json")


def mode_of(path: Path) -> int:
    """The permission bits of the file at `path` (links followed), or PRIVATE_FILE if none:
    the mode for a file that belongs with it (a workspace's index, lock and review file)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return PRIVATE_FILE


def make_private_folder(folder: Path) -> None:
    """Create `folder` (and missing parents) if needed; the folder itself readable by its
    owner only (its parents get the usual mode, as `mkdir -p` gives them)."""
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)


def write_atomically(path: Path, payload: bytes, like: Path | None = None) -> None:
    """Replace `path` with `payload` so a reader sees the old file or the new, never half.

    A symbolic link is followed: its target is replaced and the link stays a link. A file
    that exists keeps its mode; a new one gets the mode of `like` if given (see mode_of),
    else PRIVATE_FILE. Raises OSError when the file cannot be written.
    """
    target = real_file(path)
    directory = target.parent
    sweep_once(directory)
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = mode_of(like) if like is not None else PRIVATE_FILE
    fd, tmp = _locked_temporary(target)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), mode)
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
            # Renamed while still locked: a sweep never takes a file that is being written.
            os.replace(tmp, target)
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


def _locked_temporary(target: Path) -> tuple[int, str]:
    """A new temporary file beside `target` (private, as mkstemp makes it), held under the
    kernel's lock until it is closed: a sweep takes only files no live writer holds."""
    while True:
        fd, tmp = tempfile.mkstemp(
            prefix=f".{target.name}.{TEMP_MARK}", suffix=".tmp", dir=target.parent
        )
        _flock(fd, blocking=True)
        # A sweep may have taken the file between its creation and the lock: then make
        # another, so the rename never finds its file gone.
        with contextlib.suppress(OSError):
            if os.stat(tmp).st_ino == os.fstat(fd).st_ino:
                return fd, tmp
        os.close(fd)


def _flock(fd: int, blocking: bool) -> bool:
    """Take the kernel's exclusive lock on `fd`; False if another holds it and not `blocking`."""
    if sys.platform == "win32":  # pragma: no cover - flock is POSIX; see README
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class Swept:
    """A temporary file that a writer stopped mid-write (killed, or the machine down) left
    behind, removed by a sweep; `size` in bytes."""

    path: Path
    size: int


def sweep(folder: Path) -> list[Swept]:
    """Remove from `folder` the temporary files of mawqif writers that are gone; what went.

    Only files named as mawqif names its temporary files, owned by this user, and held by
    no live writer (every writer locks its temporary file until the rename) are removed.
    """
    if sys.platform == "win32":  # pragma: no cover - no flock to tell a live writer by
        return []
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    gone: list[Swept] = []
    for name in names:
        if not _TEMP_NAME.fullmatch(name):
            continue
        stray = folder / name
        try:
            fd = os.open(stray, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError:  # gone already, a link, or not ours to read
            continue
        try:
            st = os.fstat(fd)
            mine = stat.S_ISREG(st.st_mode) and st.st_uid == os.geteuid()
            if mine and _flock(fd, blocking=False) and os.stat(stray).st_ino == st.st_ino:
                os.unlink(stray)
                gone.append(Swept(stray, st.st_size))
        except OSError:
            pass  # renamed or removed meanwhile: nothing of it is left to sweep
        finally:
            os.close(fd)
    return gone


_swept_folders: set[str] = set()


def sweep_once(folder: Path) -> list[Swept]:
    """`sweep(folder)` the first time this process writes to or opens a file in `folder`."""
    key = os.path.abspath(folder)
    if key in _swept_folders:
        return []
    _swept_folders.add(key)
    return sweep(folder)


@contextlib.contextmanager
def locked(path: Path, like: Path | None = None) -> Iterator[None]:
    """Hold an exclusive lock beside `path` while its readers and writers take turns.

    The lock is the kernel's (flock), so a process that dies, even by SIGKILL, frees it:
    a stale lock can never block the next writer. The lock file lies beside the file a
    link leads to, so every path to one workspace shares one lock; a new one takes the mode
    of `like` (the workspace it belongs to), else of `path` (see mode_of).
    """
    if sys.platform == "win32":  # pragma: no cover - flock is POSIX; see README
        yield
        return
    try:
        target = real_file(path)
        lock_path = target.with_name(target.name + ".lock")
        fd = _open_lock(lock_path, mode_of(like or target))
    except OSError:
        # A read-only folder cannot hold a lock file; the write that follows will
        # fail with a clear message of its own.
        yield
        return
    try:
        _flock(fd, blocking=True)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _open_lock(lock_path: Path, mode: int) -> int:
    """The lock file opened for locking, created with `mode` if it is new."""
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return os.open(lock_path, os.O_RDWR)
    os.fchmod(fd, mode)  # exactly, whatever the umask
    return fd


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
