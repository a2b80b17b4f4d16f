"""The deadline dialog (`D`) refuses what the timeline could not show truthfully: a due date
outside the years it knows, and a deadline whose words nobody marked."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Select

from screen_rows import screenshot_rows
from tui.app import MawqifApp
from tui.data.store import Workspace
from tui.screens.deadline_dialog import DeadlineDialog
from tui.widgets.statement_list import StatementList


def _official(db: Path) -> str:
    """The unnamed US official's statement: no deadline of the analyst's yet."""
    ws = Workspace(db)
    return next(s.id for s in ws.corpus.statements.values() if "أيلول 2026" in s.quote_ar)


def _error(app: MawqifApp) -> str:
    return str(app.screen.query_one("#deadline-error").render())


async def _fill(pilot, due: str) -> None:
    """Choose the coalition's final exit as the event and give `due`."""
    pilot.app.screen.query_one(Select).value = "coalition.iraq.full_withdrawal"
    pilot.app.screen.query_one("#deadline-due", Input).value = due
    await pilot.pause()


async def test_D_refuses_a_year_outside_its_range_and_a_deadline_without_marked_words(
    reported: Path,
):
    target = _official(reported)
    before = Workspace(reported).corpus.statements[target].deadlines
    app = MawqifApp(Workspace(reported), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.query_one(StatementList).select_id(target)
        await pilot.press("D")
        assert isinstance(app.screen, DeadlineDialog)
        placeholder = app.screen.query_one("#deadline-due", Input).placeholder
        assert placeholder == "YYYY, YYYY-MM or YYYY-MM-DD in 2003–2050, or indefinite"
        await _fill(pilot, "2026-09")
        await pilot.press("ctrl+s")  # no words marked: the cue would be a guess
        assert isinstance(app.screen, DeadlineDialog)
        assert "No words marked" in _error(app)
        assert app.screen.focused is app.screen.query_one("#deadline-cue")  # back to marking
        await pilot.press("left", "space", "left")  # two words, in reading order
        app.screen.query_one("#deadline-due", Input).value = "1850"
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, DeadlineDialog)
        assert "'1850' is outside the years 2003–2050" in _error(app)
        app.screen.query_one("#deadline-due", Input).value = "sometime"
        await pilot.press("ctrl+s")
        assert "is not YYYY, YYYY-MM, YYYY-MM-DD or indefinite" in _error(app)
        app.screen.query_one("#deadline-due", Input).value = "2026"  # a year alone will do
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, DeadlineDialog)
    after = Workspace(reported).corpus.statements[target].deadlines
    assert len(after) == len(before) + 1 and after[-1].due == "2026"
    assert len(after[-1].cue_ar.split()) == 2


async def test_the_derivation_reads_its_date_whole_when_another_field_has_focus(reported: Path):
    # "أيلول 2026 → 2026-09" is English prose with an Arabic phrase in it: drawn left to
    # right with the phrase kept whole, as the detail pane draws it. Drawn as an Arabic
    # line, UAX #9 would make the digits after the Arabic letters Arabic numbers and the
    # date would read "09-2026".
    target = _official(reported)
    app = MawqifApp(Workspace(reported), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.query_one(StatementList).select_id(target)
        await pilot.press("D")
        derivation = app.screen.query_one("#deadline-derivation", Input)
        derivation.value = "أيلول 2026 → 2026-09"
        app.screen.query_one("#deadline-due", Input).focus()
        await pilot.pause()
        row = next(r for r in screenshot_rows(app) if "→" in r and "2026" in r)
        assert "→ 2026-09" in row and "09-2026" not in row
        assert row.index("2026 ") < row.index("→")  # the phrase, then the arrow
