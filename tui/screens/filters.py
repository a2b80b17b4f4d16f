"""A dialog to choose several stances, threat levels, actor kinds and a date range at once."""

from __future__ import annotations

from dataclasses import replace

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from ..data.filter import DATE, Filter
from ..data.model import ACTOR_KINDS, THREAT, WITHDRAWAL
from ..resources import styles_dir
from ..widgets.ticks import TickBox, TickList


class FilterScreen(ModalScreen[Filter | None]):
    """Every filter at once: space ticks, Enter applies, Escape cancels; returns the filters
    it was given with the stances, threat levels, kinds and dates chosen."""

    CSS_PATH = styles_dir() / "dialogs.tcss"

    BINDINGS = [
        Binding(
            "escape",
            "cancel",
            "Cancel",
            id="filters-cancel",
            tooltip="Close without changing the filters",
        ),
        # Before the focused list or box sees Enter (which would tick), and consumed here:
        # left to bubble, it would reach the statements list once this dialog has closed.
        Binding(
            "enter,ctrl+s",
            "apply",
            "Apply",
            id="filters-apply",
            priority=True,
            tooltip="Apply these filters",
        ),
    ]

    def __init__(self, current: Filter) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        c = self.current
        with Vertical(id="filter-dialog"):
            yield Label("Filters — Space ticks, Tab moves, Enter applies, Escape cancels")
            with Horizontal(id="filter-lists"):
                yield TickList(
                    *((v, v, v in c.withdrawal) for v in WITHDRAWAL), id="filter-withdrawal"
                )
                yield TickList(*((v, v, v in c.threat) for v in THREAT), id="filter-threat")
                yield TickList(
                    *((k.replace("_", " "), k, k in c.kinds) for k in ACTOR_KINDS),
                    id="filter-kinds",
                )
            with Horizontal(id="filter-dates"):
                yield Input(
                    c.date_from or "", placeholder="said from YYYY[-MM[-DD]]", id="filter-from"
                )
                yield Input(c.date_to or "", placeholder="said to YYYY[-MM[-DD]]", id="filter-to")
            # Many statements carry no date said; a range would hide them without a word.
            yield TickBox(
                "with a date range, keep statements whose date is unknown",
                c.undated,
                id="filter-undated",
            )
            yield Label("", id="filter-error")

    def on_mount(self) -> None:
        self.query_one("#filter-withdrawal").border_title = "Withdrawal stance"
        self.query_one("#filter-threat").border_title = "ISIS threat"
        self.query_one("#filter-kinds").border_title = "Actor kind"
        self.query_one("#filter-withdrawal").focus()

    def _date(self, widget_id: str) -> str | None:
        value = self.query_one(widget_id, Input).value.strip()
        if value and not DATE.fullmatch(value):
            raise ValueError(f"{value!r} is not a date like 2024, 2024-12 or 2024-12-09")
        return value or None

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_apply()

    def action_apply(self) -> None:
        try:
            date_from, date_to = self._date("#filter-from"), self._date("#filter-to")
        except ValueError as err:
            self.query_one("#filter-error", Label).update(str(err))
            return

        def chosen(widget_id: str) -> frozenset[str]:
            return frozenset(self.query_one(widget_id, TickList).selected)

        self.dismiss(
            replace(
                self.current, withdrawal=chosen("#filter-withdrawal"),
                threat=chosen("#filter-threat"), kinds=chosen("#filter-kinds"),
                date_from=date_from, date_to=date_to,
                undated=self.query_one("#filter-undated", TickBox).value,
            )
        )  # fmt: skip

    def action_cancel(self) -> None:
        self.dismiss(None)
