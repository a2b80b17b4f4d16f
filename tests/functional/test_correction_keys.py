"""Correcting from the keyboard, as an analyst does: each kind of correction, then the
export says what the analyst made true."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import Input

from helpers import statement_id
from tui.app import MawqifApp
from tui.cli import main
from tui.data.store import Workspace
from tui.screens.actor_dialogs import ActorPicker
from tui.screens.main import DETAIL_WHILE_TYPING
from tui.widgets.statement_list import StatementList
from tui.widgets.word_marker import WordMarker

# The statements these tests name, by their stable keys in data/statements.toml.
KIRKUK = statement_id("security-service-kirkuk")
MISSION_END_2025 = statement_id("joint-mission-end-2025")
UKMOD_12_MONTHS = statement_id("ukmod-comment-12-months")

MISSED = "على القوات الأجنبية مغادرة المنطقة"  # words with no cue: the import leaves them


def _export(capsys, db: Path, *args: str) -> list[dict]:
    """What `mawqif export` writes (to a file: the running app holds standard output)."""
    out = db.with_name("export.json")
    assert main(["export", "--db", str(db), *args, "-o", str(out)]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


async def _settle(app: MawqifApp, pilot, detail: bool = False) -> None:
    """Wait for saves in workers (and, with `detail`, for the detail pane to follow)."""
    await app.workers.wait_for_complete()
    await pilot.pause(DETAIL_WHILE_TYPING * 1.5 if detail else None)


async def _type(pilot, text: str) -> None:
    """Type `text` into the focused field (inserted at once, as a paste would: a key at a
    time under Pilot costs a tenth of a second each)."""
    field = pilot.app.focused
    assert isinstance(field, Input), f"typing into {field!r}"
    field.insert_text_at_cursor(text)
    await pilot.pause()


async def _select(app: MawqifApp, pilot, statement_id: str) -> None:
    app.screen.query_one(StatementList).select_id(statement_id)
    await pilot.press("enter")
    await pilot.pause()


def _first(db: Path, word: str) -> str:
    """The id of the statement whose quote holds `word`."""
    return next(s.id for s in Workspace(db).corpus.statements.values() if word in s.quote_ar)


async def test_S_picks_the_speaker_by_arabic_name_or_creates_one(capsys, imported: Path):
    wrong = _first(imported, "أربيل")  # said by the Pentagon's spokesperson
    app = MawqifApp(Workspace(imported), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        await _select(app, pilot, wrong)
        await pilot.press("S")
        assert isinstance(app.screen, ActorPicker)
        await _type(pilot, "محمد")  # folded like search: the palette way
        await pilot.press("enter")
        await _settle(app, pilot)
        (row,) = [s for s in _export(capsys, imported) if s["id"] == wrong]
        assert row["actor"]["name_en"] == "Mohammed Karim"
        await pilot.press("S")
        await _type(pilot, "المتحدث باسم البنتاغون")
        await pilot.press("ctrl+n")  # a new actor, its Arabic name from what was typed
        await pilot.press("tab")
        await _type(pilot, "Pentagon spokesman")
        await pilot.press("tab")
        await _type(pilot, "US Department of Defense")
        await pilot.press("enter")
        await _settle(app, pilot, detail=True)
        assert "Pentagon spokesman" in str(app.screen.query_one("#detail-meta").render())
    (row,) = [s for s in _export(capsys, imported) if s["id"] == wrong]
    assert row["actor"]["name_ar"] == "المتحدث باسم البنتاغون"
    assert "by Pentagon spokesman" in row["summary_en"]
    actors = {a["name_en"]: a for a in _export(capsys, imported, "--what", "actors")}
    assert actors["Pentagon spokesman"]["role"] == "US Department of Defense"


async def test_E_corrects_summary_and_stance_and_removes_a_deadline(
    capsys, make_app, workspace_file: Path
):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _select(app, pilot, UKMOD_12_MONTHS)  # UK MoD: the mission ends within 12 months
        await pilot.press("E")
        form = app.screen
        await pilot.press("tab", "tab")  # speaker → form → stance
        await pilot.press("enter", "up", "up", "enter")  # from unspecified up to opposes
        summary = form.query_one("#form-summary", Input)
        summary.focus()
        await pilot.press("ctrl+u")
        await _type(pilot, "The UK says the mission ends; the date is contested.")
        await pilot.press("enter")  # on to the deadlines
        await pilot.press("x")  # the one deadline goes
        await pilot.press("ctrl+s")
        await _settle(app, pilot)
    (row,) = [s for s in _export(capsys, workspace_file) if s["id"] == UKMOD_12_MONTHS]
    assert row["summary_en"] == "The UK says the mission ends; the date is contested."
    assert row["withdrawal"] == "opposes" and row["deadlines"] == []


async def test_D_adds_a_deadline_whose_words_are_marked_on_the_quote(capsys, imported: Path):
    target = _first(imported, "أربيل")
    app = MawqifApp(Workspace(imported), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        await _select(app, pilot, target)
        await pilot.press("D")
        # The quote reads right to left on screen: ← goes on in reading order.
        await pilot.press("left", "left", "space", "left", "left", "left", "left")
        await pilot.press("tab", "enter")  # the event list
        await pilot.press("end", "up")  # us.forces.kurdistan.presence_end, last but one
        await pilot.press("enter", "tab")
        await _type(pilot, "indefinite")
        await pilot.press("tab")
        await _type(pilot, "no end date given")
        await pilot.press("enter")
        await _settle(app, pilot)
    (row,) = [s for s in _export(capsys, imported) if s["id"] == target]
    (deadline,) = row["deadlines"]
    assert deadline["event"] == "us.forces.kurdistan.presence_end"
    assert deadline["due"] == "indefinite" and deadline["derivation"] == "no end date given"
    assert deadline["cue_ar"] == "ستحتفظ بقوة صغيرة في أربيل"
    assert not Workspace(imported).corrected.problems


async def test_Q_moves_the_quote_word_by_word(capsys, make_app, workspace_file: Path):
    stored = Workspace(workspace_file).corpus.statements[KIRKUK]
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _select(app, pilot, KIRKUK)
        await pilot.press("Q")
        await pilot.press("right", "right")  # the end, two words back toward the start
        await pilot.press("o", "left")  # the start, one word on
        await pilot.press("enter")
        await _settle(app, pilot)
    (row,) = [s for s in _export(capsys, workspace_file) if s["id"] == KIRKUK]
    words = stored.quote_ar.split()
    assert row["quote_ar"] == " ".join(words[1:-2])
    assert row["start"] > stored.start and row["end"] < stored.end


async def test_X_rejects_v_lists_the_rejected_and_X_restores(capsys, make_app, workspace_file):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await _select(app, pilot, MISSION_END_2025)
        await pilot.press("X")
        await _settle(app, pilot)
        listed = [i.statement.id for i in screen.query_one(StatementList).items]
        assert MISSION_END_2025 not in listed and len(listed) == 64
        assert "64 of 64 statements" in str(screen.query_one("#filter-bar").render())
        assert MISSION_END_2025 not in [s["id"] for s in _export(capsys, workspace_file)]
        await pilot.press("v", "v", "v", "v")  # unreviewed, reviewed, disputed, rejected
        assert screen.status == {"rejected"}
        assert [i.statement.id for i in screen.query_one(StatementList).items] == [MISSION_END_2025]
        await pilot.press("enter")
        await pilot.pause(DETAIL_WHILE_TYPING)
        assert "REJECTED" in str(screen.query_one("#detail-labels").render())
        await pilot.press("X")  # restore
        await _settle(app, pilot)
        assert [i.statement.id for i in screen.query_one(StatementList).items] == []
    assert MISSION_END_2025 in [s["id"] for s in _export(capsys, workspace_file)]


def _marked_cells(marker: WordMarker, mode: str) -> set[int] | str:
    """What the screen shows marked: in visual order, the logical offsets FriBidi says the
    marked cells show; in logical order, the marked characters as they read."""
    from oracle import check_paragraphs

    rows = marker.rows
    if mode != "visual":
        return "".join(p.text for r in rows for p in r.segments if p.tag in ("mark", "cursor"))
    (shown,) = check_paragraphs([marker.text], [[r.text for r in rows]], [True])
    marked: set[int] = set()
    for row, cells in zip(rows, shown, strict=True):
        at = 0
        for part in row.segments:
            if part.tag in ("mark", "cursor"):
                for offsets in cells[at : at + len(part.text)]:
                    marked.update(offsets)
            at += len(part.text)
    return marked


async def test_words_marked_in_the_article_are_the_right_logical_span_in_every_mode(
    imported: Path,
):
    app = MawqifApp(Workspace(imported), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        await _select(app, pilot, _first(imported, "أربيل"))
        await pilot.press("o", "down")  # the article, the paragraph the import skipped
        for mode in ("visual", "terminal", "raw"):
            app.bidi = mode  # what b does
            # From the paragraph's last word, mark four words back toward its start: the
            # way back is → where the paragraph runs right to left on screen, ← in raw.
            earlier = "left" if mode == "raw" else "right"
            await pilot.press("end", "space", *[earlier] * 4)
            marker = app.screen.focused
            assert isinstance(marker, WordMarker) and marker.mode == mode
            start, end = marker.article_span
            assert app.screen.article.text[start:end] == MISSED
            local = set(range(start - marker.at, end - marker.at))
            assert _marked_cells(marker, mode) == (local if mode == "visual" else MISSED)


async def test_a_statement_the_import_missed_is_added_from_the_article(capsys, imported: Path):
    app = MawqifApp(Workspace(imported), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        await _select(app, pilot, _first(imported, "أربيل"))
        await pilot.press("o", "down", "end", "space", *["right"] * 4, "a")
        assert isinstance(app.screen, ActorPicker)  # who said it comes first
        await _type(pilot, "المرشد")
        await pilot.press("ctrl+n", "tab")
        await _type(pilot, "Supreme Leader")
        await pilot.press("enter", "enter")  # English name, role: created
        await pilot.pause()
        await _type(pilot, "Foreign forces must leave the region.")
        await pilot.press("ctrl+s")
        await _settle(app, pilot)
        # Back on the statements, the new one selected and shown.
        added = app.screen.selected
        assert added and ":analyst-" in added and app.screen.pane == "detail"
    (row,) = [s for s in _export(capsys, imported) if s["id"] == added]
    assert row["quote_ar"] == MISSED and row["origin"] == "analyst"
    assert row["form"] == "direct_quote"  # the words marked are inside quotation marks
    assert row["actor"]["name_ar"] == "المرشد" and row["actor"]["name_en"] == "Supreme Leader"
    assert row["summary_en"] == "Foreign forces must leave the region."


async def test_words_marked_outside_quotation_marks_are_added_as_a_paraphrase(
    capsys, imported: Path
):
    app = MawqifApp(Workspace(imported), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        await _select(app, pilot, _first(imported, "أربيل"))
        # The paragraph's first words, before its quotation: the outlet's own report.
        await pilot.press("o", "down", "home", "space", *["left"] * 3, "a")
        assert isinstance(app.screen, ActorPicker)
        await _type(pilot, "حسابات")
        await pilot.press("ctrl+n", "tab")
        await _type(pilot, "Accounts on X")
        await pilot.press("enter", "enter")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await _settle(app, pilot)
        added = app.screen.selected
    (row,) = [s for s in _export(capsys, imported) if s["id"] == added]
    assert row["quote_ar"] == "وتداولت حسابات على منصة" and row["form"] == "paraphrase"


async def test_A_renames_an_actor_and_M_merges_another_into_it(capsys, imported: Path):
    wrong = _first(imported, "أربيل")
    karim = _first(imported, "المخيم")
    app = MawqifApp(Workspace(imported), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        await _select(app, pilot, karim)
        await pilot.press("A")
        await pilot.press("ctrl+u")
        await _type(pilot, "Mohammed Karim (camp media director)")
        await pilot.press("enter", "ctrl+u")
        await _type(pilot, "Media director of the directorate")
        await pilot.press("enter")
        await _settle(app, pilot)
        await pilot.press("M")  # merge another actor into Karim
        await _type(pilot, "البنتاغون")
        await pilot.press("enter")
        await _settle(app, pilot)
    rows = {s["id"]: s for s in _export(capsys, imported)}
    assert rows[wrong]["actor"]["id"] == rows[karim]["actor"]["id"]
    (actor,) = [a for a in _export(capsys, imported, "--what", "actors")
                if a["id"] == rows[karim]["actor"]["id"]]  # fmt: skip
    assert actor["name_en"] == "Mohammed Karim (camp media director)"
    assert actor["role"] == "Media director of the directorate"
    assert any("البنتاغون" in alias for alias in actor["aliases"])
    assert len([a for a in _export(capsys, imported, "--what", "actors")]) == 1


async def test_z_undoes_corrections_one_by_one(capsys, make_app, workspace_file: Path):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _select(app, pilot, MISSION_END_2025)
        await pilot.press("X")
        await _settle(app, pilot)
        assert MISSION_END_2025 not in app.workspace.corpus.statements
        await pilot.press("z")
        await _settle(app, pilot)
        assert MISSION_END_2025 in app.workspace.corpus.statements
    assert MISSION_END_2025 in [s["id"] for s in _export(capsys, workspace_file)]
    history = Workspace(workspace_file).annotation(f"statement:{MISSION_END_2025}").history
    assert [v.fix for v in history] == [{"rejected": True}]  # the undone version is kept


async def test_a_second_window_sees_a_correction_at_its_next_look(make_app, workspace_file):
    from tui.data.review import change

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        other = Workspace(workspace_file)  # another mawqif on the same workspace
        other.annotate(f"statement:{MISSION_END_2025}", lambda a: change(a, rejected=True))
        other.save()
        app.review._look_for_changes()  # what its timer does every two seconds
        await _settle(app, pilot)
        listed = [i.statement.id for i in app.screen.query_one(StatementList).items]
        assert MISSION_END_2025 not in listed and len(listed) == 64


async def test_every_correction_key_is_in_the_footer_help_and_palette(make_app):
    from tui.screens.help import keys_table
    from tui.widgets.key_bar import KeyBar
    from tui.widgets.keys import ACTOR, STATEMENT

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")  # a statement in full: its keys come first in the footer
        await pilot.pause()
        footer = app.screen.query_one(KeyBar).render_line(0).text
        assert footer.startswith(" ? Help  S Speaker  E Edit  D Deadline  Q Quote  X Reject")
        table = keys_table(app.screen)
        commands = {c.title for c in app.get_system_commands(app.screen)}
        for key in (*STATEMENT, *ACTOR):
            assert key.tooltip in table
            assert f"{key.words} ({key.key})" in commands
        await pilot.press("tab")  # the actors pane: its keys first
        await pilot.pause()
        footer = app.screen.query_one(KeyBar).render_line(0).text
        assert footer.startswith(" ? Help  A Edit actor  M Merge")
