"""The installed app in a real tmux at 80×24 and 120×40: the 2025-against-2026 pair on its
first screen, the footer's main keys, and keys typed faster than a screen opens."""

from __future__ import annotations

from pathlib import Path

import pytest

from oracle import check_paragraphs
from tmux_session import terminal

pytestmark = pytest.mark.terminal

CUES = ("سبتمبر/أيلول 2026", "في موعد أقصاه نهاية سبتمبر 2025")


def _sides(screen: list[str], width: int) -> tuple[list[str], list[str]]:
    """The inner rows of the pair's two sides, read off the screen between their borders."""
    half = width // 2
    left, right = [], []
    for row in screen:
        if row.startswith("│") and row[half - 1 : half + 1] == "│║":
            left.append(row[2 : half - 2])
            right.append(row[half + 2 : width - 2])
    return left, right


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_the_first_screen_of_the_pair_shows_both_dates_speakers_and_cues(
    workspace_file: Path, size
):
    with terminal(["--db", str(workspace_file)], *size, socket="mawqif-pair") as term:
        term.wait_for("c Clashes")
        term.keys("c")
        term.wait_for("Contradictions")
        term.keys("Enter")
        screen = term.wait_for("Sep 2025")
        shown = "\n".join(screen)
        for words in ("Sep 2026", "Sep 2025", "1 · Observers (unnamed)",
                      "2 · US–Iraq joint statement", "said 2024-09-27"):  # fmt: skip
            assert words in shown, shown
        left, right = _sides(screen, size[0])
        assert left and right, shown
        # Each side's clashing words on a row of their own, in reading order (FriBidi says).
        for cue, rows in zip(CUES, (left, right), strict=True):
            row = next(r for r in rows if "2025" in r or "2026" in r
                       if not r.lstrip().startswith("Sep"))  # fmt: skip
            check_paragraphs([cue], [[row.strip()]], directions=[True])


def test_the_footer_at_80x24_shows_the_main_keys(workspace_file: Path):
    with terminal(["--db", str(workspace_file)], 80, 24, socket="mawqif-footer") as term:
        screen = term.wait_for("q Quit")
        footer = screen[23]
        for key in ("? Help", "/ Search", "c Clashes", "d Deadlines", "q Quit", "^p palette"):
            assert key in footer, footer


def test_keys_typed_at_once_all_land_where_they_were_meant(workspace_file: Path):
    with terminal(["--db", str(workspace_file)], 80, 24, socket="mawqif-typeahead") as term:
        # Typed before the workspace is even read: the list of clashes opens once it is.
        term.keys("c", pause=0)
        term.wait_for("Contradictions")
        term.keys("Escape")
        term.wait_for("c Clashes")
        # "g" and the tags in one burst, as a paste or a fast typist sends them.
        term.keys("gfollow-up", pause=0)
        screen = term.wait_for("follow-up")
        assert any("Tags on statement " in row for row in screen), "\n".join(screen)
