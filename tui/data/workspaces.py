"""Where workspaces live and how one is opened or first created."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from ..resources import corpus_path
from .store import Workspace, create_workspace, open_corpus


def default_workspace_path() -> Path:
    """The analyst's own workspace in the user data folder."""
    return platformdirs.user_data_path("mawqif") / "workspace.json"


def open_workspace(path: Path | None = None, create: bool = True) -> Workspace:
    """Open the workspace at `path` (the default one if None), creating it when missing.

    The default workspace starts as a copy of the bundled corpus; any other new file
    starts empty, ready for `mawqif import` (with `create` False, it is written only by
    the first change).
    """
    if path is None:
        path = default_workspace_path()
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            create_workspace(path, seed=[open_corpus(corpus_path())])
    elif create and not path.exists() and not path.is_symlink():
        create_workspace(path)
    return Workspace(path)
