"""The English summary an import writes, read back into its parts and written again from the
record as the analyst corrected it.

An import (tui/ingest/extract.py) summarises each statement as
"Machine-extracted FORM by SPEAKER; cues: GLOSS; GLOSS; deadlines: EVENT DUE, EVENT DUE."
(an earlier mawqif added " (unreviewed)" after the speaker). Every part is worked out from a
field an analyst may correct, so each is written again from the corrected field: a summary
must never say what the record no longer does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from .model import Deadline

PREFIX: Final = "Machine-extracted "
UNREVIEWED_MARK: Final = " (unreviewed)"
# How the import names each form (the detail pane says it shorter).
FORM_WORDS: Final = {
    "direct_quote": "direct quote",
    "paraphrase": "paraphrase",
    "reported_by_outlet": "position reported by the outlet",
}
_SHAPE: Final = re.compile(
    rf"{re.escape(PREFIX)}(?P<form>{'|'.join(map(re.escape, FORM_WORDS.values()))}) by "
    rf"(?P<who>.+?)(?P<unreviewed>{re.escape(UNREVIEWED_MARK)})?"
    r"(?:; cues: (?P<cues>.+?))?(?:; deadlines: (?P<deadlines>[^;]+?))?\.",
    re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class MachineSummary:
    """The parts of an import's summary."""

    form: str  # a key of FORM_WORDS
    who: str
    cues: tuple[str, ...]  # what the import read its labels from, in English
    deadlines: tuple[tuple[str, str], ...]  # (event, due)
    unreviewed: bool = False

    def text(self) -> str:
        """The summary these parts make, as the import writes it."""
        out = f"{PREFIX}{FORM_WORDS[self.form]} by {self.who}"
        if self.unreviewed:
            out += UNREVIEWED_MARK
        if self.cues:
            out += "; cues: " + "; ".join(self.cues)
        if self.deadlines:
            out += "; deadlines: " + ", ".join(f"{event} {due}" for event, due in self.deadlines)
        return out + "."


def parse(summary: str) -> MachineSummary | None:
    """The parts of `summary` if an import wrote it as it stands; None for any other
    summary (one the analyst or the curation wrote)."""
    match = _SHAPE.fullmatch(summary)
    if match is None:
        return None
    form = next(k for k, v in FORM_WORDS.items() if v == match["form"])
    cues = tuple(match["cues"].split("; ")) if match["cues"] else ()
    deadlines = tuple(
        (event, due) for event, _, due in (d.partition(" ") for d in match["deadlines"].split(", "))
    ) if match["deadlines"] else ()  # fmt: skip
    summary_of = MachineSummary(form, match["who"], cues, deadlines, bool(match["unreviewed"]))
    # Only a summary these parts write again word for word is the import's own.
    return summary_of if summary_of.text() == summary else None


def deadline_parts(deadlines: Sequence[Deadline]) -> tuple[tuple[str, str], ...]:
    """Deadlines as a summary lists them."""
    return tuple((d.event, d.due) for d in deadlines)
