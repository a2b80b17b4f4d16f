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
from .review_session import ReviewSession
from .screens.help import HelpScreen
from .screens.main import MainScreen
from .widgets.actor_palette import ActorCommands


class MawqifApp(App[None]):
    """Who said what about the coalition's withdrawal from Iraq and the ISIS threat."""

    TITLE = "mawqif"
    CSS_PATH = [
        styles_dir() / name
        for name in ("app.tcss", "main.tcss", "contradictions.tcss", "dialogs.tcss")
    ]
    COMMANDS = App.COMMANDS | {ActorCommands}
    # `?` is bound on every screen (screens/base.py) so a narrow footer shows it first;
    # the screen's own keys follow, and these, which work on every screen, come last.
    BINDINGS = [
        Binding("r", "review_status", "Review", id="review",
                tooltip="Cycle the review status of the selected item"),
        Binding("n", "review_note", "Note", id="note", tooltip="Write a note on the selected item"),
        Binding("g", "review_tags", "Tags", id="tags", tooltip="Add or change tags"),
        Binding("z", "undo", "Undo", id="undo", tooltip="Undo the last review change"),
        Binding("e", "export_brief", "Brief", id="brief",
                tooltip="Write a Markdown brief of what this screen shows"),
        Binding("ctrl+s", "save", "Save", id="save", show=False,
                tooltip="Try again to save review changes that could not be written"),
        Binding("b", "cycle_bidi", "Bidi", id="bidi",
                tooltip="Cycle how Arabic is drawn: visual, terminal, raw"),
        Binding("q", "quit", "Quit", id="quit", tooltip="Quit mawqif"),
        Binding("ctrl+c", "quit", "Quit", show=False),
    ]  # fmt: skip

    bidi: var[str] = var("visual")

    def __init__(self, workspace: Workspace, bidi: str = "visual") -> None:
        super().__init__()
        self.workspace = workspace
        self.set_reactive(MawqifApp.bidi, bidi)
        from .terminal import BidiAwareDriver

        BidiAwareDriver.visual = bidi == "visual"
        self.review = ReviewSession(self)

    def on_mount(self) -> None:
        main = MainScreen(self.workspace.corpus, self.bidi)
        self.push_screen(main)
        self.review.start()
        # Reopen where the analyst stopped: the main screen's filters and selection first.
        screens = self.workspace.session().get("screens", [])
        states = [s for s in screens if isinstance(s, dict)] if isinstance(screens, list) else []
        for state in states:
            if state.get("screen") == "main" and self.workspace.corpus.statements:
                self.call_after_refresh(main.restore, state)

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

    # -- review (the work itself is in review_session.py) --------------------------------

    def action_review_status(self) -> None:
        self.review.cycle_status()

    def action_review_note(self) -> None:
        self.review.edit_note()

    def action_review_tags(self) -> None:
        self.review.edit_tags()

    def action_undo(self) -> None:
        self.review.undo()

    def action_save(self) -> None:
        self.review.save()

    def action_export_brief(self) -> None:
        self.review.export_brief()

    async def action_quit(self) -> None:
        self.review.stop()
        self.exit()

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
