"""The main screen's filters: the query they make, the bar that shows them, and the keys
that change them (search, stance, threat, status, the Filters dialog, clear)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from textual.widgets import Static

from ..data.filter import Filter
from ..widgets.actor_list import ActorList
from ..widgets.filter_bar import bar_text
from ..widgets.search_field import SearchField
from .filters import FilterScreen

if TYPE_CHECKING:
    from .main import MainScreen

    _Base = MainScreen
else:
    _Base = object

# Above this many results the filter bar's counts by label follow a frame after the list.
COUNT_LATER = 20_000


class FiltersMixin(_Base):
    """Filters as a query, the bar over the list, and the keys that change them."""

    def show_actor(self, actor_id: str | None) -> None:
        """List only `actor_id`'s statements (None: everyone's)."""
        self.filters = replace(self.filters, actor=actor_id)

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
        self._search_before = self.filters.search
        field.display = True
        field.value = self.filters.search
        field.focus()

    def _close_search(self) -> None:
        self.query_one("#search-input").display = False
        self._focus_pane("statements")

    def key_escape(self) -> bool | None:
        field = self.query_one("#search-input", SearchField)
        if field.has_focus:
            search = getattr(self, "_search_before", "")
            self.filters = replace(self.filters, search=search)
            self._close_search()
            return True
        return None

    def action_cycle_withdrawal(self) -> None:
        self.filters = self.filters.cycled("withdrawal")

    def action_cycle_threat(self) -> None:
        self.filters = self.filters.cycled("threat")

    def action_clear_filters(self) -> None:
        self.filters = Filter()
        if self.corpus.statements:
            self.query_one(ActorList).highlighted = 0

    def action_filters(self) -> None:
        def chosen(choice: Filter | None) -> None:
            if choice is not None:
                self.filters = choice

        self.app.push_screen(FilterScreen(self.filters), chosen)
