"""Which way a text runs: whether it holds right-to-left letters, and the direction its
first strong character gives its paragraph (UAX #9, rules P2 and P3)."""

from __future__ import annotations

from typing import Final

from tui.arabic.reorder import bidi_class

_ISOLATE_OPEN: Final = frozenset({"LRI", "RLI", "FSI"})


def has_rtl(text: str) -> bool:
    """Whether `text` holds any right-to-left letter (Arabic, Hebrew and the like)."""
    return any(bidi_class(char) in ("R", "AL") for char in text)


def is_rtl(text: str) -> bool:
    """Whether the first strong character of `text` is right to left (rules P2 and P3)."""
    isolated = 0
    for char in text:
        kind = bidi_class(char)
        if kind in _ISOLATE_OPEN:
            isolated += 1
        elif kind == "PDI":
            isolated = max(isolated - 1, 0)
        elif isolated:
            continue
        elif kind == "L":
            return False
        elif kind in ("R", "AL"):
            return True
    return False
