"""Reading a workspace off the event loop while the loading screen shows.

The rows come first: from the index's preview for a large workspace, or from a small one read
whole; the long read and the search text wait until those rows are drawn, so they never compete
with that frame for the interpreter. Each result is handed to the app on its event loop.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from .idle_gc import give_back, shown
from .screens.loading import PREVIEW_FROM, PREVIEW_WAIT, preview_of

if TYPE_CHECKING:
    from .app import MawqifApp
    from .data.index import Index
    from .data.store import Workspace


class WorkspaceLoader:
    """Reads the app's workspace on a daemon thread and hands the app what it needs to show."""

    def __init__(self, app: MawqifApp) -> None:
        self.app = app

    def start(self) -> None:
        """Read the workspace on a thread of its own."""
        # A daemon thread, not a thread worker: workers run in asyncio's default executor,
        # which the app waits for as it closes, so `q` on the loading screen of a large
        # workspace would wait seconds for a read no longer wanted. The read writes nothing
        # that matters (at most an index, atomically), so nothing is lost by dropping it.
        threading.Thread(target=self._open, name="mawqif-open", daemon=True).start()

    def _open(self) -> None:
        from .data.files import WorkspaceError
        from .data.index import Index
        from .data.workspaces import open_workspace

        try:
            workspace = open_workspace(self.app.db)
            # The screens' modules load here too, off the event loop, while loading shows.
            from .screens import main  # noqa: F401

            preview = preview_of(workspace)
            drawn = threading.Event()
            if preview is not None:
                # Rows first, from the index; the long read waits until they are drawn, so
                # it never competes with that frame for the interpreter.
                self._hand(self.app.show_preview, workspace, preview, drawn)
                drawn.wait(PREVIEW_WAIT)
                shown()  # the long read collects as usual
                index = self._indexed(workspace)  # the keys wait meanwhile
                self._hand(self.app.show_workspace, workspace, index)
            else:
                # A small workspace: its rows first, then what the first frame need not
                # wait for, while the analyst reads them (a few tens of ms). A large one
                # whose saved filters the preview cannot answer is read whole first.
                if workspace.path.stat().st_size >= PREVIEW_FROM:
                    shown()  # a long read collects as usual
                index = Index(workspace.corpus)
                self._hand(self.app.show_workspace, workspace, index, drawn.set)
                drawn.wait(PREVIEW_WAIT)
                shown()
                self._indexed(workspace, index)
        except WorkspaceError as err:
            self._hand(self.app.could_not_open, str(err))
            return
        except Exception as err:  # noqa: BLE001 - said and ended on, never a silent hang
            where = self.app.db or "the workspace"
            self._hand(self.app.could_not_open, f"{where}: could not be opened: {err!r}")
            return
        finally:
            shown()  # whatever happened, collections are not held past the loading
        self._hand(self.app.settle)

    @staticmethod
    def _indexed(workspace: Workspace, index: Index | None = None) -> Index:
        """`workspace`'s index, made if not given, with its search text built, so the first
        letter searched never waits; then what reading left in cycles collected, before
        `MawqifApp.settle` freezes what is left for good."""
        from .data.index import Index

        if index is None:
            index = Index(workspace.corpus)
        index.text  # noqa: B018 - built here, off the event loop
        gc.collect()
        give_back()
        return index

    def _hand(self, callback: Callable[..., object], *args: object) -> None:
        """Run `callback` on the event loop, unless the app closed while the workspace loaded."""
        with contextlib.suppress(RuntimeError):
            self.app.call_from_thread(callback, *args)
