"""The contradictions list's rows: severity, kind, the two actors, the dates, the review
mark, drawn only when on screen; the column titles and the legend that go with them."""

from __future__ import annotations

from collections.abc import Callable

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from ..data.contradictions import deadline_in
from ..data.model import Contradiction, Corpus
from .arabic import cell_text
from .badges import REVIEW_MARK
from .line_list import LineList, fitting_legend

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
    return fitting_legend(LEGEND, width)


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
