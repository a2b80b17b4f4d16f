"""The selected statement in full: quote, summary, labels, deadlines and source paragraph."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.style import Style
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.timer import Timer

from ..data.model import EVENTS, Corpus, Statement
from ..data.review import Annotation
from .arabic import ArabicText
from .badges import FORM_WORDS, THREAT_WORDS, WITHDRAWAL_WORDS
from .keys import STATEMENT_KEYS
from .lines import DataText, Lines

# What the detail calls each field the analyst may correct, in the order it lists them.
FIELD_WORDS = {
    "actor": "speaker", "span": "quote", "form": "form", "summary_en": "summary",
    "withdrawal": "stance", "threat": "threat", "deadlines": "deadlines",
    "said_on": "date said",
}  # fmt: skip


def _said(statement: Statement) -> str:
    if statement.said_on is None:
        return "date said unknown"
    return f"said {statement.said_on}"


# Seconds the detail waits for the keys to pause before it follows the cursor.
DETAIL_AFTER = 0.12
# The same while a word is typed into the search field: keys there come 100 to 300 ms
# apart, and a detail drawn between two of them (20 to 60 ms of layout) would hold up the
# list's answer to the next letter.
DETAIL_WHILE_TYPING = 0.35


class StatementDetail(VerticalScroll, can_focus=True):
    """Everything known about one statement, its Arabic drawn by the display engine."""

    # The statement keys, bound on the screen, come first in the footer while this has focus.
    FOOTER_KEYS = STATEMENT_KEYS

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
        self._follow: Timer | None = None

    def follow_soon(self, draw: Callable[[], object], typing: bool) -> None:
        """Call `draw` once the keys pause (longer while a search is typed), in place of
        a call asked for before: the list moves at once, the detail, whose layout costs a
        frame or more, follows, so holding j or typing a search never waits for it."""
        self.follow_now()
        self._follow = self.set_timer(DETAIL_WHILE_TYPING if typing else DETAIL_AFTER, draw)

    def follow_now(self) -> None:
        """Forget the call follow_soon asked for: the detail is drawn now."""
        if self._follow is not None:
            self._follow.stop()
            self._follow = None

    def compose(self) -> ComposeResult:
        # Every line that holds data is drawn by the display engine (DataText), never
        # wrapped by Textual: a row of Arabic in visual order that Rich wrapped reads its
        # end first.
        mode = StatementDetail.mode
        yield DataText(id="detail-meta", classes="detail-meta").data_bind(mode)
        yield ArabicText(id="detail-quote", classes="detail-quote").data_bind(mode)
        yield DataText(id="detail-summary", classes="detail-summary").data_bind(mode)
        yield DataText(id="detail-labels", classes="detail-labels").data_bind(mode)
        yield DataText(id="detail-deadlines", classes="detail-deadlines").data_bind(mode)
        yield DataText(id="detail-review", classes="detail-review").data_bind(mode)
        yield ArabicText(id="detail-note", classes="detail-note").data_bind(mode)
        yield DataText(id="detail-source-title", classes="detail-section").data_bind(mode)
        yield ArabicText(id="detail-paragraph", classes="detail-paragraph").data_bind(mode)

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
        meta = self.query_one("#detail-meta", DataText)
        quote = self.query_one("#detail-quote", ArabicText)
        paragraph = self.query_one("#detail-paragraph", ArabicText)
        if statement is None:
            meta.update("No statement selected.")
            for widget_id in (
                "#detail-summary",
                "#detail-labels",
                "#detail-deadlines",
                "#detail-source-title",
            ):
                self.query_one(widget_id, DataText).update()
            quote.text = paragraph.text = ""
            quote.highlights = paragraph.highlights = ()
            return
        actor = corpus.actors[statement.actor]
        article = corpus.articles[statement.article]
        header = Lines().data(actor.name_en, "bold")
        if actor.role:  # an import's role is the Arabic title it found: wrapped, never cut
            header.add(" — ").data(actor.role)
        header.newline().add(f"{FORM_WORDS.get(statement.form, statement.form)} · ")
        header.add(_said(statement))
        if review is not None and "said_on" in review.fix:
            header.add(" (corrected)", "italic")
        if statement.said_basis:
            header.add(" (").prose(statement.said_basis).add(")")
        if any(char.isalpha() for char in statement.verb_ar):
            header.add(" · verb ").data(statement.verb_ar)
        elif ":" in statement.verb_ar:  # "مصدر أمني: …", a headline's way of attributing
            header.add(" · no speech verb (a headline's colon)")
        elif statement.verb_ar.strip():
            header.add(" · no speech verb")
        header.add(" · ").data(statement.id)
        meta.update(header)
        # Deadline cues and search hits are marked in the quote, in offsets of the quote.
        marks = [
            (d.cue_start - statement.start, d.cue_end - statement.start, "cue-a")
            for d in statement.deadlines
        ]
        marks += [(a, b, "hit") for a, b in hits]
        quote.text, quote.highlights = statement.quote_ar, tuple(marks)
        self.query_one("#detail-summary", DataText).update(Lines().prose(statement.summary_en))
        labels = Lines()
        labels.add(WITHDRAWAL_WORDS[statement.withdrawal], self._label(statement.withdrawal))
        labels.add(" · ")
        labels.add(THREAT_WORDS[statement.threat], self._label(statement.threat))
        if statement.origin != "analyst":  # said below, in words
            labels.add(" · ").data(statement.origin)
        labels.extend(self._corrected(corpus, statement))
        self.query_one("#detail-labels", DataText).update(labels)
        lines = Lines()
        for i, d in enumerate(statement.deadlines):
            if i:
                lines.newline()
            lines.add("▸ ", "bold").data(d.due, "bold").add(" " * max(1, 11 - len(d.due)))
            lines.data(EVENTS.get(d.event, d.event)).add("  ").data(d.cue_ar)
            lines.newline().add("   ").prose(d.derivation, "dim")
        self.query_one("#detail-deadlines", DataText).update(lines)
        start, end = article.paragraphs[statement.paragraph]
        # A quotation that runs on into the paragraphs after its own shows them all.
        last = max((i for i, (a, _) in enumerate(article.paragraphs) if a < statement.end),
                   default=statement.paragraph)  # fmt: skip
        end = max(end, article.paragraphs[last][1])
        numbers = f"{statement.paragraph + 1}" + (f"–{last + 1}" if last > statement.paragraph
                                                   else "")  # fmt: skip
        source = Lines("Source: ").data(article.outlet).add(", ").data(article.published)
        source.add(f", paragraph {numbers} — o opens the article, P corrects it")
        self.query_one("#detail-source-title", DataText).update(source)
        paragraph.text = article.text[start:end]
        paragraph.highlights = ((statement.start - start, statement.end - start, "quote"),)
        self.scroll_home(animate=False)

    def _corrected(self, corpus: Corpus, statement: Statement) -> Lines:
        """What the analyst changed on this statement, and what was recorded before."""
        out = Lines()
        if statement.id in corpus.rejected:
            out.newline().add("REJECTED by the analyst: left out of every list, count and "
                              "export (X restores it)", "bold reverse")  # fmt: skip
        if statement.origin == "analyst":
            out.add(" · added by the analyst", "italic")
        fix = self._review.fix if self._review is not None else {}
        fields = [FIELD_WORDS[name] for name in FIELD_WORDS if name in fix]
        if not fields or statement.origin == "analyst":
            return out
        out.newline().add(f"corrected by the analyst: {', '.join(fields)}", "italic")
        stored = self._stored
        if stored is not None:
            was = Lines()
            if "actor" in fix and stored.actor in corpus.actors:
                was.add("speaker ", "italic").data(corpus.actors[stored.actor].name_en, "italic")
            for name in ("withdrawal", "threat"):
                if name in fix:
                    was.add("; " if was else "", "italic")
                    was.add(f"{FIELD_WORDS[name]} ", "italic").data(getattr(stored, name),
                                                                   "italic")  # fmt: skip
            if "span" in fix:
                was.add("; " if was else "", "italic")
                was.add(f"quote at {stored.start}-{stored.end}", "italic")
            if "said_on" in fix:
                was.add("; " if was else "", "italic")
                was.add(f"said {stored.said_on or 'unknown'}", "italic")
            if was:
                out.add(" (recorded: ", "italic").extend(was).add(")", "italic")
        return out

    def watch_mode(self) -> None:
        if self._corpus is not None:
            self.show(self._corpus, self._statement, self._hits, self._review, self._stored)

    def _show_review(self, review: Annotation | None) -> None:
        line = Lines()
        if self._statement is not None:
            status = review.status if review else "unreviewed"
            line.add("Review: ", "bold")
            line.add(status, self._label(f"review-{status}"))
            if review and review.tags:
                line.add("  tags: ").join(review.tags)
            if review and review.updated:
                line.add("  (", "dim").data(review.updated, "dim")
                earlier = len(review.history)
                line.add(f", {earlier} earlier version{'s' if earlier != 1 else ''})", "dim")
            line.add("  r status · n note · g tags · S E D Q X correct", "dim")
        self.query_one("#detail-review", DataText).update(line)
        note = self.query_one("#detail-note", ArabicText)
        note.text = review.note if review else ""
        note.display = bool(note.text)

    def _label(self, value: str) -> Style:
        return self.get_component_rich_style(f"detail--{value}", partial=True)
