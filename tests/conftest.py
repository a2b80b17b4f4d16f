"""Shared fixtures: every test runs with its own user data and config folders."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from hypothesis import settings

from helpers import digest
from tui.resources import corpus_path

# CI runs the same generated examples every time, so a red run can be reproduced; local
# runs keep drawing new ones, which is how edge cases are found.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


# Tests that time what a real terminal or process shows (tmux screens, a workspace read in
# the background, killed writers, key timing) run on their own, after the rest has run on
# two workers: under another worker's load their waits would measure the load.
SERIAL = ("terminal/", "test_large_workspace.py", "test_files_kept.py", "test_idle_gc.py",
          "test_typed_keys.py", "test_two_windows.py")  # fmt: skip


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        path = item.path.as_posix()
        if any(part in path for part in SERIAL):
            item.add_marker(pytest.mark.serial)


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point the user data and config folders at throwaway ones, and forget $MAWQIF_BIDI."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("MAWQIF_BIDI", raising=False)
    return home


@pytest.fixture
def workspace_file(tmp_path: Path) -> Path:
    """A workspace file holding the bundled corpus, in a throwaway folder."""
    from tui.data.store import create_workspace, open_corpus

    path = tmp_path / "workspace.json"
    create_workspace(path, seed=[open_corpus(corpus_path())])
    return path


@pytest.fixture
def imported(tmp_path: Path, capsys) -> Path:
    """A workspace holding one imported article written for the correction tests: a quote
    without a cue the import leaves for the analyst, and statements to correct."""
    from tui.cli import main

    db = tmp_path / "imported.json"
    case = Path(__file__).parent / "fixtures" / "articles" / "corrections.ar.txt"
    assert main(["import", "--db", str(db), "--published", "2025-10-01", str(case)]) == 0
    capsys.readouterr()
    return db


ARABIC_OUTLETS = (("mizan-2025-03-arabic-outlet.ar.txt", "2025-03-11"),
                  ("nahrain-2024-09-arabic-outlet.ar.txt", "2024-09-20"))  # fmt: skip


@pytest.fixture
def arabic_outlets(tmp_path: Path, capsys) -> Path:
    """A workspace holding two imported articles whose outlet and title are Arabic, as the
    import reads them from the text, with speakers whose roles are Arabic titles."""
    from tui.cli import main

    db = tmp_path / "arabic-outlets.json"
    for name, published in ARABIC_OUTLETS:
        case = Path(__file__).parent / "fixtures" / "articles" / name
        assert main(["import", "--db", str(db), "--published", published, str(case)]) == 0
    capsys.readouterr()
    return db


@pytest.fixture
def reported(tmp_path: Path, capsys) -> Path:
    """A workspace holding one imported article written after a new user's report: a
    headline without a speech verb, one minister giving one exit date twice, an unnamed
    official giving another, and only that official's words dated."""
    from tui.cli import main

    db = tmp_path / "reported.json"
    case = Path(__file__).parent / "fixtures" / "articles" / "user-report.ar.txt"
    assert main(["import", "--db", str(db), "--outlet", "Test Agency",
                 "--published", "2025-03-11", str(case)]) == 0  # fmt: skip
    capsys.readouterr()
    return db


@pytest.fixture(scope="session", autouse=True)
def bundled_corpus_untouched():
    """Fail the session if any test wrote to the bundled corpus."""
    before = digest(corpus_path())
    files = sorted(p.name for p in corpus_path().parent.iterdir())
    yield
    assert digest(corpus_path()) == before, "the bundled corpus was modified"
    after = sorted(p.name for p in corpus_path().parent.iterdir())
    assert after == files, "a test left files beside the bundled corpus"


@pytest.fixture
def small_disk(tmp_path: Path):
    """A real 2 MB file system (tmpfs), so a full disk is a full disk and not a mock."""
    mount = tmp_path / "disk"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], check=True)
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


@pytest.fixture
def hostile(tmp_path: Path, capsys) -> Path:
    """A workspace holding an article full of escape sequences, bidi overrides and would-be
    formulas, with a note and tags to match (see tests/hostile.py)."""
    from hostile import hostile_workspace

    db = hostile_workspace(tmp_path)
    capsys.readouterr()
    return db
