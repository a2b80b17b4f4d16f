"""The mawqif Textual application: screens, global keys, the bidi mode and the palette."""

from __future__ import annotations

import sys
from collections.abc import Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.driver import Driver
from textual.reactive import var
from textual.screen import Screen

from .config import BIDI_MODES
from .data.store import Workspace
from .resources import styles_dir
from .screens.help import HelpScreen
from .screens.main import MainScreen
from .widgets.actor_palette import ActorCommands


class MawqifApp(App[None]):
    """Who said what about the coalition's withdrawal from Iraq and the ISIS threat."""

    TITLE = "mawqif"
    CSS_PATH = [styles_dir() / name for name in ("app.tcss", "main.tcss", "dialogs.tcss")]
    COMMANDS = App.COMMANDS | {ActorCommands}
    # The global keys (?, q, b) are bound on every screen (screens/base.py) so the
    # footer shows them first; the app binds only what must work on any screen.
    BINDINGS = [Binding("ctrl+c", "quit", "Quit", show=False)]

    bidi: var[str] = var("visual")

    def __init__(self, workspace: Workspace, bidi: str = "visual") -> None:
        super().__init__()
        self.workspace = workspace
        self.set_reactive(MawqifApp.bidi, bidi)
        from .terminal import BidiAwareDriver

        BidiAwareDriver.visual = bidi == "visual"

    def on_mount(self) -> None:
        self.push_screen(MainScreen(self.workspace.corpus, self.bidi))

    @property
    def main_screen(self) -> MainScreen:
        """The main screen, wherever the analyst is now."""
        return next(s for s in self.screen_stack if isinstance(s, MainScreen))

    def open_statement(self, statement_id: str) -> None:
        """Go back to the main screen with `statement_id` selected and shown in full."""
        main = self.main_screen
        while self.screen is not main:
            self.pop_screen()
        main.select_statement(statement_id)

    def watch_bidi(self, mode: str) -> None:
        for screen in self.screen_stack:
            if hasattr(screen, "bidi"):
                screen.bidi = mode
        from .terminal import BidiAwareDriver

        BidiAwareDriver.set_visual(mode == "visual")

    def action_cycle_bidi(self) -> None:
        self.bidi = BIDI_MODES[(BIDI_MODES.index(self.bidi) + 1) % len(BIDI_MODES)]
        self.notify(f"Arabic is now drawn in {self.bidi} mode", timeout=3)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def get_driver_class(self) -> type[Driver]:
        if sys.platform == "win32":
            return super().get_driver_class()
        from .terminal import BidiAwareDriver

        return BidiAwareDriver

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        # Every key the screen binds is a palette command too: one definition per action.
        seen: set[str] = set()
        for cls in type(screen).__mro__:
            for binding in cls.__dict__.get("BINDINGS", ()):
                if not (isinstance(binding, Binding) and binding.id and binding.tooltip):
                    continue
                if binding.id in seen:
                    continue
                seen.add(binding.id)
                key = binding.key_display or binding.key
                yield SystemCommand(
                    f"{binding.description} ({key})",
                    binding.tooltip,
                    lambda action=binding.action: self.run_action(action, screen),
                )


def run_app(workspace: Workspace, bidi: str) -> int:
    """Run the app until the analyst quits; the exit status."""
    app = MawqifApp(workspace, bidi)
    app.run()
    return app.return_code or 0
