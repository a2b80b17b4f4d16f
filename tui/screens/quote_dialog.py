"""The quote dialog: move a quote's start and end word by word inside its paragraph."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label

from ..data.model import Article
from ..data.spans import WordMark
from ..resources import styles_dir
from ..services import bidi_of
from ..widgets.key_bar import KeyBar
from ..widgets.word_marker import WordMarker


class QuoteDialog(ModalScreen[tuple[int, int] | None]):
    """The quote's paragraph with the quote marked: ← → move one end a word, o switches to
    the other end, Ctrl+S (or Enter) keeps, Escape leaves the quote as it was."""

    CSS_PATH = styles_dir() / "dialogs.tcss"
    BINDINGS = [
        # Ctrl+S keeps in every correction dialog; Enter, as this one always had, too.
        Binding(
            "ctrl+s,enter",
            "keep",
            "Keep",
            id="quote-keep",
            tooltip="Keep the quote as marked (Ctrl+S or Enter)",
        ),
        Binding(
            "escape", "cancel", "Cancel", id="quote-cancel", tooltip="Leave the quote as it was"
        ),
    ]

    def __init__(
        self, article: Article, paragraph: int, span: tuple[int, int],
        cues: Sequence[tuple[int, int]] = (),
    ) -> None:  # fmt: skip
        """Move the quote `span` of `article` within `paragraph`; the deadline `cues`
        (article offsets) must stay inside it."""
        super().__init__()
        self.article, self.paragraph = article, paragraph
        self.original = span
        self.cues = tuple(cues)

    def compose(self) -> ComposeResult:
        start, end = self.article.paragraphs[self.paragraph]
        text = self.article.text[start:end]
        quote = (self.original[0] - start, self.original[1] - start)
        base = tuple((a - start, b - start, "cue-a") for a, b in self.cues)
        with Vertical(id="quote-dialog", classes="dialog"):
            yield Label(f"Quote — paragraph {self.paragraph + 1}", id="quote-title")
            yield WordMarker(text, WordMark.over(text, 0, len(text), quote), base=base,
                             at=start, always=True,
                             mode=bidi_of(self.app),
                             id="quote-marker")  # fmt: skip
            yield Label("", id="quote-where")
            yield Label("", id="quote-error", classes="dialog-error")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(WordMarker).focus()
        self._where()

    @on(WordMarker.Moved)
    def _where(self) -> None:
        mark = self.query_one(WordMarker).mark
        end = "start" if mark.anchor is not None and mark.cursor < mark.anchor else "end"
        other = "end" if end == "start" else "start"
        words = abs(mark.cursor - (mark.anchor if mark.anchor is not None else mark.cursor)) + 1
        self.query_one("#quote-where", Label).update(
            f"{words} word(s) · ← → move the quote's {end} · o moves its {other}"
        )
        self.query_one("#quote-error", Label).update("")

    def action_keep(self) -> None:
        start, end = self.query_one(WordMarker).article_span
        outside = [c for c in self.cues if not (start <= c[0] and c[1] <= end)]
        if outside:
            self.query_one("#quote-error", Label).update(
                "A deadline's words would fall outside the quote: change or remove that "
                "deadline first (E edits the statement)."
            )
            return
        self.dismiss(None if (start, end) == self.original else (start, end))

    def action_cancel(self) -> None:
        self.dismiss(None)
