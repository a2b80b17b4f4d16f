"""Every screen and dialog, walked as an analyst walks them over imported articles whose
outlet, title, speakers' roles, notes and tags are Arabic, at 40, 80 and 120 columns: every
row that holds Arabic reads as GNU FriBidi draws it (tests/arabic_rows.py)."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from arabic_rows import Texts, check_screen
from oracle import OracleError
from screen_rows import screenshot_rows
from tui.app import MawqifApp
from tui.data.store import Workspace
from tui.screens.main import MainScreen
from tui.widgets.filter_bar import BIDI_SAMPLE

NOTE = "يحتاج إلى تحقق من موعد أيلول"
TAG = "مهلة"
SEARCH = "القوات"
PALETTE = "جبار"
ENGLISH_ONLY = ["the filters dialog", "the help"]
SIZES = [(40, 24), (80, 24), (120, 40)]


def strings(value: object) -> Iterator[str]:
    """Every string in a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def texts_of(db: Path) -> Texts:
    """What the app may show: the workspace's texts, what the walk types, the bidi sample."""
    stored = json.loads(db.read_text(encoding="utf-8"))
    return Texts([*strings(stored), NOTE, TAG, SEARCH, PALETTE, BIDI_SAMPLE])


def rows(app: MawqifApp) -> list[str]:
    """The rows of the screen on top, editors blanked.

    An editor (Input, TextArea) keeps what is typed in logical order, so that the cursor
    moves through it as it is written; the dialog shows each line with Arabic in it once
    more, below, as it will read, and that line is checked.
    """
    drawn = screenshot_rows(app)
    for editor in app.screen.query("Input, TextArea"):
        region = editor.region
        for y in range(region.y, min(region.bottom, len(drawn))):
            row = drawn[y]
            drawn[y] = row[: region.x] + " " * region.width + row[region.right :]
    return drawn


Step = Callable[[MawqifApp, object], Awaitable[None]]


def keys(*names: str) -> Step:
    """A step that presses keys."""

    async def press(app: MawqifApp, pilot) -> None:
        await pilot.press(*names)

    return press


def typed(kind: type, text: str, *then: str) -> Step:
    """A step that types `text` into the dialog's field of `kind`, then presses keys."""

    async def write(app: MawqifApp, pilot) -> None:
        field = app.screen.query_one(kind)
        if isinstance(field, TextArea):
            field.insert(text)
        else:
            field.value = text
        await pilot.pause(0.1)
        await pilot.press(*then)

    return write


# (what an analyst does, the steps to get there, and back to the list afterwards)
WALK: list[tuple[str, list[Step], list[Step]]] = [
    ("the statement list", [], []),
    ("a statement in detail", [keys("enter")], []),
    ("the note dialog with Arabic typed", [keys("n"), typed(TextArea, NOTE)], [keys("ctrl+s")]),
    ("the tags dialog", [keys("g"), typed(Input, TAG)], [keys("enter")]),
    ("the detail with a note and a tag", [], []),
    ("the review dialog", [keys("r")], []),
    ("the article view", [keys("o")], [keys("escape")]),
    ("the filters dialog", [keys("f")], [keys("escape")]),
    ("the speaker dialog", [keys("S")], [keys("escape")]),
    ("the statement form", [keys("E")], [keys("escape")]),
    ("the deadline dialog", [keys("D")], [keys("escape")]),
    ("the quote dialog", [keys("Q")], [keys("escape")]),
    ("the actor's names dialog", [keys("A")], [keys("escape")]),
    ("the article dialog", [keys("P")], [keys("escape")]),
    ("the contradictions", [keys("c")], []),
    ("a contradiction side by side", [keys("enter")], []),
    ("the first side's article", [keys("1")], [keys("escape", "escape", "escape")]),
    ("the deadline timeline", [keys("d")], [keys("escape")]),
    ("the help", [keys("question_mark")], [keys("escape")]),
    (
        "the palette finding an Arabic name",
        [keys("ctrl+p"), typed(Input, PALETTE)],
        [keys("escape")],
    ),
    ("a search being typed", [keys("slash", *SEARCH)], []),
    ("what the search found", [keys("enter")], [keys("slash", "ctrl+u", "enter")]),
]


async def walk(app: MawqifApp, pilot, texts: Texts) -> list[tuple[str, int]]:
    """Walk every stop; per stop, its name and how many Arabic runs were checked."""
    checked = []
    await pilot.pause(0.3)
    for name, there, back in WALK:
        for step in there:
            await step(app, pilot)
            await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        try:
            checked.append((name, check_screen(rows(app), texts)))
        except OracleError as error:
            raise OracleError(f"{name}: {error}") from None
        for step in back:
            await step(app, pilot)
            await pilot.pause()
    return checked


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_every_screen_reads_arabic_as_fribidi_draws_it(arabic_outlets: Path, size):
    texts = texts_of(arabic_outlets)
    app = MawqifApp(Workspace(arabic_outlets), "visual")
    async with app.run_test(size=size) as pilot:
        checked = await walk(app, pilot, texts)
        screens = dict(checked)
        assert isinstance(app.screen, MainScreen)
    # Each stop was reached and shows the Arabic it is for; two show none at all.
    assert [name for name, _, _ in WALK if not screens[name]] == ENGLISH_ONLY, checked


async def test_the_same_walk_fails_when_arabic_reaches_the_screen_in_logical_order(
    arabic_outlets: Path,
):
    app = MawqifApp(Workspace(arabic_outlets), "terminal")
    async with app.run_test(size=(80, 24)) as pilot:
        with pytest.raises(OracleError, match="the statement list: .*no text the app was given"):
            await walk(app, pilot, texts_of(arabic_outlets))


def test_a_line_put_in_visual_order_before_it_is_wrapped_fails_the_same_check():
    from oracle import reorder

    paragraph = NOTE + " قبل نهاية العام المقبل بحسب المصدر"
    texts = Texts([paragraph])
    # Right: wrapped in logical order, each row then put in visual order (as FriBidi does).
    words = paragraph.split()
    logical_rows = [" ".join(words[:5]), " ".join(words[5:10]), " ".join(words[10:])]
    right = [answer.visual for answer in reorder(logical_rows, rtl=True)]
    assert check_screen([f"│ {row:>30} │" for row in right], texts) == 3
    # Wrong: the whole line put in visual order, then cut into rows: its end comes first.
    whole = reorder([paragraph], rtl=True)[0].visual
    cut = [whole[i : i + 30] for i in range(0, len(whole), 30)]
    with pytest.raises(OracleError, match="bottom to top"):
        check_screen([f"│ {row.strip():>30} │" for row in cut], texts)
