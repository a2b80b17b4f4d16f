"""The code meets the house habits: ruff clean, and mypy strict on the layers below the UI."""

from __future__ import annotations

import subprocess
import sys

from helpers import REPO


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True, timeout=300
    )


def test_ruff_finds_nothing():
    result = _run("ruff", "check", "tui", "tests", "tools")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_on_data_arabic_and_ingest():
    result = _run("mypy", "tui/data", "tui/arabic", "tui/ingest")
    assert result.returncode == 0, result.stdout + result.stderr
