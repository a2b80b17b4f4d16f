"""The indexes give exactly what filtering one row at a time gives, only faster."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.data.diskindex import index_path
from tui.data.index import Index
from tui.data.model import ACTOR_KINDS, THREAT, WITHDRAWAL
from tui.data.query import (
    ByActor,
    ByActorKind,
    ByDateRange,
    ByText,
    ByThreat,
    ByWithdrawal,
    Query,
)
from tui.data.store import Workspace, open_corpus
from tui.resources import corpus_path

CORPUS = open_corpus(corpus_path())
INDEX = Index(CORPUS)
WORDS = ["سبتمبر", "داعش", "عين الاسد", "التحالف", "Blinken", "ISIS", "2026", "withdrawal",
         "قوات", "الأمريكية", "nothing-like-this", "ال"]  # fmt: skip

filters = st.one_of(
    st.builds(ByWithdrawal, st.frozensets(st.sampled_from(WITHDRAWAL), min_size=1)),
    st.builds(ByThreat, st.frozensets(st.sampled_from(THREAT), min_size=1)),
    st.builds(ByActorKind, st.frozensets(st.sampled_from(ACTOR_KINDS), min_size=1)),
    st.builds(ByActor, st.sampled_from(sorted(CORPUS.actors))),
    st.builds(ByText, st.sampled_from(WORDS)),
    st.builds(ByDateRange, st.sampled_from([None, "2024-11", "2024-12-10"]),
              st.sampled_from([None, "2024-12", "2024-12-12"])),
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(filters, max_size=3))
def test_indexed_results_equal_row_by_row_filtering(chosen):
    query = Query(tuple(chosen))
    expected = [row.statement.id for row in INDEX.rows if query(row)]
    assert [s.id for s in INDEX.select(query)] == expected


@settings(max_examples=100, deadline=None)
@given(st.lists(filters, max_size=3))
def test_counts_are_those_of_the_rows_listed(chosen):
    results = INDEX.results(Query(tuple(chosen)))
    for label, value in (
        ("withdrawal", lambda r: r.statement.withdrawal),
        ("threat", lambda r: r.statement.threat),
        ("actor", lambda r: r.statement.actor),
        ("kind", lambda r: r.actor.kind),
    ):
        assert INDEX.counts(results, label) == Counter(map(value, results))


def test_counts_follow_the_results():
    results = INDEX.results(Query((ByThreat(frozenset({"high"})),)))
    assert INDEX.counts(results, "threat") == {"high": len(results)}
    everything = INDEX.results(Query())
    assert sum(INDEX.counts(everything, "withdrawal").values()) == len(CORPUS.statements)


def test_a_workspace_opens_the_same_through_its_index(workspace_file: Path, tmp_path: Path):
    assert index_path(workspace_file).exists()
    through_index = Workspace(workspace_file).corpus
    plain = tmp_path / "plain.json"
    shutil.copyfile(workspace_file, plain)  # no index beside it: one whole parse
    assert through_index == Workspace(plain).corpus


def test_a_stale_index_is_ignored(workspace_file: Path):
    text = workspace_file.read_text(encoding="utf-8")
    # Another program rewrites the file: same content shifted, so the old ranges are wrong.
    workspace_file.write_text(" " * 7 + text, encoding="utf-8")
    assert Workspace(workspace_file).corpus == open_corpus(corpus_path())


def test_a_damaged_index_is_ignored(workspace_file: Path):
    index_path(workspace_file).write_bytes(b"\x00garbage")
    assert Workspace(workspace_file).corpus == open_corpus(corpus_path())


def test_search_across_chunk_boundaries(monkeypatch):
    import tui.data.textsearch as textsearch

    monkeypatch.setattr(textsearch, "CHUNK", 7)  # many small chunks, hits at their edges
    small = Index(CORPUS)
    for word in WORDS:
        query = Query((ByText(word),))
        expected = [row.statement.id for row in INDEX.rows if query(row)]
        assert [s.id for s in small.select(query)] == expected


def test_a_copied_workspace_keeps_using_its_index(workspace_file: Path, tmp_path: Path):
    copy = tmp_path / "copy.json"
    shutil.copyfile(workspace_file, copy)
    shutil.copyfile(index_path(workspace_file), index_path(copy))
    from tui.data.diskindex import read_index

    assert read_index(copy) is not None  # new inode and time, same bytes
    # One label changed in place, same length: the bytes differ, so the index is not used.
    text = copy.read_text(encoding="utf-8").replace('"opposes"', '"supports"', 1)
    copy.write_text(text, encoding="utf-8")
    assert read_index(copy) is None


def test_searching_the_name_of_an_actor_left_without_statements(workspace_file: Path, capsys):
    """An actor all of whose statements the analyst rejected is still an actor: searching
    for their name finds nothing of theirs, and no longer crashes export or the app."""
    from tui.cli import main
    from tui.data.review import change

    ws = Workspace(workspace_file)
    counts = Counter(s.actor for s in ws.corpus.statements.values())
    actor = ws.corpus.actors[min(counts, key=lambda a: (counts[a], a))]
    for statement in [s for s in ws.corpus.statements.values() if s.actor == actor.id]:
        ws.annotate(f"statement:{statement.id}", lambda a: change(a, rejected=True))
    ws.save()
    capsys.readouterr()
    assert main(["export", "--db", str(workspace_file), "--search", actor.name_en]) == 0
    assert actor.name_en not in capsys.readouterr().out


def test_positions_answer_as_a_dict_of_the_same_ids_does():
    from tui.data.positions import Positions

    ids = ["s10", "s2", "g0001", "أ-1", "s1", "", "x\x00y"]
    positions, expected = Positions(ids), {sid: i for i, sid in enumerate(ids)}
    assert len(positions) == len(expected) and list(positions) == list(expected)
    for sid in [*ids, "s3", "s", "s100", "أ", "x"]:
        assert positions.get(sid) == expected.get(sid)
        assert (sid in positions) == (sid in expected)
    assert positions["s2"] == 1
    with pytest.raises(KeyError):
        positions["s3"]  # noqa: B018 - looked up for the error
    assert Positions([]).get("s1") is None
