"""The contradictions screen: every clash, worst first, filterable by kind, Enter opens a pair."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.reactive import var
from textual.widgets import Static

from ..data.contradictions import find_contradictions
from ..data.model import CONTRADICTION_KINDS, Contradiction, Corpus, Statement
from ..data.review import CONTRADICTION_STATUSES
from ..resources import styles_dir
from ..widgets.clash_list import (
    KIND_NAMES,
    SEVERITY_BADGE,
    ClashList,
    StatusOf,
    header_row,
    legend,
    unreviewed,
)
from ..widgets.key_bar import KeyBar
from ..widgets.lines import DataText, Lines
from .base import MawqifScreen

HELP = """\
## Contradictions

Every pair of statements that clash, **worst first**: deadlines that disagree (September 2025
against September 2026), withdrawal stances (supports against opposes), ISIS-threat
assessments (high against low), facts, and one actor saying both. Most are worked out from
the labels and deadlines; the **curated** ones carry an analyst's rationale.

The **dates** column shows the two due dates for a deadline clash and the dates said for the
others. `f` cycles the kind shown, `Enter` opens the pair side by side, `Escape` goes back.
"""


class ContradictionsScreen(MawqifScreen[None]):
    """The list of contradictions; the highest-ranked deadline clash is selected on opening."""

    CSS_PATH = styles_dir() / "contradictions.tcss"

    HELP = HELP
    BINDINGS = [
        Binding("j", "move(1)", "Down", id="clash-down", show=False,
                tooltip="Move to the next contradiction"),
        Binding("k", "move(-1)", "Up", id="clash-up", show=False,
                tooltip="Move to the previous contradiction"),
        Binding("f", "cycle_kind", "Kind", id="clash-kind",
                tooltip="Cycle the kind shown: all, deadline, stance, threat, factual, self"),
        Binding("v", "cycle_status", "Status", id="clash-status",
                tooltip="Cycle the review status shown: all, unreviewed, reviewed, …"),
        Binding("escape", "back", "Back", id="clash-back", tooltip="Back to the statements"),
    ]  # fmt: skip

    # What the footer offers first, in this order, while it fits (q and ? always).
    FOOTER_KEYS = ("clash-open", "clash-kind", "clash-status", "clash-back")

    kind: var[str | None] = var(None)
    status: var[str | None] = var(None)

    def __init__(
        self,
        corpus: Corpus,
        contradictions: Sequence[Contradiction] | None = None,
        status_of: StatusOf = unreviewed,
        state: Mapping[str, object] | None = None,
        keep: Callable[[dict[str, object]], object] | None = None,
    ) -> None:
        """The list of `contradictions` (found here if None), with the kind, status and
        selection of `state` (a saved list) from its first frame; `keep` is told the
        list's state whenever it changes, so the next `c` opens it as it was left."""
        super().__init__()
        self.corpus = corpus
        self.all = list(find_contradictions(corpus) if contradictions is None else contradictions)
        self.status_of = status_of
        self.shown: list[Contradiction] = []
        self.keep = keep
        self._selected_at_start: str | None = None
        self._pair_at_start = state is not None and state.get("pair") is True
        if state is not None:
            kind, status, selected = state.get("kind"), state.get("status"), state.get("selected")
            if kind in CONTRADICTION_KINDS:
                self.set_reactive(ContradictionsScreen.kind, str(kind))
            if status in CONTRADICTION_STATUSES:
                self.set_reactive(ContradictionsScreen.status, str(status))
            if isinstance(selected, str):
                self._selected_at_start = selected

    def compose(self) -> ComposeResult:
        yield Static(id="clash-bar")
        yield Static(id="clash-header")
        yield ClashList(self.corpus, self.status_of, id="clash-list").data_bind(
            mode=ContradictionsScreen.bidi
        )
        yield DataText(id="clash-preview").data_bind(mode=ContradictionsScreen.bidi)
        yield KeyBar()

    def on_mount(self) -> None:
        first_deadline = next((c.id for c in self.all if c.kind == "deadline"), None)
        self._fill(self._selected_at_start or first_deadline)
        if self._pair_at_start:  # back from a statement opened from this pair
            self.open_pair()
        self.query_one(ClashList).focus()
        # Columns are sized to the list, which has its width only once laid out.
        self.call_after_refresh(self.on_resize)

    @property
    def current(self) -> Contradiction | None:
        """The contradiction under the cursor."""
        index = self.query_one(ClashList).cursor
        return self.shown[index] if index < len(self.shown) else None

    def _fill(self, keep: str | None) -> None:
        """List the contradictions of the chosen kind, with the cursor on `keep` if shown."""
        # Read once: a reactive attribute costs microseconds, and there may be 26,000 rows.
        kind, status, status_of = self.kind, self.status, self.status_of
        self.shown = [
            c for c in self.all
            if (kind is None or c.kind == kind) and (status is None or status_of(c.id) == status)
        ]  # fmt: skip
        clashes = self.query_one(ClashList)
        at = next((i for i, c in enumerate(self.shown) if c.id == keep), 0)
        clashes.show_items(self.shown, at)
        # Before the first layout the list has no width yet; on_resize fills it again then.
        width = clashes.row_width() or max(40, self.size.width - 4)
        self.query_one("#clash-header", Static).update(header_row(width))
        self._update_bar()
        self._update_preview()
        self._keep()

    def _keep(self) -> None:
        if self.keep is not None:
            self.keep(self.session_state())

    def _update_bar(self) -> None:
        counts = Counter(c.severity for c in self.shown)
        bar = Text(no_wrap=True, overflow="ellipsis")
        kind = KIND_NAMES.get(self.kind, self.kind) if self.kind else "all kinds"
        if self.status:
            kind += f" · {self.status}"
        filtered = self.kind or self.status
        bar.append(f" Contradictions · {kind} ", "reverse" if filtered else "bold")
        bar.append(f"  {len(self.shown)} of {len(self.all)} · ")
        bar.append(" ".join(f"{SEVERITY_BADGE[s]} {counts[s]}" for s in SEVERITY_BADGE))
        self.query_one("#clash-bar", Static).update(bar)

    def _update_preview(self) -> None:
        c = self.current
        preview = Lines()
        if c is not None:
            # English naming actors and outlets, which may be Arabic: drawn by the engine.
            # Its origin and id on a line of their own: where the id cannot fit (80×24), the
            # line still reads whole ("derived", "curated") rather than end in a dangling "·".
            found = "found by mawqif" if c.origin == "derived" else c.origin
            preview.prose(c.explanation).newline().add(f"{found}: ", "dim").data(c.id, "dim")
        elif not self.all:
            preview.add("No contradictions: the statements agree, or carry no labels yet.")
        self.query_one("#clash-preview", DataText).update(preview)

    def on_resize(self) -> None:
        current = self.current
        self._fill(current.id if current else None)
        clashes = self.query_one(ClashList)
        clashes.border_subtitle = legend(clashes.size.width - 4)

    def on_screen_resume(self) -> None:
        super().on_screen_resume()
        # Back from a pair or a review: statuses come from `status_of` and may have changed.
        if self.is_mounted:
            self.on_resize()

    def watch_kind(self) -> None:
        if self.is_mounted:
            current = self.current
            self._fill(current.id if current else None)

    @on(ClashList.Highlighted)
    def _highlighted(self) -> None:
        self._update_preview()
        self._keep()

    @on(ClashList.Opened)
    def _selected(self) -> None:
        self.action_open()

    # -- hooks the review session calls on whichever screen is on top ---------------

    def current_target(self) -> str | None:
        """The contradiction the review keys act on."""
        current = self.current
        return f"contradiction:{current.id}" if current else None

    def brief_scope(self) -> tuple[list[Statement], list[Contradiction], str] | None:
        """The contradictions listed, their statements, and which kind in words."""
        ids = dict.fromkeys(sid for c in self.shown for sid in (c.a, c.b))
        kind = KIND_NAMES.get(self.kind, self.kind) if self.kind else "all kinds"
        return [self.corpus.statements[i] for i in ids], list(self.shown), f"contradictions, {kind}"

    def review_changed(self) -> None:
        """Redraw the statuses."""
        if self.is_mounted:
            self.on_resize()

    def action_move(self, step: int) -> None:
        self.query_one(ClashList).action_cursor(step)

    def action_cycle_status(self) -> None:
        cycle: list[str | None] = [None, *CONTRADICTION_STATUSES]
        self.status = cycle[(cycle.index(self.status) + 1) % len(cycle)]

    def watch_status(self) -> None:
        if self.is_mounted:
            current = self.current
            self._fill(current.id if current else None)

    def session_state(self) -> dict[str, object]:
        current = self.current
        return {"screen": "contradictions", "kind": self.kind, "status": self.status,
                "selected": current.id if current else None}  # fmt: skip

    def action_cycle_kind(self) -> None:
        present = [k for k in CONTRADICTION_KINDS if any(c.kind == k for c in self.all)]
        cycle: list[str | None] = [None, *present]
        self.kind = cycle[(cycle.index(self.kind) + 1) % len(cycle)]

    def action_open(self) -> None:
        self.open_pair()

    def open_pair(self) -> None:
        """Open the selected contradiction's pair, stepping through the list as shown."""
        current = self.current
        if current is None:
            return
        from .pair import PairScreen

        def back(last: str | None) -> None:
            at = next((i for i, c in enumerate(self.shown) if c.id == last), None)
            if at is not None:
                self.query_one(ClashList).cursor = at

        at = self.query_one(ClashList).cursor
        pair = PairScreen(self.corpus, self.shown, at, self.status_of)
        self.app.push_screen(pair.data_bind(bidi=ContradictionsScreen.bidi), back)

    def action_back(self) -> None:
        self.app.pop_screen()
