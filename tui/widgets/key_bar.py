"""The footer: the keys that fit one row, most used first, `q` always, `^p` for the rest."""

from __future__ import annotations

from typing import NamedTuple

from rich.text import Text
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget

# Shown first and last whatever else fits: help lists every key, quit is how one leaves.
FIRST, LAST = "help", "quit"
GAP = "  "


class FooterKey(NamedTuple):
    """One key as the footer shows it: what to press, a word or two, the binding's id."""

    key: str
    words: str
    id: str | None


def footer_keys(screen: Screen[object]) -> list[FooterKey]:
    """The keys active on `screen` that the footer offers, help first, then those the
    focused widget and its ancestors (the screen among them) name in `FOOTER_KEYS`, then
    the other shown ones."""
    # A binding hidden from the footer is offered still when a FOOTER_KEYS names it; each
    # action is offered once, by its first key; the palette's key has a place of its own.
    first: list[str] = []
    focused = screen.focused
    for node in focused.ancestors_with_self if focused is not None else ():
        first.extend(getattr(node, "FOOTER_KEYS", ()))
    offered: dict[str, tuple[int, FooterKey]] = {}
    palette = screen.app.COMMAND_PALETTE_BINDING
    for order, (key, active) in enumerate(screen.active_bindings.items()):
        binding = active.binding
        if key == palette or not active.enabled or active.binding.action in offered:
            continue
        if not (binding.show or binding.id in first):
            continue
        rank = first.index(binding.id) if binding.id in first else len(first) + order
        if binding.id == FIRST:
            rank = -1
        shown = FooterKey(screen.app.get_key_display(binding), binding.description, binding.id)
        group = binding.group
        if group is not None:  # keys that share a word show once: "←→ Word"
            earlier = offered.get(f"group:{group.description}")
            if earlier is not None:
                rank, joined = earlier
                shown = joined._replace(key=joined.key + shown.key)
            offered[f"group:{group.description}"] = (rank, shown._replace(words=group.description))
            continue
        offered[binding.action] = (rank, shown)
    return [shown for _, shown in sorted(offered.values(), key=lambda item: item[0])]


def fit(keys: list[FooterKey], width: int) -> list[FooterKey]:
    """The keys that fit in `width` cells: help and quit always, the others in order while
    there is room (a long one skipped can leave room for a shorter one after it)."""

    def cells(k: FooterKey) -> int:
        return len(GAP) + len(k.key) + 1 + len(k.words)

    kept = [k for k in keys if k.id in (FIRST, LAST)]
    room = width - sum(cells(k) for k in kept)
    for k in keys:
        if k.id in (FIRST, LAST):
            continue
        if cells(k) <= room:
            kept.append(k)
            room -= cells(k)
    order = {k: i for i, k in enumerate(keys)}
    # Quit last: where an analyst looks for it, and where it stays as others come and go.
    return sorted(kept, key=lambda k: (k.id == LAST, order[k]))


class KeyBar(Widget):
    """One row of keys for the screen as it is now: the focused widget's first."""

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-description-foreground;
    }
    KeyBar > .key-bar--key {
        color: $footer-key-foreground;
        text-style: bold;
    }
    """
    COMPONENT_CLASSES = {"key-bar--key"}

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._keys_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _keys_changed(self, _screen: Screen[object]) -> None:
        self.refresh()

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-bar--key", partial=True)
        palette = ""
        # Only where ^p opens it: a dialog's keys stop at the dialog.
        if self.app.COMMAND_PALETTE_BINDING in self.screen.active_bindings:
            bound = Binding(self.app.COMMAND_PALETTE_BINDING, "command_palette")
            palette = f"{self.app.get_key_display(bound)} palette"
        row = Text(no_wrap=True, overflow="crop", end="")
        for key in fit(footer_keys(self.screen), self.size.width - len(palette) - 2):
            row.append(GAP[1:] if not row else GAP)
            row.append(key.key, key_style)
            row.append(f" {key.words}")
        if palette:
            row.append(" " * max(1, self.size.width - row.cell_len - len(palette) - 1))
            shown, words = palette.split(" ", 1)
            row.append(shown, key_style)
            row.append(f" {words}")
        return row
