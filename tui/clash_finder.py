"""The corpus's contradictions, found once per corpus and set of labels: at once for a small
corpus, else in a worker thread that posts what it found while the app goes on answering keys."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.message import Message
from textual.widget import Widget

from .data.model import Contradiction, Corpus

# Up to this many statements the contradictions are found, and a corpus another window
# changed is indexed, at once on the event loop, in milliseconds; above it a worker thread
# does it (seconds at 100,000 statements) while the app goes on answering keys.
AT_ONCE_UP_TO = 5_000


@dataclass
class ClashesFound(Message):
    """A worker's answer: the contradictions of the corpus of `generation`, or the error."""

    found: list[Contradiction]
    generation: int
    error: Exception | None = None


class ClashFinder:
    """Contradictions for whoever asks, found once; `host` runs the worker and hands its
    `ClashesFound` message to `took`."""

    def __init__(self, host: Widget, corpus: Callable[[], Corpus]) -> None:
        self._host = host
        self._corpus = corpus  # the corpus now listed
        self.found: list[Contradiction] | None = None
        self._waiters: dict[str, Callable[[list[Contradiction]], object]] = {}
        self._generation = 0

    def then(self, call: Callable[[list[Contradiction]], object], purpose: str) -> None:
        """Call `call` with the contradictions: at once if they are known, else once a
        worker has found them. A second request for the same `purpose` meanwhile (`c`
        pressed twice) replaces the first."""
        if self.found is not None:
            call(self.found)
            return
        corpus = self._corpus()
        count = len(corpus.statements)
        if count <= AT_ONCE_UP_TO and not self._waiters:  # a few ms: no need to wait
            from .data.contradictions import find_contradictions

            self.found = find_contradictions(corpus)
            call(self.found)
            return
        already = bool(self._waiters)
        self._waiters[purpose] = call
        if already:
            return  # already being found
        self._host.notify(f"Finding the contradictions among {count:,} statements…", timeout=3)
        generation, host = self._generation, self._host

        def find() -> None:
            from .data.contradictions import find_contradictions

            try:
                found = find_contradictions(corpus)
            except Exception as err:  # noqa: BLE001 - shown to the analyst, never lost in a thread
                host.post_message(ClashesFound([], generation, err))
                return
            host.post_message(ClashesFound(found, generation))

        host.run_worker(find, thread=True, group="clashes", exit_on_error=False)

    def took(self, message: ClashesFound) -> None:
        """Hand what a worker found to those waiting (or look again: the labels changed)."""
        waiting, self._waiters = self._waiters, {}
        if message.error is not None:
            self._host.notify(f"The contradictions could not be found: {message.error}",
                              severity="error", markup=False)  # fmt: skip
            return
        if message.generation != self._generation:  # labels changed meanwhile: find again
            for purpose, call in waiting.items():
                self.then(call, purpose)
            return
        self.found = message.found
        for call in waiting.values():
            call(message.found)

    def forget(self) -> None:
        """Drop the contradictions found: the labels or the corpus have changed."""
        self.found = None
        self._generation += 1
