"""Widgets and table cells that draw Arabic (or mixed) text through tui.arabic.display."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.geometry import Size
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from tui.arabic.display import Mode, Row, cell, layout, parse_mode

Highlight = tuple[int, int, str]

# What a tag looks like when the caller gave no style for it: visible without colour too.
_FALLBACK_HIGHLIGHT = Style(bold=True, reverse=True)


def cell_text(
    text: str,
    width: int,
    mode: str = "visual",
    highlights: Sequence[Highlight] = (),
    styles: Mapping[str, Style] | None = None,
) -> Text:
    """`text` as one table cell of `width` cells: cut at its logical end, right-aligned if RTL."""
    row = cell(text, width, parse_mode(mode), highlights)
    return _row_text(row, styles or {})


def _row_text(row: Row, styles: Mapping[str, Style]) -> Text:
    """A Rich Text of a row, built from plain strings so nothing in it is read as markup."""
    out = Text(no_wrap=True, overflow="crop")
    for segment in row.segments:
        if segment.tag is None:
            out.append(segment.text)
        else:
            out.append(segment.text, styles.get(segment.tag, _FALLBACK_HIGHLIGHT))
    return out


class ArabicText(Widget):
    """A paragraph of Arabic or mixed text, wrapped to the widget's width and drawn for `mode`.

    Highlights are (start, end, tag) offsets into `text`; a tag is drawn with the component
    class `ArabicText--<tag>` (hit, cue-a, cue-b, quote, mark, cursor), or bold reverse if
    there is none.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "ArabicText--hit",
        "ArabicText--cue-a",
        "ArabicText--cue-b",
        "ArabicText--quote",
        "ArabicText--mark",
        "ArabicText--cursor",
    }

    # Every highlight is bold and reversed or underlined as well as coloured, so it still
    # shows under NO_COLOR and on 16-colour terminals; the two cues differ without colour too.
    DEFAULT_CSS = """
    ArabicText {
        height: auto;
    }
    ArabicText > .ArabicText--hit {
        color: $warning;
        text-style: bold reverse;
    }
    ArabicText > .ArabicText--cue-a {
        color: $success;
        text-style: bold reverse;
    }
    ArabicText > .ArabicText--cue-b {
        color: $primary;
        text-style: bold reverse underline;
    }
    ArabicText > .ArabicText--quote {
        text-style: bold underline;
    }
    ArabicText > .ArabicText--mark {
        text-style: reverse;
    }
    ArabicText > .ArabicText--cursor {
        color: $warning;
        text-style: bold reverse underline;
    }
    """

    text: reactive[str] = reactive("", layout=True)
    highlights: reactive[tuple[Highlight, ...]] = reactive((), layout=True)
    mode: reactive[Mode] = reactive[Mode]("visual", layout=True)

    def __init__(
        self,
        text: str = "",
        *,
        highlights: Sequence[Highlight] = (),
        mode: Mode = "visual",
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self.set_reactive(ArabicText.text, text)
        self.set_reactive(ArabicText.highlights, self.validate_highlights(highlights))
        self.set_reactive(ArabicText.mode, parse_mode(mode))

    def validate_mode(self, mode: str) -> Mode:
        """Accept any spelling parse_mode accepts; refuse unknown modes loudly."""
        return parse_mode(mode)

    def validate_highlights(self, highlights: Sequence[Highlight]) -> tuple[Highlight, ...]:
        """Store highlights as a tuple, so they can key the layout cache."""
        return tuple((start, end, tag) for start, end, tag in highlights)

    @property
    def rows(self) -> tuple[Row, ...]:
        """The rows drawn at the widget's current width."""
        return layout(self.text, self.size.width, self.mode, self.highlights)

    def get_content_width(self, container: Size, viewport: Size) -> int:
        """The width of the widest paragraph, up to the container's width."""
        rows = layout(self.text, container.width, "raw")
        return max((row.cells for row in rows), default=0)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """The number of rows the text wraps to at `width`."""
        return len(layout(self.text, width, self.mode, self.highlights))

    def render_line(self, y: int) -> Strip:
        """Row `y` of the wrapped text, with highlights styled."""
        width = self.size.width
        base = self.rich_style
        rows = self.rows
        if y >= len(rows):
            return Strip.blank(width, base)
        segments = [
            Segment(part.text, base if part.tag is None else base + self._tag_style(part.tag))
            for part in rows[y].segments
        ]
        return Strip(segments).adjust_cell_length(width, base)

    def _tag_style(self, tag: str) -> Style:
        """The style of a highlight tag."""
        return self.get_component_rich_style(
            f"ArabicText--{tag}", partial=True, default=_FALLBACK_HIGHLIGHT
        )
