"""A scrolling list of statements that formats and shapes only the rows on screen."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.events import Click, MouseScrollDown, MouseScrollUp
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from ..arabic.display import cell, parse_mode
from ..data.model import Statement
from ..data.query import Row
from .badges import THREAT_BADGE, WITHDRAWAL_BADGE

DATE_W = 10
ACTOR_W = 16
BADGE_W = 5
# Below this width the date column gives way, so the quote keeps room to be read.
WITH_DATE_FROM = 76

# Rows kept drawn: a few screens' worth at any width.
ROW_CACHE = 1024

# One cell for the review status; unreviewed stays blank so marks stand out.
REVIEW_MARK = {"unreviewed": " ", "reviewed": "✓", "disputed": "!"}

HitFinder = Callable[[str], Sequence[tuple[int, int]]]


# A listed statement is an index row: the statement and its actor.
ListItem = Row


class StatementList(Widget, can_focus=True):
    """Statements one per row: date, actor, stance and threat badges, the quote's start.

    It scrolls itself and draws its own scroll thumb instead of being a ScrollView: a new
    list of results then needs only a repaint, never a layout of the whole screen, which
    is what keeps a filter at the speed of a keypress with 100,000 statements.
    """

    BINDINGS = [
        Binding("down,j", "cursor(1)", "Down", show=False),
        Binding("up,k", "cursor(-1)", "Up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("home", "jump(0)", "First", show=False),
        Binding("end,G", "jump(-1)", "Last", show=False),
        Binding("enter", "open", "Open", show=False, tooltip="Read the statement in full"),
    ]

    COMPONENT_CLASSES = {
        "statement-list--cursor",
        "statement-list--date",
        "statement-list--actor",
        "statement-list--hit",
        "statement-list--review",
        "statement-list--supports",
        "statement-list--opposes",
        "statement-list--conditional",
        "statement-list--high",
        "statement-list--moderate",
        "statement-list--low",
        "statement-list--unspecified",
        "statement-list--thumb",
    }

    DEFAULT_CSS = """
    StatementList { height: 1fr; }
    """

    cursor: reactive[int] = reactive(0, always_update=True)
    mode: reactive[str] = reactive("visual")
    top: reactive[int] = reactive(0)

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
        self._items: Sequence[ListItem] = ()
        self._hits: HitFinder | None = None
        self._status_of: Callable[[str], str] | None = None
        self._row_cache: dict[tuple[object, ...], Strip] = {}
        self._styles: dict[tuple[str, bool], Style] = {}

    @property
    def items(self) -> Sequence[ListItem]:
        """The statements now listed."""
        return self._items

    @property
    def current(self) -> Statement | None:
        """The statement under the cursor."""
        if 0 <= self.cursor < len(self._items):
            return self._items[self.cursor].statement
        return None

    def show(
        self,
        items: Sequence[ListItem],
        hits: HitFinder | None,
        cursor: int = 0,
        status_of: Callable[[str], str] | None = None,
    ) -> None:
        """List `items`, marking search hits and review status, with the cursor at `cursor`."""
        self._items = items
        self._hits = hits
        self._status_of = status_of
        self.top = 0
        self.cursor = cursor
        self.refresh()

    def select_id(self, statement_id: str) -> bool:
        """Put the cursor on `statement_id`; whether it is listed."""
        for i, item in enumerate(self._items):
            if item.statement.id == statement_id:
                self.cursor = i
                return True
        return False

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self._items) - 1)) if self._items else 0

    def watch_cursor(self, old: int, new: int) -> None:
        self._keep_visible(new)
        self.refresh()
        self.post_message(self.Highlighted(self.current.id if self.current else None))

    def watch_mode(self) -> None:
        self._forget_rows()
        self.refresh()

    def watch_top(self) -> None:
        self.refresh()

    def validate_top(self, value: int) -> int:
        return max(0, min(value, len(self._items) - self.size.height))

    def _keep_visible(self, index: int) -> None:
        """Scroll just enough that row `index` is visible."""
        height = self.size.height
        if index < self.top:
            self.top = index
        elif height and index >= self.top + height:
            self.top = index - height + 1

    def on_resize(self) -> None:
        self._keep_visible(self.cursor)

    def on_mouse_scroll_down(self, event: MouseScrollDown) -> None:
        self.top += 3
        event.stop()

    def on_mouse_scroll_up(self, event: MouseScrollUp) -> None:
        self.top -= 3
        event.stop()

    def on_click(self, event: Click) -> None:
        self.cursor = self.top + event.y

    def action_cursor(self, delta: int) -> None:
        self.cursor += delta

    def action_page(self, direction: int) -> None:
        self.cursor += direction * max(1, self.size.height - 1)

    def action_jump(self, where: int) -> None:
        self.cursor = 0 if where == 0 else len(self._items) - 1

    def action_open(self) -> None:
        if self.current is not None:
            self.post_message(self.Opened(self.current.id))

    def notify_style_update(self) -> None:
        # Focus, theme and CSS changes restyle the rows: drawn rows and styles go stale.
        super().notify_style_update()
        self._forget_rows()

    def _forget_rows(self) -> None:
        self._row_cache.clear()
        self._styles.clear()

    def _style(self, name: str, cursor: bool = False) -> Style:
        """The whole style of one part of a row: the list's, the part's, then the cursor's.

        Textual works a widget's style out afresh at every call, a fraction of a
        millisecond each; a row needs seven, so they are kept until styles change.
        """
        key = (name, cursor)
        style = self._styles.get(key)
        if style is None:
            base = self._styles.get(("", False))
            if base is None:
                base = self._styles[("", False)] = self.rich_style
            style = base
            if name:
                style += self.get_component_rich_style(f"statement-list--{name}", partial=True)
            if cursor:
                style += self.get_component_rich_style("statement-list--cursor", partial=True)
            self._styles[key] = style
        return style

    def _row(self, index: int, width: int) -> Strip:
        """Row `index` drawn `width` cells wide, from the cache when nothing in it changed.

        Rows are kept by statement rather than by position, so a row that stays on screen
        when a filter changes or the list scrolls is not drawn again.
        """
        s = self._items[index].statement
        cursor = index == self.cursor
        hits = tuple(self._hits(s.quote_ar)) if self._hits else ()
        status = self._status_of(s.id) if self._status_of else "unreviewed"
        key = (s.id, s.withdrawal, s.threat, width, cursor, hits, status)
        row = self._row_cache.get(key)
        if row is None:
            if len(self._row_cache) >= ROW_CACHE:
                self._row_cache.clear()
            row = self._row_cache[key] = self._build_row(index, width, cursor, hits, status)
        return row

    def _build_row(self, index: int, width: int, cursor: bool,
                   hits: Sequence[tuple[int, int]], status: str) -> Strip:  # fmt: skip
        item = self._items[index]
        s, actor = item.statement, item.actor
        show_date = width >= WITH_DATE_FROM
        actor_w = ACTOR_W if show_date else 12
        fixed = 2 + (DATE_W + 1 if show_date else 0) + actor_w + 1 + BADGE_W + 1 + BADGE_W + 1
        quote_w = max(4, width - fixed)
        plain = self._style("", cursor)
        mark = REVIEW_MARK.get(status, "?")
        # Segments straight from plain strings: nothing here is read as markup.
        parts = [Segment(mark, self._style("review", cursor) if mark.strip() else plain),
                 Segment(" ", plain)]  # fmt: skip
        if show_date:
            parts += [Segment(f"{(s.said_on or '—'):<{DATE_W}}"[:DATE_W],
                              self._style("date", cursor)), Segment(" ", plain)]  # fmt: skip
        parts += [
            Segment(f"{actor.name_en:<{actor_w}}"[:actor_w], self._style("actor", cursor)),
            Segment(" ", plain),
            Segment(f"{WITHDRAWAL_BADGE[s.withdrawal]:<{BADGE_W}}",
                    self._style(s.withdrawal, cursor)),
            Segment(" ", plain),
            Segment(f"{THREAT_BADGE[s.threat]:<{BADGE_W}}", self._style(s.threat, cursor)),
            Segment(" ", plain),
        ]  # fmt: skip
        quote = cell(s.quote_ar, quote_w, parse_mode(self.mode), [(a, b, "hit") for a, b in hits])
        hit = self._style("hit", cursor)
        parts += [Segment(part.text, hit if part.tag else plain) for part in quote.segments]
        return Strip(parts).adjust_cell_length(width, plain)

    def render_line(self, y: int) -> Strip:
        index = self.top + y
        # The last column is the scroll thumb when the list is longer than the widget.
        scrolls = len(self._items) > self.size.height
        width = self.size.width - (1 if scrolls else 0)
        if index >= len(self._items) or width <= 0:
            row = Strip.blank(max(0, width), self.rich_style)
        else:
            row = self._row(index, width)
        if not scrolls:
            return row
        return Strip.join([row, Strip([self._thumb(y)])])

    def _thumb(self, y: int) -> Segment:
        height, total = self.size.height, len(self._items)
        size = max(1, height * height // total)
        start = (height - size) * self.top // max(1, total - height)
        if start <= y < start + size:
            return Segment("█", self._style("thumb"))
        return Segment("│", self._style("thumb"))
