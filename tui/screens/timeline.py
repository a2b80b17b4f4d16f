"""The deadlines timeline: every due date on a 2024–2027 axis, grouped by event."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from ..data.contradictions import deadline_in, find_contradictions, when
from ..data.model import EVENTS, Contradiction, Corpus, Deadline, Statement
from ..messages import OpenStatement
from ..resources import styles_dir
from ..widgets.arabic import ArabicText
from ..widgets.clash_list import name_cell, short_name
from ..widgets.key_bar import KeyBar
from ..widgets.lines import DataText, Lines
from .base import MawqifScreen

FIRST_YEAR, LAST_YEAR = 2024, 2027
MONTHS = (LAST_YEAR - FIRST_YEAR + 1) * 12
GLYPH, CLASH_GLYPH, ARROW = "●", "◆", "▶"

HELP = """\
## Deadlines timeline

Every deadline the statements give, on an axis from 2024 to 2027, grouped by event. Each mark
carries its actor. A **◆** mark clashes with another deadline (the line under it says with
whom; every statement giving that date is marked, not only the pair the list shows); **●**
marks agree. An open-ended claim ("for an unknown period") is an arrow from
when it was said to the right edge. `j`/`k` move between marks, `PgUp`/`PgDn` by half a
screen, `Home` and `End` (or `G`) to the first and last; `Enter` opens the statement, and
`Escape` there comes back to the mark.
"""


@dataclass(frozen=True, slots=True)
class Mark:
    """One deadline on the axis: who gave it, in which statement, and what it clashes with."""

    statement: Statement
    deadline: Deadline
    actor: str
    clashes: tuple[tuple[str, str], ...]  # (actor, date) of each deadline it clashes with


def _position(s: Statement, d: Deadline, own: bool) -> tuple[str, ...]:
    """Who else gives this date: every actor (a clash between actors), or only `s`'s own
    (one actor giving two dates)."""
    return (s.actor, d.event, d.due) if own else (d.event, d.due)


def marks_of(corpus: Corpus, contradictions: Sequence[Contradiction]) -> list[Mark]:
    """Every deadline as a mark, grouped by event (vocabulary order), then by due date."""
    # A contradiction pairs the best-attested statements of two dates; every other statement
    # giving one of those dates for that event clashes as much, so it is marked too.
    partners: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)
    for c in contradictions:
        if c.kind not in ("deadline", "self"):
            continue
        sa, sb = corpus.statements[c.a], corpus.statements[c.b]
        da, db = deadline_in(sa, c.span_a), deadline_in(sb, c.span_b)
        if da is None or db is None:
            continue
        for (s, d), (other, od) in (((sa, da), (sb, db)), ((sb, db), (sa, da))):
            name = short_name(corpus.actors[other.actor].name_en)
            partners[_position(s, d, c.kind == "self")].append((name, when(od.due)))
    order = {event: i for i, event in enumerate(EVENTS)}
    marks = [
        Mark(
            s,
            d,
            corpus.actors[s.actor].name_en,
            tuple(
                dict.fromkeys(partners[_position(s, d, False)] + partners[_position(s, d, True)])
            ),
        )  # fmt: skip
        for s in corpus.statements.values()
        for d in s.deadlines
    ]
    marks.sort(
        key=lambda m: (
            order.get(m.deadline.event, len(order)),
            m.deadline.event,
            m.deadline.is_indefinite,
            m.deadline.due,
            m.statement.start,
        )
    )
    return marks


def month_index(date: str) -> int:
    """Months from January of the first year to `date` (an ISO year-month or day), clamped."""
    year, month = int(date[:4]), int(date[5:7]) if len(date) >= 7 else 1
    return max(0, min(MONTHS - 1, (year - FIRST_YEAR) * 12 + month - 1))


def column(month: int, width: int) -> int:
    """The cell of the track (of `width` cells) where `month` falls."""
    return min(width - 1, int((month + 0.5) * width / MONTHS))


def geometry(width: int) -> tuple[int, int]:
    """The actor column's width and the track's width in a row of `width` cells."""
    left = max(12, min(26, width // 5))
    return left, max(12, width - left - 1)


def axis_rows(width: int) -> tuple[str, str]:
    """The two axis rows: the years over ticks, aligned with the marks' track."""
    left, track = geometry(width)
    years = [" "] * track
    ticks = ["─"] * track
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        x = int((year - FIRST_YEAR) * 12 * track / MONTHS)
        ticks[x] = "├" if year == FIRST_YEAR else "┼"
        years[x : x + 4] = list(str(year))[: max(0, track - x)]
    ticks[-1] = "┤"
    pad = " " * (left + 1)
    return pad + "".join(years[:track]), pad + "".join(ticks)


HEADER = 2  # the axis rows stay at the top while the marks scroll under them


class Timeline(ScrollView, can_focus=True):
    """The axis, then event headings, one row per mark and a note under each clashing mark."""

    BINDINGS = [
        Binding("j,down", "cursor(1)", "Next mark", id="timeline-down", show=False,
                tooltip="Move to the next deadline"),
        Binding("k,up", "cursor(-1)", "Previous mark", id="timeline-up", show=False,
                tooltip="Move to the previous deadline"),
        Binding("pagedown", "page(1)", "Page down", id="timeline-page-down", show=False,
                tooltip="Move a screenful of deadlines down"),
        Binding("pageup", "page(-1)", "Page up", id="timeline-page-up", show=False,
                tooltip="Move a screenful of deadlines up"),
        Binding("home", "jump(0)", "First", id="timeline-first", show=False,
                tooltip="Move to the first deadline"),
        Binding("end,G", "jump(-1)", "Last", id="timeline-last", show=False,
                tooltip="Move to the last deadline"),
        Binding("enter", "open", "Open", id="timeline-open",
                tooltip="Open the deadline's statement in the statements screen (Esc comes back)"),
    ]  # fmt: skip

    COMPONENT_CLASSES = {
        "timeline--axis", "timeline--event", "timeline--label", "timeline--track", "timeline--mark",
        "timeline--clash", "timeline--open", "timeline--note", "timeline--cursor",
    }  # fmt: skip

    cursor: reactive[int] = reactive(0, always_update=True)
    mode: reactive[str] = reactive("visual")

    class Opened(Message):
        """The analyst pressed Enter on a mark."""

        def __init__(self, statement_id: str) -> None:
            self.statement_id = statement_id
            super().__init__()

    class Moved(Message):
        """The cursor moved to another mark."""

    def __init__(self, marks: Sequence[Mark], published: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.marks = list(marks)
        self.published = published  # where an open-ended arrow starts when the date said is unknown
        self.rows: list[tuple[str, int]] = []  # ("event", mark) | ("mark", mark) | ("note", mark)
        last = None
        for i, mark in enumerate(self.marks):
            if mark.deadline.event != last:
                self.rows.append(("event", i))
                last = mark.deadline.event
            self.rows.append(("mark", i))
            if mark.clashes:
                self.rows.append(("note", i))
        self._line = lru_cache(maxsize=256)(self._build)

    @property
    def current(self) -> Mark | None:
        """The mark under the cursor."""
        return self.marks[self.cursor] if 0 <= self.cursor < len(self.marks) else None

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.marks) - 1))

    def watch_cursor(self) -> None:
        self._keep_visible()
        self.refresh()
        self.post_message(self.Moved())

    def _keep_visible(self) -> None:
        """Scroll just enough that the cursor's mark shows, under the axis rows."""
        row = self.rows.index(("mark", self.cursor)) if self.marks else 0
        top, height = self.scroll_offset.y, self.scrollable_content_region.height - HEADER
        if row - 1 < top:
            self.scroll_to(y=max(0, row - 1), animate=False)  # keep the event heading in view
        elif height > 0 and row + 1 >= top + height:
            self.scroll_to(y=row + 2 - height, animate=False)

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self.rows) + HEADER)
        # The mark's detail under the timeline is drawn after the cursor moved, and a
        # taller one (a long derivation) shrinks the timeline: the mark must stay in view.
        self.call_after_refresh(self._keep_visible)
        self._line.cache_clear()

    def watch_mode(self) -> None:
        self._line.cache_clear()
        self.refresh()

    def action_cursor(self, step: int) -> None:
        self.cursor += step

    def action_page(self, direction: int) -> None:
        # A screenful of rows holds fewer marks (headings and notes take rows too).
        rows = max(1, self.scrollable_content_region.height - HEADER)
        self.cursor += direction * max(1, rows // 2)

    def action_jump(self, where: int) -> None:
        self.cursor = 0 if where == 0 else len(self.marks) - 1

    def action_open(self) -> None:
        if self.current is not None:
            self.post_message(self.Opened(self.current.statement.id))

    def _style(self, part: str) -> Style:
        return self.get_component_rich_style(f"timeline--{part}", partial=True)

    def _build(self, y: int, width: int, cursor: int) -> Strip:
        left, track_w = geometry(width)
        line = Text(no_wrap=True, overflow="crop")
        if y < 0:
            line.append(axis_rows(width)[y + HEADER], self._style("axis"))
            return self._strip(line, width)
        kind, i = self.rows[y]
        mark = self.marks[i]
        if kind == "event":
            event = mark.deadline.event
            # A cut line says so: cut at its logical end with an ellipsis, like the notes.
            words = Lines(EVENTS.get(event, event), self._style("event"))
            line.append_text(words.text(width, self.mode, wrap=False))
        elif kind == "note":
            # Actors' names, which an analyst may write in Arabic, drawn by the engine.
            note = Lines("↳ clashes with ", self._style("note"))
            for j, (name, due) in enumerate(mark.clashes):
                note.add(", " if j else "", self._style("note"))
                note.data(name, self._style("note")).add(f" ({due})", self._style("note"))
            line.append(" " * (left + 1))
            line.append_text(note.text(max(1, width - left - 1), self.mode, wrap=False))
        else:
            cell = name_cell(mark.actor, left, self.mode)
            cell.stylize(self._style("label"))
            line.append_text(cell)
            line.append(" ")
            line.append_text(self._track(mark, track_w))
        strip = self._strip(line, width)
        if kind == "mark" and i == cursor:
            strip = strip.apply_style(self._style("cursor"))
        return strip

    def _strip(self, line: Text, width: int) -> Strip:
        segments = Segment.apply_style(line.render(self.app.console), self.rich_style)
        return Strip(list(segments)).adjust_cell_length(width, self.rich_style)

    def _track(self, mark: Mark, width: int) -> Text:
        """The mark's row of the axis: a glyph at its date, or an arrow when open-ended."""
        cells = ["·"] * width
        styles: list[Style | None] = [None] * width
        d = mark.deadline
        glyph_style = self._style("clash" if mark.clashes else "mark")
        if d.is_indefinite:
            start = column(month_index(mark.statement.said_on or self.published), width)
            for x in range(start, width):
                cells[x], styles[x] = "─", self._style("open")
            cells[start], cells[-1] = (CLASH_GLYPH if mark.clashes else GLYPH), ARROW
            styles[start] = glyph_style
            label, at = " no end date ", start + 2
        else:
            x = column(month_index(d.due), width)
            cells[x], styles[x] = (CLASH_GLYPH if mark.clashes else GLYPH), glyph_style
            label = f" {when(d.due)} "
            at = x + 1 if x + 1 + len(label) <= width else max(0, x - len(label))
        for j, char in enumerate(label):
            if 0 <= at + j < width and cells[at + j] in "·─":
                cells[at + j], styles[at + j] = char, glyph_style
        text = Text(style=self._style("track"))
        for char, style in zip(cells, styles, strict=True):
            text.append(char, style)
        return text

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        row = y - HEADER if y < HEADER else self.scroll_offset.y + y - HEADER
        if row >= len(self.rows) or width <= 0:
            return Strip.blank(width, self.rich_style)
        return self._line(row, width, self.cursor)


class TimelineScreen(MawqifScreen[None]):
    """The deadlines of every statement on one time axis; Enter opens a mark's statement."""

    CSS_PATH = styles_dir() / "contradictions.tcss"

    HELP = HELP
    BINDINGS = [
        Binding("escape", "back", "Back", id="timeline-back", tooltip="Back to the statements"),
    ]

    def __init__(
        self,
        corpus: Corpus,
        contradictions: Sequence[Contradiction] | None = None,
        state: Mapping[str, object] | None = None,
    ) -> None:
        """Every deadline of `corpus`; the cursor on the mark a saved `state` names."""
        super().__init__()
        mark = state.get("mark") if state is not None else None
        self._mark_at_start = mark if isinstance(mark, int) else 0
        self.corpus = corpus
        found = find_contradictions(corpus) if contradictions is None else contradictions
        self.marks = marks_of(corpus, found)
        self.clashes = [c for c in found if c.kind == "deadline"]
        dates = sorted(a.published for a in corpus.articles.values())
        self.published = dates[-1] if dates else f"{FIRST_YEAR}-01"

    def compose(self) -> ComposeResult:
        clashing = sum(1 for m in self.marks if m.clashes)
        bar = Text(no_wrap=True, overflow="ellipsis")
        bar.append(" Deadlines ", "bold")
        bar.append(f" {len(self.marks)} marks · {clashing} clash {CLASH_GLYPH} · open-ended ")
        bar.append(f"{GLYPH}──{ARROW}")
        yield Static(bar, id="timeline-bar")
        yield Timeline(self.marks, self.published, id="timeline").data_bind(
            mode=TimelineScreen.bidi
        )
        with Vertical(id="timeline-detail"):
            yield DataText(id="timeline-mark").data_bind(mode=TimelineScreen.bidi)
            yield ArabicText(id="timeline-cue").data_bind(mode=TimelineScreen.bidi)
            yield DataText(id="timeline-derivation").data_bind(mode=TimelineScreen.bidi)
        yield KeyBar()

    def on_mount(self) -> None:
        timeline = self.query_one(Timeline)
        timeline.focus()
        timeline.cursor = self._mark_at_start
        self._detail()
        # Scrolled into view once the timeline knows its height.
        self.call_after_refresh(setattr, timeline, "cursor", self._mark_at_start)

    def on_timeline_moved(self) -> None:
        self._detail()

    def on_timeline_opened(self, event: Timeline.Opened) -> None:
        # Escape on the statements screen comes back to this mark.
        self.post_message(OpenStatement(event.statement_id, self.session_state()))

    def _detail(self) -> None:
        """The mark under the cursor in words, with its Arabic cue and how its date was found."""
        mark = self.query_one(Timeline).current
        if mark is None:
            return
        d = mark.deadline
        heading = Lines().data(mark.actor, "bold").add(f" · {when(d.due)} · ", "bold")
        self.query_one("#timeline-mark", DataText).update(heading.data(mark.statement.id, "bold"))
        self.query_one("#timeline-cue", ArabicText).text = d.cue_ar
        # "أيلول 2025 → 2025-09": English notation round an Arabic cue, drawn as such.
        self.query_one("#timeline-derivation", DataText).update(Lines().prose(d.derivation))

    # -- hooks the review session calls on whichever screen is on top ---------------

    def session_state(self) -> dict[str, object]:
        return {"screen": "timeline", "mark": self.query_one(Timeline).cursor}

    def current_target(self) -> str | None:
        """The statement of the mark under the cursor."""
        mark = self.query_one(Timeline).current
        return f"statement:{mark.statement.id}" if mark else None

    def brief_scope(self) -> tuple[list[Statement], list[Contradiction], str] | None:
        """Every statement that gives a deadline, and the deadline clashes."""
        statements = list({m.statement.id: m.statement for m in self.marks}.values())
        return statements, list(self.clashes), "deadlines"

    def action_back(self) -> None:
        self.app.pop_screen()
