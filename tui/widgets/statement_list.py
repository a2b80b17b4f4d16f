"""A scrolling list of statements that formats and shapes only the rows on screen."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..data.model import Statement
from ..data.query import Row
from .arabic import cell_text
from .badges import THREAT_BADGE, WITHDRAWAL_BADGE

DATE_W = 10
ACTOR_W = 16
BADGE_W = 5
# Below this width the date column gives way, so the quote keeps room to be read.
WITH_DATE_FROM = 76

# One cell for the review status; unreviewed stays blank so marks stand out.
REVIEW_MARK = {"unreviewed": " ", "reviewed": "✓", "disputed": "!"}

HitFinder = Callable[[str], Sequence[tuple[int, int]]]


# A listed statement is an index row: the statement and its actor.
ListItem = Row


class StatementList(ScrollView, can_focus=True):
    """Statements one per row: date, actor, stance and threat badges, the quote's start."""

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
    }

    DEFAULT_CSS = """
    StatementList { height: 1fr; }
    """

    cursor: reactive[int] = reactive(0, always_update=True)
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
        self._items: Sequence[ListItem] = ()
        self._hits: HitFinder | None = None
        self._status_of: Callable[[str], str] | None = None
        self._render_row = lru_cache(maxsize=512)(self._build_row)

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
        self._render_row.cache_clear()
        self.virtual_size = Size(self.size.width, len(items))
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
        self.scroll_to_region_y(new)
        self.refresh()
        self.post_message(self.Highlighted(self.current.id if self.current else None))

    def watch_mode(self) -> None:
        self._render_row.cache_clear()
        self.refresh()

    def scroll_to_region_y(self, index: int) -> None:
        """Scroll just enough that row `index` is visible."""
        top = self.scroll_offset.y
        height = self.scrollable_content_region.height
        if index < top:
            self.scroll_to(y=index, animate=False)
        elif height and index >= top + height:
            self.scroll_to(y=index - height + 1, animate=False)

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self._items))
        self._render_row.cache_clear()

    def action_cursor(self, delta: int) -> None:
        self.cursor += delta

    def action_page(self, direction: int) -> None:
        self.cursor += direction * max(1, self.scrollable_content_region.height - 1)

    def action_jump(self, where: int) -> None:
        self.cursor = 0 if where == 0 else len(self._items) - 1

    def action_open(self) -> None:
        if self.current is not None:
            self.post_message(self.Opened(self.current.id))

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"statement-list--{name}", partial=True)

    def _build_row(self, index: int, width: int, cursor: bool) -> Strip:
        item = self._items[index]
        s, actor = item.statement, item.actor
        show_date = width >= WITH_DATE_FROM
        actor_w = ACTOR_W if show_date else 12
        fixed = 2 + (DATE_W + 1 if show_date else 0) + actor_w + 1 + BADGE_W + 1 + BADGE_W + 1
        quote_w = max(4, width - fixed)
        spans = [(a, b, "hit") for a, b in self._hits(s.quote_ar)] if self._hits else []
        quote = cell_text(
            s.quote_ar, quote_w, self.mode, spans, {"hit": self._style("hit")}
        )
        line = Text(no_wrap=True, overflow="crop")
        status = self._status_of(s.id) if self._status_of else "unreviewed"
        mark = REVIEW_MARK.get(status, "?")
        line.append(mark, self._style("review") if mark.strip() else "")
        line.append(" ")
        if show_date:
            line.append(f"{(s.said_on or '—'):<{DATE_W}}"[:DATE_W], self._style("date"))
            line.append(" ")
        line.append(f"{actor.name_en:<{actor_w}}"[:actor_w], self._style("actor"))
        line.append(" ")
        line.append(f"{WITHDRAWAL_BADGE[s.withdrawal]:<{BADGE_W}}", self._style(s.withdrawal))
        line.append(" ")
        line.append(f"{THREAT_BADGE[s.threat]:<{BADGE_W}}", self._style(s.threat))
        line.append(" ")
        line.append_text(quote)
        # The cursor style goes on last, so its background wins over each cell's own.
        post = self._style("cursor") if cursor else None
        segments = Segment.apply_style(line.render(self.app.console), self.rich_style, post)
        return Strip(list(segments)).adjust_cell_length(width, self.rich_style + (post or Style()))

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        if index >= len(self._items) or width <= 0:
            return Strip.blank(width, self.rich_style)
        focused_cursor = index == self.cursor
        return self._render_row(index, width, focused_cursor)
