"""The bundled corpus is built from its curation (data/*.toml): exactly, and never from a typo."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import REPO, statement_id
from tools.build_corpus import CurationError, build

DATA = REPO / "data"
CURATION = ("article.toml", "actors.toml", "statements.toml", "contradictions.toml",
            "shafaq-2024-12-isis-coalition.ar.txt", "corpus.json")  # fmt: skip


@pytest.fixture
def curation(tmp_path: Path) -> Path:
    """A copy of the curation, the article and the committed corpus.json, to spoil."""
    for name in CURATION:
        shutil.copy(DATA / name, tmp_path / name)
    return tmp_path


def spoil(path: Path, old: str, new: str) -> None:
    """Replace the one occurrence of `old` in the file at `path` with `new`."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_committed_corpus_is_byte_for_byte_what_the_curation_builds():
    assert build().text().encode("utf-8") == (DATA / "corpus.json").read_bytes()


def test_a_typo_in_a_quote_stops_the_build_with_one_line_and_writes_nothing(curation):
    # جذرياً written without its tanween: the quote is no longer the article's words.
    spoil(curation / "statements.toml", "المتشدد جذرياً، يتطلب", "المتشدد جذريا، يتطلب")
    # -O removes assert statements: the check must not be one.
    result = subprocess.run(
        [sys.executable, "-O", str(REPO / "tools" / "build_corpus.py"), "--data", str(curation)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 1 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("build_corpus: statements.toml: statement warnings-keep-coalition: ")
    assert "quote_ar: not in the article" in line and "جذري" in line
    assert (curation / "corpus.json").read_bytes() == (DATA / "corpus.json").read_bytes()


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        # The app's own check (tui/data/check.py) speaks, naming the statement by its key.
        (
            "statements.toml",
            'due = "2026-09"\ncue_ar = "خروجهم',
            'due = "2026-13"\ncue_ar = "خروجهم',
            "corpus check: statement observers-exit-2026 (s03): deadline the due date '2026-13' "
            "is not YYYY, YYYY-MM, YYYY-MM-DD or indefinite",
        ),
        (
            "actors.toml",
            'kind = "expert"\naliases = ["البياتي"]',
            'kind = "pundit"\naliases = ["البياتي"]',
            "corpus check: actor bayati: kind 'pundit' is not one of the actor kinds",
        ),
        (
            "statements.toml",
            'key = "ahmed-more-dangerous"',
            'key = "warnings-rebuild"',
            "statements.toml: statement warnings-rebuild is written twice",
        ),
        (
            "statements.toml",
            'cue_ar = "خروجهم النهائي من البلاد في سبتمبر/أيلول 2026"',
            'cue_ar = "خروجهم النهائي من البلاد في ايلول 2026"',
            "statements.toml: statement observers-exit-2026: deadline 1 cue_ar: not in its quote",
        ),
        (
            "contradictions.toml",
            'a = "observers-exit-2026"',
            'a = "observers-exit-2027"',
            "contradiction final-exit-2026-vs-mission-end-2025: a 'observers-exit-2027' is no "
            "statement's key",
        ),
        (
            "actors.toml",
            'aliases = ["البياتي"]',
            'aliases = ["البيياتي"]',
            "actors.toml: actor bayati: 'البيياتي' is not in the article",
        ),
        (
            "actors.toml",
            'name_en = "Sarmad al-Bayati"',
            'name = "Sarmad al-Bayati"',
            "actors.toml: actor bayati: unknown field 'name'",
        ),
    ],
)
def test_a_curation_the_app_would_refuse_stops_the_build(curation, file, old, new, message):
    spoil(curation / file, old, new)
    with pytest.raises(CurationError) as raised:
        build(curation)
    assert message in str(raised.value) and "\n" not in str(raised.value)


def test_every_statement_has_a_stable_key_that_names_it():
    corpus = json.loads((DATA / "corpus.json").read_text(encoding="utf-8"))
    by_id = {s["id"]: s for s in corpus["statements"].values()}
    ids = build().statement_ids
    assert sorted(ids.values()) == sorted(by_id)
    assert "سبتمبر/أيلول 2026" in by_id[statement_id("observers-exit-2026")]["quote_ar"]
    joint = by_id[statement_id("joint-mission-end-2025")]
    assert joint["actor"] == "us_iraq_joint_statement" and "نهاية سبتمبر 2025" in joint["quote_ar"]
    with pytest.raises(KeyError, match="no-such-key"):
        statement_id("no-such-key")
