"""The import dialog (`i`): paste an article, or give a file's path or a web address, with
its outlet, publication date and title, and import it without leaving the app.

The import is the command line's (tui/ingest/importing.py), run in a worker thread: the same
checks, the same one-line errors (shown here, nothing stored), one write. What the page or
the text gives — outlet, date, title — fills the fields the analyst has not typed in.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, TextArea

from ..arabic.display import parse_mode
from ..arabic.sanitise import sanitise
from ..ingest.fetch import is_url
from ..ingest.importing import (
    Given,
    ImportFailed,
    Source,
    outlet_of,
    pasted,
    published_of,
    read_source,
    title_of,
)
from ..ingest.text import InputError
from ..resources import styles_dir
from ..services import bidi_of
from ..widgets.fields import ArabicInput
from ..widgets.lines import DataText, Lines
from ..widgets.reads_as import ReadsAs

if TYPE_CHECKING:
    from ..data.store import Workspace

FIELDS = ("import-outlet", "import-published", "import-title")
# Seconds a web page may take from the dialog (the command line's --timeout, default).
TIMEOUT = 15.0


class SourceInput(Input):
    """The path-or-address field: an article pasted into it goes to the text box instead,
    where it belongs (pasting right after `i` is what an analyst with a browser does)."""

    def _on_paste(self, event: events.Paste) -> None:
        text = event.text.strip()
        if _an_article(text):
            # Textual calls Input's own handler after this one unless the default is prevented.
            event.prevent_default()
            event.stop()
            editor = self.screen.query_one(TextArea)
            editor.focus()
            # tmux and many terminals send a paste's line breaks as carriage returns.
            editor.insert(event.text.replace("\r\n", "\n").replace("\r", "\n"))


def _an_article(text: str) -> bool:
    """Whether pasted text is an article rather than a path or a web address: several lines
    (a terminal may send their breaks as "\r"), or words with spaces that name no file."""
    if "\n" in text or "\r" in text:
        return True
    if " " not in text or is_url(text):
        return False
    try:
        return not Path(text).exists()
    except OSError:  # "File name too long": no path is that long
        return True


class ImportDialog(ModalScreen[dict[str, Any] | None]):
    """Import one article into `workspace`; dismissed with the import's row (see
    importing.import_sources) once it is stored, None if cancelled."""

    CSS_PATH = styles_dir() / "dialogs.tcss"
    BINDINGS = [
        Binding("ctrl+s", "import_now", "Import", id="import-run",
                tooltip="Import the article: the pasted text, or the file or page named"),
        Binding("ctrl+r", "read_source", "Read", id="import-read",
                tooltip="Read the file or page named and fill in its outlet, date and title"),
        Binding("escape", "cancel", "Cancel", id="import-cancel",
                tooltip="Close without importing"),
    ]  # fmt: skip

    def __init__(self, workspace: Workspace, timeout: float = TIMEOUT) -> None:
        super().__init__()
        self.workspace = workspace
        self.timeout = timeout
        self.busy = False
        # What was filled in from the page or the text, by field: a field still holding it
        # may be filled in again; one the analyst typed in is theirs.
        self.filled: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        with Vertical(id="import-dialog", classes="dialog"):
            yield Label("Import an article: a path, a web address, or its text pasted",
                        id="import-heading")  # fmt: skip
            with Horizontal(classes="import-row"):
                yield Label("Path or URL", classes="import-label")
                yield SourceInput(placeholder="article.html or https://…", id="import-source",
                                  compact=True)  # fmt: skip
            with Horizontal(id="import-text-row"):
                yield Label("Text", classes="import-label")
                yield TextArea(id="import-text", soft_wrap=True, compact=True,
                               placeholder="…or paste the article's text here")  # fmt: skip
            yield ReadsAs(id="import-reads", classes="reads-as")
            for field, words, hint in (
                ("import-outlet", "Outlet", "from the page or the dateline"),
                ("import-published", "Published", "YYYY-MM-DD: the page's, else today"),
                ("import-title", "Title", "the headline"),
            ):
                with Horizontal(classes="import-row"):
                    yield Label(words, classes="import-label")
                    yield ArabicInput(placeholder=hint, id=field, compact=True)
            yield DataText(id="import-status")
            yield Label("Ctrl+S imports · Ctrl+R reads the page · Escape cancels",
                        classes="dialog-hint")  # fmt: skip

    def on_mount(self) -> None:
        self.query_one("#import-source", Input).focus()
        self._say("")

    # -- what is typed, as it reads --------------------------------------------------

    @on(TextArea.Changed)
    @on(TextArea.SelectionChanged)
    def _follow_text(self) -> None:
        editor = self.query_one(TextArea)
        if editor.has_focus:
            line = editor.document.get_line(editor.cursor_location[0])
            self.query_one(ReadsAs).follow(line, self._mode)

    @on(TextArea.Changed)
    def _guess_from_text(self) -> None:
        text = self.query_one(TextArea).text
        if not text.strip():
            return
        # Not yet Arabic enough, too short: said when the analyst imports it, not while the
        # text is half pasted.
        with contextlib.suppress(InputError):
            self._fill(pasted(text))

    @on(Input.Changed)
    def _follow_field(self) -> None:
        self.query_one(ReadsAs).follow_focused({"import-source": False, "import-outlet": False,
                                                "import-title": False})  # fmt: skip

    def on_descendant_focus(self) -> None:
        if isinstance(self.focused, TextArea):
            self._follow_text()
        else:
            self._follow_field()

    @on(Input.Submitted, "#import-source")
    def _source_given(self) -> None:
        self.action_read_source()

    @property
    def _mode(self) -> str:
        return bidi_of(self.app)

    def _say(self, message: str, error: bool = False) -> None:
        status = self.query_one("#import-status", DataText)
        status.set_class(error, "-error")
        status.display = bool(message)
        status.mode = parse_mode(self._mode)
        # Names in it (a path, an address, an outlet) are data: isolated, never markup.
        status.update(Lines().prose(message, "bold" if error else ""))

    def _fill(self, source: Source) -> None:
        """Fill the fields the analyst left empty (or as filled before) from `source`."""
        published = published_of(source)
        found = {"import-outlet": outlet_of(source),
                 "import-published": published.isoformat() if published else "",
                 "import-title": title_of(source)}  # fmt: skip
        for field, value in found.items():
            widget = self.query_one(f"#{field}", Input)
            # Textual's field draws what it holds as is: what a page says goes in without
            # escape sequences or bidi controls.
            value = sanitise(value).text
            if value and widget.value in ("", self.filled.get(field)):
                widget.value = value
                self.filled[field] = value

    # -- actions ----------------------------------------------------------------------

    def action_read_source(self) -> None:
        name = self.query_one("#import-source", Input).value.strip()
        if name and not self.busy:
            self.busy = True
            self._say(f"Reading {name}…")
            self._read(name, store=False)

    def action_import_now(self) -> None:
        if self.busy:
            return
        name = self.query_one("#import-source", Input).value.strip()
        text = self.query_one(TextArea).text
        if not name and not text.strip():
            self._say("Give a path or a web address, or paste the article's text.", True)
            return
        value = self.query_one("#import-published", Input).value.strip()
        published = None
        if value:
            try:
                published = dt.date.fromisoformat(value)
            except ValueError:
                self._say(f"Published: {value!r} is not a date (YYYY-MM-DD)", True)
                return
        given = Given(self.query_one("#import-outlet", Input).value.strip(), published,
                      self.query_one("#import-title", Input).value.strip())  # fmt: skip
        self.busy = True
        self._say(f"Importing {name or 'the pasted text'}…")
        self._read(name, store=True, text=text, given=given)

    def action_cancel(self) -> None:
        if not self.busy:
            self.dismiss(None)

    @work(thread=True, exclusive=True, group="import", exit_on_error=False)
    def _read(self, name: str, store: bool, text: str = "", given: Given | None = None) -> None:
        """Read (and with `store`, import) the article off the event loop: a page may take
        seconds to come, an extraction a second."""
        from ..ingest.importing import import_sources

        try:
            source = read_source(name, self.timeout) if name else pasted(text)
            if not store:
                self.app.call_from_thread(self._read_done, source)
                return
            rows = import_sources(self.workspace, [source], given or Given())
        except InputError as err:
            self.app.call_from_thread(self._failed, str(err))
            return
        except ImportFailed as err:
            self.app.call_from_thread(self._failed, err.lines[0])
            return
        except Exception as err:  # noqa: BLE001 - said in the dialog, never lost in a thread
            self.app.call_from_thread(self._failed, f"could not import: {err!r}")
            return
        self.app.call_from_thread(self._stored, rows[0])

    def _read_done(self, source: Source) -> None:
        self.busy = False
        self._fill(source)
        paragraphs = source.decoded.text.count("\n\n") + 1
        self._say(f"Read {paragraphs} paragraph(s) from {source.name}; Ctrl+S imports it.")

    def _failed(self, message: str) -> None:
        self.busy = False
        self._say(message, True)

    def _stored(self, row: dict[str, Any]) -> None:
        self.busy = False
        self.dismiss(row)
