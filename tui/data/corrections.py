"""An analyst's corrections of statement labels, applied over the statements as stored."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from .model import Statement
from .review import Annotation


def apply_corrections(
    statements: dict[str, Statement],
    annotations: Mapping[str, Annotation],
    originals: dict[str, Statement],
) -> set[str]:
    """Set each corrected statement's labels in `statements`, keeping the stored statement in
    `originals` (and putting it back when its correction is withdrawn); the ids changed."""
    wanted = {
        key.partition(":")[2]: a for key, a in annotations.items()
        if key.startswith("statement:") and (a.withdrawal or a.threat)
    }  # fmt: skip
    changed: set[str] = set()
    for sid in set(originals) | set(wanted):
        original = originals.get(sid) or statements.get(sid)
        if original is None:
            continue
        fix = wanted.get(sid)
        target = original if fix is None else replace(
            original, withdrawal=fix.withdrawal or original.withdrawal,
            threat=fix.threat or original.threat,
        )  # fmt: skip
        if statements[sid] != target:
            statements[sid] = target
            changed.add(sid)
        if fix is None:
            originals.pop(sid, None)
        else:
            originals.setdefault(sid, original)
    return changed
