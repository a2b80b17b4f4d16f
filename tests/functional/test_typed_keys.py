"""Nothing typed is lost and every way in has a way back: keys typed faster than a dialog
opens, the saved session on the first frame, the timeline's End and Home."""

from __future__ import annotations

import asyncio
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
UKMOD_12_MONTHS = statement_id("ukmod-comment-12-months")


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


# A deadline added from the keyboard as the new user did: D, its words marked, the event
# and due date chosen, a derivation typed, half of it rubbed out and typed again, Ctrl+S.
DEADLINE_KEYS = ["D", "left", "left", "space", "left", "left", "tab", "enter", "down", "enter",
                 "tab", *"2025-09", "tab", *"within 12 months", *["backspace"] * 9,
                 *"six months", "end", *["backspace"] * 6, *"weeks", "ctrl+s"]  # fmt: skip


async def keys_as_a_terminal_sends_them(app: MawqifApp, keys: list[str], gap: float) -> None:
    """`keys` reaching the app `gap` seconds apart, however far it is behind with them (as
    tmux send-keys or a fast typist sends them; each a Key as the terminal driver makes)."""
    for key in keys:
        character = " " if key == "space" else key if len(key) == 1 else None
        app.post_message(events.Key(key, character))
        await asyncio.sleep(gap)


async def test_a_burst_of_keys_into_the_deadline_dialog_saves_what_was_typed(make_app):
    # Keys a few milliseconds apart came to the app while it was still handing on the
    # ones held behind D or a backspace: some went first, so another word was marked and
    # other letters deleted. Each burst must save what the same keys pressed slowly save.
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for gap in (0.001, 0.002, 0.003, 0.005) * 2:
            app.screen.query_one(StatementList).select_id(UKMOD_12_MONTHS)
            await pilot.pause(0.1)
            await keys_as_a_terminal_sends_them(app, DEADLINE_KEYS, gap)
            for _ in range(50):  # the held keys go one by one: a second or so for them all
                if isinstance(app.screen, MainScreen) and not app.type_ahead.held:
                    break
                await pilot.pause(0.1)
            await app.workers.wait_for_complete()
            assert isinstance(app.screen, MainScreen), f"gap {gap}: the dialog is still open"
            corpus = app.workspace.corpus
            statement = corpus.statements[UKMOD_12_MONTHS]
            added = statement.deadlines[-1]
            cue = corpus.articles[statement.article].text[added.cue_start : added.cue_end]
            saved = (cue, added.event, added.due, added.derivation)
            assert saved == ("بغداد وواشنطن المشترك", "coalition.iraq.mission_end", "2025-09",
                             "within six weeks"), f"gap {gap}"  # fmt: skip
            await pilot.press("z")  # undone, for the next burst
            await app.workers.wait_for_complete()


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
