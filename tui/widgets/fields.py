"""One-line text fields of the correction dialogs."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.widgets import Input

from ..arabic.display import cell, has_rtl
from ..arabic.lines import cut, prose
from ..services import bidi_of


class ArabicInput(Input):
    """A one-line field that, while another field has the focus, draws its Arabic shaped and
    in reading order (the app's own drawing, as every other row), and as typed while it is
    being edited, where the cursor must sit on the letters as stored.

    A `prose` field holds English with Arabic phrases in it (a summary, a derivation): it
    reads left to right with each phrase kept whole, as the detail pane draws it, so
    "أيلول 2026 → 2026-09" never shows its date as "09-2026" (UAX #9's rule W2 makes digits
    after Arabic letters Arabic numbers, which a hyphen does not join)."""

    prose = False

    @property
    def _value(self) -> Text:
        value = self.value
        if self.has_focus or self.password or not has_rtl(value) or bidi_of(self.app) != "visual":
            return super()._value
        width = max(1, self.scrollable_content_region.width)
        drawn = cut(prose(value), width, "visual") if self.prose else cell(value, width, "visual")
        return Text(drawn.text, no_wrap=True, overflow="ignore", end="")

    def _on_blur(self, event: events.Blur) -> None:
        super()._on_blur(event)
        self.scroll_to(0, animate=False)  # the drawn row starts at its first cell


def text_field(value: str = "", *, placeholder: str, id: str, prose: bool = False) -> Input:
    """A one-line field that, focused, keeps its text and puts the cursor at the end: what
    the analyst types goes on from what is there instead of replacing it; `prose` for
    English with Arabic phrases in it (see ArabicInput)."""
    field = ArabicInput(value, placeholder=placeholder, id=id, select_on_focus=False)
    field.prose = prose
    return field
