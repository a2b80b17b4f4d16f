"""The contradictions list, a pair side by side and the deadlines timeline, driven by keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import statement_id
from tui.app import MawqifApp
from tui.data.store import Workspace, create_workspace, open_corpus
from tui.resources import corpus_path, styles_dir
from tui.screens.contradictions import ContradictionsScreen
from tui.screens.main import MainScreen
from tui.screens.pair import PairScreen
from tui.screens.timeline import Timeline, TimelineScreen
from tui.widgets.arabic import ArabicText

# The statements these tests name, by their stable keys in data/statements.toml.
EXIT_2026 = statement_id("observers-exit-2026")
SHAPIRO_INTRO = statement_id("shapiro-intro")
SHAPIRO_STAY = statement_id("shapiro-forces-stay")
INDEFINITE = statement_id("maamouri-indefinite")
MAAMOURI_AGREEMENT = statement_id("maamouri-strategic-agreement")
MAAMOURI_PERMANENCE = statement_id("maamouri-permanence")
BAYATI_FIRM = statement_id("bayati-dates-firm")
ARAJI_TWO_YEARS = statement_id("araji-two-years")
JOINT_12_MONTHS = statement_id("joint-announced-12-months")
MISSION_END_2025 = statement_id("joint-mission-end-2025")
SYRIA_2026 = statement_id("joint-syria-2026")
UKMOD_12_MONTHS = statement_id("ukmod-comment-12-months")

STYLES = styles_dir() / "contradictions.tcss"


def make(tmp_path: Path) -> MawqifApp:
    """The app on a throwaway workspace seeded with the bundled corpus."""
    path = tmp_path / "w.json"
    create_workspace(path, seed=[open_corpus(corpus_path())])
    return MawqifApp(Workspace(path), "visual")


def pair_of(screen: ContradictionsScreen | PairScreen) -> set[str]:
    current = screen.current
    assert current is not None
    return {current.a, current.b}


async def test_c_opens_the_list_on_the_2025_against_2026_clash(tmp_path: Path):
    app = make(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        screen = app.screen
        assert isinstance(screen, ContradictionsScreen)
        assert pair_of(screen) == {EXIT_2026, MISSION_END_2025}
        headline = "contradiction:c-curated-final-exit-2026-vs-mission-end-2025"
        assert screen.current_target() == headline  # what the review keys will act on
        await pilot.press("j")
        assert pair_of(screen) == {EXIT_2026, INDEFINITE}
        await pilot.press("k", "k")
        assert screen.current is not None and screen.current.kind == "threat"
        await pilot.press("j", "f")
        assert screen.kind == "deadline" and pair_of(screen) == {EXIT_2026, MISSION_END_2025}
        assert {c.kind for c in screen.shown} == {"deadline"}
        await pilot.press("f")
        assert screen.kind == "withdrawal" and {c.kind for c in screen.shown} == {"withdrawal"}
        await pilot.press("f", "f")  # threat, factual: the corpus has no "self" clash to show
        assert screen.kind == "factual"
        await pilot.press("f")
        assert screen.kind is None and len(screen.shown) == len(screen.all)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_enter_opens_the_pair_and_n_p_step_through_the_list(tmp_path: Path):
    app = make(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "enter")
        pair = app.screen
        assert isinstance(pair, PairScreen)
        assert pair_of(pair) == {EXIT_2026, MISSION_END_2025} and not pair.has_class("-stacked")
        statements, clashes, _ = pair.brief_scope()
        assert [s.id for s in statements] == [EXIT_2026, MISSION_END_2025]
        assert clashes == [pair.current]
        quotes = list(pair.query(".pair-quote").results(ArabicText))
        assert [q.highlights[0][2] for q in quotes] == ["cue-a", "cue-b"]
        cues = [c.text for c in pair.query(".pair-cue").results(ArabicText)]
        assert cues == ["سبتمبر/أيلول 2026", "في موعد أقصاه نهاية سبتمبر 2025"]
        left = quotes[0]
        start, end, _ = left.highlights[0]
        assert left.text[start:end] == "سبتمبر/أيلول 2026"
        await pilot.press("right_square_bracket")
        assert pair_of(pair) == {EXIT_2026, INDEFINITE}
        await pilot.press("right_square_bracket")
        assert pair_of(pair) == {INDEFINITE, MISSION_END_2025}
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert pair_of(pair) == {EXIT_2026, MISSION_END_2025}
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert pair.index == len(pair.contradictions) - 1  # wraps past the first to the last
        await pilot.press("right_square_bracket", "right_square_bracket", "right_square_bracket")
        await pilot.press("escape")
        listing = app.screen
        assert isinstance(listing, ContradictionsScreen)
        assert pair_of(listing) == {EXIT_2026, INDEFINITE}  # the list follows the last pair seen


async def test_1_and_2_jump_to_either_statement(tmp_path: Path):
    app = make(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "enter", "1")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and app.screen.selected == EXIT_2026
        await pilot.press("escape", "2")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and app.screen.selected == MISSION_END_2025
        assert len(app.screen_stack) == 2  # the main screen over the default one, nothing left


async def test_the_pair_stacks_only_when_narrow_and_follows_the_bidi_key(tmp_path: Path):
    app = make(tmp_path)
    async with app.run_test(size=(50, 40)) as pilot:
        await pilot.press("c", "enter")
        pair = app.screen
        assert isinstance(pair, PairScreen) and pair.has_class("-stacked")
        a, b = pair.query_one("#panel-a").region, pair.query_one("#panel-b").region
        assert a.x == b.x and a.bottom <= b.y
    app = MawqifApp(Workspace(tmp_path / "w.json"), "visual")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c", "enter")
        pair = app.screen
        assert isinstance(pair, PairScreen) and not pair.has_class("-stacked")
        a, b = pair.query_one("#panel-a").region, pair.query_one("#panel-b").region
        assert a.y == b.y and a.right <= b.x
        await pilot.press("b")
        await pilot.pause()
        assert {q.mode for q in pair.query(ArabicText)} == {"terminal"}


async def test_d_opens_the_timeline_and_enter_opens_a_marks_statement(tmp_path: Path):
    app = make(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d")
        assert isinstance(app.screen, TimelineScreen)
        timeline = app.screen.query_one(Timeline)
        first_three = [JOINT_12_MONTHS, MISSION_END_2025, UKMOD_12_MONTHS]
        assert [m.statement.id for m in timeline.marks[:3]] == first_three
        clashing = {m.statement.id for m in timeline.marks if m.clashes}
        assert {EXIT_2026, INDEFINITE, MISSION_END_2025, BAYATI_FIRM, ARAJI_TWO_YEARS} <= clashing
        # The joint statement's other statement and the UK's give the joint statement's date
        # for the same event: they clash as much, though the list pairs the joint statement's
        # own words as the best attested.
        assert {JOINT_12_MONTHS, UKMOD_12_MONTHS} <= clashing
        syria = {SYRIA_2026, SHAPIRO_INTRO, SHAPIRO_STAY}
        open_us_presence = {MAAMOURI_AGREEMENT, MAAMOURI_PERMANENCE}
        assert not clashing & (syria | open_us_presence)
        await pilot.press("j", "j", "j", "down", "k")
        assert timeline.current is not None and timeline.current.statement.id == EXIT_2026
        assert app.screen.current_target() == f"statement:{EXIT_2026}"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and app.screen.selected == EXIT_2026


def _timeline_rows(app: MawqifApp) -> list[str]:
    """The timeline's rows as the terminal shows them."""
    timeline = app.screen.query_one(Timeline)
    return [timeline.render_line(y).text for y in range(timeline.size.height)]


@pytest.mark.parametrize("width", [80, 50])
async def test_every_mark_giving_a_clashing_date_is_a_clash_and_cut_notes_say_so(
    reported: Path, width: int
):
    app = MawqifApp(Workspace(reported), "visual")
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.press("d")
        rows = _timeline_rows(app)
    marks = [r for r in rows if "Sep 202" in r and "↳" not in r]
    # The minister gives Sep 2025 twice; the list pairs his first statement only.
    assert [m.split()[0] for m in marks] == ["Thabet", "Thabet", "Senior"]
    assert all("◆" in m and "●" not in m for m in marks)
    notes = [r.strip() for r in rows if "↳" in r]
    assert len(notes) == 3
    if width == 80:
        assert notes[:2] == ["↳ clashes with Senior US official (Sep 2026)"] * 2
    else:  # cut to the width, and the cut shows
        assert all(n.endswith("…") and len(n) < 50 for n in notes)
        assert notes[0].startswith("↳ clashes with Senior US")


SIZES = [(80, 24), (120, 40)]
IDS = ["80x24", "120x40"]


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_snapshot_list(snap_compare, tmp_path: Path, size):
    assert snap_compare(make(tmp_path), terminal_size=size, press=["c"])


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_snapshot_pair(snap_compare, tmp_path: Path, size):
    assert snap_compare(make(tmp_path), terminal_size=size, press=["c", "enter"])


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_snapshot_pair_why(snap_compare, tmp_path: Path, size):
    assert snap_compare(make(tmp_path), terminal_size=size, press=["c", "enter", "w"])


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_snapshot_timeline(snap_compare, tmp_path: Path, size):
    assert snap_compare(make(tmp_path), terminal_size=size, press=["d", "j", "j", "j"])
