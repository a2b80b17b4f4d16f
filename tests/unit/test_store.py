"""The workspace store: round trips, atomic writes, and damaged files left as they were."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from helpers import digest, fill
from tui.data.model import Actor, Corpus
from tui.data.store import (
    Workspace,
    WorkspaceError,
    create_workspace,
    open_corpus,
    read_tables,
)
from tui.resources import corpus_path

HEADER = {"_meta": {"1": {"schema": 1, "kind": "mawqif-workspace"}}}


def test_bundled_corpus_loads_into_model_values():
    corpus = open_corpus(corpus_path())
    assert len(corpus.articles) == 1
    article = next(iter(corpus.articles.values()))
    assert article.outlet == "Shafaq News"
    for s in corpus.statements.values():
        assert corpus.quote_of(s) == s.quote_ar


def test_bundled_corpus_refuses_writes():
    workspace = Workspace(corpus_path(), read_only=True)
    with pytest.raises(WorkspaceError, match="read-only"):
        workspace.add(Corpus(actors={"x": Actor("x", "س", "X", "", "", "", "expert")}))


def test_workspace_round_trip_keeps_arabic_as_utf8(workspace_file: Path):
    before = open_corpus(workspace_file)
    ws = Workspace(workspace_file)
    extra = Actor("new-actor", "مراقب جديد", "A new observer", "observer", "", "Iraq", "expert")
    ws.add(Corpus(actors={extra.id: extra}))
    after = open_corpus(workspace_file)
    assert after.actors["new-actor"] == extra
    assert after.statements == before.statements
    raw = workspace_file.read_text(encoding="utf-8")
    assert "مراقب جديد" in raw and "\\u0645" not in raw


def test_atomic_write_leaves_no_temporary_files(workspace_file: Path):
    ws = Workspace(workspace_file)
    ws.add(Corpus(actors={"a1": Actor("a1", "أ", "A", "", "", "", "expert")}))
    names = sorted(p.name for p in workspace_file.parent.iterdir())
    # Beside the workspace: its record index and the (empty) lock file, nothing temporary.
    assert names == ["workspace.json", "workspace.json.index", "workspace.json.lock"]


def test_full_disk_gives_a_clear_error_and_keeps_the_old_file(
    small_disk: Path, workspace_file: Path
):
    path = small_disk / "workspace.json"
    shutil.copyfile(workspace_file, path)
    before = digest(path)
    ws = Workspace(path)
    fill(small_disk)
    with pytest.raises(WorkspaceError, match="No space left on device"):
        ws.add(Corpus(actors={"a1": Actor("a1", "أ", "A", "", "", "", "expert")}))
    assert digest(path) == before
    names = sorted(p.name for p in small_disk.iterdir())
    assert names == ["filler", "workspace.json", "workspace.json.lock"]
    assert digest(path) == before


def test_new_workspace_is_empty(tmp_path: Path):
    path = tmp_path / "new.json"
    create_workspace(path)
    corpus = open_corpus(path)
    assert not corpus.statements and not corpus.articles


DAMAGED = {
    "empty": (b"", "is empty"),
    "whitespace": (b"  \n", "is empty"),
    "binary": (bytes(range(256)), "binary"),
    "latin-1": ('{"_meta": "é"}'.encode("latin-1"), "not UTF-8"),
    "truncated": (None, "invalid JSON at line"),
    "a list": (b"[1, 2, 3]", "not a TinyDB file"),
    "foreign tinydb": (b'{"_default": {"1": {"a": 1}}}', "no mawqif header"),
    "future schema": (
        json.dumps({"_meta": {"1": {"schema": 99, "kind": "mawqif-workspace"}}}).encode(),
        "schema 99",
    ),
    "wrong field type": (
        json.dumps({**HEADER, "statements": {"1": {"id": 5}}}).encode(),
        "statements record 1: field 'id' has the wrong type",
    ),
    "missing field": (
        json.dumps({**HEADER, "actors": {"1": {"id": "x", "name_ar": "س"}}}).encode(),
        "actors record 1: missing field",
    ),
}


@pytest.mark.parametrize("case", sorted(DAMAGED))
def test_damaged_files_give_one_line_and_stay_untouched(
    case: str, tmp_path: Path, workspace_file: Path
):
    payload, message = DAMAGED[case]
    if payload is None:
        payload = workspace_file.read_text(encoding="utf-8")[:5000].encode("utf-8")
    path = tmp_path / "damaged.json"
    path.write_bytes(payload)
    with pytest.raises(WorkspaceError) as info:
        Workspace(path)
    assert message in str(info.value)
    assert "\n" not in str(info.value)
    assert path.read_bytes() == payload


def test_a_folder_is_not_a_workspace(tmp_path: Path):
    with pytest.raises(WorkspaceError, match="is a folder"):
        read_tables(tmp_path)
