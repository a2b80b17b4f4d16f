"""A separate process that corrects a workspace over and over, printing each committed write.

Run by the tests as `python correction_writer.py DB NAME COUNT`: for i in 0..COUNT-1 it adds a
statement (the first word of a paragraph, summary "NAME i") and corrects a stored one's
summary, saves, then prints i, so a test that kills it knows which writes were committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tui.data.corrections import new_statement_id
from tui.data.review import change
from tui.data.spans import words
from tui.data.store import Workspace


def main() -> None:
    """Correct and save COUNT times, printing each write once it is on disk."""
    path, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    workspace = Workspace(path)
    stored = sorted(workspace.stored.statements.values(), key=lambda s: s.id)
    article = workspace.corpus.articles[stored[0].article]
    for i in range(count):
        start, end = article.paragraphs[i % len(article.paragraphs)]
        first = words(article.text, start, end)[0]
        added = new_statement_id(article.id)
        actor = stored[i % len(stored)].actor
        workspace.annotate(
            f"statement:{added}",
            lambda a, i=i, first=first, actor=actor: change(
                a, article=article.id, span=first, actor=actor, summary_en=f"{name} {i}"
            ),
        )
        target = f"statement:{stored[i % len(stored)].id}"
        workspace.annotate(target, lambda a, i=i: change(a, summary_en=f"{name} fixed {i}"))
        workspace.save()
        print(i, flush=True)


if __name__ == "__main__":
    main()
