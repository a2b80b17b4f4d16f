"""Split article text into paragraphs, as character offsets into the unchanged text."""

from __future__ import annotations

import re

# A paragraph break is a line that holds nothing but whitespace.
_BREAK = re.compile(r"\n[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)*")


def split_paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """Offsets (start, end) of each non-blank paragraph, stripped of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for brk in [*_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        block = text[pos:end]
        stripped = block.strip()
        if stripped:
            lead = len(block) - len(block.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped)))
        if brk:
            pos = brk.end()
    return tuple(spans)


def paragraph_of(paragraphs: tuple[tuple[int, int], ...], start: int, end: int) -> int | None:
    """The paragraph a quote `start`-`end` begins in, if it begins and ends inside paragraphs.

    A quotation may run on through the paragraphs after its own (a quoted list: "نعلن ما
    يلي:" then "أولاً: …"), but never starts or stops between them.
    """
    first = next((i for i, (a, b) in enumerate(paragraphs) if a <= start < b), None)
    if first is None or not any(a < end <= b for a, b in paragraphs[first:]):
        return None
    return first
