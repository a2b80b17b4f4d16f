"""The article dialog: the outlet, publication date and title an import read or was told,
corrected by the analyst."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from ..data.dates import published_problem
from ..data.fixes import plain_text
from ..data.model import Article
from ..resources import styles_dir
from ..services import bidi_of
from ..widgets.fields import text_field
from ..widgets.key_bar import KeyBar
from ..widgets.lines import DataText, Lines
from ..widgets.reads_as import ReadsAs

# The fields, in the order the dialog shows them: (id, the Article's field, its title).
FIELDS = (("article-outlet", "outlet", "outlet"),
          ("article-published", "published", "published (YYYY-MM-DD)"),
          ("article-title-field", "title", "title"))  # fmt: skip


class ArticleDialog(ModalScreen[dict[str, str] | None]):
    """Correct an article's outlet, publication date and title: Ctrl+S keeps them, Escape
    leaves them as they were. Dismissed with every field, as typed and trimmed."""

    CSS_PATH = styles_dir() / "dialogs.tcss"
    BINDINGS = [
        Binding("ctrl+s", "keep", "Keep", id="article-keep",
                tooltip="Keep the outlet, publication date and title"),
        Binding("escape", "cancel", "Cancel", id="article-cancel",
                tooltip="Close without a change"),
    ]  # fmt: skip

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article

    def compose(self) -> ComposeResult:
        a = self.article
        mode = bidi_of(self.app)
        with Vertical(id="article-dialog", classes="dialog"):
            yield Label(f"Correct article {a.id}", markup=False)
            # As the article view heads it: each part in its own direction, never cut.
            heading = Lines().data(a.outlet).add(" · ").data(a.published)
            if a.title.strip():
                heading.add(" · ").data(a.title)
            yield DataText(heading, mode=mode, id="article-now")
            for field_id, name, _ in FIELDS:
                yield text_field(getattr(a, name), placeholder="none", id=field_id)
            # Textual's field draws what it holds as typed: an Arabic outlet or title, shown
            # once more as it reads.
            yield ReadsAs(id="article-reads", classes="reads-as")
            yield Label("Ctrl+S keeps. A new date works out again the dates said and the "
                        "deadlines read from it, but for those you corrected.",
                        classes="dialog-hint")  # fmt: skip
            # It may quote what was typed, Arabic too: drawn by the engine, as it reads.
            yield DataText(id="article-error", classes="dialog-error", mode=mode)
        yield KeyBar()

    def on_mount(self) -> None:
        for field_id, _, title in FIELDS:
            self.query_one(f"#{field_id}").border_title = title
        self.query_one("#article-outlet", Input).focus()

    @on(Input.Changed)
    def _follow(self) -> None:
        self.query_one(ReadsAs).follow_focused({"article-outlet": False,
                                                "article-title-field": False})  # fmt: skip

    def on_descendant_focus(self) -> None:
        self._follow()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        if event.input.id == FIELDS[-1][0]:
            self.action_keep()
        else:
            self.focus_next()

    def _problem(self, values: dict[str, str]) -> tuple[str, str] | None:
        """The first field whose value cannot be kept, and why in one line."""
        if not values["outlet"]:
            return "article-outlet", "The outlet cannot be empty."
        wrong = published_problem(values["published"])
        if wrong is not None:
            return "article-published", f"{wrong[:1].upper()}{wrong[1:]}."
        for field_id, name, _ in FIELDS:
            if not plain_text(values[name]):
                return field_id, f"The {name} holds a control character."
        return None

    def action_keep(self) -> None:
        values = {name: " ".join(self.query_one(f"#{field_id}", Input).value.split())
                  for field_id, name, _ in FIELDS}  # fmt: skip
        problem = self._problem(values)
        if problem is None:
            self.dismiss(values)
            return
        field_id, message = problem
        self.query_one(f"#{field_id}").focus()
        # What the analyst typed is never read as markup; Arabic in it reads joined.
        self.query_one("#article-error", DataText).update(Lines().prose(message))

    def action_cancel(self) -> None:
        self.dismiss(None)
