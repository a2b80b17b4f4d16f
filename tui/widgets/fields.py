"""One-line text fields of the correction dialogs."""

from __future__ import annotations

from textual.widgets import Input


def text_field(value: str = "", *, placeholder: str, id: str) -> Input:
    """A one-line field that, focused, keeps its text and puts the cursor at the end: what
    the analyst types goes on from what is there instead of replacing it."""
    return Input(value, placeholder=placeholder, id=id, select_on_focus=False)
