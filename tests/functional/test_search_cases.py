"""Search finds what a reader sees: words with a soft hyphen or a ZWNJ in them, Persian and
Kurdish letters typed as Arabic ones and the other way round, and the analyst's own notes and
tags; hits are marked on the characters as written."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from tui.app import MawqifApp
from tui.cli import main
from tui.data.store import Workspace
from tui.screens.main import DETAIL_WHILE_TYPING
from tui.screens.review import LineScreen, NoteScreen
from tui.widgets.arabic import ArabicText
from tui.widgets.statement_list import StatementList

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "cases"
# Each case, a search a reader would type, and the words as the article writes them.
SEARCHES = [
    ("c-softhyphen.ar.txt", "الانسحاب", "الانس\u00adحاب"),
    ("j-zwnj.ar.txt", "میشود", "می\u200cشود"),
    ("j-zwnj.ar.txt", "نيروهاي", "نیروهای"),  # Arabic ي for Persian ی
    ("d-sorani.ar.txt", "هيزەكاني", "هێزەکانی"),  # Arabic ي and ك for ێ, ی and ک
    ("d-sorani.ar.txt", "كوتايي ساڵی", "کۆتایی ساڵی"),
    ("j-zwnj.ar.txt", "ناصر کنعانی", "ناصر كنعاني"),  # Persian letters for Arabic ones
]


@pytest.fixture
def cases(tmp_path: Path, capsys) -> Path:
    """A workspace holding the three cases, imported from the command line."""
    db = tmp_path / "cases.json"
    for name in ("c-softhyphen.ar.txt", "d-sorani.ar.txt", "j-zwnj.ar.txt"):
        assert main(["import", "--db", str(db), "--published", "2026-03-02",
                     str(CASES / name)]) == 0  # fmt: skip
    capsys.readouterr()
    return db


def quoted(case: str) -> str:
    """The words inside «» of a case's text."""
    text = (CASES / case).read_text(encoding="utf-8")
    return text[text.index("«") + 1 : text.index("»")]


@pytest.mark.parametrize(("case", "query", "written"), SEARCHES)
def test_export_search_finds_the_one_statement(cases: Path, capsys, case, query, written):
    assert main(["export", "--db", str(cases), "--search", query]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [s["quote_ar"] for s in found] == [quoted(case)]
    assert written in found[0]["quote_ar"] or written in found[0]["actor"]["name_ar"]


def marked(widget: ArabicText) -> str:
    """The glyphs a quote draws as search hits, folded to letters, in reading order."""
    hit = widget.get_component_rich_style("ArabicText--hit")
    glyphs = "".join(segment.text for y in range(widget.size.height)
                     for segment in widget.render_line(y)
                     if segment.style and segment.style.color == hit.color
                     and segment.style.reverse)  # fmt: skip
    # Right to left on screen: each glyph folded to its letters (a lam-alef to two), read
    # from the right.
    return "".join(unicodedata.normalize("NFKC", glyph) for glyph in reversed(glyphs))


@pytest.mark.parametrize(("case", "query", "written"), SEARCHES[:4])
async def test_slash_finds_the_statement_and_marks_the_word_as_written(
    cases: Path, case, query, written
):
    app = MawqifApp(Workspace(cases), "visual")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *query, "enter")
        await pilot.pause(DETAIL_WHILE_TYPING * 1.5)
        listed = [item.statement for item in app.screen.query_one(StatementList).items]
        assert [s.quote_ar for s in listed] == [quoted(case)]
        # The mark covers the word as the article writes it, soft hyphen and all, and
        # falls on the cells that draw it.
        quote = app.screen.query_one("#detail-quote", ArabicText)
        spans = [listed[0].quote_ar[a:b] for a, b, tag in quote.highlights if tag == "hit"]
        assert spans == [written]
        assert marked(quote) == "".join(c for c in written if c not in "\u00ad\u200c")


async def test_slash_searches_the_analysts_notes_and_tags(cases: Path):
    app = MawqifApp(Workspace(cases), "visual")
    async with app.run_test(size=(120, 40)) as pilot:
        statements = app.screen.query_one(StatementList)
        noted = statements.items[0].statement
        await pilot.press("n")
        assert isinstance(app.screen, NoteScreen)
        app.screen.query_one("TextArea").insert("تحقق من تاريخ المؤتمر")
        await pilot.press("ctrl+s", "g")
        assert isinstance(app.screen, LineScreen)
        app.screen.query_one("Input").value = "كردستان, follow-up"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        for query in ("المؤتمر", "تأريخ", "کردستان", "FOLLOW"):  # Persian ک, hamza, case
            await pilot.press("slash", "ctrl+u", *query, "enter")
            await pilot.pause(0.1)
            found = [item.statement.id for item in statements.items]
            assert found == [noted.id], query
        await pilot.press("slash", "ctrl+u", *"zzqx", "enter")
        await pilot.pause(0.1)
        assert len(statements.items) == 0
