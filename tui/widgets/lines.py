"""Text from data set in the app's English, styled, drawn through tui.arabic.lines."""

from __future__ import annotations

from collections.abc import Iterable

from rich.segment import Segment as RichSegment
from rich.style import Style, StyleType
from rich.text import Text
from textual.geometry import Size
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from ..arabic.display import Mode, Row, parse_mode
from ..arabic.lines import Line, Run, cut, field, lay_out, prose, words


class Lines:
    """Lines of words and data fields, each with a style: what a widget shows, built in order.

    `add` takes the app's own words, `data` a field of data (a name, an outlet, a role),
    `prose` English text from data with Arabic phrases in it; a newline starts a new line.
    Nothing added is read as markup, and data is sanitised when drawn.
    """

    def __init__(self, text: str = "", style: StyleType = "") -> None:
        self._lines: list[list[Run]] = [[]]
        self._styles: dict[str, Style] = {}
        if text:
            self.add(text, style)

    def _tag(self, style: StyleType) -> str | None:
        if not style:
            return None
        parsed = Style.parse(style) if isinstance(style, str) else style
        tag = str(parsed)
        self._styles[tag] = parsed
        return tag

    def _append(self, runs: Iterable[Run]) -> Lines:
        for run in runs:
            parts = run.text.split("\n")
            for i, part in enumerate(parts):
                if i:
                    self._lines.append([])
                if part:
                    self._lines[-1].append(Run(part, run.tag, run.isolated))
        return self

    def add(self, text: str, style: StyleType = "") -> Lines:
        """The app's own words (English), in the line's direction."""
        return self._append([words(text, self._tag(style))])

    def data(self, text: str, style: StyleType = "") -> Lines:
        """A field of data, drawn in its own direction and kept whole."""
        return self._append([field(text, self._tag(style))])

    def prose(self, text: str, style: StyleType = "") -> Lines:
        """English prose from data; each Arabic phrase in it drawn as a field."""
        return self._append(prose(text, self._tag(style)))

    def join(self, items: Iterable[str], separator: str = ", ", style: StyleType = "") -> Lines:
        """Fields of data one after the other, `separator` (the app's words) between them."""
        for i, item in enumerate(items):
            if i:
                self.add(separator, style)
            self.data(item, style)
        return self

    def newline(self) -> Lines:
        """Start a new line."""
        self._lines.append([])
        return self

    def extend(self, other: Lines) -> Lines:
        """Go on with the lines of `other`, its first line continuing this one's last."""
        self._styles.update(other._styles)
        for i, line in enumerate(other._lines):
            if i:
                self._lines.append([])
            self._lines[-1].extend(line)
        return self

    @property
    def lines(self) -> tuple[Line, ...]:
        """The lines, as runs."""
        return tuple(tuple(line) for line in self._lines)

    @property
    def plain(self) -> str:
        """The text in logical order, lines joined by newlines."""
        return "\n".join("".join(run.text for run in line) for line in self._lines)

    def __bool__(self) -> bool:
        return any(self._lines[0]) or len(self._lines) > 1

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Lines) and (self.lines, self._styles) == (
            other.lines, other._styles)  # fmt: skip

    __hash__ = None  # type: ignore[assignment]  # built up in place

    def rows(self, width: int, mode: str = "visual") -> list[Row]:
        """Every line laid out in `width` cells, wrapped by the display engine."""
        chosen = parse_mode(mode)
        return [row for line in self.lines for row in lay_out(line, width, chosen)]

    def cut_rows(self, width: int, mode: str = "visual") -> list[Row]:
        """Every line on one row of `width` cells, cut at its logical end with an ellipsis."""
        chosen = parse_mode(mode)
        return [cut(line, width, chosen) for line in self.lines]

    def style_of(self, tag: str | None) -> Style | None:
        """The style a tag stands for."""
        return self._styles.get(tag) if tag is not None else None

    def text(self, width: int, mode: str = "visual", *, wrap: bool = True) -> Text:
        """A Rich Text of the rows (wrapped, or each line cut to one row), trailing padding
        left out: for places that take a Text, such as an option's prompt."""
        rows = self.rows(width, mode) if wrap else self.cut_rows(width, mode)
        out = Text(no_wrap=True, overflow="crop", end="")
        for i, row in enumerate(rows):
            if i:
                out.append("\n")
            out.append_text(self.row_text(row))
        return out

    def row_text(self, row: Row) -> Text:
        """One row as a Rich Text, its trailing padding left out."""
        out = Text(no_wrap=True, overflow="crop", end="")
        segments = row.segments[:-1] if row.padding and not row.rtl else row.segments
        for segment in segments:
            style = self.style_of(segment.tag)
            out.append(segment.text, style or "")
        return out


# Notifications are 76 cells wide, at most the whole rack (styles/app.tcss), less a padding
# of one cell each side and a one-cell border on the left.
TOAST_WIDTH, TOAST_SHARE, TOAST_FRAME = 76, 1, 3


def notice(message: str, screen_width: int, mode: str) -> str:
    """`message`, English that may name actors or outlets in Arabic, as the rows of a
    notification: wrapped by the display engine so Textual has nothing left to wrap."""
    # The rack the toasts sit in is one column narrower than the screen (measured at 40,
    # 80, 120 and 200 columns), and a toast may take all of it.
    width = max(10, min(TOAST_WIDTH, (screen_width - 1) // TOAST_SHARE) - TOAST_FRAME)
    rows = Lines().prose(message).rows(width, mode)
    return "\n".join(row.text[: len(row.text) - row.padding] if not row.rtl else row.text
                     for row in rows)  # fmt: skip


class DataText(Widget):
    """Lines of the app's words and data, wrapped to the widget's width and drawn for `mode`."""

    DEFAULT_CSS = """
    DataText {
        height: auto;
    }
    """

    mode: reactive[Mode] = reactive[Mode]("visual", layout=True)

    def __init__(
        self,
        lines: Lines | None = None,
        *,
        mode: str = "visual",
        wrap: bool = True,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        """Draw `lines`; with `wrap` off each line takes one row, cut with an ellipsis."""
        super().__init__(id=id, classes=classes)
        self._lines = lines if lines is not None else Lines()
        self.wrap = wrap
        self.set_reactive(DataText.mode, parse_mode(mode))

    def validate_mode(self, mode: str) -> Mode:
        """Accept any spelling parse_mode accepts; refuse unknown modes loudly."""
        return parse_mode(mode)

    @property
    def lines(self) -> Lines:
        """What the widget shows."""
        return self._lines

    def update(self, lines: Lines | str = "") -> None:
        """Show `lines` (a string is the app's own words)."""
        new = lines if isinstance(lines, Lines) else Lines(lines)
        if new == self._lines:
            return
        self._lines = new
        self.refresh(layout=True)

    def rows(self, width: int | None = None) -> list[Row]:
        """The rows drawn at `width` (the widget's own by default)."""
        width = self.size.width if width is None else width
        if self.wrap:
            return self._lines.rows(width, self.mode)
        return self._lines.cut_rows(width, self.mode)

    def render(self) -> Text:
        """The lines in logical order (what is drawn comes from render_line)."""
        return Text(self._lines.plain)

    def get_content_width(self, container: Size, viewport: Size) -> int:
        """The width of the widest line, up to the container's width."""
        rows = self._lines.rows(container.width, "raw")
        return max((row.cells for row in rows), default=0)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """The number of rows the lines take at `width`."""
        return len(self.rows(width))

    def render_line(self, y: int) -> Strip:
        """Row `y`, each run in its style over the widget's."""
        width = self.size.width
        base = self.rich_style
        rows = self.rows(width)
        if y >= len(rows):
            return Strip.blank(width, base)
        segments = []
        for part in rows[y].segments:
            style = self._lines.style_of(part.tag)
            segments.append(RichSegment(part.text, base + style if style else base))
        return Strip(segments).adjust_cell_length(width, base)
