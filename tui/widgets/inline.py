"""Short Arabic strings (names, verbs, cues) drawn inline within an English line."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from .arabic import cell_text


def inline_arabic(
    text: str, mode: str, style: Style | str = "", width: int | None = None
) -> Text:
    """`text` shaped and ordered for `mode`, exactly as wide as it draws, for inline use;
    with `width`, cut at its logical end to at most that many cells."""
    # A row never draws wider than its character count, so this width never truncates;
    # the alignment padding the cell adds is then dropped.
    room = max(1, len(text)) if width is None else max(1, min(width, len(text)))
    drawn = cell_text(text, room, mode)
    plain = drawn.plain
    lead = len(plain) - len(plain.lstrip(" "))
    trimmed = drawn[lead:]
    trimmed.rstrip()
    if style:
        trimmed.stylize(style)
    return trimmed
