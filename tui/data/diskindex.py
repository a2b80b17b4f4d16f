"""Where each record of a workspace file lies, so a large file is read record by record.

TinyDB keeps the workspace as one JSON document. Parsing all of it at once costs seconds
and hundreds of megabytes at 100,000 statements, so when mawqif writes the file it also
writes `NAME.json.index`: each record's byte range, and the few fields that filters need,
as numpy columns in an uncompressed `.npz` (numpy's own format: read in a few
milliseconds, and a few bytes a statement rather than Python objects). The index is derived
data: it is used only while the file is the one it was written for (same inode, size and
time, or else same bytes), and otherwise ignored and rewritten.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import marshal
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, overload

import numpy as np
import numpy.typing as npt
import orjson

from .files import META, real_file, signature, write_atomically

VERSION = 4  # 4: numpy columns; 2 and 3 (marshal) are read once and upgraded (corpus_io)
BLOCK = 4 << 20  # bytes read at a time when records are parsed one by one
# The fields of a statement that `export` filters on, kept in the index beside its range.
COLUMNS = ("id", "actor", "withdrawal", "threat")
LABELS = ("actor", "withdrawal", "threat")  # kept as codes into a list of their values

Range = tuple[str, int, int]  # doc id, start byte, end byte
Ints = npt.NDArray[np.int64]


class Spans(Sequence[Range]):
    """One table's records in file order: doc ids and byte ranges as numpy columns."""

    def __init__(self, doc: npt.NDArray[Any], start: Ints, end: Ints) -> None:
        self.doc, self.start, self.end = doc, start, end  # doc: int64 if all numbers, else str

    @classmethod
    def of(cls, ranges: Sequence[Range]) -> Spans:
        """Spans from (doc id, start, end) triples."""
        if isinstance(ranges, Spans):
            return ranges
        docs = [r[0] for r in ranges]
        numeric = all(d.isascii() and d.isdigit() and str(int(d)) == d for d in docs)
        doc = np.array([int(d) for d in docs] if numeric else docs,
                       dtype=np.int64 if numeric else np.str_)  # fmt: skip
        start = np.array([r[1] for r in ranges], dtype=np.int64)
        end = np.array([r[2] for r in ranges], dtype=np.int64)
        return cls(doc, start, end)

    def __len__(self) -> int:
        return len(self.start)

    @overload
    def __getitem__(self, i: int) -> Range: ...
    @overload
    def __getitem__(self, i: slice) -> Spans: ...
    def __getitem__(self, i: int | slice) -> Range | Spans:
        if isinstance(i, slice):
            return Spans(self.doc[i], self.start[i], self.end[i])
        return (str(self.doc[i]), int(self.start[i]), int(self.end[i]))

    def take(self, positions: npt.ArrayLike) -> Spans:
        """The spans at `positions` (in the order given)."""
        at = np.asarray(positions, dtype=np.int64)
        return Spans(self.doc[at], self.start[at], self.end[at])

    def docs(self) -> list[str]:
        """Every doc id, as TinyDB writes it."""
        return [str(d) for d in self.doc.tolist()]


def text_column(values: Sequence[str]) -> npt.NDArray[np.bytes_]:
    """Strings as a column of UTF-8 bytes, a quarter the size of numpy's str (UTF-32). As
    in any numpy string column, a NUL at the end of a string is lost: an id that ends so
    is not found in the column, which only leaves it out of a preview's lookups."""
    return np.array([v.encode("utf-8", "surrogatepass") for v in values], dtype=np.bytes_)


def texts(column: npt.NDArray[np.bytes_]) -> list[str]:
    """The strings of a text_column."""
    return [b.decode("utf-8", "surrogatepass") for b in column.tolist()]


Ranges = dict[str, Spans]
# The statement COLUMNS in file order ("id" as a text_column; "actor", "withdrawal" and
# "threat" as (values, int32 codes into them)), "order" (the statements listed, as
# positions in file order, in reading order: see preview.py), "articles" (each
# article's id, in file order, a text_column) and "header" (the file's _meta record, so an
# open checks what the file is without reading it; None in an index written before).
Columns = dict[str, Any]


def index_path(path: Path) -> Path:
    """The index file of the workspace file at `path` (beside the file a link leads to)."""
    with contextlib.suppress(OSError):  # a link in a loop: opening the workspace says so
        path = real_file(path)
    return path.with_name(path.name + ".index")


def serialise_indexed(
    tables: Mapping[str, Mapping[str, Any]],
) -> tuple[bytes, dict[str, list[Range]], Columns]:
    """Compact UTF-8 JSON of `tables`, each record's byte range, and the statement columns
    (lists, as write_index takes them)."""
    parts: list[bytes] = [b"{"]
    size = 1
    ranges: dict[str, list[Range]] = {}
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
    columns["header"] = tables.get(META, {}).get("1")
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
    """A fingerprint of a workspace file's bytes: their CRC-32 and length. It tells a copy
    from a file changed by another program (an edit of one label keeps the length), and
    reads 6 GB a second, so a copied million-statement workspace opens without waiting
    a second for a cryptographic hash."""
    return f"crc32:{zlib.crc32(data):08x}:{len(data)}"


def file_digest(path: Path) -> str | None:
    """The fingerprint (see digest) of the file at `path`, read a block at a time."""
    crc, size = 0, 0
    try:
        with path.open("rb") as handle:
            while block := handle.read(BLOCK):
                crc, size = zlib.crc32(block, crc), size + len(block)
    except OSError:
        return None
    return f"crc32:{crc:08x}:{size}"


def _legacy_digest(path: Path) -> str | None:
    """The fingerprint an index of version 2 or 3 recorded (BLAKE2b)."""
    hasher = hashlib.blake2b(digest_size=16)
    try:
        with path.open("rb") as handle:
            while block := handle.read(BLOCK):
                hasher.update(block)
    except OSError:
        return None
    return hasher.hexdigest()


def write_index(path: Path, ranges: Mapping[str, Sequence[Range]], columns: Columns,
                content: str) -> None:  # fmt: skip
    """Record where the records of the file at `path` (just written, of digest `content`) lie.

    `ranges` and `columns` as serialise_indexed gives them (lists) or read_index (arrays)."""
    names = list(ranges)
    arrays: dict[str, Any] = {}
    for i, name in enumerate(names):
        spans = Spans.of(ranges[name])
        arrays.update({f"{i}.doc": spans.doc, f"{i}.start": spans.start, f"{i}.end": spans.end})
    labels: dict[str, list[str]] = {}
    for label in LABELS:
        column = columns.get(label, [])
        if isinstance(column, tuple):
            labels[label], arrays[label] = column
        else:
            labels[label] = values = sorted(set(column))
            number = {v: i for i, v in enumerate(values)}
            codes = np.fromiter(map(number.__getitem__, column), np.int32, len(column))
            # A byte a statement for its stance and threat, two for its actor.
            arrays[label] = codes.astype(np.min_scalar_type(max(len(values) - 1, 0)))
    for name in ("id", "articles"):
        column = columns.get(name, [])
        arrays[name] = column if isinstance(column, np.ndarray) else text_column(column)
    arrays["order"] = np.asarray(columns.get("order", []), dtype=np.int64)
    meta = {"version": VERSION, "signature": signature(path), "content": content,
            "tables": names, "labels": labels, "header": columns.get("header")}  # fmt: skip
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    # An index that cannot be written only costs speed: the next open reads the whole file.
    with contextlib.suppress(OSError):
        write_atomically(index_path(path), buffer.getvalue(), like=path)


def read_index(path: Path) -> tuple[Ranges, Columns] | None:
    """The ranges and columns for the file at `path`, if its index is there and current.

    The file's inode, size and time say at once that it is the file the index was written
    for; a copy (new inode and time, same bytes) is recognised by its digest instead.
    An index of an earlier version has columns["version"] below VERSION. Each call reads
    the index file: a workspace reads it once per load and keeps it (reader.py).
    """
    return _read_index(path, index_path(path))


def _read_index(path: Path, where: Path) -> tuple[Ranges, Columns] | None:
    try:
        data = where.read_bytes()
    except OSError:
        return None
    if not data.startswith(b"PK"):
        return _read_marshal(path, data)
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as stored:
            arrays = {name: stored[name] for name in stored.files}
        meta = json.loads(arrays.pop("meta").tobytes())
        if meta["version"] != VERSION or not _current(path, meta["signature"], meta["content"],
                                                      file_digest):  # fmt: skip
            return None
        ranges = {name: Spans(arrays[f"{i}.doc"], arrays[f"{i}.start"], arrays[f"{i}.end"])
                  for i, name in enumerate(meta["tables"])}  # fmt: skip
        columns: Columns = {"id": arrays["id"], "articles": arrays["articles"],
                            "order": arrays["order"], "version": VERSION,
                            "header": meta.get("header")}  # fmt: skip
        for label in LABELS:
            columns[label] = (list(meta["labels"][label]), arrays[label])
    except (OSError, ValueError, KeyError, TypeError, EOFError, AttributeError):
        return None  # a damaged or foreign index: as if there were none
    return ranges, columns


def _read_marshal(path: Path, data: bytes) -> tuple[Ranges, Columns] | None:
    """An index of version 2 or 3 (marshal, lists), in today's shape."""
    try:
        version, recorded, content, ranges, columns = marshal.loads(data)
        if version not in (2, 3) or not _current(path, recorded, content, _legacy_digest):
            return None
        upgraded: Columns = {"version": version, "id": text_column(columns["id"])}
        for label in LABELS:
            values = sorted(set(columns[label]))
            number = {v: i for i, v in enumerate(values)}
            upgraded[label] = (values, np.fromiter(map(number.__getitem__, columns[label]),
                                                   np.int32, len(columns[label])))  # fmt: skip
        if version == 3:  # 2 lacks "order" and "articles": see corpus_io
            upgraded["order"] = np.asarray(columns["order"], dtype=np.int64)
            upgraded["articles"] = text_column(columns["articles"])
        return {name: Spans.of(spans) for name, spans in ranges.items()}, upgraded
    except (EOFError, ValueError, TypeError, KeyError):
        return None


def _current(path: Path, recorded: Any, content: str,
             fingerprint: Callable[[Path], str | None]) -> bool:  # fmt: skip
    """Whether the file at `path` is the one an index was written for: the same inode,
    size and time, or else the same size and bytes."""
    current = signature(path)
    if current is None or recorded is None:
        return False
    recorded = tuple(recorded)
    return recorded == current or (recorded[1] == current[1] and fingerprint(path) == content)


def iter_records(
    path: Path, spans: Sequence[Range], handle: IO[bytes] | None = None
) -> Iterator[tuple[str, Any]]:
    """Each (doc id, record) of `spans` (in file order), parsed one at a time from the file
    at `path`, or from `handle`, that file already open (several tables read in one open).

    The file is read in blocks of a few megabytes, never whole (nor mapped whole, which
    would count the file against the process's memory).
    """
    if handle is None:
        with path.open("rb") as opened:
            yield from iter_records(path, spans, opened)
        return
    spans = Spans.of(spans)
    starts, ends = spans.start, spans.end
    i = 0
    while i < len(spans):
        first = int(starts[i])
        # The records that end within a block of the first; at least the first, even if
        # it is larger than a block.
        j = max(i + 1, i + int(np.searchsorted(ends[i:], first + BLOCK, "right")))
        handle.seek(first)
        block = handle.read(int(ends[j - 1]) - first)
        part = spans[i:j]
        for doc_id, start, end in zip(part.docs(), part.start.tolist(), part.end.tolist(),
                                      strict=True):  # fmt: skip
            yield doc_id, orjson.loads(block[start - first : end - first])
        i = j
