"""A new user in a real terminal (tmux, 80×24): `i`, paste an article of our own writing,
Ctrl+S, see its statements, accept one."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from oracle import compare, reorder
from tmux_session import terminal
from tui.data.store import Workspace

pytestmark = pytest.mark.terminal

OUTLET = "صحيفة الرافد"

# An article of the project's own writing, as an analyst would paste it from a browser.
ARTICLE = (Path(__file__).resolve().parents[1] / "fixtures" / "articles"
           / "pasted-rafid.ar.txt").read_text(encoding="utf-8")  # fmt: skip


def test_an_article_pasted_in_the_app_is_imported_and_one_statement_accepted(
    tmp_path: Path,
) -> None:
    db = tmp_path / "ws.json"
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    with terminal(["--db", str(db)], 80, 24, socket="mawqif-import") as term:
        term.wait_for("holds no statements yet")
        term.keys("i")
        term.wait_for("Import an article")
        # Pasted as a terminal pastes (bracketed), right after `i`, with the focus on the
        # path field: the article goes to the text box all the same.
        subprocess.run([*term.tmux, "load-buffer", str(article)], check=True)
        subprocess.run([*term.tmux, "paste-buffer", "-p", "-t", term.name], check=True)
        # The outlet found in the text, in a field not being edited: drawn shaped and in
        # reading order, as GNU FriBidi draws it.
        field, screen = "", term.wait_for("Outlet  ")
        deadline = time.monotonic() + 20
        while not any("\ufe70" <= ch <= "\ufeff" for ch in field) and time.monotonic() < deadline:
            screen = term.screen()
            outlet = next((row for row in screen if "Outlet  " in row), "")
            field = outlet.split("Outlet", 1)[-1].rstrip(" │").strip()
            time.sleep(0.1)
        (answer,) = reorder([OUTLET], rtl=True)
        compare(field, OUTLET, answer)
        assert any("Path or URL  article.html or https://" in row for row in screen), screen
        term.keys("C-s")
        screen = term.wait_for("Imported 3 statement(s)")
        assert any("Hassan al-Azzawi" in row for row in screen)
        term.keys("r")
        term.wait_for("Marked reviewed")
        term.keys("Escape")
        screen = term.wait_for("Salam al-Janabi")
        assert any(row.startswith("│✓") and "Hassan al-Azzawi" in row for row in screen)
        term.keys("q")
        time.sleep(1.0)
    workspace = Workspace(db)
    (first, *_rest) = sorted(workspace.corpus.statements)
    assert len(workspace.corpus.statements) == 3
    assert workspace.annotation(f"statement:{first}").status == "reviewed"
