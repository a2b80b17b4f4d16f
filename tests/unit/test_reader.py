"""One read path per load (data/reader.py): what a workspace answers from its index before
its corpus is read is what the analyst's corrections make it, in the session that makes
them and in the next one, through the real TinyDB files."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import statement_id
from tui.cli import main
from tui.data.diskindex import read_index
from tui.data.filter import Filter
from tui.data.review import change
from tui.data.store import Workspace

EXIT_2026 = statement_id("observers-exit-2026")  # stored as "supports"


def _opposing(ws: Workspace) -> list[str]:
    return [s.id for s in ws.select(Filter(withdrawal=frozenset({"opposes"})))]


def _export(capsys, db: Path, *args: str) -> list[dict]:
    capsys.readouterr()
    assert main(["export", "--db", str(db), *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_label_corrected_after_the_open_is_what_select_and_export_give(
    workspace_file: Path, capsys
):
    assert read_index(workspace_file) is not None  # the columns answer at the open
    ws = Workspace(workspace_file)
    assert EXIT_2026 not in _opposing(ws)
    assert ws.stored.statements[EXIT_2026].withdrawal == "supports"

    ws.annotate(f"statement:{EXIT_2026}", lambda a: change(a, withdrawal="opposes"))
    # Not yet saved: the session sees the correction at once, not the stored label.
    assert EXIT_2026 in _opposing(ws)
    chosen = {s.id: s for s in ws.select(Filter(withdrawal=frozenset({"opposes"})))}
    assert chosen[EXIT_2026].withdrawal == "opposes"
    supporting = ws.select(Filter(withdrawal=frozenset({"supports"})))
    assert EXIT_2026 not in {s.id for s in supporting}
    ws.save()
    ws.close()

    # The next open: the index is current and still holds the stored label.
    assert read_index(workspace_file) is not None
    again = Workspace(workspace_file)
    assert EXIT_2026 in _opposing(again)
    again.close()
    rows = {r["id"]: r for r in _export(capsys, workspace_file, "--withdrawal", "opposes")}
    assert rows[EXIT_2026]["withdrawal"] == "opposes"
    supports = _export(capsys, workspace_file, "--withdrawal", "supports")
    assert EXIT_2026 not in {r["id"] for r in supports}


def test_an_actor_renamed_is_what_the_actors_and_an_export_by_actor_say(
    workspace_file: Path, capsys
):
    ws = Workspace(workspace_file)
    actor = ws.stored.statements[EXIT_2026].actor
    assert ws.actors()[actor].name_en == "Observers (unnamed)"
    ws.annotate(f"actor:{actor}", lambda a: change(a, name_en="Western observers"))
    assert ws.actors()[actor].name_en == "Western observers"
    ws.save()
    ws.close()

    assert Workspace(workspace_file).actors()[actor].name_en == "Western observers"
    rows = _export(capsys, workspace_file, "--actor", "Western observers")
    assert EXIT_2026 in {r["id"] for r in rows}
    assert {r["actor"]["id"] for r in rows} == {actor}
    assert {r["actor"]["name_en"] for r in rows} == {"Western observers"}


def test_a_workspace_without_its_index_answers_the_same(workspace_file: Path):
    ws = Workspace(workspace_file)
    ws.annotate(f"statement:{EXIT_2026}", lambda a: change(a, withdrawal="opposes"))
    ws.save()
    indexed = [(s.id, s.withdrawal) for s in Workspace(workspace_file).select(Filter())]
    Path(f"{workspace_file}.index").unlink()
    plain = Workspace(workspace_file)  # read whole at the open
    assert [(s.id, s.withdrawal) for s in plain.select(Filter())] == indexed
    assert (EXIT_2026, "opposes") in indexed


def test_an_index_without_the_files_header_gets_it_at_the_first_full_read(
    workspace_file: Path,
):
    from tui.data.diskindex import file_digest, write_index

    ranges, columns = read_index(workspace_file)  # type: ignore[misc]
    assert columns["header"] == {"schema": 1, "kind": "mawqif-workspace"}
    # As an earlier mawqif wrote it: the header only in the file.
    write_index(workspace_file, ranges, {**columns, "header": None}, file_digest(workspace_file))
    assert read_index(workspace_file)[1]["header"] is None  # type: ignore[index]
    before = Workspace(workspace_file).corpus
    assert read_index(workspace_file)[1]["header"] == columns["header"]  # type: ignore[index]
    assert Workspace(workspace_file).corpus == before
