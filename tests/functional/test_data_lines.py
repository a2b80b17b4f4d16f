"""Data an import makes Arabic (outlet, title, role, derivation, explanation) drawn by the
display engine in the real app, checked row by row against GNU FriBidi at 80×24 and 120×40."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandList

from helpers import statement_id
from oracle import FSI, PDI, check_alignment, check_paragraphs, isolated, rows_showing
from tui.app import MawqifApp
from tui.data.model import Statement
from tui.data.store import Workspace, open_corpus
from tui.screens.article import ArticleScreen
from tui.screens.contradictions import ContradictionsScreen
from tui.screens.pair import PairScreen
from tui.screens.timeline import TimelineScreen
from tui.widgets.statement_list import StatementList

# The statements these tests name, by their stable keys in data/statements.toml.
MISSION_END_2025 = statement_id("joint-mission-end-2025")

SIZES = [(80, 24), (120, 40)]
IDS = ["80x24", "120x40"]
MIZAN, NAHRAIN = "صحيفة الميزان", "شبكة النهرين"
TITLE = "مسؤول أمريكي: قواتنا باقية في العراق حتى نهاية المهمة"
ROLE = "القيادي في الحشد الشعبي"
LONG_ROLE = "مستشار الأمن القومي العراقي للشؤون الإقليمية والدولية والحدودية"


def drawn(widget) -> list[str]:
    """The rows a widget draws, as Textual composes them."""
    return [widget.render_line(y).text for y in range(widget.size.height)]


def statement_by(db: Path, name_en: str, outlet: str | None = None) -> Statement:
    """The first statement of `name_en` that gives a deadline, in the article of `outlet`."""
    corpus = open_corpus(db)
    return next(
        s for s in corpus.statements.values()
        if corpus.actors[s.actor].name_en == name_en and s.deadlines
        and outlet in (None, corpus.articles[s.article].outlet)
    )  # fmt: skip


async def open_statement(pilot, app: MawqifApp, statement_id: str) -> None:
    """Select a statement in the list, open it and let the detail follow."""
    statements = app.screen.query_one(StatementList)
    assert statements.select_id(statement_id)
    await pilot.press("enter")
    await pilot.pause(0.3)


def check_line(rows: list[str], first: int, logical: str) -> list[str]:
    """The rows from `first` that show `logical` (an English line, fields between FSI and
    PDI), checked against FriBidi; the rows are returned."""
    shown = rows_showing(rows, first, logical)
    check_paragraphs([logical], [shown], directions=[False])
    return shown


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_the_article_view_shows_an_arabic_outlet_and_title_whole_and_in_order(
    arabic_outlets: Path, size
):
    statement = statement_by(arabic_outlets, "Jabbar al-Moussawi", MIZAN)
    app = MawqifApp(Workspace(arabic_outlets), "visual")
    async with app.run_test(size=size) as pilot:
        await open_statement(pilot, app, statement.id)
        await pilot.press("o")
        await pilot.pause(0.2)
        assert isinstance(app.screen, ArticleScreen)
        rows = drawn(app.screen.query_one("#article-title"))
        logical = f"{FSI}{MIZAN}{PDI} · 2025-03-11 · {FSI}{TITLE}{PDI} · 4 paragraphs"
        # Every row of the line: the title is wrapped, never cut, its end included.
        assert check_line(rows, 0, logical) == [r for r in rows if r.strip()]
        assert "ﻥﺍﺰﻴﻤﻟﺍ ﺔﻔﻴﺤﺻ · 2025-03-11 ·" in rows[0]


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_the_detail_draws_source_role_and_derivation_in_reading_order(
    arabic_outlets: Path, size
):
    statement = statement_by(arabic_outlets, "Jabbar al-Moussawi", MIZAN)
    app = MawqifApp(Workspace(arabic_outlets), "visual")
    async with app.run_test(size=size) as pilot:
        await open_statement(pilot, app, statement.id)
        meta = drawn(app.screen.query_one("#detail-meta"))
        check_line(meta, 0, f"Jabbar al-Moussawi — {FSI}{ROLE}{PDI}")
        source = drawn(app.screen.query_one("#detail-source-title"))
        paragraph = statement.paragraph + 1
        check_line(source, 0, f"Source: {FSI}{MIZAN}{PDI}, 2025-03-11, paragraph {paragraph}"
                              " — o opens the article, P corrects it")  # fmt: skip
        assert "Source: ﻥﺍﺰﻴﻤﻟﺍ ﺔﻔﻴﺤﺻ, 2025-03-11," in source[0]
        deadlines = drawn(app.screen.query_one("#detail-deadlines"))
        cue = statement.deadlines[0].cue_ar
        first = check_line(deadlines, 0, f"▸ 2025-09    The coalition's final exit from Iraq  "
                                         f"{FSI}{cue}{PDI}")  # fmt: skip
        derivation = statement.deadlines[0].derivation
        assert derivation == "خلال ستة أشهر: 6 months after 2025-03-11 → 2025-09"
        rows = check_line(deadlines, len(first), "   " + isolated(derivation))
        assert "ﺮﻬﺷﺃ ﺔﺘﺳ ﻝﻼﺧ: 6 months after" in rows[0]


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_a_long_arabic_role_is_wrapped_whole_like_an_english_one(arabic_outlets, size):
    statement = statement_by(arabic_outlets, "Haider al-Amiri", MIZAN)
    app = MawqifApp(Workspace(arabic_outlets), "visual")
    async with app.run_test(size=size) as pilot:
        await open_statement(pilot, app, statement.id)
        meta = drawn(app.screen.query_one("#detail-meta"))
        rows = check_line(meta, 0, f"Haider al-Amiri — {FSI}{LONG_ROLE}{PDI}")
        assert "…" not in "".join(rows)  # it used to be cut at some 20 cells


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_explanations_role_and_derivations_of_contradictions_read_in_order(
    arabic_outlets: Path, size
):
    app = MawqifApp(Workspace(arabic_outlets), "visual")
    async with app.run_test(size=size) as pilot:
        await pilot.pause(0.2)
        await pilot.press("c")
        await pilot.pause(0.5)
        screen = app.screen
        assert isinstance(screen, ContradictionsScreen)
        # The clash said in both outlets: its explanation names each.
        while NAHRAIN not in (screen.current.explanation if screen.current else NAHRAIN):
            await pilot.press("j")
        explanation = screen.current.explanation
        assert MIZAN in explanation and NAHRAIN in explanation
        check_line(drawn(screen.query_one("#clash-preview")), 0, isolated(explanation))
        await pilot.press("enter")
        await pilot.pause(0.3)
        pair = app.screen
        assert isinstance(pair, PairScreen)
        check_line(drawn(pair.query_one("#pair-explanation")), 0, isolated(explanation))
        # Each side's border gives its statement's own number, not the article's long id.
        for side, statement in (("#panel-a", pair.current.a), ("#panel-b", pair.current.b)):
            number = statement.rpartition(":")[2]
            assert str(pair.query_one(side).border_subtitle).startswith(f" {number} · ")
        first = pair.corpus.actors[pair.corpus.statements[pair.current.a].actor]
        side = "#panel-a" if first.role == ROLE else "#panel-b"
        meta = drawn(pair.query_one(f"{side} .pair-role"))
        # An Arabic role alone on its row reads right to left, flush right.
        role_rows = rows_showing(meta, 0, ROLE)
        check_alignment(role_rows, len(role_rows[0]), rtl=True)
        check_paragraphs([ROLE], [role_rows], directions=[True])
        await pilot.press("escape", "escape")
        await pilot.pause(0.2)
        await pilot.press("d")
        await pilot.pause(0.5)
        timeline = app.screen
        assert isinstance(timeline, TimelineScreen)
        for _ in timeline.marks:
            mark = timeline.query_one("Timeline").current
            derivation = mark.deadline.derivation
            rows = drawn(timeline.query_one("#timeline-derivation"))
            check_line(rows, 0, isolated(derivation))
            assert rows[0].rstrip().endswith(f"→ {mark.deadline.due}")
            await pilot.press("j")
            await pilot.pause(0.1)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_the_palette_shows_an_actors_arabic_role_under_the_name(arabic_outlets, size):
    app = MawqifApp(Workspace(arabic_outlets), "visual")
    async with app.run_test(size=size) as pilot:
        await pilot.pause(0.2)
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)
        for char in "جبار":
            await pilot.press(char)
        await pilot.pause(0.5)
        rows = drawn(app.screen.query_one(CommandList))
        at = next(i for i, row in enumerate(rows) if "Actor: Jabbar al-Moussawi" in row)
        # The role is the row under the name, right to left, in FriBidi's order.
        check_paragraphs([ROLE], [[rows[at + 1]]], directions=[True])


@pytest.mark.parametrize("mode", ["terminal", "raw"])
async def test_terminal_and_raw_modes_send_the_lines_in_logical_order(arabic_outlets, mode):
    statement = statement_by(arabic_outlets, "Jabbar al-Moussawi", MIZAN)
    app = MawqifApp(Workspace(arabic_outlets), mode)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_statement(pilot, app, statement.id)
        source = drawn(app.screen.query_one("#detail-source-title"))
        text = " ".join(" ".join(row.split()) for row in source).strip()
        assert text.startswith(f"Source: {MIZAN}, 2025-03-11, paragraph")
        deadlines = drawn(app.screen.query_one("#detail-deadlines"))
        assert " ".join(row.strip() for row in deadlines).endswith(
            statement.deadlines[0].derivation
        )


async def test_arabic_data_is_sanitised_and_never_read_as_markup(tmp_path: Path, capsys):
    from tui.cli import main

    db = tmp_path / "w.json"
    case = Path(__file__).parents[1] / "fixtures" / "articles" / (
        "mizan-2025-03-arabic-outlet.ar.txt")  # fmt: skip
    outlet = "صحيفة [b]الميزان[/b]\u202e\x1b[31m"
    assert main(["import", "--db", str(db), "--published", "2025-03-11", "--outlet", outlet,
                 str(case)]) == 0  # fmt: skip
    capsys.readouterr()
    statement = statement_by(db, "Jabbar al-Moussawi")
    app = MawqifApp(Workspace(db), "visual")
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statement(pilot, app, statement.id)
        rows = drawn(app.screen.query_one("#detail-source-title"))
        assert not any(char in "".join(rows) for char in "\u202e\x1b")
        # The tags are shown as written (mirrored, as FriBidi mirrors brackets in an Arabic
        # run), not read as bold; the escape sequence is gone whole.
        check_line(rows, 0, f"Source: {FSI}صحيفة [b]الميزان[/b]{PDI}, 2025-03-11, paragraph "
                            f"{statement.paragraph + 1} — o opens the article, P corrects "
                            "it")  # fmt: skip
        strip = app.screen.query_one("#detail-source-title").render_line(0)
        assert not any(segment.style and segment.style.bold for segment in strip)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_renaming_an_actor_in_arabic_shows_it_as_it_reads_and_in_the_notice(
    arabic_outlets: Path, size
):
    from tui.screens.review import ReadsAs

    statement = statement_by(arabic_outlets, "Haider al-Amiri", MIZAN)
    app = MawqifApp(Workspace(arabic_outlets), "visual")
    async with app.run_test(size=size, notifications=True) as pilot:
        await open_statement(pilot, app, statement.id)
        await pilot.press("A", "tab")  # to the role, the import's Arabic title
        await pilot.pause(0.2)
        reads = app.screen.query_one(ReadsAs)
        rows = [row for row in drawn(reads) if row.strip()]
        assert reads.display
        check_paragraphs([LONG_ROLE], [rows], directions=[True])
        await pilot.press("shift+tab", "ctrl+u")
        for char in "حيدر":
            await pilot.press(char)
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        (toast,) = app.screen.query("Toast")
        rows = [row.strip() for row in drawn(toast)]
        first = next(i for i, row in enumerate(rows) if row.startswith("Actor now"))
        actor = open_corpus(arabic_outlets).statements[statement.id].actor
        check_line(rows, first, f"Actor now {FSI}حيدر{PDI}: {actor}")


async def test_undo_names_the_arabic_name_it_puts_back_as_it_reads(arabic_outlets: Path):
    statement = statement_by(arabic_outlets, "Haider al-Amiri", MIZAN)
    actor = open_corpus(arabic_outlets).statements[statement.id].actor
    app = MawqifApp(Workspace(arabic_outlets), "visual")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_statement(pilot, app, statement.id)
        for name in ("حيدر", "Haider"):  # named in Arabic, then in English again
            await pilot.press("A", "ctrl+u", *name, "ctrl+s")
            await app.workers.wait_for_complete()
            await pilot.pause(0.2)
        app.clear_notifications()
        await pilot.press("z")
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        (toast,) = app.screen.query("Toast")
        rows = [row.strip() for row in drawn(toast)]
    # What the undo makes true again, the Arabic name joined and right to left inside it.
    check_line(rows, 0, f"Undone: actor back to {FSI}حيدر{PDI} ({actor})")
    assert "ﺭﺪﻴﺣ" in rows[0] and "حيدر" not in " ".join(rows)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_how_the_date_said_was_worked_out_reads_as_english_with_its_arabic_whole(
    make_app, size
):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await open_statement(pilot, app, MISSION_END_2025)
        statement = app.workspace.corpus.statements[MISSION_END_2025]
        assert statement.said_basis.startswith("27 أيلول 2024 — ")
        meta = drawn(app.screen.query_one("#detail-meta"))
        first = next(y for y, row in enumerate(meta) if row.lstrip().startswith("direct quote"))
        # The day and year go with their month as one phrase, right to left, and the English
        # around it reads on in order (it used to be drawn as one right-to-left block).
        basis, verb = isolated(statement.said_basis), f"{FSI}{statement.verb_ar}{PDI}"
        check_line(
            meta,
            first,
            f"direct quote · said 2024-09-27 ({basis}) · verb {verb} · "
            f"{FSI}{MISSION_END_2025}{PDI}",
        )


async def test_an_article_without_a_title_leaves_no_empty_slot_in_its_heading(
    tmp_path: Path, capsys
):
    from tui.cli import main

    db, text = tmp_path / "untitled.json", tmp_path / "untitled.ar.txt"
    text.write_text('قال وزير الدفاع العراقي ثابت العباسي إن "القوات الأجنبية ستغادر العراق '
                    'في أيلول 2026".\n', encoding="utf-8")  # fmt: skip
    assert main(["import", "--db", str(db), "--outlet", NAHRAIN, "--published", "2025-06-01",
                 str(text)]) == 0  # fmt: skip
    capsys.readouterr()
    app = MawqifApp(Workspace(db), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        (statement,) = app.workspace.corpus.statements.values()
        await open_statement(pilot, app, statement.id)
        await pilot.press("o")
        await pilot.pause(0.2)
        rows = drawn(app.screen.query_one("#article-title"))
        check_line(rows, 0, f"{FSI}{NAHRAIN}{PDI} · 2025-06-01 · 1 paragraphs")
        assert "·  ·" not in "".join(rows)


@pytest.mark.parametrize("size", [(40, 24), (80, 24), (120, 40)], ids=["40", "80", "120"])
async def test_a_notice_naming_a_long_arabic_title_is_not_wrapped_again_by_textual(
    arabic_outlets: Path, size
):
    from tui.widgets.lines import notice

    message = f"Imported 3 statement(s) from {TITLE}. The first is open: r marks it."
    app = MawqifApp(Workspace(arabic_outlets), "visual")
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.pause(0.2)
        text = notice(message, app.size.width, "visual")
        app.notify(text, markup=False)
        await pilot.pause(0.3)
        (toast,) = app.screen.query("Toast")
        rows = [row.strip() for row in drawn(toast) if row.strip()]
        # Row for row what the engine laid out (a row Textual wrapped again would show the
        # title's words out of order), and that reads as FriBidi draws it.
        assert rows == text.split("\n")
        check_line(rows, 0, f"Imported 3 statement(s) from {FSI}{TITLE}{PDI}. The first is "
                            "open: r marks it.")  # fmt: skip
