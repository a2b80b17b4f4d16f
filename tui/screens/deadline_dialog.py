"""The deadline dialog: the event, its due date, how it was worked out, and its cue, marked
word by word on the quote."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select

from ..data.dates import DUE_YEARS, due_problem
from ..data.model import EVENTS, Article
from ..data.spans import WordMark
from ..resources import styles_dir
from ..services import bidi_of
from ..widgets.fields import text_field
from ..widgets.key_bar import KeyBar
from ..widgets.lines import DataText, Lines
from ..widgets.reads_as import ReadsAs
from ..widgets.word_marker import WordMarker

# A deadline as the dialogs pass it around and fixes store it: offsets into the article.
DeadlineRecord = dict[str, Any]


def event_label(event: str, width: int = 62) -> str:
    """An event's id and what it means, cut to one line of the choice."""
    label = f"{event} — {EVENTS[event]}"
    return label if len(label) <= width else label[: width - 1] + "…"


class DeadlineDialog(ModalScreen[DeadlineRecord | None]):
    """Add or change one deadline of a quote: Ctrl+S keeps it, Escape leaves it as it was."""

    CSS_PATH = styles_dir() / "dialogs.tcss"
    BINDINGS = [
        Binding("ctrl+s", "keep", "Keep", id="deadline-keep", tooltip="Keep this deadline"),
        Binding(
            "escape",
            "cancel",
            "Cancel",
            id="deadline-cancel",
            tooltip="Close without changing the deadline",
        ),
    ]

    def __init__(
        self, article: Article, span: tuple[int, int], deadline: DeadlineRecord | None = None
    ) -> None:
        """A deadline inside the quote `span` of `article`; `deadline` to change one."""
        super().__init__()
        self.article, self.span = article, span
        self.deadline = deadline or {}

    def compose(self) -> ComposeResult:
        start, end = self.span
        quote = self.article.text[start:end]
        cue = None
        if "cue_start" in self.deadline:
            cue = (self.deadline["cue_start"] - start, self.deadline["cue_end"] - start)
        mark = WordMark.over(quote, 0, len(quote), cue)
        event = self.deadline.get("event")
        with Vertical(id="deadline-dialog", classes="dialog"):
            yield Label("Deadline — mark its words (← →, Space), then Tab to the event and date")
            yield WordMarker(quote, mark, at=start, always=True, mode=bidi_of(self.app),
                             id="deadline-cue")  # fmt: skip
            yield Select([(event_label(e), e) for e in EVENTS], prompt="the event (Enter opens)",
                         value=event if event in EVENTS else Select.NULL,
                         id="deadline-event")  # fmt: skip
            yield text_field(
                self.deadline.get("due", ""),
                id="deadline-due",
                placeholder=f"YYYY, YYYY-MM or YYYY-MM-DD in {DUE_YEARS[0]}–"
                f"{DUE_YEARS[1]}, or indefinite",
            )
            yield text_field(
                self.deadline.get("derivation", ""),
                id="deadline-derivation",
                placeholder="e.g. within 12 months of 27 Sep 2024 → 2025-09",
                prose=True,
            )
            # An import's derivation opens with the Arabic cue: shown once more as it reads.
            yield ReadsAs(id="deadline-reads", classes="reads-as")
            # It may quote the due date typed, Arabic too: drawn by the engine, as it reads.
            yield DataText(id="deadline-error", classes="dialog-error", mode=bidi_of(self.app))
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#deadline-event").border_title = "event"
        self.query_one("#deadline-due").border_title = "due"
        self.query_one("#deadline-derivation").border_title = "how the date was worked out"
        self.query_one(WordMarker).focus()

    @on(Input.Changed)
    def _follow(self) -> None:
        self.query_one(ReadsAs).follow_focused({"deadline-due": False,
                                                "deadline-derivation": True})  # fmt: skip

    def on_descendant_focus(self) -> None:
        self._follow()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "deadline-derivation":
            self.action_keep()
        else:
            self.focus_next()

    def action_keep(self) -> None:
        marker = self.query_one(WordMarker)
        event = self.query_one(Select).value
        due = self.query_one("#deadline-due", Input).value.strip()
        wrong = due_problem(due)
        if not marker.mark.anchored:
            # Without a mark the cue would be whatever word the cursor was left on.
            problem = (
                "No words marked: on the quote, ← → to the deadline's first word, "
                "Space, then ← → to its last."
            )
            marker.focus()
        elif event is Select.NULL:
            problem = "Choose the event (Tab to it, Enter opens the list)."
        elif wrong is not None:
            problem = f"{wrong[:1].upper()}{wrong[1:]}."
        else:
            cue_start, cue_end = marker.article_span
            derivation = " ".join(self.query_one("#deadline-derivation", Input).value.split())
            self.dismiss({"event": event, "due": due, "cue_start": cue_start,
                          "cue_end": cue_end, "derivation": derivation})  # fmt: skip
            return
        # What the analyst typed is never read as markup; Arabic in it reads joined.
        self.query_one("#deadline-error", DataText).update(Lines().prose(problem))

    def action_cancel(self) -> None:
        self.dismiss(None)
