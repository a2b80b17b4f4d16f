"""The house habits: ruff clean and ruff formatted, mypy strict on the whole package, tmux on
servers of its own, and a test command whose runs each end with their summary line."""

from __future__ import annotations

import subprocess
import sys

from helpers import REPO


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True, timeout=300
    )


def test_ruff_finds_nothing():
    result = _run("ruff", "check", "tui", "tests", "tools", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_code_is_as_ruff_formats_it():
    result = _run("ruff", "format", "--check", "tui", "tests", "tools", "bench")
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


def _readme_test_command() -> str:
    """The README's test command: the line of its Quick start that runs pytest."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    (line,) = [line for line in readme.splitlines() if "-m pytest" in line]
    return line


def test_ci_runs_the_readme_test_command_word_for_word():
    assert _readme_test_command() in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_each_run_of_the_readme_test_command_ends_with_its_summary_line():
    """Both runs close with pytest's "N passed in Xs" line, which one -q too many hides."""
    import os
    import re
    import shlex

    runs = [shlex.split(part.split("-m pytest", 1)[1])
            for part in _readme_test_command().split("&&") if "-m pytest" in part]  # fmt: skip
    assert len(runs) == 2
    # The pytest running this test must not steer the one it starts.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    for args in runs:
        result = subprocess.run(
            [sys.executable, "-m", "pytest", *args, "tests/unit/test_spans.py"],
            cwd=REPO, capture_output=True, text=True, timeout=300, env=env,
        )  # fmt: skip
        last = result.stdout.strip().splitlines()[-1]
        assert re.fullmatch(r"\d+ (passed|deselected)(, \d+ \w+)* in [\d.]+s( \(.+\))?", last), (
            args,
            result.stdout[-500:],
        )
