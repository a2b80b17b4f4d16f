"""A workspace of 20,000 statements: contradictions found off the event loop, listed whole and
drawn a screen at a time; articles another window imports taken in without a freeze."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.generate import write_workspace
from helpers import REPO
from tui.app import MawqifApp
from tui.data.contradictions import find_contradictions
from tui.data.store import Workspace
from tui.screens.contradictions import ContradictionsScreen
from tui.screens.main import AT_ONCE_UP_TO, MainScreen
from tui.screens.timeline import TimelineScreen
from tui.widgets.clash_list import ClashList

STATEMENTS = 20_000


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "workspace.json"
    write_workspace(path, STATEMENTS)
    return path


def copy_of(large: Path, folder: Path) -> Path:
    """A copy of the large workspace, with its index and review file, for one test to change
    (the app writes where the analyst was into the review file as it quits)."""
    for suffix in ("", ".index"):
        shutil.copyfile(f"{large}{suffix}", folder / f"workspace.json{suffix}")
    shutil.copyfile(large.with_name(f"{large.stem}.review.json"), folder / "workspace.review.json")
    return folder / "workspace.json"


async def _until(pilot, condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        await pilot.pause(0.05)


def _ready(app: MawqifApp) -> bool:
    """The main screen lists the statements and takes keys (its corpus read, not a preview)."""
    return (
        isinstance(app.screen, MainScreen) and bool(app.screen.results) and (not app.screen.loading)
    )


async def test_the_list_shows_before_the_workspace_is_read_and_stays_as_it_was(
    large: Path, tmp_path: Path
):
    app = MawqifApp(db=copy_of(large, tmp_path))
    async with app.run_test(size=(120, 30)) as pilot:

        def bar() -> str:
            # The main screen may be the app's screen a moment before it is composed.
            bars = app.screen.query("#filter-bar")
            return str(bars.first().render()) if bars else ""

        while not (isinstance(app.screen, MainScreen) and "of" in bar()):
            await pilot.pause(0.002)  # the corpus takes about a second more to read
        main = app.screen
        assert main.loading  # rows from the index, the corpus still being read
        assert f"{STATEMENTS} of {STATEMENTS} statements" in bar()
        assert "keys wait" in main.query_one("#statements-pane").border_subtitle
        listing = main.query_one("#statements")
        first = [listing.items[i].statement.id for i in range(30)]
        actors = [str(o.prompt) for o in main.query_one("#actors").options]
        await pilot.press("s")  # held until the corpus is read, then acts
        await _until(pilot, lambda: not main.loading)
        await pilot.pause(0.2)
        assert main.withdrawal == {"supports"}
        await pilot.press("x")
        await pilot.pause(0.2)
        assert [listing.items[i].statement.id for i in range(30)] == first
        assert [str(o.prompt) for o in main.query_one("#actors").options] == actors
        assert "keys wait" not in main.query_one("#statements-pane").border_subtitle


async def test_c_finds_them_in_a_worker_lists_all_and_draws_a_screenful(
    large: Path, tmp_path: Path
):
    expected = find_contradictions(Workspace(large).corpus)
    assert STATEMENTS > AT_ONCE_UP_TO and len(expected) > 1000
    app = MawqifApp(db=copy_of(large, tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await _until(pilot, lambda: _ready(app))
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


async def test_keys_typed_while_the_workspace_loads_act_once_it_shows(large: Path, tmp_path: Path):
    from textual import events

    from tui.app import LoadingScreen

    app = MawqifApp(db=copy_of(large, tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(app.screen, LoadingScreen)
        for key, char in (("s", "s"), ("s", "s"), ("slash", "/"), ("t", "t"), ("o", "o")):
            app.post_message(events.Key(key, char))
        await pilot.pause(0.01)
        assert isinstance(app.screen, LoadingScreen)  # typed while it still loads
        # Held keys are handed on one at a time, so the search fills letter by letter.
        await _until(pilot, lambda: isinstance(app.screen, MainScreen)
                     and len(app.screen.search) >= 2)  # fmt: skip
        main = app.screen
        # Each key went where it was meant to, in order: two stances, then a search "to".
        assert main.withdrawal == {"opposes"} and main.search == "to"


async def test_articles_another_window_imports_appear_and_filter(large: Path, tmp_path: Path):
    path = copy_of(large, tmp_path)
    app = MawqifApp(db=path)
    async with app.run_test(size=(100, 30)) as pilot:
        await _until(pilot, lambda: _ready(app))
        main = app.screen
        assert len(main.results) == STATEMENTS
        before = set(main.corpus.articles)
        article = REPO / "tests" / "fixtures" / "articles" / "rafidain-2025-01-ain-al-asad.ar.txt"
        imported = subprocess.run(
            [sys.executable, "-m", "tui", "import", "--db", str(path), str(article)],
            cwd=REPO,
            capture_output=True,
            timeout=120,
        )
        assert imported.returncode == 0, imported.stderr
        # The other window's articles show up once this one has noticed and re-indexed…
        await _until(pilot, lambda: len(main.results) > STATEMENTS)
        assert main.corpus is app.workspace.corpus
        new = set(main.corpus.articles) - before
        assert len(new) == 1
        assert any(r.statement.article in new for r in main.results)
        # …and filters and search work on the new corpus.
        await pilot.press("s")
        assert main.withdrawal == {"supports"}
        assert all(r.statement.withdrawal == "supports" for r in main.results)


async def test_collections_resume_before_the_long_read(large: Path, tmp_path: Path):
    """Collections held while the preview's rows are drawn resume before the corpus is read:
    reading 20,000 statements with none would keep what it leaves in cycles until the end."""
    import gc

    app = MawqifApp(db=copy_of(large, tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, MainScreen) and app.screen.loading)
        await _until(pilot, gc.isenabled, 10)
        assert app.screen.loading  # still a preview: the corpus is being read
        await _until(pilot, lambda: _ready(app))
        assert gc.isenabled()
