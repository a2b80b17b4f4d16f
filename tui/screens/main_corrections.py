"""The main screen's correction keys: speaker, the statement form, deadlines, the quote's
bounds, rejecting, and actors edited or merged (the work is in tui/correcting.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..data.index import Index
from ..data.model import Corpus, Statement
from ..widgets.actor_list import ALL_ACTORS, ActorList
from ..widgets.keys import ACTOR, STATEMENT, screen_bindings

if TYPE_CHECKING:
    from ..correcting import Corrections
    from .main import MainScreen

    _Base = MainScreen
else:
    _Base = object

CORRECTION_BINDINGS = screen_bindings(*STATEMENT, *ACTOR)


class CorrectionsMixin(_Base):
    """What the correction keys act on here: the selected statement, or an actor; and the
    list of rejected statements."""

    @property
    def shown_index(self) -> Index:
        """The index the list shows: every statement, or those the analyst rejected."""
        if not self.filters.rejected:
            return self.index
        rejected = self.corpus.rejected
        known = self._rejected_index
        if known is None or known.corpus.statements != rejected or known.corpus.actors != (
            self.corpus.actors
        ):
            c = self.corpus
            self._rejected_index = Index(Corpus(c.articles, c.actors, dict(rejected)))
        return self._rejected_index

    def shown_statement(self) -> Statement | None:
        """The selected statement, rejected or not."""
        selected = self.selected or ""
        return self.corpus.statements.get(selected) or self.corpus.rejected.get(selected)

    @property
    def _corrections(self) -> Corrections | None:
        return getattr(self.app, "corrections", None)

    def action_fix_speaker(self) -> None:
        if self._corrections:
            self._corrections.change_speaker(self.selected)

    def action_fix_statement(self) -> None:
        if self._corrections:
            self._corrections.edit_statement(self.selected)

    def action_add_deadline(self) -> None:
        if self._corrections:
            self._corrections.add_deadline(self.selected)

    def action_fix_quote(self) -> None:
        if self._corrections:
            self._corrections.move_quote(self.selected)

    def action_reject(self) -> None:
        if self._corrections:
            self._corrections.toggle_rejected(self.selected)

    def _actor_in_hand(self) -> str | None:
        """The actor highlighted in the actors pane when it has focus, else the speaker
        of the selected statement."""
        if self.pane == "actors" and self.query(ActorList):
            option = self.query_one(ActorList).highlighted_option
            if option is not None and option.id != ALL_ACTORS:
                return option.id
        statement = self.shown_statement()
        return statement.actor if statement is not None else None

    def action_edit_actor(self) -> None:
        if self._corrections:
            self._corrections.edit_actor(self._actor_in_hand())

    def action_merge_actor(self) -> None:
        if self._corrections:
            self._corrections.merge_actor(self._actor_in_hand())
