"""Exports an analyst sends a colleague: CSV a spreadsheet opens with the Arabic intact,
paragraphs counted as the app counts them, and contradictions that say who clashed how."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from helpers import statement_id
from tui.cli import main
from tui.data.export import CSV_COLUMNS

# The statements these tests name, by their stable keys in data/statements.toml.
EXIT_2026 = statement_id("observers-exit-2026")

PAIR = "c-curated-final-exit-2026-vs-mission-end-2025"


def export_bytes(tmp_path: Path, db: Path, *args: str) -> bytes:
    """What `mawqif export ARGS -o FILE` writes, as bytes on disk."""
    out = tmp_path / "export.out"
    assert main(["export", "--db", str(db), *args, "-o", str(out)]) == 0
    return out.read_bytes()


def rows(data: bytes) -> list[dict[str, str]]:
    """The CSV's rows, read as a spreadsheet that honours the byte order mark would."""
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_csv_is_utf8_with_a_byte_order_mark_and_keeps_the_arabic(tmp_path, workspace_file):
    data = export_bytes(tmp_path, workspace_file, "--format", "csv")
    assert data.startswith(b"\xef\xbb\xbfid,article,actor,")  # UTF-8 BOM, then the header
    table = rows(data)
    assert len(table) == 65
    exit_2026 = next(r for r in table if r["id"] == EXIT_2026)
    assert "سبتمبر/أيلول 2026" in exit_2026["quote_ar"] and exit_2026["actor_name_ar"] == "مراقبين"


def test_a_filter_that_matches_nothing_still_writes_the_header(tmp_path, workspace_file):
    for what in CSV_COLUMNS:
        data = export_bytes(tmp_path, workspace_file, "--what", what, "--format", "csv",
                            "--search", "no such words anywhere")  # fmt: skip
        text = data.decode("utf-8-sig")
        assert text.splitlines() == [",".join(CSV_COLUMNS[what])], what
        assert rows(data) == []
    # The fast path that reads labels straight from the index writes one too.
    data = export_bytes(tmp_path, workspace_file, "--format", "csv",
                        "--actor", "reber_ahmed", "--withdrawal", "supports")  # fmt: skip
    assert data.decode("utf-8-sig").splitlines() == [",".join(CSV_COLUMNS["statements"])]


def test_paragraphs_are_counted_from_1_as_in_the_app_and_the_brief(tmp_path, workspace_file):
    exported = json.loads(export_bytes(tmp_path, workspace_file, "--actor", "observers"))
    exit_2026 = next(s for s in exported if s["id"] == EXIT_2026)
    brief = export_bytes(tmp_path, workspace_file, "--format", "md").decode("utf-8")
    heading = next(line for line in brief.splitlines() if line.startswith(f"### {EXIT_2026} "))
    after = brief[brief.index(heading) :]
    assert f"paragraph {exit_2026['paragraph']} " in after.split("### ", 2)[1]
    article = json.loads(export_bytes(tmp_path, workspace_file, "--what", "articles"))[0]
    start, end = exit_2026["start"], exit_2026["end"]
    paragraphs = [p for p in article["text"].split("\n") if p.strip()]
    assert exit_2026["quote_ar"] in paragraphs[exit_2026["paragraph"] - 1]
    assert article["text"][start:end] == exit_2026["quote_ar"]
    for s in rows(export_bytes(tmp_path, workspace_file, "--format", "csv")):
        assert int(s["paragraph"]) >= 1


def test_the_contradictions_csv_says_who_said_what_where_and_when_on_each_side(
    tmp_path, workspace_file
):
    table = rows(export_bytes(tmp_path, workspace_file, "--what", "contradictions",
                              "--format", "csv"))  # fmt: skip
    assert list(table[0]) == list(CSV_COLUMNS["contradictions"])
    pair = next(r for r in table if r["id"] == PAIR)
    assert (pair["kind"], pair["severity"], pair["review"]) == ("deadline", "medium", "unreviewed")
    assert pair["a_actor_name_en"] == "Observers (unnamed)" and pair["a_outlet"] == "Shafaq News"
    assert pair["b_actor_name_en"].startswith("US–Iraq joint statement")
    assert pair["b_actor_name_ar"] == "بيان عن حكومتي الولايات المتحدة والعراق"
    assert (pair["a_said_on"], pair["b_said_on"]) == ("", "2024-09-27")
    assert (pair["a_words"], pair["b_words"]) == (
        "سبتمبر/أيلول 2026",
        "في موعد أقصاه نهاية سبتمبر 2025",
    )
    assert (pair["a_due"], pair["b_due"]) == ("2026-09", "2025-09")  # the dates in conflict
    assert pair["a_event"] == "coalition.iraq.full_withdrawal"
    threat = next(r for r in table if r["kind"] == "threat")
    assert threat["a_due"] == threat["b_due"] == "" and threat["a_words"]
    # A stance clash whose words are a deadline's (the date is where the stance shows) is no
    # clash of dates: its due and event stay empty.
    for stance in (r for r in table if r["kind"] in ("withdrawal", "threat")):
        assert stance["a_due"] == stance["b_due"] == stance["a_event"] == stance["b_event"] == ""
