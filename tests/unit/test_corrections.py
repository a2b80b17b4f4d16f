"""Corrections of every field, applied over the stored corpus: what the exports then say,
what `check` reports, and that nothing stored is ever rewritten."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import REPO, digest, statement_id
from tui.cli import main
from tui.data.check import review_problems
from tui.data.corrections import correct, new_actor_id, new_statement_id
from tui.data.review import Annotation, ReviewError, change, restore
from tui.data.store import Workspace, WorkspaceError, review_path

# The statements these tests name, by their stable keys in data/statements.toml.
WARNINGS_REBUILD = statement_id("warnings-rebuild")
WARNINGS_KEEP = statement_id("warnings-keep-coalition")
EXIT_2026 = statement_id("observers-exit-2026")
KIRKUK = statement_id("security-service-kirkuk")
MISSION_END_2025 = statement_id("joint-mission-end-2025")
UKMOD_12_MONTHS = statement_id("ukmod-comment-12-months")


def _fix(ws: Workspace, target: str, **fields) -> None:
    ws.annotate(target, lambda a: change(a, **fields))
    ws.save()


def _export(capsys, db: Path, *args: str) -> list[dict]:
    capsys.readouterr()
    assert main(["export", "--db", str(db), *args]) == 0
    return json.loads(capsys.readouterr().out)


def _check(capsys, db: Path) -> tuple[int, list[str]]:
    capsys.readouterr()
    code = main(["check", "--db", str(db)])
    return code, capsys.readouterr().out.splitlines()


def test_speaker_summary_span_and_labels_reach_the_export_and_the_corpus_is_untouched(
    capsys, workspace_file: Path
):
    before = digest(workspace_file)
    ws = Workspace(workspace_file)
    kirkuk = ws.corpus.statements[KIRKUK]
    article = ws.corpus.articles[kirkuk.article]
    # The quote one word shorter at its end: up to "كركوك" rather than "نفسه".
    end = article.text.index("كركوك", kirkuk.start) + len("كركوك")
    _fix(ws, f"statement:{KIRKUK}", actor="sudani", summary_en="Sudani on the Kirkuk bomber.",
         span=(kirkuk.start, end), threat="high")  # fmt: skip
    assert digest(workspace_file) == before  # corrections live in the review file
    (row,) = [s for s in _export(capsys, workspace_file) if s["id"] == KIRKUK]
    assert row["actor"]["id"] == "sudani" and row["actor"]["name_en"].startswith("Mohammed Shia")
    assert row["summary_en"] == "Sudani on the Kirkuk bomber." and row["threat"] == "high"
    assert row["quote_ar"] == article.text[kirkuk.start : end] and row["end"] == end
    # Exports count paragraphs from 1, as the app and the briefs do.
    assert row["quote_ar"].endswith("كركوك") and row["paragraph"] == kirkuk.paragraph + 1
    by_actor = _export(capsys, workspace_file, "--actor", "السوداني")
    assert KIRKUK in [s["id"] for s in by_actor]
    assert _check(capsys, workspace_file)[0] == 0
    # Back at the stored values, the corrections are withdrawn and the record is as stored.
    _fix(ws, f"statement:{KIRKUK}", actor=None, summary_en=None, span=None, threat=None)
    assert Workspace(workspace_file).corpus.statements[KIRKUK] == kirkuk


def test_deadlines_added_changed_and_removed_make_and_unmake_contradictions(
    capsys, workspace_file: Path
):
    ws = Workspace(workspace_file)
    uk_12_months = ws.corpus.statements[UKMOD_12_MONTHS]  # the mission ends within 12 months
    text = ws.corpus.articles[uk_12_months.article].text
    cue = uk_12_months.deadlines[0]
    moved = {"event": cue.event, "due": "2027-01", "cue_start": cue.cue_start,
             "cue_end": cue.cue_end, "derivation": "the analyst's reading"}  # fmt: skip
    _fix(ws, f"statement:{UKMOD_12_MONTHS}", deadlines=[moved])
    (row,) = [s for s in _export(capsys, workspace_file) if s["id"] == UKMOD_12_MONTHS]
    assert [(d["due"], d["cue_ar"]) for d in row["deadlines"]] == [("2027-01", cue.cue_ar)]
    clashes = _export(capsys, workspace_file, "--what", "contradictions")
    # Same event, 2027-01 against the joint statement's 2025-09: a clash of its own now.
    assert any(
        {c["a"], c["b"]} == {UKMOD_12_MONTHS, MISSION_END_2025} and c["kind"] == "deadline"
        for c in clashes
    )
    word = text.index("الأشهر", cue.cue_start)
    added = {"event": "coalition.iraq.full_withdrawal", "due": "indefinite", "cue_start": word,
             "cue_end": word + len("الأشهر"), "derivation": ""}  # fmt: skip
    _fix(ws, f"statement:{UKMOD_12_MONTHS}", deadlines=[moved, added])
    (row,) = [s for s in _export(capsys, workspace_file) if s["id"] == UKMOD_12_MONTHS]
    assert [d["cue_ar"] for d in row["deadlines"]] == [cue.cue_ar, "الأشهر"]
    _fix(ws, f"statement:{UKMOD_12_MONTHS}", deadlines=[])
    (row,) = [s for s in _export(capsys, workspace_file) if s["id"] == UKMOD_12_MONTHS]
    assert row["deadlines"] == []
    assert _check(capsys, workspace_file)[0] == 0


def test_a_rejected_statement_is_gone_from_exports_and_contradictions_and_can_come_back(
    capsys, workspace_file: Path
):
    ws = Workspace(workspace_file)
    _fix(ws, f"statement:{MISSION_END_2025}", rejected=True)  # the joint statement's firm 2025 date
    ids = [s["id"] for s in _export(capsys, workspace_file)]
    assert MISSION_END_2025 not in ids and len(ids) == 64
    clashes = _export(capsys, workspace_file, "--what", "contradictions")
    assert clashes and not any(MISSION_END_2025 in (c["a"], c["b"]) for c in clashes)
    brief = tmp = workspace_file.parent / "brief.md"
    assert main(["export", "--db", str(workspace_file), "--format", "md", "-o", str(tmp)]) == 0
    assert f"### {MISSION_END_2025} " not in brief.read_text(encoding="utf-8")
    reopened = Workspace(workspace_file)
    assert MISSION_END_2025 in reopened.corpus.rejected
    assert MISSION_END_2025 not in reopened.corpus.statements
    assert _check(capsys, workspace_file)[0] == 0
    _fix(reopened, f"statement:{MISSION_END_2025}", rejected=None)
    assert MISSION_END_2025 in [s["id"] for s in _export(capsys, workspace_file)]


def test_an_added_statement_and_actor_have_their_own_ids_and_export_like_any_other(
    capsys, workspace_file: Path
):
    ws = Workspace(workspace_file)
    kirkuk = ws.corpus.statements[KIRKUK]
    text = ws.corpus.articles[kirkuk.article].text
    start = text.index("القضاء على", kirkuk.start)
    end = start + len("القضاء على")
    actor, statement = new_actor_id(), new_statement_id(kirkuk.article)
    assert actor not in ws.corpus.actors and statement not in ws.corpus.statements
    assert statement.startswith(f"{kirkuk.article}:analyst-") and actor.startswith("analyst-")
    _fix(ws, f"actor:{actor}", name_ar="جهاز الأمن", name_en="The security service",
         role="Iraqi security service", kind="organisation")  # fmt: skip
    deadline = {"event": "coalition.iraq.mission_end", "due": "2025-09", "cue_start": start,
                "cue_end": end, "derivation": "a test"}  # fmt: skip
    _fix(ws, f"statement:{statement}", article=kirkuk.article, span=(start, end), actor=actor,
         form="paraphrase", withdrawal="supports", threat="low", summary_en="Added.",
         deadlines=[deadline])  # fmt: skip
    (row,) = [s for s in _export(capsys, workspace_file) if s["id"] == statement]
    assert row["origin"] == "analyst" and row["quote_ar"] == "القضاء على"
    assert row["actor"] == {"id": actor, "name_ar": "جهاز الأمن",
                            "name_en": "The security service"}  # fmt: skip
    assert (row["form"], row["withdrawal"], row["threat"]) == ("paraphrase", "supports", "low")
    assert row["paragraph"] == kirkuk.paragraph + 1
    assert row["deadlines"][0]["cue_ar"] == "القضاء على"
    actors = _export(capsys, workspace_file, "--what", "actors")
    assert {"id": actor, "kind": "organisation"}.items() <= next(
        a for a in actors if a["id"] == actor
    ).items()
    code, lines = _check(capsys, workspace_file)
    assert code == 0, lines
    assert "1 rejected" not in lines[-1] and "2 correction(s)" in lines[-1]


def test_merged_actors_keep_the_other_names_as_aliases_and_take_their_statements(
    capsys, workspace_file: Path
):
    ws = Workspace(workspace_file)
    bandawi = ws.corpus.actors["bandawi"]
    _fix(ws, "actor:bandawi", merged_into="sudani")
    _fix(ws, "actor:sudani", name_en="PM al-Sudani", role="Prime Minister of Iraq")
    actors = {a["id"]: a for a in _export(capsys, workspace_file, "--what", "actors")}
    assert "bandawi" not in actors
    sudani = actors["sudani"]
    assert (sudani["name_en"], sudani["role"]) == ("PM al-Sudani", "Prime Minister of Iraq")
    assert {bandawi.name_ar, bandawi.name_en} <= set(sudani["aliases"])
    rows = _export(capsys, workspace_file, "--actor", bandawi.name_ar)  # found by an alias
    assert rows and {r["actor"]["id"] for r in rows} == {"sudani"}
    assert len(rows) == sudani["statements"]
    assert _check(capsys, workspace_file)[0] == 0


def test_an_accepted_import_no_longer_reads_unreviewed_and_names_its_corrected_speaker(
    capsys, imported: Path
):
    ws = Workspace(imported)
    first = min(ws.corpus.statements.values(), key=lambda s: s.start)
    assert "(unreviewed)" not in first.summary_en  # the status is shown apart from the summary
    # A workspace imported by an earlier mawqif says "(unreviewed)" in its summaries.
    ws.close()
    raw = imported.read_text(encoding="utf-8")
    old = first.summary_en.removesuffix(".") + " (unreviewed)."
    imported.write_text(
        raw.replace(json.dumps(first.summary_en, ensure_ascii=False)[1:-1], old), encoding="utf-8"
    )
    index = imported.with_name(imported.name + ".index")
    index.unlink(missing_ok=True)  # a hand edit: the byte ranges are stale
    ws = Workspace(imported)
    assert ws.corpus.statements[first.id].summary_en.endswith("(unreviewed).")
    actor = new_actor_id()
    _fix(ws, f"actor:{actor}", name_ar="المتحدث باسم البنتاغون", name_en="Pentagon spokesman")
    _fix(ws, f"statement:{first.id}", actor=actor, status="reviewed")
    (row,) = [s for s in _export(capsys, imported) if s["id"] == first.id]
    assert "(unreviewed)" not in row["summary_en"]
    assert "by Pentagon spokesman" in row["summary_en"]
    assert row["review"]["status"] == "reviewed"
    # Filtered by label, the export reads records through the workspace's index: the same.
    (fast,) = [s for s in _export(capsys, imported, "--withdrawal", first.withdrawal)
               if s["id"] == first.id]  # fmt: skip
    assert fast["summary_en"] == row["summary_en"]


def test_check_reports_corrections_that_cannot_apply_and_orphans(capsys, workspace_file: Path):
    ws = Workspace(workspace_file)
    length = len(ws.corpus.articles[ws.corpus.statements[WARNINGS_REBUILD].article].text)
    _fix(ws, f"statement:{WARNINGS_REBUILD}", span=(length - 2, length + 40))
    _fix(ws, f"statement:{WARNINGS_KEEP}", actor="nobody")
    bad = {"event": "coalition.moon.exit", "due": "2030-01", "cue_start": 0, "cue_end": 5,
           "derivation": ""}  # fmt: skip
    _fix(ws, f"statement:{EXIT_2026}", deadlines=[bad])
    _fix(ws, "statement:gone", summary_en="a correction of nothing")
    _fix(ws, "actor:observers", merged_into="warnings")
    _fix(ws, "actor:warnings", merged_into="observers")
    code, lines = _check(capsys, workspace_file)
    assert code == 1
    text = "\n".join(lines)
    assert f"statement {WARNINGS_REBUILD}: span" in text and "lies outside article" in text
    assert f"statement {WARNINGS_KEEP}: actor 'nobody' does not exist" in text
    assert "deadline event 'coalition.moon.exit' is not in the vocabulary" in text
    assert "deadline cue 0-5 is not inside the quote" in text
    assert "statement gone: no such statement (an orphan)" in text
    assert "go round in a circle" in text
    # What cannot apply is left out: the stored values stand.
    stored = Workspace(workspace_file).corpus.statements[WARNINGS_REBUILD]
    assert stored.end <= length


def test_a_malformed_correction_in_a_hand_edited_review_file_is_one_line_and_kept(
    workspace_file: Path,
):
    ws = Workspace(workspace_file)
    _fix(ws, f"statement:{WARNINGS_REBUILD}", summary_en="fine")
    sidecar = review_path(workspace_file)
    data = json.loads(sidecar.read_text(encoding="utf-8"))
    record = next(iter(data["annotations"].values()))
    record["fix"]["span"] = [40, 10]
    sidecar.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    saved = sidecar.read_bytes()
    with pytest.raises(WorkspaceError) as raised:
        Workspace(workspace_file)
    message = str(raised.value)
    assert "\n" not in message and "span must be [start, end] with start < end" in message
    assert sidecar.read_bytes() == saved
    record["fix"] = {"colour": "red"}
    sidecar.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(WorkspaceError, match="'colour' cannot be corrected on a statement"):
        Workspace(workspace_file)


def test_review_files_written_before_corrections_of_every_field_still_read(
    tmp_path: Path, workspace_file: Path
):
    old = {"_meta": {"1": {"schema": 1, "kind": "mawqif-review"}}, "annotations": {"1": {
        "target": f"statement:{WARNINGS_REBUILD}", "status": "reviewed", "note": "", "tags": [],
        "updated": "2025-01-01T00:00:00+00:00", "withdrawal": "opposes", "threat": None,
        "history": [{"status": "unreviewed", "note": "", "tags": [], "updated": "x",
                     "withdrawal": None, "threat": None}]}}}  # fmt: skip
    review_path(workspace_file).write_text(json.dumps(old), encoding="utf-8")
    ws = Workspace(workspace_file)
    assert ws.corpus.statements[WARNINGS_REBUILD].withdrawal == "opposes"
    assert ws.annotation(f"statement:{WARNINGS_REBUILD}").fix == {"withdrawal": "opposes"}


def test_changes_and_undo_keep_every_version():
    a = change(Annotation(f"statement:{WARNINGS_REBUILD}"), summary_en="one", actor="x", at="t1")
    b = change(a, summary_en="two", at="t2")
    assert b.fix == {"summary_en": "two", "actor": "x"} and b.history == (a.version,)
    undone = restore(b, a, at="t3")
    assert undone.fix == a.fix and undone.history == (a.version, b.version)
    blank = restore(undone, Annotation(f"statement:{WARNINGS_REBUILD}"), at="t4")
    assert blank.fix == {} and len(blank.history) == 3
    with pytest.raises(ReviewError):
        change(Annotation("actor:x"), withdrawal="opposes")  # an actor has no stance
    with pytest.raises(ReviewError):
        change(Annotation(f"statement:{WARNINGS_REBUILD}"), span=(5, 5))
    with pytest.raises(ReviewError):
        change(Annotation(f"statement:{WARNINGS_REBUILD}"), rejected=False)


def test_correct_is_pure_and_reports_nothing_for_a_clean_set(workspace_file: Path):
    ws = Workspace(workspace_file)
    stored = ws.stored
    snapshot = dict(stored.statements)
    target = f"statement:{WARNINGS_REBUILD}"
    notes = {target: change(Annotation(target), rejected=True)}
    first, second = correct(stored, notes), correct(stored, notes)
    assert first.corpus.statements == second.corpus.statements and first.problems == ()
    assert stored.statements == snapshot and WARNINGS_REBUILD in stored.statements
    assert review_problems(first.corpus, notes) == []


def test_an_import_that_finds_an_actor_the_analyst_created_stores_that_actor_too(
    capsys, imported: Path, tmp_path: Path
):
    ws = Workspace(imported)
    leader = new_actor_id()
    _fix(ws, f"actor:{leader}", name_ar="سالم الخزرجي", name_en="Salem al-Khazraji")
    later = tmp_path / "later.ar.txt"
    later.write_text('وقال سالم الخزرجي إن "القوات الأجنبية يجب أن ترحل".\n', encoding="utf-8")
    assert main(["import", "--db", str(imported), "--published", "2025-10-02", str(later)]) == 0
    rows = [s for s in _export(capsys, imported) if "ترحل" in s["quote_ar"]]
    assert [r["actor"]["id"] for r in rows] == [leader]
    # Even with the analyst's actor undone, the corpus names no actor it does not hold.
    ws = Workspace(imported)
    _fix(ws, f"actor:{leader}", name_ar=None, name_en=None)
    code, lines = _check(capsys, imported)
    assert code == 0, lines


WRITER = str(REPO / "tests" / "correction_writer.py")


def _summaries(ws: Workspace) -> set[str]:
    """Every summary the corrections ever gave, current or in a history."""
    return {
        str(v.fix.get("summary_en")) for a in ws.annotations().values()
        for v in (a.version, *a.history)
    }  # fmt: skip


def test_two_processes_correcting_one_workspace_keep_every_correction(workspace_file: Path):
    procs = [
        subprocess.Popen([sys.executable, WRITER, str(workspace_file), name, "25"],
                         cwd=REPO, stdout=subprocess.PIPE, text=True)
        for name in ("alpha", "beta")
    ]  # fmt: skip
    for proc in procs:
        out, _ = proc.communicate(timeout=120)
        assert proc.returncode == 0 and out.split()[-1] == "24"
    ws = Workspace(workspace_file)
    added = {s.summary_en for s in ws.corpus.statements.values() if s.origin == "analyst"}
    assert added == {f"{name} {i}" for name in ("alpha", "beta") for i in range(25)}
    assert {f"{name} fixed {i}" for name in ("alpha", "beta") for i in range(25)} <= _summaries(ws)
    assert ws.corrected.problems == ()


def test_sigkill_during_a_correction_save_never_loses_a_committed_correction(
    workspace_file: Path,
):
    rng = random.Random(13)
    committed: set[str] = set()
    for round_ in range(6):
        name = f"kill{round_}"
        proc = subprocess.Popen([sys.executable, WRITER, str(workspace_file), name, "100000"],
                                cwd=REPO, stdout=subprocess.PIPE, text=True)  # fmt: skip
        assert proc.stdout is not None and proc.stdout.readline().strip() == "0"
        committed.add(f"{name} 0")
        time.sleep(rng.uniform(0.0, 0.3))
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate(timeout=30)
        committed |= {f"{name} {line}" for line in rest.split()}
        ws = Workspace(workspace_file)  # opens: the review file is whole
        added = {s.summary_en for s in ws.corpus.statements.values() if s.origin == "analyst"}
        assert committed <= added, "a correction reported as committed was lost"
        assert ws.corrected.problems == ()
