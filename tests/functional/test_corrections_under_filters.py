"""A correction that takes the selected statement out of the filters' results: the statement
stays selected and listed, marked, so the keys pressed next act on it; a rejected one hands
the selection to the statement after it."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._toast import Toast

from screen_rows import screenshot_rows
from tui.app import MawqifApp
from tui.cli import main
from tui.data.store import Workspace
from tui.screens.main import DETAIL_WHILE_TYPING
from tui.widgets.statement_list import StatementList

ARTICLES = Path(__file__).parents[1] / "fixtures" / "articles"


@pytest.fixture
def two_articles(tmp_path: Path, capsys) -> Path:
    """A workspace of two imported articles: a Pentagon spokesperson in one, the Joint
    Operations Command in the other."""
    db = tmp_path / "two.json"
    for name in ("corrections.ar.txt", "ninawa-2025-09-harir.ar.txt"):
        assert main(["import", "--db", str(db), "--published", "2025-10-01",
                     str(ARTICLES / name)]) == 0  # fmt: skip
    capsys.readouterr()
    return db


def _toasts(app: MawqifApp) -> list[str]:
    """The notifications on screen now."""
    return [str(toast.render()) for toast in app.screen.query(Toast)]


async def _settle(app: MawqifApp, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause(DETAIL_WHILE_TYPING * 1.5)


async def test_a_corrected_speaker_under_a_search_stays_selected_and_the_next_keys_act(
    two_articles: Path,
):
    app = MawqifApp(Workspace(two_articles), "visual")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("slash", *"spokes", "enter")
        await _settle(app, pilot)
        (spokesperson,) = [row.statement.id for row in app.screen.query_one(StatementList).items]
        await pilot.press("S", *"joint", "enter")
        await _settle(app, pilot)
        listed = app.screen.query_one(StatementList)
        row = listed.render_line(0).text
        assert row.startswith(" ~") and "Iraqi Joint" in row  # listed, corrected, marked
        assert app.screen.selected == spokesperson
        assert "+1 kept ~" in screenshot_rows(app)[0]  # the bar says why a non-match is listed
        assert any("no longer matches the filters" in toast for toast in _toasts(app))
        await pilot.press("W", "W", "T")  # these act on the statement, none dropped
        await _settle(app, pilot)
        corrected = Workspace(two_articles).corpus.statements[spokesperson]
        assert (corrected.withdrawal, corrected.threat) == ("opposes", "high")
        assert corrected.actor != Workspace(two_articles).stored.statements[spokesperson].actor
        await pilot.press("slash", "ctrl+u", *"spokes", "enter")  # the search changes
        await _settle(app, pilot)
        assert "No statement" in "\n".join(screenshot_rows(app))  # now it has gone


async def test_W_and_T_with_no_statement_listed_say_so(two_articles: Path):
    app = MawqifApp(Workspace(two_articles), "visual")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("slash", *"nothing-matches-this", "enter")
        await _settle(app, pilot)
        await pilot.press("W")
        await pilot.pause()
        assert any("Select a statement first" in toast for toast in _toasts(app))


async def test_X_hands_the_selection_to_the_next_statement(two_articles: Path):
    app = MawqifApp(Workspace(two_articles), "visual")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        listed = app.screen.query_one(StatementList)
        ids = [row.statement.id for row in listed.items]
        await pilot.press("j", "j", "j")
        await _settle(app, pilot)
        assert app.screen.selected == ids[3]
        await pilot.press("X")
        await _settle(app, pilot)
        assert app.screen.selected == ids[4]
        assert listed.cursor == 3  # the next row, where the rejected one was
        await pilot.press("G", "X")  # the last: the one before it takes the selection
        await _settle(app, pilot)
        assert app.screen.selected == ids[-2]
