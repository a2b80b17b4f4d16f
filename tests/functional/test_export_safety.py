"""Exports of hostile articles cannot hurt: no CSV cell runs as a formula, no escape sequence,
control character or bidi override is written raw to CSV or Markdown, JSON escapes them."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from hostile import HOSTILE_QUOTE, NOTE, OUTLET, TITLE
from tui.cli import main
from tui.data.textsafe import csv_cell, json_escaped, visible

RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
FORMULA = tuple("=+-@\t\r")


def export(db: Path, capsys, what: str, fmt: str) -> str:
    assert main(["export", "--db", str(db), "--what", what, "--format", fmt]) == 0
    return capsys.readouterr().out


WHAT = ["statements", "actors", "articles", "contradictions"]


@pytest.mark.parametrize("what", WHAT)
def test_no_csv_cell_starts_a_formula_or_holds_a_control(hostile: Path, capsys, what):
    out = export(hostile, capsys, what, "csv")
    assert not RAW.search(out.replace("\r\n", "\n"))
    for row in csv.reader(io.StringIO(out)):
        for cell in row:
            assert not cell.startswith(FORMULA), cell
            assert not cell.lstrip(" \n").startswith(FORMULA), cell


def test_csv_shows_what_was_neutralised(hostile: Path, capsys):
    articles = list(csv.DictReader(io.StringIO(export(hostile, capsys, "articles", "csv"))))
    assert articles[0]["title"] == "'" + TITLE  # read as text: the apostrophe is not shown
    assert articles[0]["outlet"] == "'@SUM(1+1)⟨U+202E⟩⟨U+001B⟩[31m"
    (row,) = csv.DictReader(io.StringIO(export(hostile, capsys, "statements", "csv")))
    assert row["quote_ar"].startswith("'=1+1 الانسحاب ⟨U+001B⟩]52;c;ZWNobyBoaQ==⟨U+0007⟩")
    assert "⟨U+009B⟩31m" in row["quote_ar"] and "⟨U+0008⟩خفي" in row["quote_ar"]
    assert row["review_note"].startswith("'-2+3") and row["review_tags"] == "'+tag; tabbed"


def test_markdown_brief_shows_controls_as_code_points_and_renders_no_html(hostile, capsys):
    brief = export(hostile, capsys, "statements", "md")
    assert not RAW.search(brief)
    assert "⟨U+001B⟩]52;c;ZWNobyBoaQ==⟨U+0007⟩" in brief and "⟨U+202E⟩" in brief
    assert "<script>" not in brief and "&lt;script>alert(1)&lt;/script>" in brief


@pytest.mark.parametrize("what", WHAT)
def test_json_escapes_controls_and_gives_the_text_back_exactly(hostile: Path, capsys, what):
    out = export(hostile, capsys, what, "json")
    assert not RAW.search(out)
    json.loads(out)  # still JSON
    if what == "articles":
        (article,) = json.loads(out)
        assert article["title"] == TITLE and article["outlet"] == OUTLET
        assert HOSTILE_QUOTE in article["text"]
        assert "\\u202e" in out and "\\u009b" in out and "\\u001b" in out
    if what == "statements":
        (statement,) = json.loads(out)
        assert statement["quote_ar"] == HOSTILE_QUOTE and statement["review"]["note"] == NOTE


def test_the_rules_one_by_one():
    assert csv_cell("=1+1") == "'=1+1" and csv_cell("  @SUM(A1)") == "'  @SUM(A1)"
    # A carriage return is shown as its code point, so it starts nothing.
    assert csv_cell("\tx") == "'\tx" and csv_cell("\rx") == "⟨U+000D⟩x"
    assert csv_cell("＝1+1") == "'＝1+1"  # full-width equals
    assert csv_cell("قال =1") == "قال =1" and csv_cell("2025-09") == "2025-09"
    assert visible("a\r\nb\u2066c\u2069\u200f") == "a\nb⟨U+2066⟩c⟨U+2069⟩⟨U+200F⟩"
    assert json.loads(json_escaped(json.dumps("x\u202ey\x9b", ensure_ascii=False))) == (
        "x\u202ey\x9b"
    )
