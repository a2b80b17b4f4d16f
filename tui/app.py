"""The mawqif Textual application: screens, global keys, the bidi mode and the palette.

The first frame comes before the workspace is read: the app opens on a loading screen
and a background thread reads and indexes the workspace, so a large one never delays the
terminal. Modules the first frame does not need are imported when they are.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on
from textual.app import App, SystemCommand
from textual.await_complete import AwaitComplete
from textual.binding import Binding
from textual.command import Provider
from textual.driver import Driver
from textual.notifications import SeverityLevel
from textual.reactive import var
from textual.screen import Screen

from .config import BIDI_MODES
from .idle_gc import IdleCollector, hold_until_shown, shown, steady_allocator
from .loader import WorkspaceLoader
from .messages import OpenStatement, ShowActor
from .palette import binding_commands
from .resources import styles_dir
from .screens.loading import LoadingScreen
from .type_ahead import TypeAhead

if TYPE_CHECKING:
    from .correcting import Corrections
    from .data.index import Index
    from .data.store import Workspace
    from .review_session import ReviewSession
    from .screens.main import MainScreen


# Seconds a notice stays at most, by severity.
NOTICE_AT_MOST: dict[str, float] = {"information": 5, "warning": 6, "error": 8}


def actor_commands() -> type[Provider]:
    """The palette's actor picker, imported when the palette first opens."""
    from .widgets.actor_palette import ActorCommands

    return ActorCommands


class MawqifApp(App[None]):
    """Who said what about the coalition's withdrawal from Iraq and the ISIS threat."""

    TITLE = "mawqif"
    # Notices say what just happened; they go once read, and an error stays a little longer.
    NOTIFICATION_TIMEOUT = 4
    # Each screen brings its own stylesheet when first shown: the first frame parses only
    # what it draws.
    CSS_PATH = styles_dir() / "app.tcss"
    COMMANDS = App.COMMANDS | {actor_commands}
    # `?` is bound on every screen (screens/base.py) so a narrow footer shows it first;
    # the screen's own keys follow, and these, which work on every screen, come last.
    BINDINGS = [
        Binding("r", "review_status", "Review", id="review",
                tooltip="Cycle the review status of the selected item"),
        Binding("n", "review_note", "Note", id="note", tooltip="Write a note on the selected item"),
        Binding("g", "review_tags", "Tags", id="tags", tooltip="Add or change tags"),
        Binding("z", "undo", "Undo", id="undo", tooltip="Undo the last review change"),
        # Out of the footer, whose room goes to the keys of the screen in use; `?`, the
        # palette and the empty workspace's screen name it.
        Binding("i", "import_article", "Import", id="import", show=False,
                tooltip="Import an article: paste its text, or give a file's path or a web "
                        "address"),
        Binding("e", "export_brief", "Brief", id="brief",
                tooltip="Write a Markdown brief of what this screen shows"),
        Binding("ctrl+s", "save", "Save", id="save", show=False,
                tooltip="Try again to save review changes that could not be written"),
        Binding("b", "cycle_bidi", "Bidi", id="bidi",
                tooltip="Cycle how Arabic is drawn: visual, terminal, raw"),
        Binding("q,ctrl+c", "quit", "Quit", id="quit", tooltip="Quit mawqif"),
    ]  # fmt: skip

    bidi: var[str] = var("visual")

    def __init__(
        self,
        workspace: Workspace | None = None,
        bidi: str = "visual",
        *,
        db: Path | None = None,
        remember_bidi: bool = False,
    ) -> None:
        """Run on `workspace` as given, or open the workspace at `db` (None: the default)."""
        super().__init__()
        self.workspace = workspace
        self.db = db
        self.remember_bidi = remember_bidi
        self.review: ReviewSession | None = None
        self.corrections: Corrections | None = None
        self.failure: str | None = None
        self.collector = IdleCollector()
        steady_allocator()  # before the workspace is read: see idle_gc.py
        if workspace is None:
            hold_until_shown()  # until the first statements are drawn (idle_gc.py)
        self.type_ahead = TypeAhead(self)
        self.set_reactive(MawqifApp.bidi, bidi)
        from .terminal import BidiAwareDriver

        BidiAwareDriver.visual = bidi == "visual"

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Textual's notification, on screen at most NOTICE_AT_MOST seconds by severity,
        however long a caller asked for: a notice over the screen hides what it says."""
        longest = NOTICE_AT_MOST[severity]
        timeout = min(longest, self.NOTIFICATION_TIMEOUT if timeout is None else timeout)
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def on_mount(self) -> None:
        if self.workspace is not None:
            self.show_workspace(self.workspace, None)
            shown()  # read already: nothing to hold back (see idle_gc.py)
            self.settle()
            return
        self.push_screen(LoadingScreen(self.db))
        # Started once the loading screen is drawn, so its imports and parsing never
        # compete with the first frame for the interpreter.
        self.call_after_refresh(WorkspaceLoader(self).start)

    async def on_event(self, event: events.Event) -> None:
        """Note each key and mouse event, so collections wait for a pause in them; hold
        keys typed before the screen on top can take them (see TypeAhead)."""
        if isinstance(event, events.InputEvent):
            self.collector.input_seen()
        if isinstance(event, events.Key) and self.type_ahead.hold(event):
            return
        await super().on_event(event)
        if isinstance(event, events.Key) and not event.is_forwarded:
            self.type_ahead.landed(event)  # a priority binding took it here, at the app

    def on_key(self, event: events.Key) -> None:
        # A key is back at the app, where its binding runs: keys held behind it may go.
        self.type_ahead.landed(event)

    def on_unmount(self) -> None:
        self.collector.stop()
        shown()

    def pop_screen(self) -> AwaitComplete:
        """Close the screen on top; what it held is collected at the collector's next tick."""
        done = super().pop_screen()
        self.collector.soon()
        return done

    def could_not_open(self, message: str) -> None:
        """End the app with `message` (said on standard error) and exit status 2."""
        self.failure = message
        self.exit(return_code=2)

    def show_preview(self, workspace: Workspace, preview: Index,
                      drawn: threading.Event) -> None:  # fmt: skip
        """List the statements from the index while the corpus is read (see preview.py);
        keys wait for the full index."""
        from .screens.main import MainScreen

        self.workspace = workspace
        main = MainScreen(preview.corpus, self.bidi, preview, self._saved_main(workspace),
                          loading=drawn.set)  # fmt: skip
        if isinstance(self.screen, LoadingScreen):
            self.switch_screen(main)
        else:
            drawn.set()

    def _saved_main(self, workspace: Workspace) -> dict[str, object] | None:
        """The main screen's state as the analyst left it, if saved."""
        return next((s for s in self._saved_screens(workspace) if s.get("screen") == "main"),
                    None)  # fmt: skip

    def _saved_screens(self, workspace: Workspace) -> list[dict[str, object]]:
        session = workspace.session()
        screens = session.get("screens", [])
        return [s for s in screens if isinstance(s, dict)] if isinstance(screens, list) else []

    def show_workspace(self, workspace: Workspace, index: Index | None,
                        drawn: Callable[[], object] | None = None) -> None:  # fmt: skip
        """Show `workspace` (`index` made here if None); `drawn` is called once its
        statements are on screen."""
        from .correcting import Corrections
        from .review_session import ReviewSession
        from .screens.main import MainScreen

        self.workspace = workspace
        self.review = ReviewSession(self, workspace)
        self.corrections = Corrections(self)
        session = workspace.session()
        if self.remember_bidi and session.get("bidi") in BIDI_MODES:
            self.bidi = str(session["bidi"])
        # Where the analyst stopped goes into the screens before they are first drawn, so
        # the first frame with data is the saved screen and filters, not the defaults.
        states = self._saved_screens(workspace)
        if not workspace.corpus.statements:
            states = []
        previewed = next((s for s in self.screen_stack
                          if isinstance(s, MainScreen) and s.loading), None)  # fmt: skip
        if previewed is not None and index is not None:
            # The preview's screen takes the full index in place: filters and cursor stay.
            main = previewed
            main.loaded(workspace.corpus, index)
        else:
            saved = next((s for s in states if s.get("screen") == "main"), None)
            main = MainScreen(workspace.corpus, self.bidi, index, saved)
            if isinstance(self.screen, LoadingScreen):
                self.switch_screen(main)
            else:
                self.push_screen(main)
        if drawn is not None:
            main.call_after_refresh(drawn)
        self.review.start()
        # The screen on top: a pair saves its list's state with the pair marked open.
        above = [s for s in states if s.get("screen") in ("contradictions", "timeline")]
        if above:
            main.reopen(above[-1])

    def settle(self) -> None:
        """Once the workspace is read and indexed: the corpus lives as long as the app, so
        keep the collector from walking its hundreds of thousands of objects again and
        again, which showed as pauses between keys; and what is made from here on is
        collected in full only when the analyst pauses."""
        gc.freeze()
        self.collector.start(self)

    @property
    def main_screen(self) -> MainScreen:
        """The main screen, wherever the analyst is now."""
        from .screens.main import MainScreen

        return next(s for s in self.screen_stack if isinstance(s, MainScreen))

    def _back_to_main(self) -> MainScreen:
        """Close every screen over the main screen; the main screen."""
        main = self.main_screen
        while self.screen is not main:
            self.pop_screen()
        return main

    def open_statement(self, statement_id: str, back: dict[str, object] | None = None) -> None:
        """Go back to the main screen with `statement_id` selected and shown in full; with
        `back` (a screen's saved state), `Escape` there reopens that screen as it was."""
        main = self._back_to_main()
        main.select_statement(statement_id)
        main.return_to = back

    @on(OpenStatement)
    def _open_statement(self, event: OpenStatement) -> None:
        self.open_statement(event.statement_id, event.back)

    @on(ShowActor)
    def _show_actor(self, event: ShowActor) -> None:
        main = self._back_to_main()
        main.show_actor(event.actor_id)
        main.focus_statements()

    def watch_bidi(self, mode: str) -> None:
        from .screens.base import MawqifScreen

        for screen in self.screen_stack:
            if isinstance(screen, MawqifScreen):
                screen.bidi = mode
        from .terminal import BidiAwareDriver

        BidiAwareDriver.set_visual(mode == "visual")

    def action_cycle_bidi(self) -> None:
        self.bidi = BIDI_MODES[(BIDI_MODES.index(self.bidi) + 1) % len(BIDI_MODES)]
        self.notify(f"Arabic is now drawn in {self.bidi} mode", timeout=3)

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    # -- review (the work itself is in review_session.py) --------------------------------

    def action_review_status(self) -> None:
        if self.review:
            self.review.cycle_status()

    def action_review_note(self) -> None:
        if self.review:
            self.review.edit_note()

    def action_review_tags(self) -> None:
        if self.review:
            self.review.edit_tags()

    def action_undo(self) -> None:
        if self.review:
            self.review.undo()

    def action_save(self) -> None:
        if self.review:
            self.review.save()

    def action_export_brief(self) -> None:
        if self.review:
            self.review.export_brief()

    # -- import (the dialog and the import itself are in screens/import_dialog.py) ----------

    def action_import_article(self) -> None:
        from .screens.import_dialog import ImportDialog

        if self.workspace is None or isinstance(self.screen, ImportDialog):
            return
        if self.workspace.read_only:
            self.notify(f"{self.workspace.path} is read-only: nothing can be imported into it.",
                        severity="warning", markup=False)  # fmt: skip
            return
        self.push_screen(ImportDialog(self.workspace), self._imported)

    def _imported(self, row: dict[str, object] | None) -> None:
        """Show what an import added: its statements listed, the first selected and open,
        so the review queue (`u`) goes on through the rest."""
        if row is None or self.workspace is None:
            return
        from .ingest.importing import NO_DATE_NOTE
        from .screens.main import MainScreen

        found = row.get("statement_ids")
        ids = [str(i) for i in found] if isinstance(found, list) else []
        if row.get("status") == "existing":
            # Its statements listed, the first open: P there corrects the stored article.
            article = str(row["article"])
            said = self.workspace.corpus.statements.values()
            ids = [s.id for s in sorted(said, key=lambda s: s.start) if s.article == article]
            message = f"Already in the workspace: {article}."
            if row.get("not_applied"):
                # An import never changes a stored article; the analyst corrects it with P.
                message = (f"Already stored, with {row['not_applied']}: what you gave is not "
                           "applied; P corrects it.")  # fmt: skip
            main = self._back_to_main()
            if main.corpus.statements:
                self.call_after_refresh(main.show_imported, ids, article, message)
            return
        main = self._back_to_main()
        if not main.corpus.statements:  # the empty workspace's screen has no lists to fill
            main = MainScreen(self.workspace.corpus, self.bidi)
            self.switch_screen(main)
        elif self.review is not None:
            self.review.changed()
        title = str(row.get("title") or row["article"])
        notes = row.get("notes")
        undated = isinstance(notes, list) and NO_DATE_NOTE in notes
        told = (f"Imported {len(ids)} statement(s) from {title}, dated today: the text gives no "
                "publication date; P corrects it.") if undated else ""  # fmt: skip
        self.call_after_refresh(main.show_imported, ids, title, told)

    async def action_quit(self) -> None:
        if self.review:
            self.review.stop()
        self.exit()

    def get_driver_class(self) -> type[Driver]:
        if sys.platform == "win32":
            return super().get_driver_class()
        from .terminal import BidiAwareDriver

        return BidiAwareDriver

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield from binding_commands(self, screen)
