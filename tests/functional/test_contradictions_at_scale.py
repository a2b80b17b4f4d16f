"""Contradictions in a workspace of 20,000 statements: found off the event loop, listed whole,
drawn a screen at a time."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bench.generate import write_workspace
from tui.app import MawqifApp
from tui.data.contradictions import find_contradictions
from tui.data.store import Workspace
from tui.screens.contradictions import ClashList, ContradictionsScreen
from tui.screens.main import MainScreen
from tui.screens.main_review import FIND_QUIETLY
from tui.screens.timeline import TimelineScreen

STATEMENTS = 20_000


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "workspace.json"
    write_workspace(path, STATEMENTS)
    return path


async def _until(pilot, condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        await pilot.pause(0.05)


async def test_c_finds_them_in_a_worker_lists_all_and_draws_a_screenful(large: Path):
    expected = find_contradictions(Workspace(large).corpus)
    assert STATEMENTS > FIND_QUIETLY and len(expected) > 1000
    app = MawqifApp(db=large)
    async with app.run_test(size=(100, 30)) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, MainScreen) and app.screen.results)
        told: list[str] = []
        notify = app.notify
        app.notify = lambda message, *a, **k: told.append(message) or notify(message, *a, **k)
        await pilot.press("c", "c")  # pressed twice while they are being found
        await _until(pilot, lambda: isinstance(app.screen, ContradictionsScreen))
        assert f"Finding the contradictions among {STATEMENTS:,} statements…" in told
        assert [type(s) for s in app.screen_stack[-2:]] == [MainScreen, ContradictionsScreen]
        clashes = app.screen
        assert [c.id for c in clashes.all] == [c.id for c in expected]
        assert clashes.current is not None and clashes.current.kind == "deadline"
        listing = clashes.query_one(ClashList)
        drawn = []
        build = listing.build_row
        listing.build_row = lambda i, w, c: drawn.append(i) or build(i, w, c)
        await pilot.press("G")  # to the last of thousands
        await pilot.pause()
        assert clashes.current.id == expected[-1].id
        assert drawn and len(set(drawn)) <= 2 * listing.size.height  # a screenful, not all
        await pilot.press("escape", "c")  # found once: the second time opens at once
        assert isinstance(app.screen, ContradictionsScreen)
        await pilot.press("escape", "d")
        assert isinstance(app.screen, TimelineScreen)
