"""The benchmark's generator writes valid, deterministic workspaces, and its runner starts."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from bench.generate import build_corpus, write_workspace
from helpers import REPO
from tui.cli import main as mawqif
from tui.data.check import problems
from tui.data.store import Workspace


def test_generated_workspace_passes_check_with_n_statements(tmp_path: Path):
    path = tmp_path / "w.json"
    write_workspace(path, 300, check=True)
    workspace = Workspace(path)
    assert len(workspace.corpus.statements) == 300
    assert problems(workspace.corpus, workspace.tables()) == []
    assert 1 <= len(workspace.annotations()) <= 10
    assert mawqif(["check", "--db", str(path)]) == 0


def test_same_seed_writes_the_same_bytes(tmp_path: Path):
    paths = [tmp_path / f"{name}.json" for name in ("a", "b", "c")]
    for path, seed in zip(paths, (8, 8, 9), strict=True):
        write_workspace(path, 300, seed=seed)
    review = [p.with_name(f"{p.stem}.review.json") for p in paths]
    assert paths[0].read_bytes() == paths[1].read_bytes()
    assert review[0].read_bytes() == review[1].read_bytes()
    assert paths[0].read_bytes() != paths[2].read_bytes()


def test_corpus_is_shaped_like_the_curated_one():
    corpus = build_corpus(500)
    per_article = Counter(s.article for s in corpus.statements.values())
    # Every article but the last (which takes what is left) holds 8 to 12 statements.
    assert sum(not 8 <= n <= 12 for n in per_article.values()) <= 1
    assert len(corpus.actors) == 20
    statements = list(corpus.statements.values())
    assert {s.withdrawal for s in statements} == {"supports", "opposes", "conditional",
                                                 "unspecified"}  # fmt: skip
    with_deadline = sum(bool(s.deadlines) for s in statements) / len(statements)
    assert 0.08 <= with_deadline <= 0.25
    lengths = sorted(len(s.quote_ar) for s in statements)
    assert 30 <= lengths[len(lengths) // 2] <= 250
    assert all(corpus.quote_of(s) == s.quote_ar for s in statements)


def test_runner_generates_in_a_few_seconds(tmp_path: Path):
    out = tmp_path / "out.json"
    done = subprocess.run(
        [sys.executable, "bench/run.py", "--quick", "--only", "generate", "--sizes", "300",
         "--cache-dir", str(tmp_path / "cache"), "--out", str(out)],
        cwd=REPO, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text())
    assert Path(report["results"]["generate"]["n300"]["path"]).exists()
