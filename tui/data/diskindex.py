"""Where each record of a workspace file lies, so a large file is read record by record.

TinyDB keeps the workspace as one JSON document. Parsing all of it at once costs seconds
and hundreds of megabytes at 100,000 statements, so when mawqif writes the file it also
writes `NAME.json.index`: each record's byte range, and the few fields that filters need.
The index is derived data: it is used only while the file is the one it was written for
(same inode, size and time, or else same bytes), and otherwise ignored and rewritten.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import orjson

from .files import real_file, signature, write_atomically

VERSION = 3
BLOCK = 4 << 20  # bytes read at a time when records are parsed one by one
# The fields of a statement that `export` filters on, kept in the index beside its range.
COLUMNS = ("id", "actor", "withdrawal", "threat")

Range = tuple[str, int, int]  # doc id, start byte, end byte
Ranges = dict[str, list[Range]]
# The statement COLUMNS (strings, in file order), "order" (the statements listed, as
# positions in file order, in reading order: see preview.py) and "articles" (each
# article's id, in file order).
Columns = dict[str, list[Any]]


def index_path(path: Path) -> Path:
    """The index file of the workspace file at `path` (beside the file a link leads to)."""
    with contextlib.suppress(OSError):  # a link in a loop: opening the workspace says so
        path = real_file(path)
    return path.with_name(path.name + ".index")


def serialise_indexed(tables: Mapping[str, Mapping[str, Any]]) -> tuple[bytes, Ranges, Columns]:
    """Compact UTF-8 JSON of `tables`, each record's byte range, and the statement columns."""
    parts: list[bytes] = [b"{"]
    size = 1
    ranges: Ranges = {}
    columns: Columns = {name: [] for name in COLUMNS}
    for t_index, (name, table) in enumerate(tables.items()):
        head = (b"," if t_index else b"") + orjson.dumps(name) + b":{"
        parts.append(head)
        size += len(head)
        spans: list[Range] = []
        for r_index, (doc_id, record) in enumerate(table.items()):
            key = (b"," if r_index else b"") + orjson.dumps(doc_id) + b":"
            body = orjson.dumps(record)
            parts += (key, body)
            start = size + len(key)
            size = start + len(body)
            spans.append((doc_id, start, size))
            if name == "statements":
                for column in COLUMNS:
                    columns[column].append(str(record.get(column, "")))
        parts.append(b"}")
        size += 1
        ranges[name] = spans
        if name == "articles":
            columns["articles"] = [str(r.get("id", "")) for r in table.values()]
    parts.append(b"}")
    columns["order"] = _reading_order(tables)
    return b"".join(parts), ranges, columns


def _reading_order(tables: Mapping[str, Mapping[str, Any]]) -> list[int]:
    """The statements whose actor exists, as positions in file order, in reading order
    (article, start, end, id), as index.Index lists them; a table of another shape gives
    none (and no preview)."""
    try:
        actors = {r["id"] for r in tables.get("actors", {}).values()}
        keyed = [((r["article"], r["start"], r["end"], r["id"]), i)
                 for i, r in enumerate(tables.get("statements", {}).values())
                 if r["actor"] in actors]  # fmt: skip
        keyed.sort()
    except (KeyError, TypeError, AttributeError):
        return []
    return [i for _, i in keyed]


def digest(data: bytes) -> str:
    """A fingerprint of a workspace file's bytes."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def file_digest(path: Path) -> str | None:
    """The fingerprint of the file at `path`, read a block at a time."""
    hasher = hashlib.blake2b(digest_size=16)
    try:
        with path.open("rb") as handle:
            while block := handle.read(BLOCK):
                hasher.update(block)
    except OSError:
        return None
    return hasher.hexdigest()


def write_index(path: Path, ranges: Ranges, columns: Columns, content: str) -> None:
    """Record where the records of the file at `path` (just written, of digest `content`) lie."""
    payload = marshal.dumps((VERSION, signature(path), content, ranges, columns))
    # An index that cannot be written only costs speed: the next open reads the whole file.
    with contextlib.suppress(OSError):
        write_atomically(index_path(path), payload, like=path)


# The last index read of each file, by the signatures of the file and of its index: opening
# a workspace and then reading its corpus read it once (and a copy's digest is taken once).
_read: dict[Path, tuple[tuple[Any, Any], tuple[Ranges, Columns] | None]] = {}


def read_index(path: Path) -> tuple[Ranges, Columns] | None:
    """The ranges and columns for the file at `path`, if its index is there and current.

    The file's inode, size and time say at once that it is the file the index was written
    for; a copy (new inode and time, same bytes) is recognised by its digest instead.
    """
    where = index_path(path)
    key = (signature(path), signature(where))
    known = _read.get(where)
    if known is not None and known[0] == key and key[0] is not None:
        return known[1]
    found = _read_index(path, where)
    _read.clear()  # one workspace at a time: the memo never holds two large indexes
    _read[where] = (key, found)
    return found


def forget_indexes() -> None:
    """Let go of the index last read (a workspace whose corpus is read needs it no more)."""
    _read.clear()


def _read_index(path: Path, where: Path) -> tuple[Ranges, Columns] | None:
    try:
        version, recorded, content, ranges, columns = marshal.loads(where.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if version not in (2, VERSION):  # 2 lacks "order" and "articles": see corpus_io
        return None
    current = signature(path)
    if current is None:
        return None
    if tuple(recorded) != current and (
        recorded[1] != current[1] or file_digest(path) != content
    ):
        return None
    return ranges, columns


def iter_records(path: Path, spans: list[Range]) -> Iterator[tuple[str, Any]]:
    """Each (doc id, record) of `spans`, parsed one at a time from the file at `path`.

    The file is read in blocks of a few megabytes, never whole (nor mapped whole, which
    would count the file against the process's memory).
    """
    with path.open("rb") as handle:
        i = 0
        while i < len(spans):
            first = spans[i][1]
            j = i
            while j < len(spans) and spans[j][2] - first <= BLOCK:
                j += 1
            j = max(j, i + 1)  # a record larger than a block is read on its own
            handle.seek(first)
            block = handle.read(spans[j - 1][2] - first)
            for doc_id, start, end in spans[i:j]:
                yield doc_id, orjson.loads(block[start - first : end - first])
            i = j
