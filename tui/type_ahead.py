"""Keys typed before the screen on top can take them: held, then handed to it in order.

Textual gives a key to the focused widget of the screen on top. A screen just pushed has
none until it is mounted and has focused its field, so keys typed in that moment — text
typed within a quarter of a second of `g`, or `c` pressed while the workspace is still
being read — reached a screen with nothing to take them and were lost. They are held here
until the screen on top is ready, then posted again in the order they were typed.
"""

from __future__ import annotations

import time
import weakref
from typing import TYPE_CHECKING

from textual import events

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen
    from textual.timer import Timer

# These quit at once, even while the workspace loads: nothing waits for a read no longer wanted.
QUIT_KEYS = frozenset({"q", "ctrl+c"})
# Seconds between looks at whether the screen on top is ready.
POLL = 0.02
# A screen that has not focused anything after this many seconds gets the keys anyway:
# holding them longer would feel like a hung terminal.
GIVE_UP = 1.0


class TypeAhead:
    """The keys typed before the screen on top could take them, for one app."""

    def __init__(self, app: App[object]) -> None:
        self.app = app
        self.held: list[events.Key] = []
        self._seen_ready: weakref.WeakSet[Screen[object]] = weakref.WeakSet()
        self._since = 0.0
        self._timer: Timer | None = None

    def ready(self) -> bool:
        """Whether the screen on top takes keys now: mounted, and its focus set (a screen
        with nothing to focus is ready once mounted). A loading screen never is."""
        screen = self.app.screen
        if getattr(screen, "LOADING", False) or not screen.is_mounted:
            return False
        if screen in self._seen_ready:
            return True
        if screen.focused is not None or not screen.focus_chain:
            self._seen_ready.add(screen)
            return True
        return False

    def hold(self, event: events.Key) -> bool:
        """Keep `event` for later if the screen on top cannot take it yet (or keys typed
        before it are still held); whether it was kept."""
        if event.is_forwarded:
            return False
        if getattr(self.app.screen, "LOADING", False) and event.key in QUIT_KEYS:
            return False
        if not self.held and self.ready():
            return False
        if not self.held:
            self._since = time.monotonic()
        self.held.append(events.Key(event.key, event.character))
        if self._timer is None:
            self._timer = self.app.set_interval(POLL, self._release)
        return True

    def _release(self) -> None:
        loading = getattr(self.app.screen, "LOADING", False)
        waited = time.monotonic() - self._since
        if not self.ready() and (loading or waited < GIVE_UP):
            return
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        held, self.held = self.held, []
        for key in held:
            # Through the app's queue again: a key that opens a dialog holds the next ones.
            self.app.post_message(key)
