"""A field that is not being edited draws its Arabic as every other row does: shaped and in
reading order, checked against GNU FriBidi; the field being edited shows it as typed."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from oracle import compare, reorder
from tui.app import MawqifApp
from tui.cli import main
from tui.data.store import Workspace

ARTICLE = Path(__file__).parent.parent / "fixtures" / "articles" / "relative-dates.ar.txt"
OUTLET = "الرافدين نيوز"


def _row(field: Input) -> str:
    return "".join(segment.text for segment in field.render_line(0))


async def test_an_arabic_field_reads_in_order_once_another_has_the_focus(tmp_path: Path):
    db = tmp_path / "ws.json"
    assert main(["import", "--db", str(db), "--outlet", OUTLET, "--published", "2025-03-01",
                 str(ARTICLE)]) == 0  # fmt: skip
    app = MawqifApp(Workspace(db), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("P")
        await pilot.pause()
        outlet = app.screen.query_one("#article-outlet", Input)
        assert outlet.has_focus and OUTLET in _row(outlet)  # being edited: as typed
        await pilot.press("tab")
        await pilot.pause()
        (answer,) = reorder([OUTLET], rtl=True)
        compare(_row(outlet), OUTLET, answer)  # raises unless FriBidi draws it so
        assert OUTLET not in _row(outlet)
        outlet.focus()
        await pilot.pause()
        assert OUTLET in _row(outlet)
        # What is kept is the text as typed, never the drawing of it.
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert {a.outlet for a in Workspace(db).corpus.articles.values()} == {OUTLET}
