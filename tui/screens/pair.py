"""One contradiction side by side: both statements, their clashing words marked, and why."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Vertical, VerticalScroll
from textual.reactive import var

from ..data.contradictions import deadline_in, when
from ..data.model import EVENTS, Contradiction, Corpus, Statement
from ..messages import OpenStatement
from ..resources import styles_dir
from ..widgets.arabic import ArabicText
from ..widgets.badges import (
    FORM_WORDS,
    KIND_WORDS,
    THREAT_BADGE,
    THREAT_WORDS,
    WITHDRAWAL_BADGE,
    WITHDRAWAL_WORDS,
)
from ..widgets.clash_list import KIND_NAMES, SEVERITY_BADGE, StatusOf, unreviewed
from ..widgets.key_bar import KeyBar
from ..widgets.lines import DataText, Lines
from .base import MawqifScreen

# Below this width two columns of text would be too narrow to read: the sides stack.
SIDE_BY_SIDE_FROM = 60
# From this height the rationale fits under the explanation and the sides still have room.
RATIONALE_INLINE_FROM = 36

HELP = """\
## A contradiction, side by side

The first screen holds the clash: the line that states it, then the two statements side by
side. Each side shows who spoke (the panel's title), **the date or label in conflict**, the
**clashing words** on their own (the first side's reversed, the second's reversed and
underlined), the outlet, when it was said and how, then — scrolling — the speaker's role,
the whole quote with the clashing words marked, and the English summary.

`↑` `↓` `PgUp` `PgDn` scroll the side that has the cursor (its title is reversed); `Tab`
moves to the other side. `w` shows why the two clash in full — the explanation and, for a
**curated** pair, the analyst's rationale — and `w` or `Escape` goes back to the sides.
`]` and `[` step through the list; `1` and `2` open either statement in the statements
screen, and `Escape` there comes back to this pair; `Escape` here goes back to the list.
"""


def claim_of(kind: str, statement: Statement, span: tuple[int, int]) -> Lines:
    """What one side says that the other contradicts: a due date and its event, else the
    label the clash is about, in the app's words."""
    deadline = deadline_in(statement, span)
    if deadline is not None:
        claim = Lines(when(deadline.due), "bold")
        return claim.add(f" · {EVENTS.get(deadline.event, deadline.event)}")
    if kind == "threat":
        return Lines(THREAT_BADGE[statement.threat], "bold").add(
            f" · {THREAT_WORDS[statement.threat]}")  # fmt: skip
    if kind in ("withdrawal", "self"):
        return Lines(WITHDRAWAL_BADGE[statement.withdrawal], "bold").add(
            f" · {WITHDRAWAL_WORDS[statement.withdrawal]}")  # fmt: skip
    return Lines("the words marked below", "bold")


class StatementPanel(Vertical):
    """One side of a pair: what is in conflict on top, then the statement, which scrolls."""

    mode: var[str] = var("visual")

    def __init__(self, side: str, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="pair-panel")
        self.side = side  # "a" or "b": picks the highlight tag and the key that opens it
        self._shown: tuple[Corpus, Contradiction, Statement, tuple[int, int]] | None = None

    def compose(self) -> ComposeResult:
        mode = StatementPanel.mode
        # What clashes stays in view; the rest scrolls under it.
        yield DataText(classes="pair-claim").data_bind(mode=mode)
        # The clashing words on their own, wrapped by the engine like any Arabic paragraph.
        yield ArabicText(classes="pair-cue").data_bind(mode=mode)
        yield DataText(classes="pair-meta").data_bind(mode=mode)
        with VerticalScroll(classes="pair-scroll"):
            # The role (an import's is Arabic) and the summary are drawn by the engine.
            yield DataText(classes="pair-role").data_bind(mode=mode)
            yield ArabicText(classes="pair-quote").data_bind(mode=mode)
            yield DataText(classes="pair-summary").data_bind(mode=mode)

    @property
    def scroller(self) -> VerticalScroll:
        """The part of the side that scrolls: role, quote and summary."""
        return self.query_one(".pair-scroll", VerticalScroll)

    def watch_mode(self) -> None:
        if self._shown is not None:
            self.show(*self._shown)

    def on_resize(self) -> None:
        self.watch_mode()  # the border title is cut to the panel's width

    def show(
        self, corpus: Corpus, c: Contradiction, statement: Statement, span: tuple[int, int]
    ) -> None:
        """Show `statement` as side `self.side` of `c`, `span` (article offsets) its cue."""
        self._shown = (corpus, c, statement, span)
        actor = corpus.actors[statement.actor]
        key = "1" if self.side == "a" else "2"
        # A border title is one row: the name is cut at its logical end if it must be.
        room = max(8, (self.size.width or 40) - 4)
        title = Lines(f" {key} · ").data(actor.name_en, "bold")
        self.border_title = title.text(room, self.mode, wrap=False).append(" ")
        # An imported statement's id leads with its article's, which the side already names
        # (outlet and date): its own number is what tells the two apart.
        subtitle = Lines(" ").data(statement.id.rpartition(":")[2]).add(f" · {key} opens it")
        self.border_subtitle = subtitle.text(room, self.mode, wrap=False).append(" ")
        self.query_one(".pair-claim", DataText).update(claim_of(c.kind, statement, span))
        cue = (span[0] - statement.start, span[1] - statement.start)
        words = statement.quote_ar[cue[0] : cue[1]]
        tag = f"cue-{self.side}"
        cue_text = self.query_one(".pair-cue", ArabicText)
        cue_text.text, cue_text.highlights = words, ((0, len(words), tag),)
        meta = Lines()
        article = corpus.articles.get(statement.article)
        if article is not None:
            meta.data(article.outlet).add(" · ")
        said = f"said {statement.said_on}" if statement.said_on else "date said unknown"
        meta.add(f"{said} · {FORM_WORDS.get(statement.form, statement.form)}")
        self.query_one(".pair-meta", DataText).update(meta)
        role = Lines()
        if actor.role:  # an import's role is the Arabic title it found
            role.data(actor.role)
        else:  # what the actor is, in words
            role.add(KIND_WORDS.get(actor.kind, actor.kind))
        self.query_one(".pair-role", DataText).update(role)
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
        Binding("left_square_bracket", "step(-1)", "Prev", id="pair-previous",
                key_display="[", tooltip="Show the previous contradiction in the list"),
        Binding("w", "why", "Why", id="pair-why",
                tooltip="Show or hide why the two clash: the explanation and the rationale"),
        # 1 and 2 only: `b` is the app's key for the bidi mode and must keep working here.
        Binding("1", "source('a')", "Open 1", id="pair-source-a",
                tooltip="Open the first statement in the statements screen (Esc comes back)"),
        Binding("2", "source('b')", "Open 2", id="pair-source-b",
                tooltip="Open the second statement in the statements screen (Esc comes back)"),
        Binding("tab", "other_side", "Side", id="pair-side",
                tooltip="Scroll the other statement (↑ ↓ PgUp PgDn scroll the one marked)"),
        Binding("escape", "back", "Back", id="pair-back",
                tooltip="Back to the list of contradictions"),
    ]  # fmt: skip

    # What the footer offers first, in this order, while it fits.
    FOOTER_KEYS = ("pair-next", "pair-previous", "pair-why", "pair-source-a", "pair-source-b",
                   "pair-back")  # fmt: skip

    index: var[int] = var(0, init=False)
    why: var[bool] = var(False, init=False)

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
        # The explanation names actors and outlets: English whose Arabic the engine draws.
        yield DataText(id="pair-explanation").data_bind(mode=PairScreen.bidi)
        yield DataText(id="pair-inline-rationale").data_bind(mode=PairScreen.bidi)
        with Container(id="pair-panels"):
            yield StatementPanel("a", id="panel-a").data_bind(mode=PairScreen.bidi)
            yield StatementPanel("b", id="panel-b").data_bind(mode=PairScreen.bidi)
        # Why they clash, in full, in place of the two sides: readable at 80×24 too.
        with VerticalScroll(id="pair-why") as why:
            why.border_title = " Why they clash "
            yield DataText(id="pair-why-explanation").data_bind(mode=PairScreen.bidi)
            yield DataText(id="pair-rationale").data_bind(mode=PairScreen.bidi)
            yield DataText(id="pair-origin").data_bind(mode=PairScreen.bidi)
        yield KeyBar()

    def on_mount(self) -> None:
        self._show()
        self.query_one("#panel-a", StatementPanel).scroller.focus()

    def on_resize(self) -> None:
        self.set_class(self.size.width < SIDE_BY_SIDE_FROM, "-stacked")
        self.set_class(self.size.height >= RATIONALE_INLINE_FROM, "-roomy")

    def watch_index(self) -> None:
        self._show()

    def watch_why(self, why: bool) -> None:
        self.set_class(why, "-why")
        if why:
            self.query_one("#pair-why", VerticalScroll).focus()
        else:
            self.query_one("#panel-a", StatementPanel).scroller.focus()

    def _show(self) -> None:
        c = self.current
        title = Lines(f" {self.index + 1}/{len(self.contradictions)} ", "reverse")
        title.add(f" {KIND_NAMES.get(c.kind, c.kind)} · ")
        title.add(SEVERITY_BADGE.get(c.severity, c.severity), "bold")
        title.add(f" · {c.origin} · {self.status_of(c.id)} · ").data(c.id)
        self.query_one("#pair-title", DataText).update(title)
        self.query_one("#pair-explanation", DataText).update(Lines().prose(c.explanation))
        self.query_one("#pair-why-explanation", DataText).update(Lines().prose(c.explanation))
        rationale = Lines()
        if c.rationale:
            rationale.add("Rationale", "bold").newline().prose(c.rationale)
        else:
            rationale.add("Found by the rules from the two statements' labels and deadlines; "
                          "no analyst's rationale.")  # fmt: skip
        self.query_one("#pair-rationale", DataText).update(rationale)
        inline = self.query_one("#pair-inline-rationale", DataText)
        inline.update(Lines().prose(c.rationale))
        inline.set_class(bool(c.rationale), "-given")
        origin = Lines(f"{c.origin} · severity {c.severity} · ").data(c.id)
        self.query_one("#pair-origin", DataText).update(origin.add(" · w or Esc: the sides"))
        for side, sid, span in (("a", c.a, c.span_a), ("b", c.b, c.span_b)):
            panel = self.query_one(f"#panel-{side}", StatementPanel)
            panel.show(self.corpus, c, self.corpus.statements[sid], span)
            panel.scroller.scroll_home(animate=False)
        self.query_one("#pair-why", VerticalScroll).scroll_home(animate=False)

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

    def action_why(self) -> None:
        self.why = not self.why

    def action_other_side(self) -> None:
        if self.why:
            return
        a, b = (self.query_one(f"#panel-{s}", StatementPanel).scroller for s in "ab")
        (a if b.has_focus else b).focus()

    def action_source(self, side: str) -> None:
        c = self.current
        # The app goes to the statements screen and selects the statement there; Escape
        # there comes back to this pair (see MainScreen.return_to).
        self.post_message(OpenStatement(c.a if side == "a" else c.b, self.return_path()))

    def return_path(self) -> dict[str, object]:
        """Where `Escape` on the statements screen brings the analyst back: the list this
        pair was opened from, as it was, with this pair open on top of it."""
        below = self.app.screen_stack[-2] if len(self.app.screen_stack) > 1 else None
        listed = below.session_state() if isinstance(below, MawqifScreen) else {}
        return {"screen": "contradictions", **listed, "selected": self.current.id, "pair": True}

    def session_state(self) -> dict[str, object]:
        """This pair, over the list it was opened from: the next start reopens both."""
        return self.return_path()

    def action_back(self) -> None:
        if self.why:
            self.why = False
            return
        self.dismiss(self.current.id)
