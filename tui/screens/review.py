"""Dialogs of a review session: the note editor, the tags field and the brief's file name."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, TextArea

from ..resources import styles_dir


class NoteScreen(ModalScreen[str | None]):
    """Write or change the note on one item: Ctrl+S keeps it, Escape leaves it as it was."""

    CSS_PATH = styles_dir() / "dialogs.tcss"

    BINDINGS = [
        Binding("ctrl+s", "keep", "Keep note", tooltip="Save the note"),
        Binding("escape", "cancel", "Cancel", tooltip="Close without changing the note"),
    ]

    def __init__(self, title: str, note: str) -> None:
        super().__init__()
        self.title_text = title
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog", classes="dialog"):
            yield Label(self.title_text, id="note-title", markup=False)
            yield TextArea(self.note, id="note-text", soft_wrap=True)
            yield Label("Ctrl+S keeps the note · Escape cancels", classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def action_keep(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)


class LineScreen(ModalScreen[str | None]):
    """Ask for one line of text (tags, a file name): Enter keeps it, Escape cancels."""

    CSS_PATH = styles_dir() / "dialogs.tcss"

    BINDINGS = [Binding("escape", "cancel", "Cancel", tooltip="Close without a change")]

    def __init__(self, title: str, value: str, placeholder: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(id="line-dialog", classes="dialog"):
            yield Label(self.title_text, id="line-title", markup=False)
            yield Input(self.value, placeholder=self.placeholder, id="line-input")
            yield Label("Enter keeps · Escape cancels", classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
