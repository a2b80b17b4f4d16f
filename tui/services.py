"""What screens, widgets and the palette use of the app, typed, without importing the app:
the workspace it has open, the review session, the corrections and the bidi mode."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from .correcting import Corrections
    from .data.store import Workspace
    from .review_session import ReviewSession


@runtime_checkable
class Services(Protocol):
    """The app as its screens see it (MawqifApp is one). `review` and `corrections` are
    None until the workspace is read whole; `workspace`, until it is open."""

    bidi: str
    workspace: Workspace | None
    review: ReviewSession | None
    corrections: Corrections | None


def services(app: object) -> Services:
    """`app` as the services it gives; TypeError if it gives none (not a mawqif app)."""
    if not isinstance(app, Services):
        raise TypeError(f"{type(app).__name__} gives no mawqif services")
    return app


def workspace_of(app: object) -> Workspace:
    """The workspace `app` has open; RuntimeError if none is open yet."""
    workspace = services(app).workspace
    if workspace is None:
        raise RuntimeError("no workspace is open yet")
    return workspace


def bidi_of(app: object) -> str:
    """How `app` draws Arabic now (visual, terminal or raw); visual under any other app."""
    return app.bidi if isinstance(app, Services) else "visual"
