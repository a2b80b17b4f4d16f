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


async def test_collections_resume_once_the_first_statements_are_drawn(workspace_file):
    """Opening a workspace holds every collection until its statements are on screen; a
    collector left off would let garbage held in cycles grow for the rest of the session."""
    from tui.app import MawqifApp
    from tui.screens.main import MainScreen

    app = MawqifApp(db=workspace_file)
    assert not gc.isenabled()  # held from the start
    async with app.run_test(size=(120, 40)) as pilot:
        while not (isinstance(app.screen, MainScreen) and app.screen.results):
            await pilot.pause(0.02)
        await pilot.pause(0.2)
        assert gc.isenabled()
        assert gc.get_threshold()[2] == NEVER  # and the full ones wait for a pause
