"""The main screen's lists: actors, the statements that pass the filters, the one selected."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.reactive import var
from textual.widget import Widget
from textual.widgets import OptionList

from ..arabic.normalise import find_all
from ..data.filter import REJECTED, Cycled, Filter
from ..data.index import Index, Results
from ..data.listing import Listing, neighbour, with_kept
from ..data.model import Corpus, Statement
from ..data.review import status_of
from ..data.store import Workspace
from ..resources import styles_dir
from ..services import services, workspace_of
from ..widgets.actor_list import ALL_ACTORS, ActorList
from ..widgets.detail import StatementDetail
from ..widgets.filter_bar import FilterBar, Shown
from ..widgets.key_bar import KeyBar
from ..widgets.line_list import ColumnHeader
from ..widgets.lines import DataText
from ..widgets.search_field import SearchField
from ..widgets.statement_list import StatementList, legend
from .base import MawqifScreen
from .main_text import empty_workspace, no_match

# Below this width the three panes do not fit side by side; one is shown at a time.
COMPACT_BELOW = 110
# Under the list while it is a preview: the rows are real, the keys wait (see `loading`).
READING = " reading the workspace… keys wait "
PANES = ("actors", "statements", "detail")


# The widget of each pane, which has the focus when the pane does.
_PANE_WIDGETS: dict[str, type[Widget]] = {
    "actors": ActorList, "statements": StatementList, "detail": StatementDetail}  # fmt: skip


def _read_filter(name: str) -> Any:
    """A read-only attribute that gives the filter `name` of the screen's `filters`."""
    return property(lambda screen: getattr(screen.filters, name))


class StatementsScreen(MawqifScreen[None]):
    """Actors | statements | detail, filtered from the keyboard: what the main screen lists
    and how its filters, search and panes behave (its other keys are in main.py)."""

    CSS_PATH = styles_dir() / "main.tcss"
    # Keys go to the statements from the first, never to the search field, which is hidden
    # until `/` (Textual would otherwise focus the first focusable widget: that field).
    AUTO_FOCUS = "#statements"

    LOADING = False  # True on a preview: see `loading`
    _panes = False  # whether compose drew the three panes (see `compose`)

    filters: var[Filter] = var(Filter())  # every filter, changed as one value
    # Each filter now in force, read from that value (change `filters` to change one).
    actor, withdrawal, threat, kinds, status, search, date_from, date_to, undated = (
        _read_filter(name) for name in ("actor", "withdrawal", "threat", "kinds", "status",
                                         "search", "date_from", "date_to", "undated"))  # fmt: skip
    selected: var[str | None] = var(None)
    pane: var[str] = var("statements")
    compact: var[bool] = var(False)

    def __init__(
        self,
        corpus: Corpus,
        bidi: str = "visual",
        index: Index | None = None,
        state: dict[str, Any] | None = None,
        loading: Callable[[], object] | None = None,
    ) -> None:
        """The statements of `corpus`, with the filters, selection and pane of a saved
        session's `state` in place before the first frame. With `loading` (called once the
        list is drawn), `index` is a preview and keys wait until `loaded` gives the corpus."""
        super().__init__()
        # The pane shown at first, as a class from the start: set once mounted, it would
        # style every widget of the screen a second time before the first frame.
        self.add_class("-show-statements")
        self._when_drawn = loading
        # Keys typed on a preview wait for the full index (type_ahead.py).
        self.LOADING = loading is not None
        self.set_reactive(StatementsScreen.bidi, bidi)
        # Indexed by the app's loading thread for large workspaces; here for small ones.
        self.listing = Listing(corpus, index)
        self.results: Results = self.index.results(Filter().query())
        self.undated_hidden = 0  # statements the date range hides for want of a date
        # Statements a correction took out of the filters' results, kept listed (and
        # marked) until the filters change: see `_apply`.
        self.kept: frozenset[str] = frozenset()
        self._search_before = ""  # the search as it was when `/` opened the field
        self._pane_at_start: str | None = None
        if state is not None:
            self._take_state(state)

    @property
    def corpus(self) -> Corpus:
        """The corpus listed."""
        return self.listing.corpus

    @property
    def index(self) -> Index:
        """The index of every statement listed (rejected ones aside)."""
        return self.listing.index

    @property
    def _workspace(self) -> Workspace:
        return workspace_of(self.app)

    def compose(self) -> ComposeResult:
        yield FilterBar(id="filter-bar")
        yield SearchField(
            "Search Arabic or English — Enter keeps, Escape cancels", id="search-input"
        ).data_bind(mode=StatementsScreen.bidi)
        # Whether there are statements to list is the index's to say: a preview's corpus
        # holds only the rows parsed so far (none, before the first are drawn).
        self._panes = bool(self.corpus.statements) or len(self.index.rows) > 0
        if not self._panes:
            yield DataText(empty_workspace(self._workspace.path),
                           id="empty-workspace").data_bind(mode=StatementsScreen.bidi)  # fmt: skip
        else:
            with Horizontal(id="panes"):
                with Vertical(id="actors-pane", classes="pane"):
                    yield ActorList(id="actors").data_bind(mode=StatementsScreen.bidi)
                with Vertical(id="statements-pane", classes="pane"):
                    statements = StatementList(id="statements")
                    yield ColumnHeader(statements, id="statements-header")
                    yield statements.data_bind(mode=StatementsScreen.bidi)
                with Vertical(id="detail-pane", classes="pane"):
                    yield StatementDetail(id="detail").data_bind(mode=StatementsScreen.bidi)
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#search-input").display = False
        if self._panes:
            self._refresh_actors()
            self._apply()
            self.query_one(StatementList).focus()
            if self._pane_at_start is not None:
                self._focus_pane(self._pane_at_start)
        self._update_bar()
        if self._when_drawn is not None:
            self.query_one("#statements-pane").border_subtitle = READING
            self.call_after_refresh(self._when_drawn)

    @property  # in place of Textual's loading indicator, which this screen never shows
    def loading(self) -> bool:
        """Whether the list is a preview, the corpus still being read."""
        return self.LOADING

    @loading.setter
    def loading(self, value: bool) -> None:
        self.LOADING = value

    # -- state → screen -------------------------------------------------------------

    def _apply(self, keep: bool = False) -> None:
        """Filter, list the results and keep the selection where it can stay.

        With `keep` (the workspace changed, not the filters), a selected statement that the
        filters no longer pass stays listed and selected, marked, until they change, so the
        keys pressed next still act on it; one that left the list altogether (rejected, or
        restored from the rejected ones) gives the selection to the statement after it.
        """
        if not self._panes or (not self.corpus.statements and not self.corpus.rejected):
            return
        filters, annotations = self.filters, self._workspace.annotations()
        index = self.listing.shown_index(filters.rejected)
        statements = self.query_one(StatementList)
        before, was_at = statements.items, statements.cursor
        self.results = index.results(filters.query(annotations))
        # A statement said on an unknown date cannot pass a date range: the analyst must
        # see that such statements are out of the list, not only that the list is short.
        ranged = filters.dated and not filters.undated
        self.undated_hidden = index.undated(filters.query(annotations, dates=False)) if (
            ranged) else 0  # fmt: skip
        listed = self._listed(index, keep)
        at = listed.find(self.selected, index) if self.selected else None
        if at is None and keep and self.selected:
            at = neighbour([row.statement.id for row in before], was_at, listed, index)
            if at is not None:  # now, not when the list's message comes: another may first
                self.selected = listed[at].statement.id
        needle = filters.search.strip()
        hits = (lambda text: find_all(needle, text)) if needle else None
        status = status_of(annotations, "statement")
        if filters.rejected:
            status = lambda _statement_id: REJECTED  # noqa: E731 - every one listed is
        empty = no_match(self.undated_hidden, filters.rejected)
        statements.show(listed, hits, at or 0, status, empty=empty, kept=self.kept)
        self.query_one("#statements-header").refresh()
        # The selection may stay while the search changes: its marks must follow.
        self._detail_soon()
        self._update_bar()

    def _listed(self, index: Index, keep: bool) -> Results:
        """The results with the statements kept in the list though the filters no longer
        pass them (with `keep`, the selected one joins them; without, none is kept)."""
        wanted = {*self.kept, *([self.selected] if self.selected else [])} if keep else set()
        listed, held = with_kept(self.results, index, wanted)
        if self.selected in held and self.selected not in self.kept:
            self.notify("It no longer matches the filters: kept in the list, marked ~, "
                        "until they change.", timeout=4)  # fmt: skip
        self.kept = held
        return listed

    def _update_bar(self) -> None:
        bar = next(self.query("#filter-bar").results(FilterBar), None)
        if bar is not None:
            shown = self.listing.shown_index(self.filters.rejected)
            bar.show(Shown(self.filters, self.corpus, self.results, shown, len(self.index.rows),
                           self.bidi, max(1, self.size.width), self.undated_hidden,
                           len(self.kept)))  # fmt: skip

    def _refresh_actors(self) -> None:
        rows = sorted(
            ((self.corpus.actors[a], n, stance) for a, n, stance in self.index.actor_summary()),
            key=lambda r: (-r[1], r[0].name_en),
        )
        self.query_one(ActorList).show(rows, len(self.index.rows), self.filters.actor)

    def watch_bidi(self) -> None:
        self._update_bar()

    def watch_filters(self) -> None:
        if self.is_mounted:
            self._apply()
            self._remember()

    def watch_selected(self) -> None:
        self._detail_soon()
        self._remember()

    def _remember(self) -> None:
        review = services(self.app).review
        if review is not None and self.is_mounted:
            review.remember()

    def _detail_soon(self) -> None:
        detail = next(self.query(StatementDetail).results(StatementDetail), None)
        if detail is not None:
            field = next(self.query("#search-input").results(SearchField), None)
            typing = field is not None and field.display and field.has_focus
            detail.follow_soon(self._show_detail, typing)

    def _show_detail(self) -> None:
        details = list(self.query(StatementDetail).results(StatementDetail))
        if not details:
            return
        details[0].follow_now()
        statement = self.shown_statement()
        needle = self.filters.search.strip()
        hits = find_all(needle, statement.quote_ar) if statement and needle else ()
        review = self._workspace.annotation(f"statement:{statement.id}") if statement else None
        # A preview's corpus is being read: what the stored statement was is known after.
        loaded = statement is not None and not self.loading
        stored = self._workspace.original(statement.id) if statement and loaded else None
        details[0].show(self.corpus, statement, hits, review, stored)

    def shown_statement(self) -> Statement | None:
        """The selected statement, rejected or not."""
        return self.listing.statement(self.selected)

    def watch_pane(self, pane: str) -> None:
        for name in PANES:
            self.set_class(name == pane, f"-show-{name}")
        self._remember()

    def watch_compact(self, compact: bool) -> None:
        self.set_class(compact, "-compact")

    def on_resize(self) -> None:
        self.compact = self.size.width < COMPACT_BELOW
        if self._panes:
            self.call_after_refresh(self._legend)

    def _legend(self) -> None:
        pane = self.query_one("#statements-pane")
        pane.border_subtitle = READING if self.loading else legend(pane.size.width - 4)
        # The actor list's columns: name, how many statements, the stance most of them take.
        self.query_one("#actors-pane").border_title = " actor · count · EXIT "

    # -- messages from widgets and workers ------------------------------------------

    @on(StatementList.Highlighted)
    def _highlighted(self, event: StatementList.Highlighted) -> None:
        self.selected = event.statement_id

    @on(StatementList.Opened)
    def _opened(self, event: StatementList.Opened) -> None:
        self.selected = event.statement_id
        self._show_detail()  # asked for: no waiting for the keys to pause
        self._focus_pane("detail")

    @on(OptionList.OptionSelected, "#actors")
    def _actor_chosen(self, event: OptionList.OptionSelected) -> None:
        self.show_actor(None if event.option_id == ALL_ACTORS else event.option_id)
        self._focus_pane("statements")

    @on(SearchField.Changed, "#search-input")
    async def _search_typed(self, event: SearchField.Changed) -> None:
        if event.value == self.filters.search:
            return
        self.filters = replace(self.filters, search=event.value)
        # The list has asked to be redrawn; one turn of the event loop lets that request
        # reach the screen before the screen goes idle and draws the search field, so the
        # letter and its results reach the terminal in one frame, not two some 30 ms apart.
        await asyncio.sleep(0)

    @on(SearchField.Submitted, "#search-input")
    def _search_kept(self) -> None:
        self._close_search()

    # -- the filter keys ------------------------------------------------------------

    def show_actor(self, actor_id: str | None) -> None:
        """List only `actor_id`'s statements (None: everyone's)."""
        self.filters = replace(self.filters, actor=actor_id)

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
        if self.query_one("#search-input", SearchField).has_focus:
            self.filters = replace(self.filters, search=self._search_before)
            self._close_search()
            return True
        return None

    def action_cycle(self, name: Cycled) -> None:
        self.filters = self.filters.cycled(name)

    def action_clear_filters(self) -> None:
        self.filters = Filter()
        if self._panes:
            self.query_one(ActorList).highlighted = 0

    def action_filters(self) -> None:
        def chosen(choice: Filter | None) -> None:
            if choice is not None:
                self.filters = choice

        from .filters import FilterScreen  # its tick lists load when first opened

        self.app.push_screen(FilterScreen(self.filters), chosen)

    # -- panes ----------------------------------------------------------------------

    def _focus_pane(self, pane: str) -> None:
        if self._panes:
            self.pane = pane
            self.query_one(_PANE_WIDGETS[pane]).focus()

    def on_descendant_focus(self) -> None:
        self.pane = next((name for name, kind in _PANE_WIDGETS.items()
                          if isinstance(self.focused, kind)), self.pane)  # fmt: skip

    def action_pane(self, step: int) -> None:
        self._focus_pane(PANES[(PANES.index(self.pane) + step) % len(PANES)])

    def focus_statements(self) -> None:
        """Move the focus to the statement list."""
        self._focus_pane("statements")

    # -- the session, for the next start ----------------------------------------------

    def session_state(self) -> dict[str, object]:
        return {"screen": "main", "selected": self.selected, "pane": self.pane,
                **self.filters.to_state()}  # fmt: skip

    def _take_state(self, state: dict[str, Any]) -> None:
        """Take the filters, selection and pane of a saved session before the first frame
        (unknown values skipped), so the list is never first drawn unfiltered."""
        self.set_reactive(StatementsScreen.filters, Filter.from_state(state, self.corpus.actors))
        selected = state.get("selected")
        if isinstance(selected, str) and selected in self.corpus.statements:
            self.set_reactive(StatementsScreen.selected, selected)
        if state.get("pane") in PANES:
            self._pane_at_start = str(state["pane"])
