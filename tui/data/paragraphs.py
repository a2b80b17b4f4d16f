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
