"""A one-line search field whose text, Arabic included, is drawn by the display engine."""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from ..arabic.display import is_rtl
from ..arabic.sanitise import sanitise
from .arabic import cell_text

CURSOR = "▏"


class SearchField(Widget, can_focus=True):
    """Type to search; Backspace deletes, Ctrl+U clears, Enter keeps, Escape cancels.

    Textual's Input draws its text as typed, which a terminal that neither joins nor
    reorders Arabic shows backwards and unjoined. Text is only ever added or removed at its
    end here, so it can be drawn shaped and in reading order with the cursor where the
    next letter will go.
    """

    BINDINGS = [
        Binding("backspace", "delete", "Delete", id="search-delete", show=False,
                tooltip="Delete the last letter of the search"),
        Binding("ctrl+u", "clear", "Clear", id="search-clear", show=False,
                tooltip="Clear the search field"),
        Binding("enter", "submit", "Keep", id="search-keep", show=False,
                tooltip="Keep this search and go back to the list"),
    ]  # fmt: skip
    COMPONENT_CLASSES = {"search-field--placeholder", "search-field--cursor"}
    DEFAULT_CSS = """
    SearchField { height: 1; }
    SearchField > .search-field--placeholder { color: $text-muted; }
    SearchField > .search-field--cursor { text-style: bold; }
    """

    value: reactive[str] = reactive("")
    mode: reactive[str] = reactive("visual")

    class Changed(Message):
        """The text changed."""

        def __init__(self, field: SearchField, value: str) -> None:
            self.field = field
            self.value = value
            super().__init__()

        @property
        def control(self) -> SearchField:
            """The field that changed (lets `@on` match it by selector)."""
            return self.field

    class Submitted(Changed):
        """The analyst pressed Enter."""

    def __init__(self, placeholder: str = "", *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.placeholder = placeholder

    def watch_value(self, value: str) -> None:
        self.refresh()
        self.post_message(self.Changed(self, value))

    def watch_mode(self) -> None:
        self.refresh()

    def check_consume_key(self, key: str, character: str | None) -> bool:
        """Whether the key is text for the field (a printable character that sanitising
        leaves as it is, so what is searched is what is shown), never the screen's key."""
        return bool(character and character.isprintable() and sanitise(character).text == character)

    def on_key(self, event: events.Key) -> None:
        if self.check_consume_key(event.key, event.character):
            self.value += event.character or ""
            event.stop()
            event.prevent_default()

    def on_paste(self, event: events.Paste) -> None:
        self.value += " ".join(sanitise(event.text).text.split())

    def action_delete(self) -> None:
        self.value = self.value[:-1]

    def action_clear(self) -> None:
        self.value = ""

    def action_submit(self) -> None:
        self.post_message(self.Submitted(self, self.value))

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.rich_style
        if y > 0 or width <= 2:
            return Strip.blank(width, base)
        cursor = Segment(CURSOR, base + self.get_component_rich_style("search-field--cursor"))
        if not self.value:
            hint = self.get_component_rich_style("search-field--placeholder", partial=True)
            text = Segment(self.placeholder[: width - 2], base + hint)
            return Strip([Segment(" ", base), cursor, text]).adjust_cell_length(width, base)
        drawn = cell_text(self.value, width - 2, self.mode)
        plain = drawn.plain
        shown = drawn[len(plain) - len(plain.lstrip(" ")) :]  # without the alignment padding
        shown.rstrip()
        body = [Segment(g.text, base + (g.style or Style()))
                for g in shown.render(self.app.console)]  # fmt: skip
        pad = Segment(" " * max(0, width - 2 - shown.cell_len), base)
        # The next letter goes at the logical end: the left of a right-to-left row.
        if is_rtl(self.value) and self.mode != "raw":
            parts = [Segment(" ", base), pad, cursor, *body]
        else:
            parts = [Segment(" ", base), *body, cursor, pad]
        return Strip(parts).adjust_cell_length(width, base)
