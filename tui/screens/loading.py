"""What shows while a workspace is read, and when a large one first shows its list from
its index instead (see data/preview.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Static

if TYPE_CHECKING:
    from ..data.index import Index
    from ..data.store import Workspace

# Workspaces smaller than this (bytes) are read whole before their first screen: a second
# or less. Larger ones first show their list from the index (see data/preview.py).
PREVIEW_FROM = 8 << 20
# Seconds the full read waits, at most, for the preview to be drawn.
PREVIEW_WAIT = 3.0


class LoadingScreen(Screen[None]):
    """What shows while the workspace is read: its name and size."""

    # Keys typed meanwhile wait for the screen that follows (see type_ahead.py).
    LOADING = True

    def __init__(self, db: Path | None) -> None:
        super().__init__()
        self.db = db

    def compose(self) -> ComposeResult:
        where = str(self.db) if self.db else "your workspace"
        size = ""
        if self.db is not None and self.db.exists():
            size = f" ({self.db.stat().st_size / 1e6:.1f} MB)"
        yield Static(f"mawqif — opening {where}{size}…", id="loading", markup=False)


def preview_of(workspace: Workspace) -> Index | None:
    """A preview of a large workspace's list (see data/preview.py), when the saved filters
    are all ones its columns answer; else None, and the loading screen stays until the read."""
    if workspace.path.stat().st_size < PREVIEW_FROM:
        return None
    screens = workspace.session().get("screens", [])
    for state in screens if isinstance(screens, list) else []:
        if (
            isinstance(state, dict)
            and state.get("screen") == "main"
            and any(state.get(key) for key in ("search", "status", "date_from", "date_to"))
        ):
            return None
    preview = workspace.preview()
    if preview is None:
        return None
    for state in screens if isinstance(screens, list) else []:
        selected = state.get("selected") if isinstance(state, dict) else None
        if isinstance(selected, str) and state.get("screen") == "main":
            preview.show(selected)
    return preview
