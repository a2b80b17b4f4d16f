"""The pair view at the sizes analysts have: the clash on the first screen, each side
scrolling on its own, the rationale one key away, and the way back from a statement."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import VerticalScroll

from tui.app import MawqifApp
from tui.data.store import Workspace, create_workspace, open_corpus
from tui.resources import corpus_path
from tui.screens.contradictions import ContradictionsScreen
from tui.screens.main import MainScreen
from tui.screens.pair import PairScreen, StatementPanel
from tui.widgets.arabic import ArabicText
from tui.widgets.lines import DataText

SIZES = [(80, 24), (120, 40)]
IDS = ["80x24", "120x40"]


def make(tmp_path: Path) -> MawqifApp:
    """The app on a throwaway workspace seeded with the bundled corpus."""
    path = tmp_path / "w.json"
    if not path.exists():
        create_workspace(path, seed=[open_corpus(corpus_path())])
    return MawqifApp(Workspace(path), "visual")


def drawn(widget) -> list[str]:
    """The rows a widget draws, as Textual composes them."""
    return [widget.render_line(y).text for y in range(widget.size.height)]


def on_first_screen(pair: PairScreen, widget) -> bool:
    """Whether all of `widget` shows without scrolling: above the footer, inside its side."""
    region = widget.region
    panel = next(a for a in widget.ancestors if isinstance(a, StatementPanel))
    return (region.height > 0 and region.bottom <= pair.size.height - 1
            and panel.region.contains_region(region))  # fmt: skip


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_the_first_screen_holds_both_speakers_dates_and_clashing_words(tmp_path: Path, size):
    app = make(tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.press("c", "enter")
        await pilot.pause()
        pair = app.screen
        assert isinstance(pair, PairScreen)
        a, b = (pair.query_one(f"#panel-{s}", StatementPanel) for s in "ab")
        assert a.region.y == b.region.y and a.region.right <= b.region.x  # two columns
        assert "Observers (unnamed)" in str(a.border_title)
        assert "US–Iraq joint statement" in str(b.border_title)
        for panel, date in ((a, "Sep 2026"), (b, "Sep 2025")):
            claim = panel.query_one(".pair-claim", DataText)
            assert on_first_screen(pair, claim) and date in " ".join(drawn(claim))
            cue = panel.query_one(".pair-cue", ArabicText)
            assert on_first_screen(pair, cue) and any(row.strip() for row in drawn(cue))
            meta = panel.query_one(".pair-meta", DataText)
            assert on_first_screen(pair, meta) and "Shafaq News" in " ".join(drawn(meta))
        cues = [c.text for c in pair.query(".pair-cue").results(ArabicText)]
        assert cues == ["سبتمبر/أيلول 2026", "في موعد أقصاه نهاية سبتمبر 2025"]
        # The rationale is kept for `w` where the sides need the rows.
        inline = pair.query_one("#pair-inline-rationale")
        assert inline.display == (size[1] >= 36)


async def test_each_side_scrolls_on_its_own_and_keeps_the_clash_in_view(tmp_path: Path):
    app = make(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "enter")
        await pilot.pause()
        pair = app.screen
        a, b = (pair.query_one(f"#panel-{s}", StatementPanel) for s in "ab")
        assert a.scroller.has_focus  # the arrow keys scroll the first side
        claim_at = a.query_one(".pair-claim").region
        await pilot.press("end")
        await pilot.pause()
        assert a.scroller.scroll_y > 0 and b.scroller.scroll_y == 0
        assert a.query_one(".pair-claim").region == claim_at  # the clash stays put
        # The whole quote can be read: its last row comes into the scrolled view.
        quote = a.query_one(".pair-quote", ArabicText)
        assert quote.region.bottom <= a.scroller.region.bottom
        await pilot.press("tab", "pagedown")
        await pilot.pause()
        assert b.scroller.has_focus and b.scroller.scroll_y > 0
        await pilot.press("tab", "home")
        await pilot.pause()
        assert a.scroller.has_focus and a.scroller.scroll_y == 0


async def test_w_shows_why_they_clash_and_escape_goes_back_to_the_sides(tmp_path: Path):
    app = make(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "enter", "w")
        pair = app.screen
        why = pair.query_one("#pair-why", VerticalScroll)
        assert why.display and why.has_focus and not pair.query_one("#pair-panels").display
        rationale = " ".join(drawn(pair.query_one("#pair-rationale")))
        assert "Rationale" in rationale and "September 2026" in rationale
        await pilot.press("escape")
        assert app.screen is pair and not why.display and pair.query_one("#pair-panels").display
        await pilot.press("w", "w")
        assert not why.display
        await pilot.press("escape")
        assert isinstance(app.screen, ContradictionsScreen)


async def test_a_statement_opened_from_a_pair_goes_back_to_that_pair(tmp_path: Path):
    app = make(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "f")  # deadline clashes only
        await pilot.press("enter", "right_square_bracket")
        pair = app.screen
        assert isinstance(pair, PairScreen)
        seen = pair.current.id
        await pilot.press("2")
        await pilot.pause()
        main = app.screen
        assert isinstance(main, MainScreen) and main.selected == pair.current.b
        await pilot.press("escape")
        await pilot.pause()
        back = app.screen
        assert isinstance(back, PairScreen) and back.current.id == seen
        await pilot.press("escape")
        listing = app.screen
        assert isinstance(listing, ContradictionsScreen)
        assert listing.kind == "deadline" and listing.current.id == seen
        await pilot.press("escape", "escape")  # the statements; Escape there stays
        assert isinstance(app.screen, MainScreen)


async def test_c_again_opens_the_list_as_it_was_left(tmp_path: Path):
    app = make(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "f", "f", "j")  # stance clashes, the second one
        listing = app.screen
        assert isinstance(listing, ContradictionsScreen)
        kind, chosen = listing.kind, listing.current.id
        await pilot.press("escape", "c")
        again = app.screen
        assert isinstance(again, ContradictionsScreen) and again is not listing
        assert again.kind == kind == "withdrawal" and again.current.id == chosen
