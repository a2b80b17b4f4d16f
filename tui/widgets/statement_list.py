"""A scrolling list of statements that formats and shapes only the rows on screen."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from rich.segment import Segment
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from ..arabic.display import cell, parse_mode
from ..data.model import Statement
from ..data.query import Row
from .badges import REVIEW_MARK, THREAT_BADGE, WITHDRAWAL_BADGE
from .line_list import LineList, fitting_legend

DATE_W = 10
ACTOR_W = 16
BADGE_W = 5
# Below this width the date column gives way, so the quote keeps room to be read.
WITH_DATE_FROM = 76

# In the column after the review mark: a statement a correction took out of the filters'
# results, kept listed (and selected) until the filters change, so keys go on acting on it.
KEPT_MARK = "~"

# What the marks and badges of a row mean, most needed first; the legend under the list
# keeps as many as fit (`?` lists them all, with the badges).
LEGEND = ("✓ reviewed", "! disputed", "✗ rejected", "· no label", "— date unknown",
          "EXIT: LEAVE STAY COND", "ISIS: HIGH MOD LOW")  # fmt: skip


def legend(width: int) -> str:
    """The legend of the list's marks in at most `width` cells, as many entries as fit."""
    return fitting_legend(LEGEND, width)


HitFinder = Callable[[str], Sequence[tuple[int, int]]]


# A listed statement is an index row: the statement and its actor.
ListItem = Row


class StatementList(LineList):
    """Statements one per row: date, actor, stance and threat badges, the quote's start."""

    BINDINGS = [
        *LineList.BINDINGS,
        Binding(
            "enter",
            "open",
            "Open",
            id="statement-open",
            show=False,
            tooltip="Read the statement in full",
        ),
    ]

    PREFIX = "statement-list"
    COMPONENT_CLASSES = {
        "statement-list--cursor",
        "statement-list--date",
        "statement-list--actor",
        "statement-list--hit",
        "statement-list--reviewed",
        "statement-list--disputed",
        "statement-list--rejected",
        "statement-list--supports",
        "statement-list--opposes",
        "statement-list--conditional",
        "statement-list--high",
        "statement-list--moderate",
        "statement-list--low",
        "statement-list--unspecified",
        "statement-list--thumb",
    }

    mode: reactive[str] = reactive("visual")

    class Highlighted(Message):
        """The cursor moved onto a statement."""

        def __init__(self, statement_id: str | None) -> None:
            self.statement_id = statement_id
            super().__init__()

    class Opened(Message):
        """The analyst pressed Enter on a statement."""

        def __init__(self, statement_id: str) -> None:
            self.statement_id = statement_id
            super().__init__()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._hits: HitFinder | None = None
        self._status_of: Callable[[str], str] | None = None
        self._kept: Collection[str] = ()

    @property
    def items(self) -> Sequence[ListItem]:
        """The statements now listed."""
        return self._items

    @property
    def current(self) -> Statement | None:
        """The statement under the cursor."""
        if 0 <= self.cursor < len(self.items):
            return self.items[self.cursor].statement
        return None

    def show(
        self,
        items: Sequence[ListItem],
        hits: HitFinder | None,
        cursor: int = 0,
        status_of: Callable[[str], str] | None = None,
        empty: Sequence[str] = (),
        kept: Collection[str] = (),
    ) -> None:
        """List `items`, marking search hits and review status, with the cursor at `cursor`;
        with no items, the lines of `empty` say why. The statements of `kept` are listed
        though the filters no longer pass them, and marked so."""
        self._hits = hits
        self._status_of = status_of
        self._kept = kept
        self.empty_message = tuple(empty)
        self.show_items(items, cursor)

    def select_id(self, statement_id: str) -> bool:
        """Put the cursor on `statement_id`; whether it is listed."""
        for i, item in enumerate(self._items):
            if item.statement.id == statement_id:
                self.cursor = i
                return True
        return False

    def watch_mode(self) -> None:
        self.forget_rows()

    def highlighted(self) -> None:
        self.post_message(self.Highlighted(self.current.id if self.current else None))

    def opened(self) -> None:
        if self.current is not None:
            self.post_message(self.Opened(self.current.id))

    def _hits_in(self, statement: Statement) -> tuple[tuple[int, int], ...]:
        return tuple(self._hits(statement.quote_ar)) if self._hits else ()

    def row_key(self, index: int) -> tuple[object, ...]:
        # By statement rather than by position, so a row that stays on screen when a
        # filter changes or the list scrolls is not drawn again.
        s = self._items[index].statement
        status = self._status_of(s.id) if self._status_of else "unreviewed"
        actor = self._items[index].actor
        return (s.id, actor.id, actor.name_en, s.start, s.end, s.said_on, s.withdrawal,
                s.threat, self._hits_in(s), status, s.id in self._kept)  # fmt: skip

    def header(self, width: int) -> str:
        """The column titles over rows `width` cells wide: EXIT is the stance on the
        withdrawal (LEAVE, STAY, COND), ISIS the threat assessment (HIGH, MOD, LOW)."""
        show_date = width >= WITH_DATE_FROM
        actor_w = ACTOR_W if show_date else 12
        date = f"{'SAID':<{DATE_W}} " if show_date else ""
        return f"  {date}{'ACTOR':<{actor_w}} {'EXIT':<{BADGE_W}} {'ISIS':<{BADGE_W}} QUOTE"

    def build_row(self, index: int, width: int, cursor: bool) -> Strip:
        item = self._items[index]
        s, actor = item.statement, item.actor
        status = self._status_of(s.id) if self._status_of else "unreviewed"
        show_date = width >= WITH_DATE_FROM
        actor_w = ACTOR_W if show_date else 12
        fixed = 2 + (DATE_W + 1 if show_date else 0) + actor_w + 1 + BADGE_W + 1 + BADGE_W + 1
        quote_w = max(4, width - fixed)
        style = self.part_style
        plain = style("", cursor)
        mark = REVIEW_MARK.get(status, "?")
        # Segments straight from plain strings: nothing here is read as markup.
        parts = [Segment(mark, style(status, cursor) if mark.strip() else plain),
                 Segment(KEPT_MARK if s.id in self._kept else " ", plain)]  # fmt: skip
        if show_date:
            parts += [Segment(f"{(s.said_on or '—'):<{DATE_W}}"[:DATE_W], style("date", cursor)),
                      Segment(" ", plain)]  # fmt: skip
        # The English name, which an analyst may write in Arabic: a cell of the engine's.
        name = cell(actor.name_en, actor_w, parse_mode(self.mode))
        parts += [Segment(part.text, style("actor", cursor)) for part in name.segments]
        parts += [
            Segment(" " * max(0, actor_w - name.cells), style("actor", cursor)),
            Segment(" ", plain),
            Segment(f"{WITHDRAWAL_BADGE[s.withdrawal]:<{BADGE_W}}", style(s.withdrawal, cursor)),
            Segment(" ", plain),
            Segment(f"{THREAT_BADGE[s.threat]:<{BADGE_W}}", style(s.threat, cursor)),
            Segment(" ", plain),
        ]
        hits = [(a, b, "hit") for a, b in self._hits_in(s)]
        quote = cell(s.quote_ar, quote_w, parse_mode(self.mode), hits)
        hit = style("hit", cursor)
        parts += [Segment(part.text, hit if part.tag else plain) for part in quote.segments]
        return Strip(parts).adjust_cell_length(width, plain)
