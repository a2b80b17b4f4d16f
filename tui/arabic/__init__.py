"""Arabic text for the terminal: safe, searchable, and drawn in the right order (no Textual)."""

from tui.arabic.display import MODES, Mode, Row, Segment, cell, is_rtl, layout, parse_mode
from tui.arabic.normalise import Folded, find_all, fold
from tui.arabic.sanitise import Sanitised, sanitise

__all__ = [
    "MODES",
    "Folded",
    "Mode",
    "Row",
    "Sanitised",
    "Segment",
    "cell",
    "find_all",
    "fold",
    "is_rtl",
    "layout",
    "parse_mode",
    "sanitise",
]
