"""Text whose words the analyst marks from the keyboard, drawn by the display engine."""

from __future__ import annotations

from collections.abc import Sequence

from textual.binding import Binding
from textual.message import Message

from ..arabic.display import is_rtl, parse_mode
from ..data.spans import Span, WordMark, screen_step
from .arabic import ArabicText, Highlight

WORD_KEYS = Binding.Group("Word", compact=True)


class WordMarker(ArabicText, can_focus=True):
    """A paragraph (or quote) with a word cursor and a mark, kept as logical offsets.

    ← and → move the cursor a word the way the text runs on screen (in a right-to-left
    paragraph drawn right to left, ← goes on in reading order), Home and End to the first
    and last word, Space starts a mark at the cursor, o moves the mark's other end. The
    mark shows only while the widget has focus, unless `always` is set.
    """

    BINDINGS = [
        Binding("left", "step('left')", "Word", id="word-left", key_display="←", group=WORD_KEYS,
                tooltip="Move a word to the left"),
        Binding("right", "step('right')", "Word", id="word-right", key_display="→",
                group=WORD_KEYS,
                tooltip="Move a word to the right"),
        Binding("home", "jump(-1)", "First word", id="word-first", show=False,
                tooltip="Move to the first word (in reading order)"),
        Binding("end", "jump(1)", "Last word", id="word-last", show=False,
                tooltip="Move to the last word (in reading order)"),
        Binding("space", "start", "Mark", id="word-mark", key_display="Space",
                tooltip="Start marking at the word under the cursor"),
        Binding("o", "swap", "Other end", id="word-other-end",
                tooltip="Move the other end of the mark"),
    ]  # fmt: skip

    class Moved(Message):
        """The mark or its cursor moved."""

        def __init__(self, marker: WordMarker) -> None:
            self.marker = marker
            super().__init__()

        @property
        def control(self) -> WordMarker:
            """The marker that moved (lets `@on` match it by selector)."""
            return self.marker

    def __init__(
        self,
        text: str,
        mark: WordMark | None = None,
        *,
        base: Sequence[Highlight] = (),
        at: int = 0,
        always: bool = False,
        mode: str = "visual",
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        """`text` with words marked by `mark` (offsets into `text`); `base` highlights stay
        under the mark; `at` is where `text` starts in its article."""
        super().__init__(text, mode=parse_mode(mode), id=id, classes=classes)
        self.mark = mark if mark is not None else WordMark.over(text, 0, len(text))
        self.base = tuple(base)
        self.at = at
        self.always = always
        self._draw()

    @property
    def article_span(self) -> Span:
        """The marked span as offsets into the article."""
        start, end = self.mark.span
        return (start + self.at, end + self.at)

    def set_mark(self, mark: WordMark) -> None:
        """Mark `mark` instead, and say so."""
        self.mark = mark
        self._draw()
        self.post_message(self.Moved(self))

    def set_base(self, base: Sequence[Highlight]) -> None:
        """Draw `base` highlights under the mark."""
        self.base = tuple(base)
        self._draw()

    def _draw(self) -> None:
        marks: tuple[Highlight, ...] = ()
        if not self.mark.empty and (self.always or self.has_focus):
            start, end = self.mark.span
            c_start, c_end = self.mark.cursor_span
            marks = ((start, end, "mark"), (c_start, c_end, "cursor"))
        self.highlights = (*self.base, *marks)

    def watch_has_focus(self, has_focus: bool) -> None:
        super().watch_has_focus(has_focus)
        self._draw()

    def action_step(self, key: str) -> None:
        """Move the cursor one word toward the left or right of the screen."""
        shown_rtl = is_rtl(self.text) and self.mode != "raw"
        self.set_mark(self.mark.moved(screen_step(key, shown_rtl)))

    def action_jump(self, step: int) -> None:
        """Move the cursor to the first (-1) or last (1) word in reading order."""
        self.set_mark(self.mark.moved(step * len(self.mark.words)))

    def action_start(self) -> None:
        """Start a mark at the cursor's word."""
        self.set_mark(self.mark.started())

    def action_swap(self) -> None:
        """Let the keys move the mark's other end."""
        self.set_mark(self.mark.swapped())
