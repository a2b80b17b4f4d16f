"""The command line as a user runs it: check, export, bad flags and damaged workspaces."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import REPO, digest
from tui.cli import main


def mawqif(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m tui` in a real process, as the console script would."""
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        cwd=REPO, capture_output=True, text=True, timeout=60, env={**os.environ, **(env or {})},
    )  # fmt: skip


def test_check_passes_on_the_default_workspace_created_from_the_bundled_corpus(isolated_user_dirs):
    result = mawqif("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert " ok " in result.stdout and "statement(s)" in result.stdout
    created = isolated_user_dirs / "data" / "mawqif" / "workspace.json"
    assert created.exists()


def test_check_lists_every_problem_and_exits_1(workspace_file: Path):
    data = json.loads(workspace_file.read_text(encoding="utf-8"))
    first, second = list(data["statements"].values())[:2]
    first["start"] += 1
    second["withdrawal"] = "maybe"
    second["actor"] = "nobody"
    workspace_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = mawqif("check", "--db", str(workspace_file))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(f"statement {first['id']}: the quote is not the article's text" in x for x in lines)
    assert any(f"statement {second['id']}: withdrawal stance 'maybe'" in x for x in lines)
    assert any(f"statement {second['id']}: actor 'nobody' does not exist" in x for x in lines)


def test_check_counts_the_contradictions_c_lists_and_says_which_are_curated(
    capsys, workspace_file: Path, reported: Path
):
    for db, rules, curated in ((workspace_file, 9, 5), (reported, 2, 0)):
        listed = json.loads(_stdout(capsys, "export", "--db", str(db), "--what",
                                    "contradictions"))  # fmt: skip
        assert len(listed) == rules + curated
        assert sum(c["origin"] == "curated" for c in listed) == curated
        line = _stdout(capsys, "check", "--db", str(db))
        assert (f"{rules + curated} contradiction(s) ({rules} found by the rules, "
                f"{curated} curated)") in line  # fmt: skip


def _stdout(capsys, *args: str) -> str:
    capsys.readouterr()
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_a_new_db_path_starts_an_empty_workspace(tmp_path: Path):
    path = tmp_path / "fresh.json"
    result = mawqif("check", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "0 article(s)" in result.stdout and "0 statement(s)" in result.stdout


TRUNCATED = b'{"_meta": {"1": {"schema": 1, "kind": "mawqif-wo'


@pytest.mark.parametrize("payload", [b"", b"\x00\x01\x02\xff", TRUNCATED, b"[]"])
def test_damaged_workspace_exits_2_with_one_line_and_no_traceback(tmp_path: Path, payload: bytes):
    path = tmp_path / "bad.json"
    path.write_bytes(payload)
    for command in (["check"], ["export"]):
        result = mawqif(*command, "--db", str(path))
        assert result.returncode == 2
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert result.stderr.startswith(f"mawqif: {path}")
    assert path.read_bytes() == payload


def test_bad_flags_exit_2(workspace_file: Path):
    assert mawqif("--bidi", "sideways", "check").returncode == 2
    assert mawqif("export", "--what", "everything").returncode == 2
    assert mawqif("export", "--withdrawal", "maybe").returncode == 2
    assert mawqif("frobnicate").returncode == 2
    bad_env = mawqif("check", "--db", str(workspace_file), env={"MAWQIF_BIDI": "upside"})
    assert bad_env.returncode == 2 and "MAWQIF_BIDI" in bad_env.stderr


@pytest.mark.parametrize("command", ["import", "export", "check"])
def test_an_unknown_flag_after_a_command_gets_that_commands_usage(tmp_path: Path, command: str):
    result = mawqif(command, "--db", str(tmp_path / "w.json"), "--bogus", "x")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"usage: mawqif {command} ")
    assert result.stderr.rstrip().endswith(
        f"mawqif {command}: error: unrecognized arguments: "
        "--bogus" + ("" if command == "import" else " x")
    )
    bare = mawqif("--bogus")
    assert bare.returncode == 2 and bare.stderr.startswith("usage: mawqif [-h]")


def test_an_unknown_flag_is_named_before_a_missing_file(tmp_path: Path):
    result = mawqif("import", "--db", str(tmp_path / "w.json"), "--bogus")
    assert result.returncode == 2
    assert result.stderr.rstrip().endswith("error: unrecognized arguments: --bogus")
    missing = mawqif("import", "--db", str(tmp_path / "w.json"))
    assert missing.returncode == 2
    assert missing.stderr.rstrip().endswith("error: the following arguments are required: FILE")
    assert not (tmp_path / "w.json").exists()  # nothing written


def test_version():
    result = mawqif("--version")
    assert result.returncode == 0 and result.stdout.startswith("mawqif ")


def _export(capsys, *args: str) -> str:
    assert main(["export", *args]) == 0
    return capsys.readouterr().out


def test_json_export_of_statements_follows_the_documented_format(capsys, workspace_file: Path):
    rows = json.loads(_export(capsys, "--db", str(workspace_file)))
    assert rows, "the bundled corpus has statements"
    keys = {
        "id", "article", "actor", "quote_ar", "start", "end", "paragraph", "form", "verb_ar",
        "said_on", "summary_en", "withdrawal", "threat", "deadlines", "origin",
    }  # fmt: skip
    for row in rows:
        assert keys <= set(row)
        assert set(row["actor"]) >= {"id", "name_ar", "name_en"}
        for d in row["deadlines"]:
            assert {"event", "due", "cue_ar"} <= set(d)
    dues = {d["due"][:7] for row in rows for d in row["deadlines"]}
    assert {"2025-09", "2026-09"} <= dues


def test_export_filters_compose(capsys, workspace_file: Path):
    db = ("--db", str(workspace_file))
    everything = json.loads(_export(capsys, *db))
    opposes = json.loads(_export(capsys, *db, "--withdrawal", "opposes"))
    high = json.loads(_export(capsys, *db, "--threat", "high"))
    both = json.loads(_export(capsys, *db, "--withdrawal", "opposes", "--threat", "high"))
    assert opposes and all(r["withdrawal"] == "opposes" for r in opposes)
    assert high and all(r["threat"] == "high" for r in high)
    assert {r["id"] for r in both} == {r["id"] for r in opposes} & {r["id"] for r in high}
    assert len(opposes) < len(everything)


def test_export_search_folds_arabic_and_english_case(capsys, workspace_file: Path):
    db = ("--db", str(workspace_file))
    plain = json.loads(_export(capsys, *db, "--search", "عين الاسد"))
    assert plain and all("عين الأسد" in r["quote_ar"] or "Asad" in r["summary_en"] for r in plain)
    english = json.loads(_export(capsys, *db, "--search", "BLINKEN"))
    assert english and any("Blinken" in r["actor"]["name_en"] for r in english)


def test_export_by_actor_name_in_arabic_or_english(capsys, workspace_file: Path):
    db = ("--db", str(workspace_file))
    by_ar = json.loads(_export(capsys, *db, "--actor", "البياتي"))
    assert by_ar and {r["actor"]["name_en"] for r in by_ar} == {by_ar[0]["actor"]["name_en"]}
    by_id = json.loads(_export(capsys, *db, "--actor", by_ar[0]["actor"]["id"]))
    assert by_id == by_ar
    assert main(["export", *db, "--actor", "nobody at all"]) == 2


def test_csv_exports_have_a_header_and_one_row_per_item(capsys, workspace_file: Path):
    db = ("--db", str(workspace_file))
    actors = json.loads(_export(capsys, *db, "--what", "actors"))
    as_csv = _export(capsys, *db, "--what", "actors", "--format", "csv")
    assert as_csv.startswith("\ufeffid,")  # the byte order mark Excel needs, then the header
    table = list(csv.DictReader(io.StringIO(as_csv.removeprefix("\ufeff"))))
    assert [r["id"] for r in table] == [a["id"] for a in actors]
    assert sum(int(r["statements"]) for r in table) == len(json.loads(_export(capsys, *db)))
    stmts = list(csv.DictReader(io.StringIO(_export(capsys, *db, "--format", "csv"))))
    assert {"actor", "actor_name_ar", "actor_name_en", "quote_ar"} <= set(stmts[0])


def test_export_articles_and_contradictions(capsys, workspace_file: Path):
    db = ("--db", str(workspace_file))
    articles = json.loads(_export(capsys, *db, "--what", "articles"))
    assert [a["outlet"] for a in articles] == ["Shafaq News"]
    assert articles[0]["published"] == "2024-12-14"
    contradictions = json.loads(_export(capsys, *db, "--what", "contradictions"))
    for c in contradictions:
        assert {"id", "kind", "a", "b", "explanation"} <= set(c)


def test_export_to_a_file(tmp_path: Path, workspace_file: Path):
    out = tmp_path / "out.json"
    assert main(["export", "--db", str(workspace_file), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))
    assert main(["export", "--db", str(workspace_file), "-o", str(tmp_path / "no" / "x")]) == 2


def test_export_never_changes_the_workspace(capsys, workspace_file: Path):
    before = digest(workspace_file)
    _export(capsys, "--db", str(workspace_file), "--what", "actors")
    assert digest(workspace_file) == before


@pytest.mark.parametrize(
    "filters",
    [[], ["--withdrawal", "opposes"], ["--threat", "high", "--threat", "low"],
     ["--actor", "البياتي", "--withdrawal", "supports"]],
)  # fmt: skip
def test_label_exports_read_from_the_index_match_the_full_path(capsys, workspace_file, filters):
    db = ("--db", str(workspace_file))
    fast = _export(capsys, *db, *filters)
    # With nothing reviewed, "--status unreviewed" keeps every statement but takes the path
    # that loads and indexes the whole corpus: both must give the same bytes.
    full = _export(capsys, *db, *filters, "--status", "unreviewed")
    assert fast == full and json.loads(fast) is not None
