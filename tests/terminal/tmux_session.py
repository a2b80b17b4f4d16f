"""Drive the installed mawqif in a real terminal: tmux sessions, keys and screen captures."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def mawqif_command() -> str:
    """The console script installed beside this Python (what a user runs)."""
    script = Path(sys.executable).parent / "mawqif"
    assert script.exists(), f"mawqif is not installed in {script.parent}: pip install -e ."
    return str(script)


def tmux(socket: str) -> list[str]:
    """The tmux command for the server on `socket`, one of the tests' own, started without
    any configuration file: a test never touches the default server (the user's)."""
    return ["tmux", "-L", socket, "-f", "/dev/null"]


def own_socket(name: str = "mawqif-test") -> str:
    """A socket name no other server uses: `name`, this process and a random part, so two
    test runs at once (two work trees) never share a server or kill each other's."""
    return f"{name}-{os.getpid()}-{uuid.uuid4().hex[:8]}"


class Terminal:
    """One tmux session running one command at a fixed size."""

    def __init__(self, name: str, socket: str) -> None:
        self.name = name
        self.socket = socket
        self.tmux = tmux(socket)

    def keys(self, *keys: str, pause: float = 0.15) -> None:
        """Send keys as a person would type them, one at a time."""
        for key in keys:
            subprocess.run([*self.tmux, "send-keys", "-t", self.name, key], check=True)
            time.sleep(pause)

    def screen(self, trailing_spaces: bool = False) -> list[str]:
        """The visible rows of the pane, as the terminal shows them (with the spaces drawn
        at the end of each row, if asked)."""
        keep = ["-N"] if trailing_spaces else []
        out = subprocess.run(
            [*self.tmux, "capture-pane", "-p", *keep, "-t", self.name],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        return out.stdout.split("\n")

    def buffers(self) -> list[str]:
        """What the server's paste buffers hold: where an OSC 52 clipboard write lands."""
        out = subprocess.run([*self.tmux, "list-buffers", "-F", "#{buffer_sample}"],
                             capture_output=True, text=True)  # fmt: skip
        return out.stdout.split("\n")[:-1]

    def wait_for(self, text: str, timeout: float = 20.0) -> list[str]:
        """The screen once `text` shows on it; AssertionError after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        rows = self.screen()
        while time.monotonic() < deadline:
            rows = self.screen()
            if any(text in row for row in rows):
                return rows
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never showed; the screen was:\n" + "\n".join(rows))


@contextmanager
def terminal(
    args: list[str],
    width: int,
    height: int,
    env: dict[str, str] | None = None,
    socket: str = "mawqif-test",
    command: str | None = None,
    options: dict[str, str] | None = None,
) -> Iterator[Terminal]:
    """Run `mawqif ARGS` (or a shell `command`) in a new tmux session of `width` × `height`
    cells, on a tmux server of its own (named from `socket`, made unique) with the global
    `options` set before anything runs in it; the server is killed afterwards."""
    assert shutil.which("tmux"), "tmux is needed for the terminal tests: apt-get install tmux"
    server = own_socket(socket)
    name = f"mawqif-test-{uuid.uuid4().hex[:8]}"
    variables = {"TERM": "xterm-256color", "COLORTERM": "truecolor", **(env or {})}
    exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in variables.items())
    if command is None:
        command = f"env {exports} {shlex.quote(mawqif_command())} {shlex.join(args)}; sleep 5"
    first = ["start-server", ";"]
    for option, value in (options or {}).items():
        first += ["set-option", "-g", option, value, ";"]
    path = None
    try:
        subprocess.run(
            [*tmux(server), *first, "new-session", "-d", "-s", name, "-x", str(width), "-y",
             str(height), command],
            check=True, env={**os.environ, **variables},
        )  # fmt: skip
        path = subprocess.run(
            [*tmux(server), "display-message", "-p", "#{socket_path}"],
            capture_output=True, text=True,
        ).stdout.strip()  # fmt: skip
        yield Terminal(name, server)
    finally:
        # The whole server, not only the session: nothing of the test's is left running,
        # and its socket goes too (tmux leaves the file behind).
        subprocess.run([*tmux(server), "kill-server"], capture_output=True)
        if path and Path(path).is_socket() and Path(path).name == server:
            Path(path).unlink(missing_ok=True)
