"""Every action is defined once and reachable three ways: footer or help, and the palette —
the app's keys, the screen's, and those of the widget or dialog in use."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from textual.binding import Binding
from textual.widgets import Input

import tui
from tui.screens.help import keys_table
from tui.screens.review import LineScreen
from tui.screens.timeline import Timeline, TimelineScreen


def titles(app) -> set[str]:
    """The palette's commands for the screen the analyst is on."""
    return {c.title for c in app.get_system_commands(app.screen)}


def every_binding() -> list[tuple[str, Binding]]:
    """Each Binding declared by a class of the mawqif package, with where."""
    found = []
    for module in pkgutil.walk_packages(tui.__path__, "tui."):
        if module.name.startswith(("tui.data", "tui.arabic", "tui.ingest", "tui.__main__")):
            continue  # no Textual there
        loaded = importlib.import_module(module.name)
        for name, cls in inspect.getmembers(loaded, inspect.isclass):
            if cls.__module__ != loaded.__name__:
                continue
            for binding in cls.__dict__.get("BINDINGS", ()):
                if isinstance(binding, Binding):
                    found.append((f"{module.name}.{name}", binding))
    return found


def test_every_binding_has_an_id_and_a_tooltip():
    bindings = every_binding()
    assert len(bindings) > 60
    missing = [f"{where}: {b.key}" for where, b in bindings if not (b.id and b.tooltip)]
    assert not missing, missing
    # One definition per action: no id is used for two different actions.
    actions: dict[str, str] = {}
    for _where, b in bindings:
        assert actions.setdefault(b.id, b.action) == b.action, b.id


async def test_the_app_keys_are_in_the_palette_everywhere(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app_keys = {"Brief (e)", "Bidi (b)", "Note (n)", "Tags (g)", "Review (r)", "Undo (z)",
                    "Save (^s)", "Quit (q)", "Help (?)"}  # fmt: skip
        assert app_keys <= titles(app)
        assert {"Clashes (c)", "Deadlines (d)", "Search (/)"} <= titles(app)
        await pilot.press("d")  # the timeline's own keys reach it too
        assert isinstance(app.screen, TimelineScreen)
        assert {"Last (end)", "First (home)", "Open (⏎)", "Next mark (↓)"} <= titles(app)
        assert app_keys <= titles(app)
        await pilot.press("escape", "c", "enter", "w")  # a pair's keys, with why shown
        assert {"Why (w)", "Next (])", "Open 1 (1)", "Side (tab)"} <= titles(app)


async def test_a_command_picked_in_the_palette_runs_the_key_s_action(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d", "ctrl+p")
        await pilot.press(*"last")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        timeline = app.screen.query_one(Timeline)
        assert timeline.cursor == len(timeline.marks) - 1
        await pilot.press("ctrl+p", *"brief")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LineScreen)
        assert app.screen.query_one(Input).value.endswith(".md")


async def test_help_lists_the_widget_s_keys_and_the_app_s(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d")
        table = keys_table(app.screen)
        for tooltip in ("Move to the last deadline", "Write a Markdown brief of what this "
                        "screen shows", "Quit mawqif"):  # fmt: skip
            assert tooltip in table
