"""Files that stay the analyst's, with real processes: private under the usual umask, written
through symbolic links, and no temporary files left by killed writers."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from helpers import REPO

ARTICLES = REPO / "tests" / "fixtures" / "articles"
RAFIDAIN = ARTICLES / "rafidain-2025-01-ain-al-asad.ar.txt"
FURAT = ARTICLES / "furat-2025-10-mission-end.ar.txt"
WRITER = REPO / "tests" / "review_writer.py"
MARK = "mawqif-"  # what mawqif's temporary files hold in their names


def mawqif(*args: object, umask: int = 0o022) -> subprocess.CompletedProcess[str]:
    """Run `python -m tui ARGS` in a real process under `umask` (the usual one by default)."""
    return subprocess.run(
        [sys.executable, "-m", "tui", *map(str, args)], cwd=REPO, capture_output=True,
        text=True, timeout=120, umask=umask,
    )  # fmt: skip


def annotate(db: Path, note: str) -> None:
    """Write a note in a separate process, as a second mawqif window would."""
    subprocess.run([sys.executable, str(WRITER), str(db), note, "1"], cwd=REPO, check=True,
                   capture_output=True, umask=0o022)  # fmt: skip


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def imported(db: Path, article: Path = RAFIDAIN) -> None:
    result = mawqif("--db", db, "import", article, "--published", "2025-01-19")
    assert result.returncode == 0, result.stderr


# -- private by default ---------------------------------------------------------------------


def test_what_mawqif_creates_is_readable_by_its_owner_only_under_umask_022(
    isolated_user_dirs: Path, tmp_path: Path
):
    assert mawqif("check").returncode == 0  # the default workspace is made on first run
    home = isolated_user_dirs / "data" / "mawqif"
    assert mode(home) == 0o700
    annotate(home / "workspace.json", "a note no one else may read")
    work = tmp_path / "work"
    work.mkdir()
    db = work / "ws.json"
    imported(db)
    annotate(db, "another note")
    for what, name in (("statements", "s.json"), ("actors", "a.csv")):
        fmt = name.rsplit(".", 1)[1]
        assert mawqif("--db", db, "export", "--what", what, "--format", fmt,
                      "-o", work / name).returncode == 0  # fmt: skip
    assert mawqif("--db", db, "export", "--format", "md", "-o", work / "brief.md").returncode == 0
    made = sorted([*home.iterdir(), *work.iterdir()])
    names = {p.name for p in made}
    assert {"workspace.json", "workspace.json.index", "workspace.review.json",
            "workspace.review.json.lock", "ws.json", "ws.json.index", "ws.json.lock",
            "ws.review.json", "ws.review.json.lock", "s.json", "a.csv",
            "brief.md"} <= names  # fmt: skip
    assert {p.name: oct(mode(p)) for p in made} == {p.name: oct(0o600) for p in made}


def test_a_file_given_its_own_mode_keeps_it_and_lends_it_to_the_files_beside_it(tmp_path: Path):
    db = tmp_path / "ws.json"
    imported(db)
    for sidecar in ("ws.json.index", "ws.json.lock"):
        (tmp_path / sidecar).unlink()
    db.chmod(0o640)  # shared with the analyst's group on purpose
    imported(db, FURAT)
    annotate(db, "for the team")
    assert mode(db) == 0o640
    for sidecar in ("ws.json.index", "ws.json.lock", "ws.review.json", "ws.review.json.lock"):
        assert mode(tmp_path / sidecar) == 0o640, sidecar
    out = tmp_path / "out.json"
    out.write_text("[]")
    out.chmod(0o644)
    assert mawqif("--db", db, "export", "-o", out).returncode == 0
    assert mode(out) == 0o644 and json.loads(out.read_text(encoding="utf-8"))


# -- symbolic links -------------------------------------------------------------------------


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """`folder` made read-only by a bind mount, which even root cannot write through."""
    subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
    subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
    try:
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_an_import_through_a_symlink_writes_its_target_and_the_link_stays(tmp_path: Path):
    real, links = tmp_path / "real", tmp_path / "links"
    real.mkdir()
    links.mkdir()
    target = real / "ws.json"
    imported(target)
    link = links / "ws.json"
    link.symlink_to("../real/ws.json")
    inode = target.stat().st_ino
    # The link's folder is read-only: nothing (temporary file, lock, index, review file)
    # may be written beside the link, only beside its target.
    with read_only(links):
        imported(link, FURAT)
        annotate(link, "through the link")
        assert mawqif("--db", link, "export", "-o", real / "out.json").returncode == 0
    assert link.is_symlink() and os.readlink(link) == "../real/ws.json"
    assert target.stat().st_ino != inode  # replaced whole, as every write is
    check = mawqif("--db", target, "check")
    assert check.returncode == 0 and "2 article(s)" in check.stdout, check.stdout + check.stderr
    exported = json.loads(mawqif("--db", link, "export").stdout)
    assert len({s["article"] for s in exported}) == 2
    review = json.loads((real / "ws.review.json").read_text(encoding="utf-8"))
    assert any(a["note"] == "through the link 0" for a in review["annotations"].values())
    assert sorted(p.name for p in links.iterdir()) == ["ws.json"]
    assert not [p for p in real.iterdir() if MARK in p.name]


def test_exports_and_review_files_through_links_write_their_targets(tmp_path: Path):
    db = tmp_path / "ws.json"
    imported(db)
    notes, briefs = tmp_path / "notes", tmp_path / "briefs"
    notes.mkdir()
    briefs.mkdir()
    # The analyst keeps the notes in another folder, and the brief where colleagues read it.
    (tmp_path / "ws.review.json").symlink_to(notes / "ws.review.json")
    (tmp_path / "brief.md").symlink_to(briefs / "brief.md")
    annotate(db, "kept in the notes folder")
    assert mawqif("--db", db, "export", "--format", "md", "-o", tmp_path / "brief.md"
                  ).returncode == 0  # fmt: skip
    assert (tmp_path / "ws.review.json").is_symlink() and (tmp_path / "brief.md").is_symlink()
    assert "kept in the notes folder 0" in (notes / "ws.review.json").read_text(encoding="utf-8")
    assert (briefs / "brief.md").read_text(encoding="utf-8").startswith("# ")
    assert mode(briefs / "brief.md") == 0o600
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    result = mawqif("--db", loop, "check")
    assert result.returncode == 2 and result.stderr.strip() == (
        f"mawqif: {loop}: cannot be opened (Too many levels of symbolic links)"
    )
    dangling = tmp_path / "new.json"
    dangling.symlink_to(briefs / "new.json")
    imported(dangling)  # a link to a file not made yet: the file is made, the link kept
    assert dangling.is_symlink() and (briefs / "new.json").is_file()


# -- no debris ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace of 5,000 statements: its exports and imports write megabytes, long
    enough for a writer to be killed midway."""
    from bench.generate import write_workspace

    path = tmp_path_factory.mktemp("large") / "large.json"
    write_workspace(path, 5_000)
    return path


def _sizes(folder: Path) -> dict[Path, int]:
    """The size of each file in `folder` that is still there when it is looked at."""
    found = {}
    for name in os.listdir(folder):
        with contextlib.suppress(FileNotFoundError):
            found[folder / name] = (folder / name).stat().st_size
    return found


def killed_midway(args: list[object], folder: Path) -> list[Path]:
    """Run `mawqif ARGS` and SIGKILL it as soon as its temporary file shows in `folder`;
    the temporary files it left (tried again if it finished its write first)."""
    for _ in range(10):
        process = subprocess.Popen([sys.executable, "-m", "tui", *map(str, args)], cwd=REPO,
                                   stderr=subprocess.DEVNULL, umask=0o022)  # fmt: skip
        while process.poll() is None:
            # Once it has written something: killed in the middle of its write.
            if any(MARK in path.name and size for path, size in _sizes(folder).items()):
                process.send_signal(signal.SIGKILL)
                break
        process.wait()
        left = [p for p in folder.iterdir() if MARK in p.name]
        if left:
            return left
    raise AssertionError("the writer always finished before it could be killed")


def test_a_killed_export_leaves_a_file_that_the_next_command_there_sweeps(
    large: Path, tmp_path: Path
):
    out = tmp_path / "brief.md"
    (left,) = killed_midway(["--db", large, "export", "--format", "md", "-o", out], tmp_path)
    assert left.name.startswith(".brief.md.mawqif-") and left.name.endswith(".tmp")
    assert left.stat().st_size > 0 and mode(left) == 0o600  # private while it was written
    assert not out.exists()
    mine = [tmp_path / ".brief.md.12345678.tmp", tmp_path / "brief.mawqif-notes.tmp"]
    for path in mine:
        path.write_text("the user's own")
    small = tmp_path / "actors.json"
    assert mawqif("--db", large, "export", "--what", "actors", "-o", small).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["actors.json", *(p.name for p in mine)]
    )


def test_a_killed_import_leaves_a_file_that_check_sweeps_and_reports(large: Path, tmp_path: Path):
    db = tmp_path / "ws.json"
    db.write_bytes(large.read_bytes())
    before = mawqif("--db", db, "check")
    assert before.returncode == 0, before.stderr
    left = killed_midway(["--db", db, "import", RAFIDAIN, "--published", "2025-01-19"], tmp_path)
    after = mawqif("--db", db, "check")
    assert after.returncode == 0, after.stdout + after.stderr
    swept = [line for line in after.stdout.splitlines() if line.startswith("swept ")]
    assert len(swept) == len(left)
    for path in left:
        assert any(line.startswith(f"swept {path}: a temporary file (") for line in swept)
    assert not [p for p in tmp_path.iterdir() if MARK in p.name]
    # Nothing half-added: the workspace holds the article whole or not at all (the kill may
    # land after the workspace's rename, while the index beside it is being written).
    whole = tmp_path / "whole.json"
    whole.write_bytes(large.read_bytes())
    assert mawqif("--db", whole, "import", RAFIDAIN, "--published", "2025-01-19").returncode == 0
    states = {
        before.stdout.splitlines()[-1],
        mawqif("--db", whole, "check").stdout.splitlines()[-1].replace(str(whole), str(db)),
    }
    assert after.stdout.splitlines()[-1] in states
    assert mawqif("--db", db, "check").stdout.count("swept") == 0  # said once, when swept


def test_a_sweep_takes_only_mawqifs_own_files_whose_writer_is_gone(tmp_path: Path):
    db = tmp_path / "ws.json"
    imported(db)
    stale = tmp_path / ".ws.json.mawqif-abcd1234.tmp"
    stale.write_bytes(b"x" * 2048)
    users = tmp_path / ".notes.txt.abcd1234.tmp"  # another program's naming
    users.write_text("kept")
    others = tmp_path / ".their.json.mawqif-abcd5678.tmp"  # another user's
    others.write_text("theirs")
    os.chown(others, 65534, 65534)
    folder = tmp_path / ".dir.mawqif-abcd0000.tmp"
    folder.mkdir()
    link = tmp_path / ".link.mawqif-abcd9999.tmp"
    link.symlink_to(users)
    live = tmp_path / ".out.json.mawqif-livewrit.tmp"
    live.write_text("being written")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, os, sys, time\n"
         "fd = os.open(sys.argv[1], os.O_RDWR); fcntl.flock(fd, fcntl.LOCK_EX)\n"
         "print('locked', flush=True); time.sleep(60)", str(live)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        result = mawqif("--db", db, "check")
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"swept {stale}: a temporary file (2.0 kB)")
    assert result.stdout.count("swept") == 1
    assert not stale.exists()
    assert users.exists() and others.exists() and folder.is_dir() and link.is_symlink()
    assert live.read_text() == "being written"
    # Its writer is gone now: the next command takes its file.
    assert "swept" in mawqif("--db", db, "check").stdout and not live.exists()
