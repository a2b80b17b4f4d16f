"""Full garbage collections held back until the analyst pauses, so none lands on a keypress.

With a large workspace open, a full collection walks every object made since the corpus
was frozen (`gc.freeze` in the app) and follows each of their references into the frozen
heap: about 50 ms at 100,000 statements, which Python would otherwise start at whatever
moment the count runs over, often in the middle of drawing a search result. The young
generations still collect as usual; only the full pass waits for a quiet second.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys
import time
from typing import Any

# Seconds without input before a full collection may run.
QUIET = 1.0
# Young collections since the last full one before it is worth a full one: Python's own
# default, so garbage is reclaimed no later than it would be, only at a better moment.
PENDING = 10
# Young collections pending past which a full one runs at the next tick, pause or not: an
# analyst who never stops typing for a second would otherwise let garbage held in cycles
# (closed screens, old results) grow without end: 160 MB in two minutes at 100,000
# statements. One collection costs 50 ms or so, a few times a minute at most.
OVERDUE = 100
# A full-generation threshold Python never reaches while the app runs.
NEVER = 1 << 30


# glibc's mallopt parameters: the size from which an allocation gets pages of its own, and
# how many heaps threads may spread over.
M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
# One heap for the event loop and one for the threads that read the workspace and find the
# contradictions: glibc's default of eight per core keeps each thread's freed space apart.
ARENAS = 2
# Arrays and lists this large or larger (a search's flags, a result's positions) are given
# back to the system when freed. glibc otherwise raises the threshold to the largest block
# freed so far, after which such blocks come from the heap, whose freed space it keeps:
# at 100,000 statements resident memory grew some 100 MB in two minutes of searching.
OWN_PAGES_FROM = 256 << 10


def _libc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None
    except OSError:
        return None


_LIBC = _libc()


def hold_until_shown() -> None:
    """No automatic collection at all until `shown`: between launch and the first statements
    on screen Python would otherwise spend some 35 ms (the bundled corpus) walking the
    modules and records just made, none of them garbage yet. The app calls `shown` once the
    first statements are drawn, before it reads the rest of a large workspace, so a long
    read collects as usual."""
    gc.disable()


def shown() -> None:
    """The first statements are on screen: collect automatically again (see
    `hold_until_shown`), and keep large blocks on pages of their own from now on (glibc),
    returned to the system when freed. Not before: every such block then comes with fresh
    pages, and checking a copied workspace against its index reads it in 4 MB blocks (62 ms
    instead of 25 at 100,000 statements, before the first rows)."""
    gc.enable()
    if _LIBC is not None:
        _LIBC.mallopt(M_MMAP_THRESHOLD, OWN_PAGES_FROM)


def steady_allocator() -> None:
    """Two heaps for all the app's threads (glibc), set before a thread allocates."""
    if _LIBC is not None:
        _LIBC.mallopt(M_ARENA_MAX, ARENAS)


def give_back() -> None:
    """Return the heap's free space to the system (glibc), after a collection freed some."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


class IdleCollector:
    """Runs Python's full collection when input has paused instead of when it is due."""

    def __init__(self) -> None:
        self._last_input = time.monotonic()
        self._saved: tuple[int, int, int] | None = None
        self.collections = 0
        self._soon = False

    def start(self, app: Any) -> None:
        """Hold back automatic full collections and check for a pause on `app`'s timer."""
        if self._saved is None:
            self._saved = gc.get_threshold()
            young, middle, _ = self._saved
            gc.set_threshold(young, middle, NEVER)
        app.set_interval(QUIET / 2, self.tick, name="idle collection")

    def stop(self) -> None:
        """Give Python back its own thresholds (the app is closing)."""
        if self._saved is not None:
            gc.set_threshold(*self._saved)
            self._saved = None

    def soon(self) -> None:
        """Collect at the next tick, pause or not: a screen just closed, and a list of
        thousands of rows (the contradictions, the timeline) waits in cycles to be freed."""
        self._soon = True

    def input_seen(self) -> None:
        """Note that the analyst pressed a key or used the mouse just now."""
        self._last_input = time.monotonic()

    def tick(self) -> None:
        """Collect everything now if input has paused and enough is pending, or too much is."""
        if self._saved is None:
            return
        pending = gc.get_count()[2]
        quiet = time.monotonic() - self._last_input >= QUIET
        soon, self._soon = self._soon, False
        if soon or pending >= OVERDUE or quiet and pending >= PENDING:
            gc.collect()
            give_back()
            self.collections += 1
