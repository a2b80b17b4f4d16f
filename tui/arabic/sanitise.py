"""Make text from data safe to send to a terminal, keeping a map back to the original offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# An escape sequence is dropped whole: its parameters would otherwise print as noise
# ("[31m") or, worse, act (OSC 8 hyperlinks, OSC 52 clipboard writes, title changes).
_ESCAPE = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]?                     # CSI ... final byte
    | \x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?  # OSC, DCS, SOS, PM, APC ... terminator
    | \x1b[ -/]*[0-~]?                           # two-byte and nF escapes, or a lone ESC
    | \x9b[0-?]*[ -/]*[@-~]?                     # eight-bit CSI
    | [\x90\x98\x9d-\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?  # eight-bit DCS, SOS, OSC, PM, APC
    """,
    re.VERBOSE,
)

_ESCAPE_STARTS = frozenset("\x1b\x90\x98\x9b\x9d\x9e\x9f")

# Bidi controls in data would override the order this package computes, so they go.
_BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)
# A byte-order mark is invisible and means nothing to a reader. A soft hyphen only marks
# where a word may be hyphenated, which a terminal never does, and terminals disagree on its
# width (none, or one cell drawn as "-" that splits an Arabic word in two).
_INVISIBLE = frozenset("\ufeff\u00ad")
# Sequences whose width terminals disagree on: a variation selector asking for emoji or text
# presentation (⚠️ is U+26A0 U+FE0F: two cells for Rich, kitty or a recent VTE, one for tmux
# 3.3, xterm and any terminal that measures one code point at a time) and the skin-tone
# modifiers (two cells of their own for those terminals, none for the others). Without them
# every terminal draws the base character in the cells that its own width gives it, which
# all agree on, so a row is as wide on screen as mawqif measured it.
_PRESENTATION = frozenset("\ufe0e\ufe0f" + "".join(chr(c) for c in range(0x1F3FB, 0x1F400)))
_LINE_BREAKS = frozenset("\u2028\u2029\x85")

# Control pictures make stray control characters visible without letting them act.
_PICTURES = {chr(code): chr(0x2400 + code) for code in range(0x20) if code != 0x0A}
_PICTURES["\x7f"] = "\u2421"


@dataclass(frozen=True, slots=True)
class Sanitised:
    """Terminal-safe text and, for each of its characters, the offset it came from."""

    text: str
    offsets: tuple[int, ...]  # offsets[i] is the original offset of text[i]; one extra at the end

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span covered by the sanitised span [start, end)."""
        if start >= end:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


def _replacement(char: str) -> str:
    """What a single character of data becomes on screen."""
    if char == "\t":
        return " "
    if char in _LINE_BREAKS:
        return "\n"
    if char in _BIDI_CONTROLS or char in _INVISIBLE or char in _PRESENTATION:
        return ""
    if char in _PICTURES:
        return _PICTURES[char]
    if "\x80" <= char <= "\x9f":
        return "\ufffd"
    return char


# Everything that needs a look, so that clean text takes the fast path.
_SUSPECT = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f"
    + "".join(sorted(_BIDI_CONTROLS | _INVISIBLE | _LINE_BREAKS | _PRESENTATION))
    + "]"
)


@lru_cache(maxsize=4096)
def sanitise(text: str) -> Sanitised:
    """Remove escape sequences, bidi controls and characters terminals measure differently
    (soft hyphens, emoji presentation selectors and modifiers); show other controls as pictures."""
    if not _SUSPECT.search(text):
        return Sanitised(text, tuple(range(len(text) + 1)))
    chars: list[str] = []
    offsets: list[int] = []
    pos = 0
    length = len(text)
    while pos < length:
        char = text[pos]
        if char in _ESCAPE_STARTS:
            match = _ESCAPE.match(text, pos)
            if match and match.end() > pos:
                pos = match.end()
                continue
        if char == "\r" and text.startswith("\n", pos + 1):
            pos += 1  # a CRLF line ending is one break
            continue
        for out in _replacement(char):
            chars.append(out)
            offsets.append(pos)
        pos += 1
    offsets.append(length)
    return Sanitised("".join(chars), tuple(offsets))
