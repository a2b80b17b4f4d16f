"""`mawqif import` as a user runs it: real processes, exit codes, and the workspace on disk."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import main

REPO = Path(__file__).resolve().parent.parent.parent
SEED = REPO / "data" / "shafaq-2024-12-isis-coalition.ar.txt"
ARTICLES = REPO / "tests" / "fixtures" / "articles"
RAFIDAIN = ARTICLES / "rafidain-2025-01-ain-al-asad.ar.txt"
NINAWA_HTML = ARTICLES / "ninawa-2025-09-harir.ar.html"


def mawqif(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m tui` in a real process, as the console script would."""
    result = subprocess.run(
        [sys.executable, "-m", "tui", *args], cwd=REPO, input=stdin, capture_output=True,
        timeout=60, env={**os.environ},
    )  # fmt: skip
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode(), result.stderr.decode()
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def empty_db(tmp_path: Path) -> Path:
    """A new, empty workspace file."""
    path = tmp_path / "ws.json"
    assert mawqif("check", "--db", str(path)).returncode == 0
    return path


def test_import_prints_the_new_article_and_writes_a_valid_workspace(empty_db: Path) -> None:
    result = mawqif("import", str(RAFIDAIN), "--db", str(empty_db), "--outlet", "Rafidain News",
                    "--published", "2025-01-19", "--url", "https://example.invalid/r")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("rafidain-news-2025-01-19-")
    assert "18 statement(s)" in result.stdout
    check = mawqif("check", "--db", str(empty_db))
    assert check.returncode == 0 and "1 article(s)" in check.stdout, check.stdout + check.stderr
    exported = json.loads(mawqif("export", "--db", str(empty_db)).stdout)
    assert len(exported) == 18 and all(s["origin"] == "extracted" for s in exported)
    names = {s["actor"]["name_ar"] for s in exported}
    assert {"كاظم الشمري", "شيرين رشيد", "توماس ريدل"} <= names
    articles = json.loads(mawqif("export", "--db", str(empty_db), "--what", "articles").stdout)
    assert articles[0]["url"] == "https://example.invalid/r"
    assert articles[0]["text"] == RAFIDAIN.read_text(encoding="utf-8")


def test_reimport_reports_the_existing_article_and_changes_nothing(empty_db: Path) -> None:
    first = mawqif("import", str(SEED), "--db", str(empty_db), "--published", "2024-12-14")
    assert first.returncode == 0, first.stderr
    article = first.stdout.split()[0]
    before = digest(empty_db)
    again = mawqif("import", str(SEED), "--db", str(empty_db), "--json")
    assert again.returncode == 0
    (row,) = json.loads(again.stdout)["articles"]
    assert (row["article"], row["status"]) == (article, "existing")
    assert digest(empty_db) == before


def test_the_default_workspace_already_holds_the_seed(isolated_user_dirs: Path) -> None:
    result = mawqif("import", str(SEED))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("shafaq-2024-12-14-isis-coalition  already in the workspace")


def test_json_stdin_and_several_files_in_one_batch(empty_db: Path) -> None:
    result = mawqif("import", "-", str(NINAWA_HTML), "--db", str(empty_db), "--json",
                    "--published", "2025-01-19", stdin=RAFIDAIN.read_bytes())  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["articles"]
    assert [r["file"] for r in rows] == ["-", str(NINAWA_HTML)]
    assert all(r["status"] == "new" for r in rows)
    html = rows[1]
    assert html["title"].startswith("التحالف الدولي يكمل انسحابه من عين الأسد")
    assert html["outlet"] == "شبكة نينوى الإخبارية"
    assert html["statements"] == 18
    assert mawqif("check", "--db", str(empty_db)).returncode == 0


def test_actors_merge_across_imports_by_name(empty_db: Path) -> None:
    mawqif("import", str(SEED), "--db", str(empty_db), "--published", "2024-12-14")
    text = 'قال الخبير الأمني، سرمد البياتي، إن "التوقيتات لم تتغير".\n'
    result = mawqif("import", "-", "--db", str(empty_db), "--published", "2025-02-01", "--json",
                    stdin=text.encode())  # fmt: skip
    (row,) = json.loads(result.stdout)["articles"]
    assert (row["new_actors"], row["known_actors"]) == (0, 1)


def test_a_speaker_named_in_full_later_keeps_that_name_as_an_alias(empty_db: Path) -> None:
    # First only by family name and title, then (another outlet, a week later) in full.
    first = 'وقال رئيس الوزراء الجبوري إن "الموعد لم يتغير".\n'
    later = "وأكد رئيس الوزراء سعد كامل الجبوري أن الانسحاب يسير وفق الجدول.\n"
    for text, day in ((first, "2025-02-01"), (later, "2025-02-08")):
        result = mawqif("import", "-", "--db", str(empty_db), "--published", day,
                        stdin=text.encode())  # fmt: skip
        assert result.returncode == 0, result.stderr
    actors = json.loads(mawqif("export", "--db", str(empty_db), "--what", "actors").stdout)
    (actor,) = [a for a in actors if "الجبوري" in a["name_ar"]]
    assert actor["name_ar"] == "الجبوري" and "سعد كامل الجبوري" in actor["aliases"]
    exported = json.loads(mawqif("export", "--db", str(empty_db)).stdout)
    assert {s["actor"]["id"] for s in exported} == {actor["id"]}  # one speaker, both times
    assert mawqif("check", "--db", str(empty_db)).returncode == 0


def test_dry_run_writes_nothing(empty_db: Path) -> None:
    before = digest(empty_db)
    result = mawqif("import", str(RAFIDAIN), "--db", str(empty_db), "--dry-run")
    assert result.returncode == 0 and "nothing was written" in result.stderr
    assert digest(empty_db) == before


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty": b"",
        "binary": bytes(range(256)) * 4,
        "latin1": "Café, naïve, déjà vu: not UTF-8".encode("latin-1"),
        "english": b"The coalition will leave Iraq by September 2025, officials said on Monday.",
    }
    paths = {}
    tmp_path = tmp_path / "inputs"
    tmp_path.mkdir()
    for name, payload in files.items():
        paths[name] = tmp_path / f"{name}.txt"
        paths[name].write_bytes(payload)
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    paths["big"] = big
    return paths


def test_bad_input_exits_2_with_a_reason_and_leaves_the_workspace_unchanged(
    tmp_path: Path, empty_db: Path
) -> None:
    mawqif("import", str(RAFIDAIN), "--db", str(empty_db))
    files = sorted(p for p in empty_db.parent.iterdir() if p.is_file())
    before = {p: digest(p) for p in files}
    reasons = {"empty": "is empty", "binary": "binary", "latin1": "not UTF-8",
               "english": "not Arabic", "big": "50 MB"}  # fmt: skip
    for name, path in _bad_inputs(tmp_path).items():
        result = mawqif("import", str(path), "--db", str(empty_db))
        assert result.returncode == 2, name
        assert reasons[name] in result.stderr and "Traceback" not in result.stderr, result.stderr
    # One bad file among good ones: nothing of the batch is written.
    result = mawqif("import", str(SEED), str(tmp_path / "inputs" / "empty.txt"), "--db",
                    str(empty_db))  # fmt: skip
    assert result.returncode == 2 and "nothing was imported" in result.stderr
    assert mawqif("import", "--published", "14/12/2024", str(SEED), "--db",
                  str(empty_db)).returncode == 2  # fmt: skip
    assert {p: digest(p) for p in files} == before
    assert sorted(p for p in empty_db.parent.iterdir() if p.is_file()) == files


def test_a_workspace_in_a_missing_folder_is_refused_as_the_app_refuses_it(tmp_path: Path) -> None:
    result = mawqif("import", str(RAFIDAIN), "--db", str(tmp_path / "nope" / "ws.json"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"mawqif: {tmp_path / 'nope'}: no such folder for the workspace"
    assert not (tmp_path / "nope").exists()


def test_hostile_text_is_stored_verbatim(tmp_path: Path, empty_db: Path) -> None:
    hostile = (
        'وقال المتحدث باسم الوزارة، أحمد علي، إن "الوضع \x1b[31mمستقر\x1b[0m \u202eتماماً '
        '[bold red]x[/] \x1b]8;;http://evil\x07رابط\x1b]8;;\x07".\n'
    )
    path = tmp_path / "hostile.txt"
    path.write_text(hostile, encoding="utf-8")
    result = mawqif("import", str(path), "--db", str(empty_db), "--published", "2024-12-14")
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout + result.stderr
    stored = json.loads(empty_db.read_text(encoding="utf-8"))
    (article,) = stored["articles"].values()
    assert article["text"] == hostile
    (statement,) = stored["statements"].values()
    assert "\x1b[31m" in statement["quote_ar"] and "\u202e" in statement["quote_ar"]
    assert "[bold red]x[/]" in statement["quote_ar"]


def test_the_bundled_corpus_is_never_an_import_target() -> None:
    result = mawqif("import", str(SEED), "--db", str(REPO / "data" / "corpus.json"))
    assert result.returncode == 2 and "read-only" in result.stderr


CASES = REPO / "tests" / "fixtures" / "cases"


def test_eight_imports_at_once_store_each_speaker_once(tmp_path: Path) -> None:
    """Eight real processes import into one new workspace at the same time."""
    db = tmp_path / "ws.json"
    names = ["a-daterange.ar.txt", "n-glued-bom-crlf-nbsp.ar.txt", "relative-deadlines.ar.txt",
             "glued-dateline.ar.txt", "agency-relay.ar.txt", "headline-colon.ar.txt",
             "title-references.ar.txt", "unnamed-speakers.ar.txt"]  # fmt: skip
    running = [
        subprocess.Popen(
            [sys.executable, "-m", "tui", "--db", str(db), "import", str(CASES / name),
             "--published", f"2025-03-0{i + 1}", "--outlet", f"Agency {i}"],
            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        for i, name in enumerate(names)
    ]  # fmt: skip
    for process in running:
        assert process.wait(timeout=120) == 0, process.stderr.read() if process.stderr else ""
    check = mawqif("check", "--db", str(db))
    assert check.returncode == 0 and "8 article(s)" in check.stdout, check.stdout + check.stderr
    actors = json.loads(mawqif("export", "--db", str(db), "--what", "actors").stdout)
    kubaisi = [a for a in actors if a["name_ar"] == "سعد الكبيسي"]
    assert len(kubaisi) == 1 and kubaisi[0]["statements"] == 4  # in three of the articles
    assert len({a["id"] for a in actors}) == len(actors)
    # The same as importing the files one after another (in this process: the reference).
    one_by_one = tmp_path / "one-by-one.json"
    for i, name in enumerate(names):
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            assert main(["--db", str(one_by_one), "import", str(CASES / name), "--published",
                         f"2025-03-0{i + 1}", "--outlet", f"Agency {i}"]) == 0  # fmt: skip
    assert _who_said_what(db) == _who_said_what(one_by_one)


def _who_said_what(db: Path) -> list[tuple[str, int, int, str, str]]:
    """Every statement of the workspace at `db`: article, span, speaker's id and name."""
    statements = json.loads(mawqif("export", "--db", str(db)).stdout)
    return sorted((s["article"], s["start"], s["end"], s["actor"]["id"], s["actor"]["name_ar"])
                  for s in statements)  # fmt: skip


def test_a_page_that_declares_windows_1256_is_read_as_a_browser_reads_it(
    empty_db: Path,
) -> None:
    page = CASES / "f-cp1256.ar.html"
    with pytest.raises(UnicodeDecodeError):
        page.read_bytes().decode("utf-8")  # the bytes are not UTF-8
    result = mawqif("import", str(page), "--db", str(empty_db), "--published", "2025-03-03")
    assert result.returncode == 0, result.stderr
    (statement,) = json.loads(mawqif("export", "--db", str(empty_db)).stdout)
    assert statement["actor"]["name_ar"] == "سعد الكبيسي"
    assert [(d["event"], d["due"]) for d in statement["deadlines"]] == [
        ("coalition.base.ain_al_asad.exit", "2025-09")
    ]


def test_the_article_limit_is_one_and_the_same_by_every_path_and_in_the_readme(
    tmp_path: Path, empty_db: Path
) -> None:
    from tui.ingest.text import LIMITS, MAX_BYTES, MAX_CHARS

    words = "قال الوزير إن القوات ستنسحب. "
    text = (words * (MAX_CHARS // len(words) + 1))[: MAX_CHARS + 1]
    as_text = tmp_path / "long.txt"
    as_text.write_text(text, encoding="utf-8")
    as_html = tmp_path / "long.html"
    as_html.write_text(f"<html><body><p>{text}</p></body></html>", encoding="utf-8")
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    before = digest(empty_db)
    runs = {
        "text": mawqif("import", str(as_text), "--db", str(empty_db)),
        "html": mawqif("import", str(as_html), "--db", str(empty_db)),
        "stdin": mawqif("import", "-", "--db", str(empty_db), stdin=text.encode()),
        "file over the byte limit": mawqif("import", str(huge), "--db", str(empty_db)),
    }
    for path, result in runs.items():
        assert result.returncode == 2, path
        first = result.stderr.splitlines()[0]
        assert first.endswith(f"; {LIMITS}"), (path, first)
    assert f"{MAX_CHARS + 1:,} characters of text" in runs["stdin"].stderr
    assert digest(empty_db) == before
    # The README states the same two numbers where it says what import refuses.
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    importing = " ".join(readme.split("## Importing articles", 1)[1].split("\n## ", 1)[0].split())
    assert f"{MAX_CHARS:,} characters" in importing and f"{MAX_BYTES // 2**20} MB" in importing
