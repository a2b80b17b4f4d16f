"""The whole article, paragraph by paragraph, opened at one statement."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Static

from ..data.model import Corpus, Statement
from ..widgets.arabic import ArabicText
from .base import MawqifScreen


class ArticleScreen(MawqifScreen[None]):
    """An article in reading order with one statement's quote marked; Escape goes back."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="back", tooltip="Back to the statements"),
        Binding("j,down", "scroll(1)", "Down", show=False),
        Binding("k,up", "scroll(-1)", "Up", show=False),
    ]

    def __init__(self, corpus: Corpus, statement: Statement) -> None:
        super().__init__()
        self.article = corpus.articles[statement.article]
        self.statement = statement

    def compose(self) -> ComposeResult:
        a = self.article
        yield Static(
            Text(f" {a.outlet} · {a.published} · {a.title} · {len(a.paragraphs)} paragraphs"),
            id="article-title",
        )
        with VerticalScroll(id="article-body"):
            for i, (start, end) in enumerate(a.paragraphs):
                marks: tuple[tuple[int, int, str], ...] = ()
                s = self.statement
                if start <= s.start and s.end <= end:
                    marks = ((s.start - start, s.end - start, "quote"),)
                yield Static(Text(f"¶ {i + 1}", style="dim"), classes="article-number")
                yield ArabicText(a.text[start:end], highlights=marks, id=f"paragraph-{i}",
                                 classes="article-paragraph").data_bind(mode=ArticleScreen.bidi)
        yield Footer()

    def on_mount(self) -> None:
        target = self.query_one(f"#paragraph-{self.statement.paragraph}")
        self.call_after_refresh(target.scroll_visible, top=True, animate=False)
        self.query_one("#article-body").focus()

    def action_scroll(self, step: int) -> None:
        self.query_one("#article-body", VerticalScroll).scroll_relative(y=step, animate=False)
