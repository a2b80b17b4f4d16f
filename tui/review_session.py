"""A review session in the app: marks, notes, tags, undo, saving, resuming and briefs."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.notifications import SeverityLevel
from textual.timer import Timer

from .data.review import Annotation, ReviewError, change, next_status, now, restore
from .data.store import SaveError, Workspace, WorkspaceError, write_atomically
from .screens.base import MawqifScreen
from .widgets.lines import notice

# The note and tag dialogs (a text area) and the brief load when first asked for: the app
# makes its ReviewSession as it shows the first statements, which must not wait for them.
if TYPE_CHECKING:
    from .app import MawqifApp

# How often another mawqif's changes to the same workspace are looked for.
RELOAD_EVERY = 2.0
# How long the session state waits for the analyst to pause before it is written.
REMEMBER_AFTER = 1.0
UNDO_DEPTH = 200


def _changed(current: Annotation, fields: Mapping[str, Any]) -> Annotation:
    """`current` with `fields` changed (see review.change)."""
    return change(current, **fields)


class ReviewSession:
    """What the analyst changes in one run of the app, and getting it safely to disk."""

    def __init__(self, app: MawqifApp, workspace: Workspace) -> None:
        self.app = app
        self.workspace = workspace
        # (each target a change touched with its annotation before it, what undoing it makes
        # true), latest last: `z` puts back at once every annotation of one change.
        self.undo_stack: list[tuple[tuple[tuple[str, Annotation], ...], str]] = []
        self._remember_timer: Timer | None = None

    def start(self) -> None:
        """Begin watching the workspace for changes made by another mawqif."""
        if not self.workspace.read_only:
            self.app.set_interval(RELOAD_EVERY, self._look_for_changes)

    # -- changing annotations -----------------------------------------------------

    def _target(self) -> str | None:
        screen = self.app.screen
        target = screen.current_target() if isinstance(screen, MawqifScreen) else None
        if target is None:
            self.app.notify("Nothing selected to review here.", severity="warning")
        return target

    def apply(
        self, target: str, what: str, undone: str | None = None, **fields: Any
    ) -> Annotation | None:
        """Change one annotation at once in memory, remember it for undo, save it.

        `what` says what the change did ("Threat now high"); `undone`, what `z` makes true
        again ("threat back to unspecified"), else `z` says which change it took back.
        """
        return self.apply_many({target: fields}, what, undone)

    def apply_many(
        self, changes: Mapping[str, Mapping[str, Any]], what: str, undone: str | None = None
    ) -> Annotation | None:
        """Change several annotations (target → fields) as one change, which `z` undoes at
        once; the first target's annotation as changed (see `apply`)."""
        target = next(iter(changes))
        before = tuple((t, self.workspace.annotation(t)) for t in changes)
        try:
            after = self.workspace.annotate_many(
                {t: partial(_changed, fields=f) for t, f in changes.items()}
            )[target]
        except (ReviewError, SaveError) as err:
            self._notice(str(err), 6, "error")
            return None
        if undone is None:
            undone = f"{what[:1].lower()}{what[1:]}"
        self.undo_stack = [*self.undo_stack[-UNDO_DEPTH + 1 :], (before, undone)]
        self.changed()
        self.save()
        self._notice(f"{what}: {target.split(':', 1)[1]}", timeout=2)
        return after

    def cycle_status(self) -> None:
        """Step the selected item's review status (unreviewed → reviewed → disputed …)."""
        target = self._target()
        if target:
            current = self.workspace.annotation(target)
            status = next_status(current)
            self.apply(target, f"Marked {status}", f"status back to {current.status}",
                       status=status)  # fmt: skip

    def edit_note(self) -> None:
        """Open the note editor on the selected item."""
        target = self._target()
        if not target:
            return
        current = self.workspace.annotation(target)

        def keep(note: str | None) -> None:
            if note is not None and note != current.note:
                self.apply(target, "Note saved", note=note)

        from .screens.review import NoteScreen

        self.app.push_screen(NoteScreen(f"Note on {_named(target)}", current.note), keep)

    def edit_tags(self) -> None:
        """Ask for the selected item's tags, separated by commas (Latin or Arabic)."""
        target = self._target()
        if not target:
            return
        current = self.workspace.annotation(target)
        from .screens.review import LineScreen

        def keep(line: str | None) -> None:
            if line is not None:
                # An Arabic keyboard types "،" (U+060C) for the comma.
                tags = tuple(t for t in re.split("[,،]", line) if t.strip())
                self.apply(target, "Tags saved", tags=tags)

        self.app.push_screen(
            LineScreen(f"Tags on {_named(target)} (comma-separated)",
                       ", ".join(current.tags),
                       "e.g. deadline, follow-up"),
            keep,
        )  # fmt: skip

    def undo(self) -> None:
        """Put back the annotation as it was before the last change of this session."""
        if not self.undo_stack:
            self.app.notify("Nothing to undo in this session.", severity="warning")
            return
        before, undone = self.undo_stack.pop()
        target = before[0][0]
        try:
            self.workspace.annotate_many({t: partial(restore, earlier=a) for t, a in before})
        except (ReviewError, SaveError) as err:
            self._notice(str(err), 6, "error")
            return
        self.changed()
        self.save()
        self._notice(f"Undone: {undone} ({target.split(':', 1)[1]})", timeout=3)

    def _notice(
        self, message: str, timeout: float, severity: SeverityLevel = "information"
    ) -> None:
        """Say what happened; the names in it (an actor renamed, a folder) may be Arabic."""
        mode = self.app.bidi
        self.app.notify(notice(message, self.app.size.width, mode), timeout=timeout,
                        severity=severity, markup=False)  # fmt: skip

    def changed(self) -> None:
        """Have every screen show the workspace as it now is (a review change, an import)."""
        for screen in self.app.screen_stack:
            if isinstance(screen, MawqifScreen):
                screen.review_changed()

    # -- saving -------------------------------------------------------------------

    def save(self) -> None:
        """Write pending changes in a worker; they stay in memory if the write fails."""
        self.app.run_worker(self._save, thread=True, group="save", exit_on_error=False)

    def _save(self) -> None:
        before = self.workspace.corpus
        try:
            conflicts = self.workspace.save()
        except SaveError as err:
            message = (f"Not saved: {err}. Your {self.workspace.unsaved} change(s) are kept; "
                       "Ctrl+S tries again, e writes a brief.")  # fmt: skip
            self.app.call_from_thread(self._notice, message, 10, "error")
            return
        if conflicts:
            message = (f"Another mawqif had changed {', '.join(conflicts)}; its version is kept "
                       "in the history and yours is current.")  # fmt: skip
            self.app.call_from_thread(self._notice, message, 6)
        # What another window saved meanwhile came in with this save: show it too.
        news = self.workspace.corpus is not before
        if conflicts or news:
            self.app.call_from_thread(self.changed)

    def _look_for_changes(self) -> None:
        self.app.run_worker(self._reload, thread=True, group="reload", exclusive=True,
                            exit_on_error=False)  # fmt: skip

    def _reload(self) -> None:
        try:
            changed = self.workspace.reload()
        except WorkspaceError as err:
            self.app.call_from_thread(self.app.notify, str(err), severity="error", markup=False)
            return
        if changed:
            self.app.call_from_thread(self.changed)

    # -- the session, for the next start ---------------------------------------------

    def remember(self) -> None:
        """Write where the analyst is once they pause for a moment."""
        if self.workspace.read_only:
            return
        if self._remember_timer is not None:
            self._remember_timer.stop()
        self._remember_timer = self.app.set_timer(REMEMBER_AFTER, self._remember_now)

    def state(self) -> dict[str, Any]:
        """The session as it is: the bidi mode, and each open screen's own state."""
        screens = [s.session_state() for s in self.app.screen_stack
                   if isinstance(s, MawqifScreen)]  # fmt: skip
        return {"bidi": self.app.bidi, "screens": [s for s in screens if s]}

    def _remember_now(self) -> None:
        state = self.state()
        self.app.run_worker(lambda: self._write_state(state), thread=True, group="session",
                            exclusive=True, exit_on_error=False)  # fmt: skip

    def _write_state(self, state: dict[str, Any]) -> None:
        # Where the analyst was is a convenience: failing to note it must not get in the way.
        with contextlib.suppress(WorkspaceError):
            self.workspace.save_session(state)

    def stop(self) -> None:
        """Save what can be saved before the app exits."""
        if self.workspace.read_only:
            return
        with contextlib.suppress(SaveError):  # its message showed when the change was made
            self.workspace.save()
        self._write_state(self.state())

    # -- briefs -------------------------------------------------------------------

    def export_brief(self) -> None:
        """Ask for a file name, then write a Markdown brief of what the screen shows."""
        # A screen may first need to find what goes in (the main screen, its contradictions).
        screen = self.app.screen
        if isinstance(screen, MawqifScreen):
            screen.before_brief(self._export_brief_now)
        else:
            self._export_brief_now()

    def _export_brief_now(self) -> None:
        screen = self.app.screen
        scope = screen.brief_scope() if isinstance(screen, MawqifScreen) else None
        if scope is None:
            self.app.notify("This screen has nothing to put in a brief.", severity="warning")
            return
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
        default = str(Path.cwd() / f"mawqif-brief-{stamp}.md")
        from .data.brief import markdown_brief
        from .screens.review import LineScreen

        def write(path: str | None) -> None:
            if path:
                statements, contradictions, described = scope
                text = markdown_brief(
                    self.workspace.corpus, statements, contradictions,
                    self.workspace.annotations(), described, now(),
                )  # fmt: skip
                self.app.run_worker(lambda: self._write_brief(Path(path), text), thread=True,
                                    group="brief", exit_on_error=False)  # fmt: skip

        self.app.push_screen(LineScreen("Write the brief to", default), write)

    def _write_brief(self, path: Path, text: str) -> None:
        try:
            write_atomically(path.expanduser(), text.encode("utf-8"))
        except OSError as err:
            self.app.call_from_thread(
                self._notice, f"{path}: cannot be written ({err.strerror})", 6, "error",
            )  # fmt: skip
            return
        self.app.call_from_thread(self._notice, f"Brief written to {path}", 3)


def _named(target: str) -> str:
    """An annotation key as a dialog title names it: "statement wakala-…:s01"."""
    return target.replace(":", " ", 1)
