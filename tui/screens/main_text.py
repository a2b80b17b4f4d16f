"""The words of the main screen: its help and what an empty workspace says."""

from __future__ import annotations

from rich.text import Text

HELP = """\
## Statements

The left pane lists **actors**, the middle the **statements** that pass the filters,
the right the **selected statement** with its source paragraph. On a narrow terminal one
pane shows at a time: `Tab` moves to the next, `Enter` opens, `Escape` goes back.

Filters combine: `s` cycles the withdrawal stance, `t` the ISIS-threat assessment, `f`
opens every filter (several stances, actor kinds, a date range), `/` searches Arabic
(hamza forms, harakat and tatweel folded) and English, `x` clears them all.

## Reviewing

`r` cycles the selected statement's status (unreviewed → reviewed → disputed), `n` writes
a note, `g` sets tags, `W` and `T` correct its withdrawal-stance and threat labels (a
machine-suggested label of an imported article, say), `z` undoes the last change. `v`
filters by status and `u` opens the next statement nobody has reviewed yet: press `r`,
then `u`, to go through a review queue.
Every change is saved at once; a change that cannot be written is kept and `Ctrl+S` tries
again. `e` writes a Markdown brief of the statements listed.
"""


EMPTY = Text.assemble(
    ("This workspace holds no statements yet.\n\n", "bold"),
    "Import an Arabic article from the shell:\n\n",
    ("    mawqif import --db WORKSPACE --outlet \"Outlet\" --published 2025-01-31 article.txt\n\n",
     "bold"),
    "or open the bundled corpus (Shafaq News, December 2024) by running mawqif without --db.",
)  # fmt: skip
