"""Notices at 80×24: a row or two each, gone within seconds."""

from __future__ import annotations

import time
from pathlib import Path

from textual.widgets._toast import Toast

from tui.app import MawqifApp
from tui.data.store import Workspace
from tui.widgets.statement_list import StatementList


async def test_a_notice_takes_a_row_or_two_at_80_columns_and_goes_within_seconds(
    imported: Path,
):
    app = MawqifApp(Workspace(imported), "visual")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        first = app.screen.query_one(StatementList).items[0].statement.id
        await pilot.press("X")  # "Rejected (v shows rejected ones, z undoes): <its id>"
        await app.workers.wait_for_complete()
        await pilot.pause()
        (toast,) = app.screen.query(Toast)
        assert first in str(toast.render())
        assert toast.size.height <= 2
        # A notice a caller wanted on screen for long goes within seconds all the same.
        app.notify("Not saved: the disk is full. Your changes are kept; Ctrl+S tries again.",
                   severity="error", timeout=17)  # fmt: skip
        await pilot.pause()
        shown = time.monotonic()
        assert all(t.size.height <= 2 for t in app.screen.query(Toast))
        while app.screen.query(Toast) and time.monotonic() - shown < 12:
            await pilot.pause(0.5)
        assert not app.screen.query(Toast)
        assert time.monotonic() - shown < 9
