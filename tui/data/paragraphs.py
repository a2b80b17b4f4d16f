"""Split article text into paragraphs, as character offsets into the unchanged text."""

from __future__ import annotations

import re

# A paragraph break is a line that holds nothing but whitespace.
_BREAK = re.compile(r"\n[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)*")


# Text pasted from a page often has no blank lines at all: then each line is a paragraph
# (import's reader joins lines that break off mid-sentence back together).
_LINE = re.compile(r"\n")


def split_paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """Offsets (start, end) of each non-blank paragraph, stripped of surrounding whitespace:
    paragraphs are separated by blank lines, or by line breaks in text that has none."""
    spans: list[tuple[int, int]] = []
    pos = 0
    breaks = list(_BREAK.finditer(text))
    if not breaks:
        breaks = list(_LINE.finditer(text.rstrip()))
    for brk in [*breaks, None]:
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
