"""One contradiction side by side: both statements, their clashing words marked, and why."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Vertical, VerticalScroll
from textual.reactive import var
from textual.widgets import Footer, Static

from ..data.contradictions import deadline_in, when
from ..data.model import EVENTS, Contradiction, Corpus, Statement
from ..resources import styles_dir
from ..widgets.arabic import ArabicText
from ..widgets.badges import FORM_WORDS, KIND_WORDS
from ..widgets.lines import DataText, Lines
from .base import MawqifScreen
from .contradictions import KIND_NAMES, SEVERITY_BADGE, StatusOf, unreviewed

# From this width the two statements fit side by side; below it they stack and scroll.
SIDE_BY_SIDE_FROM = 120

HELP = """\
## A contradiction, side by side

Above the two statements, the line that states the clash; a **curated** pair also gives the
analyst's rationale. Each panel shows who spoke, their role, when it was said, the Arabic
quote with the clashing words marked (the first statement's in one colour, the second's in
another, and underlined) and the English summary.

`]` and `[` step through the list; `1` and `2` open either
statement in the statements screen; `Escape` goes back to the list. Narrow terminals stack
the two panels: scroll with the arrow keys.
"""


class StatementPanel(Vertical):
    """One side of a pair: the speaker, the quote with its clashing span marked, the summary."""

    mode: var[str] = var("visual")

    def __init__(self, side: str, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="pair-panel")
        self.side = side  # "a" or "b": picks the highlight tag and the key that opens it
        self._shown: tuple[Corpus, Statement, tuple[int, int]] | None = None

    def compose(self) -> ComposeResult:
        mode = StatementPanel.mode
        # The role (an import's is Arabic) and the summary are wrapped by the display engine.
        yield DataText(classes="pair-meta").data_bind(mode=mode)
        yield Static(classes="pair-claim")
        # The clashing words on their own, wrapped by the engine like any Arabic paragraph.
        yield ArabicText(classes="pair-cue").data_bind(mode=mode)
        yield ArabicText(classes="pair-quote").data_bind(mode=mode)
        yield DataText(classes="pair-summary").data_bind(mode=mode)

    def watch_mode(self) -> None:
        if self._shown is not None:
            self.show(*self._shown)

    def on_resize(self) -> None:
        self.watch_mode()  # the border title is cut to the panel's width

    def show(self, corpus: Corpus, statement: Statement, span: tuple[int, int]) -> None:
        """Show `statement` with `span` (article offsets) marked as this side's cue."""
        self._shown = (corpus, statement, span)
        actor = corpus.actors[statement.actor]
        key = "1" if self.side == "a" else "2"
        # A border title is one row: the name is cut at its logical end if it must be.
        room = max(8, (self.size.width or 60) - 4)
        title = Lines(f" {key} · ").data(actor.name_en, "bold")
        self.border_title = title.text(room, self.mode, wrap=False).append(" ")
        subtitle = Lines(" ").data(statement.id).add(f" · {key} opens it")
        self.border_subtitle = subtitle.text(room, self.mode, wrap=False).append(" ")
        meta = Lines()
        if actor.role:  # an import's role is the Arabic title it found
            meta.data(actor.role)
        else:  # what the actor is, in words
            meta.add(KIND_WORDS.get(actor.kind, actor.kind))
        meta.newline()
        said = f"said {statement.said_on}" if statement.said_on else "date said unknown"
        meta.add(f"{said} · {FORM_WORDS.get(statement.form, statement.form)}", "dim")
        self.query_one(".pair-meta", DataText).update(meta)
        claim = Text()
        deadline = deadline_in(statement, span)
        if deadline is not None:
            claim.append(f"{when(deadline.due)}", "bold")
            claim.append(f" — {EVENTS.get(deadline.event, deadline.event)}")
        cue = (span[0] - statement.start, span[1] - statement.start)
        words = statement.quote_ar[cue[0] : cue[1]]
        claim.append("\n" if claim else "")
        claim.append("clashing words:", "dim")
        self.query_one(".pair-claim", Static).update(claim)
        tag = f"cue-{self.side}"
        cue_text = self.query_one(".pair-cue", ArabicText)
        cue_text.text, cue_text.highlights = words, ((0, len(words), tag),)
        quote = self.query_one(".pair-quote", ArabicText)
        quote.text, quote.highlights = statement.quote_ar, ((cue[0], cue[1], tag),)
        self.query_one(".pair-summary", DataText).update(Lines().prose(statement.summary_en))


class PairScreen(MawqifScreen[str | None]):
    """A contradiction's two statements; ] and [ step through the list the analyst came from."""

    CSS_PATH = styles_dir() / "contradictions.tcss"

    HELP = HELP
    BINDINGS = [
        # ] and [, not n and p: `n` writes a note on the pair, as on every other screen.
        Binding("right_square_bracket", "step(1)", "Next", id="pair-next",
                key_display="]", tooltip="Show the next contradiction in the list"),
        Binding("left_square_bracket", "step(-1)", "Previous", id="pair-previous",
                key_display="[", tooltip="Show the previous contradiction in the list"),
        # 1 and 2 only: `b` is the app's key for the bidi mode and must keep working here.
        Binding("1", "source('a')", "First source", id="pair-source-a",
                tooltip="Open the first statement in the statements screen"),
        Binding("2", "source('b')", "Second source", id="pair-source-b",
                tooltip="Open the second statement in the statements screen"),
        Binding("escape", "back", "Back", id="pair-back",
                tooltip="Back to the list of contradictions"),
    ]  # fmt: skip

    index: var[int] = var(0, init=False)

    def __init__(
        self,
        corpus: Corpus,
        contradictions: Sequence[Contradiction],
        index: int = 0,
        status_of: StatusOf = unreviewed,
    ) -> None:
        super().__init__()
        self.corpus = corpus
        self.contradictions = list(contradictions)
        self.status_of = status_of
        self.set_reactive(PairScreen.index, index)

    @property
    def current(self) -> Contradiction:
        """The contradiction shown."""
        return self.contradictions[self.index]

    def compose(self) -> ComposeResult:
        yield DataText(id="pair-title", wrap=False).data_bind(mode=PairScreen.bidi)
        # The explanation names actors and outlets, the rationale may quote Arabic: both are
        # English prose whose Arabic phrases the display engine draws.
        yield DataText(id="pair-explanation").data_bind(mode=PairScreen.bidi)
        with VerticalScroll(id="pair-body"):
            yield DataText(id="pair-rationale").data_bind(mode=PairScreen.bidi)
            with Container(id="pair-panels"):
                yield StatementPanel("a", id="panel-a").data_bind(mode=PairScreen.bidi)
                yield StatementPanel("b", id="panel-b").data_bind(mode=PairScreen.bidi)
        yield Footer()

    def on_mount(self) -> None:
        self._show()
        self.query_one("#pair-body").focus()

    def on_resize(self) -> None:
        self.set_class(self.size.width >= SIDE_BY_SIDE_FROM, "-wide")

    def watch_index(self) -> None:
        self._show()

    def _show(self) -> None:
        c = self.current
        title = Lines(f" {self.index + 1}/{len(self.contradictions)} ", "reverse")
        title.add(f" {KIND_NAMES.get(c.kind, c.kind)} · ")
        title.add(SEVERITY_BADGE.get(c.severity, c.severity), "bold")
        title.add(f" · {c.origin} · {self.status_of(c.id)} · ").data(c.id)
        self.query_one("#pair-title", DataText).update(title)
        self.query_one("#pair-explanation", DataText).update(Lines().prose(c.explanation))
        rationale = self.query_one("#pair-rationale", DataText)
        rationale.update(Lines().prose(c.rationale))
        rationale.display = bool(c.rationale)
        for side, sid, span in (("a", c.a, c.span_a), ("b", c.b, c.span_b)):
            self.query_one(f"#panel-{side}", StatementPanel).show(
                self.corpus, self.corpus.statements[sid], span
            )
        self.query_one("#pair-body", VerticalScroll).scroll_home(animate=False)

    # -- hooks the review session calls on whichever screen is on top ---------------

    def current_target(self) -> str | None:
        """The contradiction the review keys act on."""
        return f"contradiction:{self.current.id}"

    def brief_scope(self) -> tuple[list[Statement], list[Contradiction], str] | None:
        """This pair and its two statements."""
        c = self.current
        return [self.corpus.statements[c.a], self.corpus.statements[c.b]], [c], f"pair {c.id}"

    def review_changed(self) -> None:
        """Redraw the status in the title."""
        if self.is_mounted:
            self._show()

    def action_step(self, step: int) -> None:
        self.index = (self.index + step) % len(self.contradictions)

    def action_source(self, side: str) -> None:
        c = self.current
        # The app pops back to the statements screen and selects the statement there.
        self.app.open_statement(c.a if side == "a" else c.b)  # type: ignore[attr-defined]

    def action_back(self) -> None:
        self.dismiss(self.current.id)
