"""How far an import of many files or addresses has got: a Rich bar on a terminal, plain
lines when standard error is piped or a file."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any, TextIO

from .importing import printable


class Progress:
    """Counts `total` inputs read, then `total` articles extracted, on `stream` (standard
    error by default); silent for a single input, which has nothing to count."""

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.live = self.total > 1 and self.stream.isatty()
        self.plain = self.total > 1 and not self.live
        self._bar: object | None = None
        self._task: Any = None  # rich's TaskID
        self._done = 0
        self._step = ""

    def __enter__(self) -> Progress:
        if self.live:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TextColumn,
                TimeElapsedColumn,
            )
            from rich.progress import Progress as Bar

            # Names are data: never read as markup, never sent with their control characters.
            bar = Bar(TextColumn("{task.description}", markup=False), BarColumn(),
                      MofNCompleteColumn(), TimeElapsedColumn(),
                      console=Console(file=self.stream), transient=True)  # fmt: skip
            bar.start()
            self._bar = bar
            self._task = bar.add_task("reading", total=self.total)
        return self

    def step(self, step: str, name: str) -> None:
        """One more input done at `step` ("read", "extracted"): `name` is its file or address."""
        if step != self._step:
            self._step, self._done = step, 0
        self._done += 1
        where = "standard input" if name == "-" else printable(name)
        if self.plain:
            print(f"mawqif: {step} {self._done}/{self.total}: {where}", file=self.stream,
                  flush=True)  # fmt: skip
        elif self._bar is not None and self._task is not None:
            from rich.progress import Progress as Bar

            assert isinstance(self._bar, Bar)
            self._bar.update(self._task, completed=self._done,
                             description=f"{step} {where[-40:]}")  # fmt: skip

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            from rich.progress import Progress as Bar

            assert isinstance(self._bar, Bar)
            self._bar.stop()
