"""The one-row bar over the main screen: active filters, counts and, with room, the bidi sample."""

from __future__ import annotations

from collections import Counter

from rich.text import Text

from ..data.filter import Filter
from ..data.model import THREAT, WITHDRAWAL, Corpus
from .badges import THREAT_BADGE, WITHDRAWAL_BADGE
from .lines import Lines

# Mirrored brackets, a lam-alef ligature and digits: which mode reads right shows at once.
BIDI_SAMPLE = "قال (عين الأسد) 2025"


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
