"""Short Arabic strings (names, verbs, cues) drawn inline within an English line."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from .arabic import cell_text


def inline_arabic(text: str, mode: str, style: Style | str = "") -> Text:
    """`text` shaped and ordered for `mode`, exactly as wide as it draws, for inline use."""
    # A row never draws wider than its character count, so this width never truncates;
    # the alignment padding the cell adds is then dropped.
    drawn = cell_text(text, max(1, len(text)), mode)
    plain = drawn.plain
    lead = len(plain) - len(plain.lstrip(" "))
    trimmed = drawn[lead:]
    trimmed.rstrip()
    if style:
        trimmed.stylize(style)
    return trimmed
