"""The statement form: speaker, form, labels, English summary and deadlines of one quote,
to correct a statement or to add one the import missed."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Select
from textual.widgets.option_list import Option

from ..arabic.display import parse_mode
from ..data.dates import said_problem
from ..data.model import FORMS, THREAT, WITHDRAWAL, Actor, Article
from ..resources import styles_dir
from ..services import bidi_of
from ..widgets.arabic import ArabicText
from ..widgets.fields import text_field
from ..widgets.key_bar import KeyBar
from ..widgets.lines import Lines
from ..widgets.reads_as import ReadsAs
from .deadline_dialog import DeadlineDialog, DeadlineRecord

ADD = "__add_deadline__"
# Asks the analyst for an actor (the picker, or a new one), then calls back with its id.
PickActor = Callable[[str | None, Callable[[str], None]], None]


@dataclass(frozen=True)
class StatementDraft:
    """A statement's correctable fields as the form shows them."""

    actor: str | None
    form: str
    withdrawal: str
    threat: str
    summary_en: str
    deadlines: tuple[DeadlineRecord, ...] = ()
    said_on: str = ""  # the date said as typed: YYYY, YYYY-MM, YYYY-MM-DD, "" when unknown


class DeadlineList(OptionList):
    """The form's deadlines, one a row, and a last row that adds one."""

    BINDINGS = [
        Binding(
            "a",
            "add",
            "Add deadline",
            id="form-add-deadline",
            tooltip="Add a deadline to this quote",
        ),
        Binding(
            "x,delete",
            "remove",
            "Remove",
            id="form-remove-deadline",
            tooltip="Remove the highlighted deadline",
        ),
    ]

    def action_add(self) -> None:
        self.highlighted = self.option_count - 1
        self.action_select()

    def action_remove(self) -> None:
        form = self.screen
        if isinstance(form, StatementForm) and self.highlighted is not None:
            form.remove_deadline(self.highlighted)


class StatementForm(ModalScreen[StatementDraft | None]):
    """Correct (or add) one statement: Tab moves between fields, Ctrl+S keeps, Escape
    leaves it as it was."""

    CSS_PATH = styles_dir() / "dialogs.tcss"
    BINDINGS = [
        Binding("ctrl+s", "keep", "Keep", id="form-keep", tooltip="Keep these fields"),
        Binding("escape", "cancel", "Cancel", id="form-cancel", tooltip="Close without a change"),
    ]

    def __init__(
        self,
        title: str,
        article: Article,
        span: tuple[int, int],
        draft: StatementDraft,
        actors: Callable[[], Mapping[str, Actor]],
        pick_actor: PickActor,
    ) -> None:
        """Edit `draft`, the statement of `article` at `span`; `pick_actor` asks for a
        speaker (or a new one), `actors` gives the actors as they now are."""
        super().__init__()
        self.title_text = title
        self.article, self.span = article, span
        self.draft = draft
        self.actors = actors
        self.pick_actor = pick_actor

    def compose(self) -> ComposeResult:
        d = self.draft
        start, end = self.span
        mode = parse_mode(bidi_of(self.app))
        with Vertical(id="statement-dialog", classes="dialog"):
            yield Label(self.title_text, id="form-title", markup=False)
            yield ArabicText(self.article.text[start:end], mode=mode, id="form-quote")
            yield Label("speaker (Enter changes it)", classes="dialog-hint")
            yield Button("", id="form-speaker", compact=True)
            with Horizontal(id="form-labels"):
                yield Select([(f.replace("_", " "), f) for f in FORMS], value=d.form,
                             allow_blank=False, id="form-form")  # fmt: skip
                yield Select([(w, w) for w in WITHDRAWAL], value=d.withdrawal,
                             allow_blank=False, id="form-withdrawal")  # fmt: skip
                yield Select([(t, t) for t in THREAT], value=d.threat,
                             allow_blank=False, id="form-threat")  # fmt: skip
            with Horizontal(id="form-text"):
                # Before the summary, so that Enter there still goes on to the deadlines.
                yield text_field(d.said_on, placeholder="unknown", id="form-said")
                yield text_field(
                    d.summary_en, placeholder="English summary", id="form-summary", prose=True
                )
            yield ReadsAs(id="form-reads", classes="reads-as")
            yield DeadlineList(id="form-deadlines")
            yield Label("", id="form-error", classes="dialog-error")
        yield KeyBar()

    def on_resize(self) -> None:
        self._show()

    def on_mount(self) -> None:
        self.query_one("#form-labels").border_title = "form · withdrawal stance · ISIS threat"
        self.query_one("#form-speaker").tooltip = "Enter changes the speaker"
        self.query_one(DeadlineList).border_title = "deadlines (a adds, Enter edits, x removes)"
        self.query_one("#form-summary").border_title = "English summary"
        said = self.query_one("#form-said")
        said.border_title = "date said"
        said.tooltip = "When it was said: YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown"
        self._show()
        if self.draft.actor is None:  # a new statement: its speaker comes first
            self.call_after_refresh(self._choose_speaker, "#form-summary")
        self.query_one("#form-speaker").focus()

    @on(Input.Changed, "#form-summary")
    def _follow(self) -> None:
        self.query_one(ReadsAs).follow_focused({"form-summary": True})

    def on_descendant_focus(self) -> None:
        self._follow()

    def _show(self) -> None:
        mode = bidi_of(self.app)
        speaker = Lines("Speaker: ", "bold")
        actor = self.actors().get(self.draft.actor or "")
        if actor is None:
            speaker.add("none yet — Enter chooses one")
        else:
            # One row, cut at its logical end: Arabic in visual order must never wrap.
            speaker.data(actor.name_en).add("  ").data(actor.name_ar)
        button = self.query_one("#form-speaker", Button)
        self.query_one("#form-speaker", Button).label = speaker.text(
            max(20, (button.size.width or 70) - 2), mode, wrap=False
        )
        width = max(20, (self.query_one(DeadlineList).scrollable_content_region.width or 70) - 2)
        options = []
        for d in self.draft.deadlines:
            row = Lines(f"{d['due']:<10} ").data(d["event"]).add("  ")
            row.data(self.article.text[d["cue_start"] : d["cue_end"]])
            options.append(Option(row.text(width, mode, wrap=False)))
        options.append(Option(Text("+ Add a deadline (a)", style="bold"), id=ADD))
        deadlines = self.query_one(DeadlineList)
        at = deadlines.highlighted
        deadlines.set_options(options)
        deadlines.highlighted = min(at or 0, len(options) - 1)
        cues = tuple((d["cue_start"] - self.span[0], d["cue_end"] - self.span[0], "cue-a")
                     for d in self.draft.deadlines)  # fmt: skip
        self.query_one("#form-quote", ArabicText).highlights = cues

    def _choose_speaker(self, then_focus: str = "#form-speaker") -> None:
        """Ask for the speaker; once chosen (or an actor created), the focus goes to
        `then_focus`: back on the speaker when the analyst changed it from there, on to the
        summary when the form asked first, for a new statement."""

        def chosen(actor_id: str) -> None:
            self.draft = replace(self.draft, actor=actor_id)
            self._show()
            # After the dialogs over the form have gone, which give the focus back to
            # what had it before them: the speaker's new name is what the analyst sees.
            self.call_after_refresh(self.query_one(then_focus).focus)

        self.pick_actor(self.draft.actor, chosen)

    @on(Button.Pressed, "#form-speaker")
    def _speaker(self) -> None:
        self._choose_speaker()

    @on(OptionList.OptionSelected, "#form-deadlines")
    def _deadline(self, event: OptionList.OptionSelected) -> None:
        index = event.option_index
        current = None if event.option.id == ADD else self.draft.deadlines[index]

        def done(record: DeadlineRecord | None) -> None:
            if record is None:
                return
            kept = list(self.draft.deadlines)
            if current is None:
                kept.append(record)
            else:
                kept[index] = record
            self.draft = replace(self.draft, deadlines=tuple(kept))
            self._show()

        self.app.push_screen(DeadlineDialog(self.article, self.span, current), done)

    def remove_deadline(self, index: int) -> None:
        """Take the deadline at `index` out of the form."""
        if index < len(self.draft.deadlines):
            kept = self.draft.deadlines[:index] + self.draft.deadlines[index + 1 :]
            self.draft = replace(self.draft, deadlines=kept)
            self._show()

    @on(Input.Submitted, "#form-summary, #form-said")
    def _summary_done(self) -> None:
        self.focus_next()

    def action_keep(self) -> None:
        if self.draft.actor is None:
            self.query_one("#form-error", Label).update("Choose the speaker first "
                                                        "(Enter on Speaker).")  # fmt: skip
            return
        said = self.query_one("#form-said", Input).value.strip()
        wrong = said_problem(said)
        if wrong is not None:
            # One line that says the forms it takes; what was typed is never read as markup.
            self.query_one("#form-error", Label).update(Text(f"{wrong[:1].upper()}{wrong[1:]}."))
            self.query_one("#form-said").focus()
            return
        summary = " ".join(self.query_one("#form-summary", Input).value.split())
        self.dismiss(replace(
            self.draft,
            form=str(self.query_one("#form-form", Select).value),
            withdrawal=str(self.query_one("#form-withdrawal", Select).value),
            threat=str(self.query_one("#form-threat", Select).value),
            summary_en=summary,
            said_on="" if said == "unknown" else said,
        ))  # fmt: skip

    def action_cancel(self) -> None:
        self.dismiss(None)
