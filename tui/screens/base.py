"""What every mawqif screen shares: help, quit and bidi keys first in the footer, and the mode."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from textual.binding import Binding
from textual.reactive import var
from textual.screen import Screen

from ..data.model import Contradiction, Statement
from ..services import bidi_of

ResultType = TypeVar("ResultType")


class MawqifScreen(Screen[ResultType]):
    """A screen that draws Arabic in the app's bidi mode and answers the global keys."""

    # Bound here rather than on the app so that it comes first in the footer, where a
    # narrow terminal still shows it; every other key is listed by `?`.
    BINDINGS = [
        Binding("question_mark", "app.help", "Help", id="help", key_display="?",
                tooltip="Show help and every key"),
    ]  # fmt: skip

    bidi: var[str] = var("visual")

    def current_target(self) -> str | None:
        """The item review keys act on here ("statement:ID", "contradiction:ID"), if any."""
        return None

    def before_brief(self, then: Callable[[], object]) -> None:
        """Run `then` (which writes a brief) once what `brief_scope` needs is at hand."""
        then()

    def brief_scope(self) -> tuple[list[Statement], list[Contradiction], str] | None:
        """The statements and contradictions this screen shows, and in words which, for `e`."""
        return None

    def review_changed(self) -> None:
        """Redraw what shows review statuses, notes or tags."""

    def session_state(self) -> dict[str, object]:
        """What to remember of this screen for the next start."""
        return {}

    def on_screen_resume(self) -> None:
        # Take the app's mode whenever this screen comes (back) to the top.
        self.bidi = bidi_of(self.app)
