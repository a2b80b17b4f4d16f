"""The actors of the workspace with their statement counts and prevailing stance."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.text import Text
from textual.binding import Binding
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..data.model import Actor
from .arabic import cell_text
from .badges import WITHDRAWAL_BADGE
from .keys import ACTOR_KEYS

ALL_ACTORS = "__all__"
# Actors listed before the first frame that shows the statements; a longer list (500 actors
# at 100,000 statements, 5,000 at a million: 0.3 s of cutting names) follows in the next
# frame, so the statements never wait for it.
AT_ONCE = 100


class ActorList(OptionList):
    """Actors by statement count: English name, count and stance, Arabic name beneath."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", id="actors-down", show=False,
                tooltip="Move to the next actor"),
        Binding("k", "cursor_up", "Up", id="actors-up", show=False,
                tooltip="Move to the previous actor"),
    ]  # fmt: skip
    # The actor keys, bound on the screen, come first in the footer while this has focus.
    FOOTER_KEYS = ACTOR_KEYS

    mode: reactive[str] = reactive("visual")

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: Sequence[tuple[Actor, int, str]] = ()
        self._total = 0
        self._built_width = 0  # the width the options were last made for; 0: not yet
        self._waiting: str | None = None  # the actor to highlight once first laid out
        # Each actor's prompt as last made, by what it shows: a workspace of a million
        # statements has 5,000 actors, and each cut of an Arabic name costs.
        self._prompts: dict[tuple[Actor, int, str, int, str], Text] = {}

    def show(self, rows: Sequence[tuple[Actor, int, str]], total: int, current: str | None) -> None:
        """List (actor, count, prevailing stance) rows under an "All actors" entry."""
        self._rows, self._total = rows, total
        if self.size.width:
            self._rebuild(current)
        else:  # made once, at the width the first layout gives (see on_resize)
            self._waiting = current

    def watch_mode(self) -> None:
        if self._built_width > 0:
            current = self.highlighted_option.id if self.highlighted_option else None
            self._rebuild(current)

    def on_resize(self) -> None:
        if self._width() == self._built_width:
            return
        if not self._built_width and len(self._rows) > AT_ONCE:
            self._built_width = -1  # to be made after the next frame (see AT_ONCE)
            self.call_after_refresh(self._first)
            return
        current = self.highlighted_option.id if self.highlighted_option else self._waiting
        self._rebuild(current)

    def _first(self) -> None:
        if self._built_width == -1:  # not made meanwhile (a new list, a new mode)
            self._rebuild(self._waiting)

    def _width(self) -> int:
        region = self.scrollable_content_region
        width = region.width
        # Options that will not fit (two lines an actor, and "All actors") bring a
        # scrollbar, which takes its columns: made for that width from the start.
        if not self.show_vertical_scrollbar and 1 + 2 * len(self._rows) > region.height:
            width -= self.styles.scrollbar_size_vertical
        return max(12, width - 1 or 26)

    def _rebuild(self, current: str | None) -> None:
        width = self._width()
        self._built_width, self._waiting = width, None
        options = [Option(Text(f"All actors  {self._total}", style="bold"), id=ALL_ACTORS)]
        made, self._prompts = self._prompts, {}
        for actor, count, stance in self._rows:
            key = (actor, count, stance, width, self.mode)
            prompt = made.get(key) or self._prompt(actor, count, stance, width)
            self._prompts[key] = prompt
            options.append(Option(prompt, id=actor.id))
        self.set_options(options)
        ids: Mapping[str | None, int] = {o.id: i for i, o in enumerate(options)}
        self.highlighted = ids.get(current or ALL_ACTORS, 0)
        # Should the scrollbar come or go otherwise than foreseen (see _width), the options
        # are narrowed or widened without a resize.
        self.call_after_refresh(self._narrowed)

    def _narrowed(self) -> None:
        if self._built_width > 0 and self._width() != self._built_width:
            current = self.highlighted_option.id if self.highlighted_option else None
            self._rebuild(current)

    def _prompt(self, actor: Actor, count: int, stance: str, width: int) -> Text:
        # English name, count and prevailing stance on the first row; the Arabic name,
        # which matters most to an Arabic reader, gets the whole second row.
        tail = f"{count:>3} {WITHDRAWAL_BADGE[stance]:<5}"
        room = max(1, width - len(tail) - 1)
        name = cell_text(actor.name_en, room, self.mode)  # an analyst may name it in Arabic
        name.pad_right(max(0, room - name.cell_len))
        line = Text(style="bold")
        line.append_text(name)
        line.append(" ")
        line.append(tail)
        line.append("\n")
        line.append_text(cell_text(actor.name_ar, width, self.mode))
        return line
