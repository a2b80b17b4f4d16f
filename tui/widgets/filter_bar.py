"""The one-row bar over the main screen: active filters, counts and, with room, the bidi sample."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rich.text import Text

from ..data.model import ACTOR_KINDS, THREAT, WITHDRAWAL, Corpus
from ..data.review import STATEMENT_STATUSES
from .badges import THREAT_BADGE, WITHDRAWAL_BADGE
from .lines import Lines

# Not a review status: the status filter's last value lists the statements the analyst
# rejected, which every other list, count and export leaves out.
REJECTED = "rejected"
STATUS_FILTERS = (*STATEMENT_STATUSES, REJECTED)

# A date as the filters take it: a year, a month or a day (YYYY[-MM[-DD]]).
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")

# Mirrored brackets, a lam-alef ligature and digits: which mode reads right shows at once.
BIDI_SAMPLE = "قال (عين الأسد) 2025"


@dataclass(frozen=True)
class FilterState:
    """Every filter of the main screen, as values."""

    actor: str | None = None
    withdrawal: frozenset[str] = frozenset()
    threat: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    status: frozenset[str] = frozenset()
    date_from: str | None = None
    date_to: str | None = None
    search: str = ""
    undated: bool = False  # with a date range, keep the statements whose date is unknown


def filters_from_state(state: Mapping[str, Any], corpus: Corpus) -> FilterState:
    """The filters a saved session held, skipping values this workspace does not know."""

    def values(key: str, allowed: Sequence[str]) -> frozenset[str]:
        got = state.get(key)
        return frozenset(v for v in got if v in allowed) if isinstance(got, list) else frozenset()

    def text(key: str) -> str | None:
        value = state.get(key)
        return value if isinstance(value, str) and value else None

    def date(key: str) -> str | None:
        # Only a date the filter dialog accepts: a hand-edited one would filter on nonsense.
        value = text(key)
        return value if value is not None and DATE.fullmatch(value) else None

    actor = text("actor")
    return FilterState(
        actor=actor if actor in corpus.actors else None,
        withdrawal=values("withdrawal", WITHDRAWAL),
        threat=values("threat", THREAT),
        kinds=values("kinds", ACTOR_KINDS),
        status=values("status", STATUS_FILTERS),
        date_from=date("date_from"),
        date_to=date("date_to"),
        search=text("search") or "",
        undated=state.get("undated") is True,
    )


def describe(filters: FilterState, corpus: Corpus) -> Lines:
    """The active filters in words; an actor's name and the searched text as data."""
    parts: list[Lines] = []
    if filters.actor and filters.actor in corpus.actors:
        parts.append(Lines().data(corpus.actors[filters.actor].name_en, "reverse"))
    for name, values in (("withdrawal", filters.withdrawal), ("threat", filters.threat),
                         ("kind", filters.kinds), ("review", filters.status)):  # fmt: skip
        if values:
            parts.append(Lines(f"{name} {'|'.join(sorted(values))}", "reverse"))
    if filters.date_from or filters.date_to:
        undated = " or undated" if filters.undated else ""
        parts.append(Lines(f"said {filters.date_from or '…'} to {filters.date_to or '…'}{undated}",
                           "reverse"))  # fmt: skip
    if filters.search.strip():
        searched = Lines("“", "reverse").data(filters.search.strip(), "reverse")
        parts.append(searched.add("”", "reverse"))
    if not parts:
        return Lines(" all statements ")
    described = Lines(" ", "reverse")
    for i, part in enumerate(parts):
        described.add(" · " if i else "", "reverse").extend(part)
    return described.add(" ", "reverse")


def bar_text(
    filters: FilterState,
    corpus: Corpus,
    shown: int,
    counts: tuple[Counter[str], Counter[str]] | None,
    total: int,
    mode: str,
    width: int = 200,
    undated_hidden: int = 0,
) -> Text:
    """The bar in one row of `width` cells: filters, how many statements show (and how many
    undated ones a date range hides), the label counts (None while they are being counted)
    and, where there is room, the bidi sample."""
    # What gives way on a short row, in this order: the bidi sample (`?` and `b` explain
    # the modes), the word "statements", "of" (`6/65`), then the filters' description, cut
    # at its end with "…"; the counts, what the analyst reads the bar for, stay whole.
    labels = Lines()
    if counts is None:  # still being counted
        labels.add("counting…", "dim")
    else:
        w, t = counts
        labels.add(" ".join(f"{WITHDRAWAL_BADGE[k]} {w[k]}" for k in WITHDRAWAL[:3]))
        labels.add(" · ")
        labels.add(" ".join(f"{THREAT_BADGE[k]} {t[k]}" for k in THREAT[:3]))
    hidden = Lines()
    if undated_hidden:
        hidden.add(f"{undated_hidden} undated hidden", "bold").add("  ")
    sample = Lines("  ").add(f"bidi {mode}: ", "dim").data(BIDI_SAMPLE)
    described = describe(filters, corpus)

    def cells(lines: Lines) -> int:
        return lines.text(10_000, mode, wrap=False).cell_len

    def row(count: str, with_sample: bool) -> Lines:
        out = Lines(count).extend(hidden).extend(labels)
        return out.extend(sample) if with_sample else out

    counted = (f"  {shown} of {total} statements  ", f"  {shown} of {total}  ",
               f" {shown}/{total} ")  # fmt: skip
    tries = ((counted[0], True), (counted[0], False), (counted[1], False), (counted[2], False))
    for count, with_sample in tries:
        rest = row(count, with_sample)
        if cells(described) + cells(rest) <= width:
            break
    room = max(8, width - cells(rest))
    bar = described.text(room, mode, wrap=False)
    bar.append_text(rest.text(max(1, width - bar.cell_len), mode, wrap=False))
    return bar


def next_single(current: frozenset[str], values: tuple[str, ...]) -> frozenset[str]:
    """The next single value after `current` (any → each value → any)."""
    if len(current) != 1:
        return frozenset({values[0]})
    (value,) = current
    index = values.index(value) + 1
    return frozenset({values[index]}) if index < len(values) else frozenset()
