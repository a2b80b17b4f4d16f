"""A separate process that annotates a workspace over and over, printing each committed write.

Run by the tests as `python review_writer.py DB NAME COUNT`: for i in 0..COUNT-1 it sets the
note "NAME i" on a statement and saves, then prints i, so a test that kills it knows exactly
which writes had been committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tui.data.review import change
from tui.data.store import Workspace


def main() -> None:
    """Annotate and save COUNT times, printing each write once it is on disk."""
    path, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    workspace = Workspace(path)
    ids = sorted(workspace.corpus.statements)
    for i in range(count):
        target = f"statement:{ids[i % len(ids)]}"
        workspace.annotate(target, lambda a, i=i: change(a, note=f"{name} {i}", tags=(name,)))
        workspace.save()
        print(i, flush=True)


if __name__ == "__main__":
    main()
