"""An imported article with an Arabic outlet, title and roles, read off a real terminal
(tmux, a server of the tests' own) at 80×24 and 120×40 and checked against GNU FriBidi."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from oracle import FSI, PDI, check_paragraphs, isolated, rows_showing
from tmux_session import terminal
from tui.data.contradictions import find_contradictions
from tui.data.index import Index
from tui.data.store import open_corpus

pytestmark = pytest.mark.terminal

SOCKET = "mawqif-data-lines"  # made unique per run by terminal()
SCROLLBAR = " ▁▂▃▄▅▆▇█▏▕"
MIZAN, NAHRAIN = "صحيفة الميزان", "شبكة النهرين"
TITLE = "مسؤول أمريكي: قواتنا باقية في العراق حتى نهاية المهمة"
ROLE = "القيادي في الحشد الشعبي"


def pane(screen: list[str]) -> list[str]:
    """The rows of the rightmost bordered pane (the detail), without border or scrollbar."""
    rows = []
    for line in screen:
        if "││" in line:
            line = line.rsplit("││", 1)[1]
        elif line.startswith("│"):
            line = line[1:]
        else:
            continue
        rows.append(line.rsplit("│", 1)[0].rstrip(SCROLLBAR))
    return rows


def check(rows: list[str], anchor: str, logical: str) -> list[str]:
    """The rows from the first holding `anchor` that show `logical`, checked against
    FriBidi as an English line whose fields sit between FSI and PDI."""
    first = next(i for i, row in enumerate(rows) if anchor in row)
    shown = rows_showing(rows, first, logical)
    check_paragraphs([logical], [shown], directions=[False])
    return shown


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_arabic_outlet_title_role_and_explanation_read_in_order_on_screen(
    arabic_outlets: Path, size
):
    corpus = open_corpus(arabic_outlets)
    rows = Index(corpus).rows
    at = next(i for i, row in enumerate(rows)
              if row.actor.name_en == "Jabbar al-Moussawi" and row.statement.deadlines
              and corpus.articles[row.statement.article].outlet == MIZAN)  # fmt: skip
    statement = rows[at].statement
    clashes = find_contradictions(corpus)
    both = next(i for i, c in enumerate(clashes) if NAHRAIN in c.explanation)
    with terminal(["--db", str(arabic_outlets)], *size, socket=SOCKET) as term:
        term.wait_for("statements")
        term.keys(*(["j"] * at), pause=0.05)
        term.keys("Enter", pause=0.5)
        detail = pane(term.wait_for("Source:"))
        check(detail, "Jabbar al-Moussawi —", f"Jabbar al-Moussawi — {FSI}{ROLE}{PDI}")
        shown = check(
            detail,
            "Source:",
            f"Source: {FSI}{MIZAN}{PDI}, 2025-03-11, paragraph "
            f"{statement.paragraph + 1} — o opens the article, "
            "P corrects it",
        )
        assert "Source: ﻥﺍﺰﻴﻤﻟﺍ ﺔﻔﻴﺤﺻ, 2025-03-11," in shown[0]
        check(detail, "months after", "   " + isolated(statement.deadlines[0].derivation))

        term.keys("o", pause=0.5)
        screen = term.wait_for("¶ 1")
        title = f"{FSI}{MIZAN}{PDI} · 2025-03-11 · {FSI}{TITLE}{PDI} · 4 paragraphs"
        check(screen, "2025-03-11", title)  # the whole title, its end included

        term.keys("Escape", "Escape", "c", pause=0.4)
        term.wait_for("Contradictions")
        term.keys(*(["j"] * both), pause=0.1)
        screen = term.screen()
        explanation = clashes[both].explanation
        below = next(i for i, row in enumerate(screen) if row.startswith("╰"))
        shown = rows_showing(screen, below + 1, isolated(explanation))
        check_paragraphs([isolated(explanation)], [shown], directions=[False])

        term.keys("Enter", pause=0.5)
        screen = term.wait_for("2 Open 2")
        shown = rows_showing(screen, 1, isolated(explanation))
        check_paragraphs([isolated(explanation)], [shown], directions=[False])
        # the date after the Arabic outlet, as written, the publication date said to be one
        assert re.search(r"(published )?\d+ \w{3} 20\d\d\)", " ".join(shown))
