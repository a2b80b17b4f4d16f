"""The main screen: actors, the statements that pass the filters, and the one selected."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import var
from textual.timer import Timer
from textual.widgets import OptionList, Static

from ..arabic.normalise import find_all
from ..data.filter import REJECTED, Filter
from ..data.index import Index, Results
from ..data.model import Contradiction, Corpus
from ..resources import styles_dir
from ..widgets.actor_list import ALL_ACTORS, ActorList
from ..widgets.detail import StatementDetail
from ..widgets.key_bar import KeyBar
from ..widgets.line_list import ColumnHeader
from ..widgets.lines import DataText
from ..widgets.search_field import SearchField
from ..widgets.statement_list import StatementList, legend
from .base import MawqifScreen
from .main_corrections import CORRECTION_BINDINGS, CorrectionsMixin
from .main_filters import FiltersMixin
from .main_review import PANES, ReviewMixin
from .main_text import HELP, empty_workspace, no_match

# Below this width the three panes do not fit side by side; one is shown at a time.
COMPACT_BELOW = 110
# Seconds the detail pane waits for the keys to pause before it follows the cursor.
DETAIL_AFTER = 0.12
# The same while a word is typed into the search field: keys there come 100 to 300 ms
# apart, and a detail drawn between two of them (20 to 60 ms of layout) would hold up the
# list's answer to the next letter.
DETAIL_WHILE_TYPING = 0.35
# Under the list while it is a preview: the rows are real, the keys wait (see `loading`).
READING = " reading the workspace… keys wait "



def _read_filter(name: str) -> Any:
    """A read-only attribute that gives the filter `name` of the screen's `filters`."""
    return property(lambda screen: getattr(screen.filters, name))


class MainScreen(CorrectionsMixin, FiltersMixin, ReviewMixin, MawqifScreen[None]):
    """Where the analyst reads: actors | statements | detail, filtered from the keyboard."""

    CSS_PATH = styles_dir() / "main.tcss"
    # Keys go to the statements from the first, never to the search field, which is hidden
    # until `/` (Textual would otherwise focus the first focusable widget: that field).
    AUTO_FOCUS = "#statements"

    HELP = HELP
    LOADING = False  # True on a preview: see `loading`
    BINDINGS = [
        Binding("slash", "search", "Search", id="search", key_display="/",
                tooltip="Search quotes, summaries and names (Arabic folded, English)"),
        Binding("c", "contradictions", "Clashes", id="contradictions",
                tooltip="List the contradictions, worst first"),
        Binding("d", "deadlines", "Deadlines", id="deadlines",
                tooltip="Every deadline on a 2024–2027 timeline"),
        Binding("s", "cycle_withdrawal", "Stance", id="withdrawal",
                tooltip="Cycle the withdrawal-stance filter"),
        Binding("t", "cycle_threat", "Threat", id="threat",
                tooltip="Cycle the ISIS-threat filter"),
        Binding("f", "filters", "Filters", id="filters",
                tooltip="Choose stances, threat levels, actor kinds and a date range"),
        Binding("v", "cycle_status", "Status", id="status",
                tooltip="Cycle the review-status filter (unreviewed, reviewed, disputed)"),
        Binding("u", "next_unreviewed", "Next unreviewed", id="queue",
                tooltip="Review queue: open the next statement not yet reviewed"),
        Binding("x", "clear_filters", "Clear", id="clear", tooltip="Clear every filter"),
        Binding("o", "open_article", "Article", id="article", show=False,
                tooltip="Open the whole article at the selected statement"),
        Binding("tab", "pane(1)", "Next pane", id="next-pane", show=False,
                tooltip="Move to the next pane: actors, statements, detail"),
        Binding("shift+tab", "pane(-1)", "Previous pane", id="previous-pane", show=False,
                tooltip="Move to the previous pane"),
        Binding("escape", "back", "Back", id="back", show=False,
                tooltip="Back: to the pair or timeline a statement was opened from, else "
                        "to the statements"),
        *CORRECTION_BINDINGS,
    ]  # fmt: skip

    # What the footer offers first, in this order, while it fits (q and ? always).
    FOOTER_KEYS = ("search", "contradictions", "deadlines", "withdrawal", "threat", "filters",
                   "status", "queue", "clear")  # fmt: skip

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
        self._when_drawn = loading
        # Keys typed on a preview wait for the full index (type_ahead.py).
        self.LOADING = loading is not None
        self._clashes: list[Contradiction] | None = None  # found on first use, see with_clashes
        self._clash_waiters: dict[str, Callable[[list[Contradiction]], object]] = {}
        self._clash_generation = 0
        self._indexing: Corpus | None = None  # a corpus another window wrote, being indexed
        self._select_when_indexed: str | None = None  # a statement just added, to show
        self.set_reactive(MainScreen.bidi, bidi)
        self.corpus = corpus
        # Built by the app's loading worker for large workspaces; here for small ones.
        self.index = index if index is not None and index.corpus is corpus else Index(corpus)
        self.results: Results = self.index.results(Filter().query())
        self.undated_hidden = 0  # statements the date range hides for want of a date
        self._rejected_index: Index | None = None  # built when the list shows rejected ones
        self._detail_timer: Timer | None = None
        # Where Escape goes back to after `1`, `2` or Enter opened a statement from a pair
        # or the timeline: that screen's saved state.
        self.return_to: dict[str, object] | None = None
        # The contradictions list as the analyst left it, so `c` opens it there again.
        self.clash_state: dict[str, object] | None = None
        self._pane_at_start: str | None = None
        if state is not None:
            self._take_state(state)

    def compose(self) -> ComposeResult:
        yield Static(id="filter-bar")
        yield SearchField("Search Arabic or English — Enter keeps, Escape cancels",
                          id="search-input").data_bind(mode=MainScreen.bidi)
        if not self.corpus.statements:
            yield DataText(empty_workspace(self.app.workspace.path),  # type: ignore[attr-defined]
                           id="empty-workspace").data_bind(mode=MainScreen.bidi)  # fmt: skip
        else:
            with Horizontal(id="panes"):
                with Vertical(id="actors-pane", classes="pane"):
                    yield ActorList(id="actors").data_bind(mode=MainScreen.bidi)
                with Vertical(id="statements-pane", classes="pane"):
                    statements = StatementList(id="statements")
                    yield ColumnHeader(statements, id="statements-header")
                    yield statements.data_bind(mode=MainScreen.bidi)
                with Vertical(id="detail-pane", classes="pane"):
                    yield StatementDetail(id="detail").data_bind(mode=MainScreen.bidi)
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#search-input").display = False
        if self.corpus.statements:
            self._refresh_actors()
            self._apply()
            self.query_one(StatementList).focus()
            if self._pane_at_start is not None:
                self._focus_pane(self._pane_at_start)
        self._update_bar()
        if self._when_drawn is not None:
            self.query_one("#statements-pane").border_subtitle = READING
            self.call_after_refresh(self._when_drawn)

    @property
    def loading(self) -> bool:
        """Whether the list is a preview, the corpus still being read."""
        return self.LOADING

    def loaded(self, corpus: Corpus, index: Index) -> None:
        """Take the corpus and its full index in place of the preview; keys go on from here."""
        self.LOADING = False
        self._indexed(corpus, index)  # the cursor stays on the statement it was on
        self._legend()

    # -- state → screen -------------------------------------------------------------

    def _apply(self) -> None:
        """Filter, list the results and keep the selection where it can stay."""
        if not self.corpus.statements and not self.corpus.rejected:
            return
        index = self.shown_index
        filters, annotations = self.filters, self._workspace.annotations()
        self.results = index.results(filters.query(annotations))
        # A statement said on an unknown date cannot pass a date range: the analyst must
        # see that such statements are out of the list, not only that the list is short.
        ranged = filters.dated and not filters.undated
        self.undated_hidden = index.undated(filters.query(annotations, dates=False)) if (
            ranged) else 0  # fmt: skip
        at = self.results.find(self.selected, index) if self.selected else None
        needle = filters.search.strip()
        hits = (lambda text: find_all(needle, text)) if needle else None
        status = self._status_of()
        if filters.rejected:
            status = lambda _statement_id: REJECTED  # noqa: E731 - every one listed is
        empty = no_match(self.undated_hidden, filters.rejected)
        self.query_one(StatementList).show(self.results, hits, at or 0, status, empty=empty)
        self.query_one("#statements-header").refresh()
        # The selection may stay while the search changes: its marks must follow.
        self._detail_soon()
        self._update_bar()

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

    def _detail_soon(self) -> None:
        # The list moves at once; the detail, whose layout costs a frame or more, follows
        # when the keys pause, so holding j or typing a search never waits for it.
        if self._detail_timer is not None:
            self._detail_timer.stop()
        field = next(self.query("#search-input").results(SearchField), None)
        typing = field is not None and field.display and field.has_focus
        after = DETAIL_WHILE_TYPING if typing else DETAIL_AFTER
        self._detail_timer = self.set_timer(after, self._show_detail)

    def _show_detail(self) -> None:
        if self._detail_timer is not None:
            self._detail_timer.stop()
            self._detail_timer = None
        details = list(self.query(StatementDetail).results(StatementDetail))
        if not details:
            return
        statement = self.shown_statement()
        needle = self.filters.search.strip()
        hits = find_all(needle, statement.quote_ar) if statement and needle else ()
        review = self._workspace.annotation(f"statement:{statement.id}") if statement else None
        # A preview's corpus is being read: what the stored statement was is known after.
        loaded = statement is not None and not self.loading
        stored = self._workspace.original(statement.id) if loaded else None
        details[0].show(self.corpus, statement, hits, review, stored)

    def watch_pane(self, pane: str) -> None:
        for name in PANES:
            self.set_class(name == pane, f"-show-{name}")
        self._remember()

    def watch_compact(self, compact: bool) -> None:
        self.set_class(compact, "-compact")

    def on_resize(self) -> None:
        self.compact = self.size.width < COMPACT_BELOW
        if self.corpus.statements:
            self.call_after_refresh(self._legend)

    def _legend(self) -> None:
        pane = self.query_one("#statements-pane")
        pane.border_subtitle = READING if self.loading else legend(pane.size.width - 4)
        # The actor list's columns: name, how many statements, the stance most of them take.
        self.query_one("#actors-pane").border_title = " actor · count · EXIT "

    # -- messages from widgets ------------------------------------------------------

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

    # -- actions --------------------------------------------------------------------

    def _focus_pane(self, pane: str) -> None:
        if not self.corpus.statements:
            return
        self.pane = pane
        widget = {"actors": ActorList, "statements": StatementList, "detail": StatementDetail}
        self.query_one(widget[pane]).focus()

    def on_descendant_focus(self) -> None:
        focused = self.focused
        for name, kind in (("actors", ActorList), ("statements", StatementList),
                           ("detail", StatementDetail)):
            if isinstance(focused, kind):
                self.pane = name

    def action_pane(self, step: int) -> None:
        self._focus_pane(PANES[(PANES.index(self.pane) + step) % len(PANES)])

    def action_back(self) -> None:
        back, self.return_to = self.return_to, None
        if back is not None:  # a statement opened from a pair or the timeline: back there
            self.reopen(back)
        elif self.pane == "detail" or self.pane == "actors" and self.compact:
            self._focus_pane("statements")

    def action_open_article(self) -> None:
        statement = self.shown_statement()
        if statement is not None:
            from .article import ArticleScreen

            self.app.push_screen(ArticleScreen(self.corpus, statement))

    def focus_statements(self) -> None:
        """Move the focus to the statement list."""
        self._focus_pane("statements")

    def select_statement(self, statement_id: str) -> None:
        """Show `statement_id`, clearing filters that would hide it (once it is indexed, if
        a large corpus is being indexed anew)."""
        if self._indexing is not None and statement_id not in self.corpus.statements:
            self._select_when_indexed = statement_id
            return
        statements = self.query_one(StatementList)
        if not statements.select_id(statement_id):
            self.action_clear_filters()
            self._apply()
            statements.select_id(statement_id)
        self._focus_pane("detail")

    def show_imported(self, statement_ids: list[str], title: str) -> None:
        """List an import's statements with no filter hiding them and open the first, so
        `r` reviews it and `u`, the review queue, goes on through the next ones."""
        from ..widgets.lines import notice

        count = len(statement_ids)
        if not statement_ids:
            message = f"Imported {title}: no statement found in it."
        else:
            if self.filters.active:
                self.action_clear_filters()
            self.select_statement(statement_ids[0])
            message = (f"Imported {count} statement(s) from {title}. The first is open: r "
                       "marks it, u opens the next unreviewed.")  # fmt: skip
        # The title is the article's: drawn by the display engine, sanitised, never markup.
        self.notify(notice(message, self.app.size.width, self.bidi), timeout=6, markup=False)
