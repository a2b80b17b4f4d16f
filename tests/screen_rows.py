"""The screen of an app under Pilot as rows of text, read from Textual's own screenshot."""

from __future__ import annotations

import html
import re

from rich.cells import cell_len
from textual.app import App

_SVG_TEXT = re.compile(
    r'<text class="[^"]*" x="([\d.]+)" y="[\d.]+" textLength="([\d.]+)"'
    r' clip-path="url\(#[^)]*-line-(\d+)\)">([^<]*)</text>'
)


def screenshot_rows(app: App) -> list[str]:
    """The rows of the screen as Textual's screenshot (the snapshot tests' SVG) draws them,
    each piece of text put back at its column."""
    width, height = app.size
    cells = [[" "] * width for _ in range(height)]
    for match in _SVG_TEXT.finditer(app.export_screenshot()):
        x, length, line, text = match.groups()
        text = html.unescape(text).replace("\xa0", " ")
        column = round(float(x) / (float(length) / max(1, cell_len(text))))
        row = int(line)
        for char in text:
            if row < height and column < width:
                if cell_len(char) == 0 and column:
                    cells[row][column - 1] += char  # a mark drawn on the letter before it
                    continue
                cells[row][column] = char
            column += max(1, cell_len(char))
    return ["".join(row) for row in cells]
