"""The built wheel carries the corpus and styles, and `mawqif check` runs from anywhere."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from helpers import REPO


def test_installed_wheel_finds_its_corpus_from_another_folder(tmp_path: Path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(REPO)],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    (wheel,) = dist.glob("mawqif-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "tui/_bundled/data/corpus.json" in names
    assert "tui/_bundled/styles/main.tcss" in names

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    pip = subprocess.run(
        [str(venv / "bin" / "pip"), "install", "-q", str(wheel)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert pip.returncode == 0, pip.stderr

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg")}
    env.pop("PYTHONPATH", None)
    result = subprocess.run(
        [str(venv / "bin" / "mawqif"), "check"],
        cwd=elsewhere, capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "statement(s)" in result.stdout and " 0 statement(s)" not in result.stdout
    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import tui.resources as r; print(r.corpus_path())"],
        cwd=elsewhere, capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert str(venv) in where.stdout, "the installed mawqif must read its own bundled copy"
