"""Small things a new user read wrong at 80×24: cut names, raw codebook values, a verb that is
no verb, and an undo message that named the value undone as if it were the value now."""

from __future__ import annotations

from pathlib import Path

from textual.widgets._toast import Toast

from oracle import check_paragraphs, isolated
from tui.app import MawqifApp
from tui.data.store import Workspace
from tui.screens.main import DETAIL_WHILE_TYPING
from tui.screens.pair import PairScreen
from tui.widgets.statement_list import StatementList


def _by_quote(db: Path, words: str) -> str:
    return next(s.id for s in Workspace(db).corpus.statements.values() if words in s.quote_ar)


def _drawn(widget) -> str:
    """The rows a widget draws, as the terminal shows them (data is drawn by the engine,
    so its render() is the text in logical order, not what shows)."""
    return "\n".join(widget.render_line(y).text for y in range(widget.size.height))


def _toasts(app: MawqifApp) -> list[str]:
    """The notifications on screen now."""
    return [str(toast.render()) for toast in app.screen.query(Toast)]


async def test_a_speaker_cut_to_the_column_ends_in_an_ellipsis(reported: Path):
    app = MawqifApp(Workspace(reported), "visual")
    async with app.run_test(size=(80, 24)):
        listing = app.screen.query_one(StatementList)
        rows = [listing.render_line(y).text for y in range(len(listing.items))]
    speakers = [row[13:30] for row in rows]  # after the review mark and the date
    assert "Senior US offic… " in speakers and "Informed securi… " in speakers
    assert "Thabet al-Abbasi " in speakers  # a name that fits is not cut


async def test_a_headline_shows_no_verb_and_a_pair_shows_a_readable_kind(reported: Path):
    headline = _by_quote(reported, "يعيد ترتيب صفوفه")  # "مصدر أمني: …"
    app = MawqifApp(Workspace(reported), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.query_one(StatementList).select_id(headline)
        await pilot.press("enter")
        await pilot.pause(DETAIL_WHILE_TYPING)
        meta = str(app.screen.query_one("#detail-meta").render())
        assert "no speech verb (a headline's colon)" in meta and "verb :" not in meta
        await pilot.press("escape", "c")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")  # the deadline clash: the minister against the official
        await pilot.pause()
        assert isinstance(app.screen, PairScreen)
        metas = [_drawn(m) for m in app.screen.query(".pair-role")]
    official = next(m for m in metas if "unnamed source" in m)
    assert "unnamed_source" not in official
    minister = next(m for m in metas if m is not official)
    assert "وزير" not in minister and "ﺮﻳﺯﻭ" in minister  # his Arabic title, drawn joined


async def test_undo_says_what_the_value_is_after_it(reported: Path):
    quiet = _by_quote(reported, "بحلول أيلول 2025")  # no threat label
    app = MawqifApp(Workspace(reported), "visual")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        app.screen.query_one(StatementList).select_id(quiet)
        await pilot.press("T")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert any(t.startswith("Threat now high") for t in _toasts(app))
        await pilot.press("r")
        await pilot.press("z")
        await pilot.pause()
        assert any(t.startswith("Undone: status back to unreviewed") for t in _toasts(app))
        await pilot.press("z")
        await app.workers.wait_for_complete()
        await pilot.pause()
        toasts = _toasts(app)
        assert any(t.startswith("Undone: threat back to unspecified") for t in toasts)
        assert not any(t.startswith("Undone: threat now") for t in toasts)
    assert Workspace(reported).corpus.statements[quiet].threat == "unspecified"


async def test_how_a_date_was_worked_out_draws_its_arabic_joined(reported: Path):
    minister = _by_quote(reported, "بحلول أيلول 2025")  # worked out from "أيلول 2025"
    derivation_text = "أيلول 2025 → 2025-09"
    app = MawqifApp(Workspace(reported), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.query_one(StatementList).select_id(minister)
        await pilot.press("enter")
        await pilot.pause(DETAIL_WHILE_TYPING)
        deadlines = _drawn(app.screen.query_one("#detail-deadlines"))
        assert "أيلول" not in deadlines  # never the letters as stored, unjoined
        # English prose round an Arabic word (tui/arabic/lines): the word joined and right
        # to left, the dates and the arrow after it in English order, as FriBidi draws it.
        row = deadlines.splitlines()[1]
        assert "2025 ﻝﻮﻠﻳﺃ → 2025-09" in row and "09-2025" not in row  # the year with its month
        check_paragraphs([isolated(f"   {derivation_text}")], [[row.rstrip()]],
                         directions=[False])  # fmt: skip
        await pilot.press("escape", "d")
        await pilot.pause()
        derivation = app.screen.query_one("#timeline-derivation")
        row = derivation.render_line(0).text
    assert "أيلول" not in row and "2025 ﻝﻮﻠﻳﺃ → 2025-09" in row
    check_paragraphs([isolated(derivation_text)], [[row.rstrip()]], directions=[False])
