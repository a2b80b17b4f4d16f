"""The import dialog (`i`) in the real app under Pilot: paste an article, give a path or a
web address (a real server on 127.0.0.1), see the fields filled in from the page, the new
statements listed and the first open; bad input said in the dialog, nothing stored."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual import events
from textual.widgets import Input, TextArea

from local_web import PAGES, serving
from tui.app import MawqifApp
from tui.data.store import Workspace
from tui.screens.import_dialog import ImportDialog
from tui.screens.main import MainScreen
from tui.screens.review import ReadsAs

# An article of the project's own writing, as an analyst would paste it from a browser.
ARTICLE = (Path(__file__).resolve().parents[1] / "fixtures" / "articles"
           / "pasted-rafid.ar.txt").read_text(encoding="utf-8")  # fmt: skip


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with serving() as base:
        yield base


def _field(app: MawqifApp, name: str) -> str:
    return app.screen.query_one(f"#import-{name}", Input).value


async def _wait_for(pilot, test, seconds: float = 15.0) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(seconds / 0.05)):
        if test():
            return
        await pilot.pause(0.05)
    raise AssertionError("the app did not get there in time")


async def _open(pilot) -> ImportDialog:  # type: ignore[no-untyped-def]
    await pilot.press("i")
    await _wait_for(pilot, lambda: isinstance(pilot.app.screen, ImportDialog))
    return pilot.app.screen  # type: ignore[no-any-return]


async def test_a_pasted_article_is_imported_listed_and_its_first_statement_opened(
    tmp_path: Path,
) -> None:
    app = MawqifApp(Workspace(tmp_path / "ws.json"), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = await _open(pilot)
        dialog.query_one(TextArea).focus()
        await pilot.pause()
        # What a terminal sends when text is pasted into it.
        dialog.query_one(TextArea).post_message(events.Paste(ARTICLE))
        await _wait_for(pilot, lambda: _field(app, "outlet") == "صحيفة الرافد")
        # The line being written shows as it will read (visual mode: shaped, reordered).
        reads = dialog.query_one(ReadsAs)
        assert not reads.display  # the cursor is on the last line, empty: nothing to show
        await pilot.press("up")
        await pilot.pause()
        assert reads.display and reads.text.startswith("في المقابل، حذر النائب")
        await pilot.press("ctrl+s")
        await _wait_for(pilot, lambda: isinstance(app.screen, MainScreen)
                        and app.screen.selected is not None)  # fmt: skip
        main = app.screen
        assert isinstance(main, MainScreen)
        statements = app.workspace.corpus.statements
        speakers = {app.workspace.corpus.actors[s.actor].name_ar for s in statements.values()}
        assert speakers == {"حسن العزاوي", "سلام الجنابي"}
        first = min(statements)
        assert main.selected == first and main.pane == "detail"
        article = next(iter(app.workspace.corpus.articles.values()))
        assert article.outlet == "صحيفة الرافد"
        # The review queue runs on them: mark the first, go to the next unreviewed.
        await pilot.press("r")
        await pilot.pause()
        assert app.workspace.annotation(f"statement:{first}").status == "reviewed"
        await pilot.press("u")
        await pilot.pause()
        assert main.selected == sorted(statements)[1]


async def test_a_path_fills_in_outlet_date_and_title_from_the_page(tmp_path: Path) -> None:
    app = MawqifApp(Workspace(tmp_path / "ws.json"), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await _open(pilot)
        await pilot.press(*str(PAGES / "portal.ar.html"), "enter")
        await _wait_for(pilot, lambda: _field(app, "published") == "2025-11-18")
        assert _field(app, "outlet") == "شبكة الفرات الإخبارية"
        assert _field(app, "title") == "وزير الدفاع: التحالف يغادر الحبانية نهاية العام"
        assert not app.workspace.corpus.articles  # read, not yet imported
        await pilot.press("ctrl+s")
        await _wait_for(pilot, lambda: isinstance(app.screen, MainScreen)
                        and app.screen.selected is not None)  # fmt: skip
        (article,) = app.workspace.corpus.articles.values()
        assert article.published == "2025-11-18"
        assert len(app.workspace.corpus.statements) == 5


async def test_a_web_address_is_fetched_and_an_outlet_typed_by_the_analyst_is_kept(
    tmp_path: Path, site: str
) -> None:
    app = MawqifApp(Workspace(tmp_path / "ws.json"), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = await _open(pilot)
        dialog.query_one("#import-outlet", Input).value = "Rasd blog"
        await pilot.press(*f"{site}/blog", "enter")
        await _wait_for(pilot, lambda: _field(app, "published") == "2025-12-02")
        assert _field(app, "outlet") == "Rasd blog"
        await pilot.press("ctrl+s")
        await _wait_for(pilot, lambda: isinstance(app.screen, MainScreen)
                        and app.screen.selected is not None)  # fmt: skip
        (article,) = app.workspace.corpus.articles.values()
        assert (article.outlet, article.url) == ("Rasd blog", f"{site}/blog")


async def test_into_a_workspace_with_filters_on_the_new_statements_are_shown(
    make_app, site: str
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("s")  # a stance filter the new statements may not pass
        await pilot.pause()
        before = set(app.workspace.corpus.statements)
        await _open(pilot)
        await pilot.press(*f"{site}/agency-meta", "ctrl+s")
        await _wait_for(pilot, lambda: isinstance(app.screen, MainScreen)
                        and app.screen.selected not in before)  # fmt: skip
        main = app.screen
        new = set(app.workspace.corpus.statements) - before
        assert len(new) == 5 and main.selected == min(new)
        assert not main.withdrawal  # the filter that would hide them is cleared
        listed = {item.statement.id for item in main.results}
        assert new <= listed


@pytest.mark.parametrize(
    ("how", "message"),
    [
        ("/missing", "/missing: not found (HTTP 404 Not Found)"),
        (
            "paste:The coalition will leave Iraq by September 2025, officials said today.",
            "pasted text: is not Arabic text",
        ),
        ("nowhere.txt", "nowhere.txt: no such file"),
        ("date", "Published: '31/12/2025' is not a date (YYYY-MM-DD)"),
    ],
)
async def test_bad_input_is_said_in_the_dialog_and_nothing_is_stored(
    workspace_file: Path, site: str, how: str, message: str
) -> None:
    before = hashlib.sha256(workspace_file.read_bytes()).hexdigest()
    app = MawqifApp(Workspace(workspace_file), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = await _open(pilot)
        if how.startswith("paste:"):
            dialog.query_one(TextArea).text = how.removeprefix("paste:")
        elif how == "date":
            dialog.query_one(TextArea).text = ARTICLE
            dialog.query_one("#import-published", Input).value = "31/12/2025"
        else:
            source = f"{site}{how}" if how.startswith("/") else how
            dialog.query_one("#import-source", Input).value = source
        await pilot.press("ctrl+s")
        status = dialog.query_one("#import-status")
        await _wait_for(pilot, lambda: status.has_class("-error"))
        shown = status.lines.plain  # type: ignore[attr-defined]
        assert message in shown
        assert isinstance(app.screen, ImportDialog) and not dialog.busy
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
    assert hashlib.sha256(workspace_file.read_bytes()).hexdigest() == before


async def test_what_a_page_says_is_filled_in_without_escapes_or_bidi_controls(
    tmp_path: Path,
) -> None:
    # The headline is the page's own text, stored as written; Textual's field would send its
    # escape sequence and bidi override to the terminal as they are.
    hostile = (
        (PAGES / "portal.ar.html")
        .read_text(encoding="utf-8")
        .replace(
            '<h1 class="headline">وزير الدفاع:',
            '<h1 class="headline">\u202eوزير\x1b[31m الدفاع\u2066:',
        )
    )
    page = tmp_path / "hostile.html"
    page.write_text(hostile, encoding="utf-8")
    app = MawqifApp(Workspace(tmp_path / "ws.json"), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = await _open(pilot)
        dialog.query_one("#import-source", Input).value = str(page)
        await pilot.press("ctrl+r")
        await _wait_for(pilot, lambda: _field(app, "published") == "2025-11-18")
        title = _field(app, "title")
        assert title.startswith("وزير") and title.endswith("الحبانية نهاية العام")
        assert not set(title) & set("\x1b\u202e\u2066")


async def test_an_article_pasted_again_is_shown_and_what_was_not_applied_is_said(
    tmp_path: Path,
) -> None:
    from textual.widgets._toast import Toast

    from tui.screens.article_dialog import ArticleDialog

    app = MawqifApp(Workspace(tmp_path / "ws.json"), "visual")
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await pilot.pause()
        counts = []
        for outlet in ("", "الرافد نيوز"):
            dialog = await _open(pilot)
            dialog.query_one(TextArea).post_message(events.Paste(ARTICLE))
            await _wait_for(pilot, lambda: _field(app, "outlet") == "صحيفة الرافد")
            if outlet:  # the second time, the analyst types another outlet
                dialog.query_one("#import-outlet", Input).value = outlet
            await pilot.press("ctrl+s")
            await _wait_for(pilot, lambda: isinstance(app.screen, MainScreen)
                            and app.screen.selected is not None)  # fmt: skip
            await pilot.pause(0.3)
            counts.append(len(app.workspace.corpus.statements))
        assert counts[0] > 0 and counts[1] == counts[0]  # nothing added the second time
        statements = app.workspace.corpus.statements
        toasts = " ".join(str(t.render()) for t in app.screen.query(Toast))
        assert "Already stored, with outlet" in toasts and "not applied" in toasts
        assert "P corrects it" in toasts
        # Its first statement is open: P corrects the stored article from there.
        assert app.screen.selected == min(statements)
        await pilot.press("P")
        await _wait_for(pilot, lambda: isinstance(app.screen, ArticleDialog))


async def test_an_article_pasted_into_the_path_field_goes_to_the_text_box(tmp_path: Path) -> None:
    # tmux sends a paste's line breaks as carriage returns; one long paragraph is no path
    # either (a name that long made the operating system refuse to look it up).
    app = MawqifApp(Workspace(tmp_path / "ws.json"), "visual")
    paragraphs = ARTICLE.strip().split("\n\n")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for pasted in (ARTICLE.replace("\n", "\r"), paragraphs[1] * 3):
            dialog = await _open(pilot)
            source = dialog.query_one("#import-source", Input)
            source.focus()
            await pilot.pause()
            source.post_message(events.Paste(pasted))
            box = dialog.query_one(TextArea)
            await _wait_for(pilot, lambda box=box: box.text.strip() != "")
            assert source.value == ""
            assert "\r" not in box.text
            await pilot.press("escape")
            await _wait_for(pilot, lambda: not isinstance(app.screen, ImportDialog))


async def test_a_pasted_text_with_no_date_is_said_to_be_dated_today(tmp_path: Path) -> None:
    from textual.widgets._toast import Toast

    app = MawqifApp(Workspace(tmp_path / "ws.json"), "visual")
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await pilot.pause()
        dialog = await _open(pilot)
        dialog.query_one(TextArea).post_message(events.Paste(ARTICLE))
        await _wait_for(pilot, lambda: _field(app, "outlet") == "صحيفة الرافد")
        assert _field(app, "published") == ""  # the text names no day it was published
        await pilot.press("ctrl+s")
        await _wait_for(pilot, lambda: isinstance(app.screen, MainScreen)
                        and app.screen.selected is not None)  # fmt: skip
        await pilot.pause(0.3)
        toasts = " ".join(" ".join(str(t.render()).split()) for t in app.screen.query(Toast))
        assert "dated today" in toasts and "P corrects it" in toasts
