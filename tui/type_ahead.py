"""Keys typed before the screen on top can take them: held, then handed to it in order.

Textual hands a key to the focused widget at once and runs the binding it matches only
when the key has bubbled back up to the app, a few messages later. Keys typed right
behind `g` were handed to the statements list before `g` had opened the tags dialog, and
a screen just pushed has nothing focused until it is mounted: text typed within a quarter
of a second of `g`, or `c` pressed while the workspace was still being read, was lost.
So a key that a binding will act on holds the keys after it until it has, and any key
waits for the screen on top to be ready; held keys are then handed on again one at a time,
each once the one before has gone its way: all at once, a key the terminal sent meanwhile
(already in the app's queue) went before them, and a bound key among them let the next
ones overtake it again, so a burst of `D ← ← Space …` or backspaces and letters typed into
a dialog as it opened marked other words and deleted other letters.
"""

from __future__ import annotations

import time
import weakref
from typing import TYPE_CHECKING, Any

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
# A bound key that a widget stopped on its way never comes back to the app: the keys
# after it go on after this many seconds.
IN_FLIGHT_AT_MOST = 0.25


class TypeAhead:
    """The keys typed before the screen on top could take them, for one app."""

    def __init__(self, app: App[Any]) -> None:
        self.app = app
        self.held: list[events.Key] = []
        self._seen_ready: weakref.WeakSet[Screen[object]] = weakref.WeakSet()
        self._since = 0.0
        self._timer: Timer | None = None
        self._in_flight: events.Key | None = None  # a bound key not yet back at the app
        self._flying_since = 0.0
        self._replaying: events.Key | None = None  # a held key handed on, not yet taken

    def ready(self) -> bool:
        """Whether the screen on top takes keys now: mounted and its focus set (or nothing
        on it to focus), never while the workspace loads."""
        screen = self.app.screen
        # Textual's default screen, under the app's first one, never takes keys: a key
        # typed before the app pushed its first screen waits for it.
        if len(self.app.screen_stack) < 2 or getattr(screen, "LOADING", False):
            return False
        if not screen.is_mounted:
            return False
        if screen in self._seen_ready:
            return True
        if screen.focused is not None or not screen.focus_chain:
            self._seen_ready.add(screen)
            return True
        return False

    def hold(self, event: events.Key) -> bool:
        """Keep `event` for later if the screen on top cannot take it yet, keys typed
        before it are still held, or a bound key before it has not acted yet; whether it
        was kept."""
        if event.is_forwarded:
            return False
        if event is self._replaying:  # a held key handed on: it goes as if typed now
            self._replaying = None
            if self._binds(event):
                self._in_flight, self._flying_since = event, time.monotonic()
            return False
        if event.key in QUIT_KEYS and (getattr(self.app.screen, "LOADING", False)
                                       or len(self.app.screen_stack) < 2):  # fmt: skip
            return False
        if not self.held and self._replaying is None and not self._flying() and self.ready():
            if self._binds(event):
                self._in_flight, self._flying_since = event, time.monotonic()
            return False
        if not self.held:
            self._since = time.monotonic()
        self.held.append(events.Key(event.key, event.character))
        if self._timer is None:
            self._timer = self.app.set_interval(POLL, self._release)
        return True

    def landed(self, event: events.Key) -> None:
        """`event` is back at the app, where its binding runs: the keys after it may go."""
        if event is self._in_flight:
            self._in_flight = None

    def _flying(self) -> bool:
        if self._in_flight is not None:
            if time.monotonic() - self._flying_since < IN_FLIGHT_AT_MOST:
                return True
            self._in_flight = None
        return False

    def _binds(self, event: events.Key) -> bool:
        """Whether a binding of the screen on top will act on `event` (rather than the
        focused widget taking it as text)."""
        screen = self.app.screen
        focused = screen.focused
        if focused is not None and focused.check_consume_key(event.key, event.character):
            return False
        return event.key in screen.active_bindings

    def _release(self) -> None:
        """Hand on the first held key, once the one before it has gone its way and the
        screen on top is ready (or has been waited for long enough)."""
        if self._replaying is not None or self._flying():
            return
        loading = getattr(self.app.screen, "LOADING", False)
        waited = time.monotonic() - self._since
        if not self.ready() and (loading or waited < GIVE_UP):
            return
        if self.held:
            # Through the app's queue again, alone: it holds the next ones if it binds. The
            # next goes at a later tick, once the screen has caught up with this one (a field
            # it showed laid out and focused, which Textual does a refresh later).
            self._replaying = self.held.pop(0)
            self.app.post_message(self._replaying)
        if not self.held and self._timer is not None:
            self._timer.stop()
            self._timer = None
