"""Two mawqif windows on one workspace while a third process imports into it: nothing any of
them wrote is lost, and both windows show everything, under real terminals (tmux)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import REPO
from tmux_session import Terminal, terminal
from tui.data.store import Workspace, review_path

pytestmark = pytest.mark.terminal

ARTICLE = REPO / "tests" / "fixtures" / "articles" / "rafidain-2025-01-ain-al-asad.ar.txt"


def _note(term: Terminal, text: str) -> None:
    """Write `text` as the note on the selected statement, as the analyst types it."""
    term.keys("n", pause=0.5)
    term.wait_for("Ctrl+S keeps the note")
    term.keys(text, pause=0.3)
    term.keys("C-s", pause=0.5)
    term.wait_for(text)  # the detail shows it once kept


def test_two_windows_and_an_import_lose_nothing_and_both_see_everything(workspace_file: Path):
    before = len(Workspace(workspace_file).corpus.statements)
    args = ["--db", str(workspace_file), "--bidi", "raw"]
    with terminal(args, 120, 40, socket="mawqif-window-a") as a, \
            terminal(args, 120, 40, socket="mawqif-window-b") as b:  # fmt: skip
        a.wait_for(f"{before} of {before} statements")
        b.wait_for(f"{before} of {before} statements")
        _note(a, "alpha note")  # on the first statement
        b.keys("j", pause=0.4)
        _note(b, "beta note")  # on the second
        imported = subprocess.run(
            [sys.executable, "-m", "tui", "--db", str(workspace_file), "import", str(ARTICLE),
             "--published", "2025-01-19"],
            cwd=REPO, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert imported.returncode == 0, imported.stderr
        after = len(Workspace(workspace_file).corpus.statements)
        assert after > before
        # Each window takes in the import, and the other window's note, by itself.
        a.wait_for(f"{after} of {after} statements", timeout=15)
        b.wait_for(f"{after} of {after} statements", timeout=15)
        a.keys("j", pause=0.6)
        a.wait_for("beta note", timeout=10)
        b.keys("k", pause=0.6)
        b.wait_for("alpha note", timeout=10)
        a.keys("q")
        b.keys("q")
    notes = json.loads(review_path(workspace_file).read_text(encoding="utf-8"))["annotations"]
    assert sorted(n["note"] for n in notes.values()) == ["alpha note", "beta note"]
    check = subprocess.run([sys.executable, "-m", "tui", "--db", str(workspace_file), "check"],
                           cwd=REPO, capture_output=True, text=True, timeout=60)  # fmt: skip
    assert check.returncode == 0 and "2 article(s)" in check.stdout, check.stdout + check.stderr
