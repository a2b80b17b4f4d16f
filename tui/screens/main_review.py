"""The main screen's part in a review session: statuses, the queue, clashes, resuming."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..data.export import related_contradictions
from ..data.filter import Filter
from ..data.index import Index
from ..data.model import THREAT, WITHDRAWAL, Contradiction, Corpus, Statement
from ..data.review import UNREVIEWED, status_of
from ..data.store import Workspace
from ..widgets.actor_list import ActorList
from ..widgets.statement_list import StatementList

if TYPE_CHECKING:
    from .main import MainScreen

    _Base = MainScreen
else:
    _Base = object

PANES = ("actors", "statements", "detail")
# Up to this many statements the contradictions are found, and a corpus changed by another
# window indexed, at once on the event loop, in milliseconds; above it a worker thread does
# it while the app goes on answering keys.
AT_ONCE_UP_TO = 5_000


class ReviewMixin(_Base):
    """Review keys, the review queue, the contradiction screens and the saved session."""

    def action_cycle_status(self) -> None:
        self.filters = self.filters.cycled("status")

    def action_next_unreviewed(self) -> None:
        """Open the next listed statement nobody has reviewed yet (the review queue)."""
        status = self._status_of()
        statements = self.query_one(StatementList)
        count = len(self.results)
        for step in range(1, count + 1):
            item = self.results[(statements.cursor + step) % count]
            if status(item.statement.id) == UNREVIEWED:
                statements.select_id(item.statement.id)
                self._focus_pane("detail")
                return
        self.notify("Every statement listed here has been reviewed.", timeout=3)

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

        self.with_clashes(show, "contradictions")

    def _keep_clash_state(self, state: dict[str, object]) -> None:
        self.clash_state = {**state, "pair": False}

    def reopen(self, state: dict[str, Any]) -> None:
        """Open again the contradictions list (and its pair) or the timeline as `state`,
        a screen's saved state, describes it."""
        if state.get("screen") == "timeline":
            self.open_timeline(state)
        elif state.get("screen") == "contradictions":
            self.open_contradictions(state)

    # -- the contradictions, found once per set of labels, off the event loop ----------

    def with_clashes(self, then: Callable[[list[Contradiction]], object], purpose: str) -> None:
        """Call `then` with the corpus's contradictions: at once if they are known, else
        once a worker thread has found them (seconds at 100,000 statements). A second
        request for the same `purpose` meanwhile (`c` pressed twice) replaces the first."""
        if self._clashes is not None:
            then(self._clashes)
            return
        count = len(self.corpus.statements)
        if count <= AT_ONCE_UP_TO and not self._clash_waiters:  # a few ms: no need to wait
            from ..data.contradictions import find_contradictions

            self._clashes = find_contradictions(self.corpus)
            then(self._clashes)
            return
        already = bool(self._clash_waiters)
        self._clash_waiters[purpose] = then
        if already:
            return  # already being found
        self.notify(f"Finding the contradictions among {count:,} statements…", timeout=3)
        generation, corpus = self._clash_generation, self.corpus
        self.run_worker(lambda: self._find_clashes(corpus, generation), thread=True,
                        group="clashes", exit_on_error=False)  # fmt: skip

    def _find_clashes(self, corpus: Corpus, generation: int) -> None:
        from ..data.contradictions import find_contradictions

        try:
            found = find_contradictions(corpus)
        except Exception as err:  # noqa: BLE001 - shown to the analyst, never lost in a thread
            self.app.call_from_thread(self._clashes_failed, err)
            return
        self.app.call_from_thread(self._clashes_found, found, generation)

    def _clashes_found(self, found: list[Contradiction], generation: int) -> None:
        waiting, self._clash_waiters = self._clash_waiters, {}
        if generation != self._clash_generation:  # labels changed meanwhile: find them again
            for purpose, then in waiting.items():
                self.with_clashes(then, purpose)
            return
        self._clashes = found
        for then in waiting.values():
            then(found)

    def _clashes_failed(self, err: Exception) -> None:
        self._clash_waiters = {}
        self.notify(f"The contradictions could not be found: {err}", severity="error",
                    markup=False)  # fmt: skip

    def forget_clashes(self) -> None:
        """Drop the contradictions found: the labels or the corpus have changed."""
        self._clashes = None
        self._clash_generation += 1

    def before_brief(self, then: Callable[[], object]) -> None:
        """Run `then` (which writes a brief) once the contradictions it lists are known."""
        self.with_clashes(lambda _found: then(), "brief")

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

        self.with_clashes(show, "timeline")

    @property
    def _workspace(self) -> Workspace:
        return self.app.workspace  # type: ignore[attr-defined, no-any-return]

    def _status_of(self) -> Callable[[str], str]:
        return status_of(self._workspace.annotations(), "statement")

    def current_target(self) -> str | None:
        return f"statement:{self.selected}" if self.selected else None

    def brief_scope(self) -> tuple[list[Statement], list[Contradiction], str] | None:
        from ..data.contradictions import find_contradictions

        shown = [item.statement for item in self.results]
        # Known by now when asked through `before_brief`; found here only if asked directly.
        found = self._clashes if self._clashes is not None else find_contradictions(self.corpus)
        related = related_contradictions(shown, found, self.filters.active)
        return shown, related, self.filters.description

    def review_changed(self) -> None:
        changed = self._workspace.corrected.take_changed()
        if changed:
            self.forget_clashes()
        # A new corpus: articles imported, or statements added, rejected, moved, actors edited.
        if self._workspace.corpus is not self.corpus:
            self._index_corpus(self._workspace.corpus)
        speakers = False
        for statement_id in changed:  # the analyst corrected these statements' fields
            if statement_id in self.corpus.statements:
                speakers |= self.index.replace(self.corpus.statements[statement_id])
        if speakers and self.query(ActorList):
            self._refresh_actors()
        if self.corpus.statements and self.query(StatementList):
            self._apply()

    def _index_corpus(self, corpus: Corpus) -> None:
        """Take in a corpus another window changed, indexed in a worker when it is large
        (two seconds at 100,000 statements); meanwhile the old one stays listed."""
        if corpus is self._indexing:
            return  # already being indexed
        if len(corpus.statements) <= AT_ONCE_UP_TO:
            self._indexed(corpus, Index(corpus))
            return
        self._indexing = corpus

        def index() -> None:
            built = Index(corpus)
            built.text  # noqa: B018 - built here, off the event loop, not at the next search
            self.app.call_from_thread(self._indexed, corpus, built)

        self.run_worker(index, thread=True, group="reindex", exit_on_error=False)

    def _indexed(self, corpus: Corpus, index: Index) -> None:
        if corpus is self._indexing:
            self._indexing = None
        if corpus is not self._workspace.corpus:
            return  # a newer one came meanwhile, and is being indexed
        self.corpus, self.index = corpus, index
        self.forget_clashes()
        if self.corpus.statements and self.query(ActorList):
            self._refresh_actors()
        if self.corpus.statements and self.query(StatementList):
            self._apply()
        waiting, self._select_when_indexed = self._select_when_indexed, None
        if waiting is not None and waiting in corpus.statements:
            self.select_statement(waiting)

    def action_correct(self, label: str) -> None:
        """Step the selected statement's `label` (withdrawal or threat) through the codebook."""
        statement = self.shown_statement()
        review = getattr(self.app, "review", None)
        if statement is None or review is None:
            return
        codebook = WITHDRAWAL if label == "withdrawal" else THREAT
        value = codebook[(codebook.index(getattr(statement, label)) + 1) % len(codebook)]
        stored = self._workspace.original(statement.id) or statement
        # Back at the stored label, the correction is withdrawn rather than kept as a copy.
        fix = None if value == getattr(stored, label) else value
        review.apply(f"statement:{statement.id}", f"{label.capitalize()} now {value}",
                     f"{label} back to {getattr(statement, label)}", **{label: fix})  # fmt: skip

    def session_state(self) -> dict[str, object]:
        return {"screen": "main", "selected": self.selected, "pane": self.pane,
                **self.filters.to_state()}  # fmt: skip

    def _take_state(self, state: dict[str, Any]) -> None:
        """Take the filters, selection and pane of a saved session before the first frame
        (unknown values skipped), so the list is never first drawn unfiltered."""
        self.set_reactive(type(self).filters, Filter.from_state(state, self.corpus.actors))
        selected = state.get("selected")
        if isinstance(selected, str) and selected in self.corpus.statements:
            self.set_reactive(type(self).selected, selected)
        if state.get("pane") in PANES:
            self._pane_at_start = str(state["pane"])

    def _remember(self) -> None:
        review = getattr(self.app, "review", None)
        if review is not None and self.is_mounted:
            review.remember()
