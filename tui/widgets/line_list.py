"""A keyboard list of one row per item that scrolls itself and draws only the rows on screen."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.events import Click, MouseScrollDown, MouseScrollUp
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from .lines import Lines


def fitting_legend(entries: Sequence[str], width: int) -> str:
    """As many of a list's legend `entries`, in order, as fit in `width` cells (a border's
    subtitle), spaced by two; "" when not even the first does."""
    shown = ""
    for entry in entries:
        longer = f"{shown}  {entry}" if shown else entry
        if len(longer) + 2 > width:
            break
        shown = longer
    return f" {shown} " if shown else ""


# Rows kept drawn: a few screens' worth at any width.
ROW_CACHE = 1024


class LineList(Widget, can_focus=True):
    """Rows drawn on demand for a sequence of any length, with a cursor and a scroll thumb.

    It scrolls itself and draws its own thumb instead of being a ScrollView: a new list
    then needs only a repaint, never a layout of the whole screen, and nothing is measured
    or formatted for rows off screen, which keeps lists of 100,000 items at the speed of a
    keypress. Subclasses draw a row (`build_row`), say what makes a row look different
    (`row_key`) and what moving or opening means (`highlighted`, `opened`).
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor(1)", "Down", id="list-down", show=False,
                tooltip="Move to the next row"),
        Binding("up,k", "cursor(-1)", "Up", id="list-up", show=False,
                tooltip="Move to the previous row"),
        Binding("pagedown", "page(1)", "Page down", id="list-page-down", show=False,
                tooltip="Move a screenful down"),
        Binding("pageup", "page(-1)", "Page up", id="list-page-up", show=False,
                tooltip="Move a screenful up"),
        Binding("home", "jump(0)", "First", id="list-first", show=False,
                tooltip="Move to the first row"),
        Binding("end,G", "jump(-1)", "Last", id="list-last", show=False,
                tooltip="Move to the last row"),
    ]  # fmt: skip

    # The component classes' prefix: `<PREFIX>--cursor`, `<PREFIX>--thumb` and the parts.
    PREFIX: ClassVar[str] = "line-list"

    DEFAULT_CSS = """
    LineList { height: 1fr; }
    """

    cursor: reactive[int] = reactive(0, always_update=True)
    top: reactive[int] = reactive(0)
    mode: reactive[str] = reactive("visual")  # how the display engine draws Arabic

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._items: Sequence[Any] = ()
        # What the list says when it has no items (why, and how to get some), one line each.
        self.empty_message: tuple[str, ...] = ()
        self._row_cache: dict[tuple[object, ...], Strip] = {}
        self._styles: dict[tuple[str, bool], Style] = {}

    @property
    def items(self) -> Sequence[Any]:
        """The items now listed."""
        return self._items

    def show_items(self, items: Sequence[Any], cursor: int = 0) -> None:
        """List `items` with the cursor at `cursor`, from the top."""
        self._items = items
        self.top = 0
        self.cursor = cursor
        self.refresh()

    def row_width(self) -> int:
        """The cells a row takes: the list's, less the scroll thumb's column when it scrolls."""
        scrolls = len(self._items) > self.size.height
        return max(0, self.content_size.width - (1 if scrolls else 0))

    # -- what subclasses fill in --------------------------------------------------------

    def header(self, width: int) -> str:
        """The column titles over rows `width` cells wide (none by default)."""
        return ""

    def row_key(self, index: int) -> tuple[object, ...]:
        """What decides how row `index` looks, besides its width and the cursor."""
        return (index,)

    def build_row(self, index: int, width: int, cursor: bool) -> Strip:
        """Row `index` drawn `width` cells wide."""
        raise NotImplementedError

    def highlighted(self) -> None:
        """The cursor moved: tell whoever listens."""

    def opened(self) -> None:
        """Enter was pressed on the row under the cursor."""

    # -- styles ---------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        # Focus, theme and CSS changes restyle the rows: drawn rows and styles go stale.
        super().notify_style_update()
        self.forget_rows()

    def forget_rows(self) -> None:
        """Draw every row again when next shown (its look changed in a way keys miss)."""
        self._row_cache.clear()
        self._styles.clear()
        self.refresh()

    def part_style(self, name: str, cursor: bool = False) -> Style:
        """The whole style of one part of a row: the list's, the part's, then the cursor's.

        Textual works a widget's style out afresh at every call, a fraction of a
        millisecond each; a row asks for several, so they are kept until styles change.
        """
        key = (name, cursor)
        style = self._styles.get(key)
        if style is None:
            base = self._styles.get(("", False))
            if base is None:
                base = self._styles[("", False)] = self.rich_style
            style = base + self.own_style(name) if name else base
            if cursor:
                style += self.own_style("cursor")
            self._styles[key] = style
        return style

    def own_style(self, name: str) -> Style:
        """One part's own style from the stylesheet (`<PREFIX>--<name>`), without the list's."""
        key = (f"--{name}", False)
        style = self._styles.get(key)
        if style is None:
            style = self.get_component_rich_style(f"{self.PREFIX}--{name}", partial=True)
            self._styles[key] = style
        return style

    # -- cursor and scrolling -----------------------------------------------------------

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self._items) - 1)) if self._items else 0

    def watch_cursor(self) -> None:
        self._keep_visible(self.cursor)
        self.refresh()
        self.highlighted()

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
        if 0 <= self.cursor < len(self._items):
            self.opened()

    # -- drawing --------------------------------------------------------------------------

    def _row(self, index: int, width: int) -> Strip:
        """Row `index`, from the cache when nothing that shows in it has changed."""
        cursor = index == self.cursor
        key = (*self.row_key(index), width, cursor)
        row = self._row_cache.get(key)
        if row is None:
            if len(self._row_cache) >= ROW_CACHE:
                self._row_cache.clear()
            row = self._row_cache[key] = self.build_row(index, width, cursor)
        return row

    def render_line(self, y: int) -> Strip:
        index = self.top + y
        # The last column is the scroll thumb when the list is longer than the widget.
        scrolls = len(self._items) > self.size.height
        width = self.size.width - (1 if scrolls else 0)
        if not self._items and self.empty_message and width > 0:
            row = self._empty_row(y, width)
        elif index >= len(self._items) or width <= 0:
            row = Strip.blank(max(0, width), self.rich_style)
        else:
            row = self._row(index, width)
        if not scrolls:
            return row
        return Strip.join([row, Strip([self._thumb(y)])])

    def _empty_row(self, y: int, width: int) -> Strip:
        """Row `y` of the `empty_message`, wrapped to the width by the display engine after
        a blank row; a line is never read as markup, and Arabic in it (a searched word) is
        shaped and ordered."""
        message = Lines()
        for line in self.empty_message:
            message.newline().prose(line).newline()
        rows = message.rows(max(8, width - 2), self.mode)
        if y >= len(rows):
            return Strip.blank(width, self.rich_style)
        segments = [Segment(" ", self.rich_style)]
        segments += [Segment(part.text, self.rich_style) for part in rows[y].segments]
        return Strip(segments).adjust_cell_length(width, self.rich_style)

    def _thumb(self, y: int) -> Segment:
        height, total = self.size.height, len(self._items)
        size = max(1, height * height // total)
        start = (height - size) * self.top // max(1, total - height)
        glyph = "█" if start <= y < start + size else "│"
        return Segment(glyph, self.part_style("thumb"))


class ColumnHeader(Widget):
    """One row of column titles over a LineList, aligned with its rows."""

    DEFAULT_CSS = """
    ColumnHeader { height: 1; }
    """

    def __init__(self, rows: LineList, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows = rows

    def render(self) -> Text:
        # The titles are the app's own words: a plain Text, never read as markup.
        width = self.rows.row_width() or self.size.width
        return Text(self.rows.header(width), no_wrap=True, overflow="crop", end="")
