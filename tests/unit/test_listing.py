"""A corpus handed out is never changed: a correction makes a new one, which a listing takes
in by patching its index, and which lists what a freshly built index lists."""

from __future__ import annotations

from pathlib import Path

from tui.data.corrected import statements_named
from tui.data.filter import Filter
from tui.data.index import Index
from tui.data.listing import Listing
from tui.data.review import change
from tui.data.store import Workspace


def _ids(index: Index, chosen: Filter) -> list[str]:
    return [s.id for s in index.select(chosen.query())]


def test_a_correction_makes_a_new_corpus_and_leaves_the_old_one_as_it_was(
    workspace_file: Path,
):
    ws = Workspace(workspace_file)
    before = ws.corpus
    first = next(s for s in before.statements.values() if s.withdrawal != "opposes")
    listing = Listing(before)
    ws.annotate(f"statement:{first.id}", lambda a: change(a, withdrawal="opposes"))
    after = ws.corpus
    assert after is not before
    assert before.statements[first.id] == first  # what a screen still shows is untouched
    assert after.statements[first.id].withdrawal == "opposes"

    speakers = listing.take(after, statements_named(ws.annotations()))
    assert speakers is False and listing.corpus is after
    opposes = Filter(withdrawal=frozenset({"opposes"}))
    assert first.id in _ids(listing.index, opposes)
    assert _ids(listing.index, opposes) == _ids(Index(after), opposes)


def test_a_review_mark_keeps_the_corpus_handed_out(workspace_file: Path):
    ws = Workspace(workspace_file)
    before = ws.corpus
    first = next(iter(before.statements))
    ws.annotate(f"statement:{first}", lambda a: change(a, status="reviewed"))
    assert ws.corpus is before  # nothing a list shows changed: nothing to take in


def test_a_rejected_statement_is_a_new_shape_that_needs_a_new_index(workspace_file: Path):
    ws = Workspace(workspace_file)
    listing = Listing(ws.corpus)
    first = next(iter(ws.corpus.statements))
    ws.annotate(f"statement:{first}", lambda a: change(a, rejected=True))
    assert listing.take(ws.corpus, statements_named(ws.annotations())) is None
    assert first in listing.corpus.statements  # nothing taken
