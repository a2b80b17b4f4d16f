"""Where workspaces live and how one is opened or first created."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from ..resources import corpus_path
from .files import WorkspaceError, make_private_folder, real_file
from .store import Workspace, create_workspace, open_corpus


def default_workspace_path() -> Path:
    """The analyst's own workspace in the user data folder."""
    return platformdirs.user_data_path("mawqif") / "workspace.json"


def open_workspace(path: Path | None = None, create: bool = True, whole: bool = True) -> Workspace:
    """Open the workspace at `path` (the default one if None), creating it when missing.

    The default workspace starts as a copy of the bundled corpus; any other new file
    starts empty, ready for `mawqif import` (with `create` False, it is written only by
    the first change). A symbolic link is followed: its target is the workspace, created if
    missing. `whole`: see Workspace. Raises WorkspaceError with a one-line reason.
    """
    if path is None:
        path = default_workspace_path()
        if not path.exists():
            make_private_folder(path.parent)
            create_workspace(path, seed=[open_corpus(corpus_path())])
    try:
        real_file(path)
    except OSError as err:
        raise WorkspaceError(f"{path}: cannot be opened ({err.strerror})") from None
    if create and not path.exists():
        create_workspace(path)
    return Workspace(path, whole=whole)
