"""Dialogs of a review session: the note editor, the tags field and the brief's file name.

Textual's editors draw text as typed, which a terminal that neither joins nor reorders
Arabic shows backwards and unjoined. Where the app draws Arabic itself (visual mode), each
dialog shows what is typed (in the note, the line the cursor is on) once more below the
editor, shaped and in reading order, as soon as it holds a right-to-left letter.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, TextArea

from ..resources import styles_dir
from ..services import bidi_of
from ..widgets.fields import ArabicInput
from ..widgets.reads_as import ReadsAs


class NoteScreen(ModalScreen[str | None]):
    """Write or change the note on one item: Ctrl+S keeps it, Escape leaves it as it was;
    with changes written, the first Escape warns and only a second one discards them."""

    CSS_PATH = styles_dir() / "dialogs.tcss"

    BINDINGS = [
        Binding("ctrl+s", "keep", "Keep note", id="note-keep", tooltip="Save the note"),
        Binding(
            "escape",
            "cancel",
            "Cancel",
            id="note-cancel",
            tooltip="Close without changing the note",
        ),
    ]

    def __init__(self, title: str, note: str) -> None:
        super().__init__()
        self.title_text = title
        self.note = note
        self.warned = False  # the first Escape over changes has warned

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog", classes="dialog"):
            yield Label(self.title_text, id="note-title", markup=False)
            yield TextArea(self.note, id="note-text", soft_wrap=True)
            yield ReadsAs(id="note-reads", classes="reads-as")
            yield Label(_NOTE_HINT, id="note-hint", classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()
        self._follow()

    @on(TextArea.Changed)
    @on(TextArea.SelectionChanged)
    def _follow(self) -> None:
        # The line being written, the one the cursor is on, as it will read.
        editor = self.query_one(TextArea)
        line = editor.document.get_line(editor.cursor_location[0])
        self.query_one(ReadsAs).follow(line, bidi_of(self.app))

    def action_keep(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        if self.query_one(TextArea).text != self.note and not self.warned:
            # A note is review work: Escape alone must not throw away what was written.
            self.warned = True
            self.query_one("#note-hint", Label).update(_NOTE_CHANGED)
            return
        self.dismiss(None)


_NOTE_HINT = "Ctrl+S keeps the note · Escape cancels"
_NOTE_CHANGED = "The note has changes: Ctrl+S keeps them · Escape again discards them"


class LineScreen(ModalScreen[str | None]):
    """Ask for one line of text (tags, a file name): Ctrl+S or Enter keeps it, Escape
    cancels."""

    CSS_PATH = styles_dir() / "dialogs.tcss"

    BINDINGS = [
        Binding("ctrl+s", "keep", "Keep", id="line-keep", tooltip="Keep this (Enter too)"),
        Binding("escape", "cancel", "Cancel", id="line-cancel", tooltip="Close without a change"),
    ]

    def __init__(self, title: str, value: str, placeholder: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(id="line-dialog", classes="dialog"):
            yield Label(self.title_text, id="line-title", markup=False)
            yield ArabicInput(self.value, placeholder=self.placeholder, id="line-input")
            yield ReadsAs(id="line-reads", classes="reads-as")
            yield Label("Ctrl+S or Enter keeps · Escape cancels", classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self._follow()

    @on(Input.Changed)
    def _follow(self) -> None:
        mode = bidi_of(self.app)
        self.query_one(ReadsAs).follow(self.query_one(Input).value, mode)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_keep(self) -> None:
        self.dismiss(self.query_one(Input).value)

    def action_cancel(self) -> None:
        self.dismiss(None)
