"""Key-to-screen latency and peak memory of the app, headless, in a fresh process.

    python bench/interactive.py --db W.json [--presses 12] [--search سبتمبر --search داعش]
    python bench/interactive.py --minimal

Prints one JSON object. A key is timed from the moment its event is posted to the app (as
Pilot does, without Pilot's idle sleeps of 20 ms and more) to the first frame that Textual
composes in which the change is visible; composing renders every changed line of every
widget, and only the encoding to escape codes and the write to a terminal are skipped
headless. The frame is seen by wrapping `App._display`, the call that hands each
composed frame to the driver. A frame counts only if the changed widget drew itself in
it (the statement list's rows for the new results, the minimal app's Static): Textual
often composes a frame for other widgets (the search field, the counts) first, and the
list's new rows reach the screen in a later one.
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import json
import resource
import sys
import time
from collections.abc import Callable
from itertools import cycle
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from textual import events  # noqa: E402
from textual.app import App  # noqa: E402

SIZE = (120, 40)
FILTER_KEYS = ("s", "s", "t", "x")  # each changes the list: supports, opposes, +threat, clear
SETTLE = 0.15  # seconds for the messages that follow a change (cursor, detail) to settle
TIMEOUT = 60.0


async def timed_key(app: App[Any], key: str, char: str | None,
                    changed: Callable[[], bool]) -> float:  # fmt: skip
    """Seconds from posting `key` to the first composed frame for which `changed()` holds."""
    loop = asyncio.get_running_loop()
    reached: asyncio.Future[float] = loop.create_future()
    display = app._display

    def spy(screen: Any, renderable: Any) -> None:
        display(screen, renderable)
        if renderable is not None and not reached.done() and changed():
            reached.set_result(time.perf_counter())

    app._display = spy  # type: ignore[method-assign]
    try:
        event = events.Key(key, char)
        event.set_sender(app)
        start = time.perf_counter()
        app.post_message(event)
        end = await asyncio.wait_for(reached, TIMEOUT)
    finally:
        del app._display  # the class's method again
    await asyncio.sleep(SETTLE)
    return end - start


def make_app(db: Path) -> App[Any]:
    """The real app on `db`: opening it itself, as `mawqif --db` does, where it can."""
    from tui.app import MawqifApp

    if "db" in inspect.signature(MawqifApp).parameters:
        return MawqifApp(bidi="visual", db=db)  # type: ignore[call-arg]
    from tui.data.store import Workspace

    return MawqifApp(Workspace(db), bidi="visual")


async def _listed(app: App[Any]) -> Any:
    """The StatementList once it holds statements (after any loading screen), counting the
    lists it is given from then on in `shown`: a new list, even an equal one, is a change."""
    from tui.widgets.statement_list import StatementList

    deadline = time.monotonic() + 900
    while time.monotonic() < deadline:
        found = list(app.screen.query(StatementList))
        if found and found[0].items:
            return _count_shows(found[0])
        await asyncio.sleep(0.01)
    raise TimeoutError("the statements were never listed")


def _count_shows(listing: Any) -> Any:
    """Count the lists `listing` is given (`shown`) and note, in `painted`, which of them
    its rows were last drawn for."""
    show, render_line = listing.show, listing.render_line
    listing.shown = listing.painted = 0

    def counted(*args: Any, **kwargs: Any) -> Any:
        listing.shown += 1
        return show(*args, **kwargs)

    def drawn(y: int) -> Any:
        listing.painted = listing.shown
        return render_line(y)

    listing.show = counted
    listing.render_line = drawn
    return listing


async def _ready(app: App[Any]) -> None:
    """Until the screen takes keys: a preview (see tui/data/preview.py) holds them until the
    workspace is read."""
    deadline = time.monotonic() + 900
    while getattr(app.screen, "LOADING", False):
        if time.monotonic() > deadline:
            raise TimeoutError("the workspace was never read")
        await asyncio.sleep(0.01)


async def timed_clashes(app: App[Any], pilot: Any) -> float:
    """Seconds from `c` to the contradictions list drawn, then back to the statements."""
    from tui.screens.contradictions import ContradictionsScreen

    main = app.screen
    start = time.perf_counter()
    await pilot.press("c")
    while not isinstance(app.screen, ContradictionsScreen):
        await asyncio.sleep(0.005)
    await pilot.pause()  # its messages handled: the list composed and drawn
    took = time.perf_counter() - start
    await pilot.press("escape")
    while app.screen is not main:
        await asyncio.sleep(0.01)
    return took


async def session(app: App[Any], pilot: Any, seconds: float, seed: int = 16) -> dict[str, Any]:
    """Random keys for `seconds` (filters, searches, `c`, `d`, moves), resident memory
    sampled every second: what an analyst's session does to memory."""
    import random

    from tui.screens.main import MainScreen

    rng = random.Random(seed)
    main = app.screen
    words = ("سبتمبر", "داعش", "انسحاب", "التحالف", "troops", "عين الأسد", "بغداد", "2025")
    rss: list[float] = []
    keys = 0
    end = time.monotonic() + seconds
    next_sample = 0.0
    while time.monotonic() < end:
        if time.monotonic() >= next_sample:
            rss.append(current_mb())
            next_sample = time.monotonic() + 1.0
        if app.screen is not main:  # a dialog or list left open: back first
            await pilot.press("escape")
            await asyncio.sleep(0.05)
            continue
        pick = rng.random()
        if pick < 0.35:
            await pilot.press(rng.choice("sstx"))
        elif pick < 0.6:
            await pilot.press("x", "slash", *rng.choice(words), "enter")
        elif pick < 0.7:
            await pilot.press("c")
            while not (app.screen is not main or time.monotonic() > end + 60):
                await asyncio.sleep(0.05)
            await pilot.press("j", "j", "escape")
        elif pick < 0.75:
            await pilot.press("d")
            while not (app.screen is not main or time.monotonic() > end + 60):
                await asyncio.sleep(0.05)
            await pilot.press("escape")
        else:
            await pilot.press(rng.choice(["j", "k", "pagedown", "pageup", "end", "home"]))
        keys += 1
        assert isinstance(main, MainScreen)
        await asyncio.sleep(0.05)
    rss.append(current_mb())
    return {"session_rss_mb": rss, "session_keys": keys}


def current_mb() -> float:
    """This process's resident memory now, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def measure_mawqif(db: Path, presses: int, words: list[str], clashes: int = 0,
                         session_s: float = 0.0) -> dict[str, Any]:  # fmt: skip
    """Open the app on `db`, cycle the filters, then type each search word key by key;
    then `c` `clashes` times, then a random-key session of `session_s` seconds."""
    began = time.perf_counter()
    app = make_app(db)
    out: dict[str, Any] = {"filter_ms": [], "filter_rows": [], "search_ms": [],
                           "search_rows": [], "first_letter_ms": []}  # fmt: skip
    async with app.run_test(size=SIZE) as pilot:
        listing = await _listed(app)
        out["listed_s"] = time.perf_counter() - began
        out["statements"] = len(listing.items)
        await _ready(app)
        out["ready_s"] = time.perf_counter() - began
        out["open_mb"] = current_mb()
        await asyncio.sleep(0.5)  # let the first start finish (session restore, timers)
        keys = cycle(FILTER_KEYS)
        for _ in range(presses):
            before = listing.shown
            took = await timed_key(app, next(keys), None, lambda b=before: listing.painted > b)
            out["filter_ms"].append(took * 1000)
            out["filter_rows"].append(len(listing.items))
        for word in words:
            await pilot.press("x", "slash")
            for at, char in enumerate(word):
                before = listing.shown
                took = await timed_key(app, char, char, lambda b=before: listing.painted > b)
                out["search_ms"].append(took * 1000)
                out["search_rows"].append(len(listing.items))
                if at == 0:  # the first letter: most rows hold it, the most to list
                    out["first_letter_ms"].append(took * 1000)
            await pilot.press("enter")
        out["maxrss_mb"] = peak_mb()
        if clashes:
            await pilot.press("x")
            out["clash_first_s"] = await timed_clashes(app, pilot)
            out["clash_s"] = [await timed_clashes(app, pilot) for _ in range(clashes - 1)]
        if session_s:
            out.update(await session(app, pilot, session_s))
            out["session_peak_mb"] = peak_mb()
    return out


async def measure_minimal(presses: int) -> dict[str, Any]:
    """The minimal app's answer to `s`, which updates its Static, timed the same way."""
    from bench.minimal_app import MinimalApp

    began = time.perf_counter()
    app = MinimalApp()
    out: dict[str, Any] = {"filter_ms": []}
    async with app.run_test(size=SIZE):
        out["listed_s"] = time.perf_counter() - began
        body = app.query_one("#body")
        render = body.render
        drawn_for = [0]

        def drawn() -> Any:
            drawn_for[0] = app.presses
            return render()

        body.render = drawn  # type: ignore[method-assign]
        await asyncio.sleep(0.5)
        for n in range(1, presses + 1):
            took = await timed_key(app, "s", "s", lambda n=n: drawn_for[0] == n)
            out["filter_ms"].append(took * 1000)
    out["maxrss_mb"] = peak_mb()
    return out


def peak_mb() -> float:
    """This process's peak resident memory in MB.

    VmHWM, not getrusage's ru_maxrss: Linux carries ru_maxrss over an exec, so a child
    of a large parent would report the parent's size.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    """Measure one fresh process and print the samples as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--minimal", action="store_true", help="measure the baseline app")
    parser.add_argument("--presses", type=int, default=12)
    parser.add_argument("--search", action="append", default=[], help="a word to type")
    parser.add_argument("--clashes", type=int, default=0, help="times to press c and time it")
    parser.add_argument(
        "--session",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="then press random keys this long, sampling memory",
    )
    args = parser.parse_args(argv)
    if args.minimal:
        out = asyncio.run(measure_minimal(args.presses))
    else:
        out = asyncio.run(
            measure_mawqif(
                args.db, args.presses, args.search or ["سبتمبر"], args.clashes, args.session
            )
        )
    print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
