"""An import's English summary follows the corrected record: the detail pane, the export and
the brief never say what the analyst has corrected away; a summary the analyst wrote stays."""

from __future__ import annotations

import json
from pathlib import Path

from tui.app import MawqifApp
from tui.cli import main
from tui.data.store import Workspace
from tui.data.summaries import parse
from tui.screens.main import DETAIL_WHILE_TYPING
from tui.widgets.statement_list import StatementList

FIXTURES = Path(__file__).parent.parent / "fixtures" / "articles"
STALE = "deadlines: coalition.iraq.full_withdrawal 2025-09"


def _by_quote(db: Path, words: str) -> str:
    return next(s.id for s in Workspace(db).corpus.statements.values() if words in s.quote_ar)


def _exported(db: Path, statement_id: str) -> dict:
    out = db.with_name("export.json")
    assert main(["export", "--db", str(db), "-o", str(out)]) == 0
    return next(s for s in json.loads(out.read_text(encoding="utf-8")) if s["id"] == statement_id)


def _brief(db: Path) -> str:
    out = db.with_name("brief.md")
    assert main(["export", "--db", str(db), "--format", "md", "-o", str(out)]) == 0
    return out.read_text(encoding="utf-8")


async def _open(app: MawqifApp, pilot, statement_id: str) -> None:
    app.screen.query_one(StatementList).select_id(statement_id)
    await pilot.press("enter")
    await pilot.pause(DETAIL_WHILE_TYPING)


def _detail_summary(app: MawqifApp) -> str:
    return str(app.screen.query_one("#detail-summary").render())


async def test_a_deadline_removed_with_E_leaves_the_summary_the_export_and_the_brief(
    reported: Path,
):
    target = _by_quote(reported, "بحلول أيلول 2025")
    assert STALE in _exported(reported, target)["summary_en"]
    app = MawqifApp(Workspace(reported), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app, pilot, target)
        assert STALE in _detail_summary(app)
        # speaker → form → stance → threat → date said → summary → deadlines
        await pilot.press("E", "tab", "tab", "tab", "tab", "tab", "tab")
        await pilot.press("x", "ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause(DETAIL_WHILE_TYPING)
        assert _detail_summary(app) == "Machine-extracted direct quote by Thabet al-Abbasi."
    row = _exported(reported, target)
    assert row["deadlines"] == [] and "deadlines" not in row["summary_en"]
    section = _brief(reported).split(f"### {target} ")[1].split("\n### ")[0]
    assert "Machine-extracted direct quote by Thabet al-Abbasi.\n" in section
    assert STALE not in section


async def test_speaker_form_and_labels_corrected_in_the_app_are_what_the_summary_says(
    reported: Path,
):
    low = _by_quote(reported, "لم يعد يشكل تهديداً")  # "ISIS is no longer a threat": low
    before = _exported(reported, low)["summary_en"]
    assert before.startswith("Machine-extracted direct quote by Thabet al-Abbasi; cues: ISIS")
    app = MawqifApp(Workspace(reported), "visual")
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app, pilot, low)
        await pilot.press("escape", "T")  # low → unspecified: the cues no longer explain it
        await app.workers.wait_for_complete()
        await pilot.press("S")
        app.screen.query_one("#actor-query").value = "مصدر أمني مطلع"
        await pilot.pause()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause(DETAIL_WHILE_TYPING)
        assert _detail_summary(app) == "Machine-extracted direct quote by Informed security source."
    assert _exported(reported, low)["summary_en"] == (
        "Machine-extracted direct quote by Informed security source."
    )


def test_a_summary_the_analyst_wrote_is_kept_when_other_fields_change(reported: Path):
    from tui.data.review import change

    target = _by_quote(reported, "بحلول أيلول 2025")
    ws = Workspace(reported)
    ws.annotate(
        f"statement:{target}",
        lambda a: change(
            a, summary_en="The minister's date, as he gave it.", form="paraphrase", deadlines=[]
        ),
    )
    ws.save()
    assert _exported(reported, target)["summary_en"] == "The minister's date, as he gave it."
    ws.annotate(f"statement:{target}", lambda a: change(a, summary_en=None))
    ws.save()
    assert _exported(reported, target)["summary_en"] == (
        "Machine-extracted paraphrase by Thabet al-Abbasi."
    )


def test_every_summary_an_import_writes_is_read_back_word_for_word(capsys, tmp_path: Path):
    db = tmp_path / "all.json"
    for article in sorted(FIXTURES.glob("*.ar.txt")):
        assert main(["import", "--db", str(db), "--outlet", article.stem,
                     "--published", "2025-10-01", str(article)]) == 0  # fmt: skip
    summaries = [s.summary_en for s in Workspace(db).corpus.statements.values()]
    assert len(summaries) > 40
    assert any("; cues: " in s for s in summaries) and any("; deadlines: " in s for s in summaries)
    for summary in summaries:
        parts = parse(summary)
        assert parts is not None, summary
        assert parts.text() == summary
