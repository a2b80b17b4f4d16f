"""Nothing typed is lost and every way in has a way back: keys typed faster than a dialog
opens, the saved session on the first frame, the timeline's End and Home."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import Input, TextArea

from helpers import statement_id
from tui.app import MawqifApp
from tui.data.store import Workspace
from tui.screens.contradictions import ContradictionsScreen
from tui.screens.main import MainScreen
from tui.screens.review import LineScreen, NoteScreen
from tui.screens.timeline import Timeline, TimelineScreen
from tui.widgets.statement_list import StatementList

# The statements these tests name, by their stable keys in data/statements.toml.
INDEFINITE = statement_id("maamouri-indefinite")


def burst(app: MawqifApp, text: str) -> None:
    """Keys as a fast typist or a paste sends them: all in the queue before any is read."""
    for char in text:
        app.post_message(events.Key(char, char))


async def test_text_typed_right_after_g_or_n_reaches_the_dialog(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        burst(app, "gdeadline")
        await pilot.pause(0.3)
        assert isinstance(app.screen, LineScreen)
        assert app.screen.query_one(Input).value == "deadline"
        await pilot.press("enter")
        await pilot.pause()
        assert app.workspace.annotation(f"statement:{app.screen.selected}").tags == ("deadline",)
        burst(app, "nsee 2026")
        await pilot.pause(0.3)
        assert isinstance(app.screen, NoteScreen)
        assert app.screen.query_one(TextArea).text == "see 2026"


async def test_end_and_g_move_the_timeline_selection_and_home_goes_back(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d")
        assert isinstance(app.screen, TimelineScreen)
        timeline = app.screen.query_one(Timeline)
        last = len(timeline.marks) - 1
        await pilot.press("end")
        assert timeline.cursor == last
        assert app.screen.current_target() == f"statement:{timeline.marks[last].statement.id}"
        # The selected mark is on screen, not only the scroll moved.
        row = timeline.rows.index(("mark", last))
        assert timeline.scroll_offset.y <= row < timeline.scroll_offset.y + timeline.size.height
        await pilot.press("home")
        assert timeline.cursor == 0
        await pilot.press("G")
        assert timeline.cursor == last
        await pilot.press("pageup")
        assert 0 < timeline.cursor < last


async def test_enter_on_a_mark_then_escape_comes_back_to_that_mark(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d", "j", "j", "j")
        chosen = app.screen.query_one(Timeline).current
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and app.screen.selected == chosen.statement.id
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
        assert app.screen.query_one(Timeline).current == chosen


async def test_the_saved_session_is_in_the_screens_before_their_first_frame(workspace_file):
    Workspace(workspace_file).save_session({"bidi": "visual", "screens": [
        {"screen": "main", "withdrawal": ["opposes"], "selected": INDEFINITE, "pane": "statements"},
        {"screen": "contradictions", "kind": "deadline", "status": None, "selected":
         "c-curated-final-exit-2026-vs-mission-end-2025"},
    ]})  # fmt: skip
    workspace = Workspace(workspace_file)
    state = workspace.session()["screens"][0]
    # The filters are the screen's from its construction: nothing is drawn unfiltered first.
    main = MainScreen(workspace.corpus, "visual", None, state)
    assert main.withdrawal == {"opposes"} and main.selected == INDEFINITE
    app = MawqifApp(Workspace(workspace_file), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        clashes = app.screen
        assert isinstance(clashes, ContradictionsScreen)
        assert clashes.kind == "deadline"
        assert clashes.current.id == "c-curated-final-exit-2026-vs-mission-end-2025"
        listed = app.main_screen.query_one(StatementList).items
        assert {i.statement.withdrawal for i in listed} == {"opposes"}
        await pilot.press("escape")
        assert app.screen.selected == INDEFINITE


async def test_quitting_on_a_pair_reopens_that_pair_over_its_list(workspace_file: Path):
    from tui.screens.pair import PairScreen

    app = MawqifApp(Workspace(workspace_file), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "f", "enter", "right_square_bracket")
        seen = app.screen.current.id
        await pilot.press("q")
    app = MawqifApp(Workspace(workspace_file), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PairScreen) and app.screen.current.id == seen
        await pilot.press("escape")
        assert isinstance(app.screen, ContradictionsScreen) and app.screen.kind == "deadline"
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
