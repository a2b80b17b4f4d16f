"""The whole article, paragraph by paragraph, opened at one statement; the analyst marks
words in it with the keyboard and adds them as a statement the import missed."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from ..data.model import Corpus, Statement
from ..data.spans import WordMark
from ..services import services
from ..widgets.arabic import Highlight
from ..widgets.key_bar import KeyBar
from ..widgets.keys import ARTICLE, screen_bindings
from ..widgets.lines import DataText, Lines
from ..widgets.word_marker import WordMarker
from .base import MawqifScreen

HELP = """\
## Article

The whole article as published, every paragraph, the quotes of its statements underlined.
A word cursor starts on the statement you opened. `←` and `→` move it a word the way the
text runs on screen (in an Arabic paragraph, `←` reads on), `↑` and `↓` go to the previous
or next paragraph, `j` and `k` scroll.

**Adding what the import missed:** put the cursor on the first word of the quote, press
`Space` to start marking, move to its last word (`o` moves the other end of the mark), then
`a` adds the marked words as a statement: choose its speaker (or create one), its labels,
summary and deadlines. The words are kept as offsets into the article as published, whatever
order the screen draws them in. `Escape` clears the mark, then goes back.

**Correcting the article:** `P` corrects its outlet, publication date and title. A new date
works out again, from the article's words, the dates said and the deadlines the import read
relative to it ("yesterday", "the end of this month"), except those you corrected by hand;
`z` undoes it all at once.
"""


class ArticleScreen(MawqifScreen[None]):
    """An article in reading order, its quotes underlined, with a word cursor and a mark."""

    HELP = HELP
    # At 80 columns the footer holds the marker's keys, help and `a`; the rest are in help.
    # The word keys of the focused marker come first; then adding what is marked.
    FOOTER_KEYS = ("word-left", "word-right", "word-mark", "add-statement", "word-other-end")
    BINDINGS = [
        Binding("a", "add_statement", "Add statement", id="add-statement",
                tooltip="Add the marked words as a statement the import missed"),
        *screen_bindings(*ARTICLE),
        Binding("escape", "back", "Back", id="back", show=False,
                tooltip="Clear the mark, or go back to the statements"),
        Binding("down", "paragraph(1)", "Next paragraph", id="next-paragraph", key_display="↓",
                priority=True, show=False, tooltip="Put the word cursor in the next paragraph"),
        Binding("up", "paragraph(-1)", "Previous paragraph", id="previous-paragraph",
                key_display="↑", priority=True, show=False,
                tooltip="Put the word cursor in the previous paragraph"),
        Binding("j", "scroll(1)", "Down", id="article-down", show=False,
                tooltip="Scroll the article down a row"),
        Binding("k", "scroll(-1)", "Up", id="article-up", show=False,
                tooltip="Scroll the article up a row"),
    ]  # fmt: skip

    def __init__(self, corpus: Corpus, statement: Statement) -> None:
        super().__init__()
        self.article = corpus.articles[statement.article]
        self.statement = statement
        self.corpus = corpus

    def _heading(self) -> Lines:
        """Outlet, date and title, each drawn in its own direction, wrapped, never cut."""
        a = self.article
        title = Lines().data(a.outlet).add(" · ").data(a.published).add(" · ")
        if a.title.strip():  # an article imported without a headline has no title to show
            title.data(a.title).add(" · ")
        return title.add(f"{len(a.paragraphs)} paragraphs")

    def compose(self) -> ComposeResult:
        a = self.article
        yield DataText(self._heading(), id="article-title").data_bind(mode=ArticleScreen.bidi)
        with VerticalScroll(id="article-body", can_focus=False):
            for i, (start, end) in enumerate(a.paragraphs):
                text = a.text[start:end]
                mark = WordMark.over(text, 0, len(text))
                if i == self.statement.paragraph:  # the cursor on the quote's first word
                    first = self.statement.start - start
                    mark = WordMark.over(text, 0, len(text), (first, first + 1)).cleared()
                yield Static(
                    Text(f"¶ {i + 1}", style="dim"), id=f"number-{i}", classes="article-number"
                )
                yield WordMarker(
                    text,
                    mark,
                    base=self._quotes(i),
                    at=start,
                    id=f"paragraph-{i}",
                    classes="article-paragraph",
                ).data_bind(mode=ArticleScreen.bidi)
        yield KeyBar()

    def _quotes(self, paragraph: int) -> tuple[Highlight, ...]:
        """The quotes of the article's statements in `paragraph`, as paragraph offsets."""
        start, end = self.article.paragraphs[paragraph]
        # A quotation that runs on through the paragraphs after its own is marked in each.
        return tuple(
            (max(s.start, start) - start, min(s.end, end) - start, "quote")
            for s in self.corpus.statements.values()
            if s.article == self.article.id and s.start < end and start < s.end
        )

    def on_mount(self) -> None:
        at = self.statement.paragraph
        target = self.query_one(f"#paragraph-{at}", WordMarker)
        target.focus(scroll_visible=False)
        self.call_after_refresh(self._to_paragraph, at)

    def _to_paragraph(self, index: int) -> None:
        """Scroll paragraph `index` to the top, its number and the gap above it showing."""
        number = self.query_one(f"#number-{index}")
        body = self.query_one("#article-body", VerticalScroll)
        body.scroll_to(y=max(0, number.virtual_region.y - 1), animate=False)

    def _marker(self) -> WordMarker | None:
        focused = self.focused
        return focused if isinstance(focused, WordMarker) else None

    def action_paragraph(self, step: int) -> None:
        """Move the word cursor to the next (or previous) paragraph."""
        markers = list(self.query(WordMarker).results(WordMarker))
        current = self._marker()
        at = markers.index(current) if current in markers else 0
        target = markers[min(max(at + step, 0), len(markers) - 1)]
        target.focus()

    def action_scroll(self, step: int) -> None:
        self.query_one("#article-body", VerticalScroll).scroll_relative(y=step, animate=False)

    def action_back(self) -> None:
        marker = self._marker()
        if marker is not None and marker.mark.anchored:
            marker.set_mark(marker.mark.cleared())
            return
        self.app.pop_screen()

    def action_add_statement(self) -> None:
        """Add the marked words as a statement (speaker, labels, deadlines in a form)."""
        marker = self._marker()
        corrections = services(self.app).corrections
        if marker is None or corrections is None or marker.mark.empty:
            self.notify("Put the cursor on a paragraph's words first.", severity="warning")
            return
        corrections.add_statement(self.article.id, marker.article_span)

    def action_fix_article(self) -> None:
        """Correct the article's outlet, publication date and title."""
        if corrections := services(self.app).corrections:
            corrections.edit_article(self.article.id)

    def review_changed(self) -> None:
        workspace = services(self.app).workspace
        if workspace is None or self.article.id not in workspace.corpus.articles:
            return
        self.corpus = workspace.corpus
        self.article = workspace.corpus.articles[self.article.id]  # its outlet, date, title
        self.query_one("#article-title", DataText).update(self._heading())
        for i, marker in enumerate(self.query(WordMarker).results(WordMarker)):
            marker.set_base(self._quotes(i))
