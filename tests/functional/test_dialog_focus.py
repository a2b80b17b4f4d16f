"""Where the focus is in the correction dialogs: back where the analyst was after creating
an actor, and visible without colour."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Input, Select

from screen_rows import screenshot_rows
from tui.app import MawqifApp
from tui.data.store import Workspace
from tui.screens.statement_form import StatementForm


async def _type(pilot, text: str) -> None:
    field = pilot.app.focused
    assert isinstance(field, Input), f"typing into {field!r}"
    field.insert_text_at_cursor(text)
    await pilot.pause()


async def test_after_ctrl_n_from_the_form_the_focus_is_back_on_the_speaker(imported: Path):
    app = MawqifApp(Workspace(imported), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("E")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, StatementForm)
        await pilot.press("enter")  # on the speaker: the picker
        await _type(pilot, "المتحدث باسم البنتاغون")
        await pilot.press("ctrl+n", "tab")
        await _type(pilot, "Pentagon spokesman")
        await pilot.press("tab")
        await _type(pilot, "US Department of Defense")
        await pilot.press("enter")  # created
        await app.workers.wait_for_complete()
        await pilot.pause(0.2)
        assert app.screen is form
        speaker = form.query_one("#form-speaker", Button)
        assert app.focused is speaker
        assert "Pentagon spokesman" in str(speaker.label)
        await pilot.press("tab")  # on to the next field, as from the speaker
        assert isinstance(app.focused, Select) and app.focused.id == "form-form"


async def test_the_focused_field_shows_without_colour(imported: Path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = MawqifApp(Workspace(imported), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("E")
        await pilot.pause()
        speaker = app.screen.query_one("#form-speaker", Button)
        assert app.focused is speaker
        assert all(s.style and s.style.reverse for s in speaker.render_line(0) if s.text.strip())
        app.screen.query_one("#form-summary", Input).focus()
        await pilot.pause()
        rows = screenshot_rows(app)
        framed = [row for row in rows if "English summary" in row]
        assert framed and "╔═ English summary ═" in framed[0]  # a double frame: focused
        assert not any("╔" in row for row in rows if "English summary" not in row)
        assert not any(s.style and s.style.reverse for s in speaker.render_line(0))
        await pilot.press("escape", "i")
        await pilot.pause(0.3)
        (path_row,) = [row for row in screenshot_rows(app) if "Path or URL" in row]
        assert "Path or URL ▌" in path_row  # the one-row field has a bar
