"""Requests a screen or the palette makes of what another part of the app owns: posted,
they bubble to the app, whose handler carries them out."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class OpenStatement(Message):
    """Go back to the main screen with a statement selected and shown in full."""

    statement_id: str
    # A screen's saved state (`session_state`): Escape on the main screen reopens it.
    back: dict[str, object] | None = None


@dataclass
class ShowActor(Message):
    """Go back to the main screen listing one actor's statements."""

    actor_id: str
