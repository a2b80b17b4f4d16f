"""A review file edited by hand, as a user may: a malformed correction stops mawqif with one
line that names it, a correction that cannot apply is left out, and the app never crashes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import digest
from tui.app import MawqifApp
from tui.cli import main
from tui.data.review import change
from tui.data.store import Workspace, review_path
from tui.screens.timeline import TimelineScreen
from tui.widgets.statement_list import StatementList


def _minister(db: Path) -> str:
    """The first statement giving the minister's date, the coalition gone by Sep 2025."""
    ws = Workspace(db)
    return min((s for s in ws.corpus.statements.values() if s.deadlines), key=lambda s: s.start).id


def _hand_edit(db: Path, statement_id: str, **deadline: object) -> bytes:
    """Correct the statement's deadline in the app's way, then change the stored correction
    in the file as a text editor would; the file's bytes."""
    ws = Workspace(db)
    d = ws.corpus.statements[statement_id].deadlines[0]
    record = {"event": d.event, "due": "2026-01", "cue_start": d.cue_start,
              "cue_end": d.cue_end, "derivation": "the analyst's reading"}  # fmt: skip
    ws.annotate(f"statement:{statement_id}", lambda a: change(a, deadlines=[record]))
    ws.save()
    sidecar = review_path(db)
    data = json.loads(sidecar.read_text(encoding="utf-8"))
    (annotation,) = data["annotations"].values()
    annotation["fix"]["deadlines"][0].update(deadline)
    sidecar.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return sidecar.read_bytes()


@pytest.mark.parametrize(("due", "said"), [
    ("sometime", "is not YYYY, YYYY-MM, YYYY-MM-DD or indefinite"),
    ("2025-13", "is not YYYY, YYYY-MM, YYYY-MM-DD or indefinite"),
    ("1850", "is outside the years 2003–2050"),
])  # fmt: skip
async def test_a_due_date_that_is_no_date_stops_the_app_with_one_line_naming_it(
    capsys, reported: Path, due: str, said: str
):
    saved = _hand_edit(reported, _minister(reported), due=due)
    app = MawqifApp(db=reported)  # opened as `mawqif --db` opens it
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(50):
            if app.failure is not None:
                break
            await pilot.pause(0.05)
    assert app.failure is not None and "\n" not in app.failure
    assert f"due date {due!r} {said}" in app.failure
    assert str(review_path(reported)) in app.failure and "annotation 1" in app.failure
    assert app.return_code == 2
    # `check` and `export` say the same, and nothing is written.
    for command in ("check", "export"):
        capsys.readouterr()
        assert main([command, "--db", str(reported)]) == 2
        (line,) = capsys.readouterr().err.splitlines()
        assert f"due date {due!r}" in line
    assert review_path(reported).read_bytes() == saved


async def test_a_deadline_of_an_unknown_event_outside_the_quote_is_left_out_and_d_opens(
    capsys, reported: Path
):
    target = _minister(reported)
    stored = Workspace(reported).stored.statements[target]
    _hand_edit(reported, target, event="coalition.moon.exit", cue_start=0, cue_end=5)
    ws = Workspace(reported)
    assert ws.corpus.statements[target].deadlines == stored.deadlines  # the stored value stands
    capsys.readouterr()
    assert main(["check", "--db", str(reported)]) == 1
    out = capsys.readouterr().out
    assert f"correction of statement {target}: deadline event 'coalition.moon.exit'" in out
    assert "deadline cue 0-5 is not inside the quote; the recorded deadlines stand" in out
    app = MawqifApp(ws, "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.query_one(StatementList).select_id(target)
        await pilot.press("enter")
        await pilot.pause(0.3)
        deadlines = str(app.screen.query_one("#detail-deadlines").render())
        assert "2025-09" in deadlines and "moon" not in deadlines
        await pilot.press("escape", "d")
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
        assert [m.deadline.due for m in app.screen.marks if m.statement.id == target] == ["2025-09"]


@pytest.mark.parametrize(("field", "value"), [
    ("summary_en", "read \x1b[31mthis\x1b[0m"),
    ("summary_en", "\u202egnitirw"),
    ("withdrawal", "leave"),
    ("form", "rumour"),
])  # fmt: skip
def test_every_corrected_text_and_label_is_checked_when_the_file_is_read(
    capsys, reported: Path, field: str, value: str
):
    target = _minister(reported)
    ws = Workspace(reported)
    ws.annotate(f"statement:{target}", lambda a: change(a, summary_en="fine"))
    ws.save()
    sidecar = review_path(reported)
    data = json.loads(sidecar.read_text(encoding="utf-8"))
    next(iter(data["annotations"].values()))["fix"] = {field: value}
    sidecar.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = digest(sidecar)
    capsys.readouterr()
    assert main(["export", "--db", str(reported)]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert f"corrected {field} must be" in line
    assert "\x1b" not in line and "\u202e" not in line  # named by its escape, never acted on
    assert digest(sidecar) == before


def test_a_quote_moved_off_its_deadline_words_is_left_out(capsys, reported: Path):
    target = _minister(reported)
    stored = Workspace(reported).stored.statements[target]
    cue = stored.deadlines[0]
    ws = Workspace(reported)
    # The quote cut to end before its deadline's words: the `Q` dialog refuses this, an
    # editor does not.
    ws.annotate(f"statement:{target}",
                lambda a: change(a, span=(stored.start, cue.cue_start - 1)))  # fmt: skip
    ws.save()
    corrected = Workspace(reported).corpus.statements[target]
    assert (corrected.start, corrected.end) == (stored.start, stored.end)
    capsys.readouterr()
    assert main(["check", "--db", str(reported)]) == 1
    assert "leaves out a deadline's cue; the recorded quote stands" in capsys.readouterr().out


async def test_a_saved_date_filter_that_is_no_date_is_left_out_when_the_session_resumes(
    reported: Path,
):
    Workspace(reported).save_session({"bidi": "visual", "screens": [
        {"screen": "main", "date_from": "sometime", "date_to": "2025", "withdrawal": ["maybe"]},
    ]})  # fmt: skip
    app = MawqifApp(Workspace(reported), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        main = app.main_screen
        assert (main.date_from, main.date_to, main.withdrawal) == (None, "2025", frozenset())
        bar = str(main.query_one("#filter-bar").render())
        assert "sometime" not in bar and "said … to 2025" in bar
