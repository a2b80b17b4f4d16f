"""The contradictions screen: every clash, worst first, filterable by kind, Enter opens a pair."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive, var
from textual.strip import Strip
from textual.widgets import Static

from ..data.contradictions import deadline_in, find_contradictions
from ..data.model import CONTRADICTION_KINDS, Contradiction, Corpus, Statement
from ..data.review import CONTRADICTION_STATUSES
from ..resources import styles_dir
from ..widgets.arabic import cell_text
from ..widgets.badges import REVIEW_MARK
from ..widgets.key_bar import KeyBar
from ..widgets.line_list import LineList
from ..widgets.lines import DataText, Lines
from .base import MawqifScreen

StatusOf = Callable[[str], str]

# What the analyst reads for each kind and severity: text first, so NO_COLOR still reads.
KIND_NAMES = {
    "deadline": "deadline",
    "withdrawal": "stance",
    "threat": "threat",
    "factual": "factual",
    "self": "self",
}
SEVERITY_BADGE = {"high": "HIGH", "medium": "MED", "low": "LOW"}
SEV_W, KIND_W, DATES_W, STATUS_W = 4, 8, 17, 12

HELP = """\
## Contradictions

Every pair of statements that clash, **worst first**: deadlines that disagree (September 2025
against September 2026), withdrawal stances (supports against opposes), ISIS-threat
assessments (high against low), facts, and one actor saying both. Most are worked out from
the labels and deadlines; the **curated** ones carry an analyst's rationale.

The **dates** column shows the two due dates for a deadline clash and the dates said for the
others. `f` cycles the kind shown, `Enter` opens the pair side by side, `Escape` goes back.
"""


def unreviewed(_contradiction_id: str) -> str:
    """The review status until the annotation store exists: every pair is unreviewed."""
    return "unreviewed"


def clash_dates(corpus: Corpus, c: Contradiction) -> tuple[str, str, bool]:
    """The two dates to show and whether they are due dates (a deadline clash) or dates said."""
    sides = [(corpus.statements[c.a], c.span_a), (corpus.statements[c.b], c.span_b)]
    deadlines = [deadline_in(s, span) for s, span in sides]
    if c.kind in ("deadline", "self") and all(d is not None for d in deadlines):
        due = ["open" if d.is_indefinite else d.due for d in deadlines if d is not None]
        return due[0], due[1], True
    said = [(s.said_on or "—")[:7] for s, _ in sides]
    return said[0], said[1], False


def short_name(name: str) -> str:
    """An actor's English name without its parenthetical gloss, for narrow columns."""
    return name.split(" (", 1)[0]


def _fit(text: str, width: int) -> str:
    """`text` cut or padded to exactly `width` cells, with an ellipsis when cut."""
    return text.ljust(width) if len(text) <= width else text[: max(width - 1, 0)] + "…"


def name_cell(name: str, width: int, mode: str) -> Text:
    """An actor's name as a column of exactly `width` cells, drawn for `mode`."""
    cell = cell_text(name, width, mode)
    cell.pad_right(max(0, width - cell.cell_len))
    return cell


def clash_row(
    corpus: Corpus,
    c: Contradiction,
    status: str,
    width: int,
    style: Callable[[str], Style],
    mode: str = "visual",
) -> Text:
    """One list row: severity, kind, the two actors, the two dates and the review status.

    `style` maps a part (high, medium, low, date, status) to its style from the stylesheet;
    the actors' names, which an analyst may write in Arabic, are drawn for `mode`.
    """
    actor_w = max(6, (width - (SEV_W + KIND_W + DATES_W + STATUS_W + 8)) // 2)
    a, b = (short_name(corpus.actors[corpus.statements[sid].actor].name_en) for sid in (c.a, c.b))
    date_a, date_b, due = clash_dates(corpus, c)
    row = Text(no_wrap=True, overflow="ellipsis")
    row.append(_fit(SEVERITY_BADGE.get(c.severity, c.severity), SEV_W), style(c.severity))
    row.append(" ")
    row.append(_fit(KIND_NAMES.get(c.kind, c.kind), KIND_W))
    row.append(" ")
    row.append_text(name_cell(a, actor_w, mode))
    row.append(" vs ", "dim")
    row.append_text(name_cell(b, actor_w, mode))
    row.append(" ")
    # Due dates that differ are the clash; dates said are context, so they get no "≠".
    dates = _fit(f"{date_a:>7} {'≠' if due else '·'} {date_b:<7}", DATES_W)
    row.append(dates, style("due") if due else style("said"))
    row.append(" ")
    # The mark's shape tells the statuses apart without colour, as in the statements list.
    row.append(_fit(f"{REVIEW_MARK.get(status, '?')} {status}", STATUS_W), style("status"))
    return row


# What the list's marks mean, most needed first; the legend under it keeps what fits.
LEGEND = ("≠ due dates clash", "· dates said", "— unknown", "open: no end date",
          "✓ reviewed", "! disputed", "✗ dismissed")  # fmt: skip


def legend(width: int) -> str:
    """The legend of the list's dates and marks in at most `width` cells."""
    shown = ""
    for entry in LEGEND:
        longer = f"{shown}  {entry}" if shown else entry
        if len(longer) + 2 > width:
            break
        shown = longer
    return f" {shown} " if shown else ""


def header_row(width: int) -> Text:
    """The column titles, aligned with `clash_row`."""
    actor_w = max(6, (width - (SEV_W + KIND_W + DATES_W + STATUS_W + 8)) // 2)
    titles = (
        f"{_fit('SEV', SEV_W)} {_fit('KIND', KIND_W)} {_fit('FIRST', actor_w)}    "
        f"{_fit('SECOND', actor_w)} {_fit('     DATES', DATES_W)} {_fit('  STATUS', STATUS_W)}"
    )
    return Text(titles, no_wrap=True, overflow="ellipsis")


class ClashList(LineList):
    """The contradictions one per row, drawn only when on screen: there may be tens of
    thousands of them in a large workspace."""

    BINDINGS = [
        *LineList.BINDINGS,
        # The one Enter of the screen: the list has the focus and answers it first.
        Binding("enter", "open", "Open pair", id="clash-open",
                tooltip="Open the pair side by side"),
    ]  # fmt: skip

    PREFIX = "clash-list"
    mode: reactive[str] = reactive("visual")
    COMPONENT_CLASSES = {
        "clash-list--cursor", "clash-list--thumb",
        "clash-list--high", "clash-list--medium", "clash-list--low",
        "clash-list--due", "clash-list--said", "clash-list--status",
    }  # fmt: skip

    class Highlighted(Message):
        """The cursor moved onto a contradiction."""

    class Opened(Message):
        """The analyst pressed Enter on a contradiction."""

    def __init__(self, corpus: Corpus, status_of: StatusOf, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.corpus = corpus
        self.status_of = status_of

    def row_key(self, index: int) -> tuple[object, ...]:
        c: Contradiction = self.items[index]
        return (c.id, self.status_of(c.id))

    def build_row(self, index: int, width: int, cursor: bool) -> Strip:
        c: Contradiction = self.items[index]
        text = clash_row(self.corpus, c, self.status_of(c.id), width, self.own_style, self.mode)
        post = self.own_style("cursor") if cursor else None
        segments = Segment.apply_style(text.render(self.app.console), self.part_style(""), post)
        return Strip(list(segments)).adjust_cell_length(width, self.part_style("", cursor))

    def watch_mode(self) -> None:
        self.forget_rows()

    def highlighted(self) -> None:
        self.post_message(self.Highlighted())

    def opened(self) -> None:
        self.post_message(self.Opened())


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
            mode=ContradictionsScreen.bidi)
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
            preview.prose(c.explanation).newline().add(f"{c.origin} · ", "dim").data(c.id, "dim")
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
