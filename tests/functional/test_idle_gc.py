"""Python's full garbage collection waits for the analyst to pause, then runs."""

from __future__ import annotations

import gc

from tui.idle_gc import NEVER, PENDING, QUIET


async def test_full_collections_wait_for_a_pause_in_the_keys(make_app):
    thresholds = gc.get_threshold()
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert gc.get_threshold()[2] == NEVER  # Python would no longer start one on its own
        for _ in range(PENDING):
            gc.collect(1)  # each young collection counts towards a full one
        for _ in range(4):  # an analyst moving down the list, a key every QUIET / 4 s
            await pilot.press("j")
            await pilot.pause(QUIET / 4)
        assert app.collector.collections == 0
        await pilot.pause(QUIET * 2)  # the keys stop
        assert app.collector.collections == 1
        assert gc.get_count()[2] == 0
    assert gc.get_threshold() == thresholds  # Python's own settings are back after the app
