"""Fixtures for tests that run the real app under Textual's Pilot."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.app import MawqifApp
from tui.data.store import Workspace


@pytest.fixture
def make_app(workspace_file: Path):
    """Build the real app on a throwaway copy of the bundled corpus."""

    def build(bidi: str = "visual", path: Path | None = None) -> MawqifApp:
        return MawqifApp(Workspace(path or workspace_file), bidi)

    return build
