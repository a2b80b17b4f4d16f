"""Small helpers shared by the tests (fixtures live in conftest.py)."""

from __future__ import annotations

import contextlib
import ctypes
import functools
import hashlib
import locale
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


@functools.cache
def _statement_ids() -> dict[str, str]:
    from tools.build_corpus import build

    return build().statement_ids


def statement_id(key: str) -> str:
    """The id the bundled corpus gives the statement curated under `key`, its stable key in
    data/statements.toml ("observers-exit-2026" → "s03"); KeyError for a key not there.

    Ids count statements in article order, so one added early shifts those after it; a test
    that names a statement by its key still means the same statement."""
    ids = _statement_ids()
    if key not in ids:
        raise KeyError(f"no statement has the key {key!r} in data/statements.toml")
    return ids[key]


def digest(path: Path) -> str:
    """The SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fill(disk: Path) -> Path:
    """Write a file on `disk` until the disk is full; the file, to delete to free it."""
    filler = disk / "filler"
    with contextlib.suppress(OSError), filler.open("wb") as handle:
        while True:
            handle.write(b"\0" * 4096)
            handle.flush()
    return filler


@functools.cache
def _wcwidth() -> Callable[[str], int]:
    """The C library's wcwidth, in a UTF-8 character type locale."""
    libc = ctypes.CDLL(None)
    libc.wcwidth.restype = ctypes.c_int
    libc.wcwidth.argtypes = [ctypes.c_wchar]
    if libc.wcwidth("\u0627") != 1:  # not a UTF-8 locale: no width for Arabic at all
        locale.setlocale(locale.LC_CTYPE, "C.UTF-8")
    return libc.wcwidth  # type: ignore[no-any-return]


def terminal_cells(text: str) -> int:
    """Cells `text` takes in tmux 3.3 or xterm, which add up each code point's own width as
    the C library's wcwidth gives it (a zero-width one rides on the cell before it)."""
    width = _wcwidth()
    return sum(max(width(char), 0) for char in text)
