"""The palette's commands from the keys: every key active where the analyst is is a command."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from textual.app import App, SystemCommand
from textual.screen import Screen


def binding_commands(app: App[None], screen: Screen[object]) -> Iterator[SystemCommand]:
    """A palette command for each key active on `screen` — the focused widget's, the
    screen's and the app's — run where it is bound: one definition per action."""
    active = list(screen.active_bindings.values())
    # Ours (with an id) first, so Textual's own key for an action (^q quit) gives way.
    active.sort(key=lambda a: a.binding.id is None)
    seen: set[str] = set()
    for bound in active:
        binding = bound.binding
        if not binding.tooltip or binding.action == "command_palette":
            continue
        if binding.id in seen or binding.action in seen:
            continue
        seen.update(filter(None, (binding.id, binding.action)))
        yield SystemCommand(
            f"{binding.description} ({app.get_key_display(binding)})",
            binding.tooltip,
            partial(app.run_action, binding.action, bound.node),
        )
