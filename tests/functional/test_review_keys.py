"""Review from the keyboard: status, notes, tags, undo, the queue, briefs, and resuming."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, TextArea

from tui.app import MawqifApp
from tui.data.store import Workspace
from tui.screens.main import DETAIL_WHILE_TYPING, MainScreen
from tui.screens.review import LineScreen, NoteScreen
from tui.widgets.statement_list import StatementList


def _saved(path: Path, statement_id: str):
    """The annotation as another process would read it from disk."""
    return Workspace(path).annotation(f"statement:{statement_id}")


async def _settle(app: MawqifApp, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause(DETAIL_WHILE_TYPING * 1.5)  # the detail pane follows once the keys pause


async def test_r_cycles_the_status_and_it_is_on_disk(make_app, workspace_file: Path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        selected = app.screen.selected
        await pilot.press("r")
        await _settle(app, pilot)
        assert _saved(workspace_file, selected).status == "reviewed"
        await pilot.press("r")
        await _settle(app, pilot)
        assert _saved(workspace_file, selected).status == "disputed"
        assert "disputed" in str(app.screen.query_one("#detail-review").render())


async def test_note_and_tags_dialogs(make_app, workspace_file: Path):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        selected = app.screen.selected
        await pilot.press("n")
        assert isinstance(app.screen, NoteScreen)
        app.screen.query_one(TextArea).insert("يحتاج إلى تحقق [bold]x[/]")
        await pilot.press("ctrl+s")
        await pilot.press("g")
        assert isinstance(app.screen, LineScreen)
        app.screen.query_one(Input).value = "deadline, follow-up, deadline"
        await pilot.press("enter")
        await _settle(app, pilot)
        saved = _saved(workspace_file, selected)
        assert saved.note == "يحتاج إلى تحقق [bold]x[/]"
        assert saved.tags == ("deadline", "follow-up")
        # With changes written, the first Escape warns and keeps the dialog and its text;
        # a second one leaves the note as it was.
        await pilot.press("n")
        app.screen.query_one(TextArea).insert("discarded")
        await pilot.press("escape")
        assert isinstance(app.screen, NoteScreen)
        assert "discarded" in app.screen.query_one(TextArea).text
        assert "Escape again discards" in str(app.screen.query_one("#note-hint").render())
        await pilot.press("escape")
        await _settle(app, pilot)
        assert not isinstance(app.screen, NoteScreen)
        assert _saved(workspace_file, selected).note == saved.note
        # Unchanged, one Escape closes it.
        await pilot.press("n")
        await pilot.press("escape")
        assert not isinstance(app.screen, NoteScreen)


async def test_undo_puts_back_the_last_change(make_app, workspace_file: Path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        selected = app.screen.selected
        await pilot.press("r", "r")
        await pilot.press("z")
        await _settle(app, pilot)
        assert _saved(workspace_file, selected).status == "reviewed"
        await pilot.press("z")
        await _settle(app, pilot)
        assert _saved(workspace_file, selected).status == "unreviewed"
        # Nothing is lost: every version is in the history.
        assert len(_saved(workspace_file, selected).history) == 3


async def test_review_queue_and_status_filter(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen: MainScreen = app.screen
        first = screen.selected
        await pilot.press("r", "u")
        assert screen.selected != first and screen.pane == "detail"
        second = screen.selected
        await pilot.press("r", "u")
        await _settle(app, pilot)
        await pilot.press("v")  # unreviewed only
        listed = [i.statement.id for i in screen.query_one(StatementList).items]
        assert first not in listed and second not in listed and listed
        await pilot.press("v")  # reviewed only
        listed = [i.statement.id for i in screen.query_one(StatementList).items]
        assert listed == sorted({first, second}, key=listed.index)


async def test_e_writes_a_brief_of_the_listed_statements(make_app, tmp_path: Path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("s", "s")  # opposes withdrawal
        await pilot.press("r")
        await pilot.press("e")
        assert isinstance(app.screen, LineScreen)
        out = tmp_path / "brief.md"
        app.screen.query_one(Input).value = str(out)
        await pilot.press("enter")
        await _settle(app, pilot)
        text = out.read_text(encoding="utf-8")
        opposes = [i.statement for i in app.screen.query_one(StatementList).items]
        assert f"{len(opposes)} statement(s)" in text
        for s in opposes:
            assert f"### {s.id} " in text
        assert "*Review:* reviewed" in text


async def test_the_app_reopens_where_the_analyst_stopped(workspace_file: Path):
    app = MawqifApp(Workspace(workspace_file), "visual")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("t", "j", "j", "b")
        chosen, threat = app.screen.selected, app.screen.threat
        await pilot.press("q")
    from tui.config import resolve_bidi

    reopened_ws = Workspace(workspace_file)
    mode = resolve_bidi(None, reopened_ws.session().get("bidi"))
    assert mode == "terminal"
    app = MawqifApp(reopened_ws, mode)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert app.screen.threat == threat and app.screen.selected == chosen
        assert app.bidi == "terminal"


async def test_W_and_T_correct_the_labels_of_the_selected_statement(make_app, workspace_file):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen: MainScreen = app.screen
        selected = screen.selected
        stored = app.workspace.corpus.statements[selected]
        await pilot.press("W")  # unspecified → supports (the next label in the codebook)
        await _settle(app, pilot)
        assert app.workspace.corpus.statements[selected].withdrawal != stored.withdrawal
        now = app.workspace.corpus.statements[selected].withdrawal
        await pilot.press("s" if now == "supports" else "x")
        if now == "supports":
            listed = [i.statement.id for i in screen.query_one(StatementList).items]
            assert selected in listed  # the filter sees the corrected label
        text = str(screen.query_one("#detail-labels").render())
        assert "corrected by the analyst" in text
        assert Workspace(workspace_file).corpus.statements[selected].withdrawal == now
        await pilot.press("z")  # undo puts the recorded label back
        await _settle(app, pilot)
        assert app.workspace.corpus.statements[selected].withdrawal == stored.withdrawal


async def test_the_contradictions_list_filters_by_status_and_reopens(workspace_file: Path):
    from tui.screens.contradictions import ContradictionsScreen

    app = MawqifApp(Workspace(workspace_file), "visual")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c")
        clashes = app.screen
        assert isinstance(clashes, ContradictionsScreen)
        first = clashes.current.id
        await pilot.press("r")  # mark it reviewed
        await _settle(app, pilot)
        await pilot.press("v")  # unreviewed only
        assert first not in [c.id for c in clashes.shown] and clashes.shown
        await pilot.press("v")  # reviewed only
        assert [c.id for c in clashes.shown] == [first]
        await pilot.press("q")
    app = MawqifApp(Workspace(workspace_file), "visual")
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(5):
            await pilot.pause(0.1)
        assert isinstance(app.screen, ContradictionsScreen)
        assert app.screen.status == "reviewed" and app.screen.current.id == first


async def test_tags_typed_with_the_arabic_comma_are_several_tags(make_app, workspace_file: Path):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        selected = app.screen.selected
        await pilot.press("g")
        app.screen.query_one(Input).value = "موعد، تناقض، follow-up"
        await pilot.press("enter")
        await _settle(app, pilot)
        assert _saved(workspace_file, selected).tags == ("موعد", "تناقض", "follow-up")


async def test_arabic_typed_in_a_note_or_tags_also_reads_in_order_below(make_app):
    from oracle import check_paragraphs
    from tui.screens.review import ReadsAs

    line = "القوات الأمريكية (التحالف) ستبقى حتى 2026"
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        note = app.screen
        reads = note.query_one(ReadsAs)
        assert not reads.display  # nothing typed yet
        note.query_one(TextArea).insert("Check the date.\n" + line)
        await pilot.pause()
        assert reads.display and reads.text == line  # the line the cursor is on
        drawn = [reads.render_line(y).text for y in range(reads.size.height)]
        # GNU FriBidi agrees on the order of every glyph drawn, brackets mirrored.
        check_paragraphs([line], [[row.rstrip() for row in drawn]], [True])
        note.query_one(TextArea).move_cursor((0, 0))  # back on the English line
        await pilot.pause()
        assert not reads.display
        await pilot.press("escape", "escape", "g")  # changes written: the second discards
        tags = app.screen
        tags.query_one(Input).value = "موعد, متابعة"
        await pilot.pause()
        assert tags.query_one(ReadsAs).display
        app.bidi = "terminal"  # the terminal reorders Arabic itself: no second copy
        tags.query_one(Input).value = "موعد"
        await pilot.pause()
        assert not tags.query_one(ReadsAs).display
