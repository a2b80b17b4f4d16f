"""Time a command in a real terminal: a private tmux server, driven over one control client.

Commands go to tmux through a single control-mode connection (`tmux -C`), so polling the
screen costs a round trip to the server rather than a new tmux process every few
milliseconds, which on a two-core machine would take CPU from the app being timed.
"""

from __future__ import annotations

import os
import re
import shlex
import signal
import subprocess
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

WIDTH, HEIGHT = 120, 40
POLL = 0.002  # seconds between two captures: the resolution of every figure here
# What mawqif shows under its list while the rows come from the index and keys wait
# (tui/screens/main.py READING).
WAITING = "keys wait"
SETTLE = 0.3  # seconds to let the app finish what follows a frame before a key


class TmuxError(RuntimeError):
    """tmux refused a command, or the timed app died or never drew."""


@dataclass
class Run:
    """One fresh start of a command: seconds to its first frame, to its content, per key."""

    first_frame: float
    shown: float | None = None
    settled: float | None = None  # the rows shown and the keys taken (no preview marker)
    keys: list[float] = field(default_factory=list)


class Tmux:
    """A tmux server of our own (its own socket, no user config) and a control client on it."""

    def __init__(self) -> None:
        self.socket = f"mawqif-bench-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        base = ["tmux", "-L", self.socket, "-f", "/dev/null"]
        # Panes inherit the server's environment: give it none of ours.
        env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8",
               "TERM": "xterm-256color", "HOME": os.environ.get("HOME", "/")}  # fmt: skip
        subprocess.run([*base, "new-session", "-d", "-s", "keep", "sleep 86400"], check=True,
                       env=env)  # fmt: skip
        self.client = subprocess.Popen(
            [*base, "-C", "attach-session", "-t", "keep"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
        )  # fmt: skip
        # A dead app's last screen stays readable, so a crash is reported, not timed.
        self.command("set-option -g remain-on-exit on")

    def command(self, line: str) -> list[str]:
        """Run one tmux command; its output lines, or TmuxError."""
        assert self.client.stdin is not None and self.client.stdout is not None
        marker = uuid.uuid4().hex
        # The marker command's reply ends our block: lines before it that are not ours
        # (the attach reply, notifications) are skipped.
        self.client.stdin.write(f"{line}\ndisplay-message -p {marker}\n".encode())
        self.client.stdin.flush()
        blocks: list[tuple[bool, list[str]]] = []
        current: list[str] | None = None
        while True:
            raw = self.client.stdout.readline()
            if not raw:
                raise TmuxError(f"the tmux control client closed during {line!r}")
            text = raw.decode("utf-8", "replace").rstrip("\n")
            if current is None:
                if text.startswith("%begin"):
                    current = []
                continue
            if text.startswith(("%end", "%error")):
                if current == [marker]:
                    break
                blocks.append((text.startswith("%error"), current))
                current = None
                continue
            current.append(text)
        failed, out = blocks[-1] if blocks else (False, [])
        if failed:
            raise TmuxError(f"tmux {line!r}: {' '.join(out)}")
        return out

    def screen(self, target: str) -> str:
        """The visible text of `target`'s pane."""
        return "\n".join(self.command(f"capture-pane -p -t {target}"))

    def close(self) -> None:
        """Stop the control client and the server, and remove the server's socket."""
        socket = self.command("display-message -p '#{socket_path}'")
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)
        self.client.kill()
        self.client.wait()
        if socket:
            Path(socket[0]).unlink(missing_ok=True)


def write_script(folder: Path, argv: Sequence[str], env: dict[str, str], cwd: Path) -> Path:
    """A shell script that runs `argv` in `cwd` with `env` set (tmux takes one string)."""
    exports = "".join(f"export {k}={shlex.quote(v)}\n" for k, v in env.items())
    script = folder / f"run-{uuid.uuid4().hex[:8]}.sh"
    script.write_text(f"cd {shlex.quote(str(cwd))}\n{exports}unset MAWQIF_BIDI\n"
                      f"exec {shlex.join(argv)}\n")  # fmt: skip
    return script


def _wait_gone(pid: int, timeout: float = 10.0) -> None:
    """Wait for the app to be gone after its session was killed; SIGKILL it if it lingers."""
    deadline = time.monotonic() + timeout
    while Path(f"/proc/{pid}").exists():
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            return
        time.sleep(0.01)


def _poll(tmux: Tmux, name: str, start: float, timeout: float,
          done: Callable[[str], bool]) -> tuple[float, str]:  # fmt: skip
    """Seconds from `start` to the first capture of which `done` holds, and that capture."""
    checked = start
    while True:
        text = tmux.screen(name)
        now = time.perf_counter()
        if now - checked > 0.5 or done(text):
            # A crashed app leaves its traceback on screen: that is not a frame.
            checked = now
            if tmux.command(f"display-message -p -t {name} '#{{pane_dead}}'") == ["1"]:
                raise TmuxError(f"{name}: the app exited; its last screen:\n{text}")
        if done(text):
            return now - start, text
        if now - start > timeout:
            raise TmuxError(f"{name}: nothing came within {timeout:.0f} s; the screen:\n{text}")
        time.sleep(POLL)


def start_once(
    tmux: Tmux, script: Path, shown: re.Pattern[str] | None = None,
    keys: Sequence[str] = (), timeout: float = 300.0,
) -> Run:  # fmt: skip
    """Start `script` in a new 120×40 session; time its first non-blank screen, then its
    content (`shown`), then each key from send-keys to the next change of the screen."""
    name = f"run-{uuid.uuid4().hex[:8]}"
    start = time.perf_counter()
    tmux.command(f"new-session -d -s {name} -x {WIDTH} -y {HEIGHT} "
                 f"{shlex.quote('sh ' + str(script))}")  # fmt: skip
    pid = int(tmux.command(f"display-message -p -t {name} '#{{pane_pid}}'")[0])
    try:
        first, _ = _poll(tmux, name, start, timeout, lambda s: bool(s.strip()))
        run = Run(first)
        if shown is not None:
            run.shown, _ = _poll(tmux, name, start, timeout, lambda s: bool(shown.search(s)))
            run.settled, _ = _poll(
                tmux, name, start, timeout, lambda s: bool(shown.search(s)) and WAITING not in s
            )
        for key in keys:
            time.sleep(SETTLE)
            before = tmux.screen(name)
            pressed = time.perf_counter()
            tmux.command(f"send-keys -t {name} {key}")
            took, _ = _poll(tmux, name, pressed, 30.0, lambda s, b=before: s != b)
            run.keys.append(took)
        return run
    finally:
        tmux.command(f"kill-session -t {name}")
        _wait_gone(pid)
