"""A hostile article (an OSC 52 clipboard write, a C1 CSI, a right-to-left override) in a
real terminal: printing mawqif's exports with `cat` fires nothing, nor does the app's every
screen, where printing the article itself writes the clipboard."""

from __future__ import annotations

from pathlib import Path

import pytest

from tmux_session import terminal
from tui.cli import main

pytestmark = pytest.mark.terminal

SOCKET = "mawqif-hostile"  # made unique per run by terminal()
CLIPBOARD = {"set-clipboard": "on"}  # an application's OSC 52 lands in a paste buffer
RAW = ("\u202e", "\x9b", "\x1b")


def test_cat_of_the_exports_writes_no_clipboard_where_the_article_does(
    hostile: Path, tmp_path: Path, capsys
):
    files = []
    for what, fmt in [("statements", "csv"), ("articles", "csv"), ("statements", "md"),
                      ("articles", "json")]:  # fmt: skip
        out = tmp_path / f"{what}.{fmt}"
        assert main(["export", "--db", str(hostile), "--what", what, "--format", fmt,
                     "-o", str(out)]) == 0  # fmt: skip
        files.append(out)
    capsys.readouterr()
    with terminal([], 120, 40, socket=SOCKET, command="sh", options=CLIPBOARD) as term:
        for n, path in enumerate(files):
            term.keys(f"cat {path}; echo done-{n}", "Enter", pause=0.05)
            screen = term.wait_for(f"done-{n}")
            assert not any(char in row for row in screen for char in RAW)
        assert term.buffers() == []
        # The negative control: the article as imported does write the clipboard.
        term.keys(f"clear; cat {tmp_path / 'hostile.ar.txt'}; echo done-raw", "Enter")
        term.wait_for("done-raw")
        assert term.buffers() == ["echo hi"]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_no_screen_of_the_app_sends_what_the_article_holds(hostile: Path, size):
    with terminal(["--db", str(hostile)], *size, socket=SOCKET, options=CLIPBOARD) as term:
        term.wait_for("statements")
        for keys, shows in [((), "statements"), (("Enter",), "Source:"), (("o",), "¶ 1"),
                            (("Escape", "Escape", "c"), "Contradictions"),
                            (("Escape", "d"), "Deadlines")]:  # fmt: skip
            term.keys(*keys, pause=0.4)
            screen = term.wait_for(shows)
            assert not any(char in row for row in screen for char in RAW), keys
        assert term.buffers() == []
