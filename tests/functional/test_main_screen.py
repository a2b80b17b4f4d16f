"""The main screen driven from the keyboard, as an analyst would, under Textual's Pilot."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from screen_rows import screenshot_rows
from tui.data.store import create_workspace
from tui.screens.article import ArticleScreen
from tui.screens.filters import FilterScreen
from tui.screens.help import HelpScreen
from tui.screens.main import DETAIL_WHILE_TYPING, MainScreen
from tui.widgets.arabic import ArabicText
from tui.widgets.detail import StatementDetail
from tui.widgets.search_field import SearchField
from tui.widgets.statement_list import StatementList


def listed(app) -> list:
    """The statements the list shows now."""
    return [item.statement for item in app.screen.query_one(StatementList).items]


async def detail_follows(pilot) -> None:
    """Wait for the detail pane, which follows the cursor once the keys pause."""
    await pilot.pause(DETAIL_WHILE_TYPING * 1.5)


def bar(app) -> str:
    """The text of the filter bar."""
    return str(app.screen.query_one("#filter-bar").render())


async def test_stance_and_threat_filters_cycle_and_combine(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        total = len(listed(app))
        await pilot.press("s")
        assert app.screen.withdrawal == {"supports"}
        assert listed(app) and all(s.withdrawal == "supports" for s in listed(app))
        await pilot.press("s")
        opposes = listed(app)
        assert opposes and all(s.withdrawal == "opposes" for s in opposes)
        assert "Reber Ahmed" in {app.workspace.corpus.actors[s.actor].name_en for s in opposes}
        assert f"{len(opposes)} of {total} statements" in bar(app)
        assert "withdrawal opposes" in bar(app)
        await pilot.press("t")
        assert all(s.withdrawal == "opposes" and s.threat == "high" for s in listed(app))
        await pilot.press("x")
        assert len(listed(app)) == total and "all statements" in bar(app)


async def test_every_high_threat_assessment(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("t")
        high = listed(app)
        expected = [s for s in app.workspace.corpus.statements.values() if s.threat == "high"]
        assert {s.id for s in high} == {s.id for s in expected}


async def test_search_folds_arabic_and_marks_hits_in_the_detail(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash")
        assert app.screen.query_one("#search-input", SearchField).has_focus
        await pilot.press(*"عين الاسد")  # no hamza: the text writes الأسد
        await pilot.press("enter")
        await detail_follows(pilot)
        found = listed(app)
        assert found and all("عين الأسد" in s.quote_ar for s in found)
        assert isinstance(app.focused, StatementList)
        quote = app.screen.query_one("#detail-quote", ArabicText)
        hits = [h for h in quote.highlights if h[2] == "hit"]
        assert hits and all(quote.text[a:b] == "عين الأسد" for a, b, _ in hits)


async def test_search_in_english_and_escape_restores(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        total = len(listed(app))
        await pilot.press("slash", *"blinken", "enter")
        assert listed(app) and all(
            app.workspace.corpus.actors[s.actor].name_en == "Antony Blinken"
            or "Blinken" in s.summary_en
            for s in listed(app)
        )
        await pilot.press("slash", *"zzz")
        assert listed(app) == []
        await pilot.press("escape")
        assert app.screen.search == "blinken"
        await pilot.press("x")
        assert len(listed(app)) == total


async def test_moving_and_opening_a_statement(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        first = app.screen.selected
        await pilot.press("j", "j")
        await detail_follows(pilot)
        third = listed(app)[2]
        assert app.screen.selected == third.id
        assert app.screen.query_one(StatementDetail).statement == third
        await pilot.press("k")
        assert app.screen.selected == listed(app)[1].id
        await pilot.press("home")
        assert app.screen.selected == first
        await pilot.press("enter")
        assert isinstance(app.focused, StatementDetail)
        await pilot.press("escape")
        assert isinstance(app.focused, StatementList)


async def test_detail_shows_the_quote_in_its_paragraph(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("j", "j", "j")
        await detail_follows(pilot)
        statement = app.workspace.corpus.statements[app.screen.selected]
        paragraph = app.screen.query_one("#detail-paragraph", ArabicText)
        ((start, end, tag),) = paragraph.highlights
        assert tag == "quote" and paragraph.text[start:end] == statement.quote_ar


async def test_compact_layout_shows_one_pane_at_a_time(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert screen.has_class("-compact")
        panes = {p: screen.query_one(f"#{p}-pane") for p in ("actors", "statements", "detail")}
        assert [p for p, w in panes.items() if w.display] == ["statements"]
        await pilot.press("enter")
        assert [p for p, w in panes.items() if w.display] == ["detail"]
        await pilot.press("escape")
        await pilot.press("tab", "tab")
        assert screen.pane == "actors"
        assert [p for p, w in panes.items() if w.display] == ["actors"]


async def test_three_panes_side_by_side_when_wide(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert not app.screen.has_class("-compact")
        for pane in ("actors", "statements", "detail"):
            assert app.screen.query_one(f"#{pane}-pane").display


async def test_choosing_an_actor_lists_only_their_statements(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("shift+tab")
        actors = app.screen.query_one(OptionList)
        assert actors.has_focus
        await pilot.press("down", "enter")
        chosen = actors.get_option_at_index(1).id
        assert app.screen.actor == chosen
        assert listed(app) and {s.actor for s in listed(app)} == {chosen}
        assert isinstance(app.focused, StatementList)


async def test_filter_dialog_combines_several_values(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f")
        assert isinstance(app.screen, FilterScreen)
        await pilot.press("space", "down", "space")  # supports and opposes
        await pilot.press("tab", "space")  # threat: high
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, MainScreen)
        assert app.screen.withdrawal == {"supports", "opposes"}
        assert app.screen.threat == {"high"}
        assert all(
            s.withdrawal in {"supports", "opposes"} and s.threat == "high" for s in listed(app)
        )


async def test_filter_dialog_date_range_and_bad_date(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f", "tab", "tab", "tab", *"2024-12-10", "enter")
        assert isinstance(app.screen, MainScreen)
        # A statement dated only to the month (2024-12) overlaps the range and stays.
        assert listed(app) and all(
            s.said_on and s.said_on >= "2024-12-10"[: len(s.said_on)] for s in listed(app)
        )
        assert not any(s.said_on and s.said_on < "2024-12" for s in listed(app))
        await pilot.press("f", "tab", "tab", "tab", "tab", *"soon", "enter")
        assert isinstance(app.screen, FilterScreen)
        assert "not a date" in str(app.screen.query_one("#filter-error").render())
        await pilot.press("escape")
        assert app.screen.date_to is None


async def test_article_opens_at_the_statement(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("G")
        statement = app.workspace.corpus.statements[app.screen.selected]
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        target = app.screen.query_one(f"#paragraph-{statement.paragraph}", ArabicText)
        body = app.screen.query_one("#article-body")
        assert body.scroll_y > 0
        assert body.region.contains(target.region.x, target.region.y)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_bidi_key_switches_every_arabic_widget(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        quote = app.screen.query_one("#detail-quote", ArabicText)
        assert quote.mode == "visual"
        await pilot.press("b")
        assert app.bidi == "terminal" and quote.mode == "terminal"
        assert "bidi terminal" in bar(app)
        await pilot.press("b", "b")
        assert app.bidi == "visual" and quote.mode == "visual"


async def test_help_lists_the_keys(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.query_one("Markdown").source
        for key in ("`/`", "`s`", "`t`", "`x`", "`b`", "`?`", "`q`", "`f`"):
            assert key in text
        # How to close it is on screen, at 80×24 too.
        assert any("Esc ? q close" in row for row in screenshot_rows(app))
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_palette_picks_an_actor_by_arabic_name(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"البياتي")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        actor = app.workspace.corpus.actors[app.main_screen.actor]
        assert "البياتي" in (actor.name_ar, *actor.aliases) or "البياتي" in actor.name_ar
        assert {s.actor for s in listed(app)} == {actor.id}


async def test_q_quits(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("q")
    assert app.return_code == 0


async def test_empty_workspace_says_how_to_import_into_itself(make_app, tmp_path: Path):
    path = tmp_path / "new cases" / "empty.json"  # a space: the command must still paste
    path.parent.mkdir()
    create_workspace(path)
    app = make_app(path=path)
    async with app.run_test(size=(120, 24)):
        text = str(app.screen.query_one("#empty-workspace").render())
        assert f"mawqif import --db '{path}' \\\n" in text  # a line that pastes whole
        assert '--outlet "Outlet" --published 2025-01-31 article.txt' in text
        assert "Press i to import an Arabic article here" in text
        assert "WORKSPACE" not in text


async def test_an_arabic_folder_path_is_drawn_folder_by_folder(make_app, tmp_path: Path):
    path = tmp_path / "مجلد" / "فارغ.json"
    path.parent.mkdir()
    create_workspace(path)
    app = make_app(path=path)
    async with app.run_test(size=(120, 24)):
        widget = app.screen.query_one("#empty-workspace")
        text = "".join(widget.render_line(y).text for y in range(widget.size.height))
        # Each folder name reads right to left, and the folders stay in path order: not
        # one right-to-left run that would draw فارغ before مجلد.
        assert "/ﺪﻠﺠﻣ/ﻍﺭﺎﻓ.json" in text


async def test_the_search_field_draws_typed_arabic_joined_and_right_to_left(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"قال", "q")  # q is typed, not Quit
        field = app.screen.query_one("#search-input", SearchField)
        assert field.value == "قالq"
        row = "".join(seg.text for seg in field.render_line(0))
        assert "قال" not in row  # shaped: presentation forms, not the letters as typed
        assert "ﻝﺎﻗ" in row  # and in reading order, right to left
        await pilot.press("backspace", "backspace")
        assert field.value == "قا" and app.screen.search == "قا"


async def test_the_first_key_after_loading_goes_to_the_statements(workspace_file):
    from tui.app import MawqifApp

    app = MawqifApp(db=workspace_file)  # opened through the loading screen, as `mawqif` does
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(100):
            if isinstance(app.screen, MainScreen) and app.screen.results:
                break
            await pilot.pause(0.05)
        await pilot.press("s")
        assert app.screen.withdrawal == {"supports"}  # a filter key, not a letter searched for
        assert app.screen.search == ""
        assert isinstance(app.focused, StatementList)
