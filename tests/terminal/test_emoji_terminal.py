"""An article with emoji (⚠️ with its variation selector, a flag) in the real app under tmux:
every row as wide as the screen, every pane border where it belongs, at 80×24 and 120×40."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import terminal_cells
from tmux_session import terminal

pytestmark = pytest.mark.terminal

SOCKET = "mawqif-emoji"  # made unique per run by terminal()
CASE = Path(__file__).resolve().parents[1] / "fixtures" / "cases" / "e-emoji.ar.txt"
SIDES = "│╭╮╰╯"


@pytest.fixture
def emoji_workspace(tmp_path: Path, capsys) -> Path:
    """A workspace holding the emoji case, imported as a user would."""
    from tui.cli import main

    db = tmp_path / "emoji.json"
    assert main(["import", "--db", str(db), "--published", "2026-03-02", str(CASE)]) == 0
    capsys.readouterr()
    return db


def columns(row: str, chars: str) -> list[int]:
    """The cells of `row` (as tmux counts them) where one of `chars` is drawn."""
    found, at = [], 0
    for char in row:
        if char in chars:
            found.append(at)
        at += terminal_cells(char)
    return found


def check_borders(screen: list[str], width: int) -> int:
    """Every row fits the screen, and each bordered pane's sides stand in the columns of
    its corners on every row between them; how many bordered rows were checked."""
    checked = 0
    for row in screen:
        assert terminal_cells(row) <= width, f"row wider than the screen: {row!r}"
    top = next((i for i, row in enumerate(screen) if row.startswith("╭")), None)
    if top is None:
        return 0
    corners = columns(screen[top], "╭╮")
    for row in screen[top + 1 :]:
        if row.startswith("╰"):
            assert columns(row, "╰╯") == corners, row
            break
        assert columns(row, "│") == corners, f"borders moved: {row!r}"
        assert terminal_cells(row) == width, f"row not as wide as the screen: {row!r}"
        checked += 1
    return checked


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_rows_with_emoji_keep_every_border_in_tmux(emoji_workspace: Path, size):
    width, height = size
    with terminal(["--db", str(emoji_workspace)], *size, socket=SOCKET) as term:
        term.wait_for("statements")
        screen = term.screen(trailing_spaces=True)
        assert any("\u26a0" in row for row in screen)
        assert check_borders(screen, width) >= height - 5

        term.keys("Enter", pause=0.5)
        term.wait_for("Source:")
        screen = term.screen(trailing_spaces=True)
        assert any("\u26a0" in row for row in screen) and any("\U0001f1ee" in row for row in screen)
        assert check_borders(screen, width) >= height - 5

        term.keys("o", pause=0.5)
        term.wait_for("¶ 2")
        screen = term.screen(trailing_spaces=True)
        assert all(terminal_cells(row) == width for row in screen if row)
        second = next(i for i, row in enumerate(screen) if "¶ 2" in row)
        rows = [row.rstrip() for row in screen[second + 1 :] if row.strip()]
        assert any("\U0001f1ee" in row for row in rows)
        # The paragraph is flush right: the row with the flag ends where the others do.
        assert len({terminal_cells(row) for row in rows}) == 1, rows
