"""What is typed in a dialog's field, drawn once more below it, shaped and in reading order.

Textual's editors draw text as typed, which a terminal that neither joins nor reorders
Arabic shows backwards and unjoined; every dialog that takes Arabic shows this under it.
"""

from __future__ import annotations

from textual.widgets import Input

from ..arabic.display import has_rtl, parse_mode
from ..services import bidi_of
from .lines import DataText, Lines


class ReadsAs(DataText):
    """The text being typed, shaped and in reading order; hidden while it has no Arabic."""

    text = ""

    def on_mount(self) -> None:
        self.display = has_rtl(self.text)

    def follow(self, text: str, mode: str, prose: bool = False) -> None:
        """Show `text` as it will read, if the app draws Arabic itself and `text` has some;
        as English prose with Arabic phrases in it (a summary, a derivation) if `prose`."""
        self.mode = parse_mode(mode)
        self.text = text
        self.update(Lines().prose(text) if prose else Lines().data(text))
        self.display = mode == "visual" and has_rtl(text)

    def follow_focused(self, fields: dict[str, bool]) -> None:
        """Follow the focused one of the screen's fields, given by id with whether it is
        prose; hide when another widget has focus."""
        focused = self.screen.focused
        mode = bidi_of(self.app)
        if isinstance(focused, Input) and focused.id in fields:
            self.follow(focused.value, mode, fields[focused.id])
        else:
            self.display = False
