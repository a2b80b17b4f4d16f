"""Check boxes that read ticked or unticked without colour: `[x]` and `[ ]`.

Textual draws every box of a SelectionList or Checkbox as an "X" and tells ticked from
unticked by colour alone, so under NO_COLOR or in 16 colours every box looked ticked.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.content import Content
from textual.strip import Strip
from textual.widgets import Checkbox, SelectionList

TICKED, UNTICKED = "[x]", "[ ]"


class TickList(SelectionList[str]):
    """A SelectionList whose boxes show `[x]` when ticked and `[ ]` when not."""

    def render_line(self, y: int) -> Strip:
        line = super().render_line(y)
        try:
            selection = self.get_option_at_index(self.scroll_offset.y + y)
        except Exception:  # noqa: BLE001 - a row below the last option: nothing to change
            return line
        segments = list(line)
        # Textual draws the box as its first three segments (its sides and its "X"), a
        # space, then the prompt; the box is put back in the same three cells.
        if len(segments) < 3 or sum(len(s.text) for s in segments[:3]) != len(TICKED):
            return line
        ticked = selection.value in self.selected
        # In the prompt's own style: Textual's box style hides an unticked "X" by drawing
        # it in its background's colour, which would hide "[ ]" as well.
        prompt = segments[3].style if len(segments) > 3 else None
        style = (prompt or Style()) + Style(bold=ticked)
        box = TICKED if ticked else UNTICKED
        return Strip([Segment(box, style), *segments[3:]], line.cell_length)


class TickBox(Checkbox):
    """A Checkbox that shows `[x]` when ticked and `[ ]` when not."""

    def render(self) -> Content:
        # In the label's style, for the reason TickList gives.
        box = Content.styled(TICKED if self.value else UNTICKED,
                             self.get_visual_style("toggle--label"))  # fmt: skip
        label = self.label.pad(1, 1).stylize_before(self.get_visual_style("toggle--label"))
        return Content.assemble(box, label)
