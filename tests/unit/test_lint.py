"""The code meets the house habits: ruff clean, and mypy strict on the whole package."""

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


def test_mypy_strict_on_the_whole_package():
    result = _run("mypy", "tui")
    assert result.returncode == 0, result.stdout + result.stderr


def test_tmux_is_only_run_on_a_server_of_its_own():
    """A test or benchmark never touches the default tmux server (the user's sessions): every
    tmux command names a socket of its own with -L."""
    import re

    # "tmux" as a command's first word, alone or with anything but "-L" after it.
    default = re.compile(r"""["']tmux["']\s*(?:\]|,(?!\s*["']-L["']))""")
    found = [f"{path.relative_to(REPO)}:{n}"
             for folder in ("tests", "bench")
             for path in sorted((REPO / folder).rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if default.search(line)]  # fmt: skip
    assert not found, f"tmux on the default server: {found}"
