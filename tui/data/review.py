"""An analyst's review of statements and contradictions: status, note, tags, past versions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Final

from .model import THREAT, WITHDRAWAL

STATEMENT_STATUSES: Final = ("unreviewed", "reviewed", "disputed")
CONTRADICTION_STATUSES: Final = ("unreviewed", "reviewed", "disputed", "dismissed")
UNREVIEWED: Final = "unreviewed"
KINDS: Final = ("statement", "contradiction")
MAX_TAGS: Final = 32
MAX_NOTE: Final = 20_000


class ReviewError(ValueError):
    """A review change that breaks the rules (an unknown status, a bad tag)."""


def target(kind: str, item_id: str) -> str:
    """The key of the item an annotation belongs to, e.g. "statement:s01"."""
    if kind not in KINDS:
        raise ReviewError(f"cannot annotate a {kind!r}")
    return f"{kind}:{item_id}"


def statuses_for(target_key: str) -> tuple[str, ...]:
    """The review statuses an item of this kind can take, in the order `r` cycles them."""
    if target_key.startswith("contradiction:"):
        return CONTRADICTION_STATUSES
    return STATEMENT_STATUSES


def status_of(annotations: Mapping[str, Annotation], kind: str) -> Callable[[str], str]:
    """A lookup of the review status of items of `kind` by id (unreviewed when none)."""

    def lookup(item_id: str) -> str:
        found = annotations.get(f"{kind}:{item_id}")
        return found.status if found is not None else UNREVIEWED

    return lookup


def now() -> str:
    """The current time as an ISO 8601 string in UTC, to the second."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


@dataclass(frozen=True, slots=True)
class Version:
    """One state of an annotation, as it was saved at `updated`."""

    status: str
    note: str
    tags: tuple[str, ...]
    updated: str
    withdrawal: str | None = None
    threat: str | None = None


@dataclass(frozen=True, slots=True)
class Annotation:
    """The analyst's current review of one item, and every earlier version of it."""

    target: str
    status: str = UNREVIEWED
    note: str = ""
    tags: tuple[str, ...] = ()
    updated: str = ""
    history: tuple[Version, ...] = ()
    # The analyst's correction of a statement's labels (None: the label stands as given).
    withdrawal: str | None = None
    threat: str | None = None

    @property
    def version(self) -> Version:
        """This annotation's current state as a version."""
        return Version(self.status, self.note, self.tags, self.updated, self.withdrawal,
                       self.threat)  # fmt: skip

    @property
    def is_blank(self) -> bool:
        """Whether nothing has been recorded yet."""
        return not self.updated


def clean_tags(tags: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Tags trimmed, without duplicates or empties, in the order first given."""
    seen: dict[str, None] = {}
    for tag in tags:
        tag = " ".join(tag.split())
        if not tag:
            continue
        if len(tag) > 64:
            raise ReviewError(f"tag {tag[:20]!r}… is longer than 64 characters")
        seen.setdefault(tag, None)
    if len(seen) > MAX_TAGS:
        raise ReviewError(f"at most {MAX_TAGS} tags")
    return tuple(seen)


KEEP: Final = "keep"  # a label correction left as it is


def change(
    current: Annotation,
    *,
    status: str | None = None,
    note: str | None = None,
    tags: tuple[str, ...] | None = None,
    withdrawal: str | None = KEEP,
    threat: str | None = KEEP,
    at: str | None = None,
) -> Annotation:
    """`current` with the given fields changed; its previous version goes to the history.

    `withdrawal` and `threat` correct a statement's labels (None withdraws a correction).
    """
    for label, value, codebook in (("withdrawal", withdrawal, WITHDRAWAL),
                                   ("threat", threat, THREAT)):  # fmt: skip
        if value not in (KEEP, None) and value not in codebook:
            raise ReviewError(f"{label} {value!r} is not in the codebook")
        if value not in (KEEP, None) and not current.target.startswith("statement:"):
            raise ReviewError("only a statement's labels can be corrected")
    if status is not None and status not in statuses_for(current.target):
        allowed = ", ".join(statuses_for(current.target))
        raise ReviewError(f"status {status!r} is not one of {allowed}")
    if note is not None and len(note) > MAX_NOTE:
        raise ReviewError(f"a note is at most {MAX_NOTE} characters")
    history = current.history if current.is_blank else (*current.history, current.version)
    return replace(
        current,
        status=current.status if status is None else status,
        note=current.note if note is None else note,
        tags=current.tags if tags is None else clean_tags(tags),
        updated=at or now(),
        history=history,
        withdrawal=current.withdrawal if withdrawal == KEEP else withdrawal,
        threat=current.threat if threat == KEEP else threat,
    )


def next_status(current: Annotation) -> str:
    """The status after `current`'s in the cycle that `r` steps through."""
    cycle = statuses_for(current.target)
    return cycle[(cycle.index(current.status) + 1) % len(cycle)]


def annotation_record(a: Annotation) -> dict[str, Any]:
    """The stored form of an annotation."""
    return {
        "target": a.target,
        "status": a.status,
        "note": a.note,
        "tags": list(a.tags),
        "updated": a.updated,
        "withdrawal": a.withdrawal,
        "threat": a.threat,
        "history": [
            {"status": v.status, "note": v.note, "tags": list(v.tags), "updated": v.updated,
             "withdrawal": v.withdrawal, "threat": v.threat}
            for v in a.history
        ],
    }  # fmt: skip


def _version(record: Any, where: str) -> Version:
    if not isinstance(record, dict):
        raise ReviewError(f"{where}: a version must be an object")
    status, note, tags, updated = (record.get(k) for k in ("status", "note", "tags", "updated"))
    if not (isinstance(status, str) and isinstance(note, str) and isinstance(updated, str)):
        raise ReviewError(f"{where}: status, note and updated must be strings")
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ReviewError(f"{where}: tags must be a list of strings")
    withdrawal, threat = record.get("withdrawal"), record.get("threat")
    if withdrawal not in (None, *WITHDRAWAL) or threat not in (None, *THREAT):
        raise ReviewError(f"{where}: a corrected label is not in the codebook")
    return Version(status, note, tuple(tags), updated, withdrawal, threat)


def annotation_from(record: Mapping[str, Any], where: str) -> Annotation:
    """An Annotation from its stored record, or ReviewError."""
    key = record.get("target")
    if not isinstance(key, str) or ":" not in key:
        raise ReviewError(f"{where}: target must be 'statement:ID' or 'contradiction:ID'")
    history = record.get("history", [])
    if not isinstance(history, list):
        raise ReviewError(f"{where}: history must be a list")
    current = _version(record, where)
    return Annotation(
        key, current.status, current.note, current.tags, current.updated,
        tuple(_version(v, where) for v in history), current.withdrawal, current.threat,
    )  # fmt: skip
