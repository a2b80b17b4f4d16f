"""One-line text fields of the correction dialogs."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.widgets import Input

from ..arabic.display import cell, has_rtl
from ..services import bidi_of


class ArabicInput(Input):
    """A one-line field that, while another field has the focus, draws its Arabic shaped and
    in reading order (the app's own drawing, as every other row), and as typed while it is
    being edited, where the cursor must sit on the letters as stored."""

    @property
    def _value(self) -> Text:
        value = self.value
        if self.has_focus or self.password or not has_rtl(value) or bidi_of(self.app) != "visual":
            return super()._value
        width = max(1, self.scrollable_content_region.width)
        return Text(cell(value, width, "visual").text, no_wrap=True, overflow="ignore", end="")

    def _on_blur(self, event: events.Blur) -> None:
        super()._on_blur(event)
        self.scroll_to(0, animate=False)  # the drawn row starts at its first cell


def text_field(value: str = "", *, placeholder: str, id: str) -> Input:
    """A one-line field that, focused, keeps its text and puts the cursor at the end: what
    the analyst types goes on from what is there instead of replacing it."""
    return ArabicInput(value, placeholder=placeholder, id=id, select_on_focus=False)
