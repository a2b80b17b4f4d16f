"""What an analyst at 80×24 reads off the screen: the footer's main keys, the filter bar's
counts, the lists' column titles and legends, review marks and ticks that need no colour."""

from __future__ import annotations

import pytest

from tui.screens.filters import FilterScreen
from tui.screens.pair import PairScreen
from tui.screens.timeline import TimelineScreen
from tui.widgets.clash_list import ClashList
from tui.widgets.key_bar import KeyBar
from tui.widgets.statement_list import StatementList
from tui.widgets.ticks import TickBox, TickList

SIZES = [(80, 24), (120, 40)]
IDS = ["80x24", "120x40"]


def footer(app) -> str:
    """The footer row as drawn."""
    bar = app.screen.query_one(KeyBar)
    return bar.render_line(0).text


def row(widget, y: int) -> str:
    return widget.render_line(y).text


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_the_footer_shows_the_main_keys_and_quit_on_every_screen(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        keys = footer(app)
        assert len(keys.rstrip()) <= size[0]
        for shown in ("? Help", "/ Search", "c Clashes", "d Deadlines", "q Quit", "^p palette"):
            assert shown in keys
        assert keys.index("q Quit") > keys.index("d Deadlines")  # quit where one looks: last
        await pilot.press("c")
        assert "⏎ Open pair" in footer(app) and "q Quit" in footer(app)
        await pilot.press("enter")
        assert isinstance(app.screen, PairScreen)
        for shown in ("] Next", "[ Prev", "w Why", "1 Open 1", "2 Open 2", "q Quit"):
            assert shown in footer(app)
        await pilot.press("escape", "escape", "d")
        assert isinstance(app.screen, TimelineScreen)
        assert "⏎ Open" in footer(app) and "q Quit" in footer(app)


async def test_the_statement_keys_come_first_while_a_statement_is_open(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")  # a statement in full
        await pilot.pause()
        assert footer(app).startswith(" ? Help  S Speaker  E Edit  D Deadline  Q Quote")
        assert "q Quit" in footer(app)
        await pilot.press("tab")  # the actors pane: its keys first
        await pilot.pause()
        assert footer(app).startswith(" ? Help  A Edit actor  M Merge")


def bar(app) -> str:
    return row(app.screen.query_one("#filter-bar"), 0)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_the_filter_bar_keeps_every_count_whole(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        assert "LEAVE 13 STAY 6 COND 4 · HIGH 13 MOD 2 LOW 4" in bar(app)
        assert ("bidi visual" in bar(app)) == (size[0] >= 120)  # the sample where it fits
        # A long filter gives way to the counts: cut at its end, the cut marked.
        await pilot.press("slash", *"coalition mission in Iraq and more", "enter", "s", "t")
        await pilot.pause()
        shown = bar(app).rstrip()
        assert len(shown) <= size[0]
        assert shown.endswith("LOW 0") and "LEAVE 0 STAY 0 COND 0 · HIGH 0 MOD 0" in shown
        assert "…" in shown or size[0] >= 120


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_the_statements_have_column_titles_over_their_columns_and_a_legend(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.press("r", "j", "r", "r")  # the first reviewed, the second disputed
        await pilot.pause()
        statements = app.screen.query_one(StatementList)
        titles = row(app.screen.query_one("#statements-header"), 0)
        first, second = row(statements, 0), row(statements, 1)
        for title in ("ACTOR", "EXIT", "ISIS", "QUOTE"):
            assert title in titles
        assert ("SAID" in titles) == (size[0] < 110)  # the date gives way in the wide pane
        # Each title starts where its column does in the rows under it.
        exit_at, isis_at = titles.index("EXIT"), titles.index("ISIS")
        assert first[exit_at:].split()[0] in ("·", "LEAVE", "STAY", "COND")
        assert second[isis_at:].split()[0] in ("·", "HIGH", "MOD", "LOW")
        # Reviewed and disputed differ in shape, not only in colour.
        assert (first[0], second[0]) == ("✓", "!")
        legend = str(app.screen.query_one("#statements-pane").border_subtitle)
        assert "✓ reviewed" in legend and "! disputed" in legend


async def test_the_contradictions_show_review_marks_and_a_legend(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "r", "j", "r", "r")
        await pilot.pause()
        clashes = app.screen.query_one(ClashList)
        rows = [row(clashes, y) for y in range(3)]
        assert "✓ reviewed" in rows[1] and "! disputed" in rows[2]
        assert "≠ due dates clash" in str(clashes.border_subtitle)


@pytest.mark.parametrize("no_color", [False, True], ids=["colour", "NO_COLOR"])
async def test_the_filter_boxes_read_ticked_or_not_without_colour(make_app, monkeypatch, no_color):
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s", "f")  # supports, then the dialog
        assert isinstance(app.screen, FilterScreen)
        stances = app.screen.query_one("#filter-withdrawal", TickList)
        drawn = [stances.render_line(y) for y in range(4)]
        assert [line.text[:3] for line in drawn] == ["[x]", "[ ]", "[ ]", "[ ]"]
        # The box is drawn in a colour of its own, not the background's (Textual hides an
        # unticked "X" that way, which would hide "[ ]" too).
        box = next(iter(drawn[1]))
        assert box.text == "[ ]" and box.style.color != box.style.bgcolor
        await pilot.press("space")  # untick supports
        assert stances.render_line(0).text.startswith("[ ]")
        undated = app.screen.query_one("#filter-undated", TickBox)
        assert str(undated.render()).startswith("[ ]")
        undated.value = True
        assert str(undated.render()).startswith("[x]")
