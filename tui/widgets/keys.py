"""The correction keys, defined once: bound on the main screen (so they work from every
pane, and help and the palette list them) and shown first in the footer while the widget
they act on has focus (its `FOOTER_KEYS`) — at 80 columns the footer has room for a handful."""

from __future__ import annotations

from typing import NamedTuple

from textual.binding import Binding


class Key(NamedTuple):
    """One correction key: the key, the screen's action, a word or two, and what it does."""

    key: str
    action: str
    words: str
    id: str
    tooltip: str


STATEMENT = (
    Key("S", "fix_speaker", "Speaker", "fix-speaker",
        "Correct who said the selected statement (pick or create an actor)"),
    Key("E", "fix_statement", "Edit", "fix-statement",
        "Correct speaker, form, labels, summary and deadlines in one form"),
    Key("D", "add_deadline", "Deadline", "add-deadline",
        "Add a deadline to the selected statement, its words marked on the quote"),
    Key("Q", "fix_quote", "Quote", "fix-quote",
        "Move the selected quote's start and end word by word"),
    Key("X", "reject", "Reject", "reject",
        "Reject the selected statement as false, or restore a rejected one"),
    Key("W", "correct('withdrawal')", "Fix stance", "fix-withdrawal",
        "Correct the selected statement's withdrawal stance (next label)"),
    Key("T", "correct('threat')", "Fix threat", "fix-threat",
        "Correct the selected statement's ISIS-threat label (next label)"),
)  # fmt: skip
ACTOR = (
    Key("A", "edit_actor", "Edit actor", "edit-actor",
        "Change the English name and role of the selected actor or speaker"),
    Key("M", "merge_actor", "Merge", "merge-actor",
        "Merge another actor into the selected actor or speaker (its names become aliases)"),
)  # fmt: skip


ARTICLE = (
    Key("P", "fix_article", "Fix article", "fix-article",
        "Correct the article's outlet, publication date and title (a new date re-dates its "
        "statements)"),
)  # fmt: skip


def screen_bindings(*keys: Key) -> list[Binding]:
    """The keys as the screen binds them: hidden from the footer (the widgets show them)."""
    return [Binding(k.key, k.action, k.words, id=k.id, tooltip=k.tooltip, show=False)
            for k in keys]  # fmt: skip


def footer_ids(*keys: Key) -> tuple[str, ...]:
    """The keys' binding ids, for a widget's `FOOTER_KEYS`: shown first while it has focus."""
    return tuple(k.id for k in keys)


STATEMENT_KEYS = footer_ids(*STATEMENT)
ACTOR_KEYS = footer_ids(*ACTOR)
