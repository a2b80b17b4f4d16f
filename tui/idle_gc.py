"""Full garbage collections held back until the analyst pauses, so none lands on a keypress.

With a large workspace open, a full collection walks every object made since the corpus
was frozen (`gc.freeze` in the app) and follows each of their references into the frozen
heap: about 50 ms at 100,000 statements, which Python would otherwise start at whatever
moment the count runs over, often in the middle of drawing a search result. The young
generations still collect as usual; only the full pass waits for a quiet second.
"""

from __future__ import annotations

import gc
import time
from typing import Any

# Seconds without input before a full collection may run.
QUIET = 1.0
# Young collections since the last full one before it is worth a full one: Python's own
# default, so garbage is reclaimed no later than it would be, only at a better moment.
PENDING = 10
# A full-generation threshold Python never reaches while the app runs.
NEVER = 1 << 30


class IdleCollector:
    """Runs Python's full collection when input has paused instead of when it is due."""

    def __init__(self) -> None:
        self._last_input = time.monotonic()
        self._saved: tuple[int, int, int] | None = None
        self.collections = 0

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

    def input_seen(self) -> None:
        """Note that the analyst pressed a key or used the mouse just now."""
        self._last_input = time.monotonic()

    def tick(self) -> None:
        """Collect everything now if input has paused and enough is pending."""
        if self._saved is None or time.monotonic() - self._last_input < QUIET:
            return
        if gc.get_count()[2] >= PENDING:
            gc.collect()
            self.collections += 1
