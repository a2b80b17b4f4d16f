"""The words of the main screen: its help, what an empty workspace says and what an empty
list says."""

from __future__ import annotations

import shlex
from pathlib import Path

from ..widgets.lines import Lines

HELP = """\
## Statements

The left pane lists **actors**, the middle the **statements** that pass the filters,
the right the **selected statement** with its source paragraph. On a narrow terminal one
pane shows at a time: `Tab` moves to the next, `Enter` opens, `Escape` goes back.

Filters combine: `s` cycles the withdrawal stance, `t` the ISIS-threat assessment, `f`
opens every filter (several stances, actor kinds, a date range), `/` searches Arabic
(hamza forms, harakat and tatweel folded) and English, `x` clears them all. A date range
hides the statements whose date said is unknown (the bar says how many); the box under
the dates in `f` keeps them.

## Reviewing

`r` cycles the selected statement's status (unreviewed → reviewed → disputed), `n` writes
a note, `g` sets tags, `z` undoes the last change. `v` filters by status (its last value
lists the rejected statements) and `u` opens the next statement nobody has reviewed yet:
press `r`, then `u`, to go through a review queue.
Every change is saved at once; a change that cannot be written is kept and `Ctrl+S` tries
again. `e` writes a Markdown brief of the statements listed.

## Importing

`i` imports an article without leaving the app: paste its text (the line being written
shows below as it will read), or give a file's path or a web address and press `Enter` to
read it; the outlet, publication date and title are filled in from the page or the text
where it states them (type over any of them). `Ctrl+S` imports. A page that cannot be read
or is not an Arabic article is said in the dialog and nothing is stored; once imported, its
statements are listed and the first is open: `r` marks it, `u` goes to the next.

## Correcting

Whatever an import got wrong can be put right here; the article and the corpus stay as
stored and every correction is kept, with its history, in the review file. On a statement:
`S` its speaker (pick an actor by Arabic or English name, or create one), `E` the whole
record (speaker, form, labels, summary, the date said — `YYYY`, `YYYY-MM` or `YYYY-MM-DD`,
empty when unknown — and deadlines), `D` a new deadline, `Q` the quote's start and end,
word by word, `X` rejects a false statement (or restores a rejected one), `W` and `T` step
its labels. On an actor (or the selected statement's speaker): `A` its English name and
role, `M` merges another actor into it. On the selected statement's article (here or in
the article view): `P` its outlet, publication date and title; a new date works out again
the dates said and deadlines read relative to it ("yesterday", "the end of this month"),
but not those you corrected by hand. A quote the import missed: `o` opens the article, mark its
words, `a` adds it. `z` undoes any of these.
"""


def empty_workspace(path: Path) -> Lines:
    """What an empty workspace says: how to import an article into it, by its own path
    (a field of data: a folder may be named in Arabic)."""
    message = Lines("This workspace holds no statements yet.", "bold").newline().newline()
    message.add("Press ").add("i", "bold").add(
        " to import an Arabic article here: paste its "
        "text, or give a file's path or a web address. "
        "Or from the shell:"
    ).newline().newline()
    # A path reads left to right, folder by folder, each Arabic name in it right to left:
    # as one run, two Arabic folder names would be drawn swapped, and "فارغ.json" as
    # "json.فارغ". Each command ends its first line with a backslash, so it pastes whole.
    for tail in ('--outlet "Outlet" --published 2025-01-31 article.txt', "https://…/article.html"):
        message.add("    mawqif import --db ", "bold")
        for i, part in enumerate(shlex.quote(str(path)).split("/")):
            if i:
                message.add("/", "bold")
            message.prose(part, "bold")
        message.add(" \\", "bold").newline().add(f"        {tail}", "bold").newline()
    message.newline()
    return message.add("or open the bundled corpus (Shafaq News, December 2024) by running "
                       "mawqif without --db.")  # fmt: skip


def no_match(undated_hidden: int, rejected: bool) -> tuple[str, ...]:
    """What the statements list says when nothing passes the filters, and how to get out."""
    if rejected:
        return ("No statement has been rejected.", "v shows the next review status, x clears "
                "every filter.")  # fmt: skip
    lines = ["No statements match the filters in the bar above.",
             "x clears every filter, f changes them, / changes the search."]  # fmt: skip
    if undated_hidden:
        lines.append(
            f"{undated_hidden} statement(s) whose date said is unknown are hidden by "
            "the date range: f, then tick the box under the dates to keep them."
        )
    return tuple(lines)
