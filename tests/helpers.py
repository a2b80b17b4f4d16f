"""Small helpers shared by the tests (fixtures live in conftest.py)."""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


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
