"""The baseline: the least a Textual app can be, a Static and a Footer, that quits on q."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Static


class MinimalApp(App[None]):
    """A Static that `s` updates and a Footer; what any Textual app pays at the least."""

    BINDINGS = [
        Binding("s", "bump", "Update"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.presses = 0

    def compose(self) -> ComposeResult:
        yield Static("minimal Textual app: 0 presses", id="body")
        yield Footer()

    def action_bump(self) -> None:
        self.presses += 1
        self.query_one("#body", Static).update(f"minimal Textual app: {self.presses} presses")


if __name__ == "__main__":
    MinimalApp().run()
