"""The installed app in a real terminal (tmux): Arabic reads in order at 80×24 and 120×40."""

from __future__ import annotations

import contextlib
import os
import pty
import select
import signal
import time
from pathlib import Path

import pytest

from oracle import check_paragraphs
from tmux_session import mawqif_command, terminal
from tui.data.index import Index
from tui.data.store import open_corpus

pytestmark = pytest.mark.terminal

SCROLLBAR = " ▁▂▃▄▅▆▇█▏▕"


def _longest(workspace: Path) -> tuple[int, str, str]:
    """List position, id and quote of the longest statement, in the order the app lists it."""
    rows = Index(open_corpus(workspace)).rows
    index = max(range(len(rows)), key=lambda i: len(rows[i].statement.quote_ar))
    statement = rows[index].statement
    return index, statement.id, statement.quote_ar


def _quote_rows(screen: list[str]) -> list[str]:
    """The rows of the detail's quote: the text right of its thick left bar, up to the border."""
    rows = []
    for line in screen:
        # The quote's bar is "█" and a space; the list's scroll thumb is "█" and a border.
        if "█ " in line:
            inner = line.split("█ ", 1)[1]
            inner = inner.rsplit("│", 1)[0] if "│" in inner else inner
            # The pane's scrollbar may share the row, right of the text.
            rows.append(inner.rstrip(SCROLLBAR))
    return rows


def _open(term, index: int, statement_id: str) -> list[str]:
    term.wait_for("statements")
    term.keys(*(["j"] * index), pause=0.05)
    term.keys("Enter", pause=0.5)
    return term.wait_for(f"· {statement_id}")


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_a_long_quote_reads_in_order_in_visual_mode(workspace_file: Path, size):
    index, statement_id, quote = _longest(workspace_file)
    with terminal(["--db", str(workspace_file)], *size, socket="mawqif-long-quote") as term:
        screen = _open(term, index, statement_id)
        rows = _quote_rows(screen)
        assert len(rows) >= 3, "\n".join(screen)
        # FriBidi, not our code, says what order these rows must show the quote in.
        check_paragraphs([quote], [rows], directions=[True])
        # A naive screen would hold the logical text; this one must not.
        assert quote.split()[0] not in " ".join(rows)


def test_terminal_mode_sends_logical_text(workspace_file: Path):
    index, statement_id, quote = _longest(workspace_file)
    with terminal(
        ["--db", str(workspace_file)],
        80,
        24,
        env={"MAWQIF_BIDI": "terminal"},
        socket="mawqif-terminal-mode",
    ) as term:
        screen = _open(term, index, statement_id)
        rows = [r.strip() for r in _quote_rows(screen)]
        assert " ".join(rows) == " ".join(quote.split())


def _pty_session(args: list[str], env: dict[str, str]) -> tuple[bytes, int]:
    """What mawqif writes to a pseudo-terminal until it quits on `q`, and its exit status.

    `q` is sent once the app has drawn its statements (a key typed while the terminal is
    still being set up can be discarded with the pending input), and again every few
    seconds until the app exits; a mawqif that never exits is killed and the test fails.
    """
    pid, fd = pty.fork()
    if pid == 0:  # the child becomes mawqif
        os.execve(mawqif_command(), [mawqif_command(), *args], {**os.environ, **env})
    out = b""
    last_q = 0.0
    deadline = time.monotonic() + 60
    status: int | None = None
    while status is None and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            with contextlib.suppress(OSError):  # the child closed the terminal
                out += os.read(fd, 65536)
        # A damaged workspace ends the app by itself; a good one quits on q once drawn.
        drawn = b"statements" in out
        if drawn and time.monotonic() - last_q > 3:
            os.write(fd, b"q")
            last_q = time.monotonic()
        done, raw = os.waitpid(pid, os.WNOHANG)
        if done:
            status = os.waitstatus_to_exitcode(raw)
    if status is None:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise AssertionError(f"mawqif did not exit; it wrote:\n{out[-2000:]!r}")
    while True:  # what it wrote just before exiting
        ready, _, _ = select.select([fd], [], [], 0.1)
        if not ready:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.close(fd)
    return out, status


def test_visual_mode_turns_the_terminals_own_bidi_off_and_back_on(workspace_file: Path):
    out, status = _pty_session(["--db", str(workspace_file)], {"TERM": "xterm-256color"})
    assert status == 0
    assert b"\x1b[8l" in out, "visual mode must send ESC[8l at start"
    assert out.rfind(b"\x1b[8h") > out.find(b"\x1b[8l"), "ESC[8h must restore it at exit"


def test_terminal_mode_leaves_the_terminals_bidi_on(workspace_file: Path):
    env = {"TERM": "xterm-256color", "MAWQIF_BIDI": "terminal"}
    out, status = _pty_session(["--db", str(workspace_file)], env)
    assert status == 0 and b"\x1b[8l" not in out and b"\x1b[8h" in out


def test_a_damaged_workspace_closes_the_app_with_one_line_and_status_2(tmp_path: Path):
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"_meta": {"1": {"schema": 1, "kind": "mawqif-works')
    out, status = _pty_session(["--db", str(bad)], {"TERM": "xterm-256color"})
    assert status == 2
    text = out.decode("utf-8", "replace")
    assert f"mawqif: {bad}: is damaged: invalid JSON" in text and "Traceback" not in text
    assert bad.read_bytes() == b'{"_meta": {"1": {"schema": 1, "kind": "mawqif-works'


def test_q_on_the_loading_screen_of_a_large_workspace_quits_at_once(tmp_path: Path):
    from bench.generate import write_workspace

    large = tmp_path / "large.json"
    write_workspace(large, 40_000)  # some seconds to read and index
    pid, fd = pty.fork()
    if pid == 0:  # the child becomes mawqif
        os.execve(mawqif_command(), [mawqif_command(), "--db", str(large)],
                  {**os.environ, "TERM": "xterm-256color"})  # fmt: skip
    out, asked, status = b"", None, None
    deadline = time.monotonic() + 60
    while status is None and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            with contextlib.suppress(OSError):
                out += os.read(fd, 65536)
        if asked is None and b"opening" in out:
            os.write(fd, b"q")
            asked = time.monotonic()
        done, raw = os.waitpid(pid, os.WNOHANG)
        if done:
            status = os.waitstatus_to_exitcode(raw)
    took = time.monotonic() - asked if asked is not None else None
    if status is None:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(fd)
    assert asked is not None and status == 0
    assert b"statements" not in out  # it quit while still loading…
    assert took < 1.5  # …without waiting for the load to finish
