"""The one-row bar over the main screen: active filters, counts and, with room, the bidi sample."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rich.text import Text
from textual.widgets import Static

from ..data.filter import Filter
from ..data.index import Index, Results
from ..data.model import THREAT, WITHDRAWAL, Corpus
from .badges import THREAT_BADGE, WITHDRAWAL_BADGE
from .lines import Lines

# Mirrored brackets, a lam-alef ligature and digits: which mode reads right shows at once.
BIDI_SAMPLE = "قال (عين الأسد) 2025"
# Above this many results the counts by label follow a frame after the list.
COUNT_LATER = 20_000


def describe(filters: Filter, corpus: Corpus) -> Lines:
    """The active filters in words; an actor's name and the searched text as data."""
    parts: list[Lines] = []
    for kind, words in filters.terms():
        if kind == "actor":
            if words in corpus.actors:
                parts.append(Lines().data(corpus.actors[words].name_en, "reverse"))
        elif kind == "search":
            searched = Lines("“", "reverse").data(words, "reverse")
            parts.append(searched.add("”", "reverse"))
        else:
            parts.append(Lines(words, "reverse"))
    if not parts:
        return Lines(" all statements ")
    described = Lines(" ", "reverse")
    for i, part in enumerate(parts):
        described.add(" · " if i else "", "reverse").extend(part)
    return described.add(" ", "reverse")


def bar_text(
    filters: Filter,
    corpus: Corpus,
    shown: int,
    counts: tuple[Counter[str], Counter[str]] | None,
    total: int,
    mode: str,
    width: int = 200,
    undated_hidden: int = 0,
    kept: int = 0,
) -> Text:
    """The bar in one row of `width` cells: filters, how many statements show (and how many
    undated ones a date range hides, and how many corrected ones stay listed though they no
    longer pass), the label counts (None while they are being counted) and, where there is
    room, the bidi sample."""
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
    if kept:
        hidden.add(f"+{kept} kept ~", "bold").add("  ")
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


@dataclass(frozen=True)
class Shown:
    """What the bar describes: the filters, the results of `index` they give and how
    many statements there are in all (see bar_text for the rest)."""

    filters: Filter
    corpus: Corpus
    results: Results
    index: Index
    total: int
    mode: str
    width: int
    undated_hidden: int = 0
    kept: int = 0


class FilterBar(Static):
    """The bar as a widget (see bar_text). Counting tens of thousands of results by label
    costs a little: past COUNT_LATER results the list goes to the screen first and the
    counts follow in the next frame."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: Shown | None = None

    def show(self, shown: Shown) -> None:
        """Draw the bar for `shown`."""
        self._shown = shown
        if len(shown.results) > COUNT_LATER:
            self.call_after_refresh(self._draw, True)
            self._draw(False)
        else:
            self._draw(True)

    def _draw(self, with_counts: bool) -> None:
        s = self._shown
        if s is None:
            return
        counts = None
        if with_counts:
            counts = (s.index.counts(s.results, "withdrawal"), s.index.counts(s.results, "threat"))
        text = bar_text(s.filters, s.corpus, len(s.results), counts, s.total, s.mode, s.width,
                        s.undated_hidden, s.kept)  # fmt: skip
        self.update(text, layout=False)  # one row, always: no layout to redo
