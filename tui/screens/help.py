"""The help screen: what the current screen is for and every key it answers to."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Markdown

GLOBAL_HELP = """\
## Legend

| mark | means |
| --- | --- |
| `LEAVE` `STAY` `COND` | stance on the withdrawal (column EXIT): supports, opposes, conditional |
| `HIGH` `MOD` `LOW` | ISIS-threat assessment (column ISIS); clash severity: `HIGH` `MED` `LOW` |
| `·` | no label (unspecified); between two dates said: context, no clash |
| `—` | date said unknown |
| `✓` `!` `✗` | reviewed, disputed, rejected (a contradiction: dismissed); blank: not reviewed |
| `≠` | two due dates that clash; `open`: no end date |
| `◆` `●` | on the timeline: a deadline that clashes, one that agrees |

## Arabic display

`b` cycles how Arabic is drawn. **visual** (default): mawqif joins the letters and puts
each row in reading order, for terminals that do neither (most, and tmux). **terminal**:
mawqif sends the text in logical order and your terminal shapes and reorders it (GNOME
Terminal and other VTE terminals with bidi, Konsole, mlterm). **raw**: logical text,
unaligned. Pick the mode in which the sample line in the top bar reads right.
"""


def _key_name(key: str) -> str:
    names = {"slash": "/", "question_mark": "?", "escape": "Esc", "enter": "Enter"}
    return ", ".join(names.get(k, k) for k in key.split(","))


def keys_table(screen: Screen[object]) -> str:
    """A Markdown table of the keys active on `screen`, with what each does."""
    rows = ["| key | action |", "| --- | --- |"]
    seen: set[str] = set()
    for key, active in screen.active_bindings.items():
        binding = active.binding
        label = binding.tooltip or binding.description
        # A widget's "screen.x" key is the screen's "x" shown first in the footer.
        action = binding.action.removeprefix("screen.")
        # A hidden binding without an id is a second key for an action listed already.
        if not label or action in seen or (not binding.show and not binding.id):
            continue
        seen.add(action)
        shown = binding.key_display or _key_name(key)
        rows.append(f"| `{shown}` | {label} |")
    return "\n".join(rows)


class HelpScreen(ModalScreen[None]):
    """Help for the screen below it; Escape or ? closes it."""

    BINDINGS = [
        Binding(
            "escape,question_mark,q",
            "dismiss",
            "Close help",
            id="help-close",
            tooltip="Close the help and go back",
        )
    ]

    def __init__(self, below: Screen[object]) -> None:
        super().__init__()
        self.below = below

    def compose(self) -> ComposeResult:
        text = "\n\n".join(
            part for part in (
                "# mawqif — help",
                getattr(self.below, "HELP", None) or "",
                "## Keys",
                keys_table(self.below),
                GLOBAL_HELP,
            ) if part
        )  # fmt: skip
        with VerticalScroll(id="help-body"):
            yield Markdown(text)

    def on_mount(self) -> None:
        body = self.query_one("#help-body")
        body.border_title = "help"
        body.border_subtitle = "↑↓ PgUp PgDn Home End scroll · Esc ? q close"
        body.focus()
