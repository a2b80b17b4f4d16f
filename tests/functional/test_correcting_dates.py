"""Correcting when a statement was said (`E`) and an article's outlet, publication date and
title (`P`), as an analyst does: what the app shows, what the date filter finds, what the
workspace keeps across a restart, what `z` takes back, and what `mawqif import` says of a
text it already holds."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import Input

from helpers import digest
from tui.app import MawqifApp
from tui.cli import main
from tui.data.store import Workspace, review_path
from tui.screens.article import ArticleScreen
from tui.screens.article_dialog import ArticleDialog
from tui.screens.main import DETAIL_WHILE_TYPING
from tui.screens.statement_form import StatementForm
from tui.widgets.statement_list import StatementList

RELATIVE = Path(__file__).parent.parent / "fixtures" / "articles" / "relative-dates.ar.txt"
OUTLET = "الرافدين نيوز"


def _export(db: Path, *args: str) -> list[dict]:
    """What `mawqif export` writes (to a file: the running app holds standard output)."""
    out = db.with_name("export.json")
    assert main(["export", "--db", str(db), *args, "-o", str(out)]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def _by_id(db: Path) -> dict[str, dict]:
    return {s["id"]: s for s in _export(db)}


async def _settle(app: MawqifApp, pilot) -> None:
    """Wait for saves in workers and for the detail pane to follow."""
    await app.workers.wait_for_complete()
    await pilot.pause(DETAIL_WHILE_TYPING * 1.5)


async def _type(pilot, text: str, field_id: str | None = None) -> None:
    """Type `text` in place of what the field (the focused one, or `field_id`) holds."""
    screen = pilot.app.screen
    field = screen.query_one(f"#{field_id}", Input) if field_id else screen.focused
    assert isinstance(field, Input), f"typing into {field!r}"
    field.focus()
    field.value = ""
    field.insert_text_at_cursor(text)
    await pilot.pause()


async def _open(app: MawqifApp, pilot, statement_id: str) -> None:
    app.screen.query_one(StatementList).select_id(statement_id)
    await pilot.press("enter")
    await pilot.pause()


async def _hand_deadline(app: MawqifApp, pilot, statement_id: str, due: str) -> None:
    """Set the statement's first deadline's due date by hand: E, then Enter on it in the list."""
    await _open(app, pilot, statement_id)
    await pilot.press("E")
    app.screen.query_one("#form-deadlines").focus()
    await pilot.press("home", "enter")
    await _type(pilot, due, "deadline-due")
    await pilot.press("ctrl+s")
    await pilot.pause()
    await pilot.press("ctrl+s")
    await _settle(app, pilot)


def _meta(app: MawqifApp) -> str:
    return str(app.screen.query_one("#detail-meta").render())


def _listed(app: MawqifApp) -> list[str]:
    return [item.statement.id for item in app.screen.results]


async def _date_range(pilot, start: str, end: str) -> None:
    """Filter by a date said from `start` to `end` (the `f` dialog)."""
    await pilot.press("f")
    await _type(pilot, start, "filter-from")
    await _type(pilot, end, "filter-to")
    await pilot.press("ctrl+s")
    await pilot.pause()


def _arbil(db: Path) -> str:
    """The Pentagon spokesperson's statement, which the article does not date."""
    return next(s.id for s in Workspace(db).corpus.statements.values() if "أربيل" in s.quote_ar)


async def test_E_dates_a_statement_the_filter_finds_z_undoes_it_and_a_restart_keeps_it(
    capsys, imported: Path
):
    target = _arbil(imported)
    assert _by_id(imported)[target]["said_on"] is None
    app = MawqifApp(Workspace(imported), "visual")
    async with app.run_test(size=(100, 30)) as pilot:
        await _open(app, pilot, target)
        assert "date said unknown" in _meta(app)
        await pilot.press("E")
        assert isinstance(app.screen, StatementForm)
        await _type(pilot, "2025-09", "form-said")
        await pilot.press("ctrl+s")
        await _settle(app, pilot)
        assert "said 2025-09 (corrected)" in _meta(app)
        await pilot.press("z")
        await _settle(app, pilot)
        assert "date said unknown" in _meta(app)
        assert _by_id(imported)[target]["said_on"] is None
        await pilot.press("E")
        await _type(pilot, "2025-09-14", "form-said")
        await pilot.press("ctrl+s")
        await _settle(app, pilot)
        assert "said 2025-09-14 (corrected)" in _meta(app)
        assert "corrected by the analyst: date said (recorded: said unknown)" in str(
            app.screen.query_one("#detail-labels").render()
        )
    row = _by_id(imported)[target]
    assert (row["said_on"], row["said_precision"]) == ("2025-09-14", "day")
    capsys.readouterr()
    assert main(["check", "--db", str(imported)]) == 0
    assert "1 correction(s)" in capsys.readouterr().out
    # Opened again, as after `q`: the date stands, and a date range finds the statement
    # that, undated, it used to hide.
    app = MawqifApp(Workspace(imported), "visual")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await _date_range(pilot, "2025-09", "2025-09")
        assert _listed(app) == [target]
        await _open(app, pilot, target)
        assert "said 2025-09-14 (corrected)" in _meta(app)
    out = imported.with_name("brief.md")
    assert main(["export", "--db", str(imported), "--format", "md", "-o", str(out)]) == 0
    assert "· 2025-09-14 (corrected)" in out.read_text(encoding="utf-8")


async def test_a_statement_added_from_the_article_takes_its_date_said(imported: Path):
    app = MawqifApp(Workspace(imported), "visual")
    async with app.run_test(size=(100, 30)) as pilot:
        await _open(app, pilot, _arbil(imported))
        await pilot.press("o")
        assert isinstance(app.screen, ArticleScreen)
        await pilot.press("space", "left", "a")  # its first two words
        await pilot.pause()
        await pilot.press("enter")  # the first actor the picker offers
        await pilot.pause()
        assert isinstance(app.screen, StatementForm)
        await _type(pilot, "2025", "form-said")
        await pilot.press("ctrl+s")
        await _settle(app, pilot)
    (added,) = [s for s in _export(imported) if s["origin"] == "analyst"]
    assert (added["said_on"], added["said_precision"]) == ("2025", "year")


async def test_a_date_said_or_published_that_is_no_date_is_one_line_and_changes_nothing(
    imported: Path,
):
    sidecar = review_path(imported)
    app = MawqifApp(Workspace(imported), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app, pilot, _arbil(imported))
        await pilot.press("E")
        await _type(pilot, "14/09/2025", "form-said")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, StatementForm)  # not kept: the form stays open
        error = str(app.screen.query_one("#form-error").render())
        assert error == "The date said '14/09/2025' is not YYYY, YYYY-MM, YYYY-MM-DD (or empty)."
        await pilot.press("escape")
        await pilot.press("P")
        assert isinstance(app.screen, ArticleDialog)
        for typed, said in (("2025-02-30", "is not a date YYYY-MM-DD"),
                            ("1990-01-01", "is outside the years 2003–2050")):  # fmt: skip
            await _type(pilot, typed, "article-published")
            await pilot.press("ctrl+s")
            await pilot.pause()
            (line,) = str(app.screen.query_one("#article-error").render()).strip().splitlines()
            assert line == f"The publication date {typed!r} {said}."
        await _type(pilot, "", "article-outlet")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert str(app.screen.query_one("#article-error").render()).strip() == (
            "The outlet cannot be empty."
        )
        await pilot.press("escape")
        await _settle(app, pilot)
    saved = json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.exists() else {}
    assert not any(a["fix"] for a in saved.get("annotations", {}).values())


def test_a_hand_edited_date_said_or_publication_date_is_one_line_naming_it(capsys, imported: Path):
    ws = Workspace(imported)
    target = _arbil(imported)
    article = ws.corpus.statements[target].article
    from tui.data.review import change

    ws.annotate(f"statement:{target}", lambda a: change(a, summary_en="fine"))
    ws.annotate(f"article:{article}", lambda a: change(a, title="fine"))
    ws.save()
    sidecar = review_path(imported)
    for key, fix, said in (
        (f"statement:{target}", {"said_on": {"date": "2025-13", "precision": "month"}},
         "corrected said_on must be {date, precision[, basis]}"),
        (f"statement:{target}", {"said_on": {"date": "1850", "precision": "year"}},
         "the date said '1850' is outside the years 2003–2050"),
        (f"article:{article}", {"published": "yesterday"},
         "the publication date 'yesterday' is not a date YYYY-MM-DD"),
        (f"article:{article}", {"language": "en"}, "'language' cannot be corrected on an article"),
    ):  # fmt: skip
        data = json.loads(sidecar.read_text(encoding="utf-8"))
        saved = next(a for a in data["annotations"].values() if a["target"] == key)
        kept = saved["fix"]
        saved["fix"] = fix
        sidecar.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        before = digest(sidecar)
        capsys.readouterr()
        assert main(["check", "--db", str(imported)]) == 2
        (line,) = capsys.readouterr().err.splitlines()
        assert said in line and str(sidecar) in line
        assert digest(sidecar) == before
        saved["fix"] = kept
        sidecar.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert main(["check", "--db", str(imported)]) == 0
    assert "2 correction(s)" in capsys.readouterr().out


async def test_P_corrects_the_article_and_the_dates_read_from_it_follow_but_a_hand_made_one(
    capsys, tmp_path: Path
):
    db = tmp_path / "relative.json"
    # Imported without --published: dated today, and "yesterday", "the end of this month"
    # and "the end of next year" worked out from today.
    assert main(["import", "--db", str(db), str(RELATIVE)]) == 0
    imported = _by_id(db)
    first, second, third = sorted(imported)
    assert imported[third]["deadlines"][0]["event"] == "coalition.kurdistan.presence_end"
    app = MawqifApp(Workspace(db), "visual")
    async with app.run_test(size=(100, 30)) as pilot:
        # The MP's deadline corrected by hand first: E, then Enter on it in the list.
        await _hand_deadline(app, pilot, third, "2027-06")
        # Then the article, from the minister's statement's source line.
        await _open(app, pilot, first)
        assert "P corrects it" in str(app.screen.query_one("#detail-source-title").render())
        await pilot.press("P")
        assert isinstance(app.screen, ArticleDialog)
        await _type(pilot, OUTLET, "article-outlet")
        await _type(pilot, "2025-03-10", "article-published")
        await _type(pilot, "Minister: the coalition leaves Ain al-Asad", "article-title-field")
        await pilot.press("enter")  # on the title: kept
        await _settle(app, pilot)
        assert "said 2025-03-09 (corrected)" in _meta(app)
        assert "2025-03-10" in str(app.screen.query_one("#detail-source-title").render())
        after = _by_id(db)
        (article,) = _export(db, "--what", "articles")
        assert (article["outlet"], article["published"]) == (OUTLET, "2025-03-10")
        assert article["title"] == "Minister: the coalition leaves Ain al-Asad"
        # "أمس" is the day before; "نهاية الشهر الحالي" that month; "خلال 12 شهراً" a year on.
        assert after[first]["said_on"] == after[second]["said_on"] == "2025-03-09"
        assert [d["due"] for d in after[first]["deadlines"]] == ["2025-03"]
        assert [d["due"] for d in after[second]["deadlines"]] == ["2026-03"]
        assert "12 months after 2025-03-09" in after[second]["deadlines"][0]["derivation"]
        # The analyst's own deadline stands.
        assert [d["due"] for d in after[third]["deadlines"]] == ["2027-06"]
        # The article view heads it as corrected.
        await pilot.press("o")
        assert "2025-03-10" in str(app.screen.query_one("#article-title").render())
        await pilot.press("escape")
        # The timeline draws the minister's exit at March 2025.
        await pilot.press("d")
        await _settle(app, pilot)
        marks = app.screen.query_one("#timeline").marks
        assert {m.statement.id: m.deadline.due for m in marks}[first] == "2025-03"
        await pilot.press("escape")
        # One z takes the whole correction back.
        await pilot.press("z")
        await _settle(app, pilot)
    undone = _by_id(db)
    for sid in (first, second):
        assert undone[sid]["said_on"] == imported[sid]["said_on"]
        assert undone[sid]["deadlines"] == imported[sid]["deadlines"]
    assert [d["due"] for d in undone[third]["deadlines"]] == ["2027-06"]
    (article,) = _export(db, "--what", "articles")
    assert article["outlet"] == "Unknown outlet" and article["published"] != "2025-03-10"


async def test_a_reimport_with_other_flags_says_what_is_stored_and_how_to_correct_it(
    capsys, tmp_path: Path
):
    db = tmp_path / "relative.json"
    assert main(["import", "--db", str(db), "--published", "2025-03-10", str(RELATIVE)]) == 0
    capsys.readouterr()
    # The same flags: the article is reported, nothing more.
    assert main(["import", "--db", str(db), "--published", "2025-03-10", str(RELATIVE)]) == 0
    out, err = capsys.readouterr()
    assert "already in the workspace" in out and err == ""
    before = digest(db)
    assert main(["import", "--db", str(db), "--published", "2025-04-01", "--outlet",
                 "Rafidain News", str(RELATIVE)]) == 0  # fmt: skip
    out, err = capsys.readouterr()
    assert "already in the workspace" in out
    (line,) = err.splitlines()
    assert "stored with outlet 'Unknown outlet', published 2025-03-10" in line
    assert "--outlet, --published not applied" in line and "P on one of its statements" in line
    assert digest(db) == before
    # Once corrected in the app, the corrected article is what it is compared with.
    app = MawqifApp(Workspace(db), "visual")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("P")
        await _type(pilot, "Rafidain News", "article-outlet")
        await pilot.press("ctrl+s")
        await _settle(app, pilot)
    capsys.readouterr()
    assert main(["import", "--db", str(db), "--outlet", "Rafidain News", str(RELATIVE)]) == 0
    assert capsys.readouterr().err == ""


async def test_E_dates_a_statement_anew_and_its_deadline_counted_from_that_day_follows(
    tmp_path: Path,
):
    db = tmp_path / "relative.json"
    assert main(["import", "--db", str(db), "--published", "2025-03-10", str(RELATIVE)]) == 0
    imported = _by_id(db)
    first, second, third = sorted(imported)
    # "خلال 12 شهراً", said "أمس": a year from 2025-03-09.
    assert [d["due"] for d in imported[second]["deadlines"]] == ["2026-03"]
    app = MawqifApp(Workspace(db), "visual")
    async with app.run_test(size=(100, 30)) as pilot:
        await _open(app, pilot, second)
        await pilot.press("E")
        await _type(pilot, "2025-06-20", "form-said")
        await pilot.press("ctrl+s")
        await _settle(app, pilot)
        assert "said 2025-06-20 (corrected)" in _meta(app)
        after = _by_id(db)
        assert [d["due"] for d in after[second]["deadlines"]] == ["2026-06"]
        assert "12 months after 2025-06-20" in after[second]["deadlines"][0]["derivation"]
        # A date with no count from the day said ("نهاية العام المقبل") stays where it was.
        await _open(app, pilot, third)
        await pilot.press("E")
        await _type(pilot, "2025-01-05", "form-said")
        await pilot.press("ctrl+s")
        await _settle(app, pilot)
        assert _by_id(db)[third]["deadlines"] == imported[third]["deadlines"]
        # A deadline the analyst set by hand is kept when the date said changes after it.
        await _hand_deadline(app, pilot, second, "2027-01")
        await pilot.press("E")
        await _type(pilot, "2025-08-01", "form-said")
        await pilot.press("ctrl+s")
        await _settle(app, pilot)
        assert [d["due"] for d in _by_id(db)[second]["deadlines"]] == ["2027-01"]
        # z takes back one correction at a time: the first date said and the deadline that
        # followed it go back together.
        await pilot.press("z")
        await _settle(app, pilot)
        await pilot.press("z")
        await _settle(app, pilot)
        assert [d["due"] for d in _by_id(db)[second]["deadlines"]] == ["2026-06"]
        await pilot.press("z")  # the MP's date said
        await _settle(app, pilot)
        await pilot.press("z")
        await _settle(app, pilot)
        assert _by_id(db)[second]["deadlines"] == imported[second]["deadlines"]
        assert _by_id(db)[second]["said_on"] == "2025-03-09"


async def test_the_list_row_shows_each_new_date_said_and_the_one_z_brings_back(tmp_path: Path):
    db = tmp_path / "relative.json"
    assert main(["import", "--db", str(db), "--published", "2025-03-10", str(RELATIVE)]) == 0
    third = sorted(_by_id(db))[2]
    app = MawqifApp(Workspace(db), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        statements = app.screen.query_one(StatementList)

        def drawn() -> str:
            at = [item.statement.id for item in app.screen.results].index(third)
            return str(statements.render_line(at - statements.top).text)

        assert drawn().lstrip().startswith("—")
        for said in ("2024-12", "2025-01"):  # the second time, the row is already marked
            await _open(app, pilot, third)
            await pilot.press("escape")
            await pilot.press("E")
            await _type(pilot, said, "form-said")
            await pilot.press("ctrl+s")
            await _settle(app, pilot)
            assert drawn().lstrip().startswith(said), drawn()
        await pilot.press("z")
        await _settle(app, pilot)
        assert drawn().lstrip().startswith("2024-12"), drawn()
