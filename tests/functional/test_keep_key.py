"""One keep key in every correction dialog: Ctrl+S keeps, the footer says so, and the
dialogs' own words say what the keys do."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Label

from helpers import statement_id
from tui.app import MawqifApp
from tui.data.store import Workspace
from tui.screens.main import MainScreen
from tui.widgets.key_bar import KeyBar
from tui.widgets.statement_list import StatementList

KIRKUK = statement_id("security-service-kirkuk")


def footer(app) -> str:
    return app.screen.query_one(KeyBar).render_line(0).text


async def test_every_correction_dialog_offers_and_takes_ctrl_s(make_app, imported: Path):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for key in ("E", "D", "Q", "A", "S"):
            app.screen.query_one(StatementList).select_id(KIRKUK)
            await pilot.press(key)
            await pilot.pause()
            assert not isinstance(app.screen, MainScreen), key
            assert "^s" in footer(app), f"{key}: {footer(app)}"
            await pilot.press("escape")
            await pilot.pause()
        # Q keeps with Ctrl+S (it took only Enter): the quote moved.
        before = app.workspace.corpus.statements[KIRKUK]
        await pilot.press("Q", "right", "right", "ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert app.workspace.corpus.statements[KIRKUK].end < before.end
        # The tags line keeps with Ctrl+S too.
        await pilot.press("g")
        await pilot.pause()
        assert "Ctrl+S or Enter keeps" in str(app.screen.query_one(".dialog-hint", Label).render())
        app.screen.query_one(Input).insert_text_at_cursor("follow-up")
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        assert app.workspace.annotation(f"statement:{KIRKUK}").tags == ("follow-up",)


async def test_the_new_actor_dialog_says_what_creates_and_ctrl_s_picks(imported: Path):
    app = MawqifApp(Workspace(imported), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("S")
        await pilot.pause()
        await pilot.press("ctrl+s")  # picks the highlighted actor, as Enter does
        await app.workers.wait_for_complete()
        assert isinstance(app.screen, MainScreen)
        await pilot.press("S", "ctrl+n")
        await pilot.pause()
        header = str(app.screen.query(Label).first().render())
        # Enter on the last field (the kind) opens its list: the header must not promise it.
        assert "Enter on the last field" not in header and "Ctrl+S" in header
