"""An analyst's review of statements, actors and contradictions: status, note, tags, the
corrections of the item's fields, and every past version."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Final

from .fixes import Fix, FixError, clean_fix, plain_text

STATEMENT_STATUSES: Final = ("unreviewed", "reviewed", "disputed")
CONTRADICTION_STATUSES: Final = ("unreviewed", "reviewed", "disputed", "dismissed")
UNREVIEWED: Final = "unreviewed"
KINDS: Final = ("statement", "contradiction", "actor", "article")
MAX_TAGS: Final = 32
MAX_NOTE: Final = 20_000


class ReviewError(ValueError):
    """A review change that breaks the rules (an unknown status, a bad tag, a bad correction)."""


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
    fix: Fix = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Annotation:
    """The analyst's current review of one item, and every earlier version of it."""

    target: str
    status: str = UNREVIEWED
    note: str = ""
    tags: tuple[str, ...] = ()
    updated: str = ""
    history: tuple[Version, ...] = ()
    # The analyst's corrections of the item's fields (see fixes.py); a field not in it
    # stands as stored. Never changed in place: `change` makes a new one.
    fix: Fix = field(default_factory=dict)

    @property
    def version(self) -> Version:
        """This annotation's current state as a version."""
        return Version(self.status, self.note, self.tags, self.updated, self.fix)

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
        if not plain_text(tag):
            raise ReviewError(f"tag {tag[:20]!r} holds a control character")
        seen.setdefault(tag, None)
    if len(seen) > MAX_TAGS:
        raise ReviewError(f"at most {MAX_TAGS} tags")
    return tuple(seen)


def change(
    current: Annotation,
    *,
    status: str | None = None,
    note: str | None = None,
    tags: tuple[str, ...] | list[str] | None = None,
    at: str | None = None,
    **fix: Any,
) -> Annotation:
    """`current` with the given fields changed; its previous version goes to the history.

    Every other keyword corrects a field of the item (`withdrawal="opposes"`,
    `actor="reber_ahmed"`, `span=(10, 42)`; see fixes.py); None withdraws that correction.
    """
    if status is not None and status not in statuses_for(current.target):
        allowed = ", ".join(statuses_for(current.target))
        raise ReviewError(f"status {status!r} is not one of {allowed}")
    if note is not None and len(note) > MAX_NOTE:
        raise ReviewError(f"a note is at most {MAX_NOTE} characters")
    merged = {**current.fix, **fix}
    try:
        corrected = clean_fix(current.target, {k: v for k, v in merged.items() if v is not None})
    except FixError as err:
        raise ReviewError(str(err)) from None
    history = current.history if current.is_blank else (*current.history, current.version)
    return replace(
        current,
        status=current.status if status is None else status,
        note=current.note if note is None else note,
        tags=current.tags if tags is None else clean_tags(tags),
        updated=at or now(),
        history=history,
        fix=corrected,
    )


def restore(current: Annotation, earlier: Annotation, at: str | None = None) -> Annotation:
    """`current` put back as `earlier` was (status, note, tags, corrections); undo."""
    gone = {name: None for name in current.fix if name not in earlier.fix}
    return change(current, status=earlier.status, note=earlier.note, tags=earlier.tags, at=at,
                  **{**gone, **earlier.fix})  # fmt: skip


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
        "fix": dict(a.fix),
        "history": [
            {"status": v.status, "note": v.note, "tags": list(v.tags), "updated": v.updated,
             "fix": dict(v.fix)}
            for v in a.history
        ],
    }  # fmt: skip


def _version(record: Any, target: str, where: str) -> Version:
    if not isinstance(record, dict):
        raise ReviewError(f"{where}: a version must be an object")
    status, note, tags, updated = (record.get(k) for k in ("status", "note", "tags", "updated"))
    if not (isinstance(status, str) and isinstance(note, str) and isinstance(updated, str)):
        raise ReviewError(f"{where}: status, note and updated must be strings")
    if not isinstance(tags, list) or not all(plain_text(t) for t in tags):
        raise ReviewError(f"{where}: tags must be a list of strings without control characters")
    fix = record.get("fix", {})
    if not isinstance(fix, dict):
        raise ReviewError(f"{where}: fix must be an object")
    # Review files written before every field could be corrected kept the two labels apart.
    old = {k: record[k] for k in ("withdrawal", "threat") if record.get(k) is not None}
    try:
        corrected = clean_fix(target, {**old, **fix})
    except FixError as err:
        raise ReviewError(f"{where}: {err}") from None
    return Version(status, note, tuple(tags), updated, corrected)


def annotation_from(record: Any, where: str) -> Annotation:
    """An Annotation from its stored record, or ReviewError."""
    if not isinstance(record, dict):
        raise ReviewError(f"{where}: is not an object")
    key = record.get("target")
    if not isinstance(key, str) or ":" not in key:
        raise ReviewError(f"{where}: target must be 'statement:ID' or 'contradiction:ID'")
    history = record.get("history", [])
    if not isinstance(history, list):
        raise ReviewError(f"{where}: history must be a list")
    current = _version(record, key, where)
    return Annotation(
        key, current.status, current.note, current.tags, current.updated,
        tuple(_version(v, key, where) for v in history), current.fix,
    )  # fmt: skip
