"""The main screen: the lists of statements.py, with the keys that go from them (the
contradictions, the timeline, the article, the review queue, corrections) and the workspace
taken in again whenever it changes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from textual import on
from textual.binding import Binding
from textual.message import Message

from ..clash_finder import AT_ONCE_UP_TO, ClashesFound, ClashFinder
from ..data.corrected import statements_named
from ..data.export import related_contradictions
from ..data.index import Index
from ..data.listing import Listing
from ..data.model import THREAT, WITHDRAWAL, Contradiction, Corpus, Statement
from ..data.review import UNREVIEWED, status_of
from ..services import services
from ..widgets.actor_list import ALL_ACTORS, ActorList
from ..widgets.detail import DETAIL_WHILE_TYPING as DETAIL_WHILE_TYPING  # the tests wait on it
from ..widgets.keys import ACTOR, ARTICLE, STATEMENT, screen_bindings
from ..widgets.lines import notice
from ..widgets.statement_list import StatementList
from .main_text import HELP
from .statements import StatementsScreen


@dataclass
class Indexed(Message):
    """A worker's answer: `corpus`, indexed."""

    corpus: Corpus
    index: Index


class MainScreen(StatementsScreen):
    """Where the analyst reads: actors | statements | detail, filtered from the keyboard."""

    HELP = HELP
    BINDINGS = [
        Binding("slash", "search", "Search", id="search", key_display="/",
                tooltip="Search quotes, summaries and names (Arabic folded, English)"),
        Binding("c", "contradictions", "Clashes", id="contradictions",
                tooltip="List the contradictions, worst first"),
        Binding("d", "deadlines", "Deadlines", id="deadlines",
                tooltip="Every deadline on a 2024–2027 timeline"),
        Binding("s", "cycle('withdrawal')", "Stance", id="withdrawal",
                tooltip="Cycle the withdrawal-stance filter"),
        Binding("t", "cycle('threat')", "Threat", id="threat",
                tooltip="Cycle the ISIS-threat filter"),
        Binding("f", "filters", "Filters", id="filters",
                tooltip="Choose stances, threat levels, actor kinds and a date range"),
        Binding("v", "cycle('status')", "Status", id="status",
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
        *screen_bindings(*STATEMENT, *ACTOR, *ARTICLE),
    ]  # fmt: skip

    # What the footer offers first, in this order, while it fits (q and ? always).
    FOOTER_KEYS = ("search", "contradictions", "deadlines", "withdrawal", "threat", "filters",
                   "status", "queue", "clear")  # fmt: skip

    def __init__(
        self,
        corpus: Corpus,
        bidi: str = "visual",
        index: Index | None = None,
        state: dict[str, Any] | None = None,
        loading: Callable[[], object] | None = None,
    ) -> None:
        """As StatementsScreen: `corpus` listed, a saved session's `state` taken, and with
        `loading` a preview until `loaded`."""
        super().__init__(corpus, bidi, index, state, loading)
        self.clashes = ClashFinder(self, lambda: self.corpus)
        # Where Escape goes back to after `1`, `2` or Enter opened a statement from a pair
        # or the timeline: that screen's saved state.
        self.return_to: dict[str, object] | None = None
        # The contradictions list as the analyst left it, so `c` opens it there again.
        self.clash_state: dict[str, object] | None = None
        self._indexing: Corpus | None = None  # a corpus another window wrote, being indexed
        self._select_when_indexed: str | None = None  # a statement just added, to show
        self._named: set[str] = set()  # statements annotations have named: corrected ones

    def loaded(self, corpus: Corpus, index: Index) -> None:
        """Take the corpus and its full index in place of the preview; keys go on from here."""
        self.LOADING = False
        self._indexed(Indexed(corpus, index))  # the cursor stays on the statement it was on
        self._legend()

    @on(ClashesFound)
    def _clashes_found(self, event: ClashesFound) -> None:
        event.stop()
        self.clashes.took(event)

    # -- going elsewhere, and back ------------------------------------------------------

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

    def action_contradictions(self) -> None:
        self.return_to = None
        self.open_contradictions(self.clash_state)

    def open_contradictions(self, state: dict[str, Any] | None = None) -> None:
        """Open the contradictions list once they are found, with the kind, status and
        selection of `state` (a saved list) and, if it says so, that pair open."""
        from .contradictions import ContradictionsScreen

        def show(found: list[Contradiction]) -> None:
            screen = ContradictionsScreen(self.corpus, found, self._status_of_clash, state,
                                          keep=self._keep_clash_state)  # fmt: skip
            self.app.push_screen(screen)

        self.clashes.then(show, "contradictions")

    def _keep_clash_state(self, state: dict[str, object]) -> None:
        self.clash_state = {**state, "pair": False}

    def _status_of_clash(self, contradiction_id: str) -> str:
        # Read at each call, so statuses are current whenever the list is drawn; one
        # look-up, as the list may ask for tens of thousands.
        return self._workspace.annotation(f"contradiction:{contradiction_id}").status

    def action_deadlines(self) -> None:
        self.return_to = None
        self.open_timeline()

    def open_timeline(self, state: dict[str, Any] | None = None) -> None:
        """Open the deadlines timeline, on the mark `state` (a saved timeline) names."""
        from .timeline import TimelineScreen

        def show(found: list[Contradiction]) -> None:
            self.app.push_screen(TimelineScreen(self.corpus, found, state))

        self.clashes.then(show, "timeline")

    def reopen(self, state: dict[str, Any]) -> None:
        """Open again the contradictions list (and its pair) or the timeline as `state`,
        a screen's saved state, describes it."""
        if state.get("screen") == "timeline":
            self.open_timeline(state)
        elif state.get("screen") == "contradictions":
            self.open_contradictions(state)

    # -- review ---------------------------------------------------------------------------

    def action_next_unreviewed(self) -> None:
        """Open the next listed statement nobody has reviewed yet (the review queue)."""
        status = status_of(self._workspace.annotations(), "statement")
        statements = self.query_one(StatementList)
        listed = statements.items  # the results, and any statement kept after a correction
        count = len(listed)
        for step in range(1, count + 1):
            item = listed[(statements.cursor + step) % count]
            if status(item.statement.id) == UNREVIEWED:
                statements.select_id(item.statement.id)
                self._focus_pane("detail")
                return
        self.notify("Every statement listed here has been reviewed.", timeout=3)

    def current_target(self) -> str | None:
        return f"statement:{self.selected}" if self.selected else None

    def before_brief(self, then: Callable[[], object]) -> None:
        """Run `then` (which writes a brief) once the contradictions it lists are known."""
        self.clashes.then(lambda _found: then(), "brief")

    def brief_scope(self) -> tuple[list[Statement], list[Contradiction], str] | None:
        from ..data.contradictions import find_contradictions

        shown = [item.statement for item in self.results]
        # Known by now when asked through `before_brief`; found here only if asked directly.
        found = self.clashes.found
        if found is None:
            found = find_contradictions(self.corpus)
        related = related_contradictions(shown, found, self.filters.active)
        return shown, related, self.filters.description

    # -- corrections (the work is in tui/correcting.py) ------------------------------------

    def action_correct(self, label: str) -> None:
        """Step the selected statement's `label` (withdrawal or threat) through the codebook."""
        statement = self.shown_statement()
        review = services(self.app).review
        if statement is None:  # a key never goes nowhere: say why nothing changed
            self.notify("Select a statement first.", severity="warning", timeout=3)
            return
        if review is None:
            return
        codebook = WITHDRAWAL if label == "withdrawal" else THREAT
        value = codebook[(codebook.index(getattr(statement, label)) + 1) % len(codebook)]
        stored = self._workspace.original(statement.id) or statement
        # Back at the stored label, the correction is withdrawn rather than kept as a copy.
        fix = None if value == getattr(stored, label) else value
        review.apply(f"statement:{statement.id}", f"{label.capitalize()} now {value}",
                     f"{label} back to {getattr(statement, label)}", **{label: fix})  # fmt: skip

    def action_fix_speaker(self) -> None:
        if corrections := services(self.app).corrections:
            corrections.change_speaker(self.selected)

    def action_fix_statement(self) -> None:
        if corrections := services(self.app).corrections:
            corrections.edit_statement(self.selected)

    def action_add_deadline(self) -> None:
        if corrections := services(self.app).corrections:
            corrections.add_deadline(self.selected)

    def action_fix_quote(self) -> None:
        if corrections := services(self.app).corrections:
            corrections.move_quote(self.selected)

    def action_reject(self) -> None:
        if corrections := services(self.app).corrections:
            corrections.toggle_rejected(self.selected)

    def action_fix_article(self) -> None:
        statement = self.shown_statement()
        if corrections := services(self.app).corrections:
            corrections.edit_article(statement.article if statement is not None else None)

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
        if corrections := services(self.app).corrections:
            corrections.edit_actor(self._actor_in_hand())

    def action_merge_actor(self) -> None:
        if corrections := services(self.app).corrections:
            corrections.merge_actor(self._actor_in_hand())

    # -- the workspace changed: reviewed, corrected, or written by another window -------

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

    def show_imported(self, statement_ids: list[str], title: str, said: str = "") -> None:
        """List an import's statements with no filter hiding them and open the first, so
        `r` reviews it and `u`, the review queue, goes on through the next ones; `said`, a
        message in place of the count (an article already in the workspace)."""
        if statement_ids:
            if self.filters.active:
                self.action_clear_filters()
            self.select_statement(statement_ids[0])
        if said:
            message = said
        elif not statement_ids:
            message = f"Imported {title}: no statement found in it."
        else:
            message = (f"Imported {len(statement_ids)} statement(s) from {title}. The first is "
                       "open: r marks it, u opens the next unreviewed.")  # fmt: skip
        # The title is the article's: drawn by the display engine, sanitised, never markup.
        self.notify(notice(message, self.app.size.width, self.bidi), timeout=6, markup=False)

    # -- the workspace changed: reviewed, corrected, or written by another window -----

    def review_changed(self) -> None:
        corpus = self._workspace.corpus  # never changed once made: a change makes another
        if corpus is not self.corpus and corpus is not self._indexing:
            self._named |= statements_named(self._workspace.annotations())
            speakers = self.listing.take(corpus, self._named)
            if speakers is None:  # articles imported, statements added, rejected, moved…
                self._index_corpus(corpus)
            else:  # the analyst corrected some statements' fields
                self.clashes.forget()
                if speakers and self.query(ActorList):
                    self._refresh_actors()
        if self.corpus.statements and self.query(StatementList):
            self._apply(keep=True)  # the selection stays on what was just corrected

    def _index_corpus(self, corpus: Corpus) -> None:
        """Take in a corpus another window changed, indexed in a worker when it is large
        (two seconds at 100,000 statements); meanwhile the old one stays listed."""
        if corpus is self._indexing:
            return  # already being indexed
        if len(corpus.statements) <= AT_ONCE_UP_TO:
            self._indexed(Indexed(corpus, Index(corpus)))
            return
        self._indexing = corpus

        def index() -> None:
            built = Index(corpus)
            built.text  # noqa: B018 - built here, off the event loop, not at the next search
            self.post_message(Indexed(corpus, built))

        self.run_worker(index, thread=True, group="reindex", exit_on_error=False)

    @on(Indexed)
    def _indexed(self, event: Indexed) -> None:
        event.stop()
        corpus = event.corpus
        if corpus is self._indexing:
            self._indexing = None
        if corpus is not self._workspace.corpus:
            return  # a newer one came meanwhile, and is being indexed
        self.listing = Listing(corpus, event.index)
        self.clashes.forget()
        if self.corpus.statements and self.query(ActorList):
            self._refresh_actors()
        if self.corpus.statements and self.query(StatementList):
            self._apply(keep=True)
        waiting, self._select_when_indexed = self._select_when_indexed, None
        if waiting is not None and waiting in corpus.statements:
            self.select_statement(waiting)
