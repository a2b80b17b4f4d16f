"""The preview a large workspace shows before it is read lists what the full index lists."""

from __future__ import annotations

import hashlib
import marshal
from pathlib import Path

import pytest

from bench.generate import write_workspace
from tui.data.diskindex import index_path, read_index, texts
from tui.data.files import signature
from tui.data.index import Index
from tui.data.query import ByActor, ByActorKind, ByThreat, ByWithdrawal, Query
from tui.data.store import Workspace


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("preview") / "workspace.json"
    write_workspace(path, 3_000)
    return path


def test_the_preview_lists_counts_and_sums_up_actors_as_the_full_index(generated: Path):
    workspace = Workspace(generated)
    preview = workspace.preview()
    assert preview is not None
    full = Index(workspace.corpus)
    assert len(preview.rows) == len(full.rows)
    assert preview.actor_summary() == full.actor_summary()
    actor = full.rows[7].statement.actor
    for query in (Query(), Query() & ByWithdrawal(frozenset({"opposes", "conditional"})),
                  Query() & ByThreat(frozenset({"high"})) & ByActorKind(frozenset({"expert"})),
                  Query() & ByActor(actor)):  # fmt: skip
        shown, expected = preview.results(query), full.results(query)
        assert list(shown.positions) == list(expected.positions)
        for label in ("withdrawal", "threat", "kind", "actor"):
            assert preview.counts(shown, label) == full.counts(expected, label)
        # Rows parsed from the file are the statements the full read makes, as corrected.
        assert [r.statement for r in shown] == [r.statement for r in expected]
    # A saved selection deep in the list is found and parsed, with its article.
    chosen = full.rows[2_500].statement
    assert preview.show(chosen.id) and preview.position[chosen.id] == 2_500
    assert chosen.article in preview.corpus.articles


def test_an_index_from_before_the_preview_gains_what_it_needs_on_the_first_read(
    generated: Path, tmp_path: Path
):
    path = tmp_path / "workspace.json"
    path.write_bytes(generated.read_bytes())
    index_path(path).write_bytes(marshal.dumps(_marshal_index(generated, 2)))
    assert Workspace(path).preview() is None  # a copy: known by its digest, not yet ordered
    Workspace(path).corpus  # noqa: B018 - the full read adds the reading order to the index
    preview = Workspace(path).preview()
    assert preview is not None
    assert len(preview.rows) == len(Workspace(generated).corpus.statements)


def test_an_index_of_marshalled_lists_is_used_then_rewritten_as_columns(
    generated: Path, tmp_path: Path
):
    path = tmp_path / "workspace.json"
    path.write_bytes(generated.read_bytes())
    index_path(path).write_bytes(marshal.dumps(_marshal_index(generated, 3)))
    expected = Workspace(generated).preview()
    old = Workspace(path).preview()  # version 3 still gives the first screen
    assert old is not None and expected is not None
    assert old.actor_summary() == expected.actor_summary()
    Workspace(path).corpus  # noqa: B018 - the full read rewrites the index
    assert index_path(path).read_bytes()[:2] == b"PK"  # numpy's .npz
    new = Workspace(path).preview()
    assert new is not None and new.actor_summary() == expected.actor_summary()
    assert [r.statement for r in new.rows[:50]] == [r.statement for r in expected.rows[:50]]


def _marshal_index(path: Path, version: int) -> tuple[object, ...]:
    """The index of the workspace at `path` as versions 2 and 3 wrote it: marshalled lists,
    the file's BLAKE2b digest; version 2 without the reading order and the articles."""
    ranges, columns = read_index(path)  # type: ignore[misc]
    lists = {name: list(spans) for name, spans in ranges.items()}
    old: dict[str, list[object]] = {"id": list(texts(columns["id"]))}
    for label in ("actor", "withdrawal", "threat"):
        values, codes = columns[label]
        old[label] = [values[c] for c in codes.tolist()]
    if version == 3:
        old["order"], old["articles"] = columns["order"].tolist(), texts(columns["articles"])
    content = hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
    return (version, signature(path), content, lists, old)
