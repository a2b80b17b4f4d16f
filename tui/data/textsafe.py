"""Text from articles made harmless in files a colleague opens: CSV, Markdown and JSON exports."""

# Imported articles are text from the web: they may hold escape sequences (an OSC 52 write
# to the clipboard fires when a CSV is `cat`ed), bidi overrides that reorder what a reader
# sees (Trojan Source, CVE-2021-42574) and cells that a spreadsheet runs as formulas. None
# of it may reach a file raw; the words around it are kept as they are.

from __future__ import annotations

import re
from typing import Final

# C0 controls but line feed and tab, DEL, C1 controls (U+009B is an eight-bit CSI), and every
# bidi control: embeddings, overrides, isolates and the implicit marks.
_UNSAFE: Final = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
# The same for JSON, which escapes C0 controls itself; line and paragraph separators too,
# which end a line in JavaScript and in some editors.
_JSON_UNSAFE: Final = re.compile(
    "[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)
# What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): =, +, -, @,
# tab and carriage return first, and their full-width forms, which some spreadsheets accept.
_FORMULA_START: Final = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")


def _code_point(match: re.Match[str]) -> str:
    # Mathematical angle brackets: plain text in CSV, Markdown and HTML alike, where "<"
    # would open a tag and "[" a link.
    return f"\u27e8U+{ord(match.group()):04X}\u27e9"


def visible(text: str) -> str:
    """`text` with each control character and bidi control shown as its code point
    ("⟨U+001B⟩"), so nothing in it acts on a terminal, a viewer or the order of the words;
    a CRLF line ending is one line feed."""
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    return _UNSAFE.sub(_code_point, text)


def csv_cell(text: str) -> str:
    """A CSV cell of `text` that a spreadsheet shows as text: controls made visible, and a
    cell that would start a formula (after any leading spaces) given a leading apostrophe,
    as OWASP's CSV-injection guidance says."""
    text = visible(text)
    first = text.lstrip(" \n")[:1]
    if text[:1] in _FORMULA_START or (first and first in _FORMULA_START):
        return "'" + text
    return text


def json_escaped(document: str) -> str:
    """A JSON document with C1 controls, bidi controls and line separators written as \\u
    escapes: the values read back are the same, but no raw one is left in the file."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", document)
