"""What the filters leave out is never silent: a date range says how many undated statements
it hides and can keep them, and a list with nothing in it says why and how to get out."""

from __future__ import annotations

from pathlib import Path

from tui.app import MawqifApp
from tui.data.store import Workspace
from tui.screens.main import MainScreen
from tui.widgets.statement_list import StatementList


def _bar(app: MawqifApp) -> str:
    return str(app.screen.query_one("#filter-bar").render())


def _rows(app: MawqifApp) -> list[str]:
    """The statements pane as the terminal shows it."""
    listing = app.screen.query_one(StatementList)
    return [listing.render_line(y).text.strip() for y in range(listing.size.height)]


async def _date_from(pilot, date: str) -> None:
    """As the user did: f, Tab three times to "said from", the date, Enter."""
    await pilot.press("f", "tab", "tab", "tab", *date, "enter")
    await pilot.pause()


async def test_a_date_range_says_how_many_undated_statements_it_hides_and_keeps_them(
    reported: Path,
):
    app = MawqifApp(Workspace(reported), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        await _date_from(pilot, "2025")
        screen = app.screen
        assert isinstance(screen, MainScreen)
        # Only the US official's words are dated; the other five are hidden, and say so.
        # At 80 columns "of" and "statements" give way so every count stays whole.
        assert " 1/6 " in _bar(app) and "5 undated hidden" in _bar(app)
        # Enter applied the filters and stayed on the list: it opened no statement.
        assert screen.pane == "statements" and isinstance(app.focused, StatementList)
        await pilot.press("f", *["tab"] * 5, "space", "ctrl+s")  # tick "keep … unknown"
        await pilot.pause()
        assert screen.undated and screen.date_from == "2025"
        assert "said 2025 to … or undated" in _bar(app) and "6 of 6 " in _bar(app)
        assert "hidden" not in _bar(app)
        await pilot.press("q")
    # The choice is part of the session, like every other filter.
    again = MawqifApp(Workspace(reported), "visual")
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.main_screen.undated and "6 of 6 " in _bar(again)


async def test_a_filter_that_leaves_nothing_says_so_and_how_to_clear_it(reported: Path):
    app = MawqifApp(Workspace(reported), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        await _date_from(pilot, "2030")
        rows = _rows(app)
        assert " 0/6 " in _bar(app)
        assert "No statements match the filters in the bar above." in rows
        assert "x clears every filter, f changes them, / changes the search." in rows
        hidden = "5 statement(s) whose date said is unknown are hidden"
        assert any(r.startswith(hidden) for r in rows)
        await pilot.press("x")
        await pilot.pause()
        assert "6 of 6 statements" in _bar(app)
        assert not any("No statements match" in r for r in _rows(app))
        await pilot.press("s", "s", "s")  # withdrawal: conditional, which nobody is
        await pilot.pause()
        rows = _rows(app)
        assert "No statements match the filters in the bar above." in rows
        assert not any("undated" in r for r in rows)
