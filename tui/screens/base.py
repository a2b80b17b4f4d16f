"""What every mawqif screen shares: help, quit and bidi keys first in the footer, and the mode."""

from __future__ import annotations

from typing import TypeVar

from textual.binding import Binding
from textual.reactive import var
from textual.screen import Screen

ResultType = TypeVar("ResultType")


class MawqifScreen(Screen[ResultType]):
    """A screen that draws Arabic in the app's bidi mode and answers the global keys."""

    # Bound here rather than on the app so that they come first in the footer, where a
    # narrow terminal still shows them.
    BINDINGS = [
        Binding("question_mark", "app.help", "Help", id="help", key_display="?",
                tooltip="Show help and every key"),
        Binding("q", "app.quit", "Quit", id="quit", tooltip="Quit mawqif"),
        Binding("b", "app.cycle_bidi", "Bidi", id="bidi",
                tooltip="Cycle how Arabic is drawn: visual, terminal, raw"),
    ]  # fmt: skip

    bidi: var[str] = var("visual")

    def on_screen_resume(self) -> None:
        # Take the app's mode whenever this screen comes (back) to the top.
        self.bidi = getattr(self.app, "bidi", self.bidi)
