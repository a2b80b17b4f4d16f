"""The timeline at 80×24 keeps the selected mark on screen when the detail under it grows."""

from __future__ import annotations

from screen_rows import screenshot_rows
from tui.correcting import deadline_records
from tui.screens.timeline import HEADER, Timeline

LONG = "worked out from " + "the statement of the ministry and its spokesman, " * 4


async def test_G_shows_the_last_mark_even_when_its_detail_is_taller(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d")
        last = app.screen.query_one(Timeline).marks[-1]
        await pilot.press("escape")
        # The last mark's derivation made long, so its detail takes more rows than the first's.
        records = [dict(r) for r in deadline_records(last.statement.deadlines)]
        records[-1]["derivation"] = LONG
        assert app.review is not None
        app.review.apply(f"statement:{last.statement.id}", "Long", deadlines=tuple(records))
        await app.workers.wait_for_complete()
        await pilot.press("d")
        await pilot.pause()
        timeline = app.screen.query_one(Timeline)
        await pilot.press("G")
        await pilot.pause(0.2)
        assert timeline.cursor == len(timeline.marks) - 1
        row = timeline.rows.index(("mark", timeline.cursor))
        shown = timeline.scrollable_content_region.height - HEADER
        assert timeline.scroll_offset.y <= row < timeline.scroll_offset.y + shown
        # What the analyst sees: the mark's row on the timeline, above the detail.
        screen = screenshot_rows(app)
        detail_at = next(y for y, text in enumerate(screen) if "spokesman," in text)
        drawn = timeline.render_line(HEADER + row - timeline.scroll_offset.y).text
        above = [text.rstrip() for text in screen[timeline.region.y : detail_at]]
        assert drawn.strip() and drawn.rstrip() in above
