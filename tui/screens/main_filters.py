"""The main screen's filters: the query they make, the bar that shows them, and the keys
that change them (search, stance, threat, status, the Filters dialog, clear)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Static

from ..data.model import THREAT, WITHDRAWAL
from ..data.query import (
    ByActor,
    ByActorKind,
    ByDateRange,
    ByStatus,
    ByText,
    ByThreat,
    ByWithdrawal,
    Query,
    noted_text,
)
from ..data.review import status_of
from ..widgets.actor_list import ActorList
from ..widgets.filter_bar import REJECTED, FilterState, bar_text, next_single
from ..widgets.search_field import SearchField
from .filters import FilterChoice, FilterScreen

if TYPE_CHECKING:
    from .main import MainScreen

    _Base = MainScreen
else:
    _Base = object

# Above this many results the filter bar's counts by label follow a frame after the list.
COUNT_LATER = 20_000


class FiltersMixin(_Base):
    """Filters as a query, the bar over the list, and the keys that change them."""

    def _query(self, dates: bool = True) -> Query:
        query = Query()
        if self.actor:
            query &= ByActor(self.actor)
        if self.withdrawal:
            query &= ByWithdrawal(self.withdrawal)
        if self.threat:
            query &= ByThreat(self.threat)
        if self.kinds:
            query &= ByActorKind(self.kinds)
        if dates and (self.date_from or self.date_to):
            query &= ByDateRange(self.date_from, self.date_to, self.undated)
        annotations = self.app.workspace.annotations()  # type: ignore[attr-defined]
        if self.search.strip():
            query &= ByText(self.search, noted_text(annotations))
        statuses = self.status - {REJECTED}  # rejected is a list of its own: see shown_index
        if statuses:
            query &= ByStatus(statuses, status_of(annotations, "statement"))
        return query

    @property
    def filters(self) -> FilterState:
        """Every filter now in force, as one value."""
        return FilterState(self.actor, self.withdrawal, self.threat, self.kinds, self.status,
                           self.date_from, self.date_to, self.search, self.undated)  # fmt: skip

    def _update_bar(self, with_counts: bool = False) -> None:
        bar = next(self.query("#filter-bar").results(Static), None)
        if bar is None:
            return
        # Counting tens of thousands of results by label costs a little: the list goes to
        # the screen first and the counts follow in the next frame.
        if not with_counts and len(self.results) > COUNT_LATER:
            self.call_after_refresh(self._update_bar, True)
            counts = None
        else:
            counts = (self.shown_index.counts(self.results, "withdrawal"),
                      self.shown_index.counts(self.results, "threat"))  # fmt: skip
        total = len(self.index.rows)
        text = bar_text(self.filters, self.corpus, len(self.results), counts, total, self.bidi,
                        max(1, self.size.width), self.undated_hidden)  # fmt: skip
        bar.update(text, layout=False)  # one row, always: no layout to redo

    def action_search(self) -> None:
        field = self.query_one("#search-input", SearchField)
        self._search_before = self.search
        field.display = True
        field.value = self.search
        field.focus()

    def _close_search(self) -> None:
        self.query_one("#search-input").display = False
        self._focus_pane("statements")

    def key_escape(self) -> bool | None:
        field = self.query_one("#search-input", SearchField)
        if field.has_focus:
            self.search = getattr(self, "_search_before", "")
            self._close_search()
            return True
        return None

    def action_cycle_withdrawal(self) -> None:
        self.withdrawal = next_single(self.withdrawal, WITHDRAWAL)

    def action_cycle_threat(self) -> None:
        self.threat = next_single(self.threat, THREAT)

    def action_clear_filters(self) -> None:
        self.withdrawal = self.threat = self.kinds = self.status = frozenset()
        self.actor = self.date_from = self.date_to = None
        self.undated = False
        self.search = ""
        if self.corpus.statements:
            self.query_one(ActorList).highlighted = 0

    def action_filters(self) -> None:
        current = FilterChoice(self.withdrawal, self.threat, self.kinds, self.date_from,
                               self.date_to, self.undated)

        def chosen(choice: FilterChoice | None) -> None:
            if choice is not None:
                self.withdrawal, self.threat, self.kinds = (
                    choice.withdrawal, choice.threat, choice.kinds)
                self.date_from, self.date_to = choice.date_from, choice.date_to
                self.undated = choice.undated

        self.app.push_screen(FilterScreen(current), chosen)
