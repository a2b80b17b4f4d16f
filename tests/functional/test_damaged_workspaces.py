"""Damaged and inconsistent workspaces and review files, generated: every command gives one
line and exit status 2 (or works, or `check` lists the problems), never a traceback, and
nothing stored changes."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import REPO
from tui.cli import main
from tui.data.model import Corpus
from tui.data.review import change
from tui.data.store import Workspace, create_workspace, open_corpus, review_path
from tui.resources import corpus_path

ARTICLE = REPO / "tests" / "fixtures" / "articles" / "user-report.ar.txt"
TABLES = ("articles", "actors", "statements", "contradictions")


def _small_corpus() -> Corpus:
    """A few statements of the bundled corpus: one curated contradiction's two sides and two
    statements with deadlines, their actors and the article."""
    corpus = open_corpus(corpus_path())
    clash = next(iter(corpus.contradictions.values()))
    dated = [s.id for s in corpus.statements.values() if s.deadlines][:2]
    keep = {clash.a, clash.b, *dated}
    statements = {k: v for k, v in corpus.statements.items() if k in keep}
    actors = {s.actor for s in statements.values()}
    return Corpus(
        articles=dict(corpus.articles),
        actors={k: v for k, v in corpus.actors.items() if k in actors},
        statements=statements,
        contradictions={clash.id: clash},
    )


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], dict[str, Any]]:
    """A valid workspace's tables and a valid review file's, as plain JSON."""
    folder = tmp_path_factory.mktemp("good")
    db = folder / "w.json"
    corpus = _small_corpus()
    create_workspace(db, seed=[corpus])
    statement = next(iter(corpus.statements))
    actor = next(iter(corpus.actors))
    clash = next(iter(corpus.contradictions))
    ws = Workspace(db)
    ws.annotate(
        f"statement:{statement}",
        lambda a: change(
            a,
            status="reviewed",
            note="ملاحظة",
            tags=("t",),
            withdrawal="opposes",
            span=(corpus.statements[statement].start, corpus.statements[statement].end),
        ),
    )
    ws.annotate(f"actor:{actor}", lambda a: change(a, name_en="Someone", role="A role"))
    ws.annotate(f"contradiction:{clash}", lambda a: change(a, status="dismissed"))
    ws.save()
    ws.save_session({"screens": [{"screen": "main", "selected": statement}], "bidi": "raw"})
    return (json.loads(db.read_text(encoding="utf-8")),
            json.loads(review_path(db).read_text(encoding="utf-8")))  # fmt: skip


# -- what a damaged file may hold ---------------------------------------------------------

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.integers(min_value=-(2**63), max_value=2**63),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["", "nobody", "s01", "x:y"]),
    st.text(max_size=8),
)
JSON = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)),
    max_leaves=6)  # fmt: skip


@st.composite
def damage(draw: st.DrawFn, tables: dict[str, Any], references: list[str]) -> dict[str, Any]:
    """`tables` with one to three things broken: a field removed, retyped or pointed at
    something that does not exist, a record duplicated, removed or replaced."""
    tables = json.loads(json.dumps(tables))
    for _ in range(draw(st.integers(1, 3))):
        # The header is damaged now and then; the records, where damage hides, mostly.
        names = sorted(n for n in tables if n != "_meta")
        name = draw(st.sampled_from(["_meta"] + names * 6))
        table = tables[name]
        if not isinstance(table, dict) or not table:
            tables[name] = draw(JSON)
            continue
        doc = draw(st.sampled_from(sorted(table)))
        record = table[doc]
        how = draw(st.sampled_from(["field", "field", "field", "drop", "copy", "record",
                                    "nested"]))  # fmt: skip
        if how == "drop":
            del table[doc]
        elif how == "copy":  # under a new doc id, or one that is no number
            key = draw(st.sampled_from([str(len(table) + 100), "x", "-1", "01"]))
            table[key] = json.loads(json.dumps(record))
        elif how == "record" or not isinstance(record, dict):
            table[doc] = draw(JSON)
        elif how == "nested":
            _damage_nested(draw, record, references)
        else:
            key = draw(st.sampled_from(sorted(record) + ["extra"]))
            value = draw(
                st.one_of(
                    _alike(record.get(key), references),
                    _alike(record.get(key), references),
                    JSON,
                    st.just(_DELETE),
                )
            )
            if value is _DELETE:
                record.pop(key, None)
            else:
                record[key] = value
    return tables


_DELETE = object()


def _alike(value: Any, references: list[str]) -> st.SearchStrategy[Any]:
    """A value of the same type as `value` but wrong: what passes a loader's type checks
    and breaks what is built on it (an id that names nothing, an offset out of range)."""
    if isinstance(value, bool) or value is None:
        return JSON
    if isinstance(value, str):
        return st.one_of(st.sampled_from(references), st.text(max_size=10))
    if isinstance(value, int):
        return st.one_of(st.integers(-3, 12), st.integers(-(2**40), 2**40),
                         st.integers(value - 3, value + 3))  # fmt: skip
    if isinstance(value, list) and value:
        return st.lists(_alike(value[0], references), max_size=4)
    return JSON


def _damage_nested(draw: st.DrawFn, record: dict[str, Any], references: list[str]) -> None:
    """Break something inside a record's lists and objects (spans, deadlines, a fix)."""
    containers = [k for k, v in record.items() if isinstance(v, (list, dict)) and v]
    if not containers:
        return
    value = record[draw(st.sampled_from(sorted(containers)))]
    if isinstance(value, list):
        at = draw(st.integers(0, len(value) - 1))
        item = value[at]
        if isinstance(item, dict) and item:
            item[draw(st.sampled_from(sorted(item)))] = draw(
                st.one_of(JSON, st.sampled_from(references))
            )
        else:
            value[at] = draw(st.one_of(JSON, st.integers(-5, 10**6)))
    else:
        key = draw(st.sampled_from(sorted(value) + ["extra"]))
        value[key] = draw(st.one_of(JSON, st.sampled_from(references)))


def _references(tables: dict[str, Any]) -> list[str]:
    ids = [r["id"] for name in TABLES for r in tables.get(name, {}).values()]
    return sorted({*ids, "nobody", "statement:nobody", "coalition.iraq.mission_end", "2025-09"})


# -- running every command on it ----------------------------------------------------------

COMMANDS = (
    ["check"],
    ["export"],
    ["export", "--withdrawal", "opposes", "--withdrawal", "supports"],
    ["export", "--what", "actors", "--format", "csv"],
    ["export", "--what", "articles"],
    ["export", "--what", "contradictions"],
    ["export", "--format", "md"],
    ["export", "--status", "reviewed", "--search", "ال"],
    ["import", "--published", "2025-03-11", str(ARTICLE)],
)


def _run(args: list[str]) -> tuple[int, str]:
    """Exit status and standard error of `mawqif ARGS`, run in this process."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        status = main(args)
    return status, err.getvalue()


def _every_command_copes(folder: Path, db: Path) -> None:
    files = sorted(folder.iterdir())
    before = {p.name: p.read_bytes() for p in files if p.suffix == ".json"}
    for command in COMMANDS:
        status, err = _run(["--db", str(db), *command])
        if command[0] == "check":
            assert status in (0, 1, 2), err
        else:
            assert status in (0, 2), (command, err)
        if status == 2:
            assert len(err.splitlines()) == 1 and err.startswith("mawqif: "), (command, err)
            after = {p.name: p.read_bytes() for p in folder.iterdir() if p.suffix == ".json"}
            assert after == before, f"{command} changed a file it refused"
        elif command[0] != "import":
            after = {p.name: p.read_bytes() for p in folder.iterdir() if p.suffix == ".json"}
            assert after == before, f"{command} changed a stored file"


# 150 files of each kind take about three seconds; 3,000 of each passed while this was built.
FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])  # fmt: skip


@FUZZ
@given(data=st.data())
def test_a_damaged_workspace_gives_one_line_and_status_2_or_loads(
    tmp_path_factory: pytest.TempPathFactory, good, data: st.DataObject
) -> None:
    workspace, review = good
    damaged = data.draw(damage(workspace, _references(workspace)))
    folder = tmp_path_factory.mktemp("ws")
    db = folder / "w.json"
    db.write_text(json.dumps(damaged, ensure_ascii=False), encoding="utf-8")
    review_path(db).write_text(json.dumps(review, ensure_ascii=False), encoding="utf-8")
    _every_command_copes(folder, db)
    shutil.rmtree(folder)


@FUZZ
@given(data=st.data())
def test_a_damaged_review_file_gives_one_line_and_status_2_or_loads(
    tmp_path_factory: pytest.TempPathFactory, good, data: st.DataObject
) -> None:
    workspace, review = good
    damaged = data.draw(damage(review, _references(workspace)))
    folder = tmp_path_factory.mktemp("ws")
    db = folder / "w.json"
    db.write_text(json.dumps(workspace, ensure_ascii=False), encoding="utf-8")
    review_path(db).write_text(json.dumps(damaged, ensure_ascii=False), encoding="utf-8")
    _every_command_copes(folder, db)
    shutil.rmtree(folder)


# -- as a user meets it ---------------------------------------------------------------------


def _dangling(db: Path) -> str:
    """Point a statement at an actor that does not exist, as a hand edit might; its id."""
    data = json.loads(db.read_text(encoding="utf-8"))
    statement = next(iter(data["statements"].values()))
    statement["actor"] = "nobody"
    db.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(statement["id"])


def test_export_of_a_dangling_actor_reference_is_one_line_and_status_2(workspace_file: Path):
    sid = _dangling(workspace_file)
    saved = workspace_file.read_bytes()
    said = f"statement {sid}: actor 'nobody' does not exist"
    for command in (["export"], ["export", "--format", "md"], ["export", "--what", "actors"],
                    ["import", str(ARTICLE)]):  # fmt: skip
        result = subprocess.run([sys.executable, "-m", "tui", "--db", str(workspace_file),
                                 *command], cwd=REPO, capture_output=True, text=True,
                                timeout=60)  # fmt: skip
        assert result.returncode == 2 and result.stdout == "", command
        assert result.stderr == (f"mawqif: {workspace_file}: {said}; `mawqif check` lists "
                                 "every problem\n"), result.stderr  # fmt: skip
    check = subprocess.run([sys.executable, "-m", "tui", "--db", str(workspace_file), "check"],
                           cwd=REPO, capture_output=True, text=True, timeout=60)  # fmt: skip
    assert check.returncode == 1 and f"{said}\n" in check.stdout
    assert workspace_file.read_bytes() == saved


async def test_the_app_on_a_broken_workspace_ends_with_one_line(workspace_file: Path):
    from tui.app import MawqifApp

    sid = _dangling(workspace_file)
    saved = workspace_file.read_bytes()
    app = MawqifApp(db=workspace_file)  # as `mawqif --db` opens it
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(100):
            if app.failure is not None:
                break
            await pilot.pause(0.05)
    assert app.failure == (f"{workspace_file}: statement {sid}: actor 'nobody' does not exist; "
                           "`mawqif check` lists every problem")  # fmt: skip
    assert app.return_code == 2 and workspace_file.read_bytes() == saved
