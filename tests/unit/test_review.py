"""Annotations: the rules of a change, saving, two processes, kills, full and read-only disks."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import REPO, digest, fill, statement_id
from tui.data.check import review_problems
from tui.data.review import Annotation, ReviewError, change, next_status
from tui.data.store import SaveError, Workspace, WorkspaceError, review_path

# The statements these tests name, by their stable keys in data/statements.toml.
WARNINGS_REBUILD = statement_id("warnings-rebuild")
WARNINGS_KEEP = statement_id("warnings-keep-coalition")
EXIT_2026 = statement_id("observers-exit-2026")

WRITER = str(REPO / "tests" / "review_writer.py")


def test_a_change_keeps_the_previous_version_in_the_history():
    a = Annotation(f"statement:{WARNINGS_REBUILD}")
    first = change(a, status="reviewed", note="checked", at="2026-01-01T00:00:00+00:00")
    assert first.history == ()  # nothing was recorded before
    second = change(first, status="disputed", at="2026-01-02T00:00:00+00:00")
    assert second.status == "disputed" and second.note == "checked"
    assert second.history == (first.version,)


def test_statuses_cycle_and_are_checked():
    s = Annotation(f"statement:{WARNINGS_REBUILD}")
    assert next_status(s) == "reviewed"
    c = Annotation("contradiction:c1", status="disputed")
    assert next_status(c) == "dismissed"
    with pytest.raises(ReviewError):
        change(s, status="dismissed")  # only contradictions can be dismissed
    assert change(s, tags=[" a ", "a", "", "b  c"]).tags == ("a", "b c")


def test_annotations_survive_a_reopen(workspace_file: Path):
    ws = Workspace(workspace_file)
    ws.annotate(
        f"statement:{WARNINGS_REBUILD}",
        lambda a: change(a, status="reviewed", note="ok", tags=("x",)),
    )
    assert ws.save() == []
    again = Workspace(workspace_file).annotation(f"statement:{WARNINGS_REBUILD}")
    assert (again.status, again.note, again.tags) == ("reviewed", "ok", ("x",))


def test_a_keypress_never_rewrites_the_corpus(workspace_file: Path):
    before = digest(workspace_file)
    ws = Workspace(workspace_file)
    ws.annotate(f"statement:{WARNINGS_KEEP}", lambda a: change(a, status="disputed"))
    ws.save()
    ws.save_session({"bidi": "terminal"})
    assert digest(workspace_file) == before
    assert review_path(workspace_file).exists()


def test_a_second_window_sees_the_first_and_loses_nothing(workspace_file: Path):
    one, two = Workspace(workspace_file), Workspace(workspace_file)
    one.annotate(f"statement:{WARNINGS_REBUILD}", lambda a: change(a, note="from one"))
    one.save()
    assert two.reload() and two.annotation(f"statement:{WARNINGS_REBUILD}").note == "from one"
    # Both change the same item: the later write wins, the earlier stays in the history.
    one.annotate(f"statement:{EXIT_2026}", lambda a: change(a, note="one's view"))
    two.annotate(f"statement:{EXIT_2026}", lambda a: change(a, note="two's view"))
    assert one.save() == []
    assert two.save() == [f"statement:{EXIT_2026}"]
    final = Workspace(workspace_file).annotation(f"statement:{EXIT_2026}")
    assert final.note == "two's view"
    assert "one's view" in [v.note for v in final.history]


def test_two_processes_writing_at_once_keep_every_write(workspace_file: Path):
    procs = [
        subprocess.Popen([sys.executable, WRITER, str(workspace_file), name, "40"],
                         cwd=REPO, stdout=subprocess.PIPE, text=True)
        for name in ("alpha", "beta")
    ]  # fmt: skip
    for proc in procs:
        out, _ = proc.communicate(timeout=120)
        assert proc.returncode == 0 and out.split()[-1] == "39"
    notes = _all_notes(Workspace(workspace_file))
    for name in ("alpha", "beta"):
        assert {f"{name} {i}" for i in range(40)} <= notes


def _all_notes(ws: Workspace) -> set[str]:
    return {v.note for a in ws.annotations().values() for v in (a.version, *a.history)}


def test_sigkill_while_writing_never_loses_a_committed_write(workspace_file: Path):
    rng = random.Random(7)
    committed: set[str] = set()
    for round_ in range(12):
        name = f"kill{round_}"
        proc = subprocess.Popen([sys.executable, WRITER, str(workspace_file), name, "100000"],
                                cwd=REPO, stdout=subprocess.PIPE, text=True)  # fmt: skip
        first = proc.stdout.readline()  # wait until it writes, then kill it mid-stream
        assert first.strip() == "0"
        committed.add(f"{name} 0")
        time.sleep(rng.uniform(0.0, 0.3))
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate(timeout=30)
        committed |= {f"{name} {line}" for line in rest.split()}
        ws = Workspace(workspace_file)  # opens: the file is whole
        assert review_problems(ws.corpus, ws.annotations()) == []
        assert committed <= _all_notes(ws), "a write reported as committed was lost"
    # The next save sweeps away the temporary files that killed writers left.
    ws = Workspace(workspace_file)
    ws.annotate(f"statement:{WARNINGS_REBUILD}", lambda a: change(a, status="reviewed"))
    ws.save()
    assert [p.name for p in workspace_file.parent.iterdir() if p.suffix == ".tmp"] == []


def test_full_disk_keeps_changes_in_memory_until_a_retry(small_disk: Path, workspace_file: Path):
    path = small_disk / "w.json"
    shutil.copyfile(workspace_file, path)
    ws = Workspace(path)
    ws.annotate(f"statement:{WARNINGS_REBUILD}", lambda a: change(a, note="before the disk filled"))
    ws.save()
    filler = fill(small_disk)
    saved = review_path(path).read_bytes()
    ws.annotate(f"statement:{WARNINGS_KEEP}", lambda a: change(a, note="written on a full disk"))
    with pytest.raises(SaveError, match="No space left on device"):
        ws.save()
    assert ws.unsaved == 1
    assert ws.annotation(f"statement:{WARNINGS_KEEP}").note == "written on a full disk"
    assert review_path(path).read_bytes() == saved  # the old file is whole
    filler.unlink()
    assert ws.save() == [] and ws.unsaved == 0
    reopened = Workspace(path)
    assert reopened.annotation(f"statement:{WARNINGS_KEEP}").note == "written on a full disk"
    assert reopened.annotation(f"statement:{WARNINGS_REBUILD}").note == "before the disk filled"


def test_read_only_workspace_keeps_changes_and_says_so(workspace_file: Path, tmp_path: Path):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "w.json"
    shutil.copyfile(workspace_file, path)
    ws = Workspace(path)
    # A read-only bind mount: even root cannot write through it.
    subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
    subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
    try:
        ws.annotate(f"statement:{WARNINGS_REBUILD}", lambda a: change(a, status="reviewed"))
        with pytest.raises(SaveError, match="Read-only file system"):
            ws.save()
        assert ws.annotation(f"statement:{WARNINGS_REBUILD}").status == "reviewed"
        assert ws.unsaved == 1
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_damaged_review_file_is_reported_and_left_alone(workspace_file: Path):
    sidecar = review_path(workspace_file)
    sidecar.write_bytes(b'{"_meta": {"1": {"schema": 1, "kind": "mawqif-review"}}, "annot')
    with pytest.raises(WorkspaceError, match="invalid JSON"):
        Workspace(workspace_file)
    assert sidecar.read_bytes().endswith(b'"annot')


def test_check_reports_annotations_of_missing_items(workspace_file: Path):
    ws = Workspace(workspace_file)
    ws.annotate("statement:nope", lambda a: change(a, status="reviewed"))
    ws.save()
    problems = review_problems(ws.corpus, Workspace(workspace_file).annotations())
    assert problems == ["annotation statement:nope: no such statement in this workspace"]


def test_an_analyst_correction_changes_the_labels_everywhere_and_can_be_withdrawn(
    workspace_file: Path,
):
    before = digest(workspace_file)
    ws = Workspace(workspace_file)
    stored = ws.corpus.statements[WARNINGS_REBUILD]
    assert stored.withdrawal == "unspecified"
    ws.annotate(
        f"statement:{WARNINGS_REBUILD}", lambda a: change(a, withdrawal="opposes", threat="low")
    )
    ws.save()
    assert digest(workspace_file) == before  # corrections live beside the corpus, not in it
    reopened = Workspace(workspace_file)
    corrected = reopened.corpus.statements[WARNINGS_REBUILD]
    assert (corrected.withdrawal, corrected.threat) == ("opposes", "low")
    assert reopened.original(WARNINGS_REBUILD) == stored
    opposing = [s.id for s in reopened.statements_where(None, {"opposes"}, set())]
    assert opposing.count(WARNINGS_REBUILD) == 1
    reopened.annotate(
        f"statement:{WARNINGS_REBUILD}", lambda a: change(a, withdrawal=None, threat=None)
    )
    assert reopened.corpus.statements[WARNINGS_REBUILD] == stored
    assert reopened.original(WARNINGS_REBUILD) is None
    with pytest.raises(ReviewError):
        change(Annotation(f"statement:{WARNINGS_REBUILD}"), withdrawal="maybe")
    with pytest.raises(ReviewError):
        change(Annotation("contradiction:c1"), threat="high")
