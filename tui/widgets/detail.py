"""The selected statement in full: quote, summary, labels, deadlines and source paragraph."""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.widgets import Static

from ..arabic.display import has_rtl
from ..data.model import EVENTS, Corpus, Statement
from ..data.review import Annotation
from .arabic import ArabicText, rows_text
from .badges import FORM_WORDS, THREAT_WORDS, WITHDRAWAL_WORDS
from .inline import inline_arabic
from .keys import STATEMENT_KEYS

# What the detail calls each field the analyst may correct, in the order it lists them.
FIELD_WORDS = {
    "actor": "speaker", "span": "quote", "form": "form", "summary_en": "summary",
    "withdrawal": "stance", "threat": "threat", "deadlines": "deadlines",
}  # fmt: skip


def _said(statement: Statement) -> str:
    if statement.said_on is None:
        return "date said unknown"
    return f"said {statement.said_on}"


class StatementDetail(VerticalScroll, can_focus=True):
    """Everything known about one statement, its Arabic drawn by the display engine."""

    BINDINGS = STATEMENT_KEYS

    COMPONENT_CLASSES = {
        "detail--supports", "detail--opposes", "detail--conditional", "detail--unspecified",
        "detail--high", "detail--moderate", "detail--low",
        "detail--review-unreviewed", "detail--review-reviewed", "detail--review-disputed",
    }  # fmt: skip

    mode: reactive[str] = reactive("visual")

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._corpus: Corpus | None = None
        self._statement: Statement | None = None
        self._hits: Sequence[tuple[int, int]] = ()
        self._review: Annotation | None = None
        self._stored: Statement | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="detail-meta", classes="detail-meta")
        yield ArabicText(id="detail-quote", classes="detail-quote").data_bind(
            StatementDetail.mode
        )
        yield Static(id="detail-summary", classes="detail-summary")
        yield Static(id="detail-labels", classes="detail-labels")
        yield Static(id="detail-deadlines", classes="detail-deadlines")
        yield Static(id="detail-review", classes="detail-review")
        yield ArabicText(id="detail-note", classes="detail-note").data_bind(StatementDetail.mode)
        yield Static(id="detail-source-title", classes="detail-section")
        yield ArabicText(id="detail-paragraph", classes="detail-paragraph").data_bind(
            StatementDetail.mode
        )

    @property
    def statement(self) -> Statement | None:
        """The statement shown."""
        return self._statement

    def show(
        self,
        corpus: Corpus,
        statement: Statement | None,
        hits: Sequence[tuple[int, int]] = (),
        review: Annotation | None = None,
        stored: Statement | None = None,
    ) -> None:
        """Show `statement` with search hits (offsets into its quote) marked, and its review
        (`stored`: the statement as recorded, when the analyst corrected its labels)."""
        self._corpus, self._statement, self._hits, self._review = corpus, statement, hits, review
        self._stored = stored
        self._show_review(review)
        meta = self.query_one("#detail-meta", Static)
        quote = self.query_one("#detail-quote", ArabicText)
        paragraph = self.query_one("#detail-paragraph", ArabicText)
        if statement is None:
            meta.update(Text("No statement selected."))
            for widget_id in ("#detail-summary", "#detail-labels", "#detail-deadlines",
                              "#detail-source-title"):
                self.query_one(widget_id, Static).update("")
            quote.text = paragraph.text = ""
            quote.highlights = paragraph.highlights = ()
            return
        actor = corpus.actors[statement.actor]
        article = corpus.articles[statement.article]
        header = Text()
        header.append(actor.name_en, "bold")
        if actor.role and not has_rtl(actor.role):
            header.append(f" — {actor.role}")
        elif actor.role:  # an import's role is the Arabic title it found: drawn, cut to fit
            # Never left for Rich to wrap: a row of Arabic in visual order, wrapped, reads
            # its end first. Beside the name if it fits, else on a row of its own.
            width = max(20, self.scrollable_content_region.width - 1)
            role = inline_arabic(actor.role, self.mode, width=width)
            if len(actor.name_en) + 3 + role.cell_len <= width:
                header.append(" — ")
            else:
                header.append("\n")
            header.append_text(role)
        header.append(f"\n{FORM_WORDS.get(statement.form, statement.form)} · {_said(statement)}")
        if statement.said_basis:
            header.append(" (")
            header.append_text(self._inline_arabic(statement.said_basis))
            header.append(")")
        if any(char.isalpha() for char in statement.verb_ar):
            header.append(" · verb ")
            header.append_text(self._inline_arabic(statement.verb_ar))
        elif ":" in statement.verb_ar:  # "مصدر أمني: …", a headline's way of attributing
            header.append(" · no speech verb (a headline's colon)")
        elif statement.verb_ar.strip():
            header.append(" · no speech verb")
        header.append(f" · {statement.id}")
        meta.update(header)
        # Deadline cues and search hits are marked in the quote, in offsets of the quote.
        marks = [(d.cue_start - statement.start, d.cue_end - statement.start, "cue-a")
                 for d in statement.deadlines]
        marks += [(a, b, "hit") for a, b in hits]
        quote.text, quote.highlights = statement.quote_ar, tuple(marks)
        self.query_one("#detail-summary", Static).update(Text(statement.summary_en))
        labels = Text()
        labels.append(WITHDRAWAL_WORDS[statement.withdrawal], self._label(statement.withdrawal))
        labels.append(" · ")
        labels.append(THREAT_WORDS[statement.threat], self._label(statement.threat))
        if statement.origin != "analyst":  # said below, in words
            labels.append(f" · {statement.origin}")
        labels.append_text(self._corrected(corpus, statement))
        self.query_one("#detail-labels", Static).update(labels)
        lines = Text()
        for d in statement.deadlines:
            lines.append("▸ ", "bold")
            lines.append(f"{d.due:<10} ", "bold")
            lines.append(EVENTS.get(d.event, d.event))
            lines.append("  ")
            lines.append_text(self._inline_arabic(d.cue_ar))
            if has_rtl(d.derivation):
                # How an import worked the date out quotes the Arabic it read ("خلال 12
                # شهراً: …"): drawn by the engine a row at a time, like every Arabic line.
                width = self.scrollable_content_region.width or self.app.size.width - 2
                for row in rows_text(d.derivation, max(20, width - 4), self.mode):
                    row.rstrip()
                    row.stylize("dim")
                    lines.append("\n   ")
                    lines.append_text(row)
            else:
                lines.append(f"\n   {d.derivation}", "dim")
            lines.append("\n")
        self.query_one("#detail-deadlines", Static).update(lines)
        start, end = article.paragraphs[statement.paragraph]
        # A quotation that runs on into the paragraphs after its own shows them all.
        last = max((i for i, (a, _) in enumerate(article.paragraphs) if a < statement.end),
                   default=statement.paragraph)  # fmt: skip
        end = max(end, article.paragraphs[last][1])
        numbers = f"{statement.paragraph + 1}" + (f"–{last + 1}" if last > statement.paragraph
                                                   else "")  # fmt: skip
        self.query_one("#detail-source-title", Static).update(
            Text(f"Source: {article.outlet}, {article.published}, "
                 f"paragraph {numbers} — o opens the article")
        )
        paragraph.text = article.text[start:end]
        paragraph.highlights = ((statement.start - start, statement.end - start, "quote"),)
        self.scroll_home(animate=False)

    def _corrected(self, corpus: Corpus, statement: Statement) -> Text:
        """What the analyst changed on this statement, and what was recorded before."""
        out = Text()
        if statement.id in corpus.rejected:
            out.append("\nREJECTED by the analyst: left out of every list, count and export "
                       "(X restores it)", "bold reverse")  # fmt: skip
        if statement.origin == "analyst":
            out.append(" · added by the analyst", "italic")
        fix = self._review.fix if self._review is not None else {}
        fields = [FIELD_WORDS[name] for name in FIELD_WORDS if name in fix]
        if not fields or statement.origin == "analyst":
            return out
        out.append(f"\ncorrected by the analyst: {', '.join(fields)}", "italic")
        stored = self._stored
        if stored is not None:
            was = []
            if "actor" in fix and stored.actor in corpus.actors:
                was.append(f"speaker {corpus.actors[stored.actor].name_en}")
            was += [f"{FIELD_WORDS[n]} {getattr(stored, n)}" for n in ("withdrawal", "threat")
                    if n in fix]  # fmt: skip
            if "span" in fix:
                was.append(f"quote at {stored.start}-{stored.end}")
            if was:
                out.append(f" (recorded: {'; '.join(was)})", "italic")
        return out

    def watch_mode(self) -> None:
        if self._corpus is not None:
            self.show(self._corpus, self._statement, self._hits, self._review, self._stored)

    def on_resize(self) -> None:
        # Arabic rows are cut to the pane's width when shown: a new width draws them again.
        s, corpus = self._statement, self._corpus
        if s is not None and corpus is not None and (
            has_rtl(corpus.actors[s.actor].role) or any(has_rtl(d.derivation) for d in s.deadlines)
        ):
            self.watch_mode()

    def _show_review(self, review: Annotation | None) -> None:
        line = Text()
        if self._statement is not None:
            status = review.status if review else "unreviewed"
            line.append("Review: ", "bold")
            line.append(status, self._label(f"review-{status}"))
            if review and review.tags:
                line.append("  tags: ")
                line.append(", ".join(review.tags))
            if review and review.updated:
                line.append(f"  ({review.updated}", "dim")
                earlier = len(review.history)
                line.append(f", {earlier} earlier version{'s' if earlier != 1 else ''})", "dim")
            line.append("  r status · n note · g tags · S E D Q X correct", "dim")
        self.query_one("#detail-review", Static).update(line)
        note = self.query_one("#detail-note", ArabicText)
        note.text = review.note if review else ""
        note.display = bool(note.text)

    def _inline_arabic(self, text: str) -> Text:
        return inline_arabic(text, self.mode)

    def _label(self, value: str) -> Style:
        return self.get_component_rich_style(f"detail--{value}", partial=True)
