"""Dialogs about actors: pick one by Arabic or English name, create one, edit one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.fuzzy import Matcher
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Select
from textual.widgets.option_list import Option

from ..arabic.display import has_rtl, parse_mode
from ..data.model import ACTOR_KINDS, Actor
from ..resources import styles_dir
from ..services import bidi_of
from ..widgets.actor_palette import name_score
from ..widgets.arabic import ArabicText
from ..widgets.fields import text_field
from ..widgets.key_bar import KeyBar
from ..widgets.lines import DataText, Lines
from ..widgets.reads_as import ReadsAs

NEW = "__new_actor__"


@dataclass(frozen=True)
class Pick:
    """What the picker returns: an actor's id, or None to create one named like `query`."""

    actor: str | None
    query: str = ""


@dataclass(frozen=True)
class ActorDraft:
    """A new actor as the analyst describes it."""

    name_ar: str
    name_en: str
    role: str
    kind: str


class ActorPicker(ModalScreen[Pick | None]):
    """Type part of a name, Arabic or English (folded as search folds it); Enter picks."""

    CSS_PATH = styles_dir() / "dialogs.tcss"
    BINDINGS = [
        # Enter picks, as in any list; Ctrl+S, the keep key of every correction dialog, too.
        Binding("enter,ctrl+s", "pick", "Pick", id="picker-pick",
                tooltip="Choose the highlighted actor (Enter or Ctrl+S)"),
        Binding("down", "move(1)", "Next", id="picker-down", show=False,
                tooltip="Highlight the next actor"),
        Binding("up", "move(-1)", "Previous", id="picker-up", show=False,
                tooltip="Highlight the previous actor"),
        Binding("ctrl+n", "new", "New actor", id="picker-new",
                tooltip="Create an actor: Arabic name, English name, role"),
        Binding("escape", "cancel", "Cancel", id="picker-cancel", tooltip="Close without choosing"),
    ]  # fmt: skip

    def __init__(
        self,
        title: str,
        actors: Sequence[tuple[Actor, int]],
        *,
        current: str | None = None,
        allow_new: bool = True,
    ) -> None:
        """Choose among `actors` (with their statement counts), `current` first highlighted."""
        super().__init__()
        self.title_text = title
        self.actors = list(actors)
        self.current = current
        self.allow_new = allow_new

    def compose(self) -> ComposeResult:
        with Vertical(id="actor-dialog", classes="dialog"):
            # The title names actors (a merge's): English prose with Arabic in it.
            yield DataText(Lines().prose(self.title_text), mode=bidi_of(self.app), id="actor-title")
            yield text_field(placeholder="part of a name, Arabic or English", id="actor-query")
            yield ReadsAs(id="actor-reads", classes="reads-as")
            yield OptionList(id="actor-options")
            yield Label("↑ ↓ choose · Enter or Ctrl+S picks", classes="dialog-hint")
        yield KeyBar()

    def on_mount(self) -> None:
        self._list("")
        self.call_after_refresh(self._relist)  # once the list's width is known
        self.query_one(Input).focus()

    def on_resize(self) -> None:
        self._relist()

    def _relist(self) -> None:
        self._list(self.query_one(Input).value)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.allow_new if action == "new" else True

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        self.query_one(ReadsAs).follow(event.value, bidi_of(self.app))
        self._list(event.value)

    def _list(self, query: str) -> None:
        matcher = Matcher(query)
        if query.strip():
            scored = [(name_score(a, query, matcher), a, n) for a, n in self.actors]
            rows = [(a, n) for score, a, n in sorted(scored, key=lambda r: -r[0]) if score > 0]
        else:
            rows = self.actors
        options = [Option(self._prompt(a, n), id=a.id) for a, n in rows]
        if self.allow_new:
            options.append(Option(Text("+ New actor… (Ctrl+N)", style="bold"), id=NEW))
        box = self.query_one(OptionList)
        box.set_options(options)
        ids = [o.id for o in options]
        box.highlighted = ids.index(self.current) if self.current in ids and not query else 0

    def _prompt(self, actor: Actor, count: int) -> Text:
        # Two rows, each cut to the list's width at its logical end: a row of Arabic that
        # Rich wrapped would be split in visual order, its end read first.
        shown = self.query_one(OptionList).scrollable_content_region.width
        width = shown - 1 if shown > 20 else 66
        prompt = Lines().data(actor.name_en, "bold")
        prompt.add(f"  {count} statement{'s' if count != 1 else ''}", "dim")
        prompt.newline().data(actor.name_ar)
        if actor.role:  # an import's role is the Arabic title it found
            prompt.add(" · ", "dim").data(actor.role, "dim")
        return prompt.text(width, bidi_of(self.app), wrap=False)

    def action_move(self, step: int) -> None:
        box = self.query_one(OptionList)
        if box.option_count:
            box.highlighted = ((box.highlighted or 0) + step) % box.option_count

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_pick()

    @on(OptionList.OptionSelected)
    def _selected(self) -> None:
        self.action_pick()

    def action_pick(self) -> None:
        box = self.query_one(OptionList)
        if box.highlighted is None or not box.option_count:
            return
        chosen = box.get_option_at_index(box.highlighted).id
        if chosen == NEW:
            self.action_new()
        else:
            self.dismiss(Pick(chosen))

    def action_new(self) -> None:
        if self.allow_new:
            self.dismiss(Pick(None, self.query_one(Input).value.strip()))

    def action_cancel(self) -> None:
        self.dismiss(None)


class NewActorDialog(ModalScreen[ActorDraft | None]):
    """Create an actor: Arabic name as the article writes it, English name, role, kind."""

    CSS_PATH = styles_dir() / "dialogs.tcss"
    BINDINGS = [
        Binding("ctrl+s", "keep", "Create", id="new-actor-keep", tooltip="Create the actor"),
        Binding(
            "escape",
            "cancel",
            "Cancel",
            id="new-actor-cancel",
            tooltip="Close without creating an actor",
        ),
    ]

    def __init__(self, named: str = "") -> None:
        """Start from `named`, what was typed in the picker (Arabic or English)."""
        super().__init__()
        self.named = named

    def compose(self) -> ComposeResult:
        arabic = self.named if has_rtl(self.named) else ""
        english = "" if arabic else self.named
        with Vertical(id="new-actor-dialog", classes="dialog"):
            yield Label("New actor — Tab moves, Ctrl+S (or Enter on the role) creates",
                        markup=False)  # fmt: skip
            yield text_field(arabic, placeholder="Arabic name, as the article writes it",
                             id="new-name-ar")  # fmt: skip
            yield ReadsAs(id="new-reads", classes="reads-as")
            yield text_field(english, placeholder="English name", id="new-name-en")
            yield text_field(placeholder="role, e.g. Spokesman of the US Department of Defense",
                             id="new-role")  # fmt: skip
            yield Select([(k.replace("_", " "), k) for k in ACTOR_KINDS], value="official",
                         allow_blank=False, id="new-kind")  # fmt: skip
            yield Label("", id="new-error", classes="dialog-error")
        yield KeyBar()

    def on_mount(self) -> None:
        for widget_id, title in (("#new-name-ar", "Arabic name"), ("#new-name-en", "English name"),
                                 ("#new-role", "role"), ("#new-kind", "kind")):  # fmt: skip
            self.query_one(widget_id).border_title = title
        self.query_one("#new-name-ar" if not self.named or has_rtl(self.named) else "#new-name-en",
                       Input).focus()  # fmt: skip
        self._follow()

    @on(Input.Changed)
    def _follow(self) -> None:
        # What is typed in the focused field, as it will read: names and role as fields.
        self.query_one(ReadsAs).follow_focused({"new-name-ar": False, "new-name-en": False,
                                                "new-role": False})  # fmt: skip

    def on_descendant_focus(self) -> None:
        self._follow()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "new-role":
            self.action_keep()
        else:
            self.focus_next()

    def action_keep(self) -> None:
        name_ar = " ".join(self.query_one("#new-name-ar", Input).value.split())
        name_en = " ".join(self.query_one("#new-name-en", Input).value.split())
        if not name_ar or not name_en:
            self.query_one("#new-error", Label).update("An actor needs an Arabic and an "
                                                       "English name.")  # fmt: skip
            return
        role = " ".join(self.query_one("#new-role", Input).value.split())
        kind = str(self.query_one(Select).value)
        self.dismiss(ActorDraft(name_ar, name_en, role, kind))

    def action_cancel(self) -> None:
        self.dismiss(None)


class ActorEditDialog(ModalScreen[tuple[str, str] | None]):
    """Change an actor's English name and role; the Arabic name stays as written."""

    CSS_PATH = styles_dir() / "dialogs.tcss"
    BINDINGS = [
        Binding(
            "ctrl+s", "keep", "Keep", id="actor-edit-keep", tooltip="Keep the English name and role"
        ),
        Binding(
            "escape", "cancel", "Cancel", id="actor-edit-cancel", tooltip="Close without a change"
        ),
    ]

    def __init__(self, actor: Actor) -> None:
        super().__init__()
        self.actor = actor

    def compose(self) -> ComposeResult:
        a = self.actor
        with Vertical(id="edit-actor-dialog", classes="dialog"):
            yield Label(f"Actor {a.id} — Enter on the role or Ctrl+S keeps", markup=False)
            yield ArabicText(a.name_ar, mode=parse_mode(bidi_of(self.app)), id="edit-name-ar")
            if a.aliases:
                also = Lines("also called: ", "dim").join(a.aliases, " · ", "dim")
                yield DataText(also, mode=bidi_of(self.app), id="edit-aliases")
            yield text_field(a.name_en, placeholder="English name", id="edit-name-en")
            yield text_field(a.role, placeholder="role", id="edit-role")
            # Textual's field draws what it holds as typed: an import's Arabic role, shown
            # once more as it reads.
            yield ReadsAs(id="edit-reads", classes="reads-as")
            yield Label("", id="edit-error", classes="dialog-error")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#edit-name-en").border_title = "English name"
        self.query_one("#edit-role").border_title = "role"
        self.query_one("#edit-name-en", Input).focus()

    @on(Input.Changed)
    def _follow(self) -> None:
        self.query_one(ReadsAs).follow_focused({"edit-name-en": False, "edit-role": False})

    def on_descendant_focus(self) -> None:
        self._follow()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "edit-role":
            self.action_keep()
        else:
            self.focus_next()

    def action_keep(self) -> None:
        name_en = " ".join(self.query_one("#edit-name-en", Input).value.split())
        if not name_en:
            self.query_one("#edit-error", Label).update("The English name cannot be empty.")
            return
        self.dismiss((name_en, " ".join(self.query_one("#edit-role", Input).value.split())))

    def action_cancel(self) -> None:
        self.dismiss(None)
