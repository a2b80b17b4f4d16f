"""A corrected publication date re-dates what the import read relative to it, twice over,
and leaves alone what the analyst corrected by hand; a date said is validated as due dates are."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tui.data.corrections import correct
from tui.data.dates import said_problem
from tui.data.fixes import FixError, clean_fix, said_fix
from tui.data.model import Corpus
from tui.data.review import Annotation, change
from tui.ingest.extract import Meta, extract
from tui.ingest.redating import Item, redate

TEXT = (Path(__file__).parent.parent / "fixtures" / "articles" / "relative-dates.ar.txt").read_text(
    encoding="utf-8"
)


def _imported(published: str) -> Corpus:
    return extract(TEXT, Meta("Unknown outlet", dt.date.fromisoformat(published)), Corpus()).corpus


def _redated(stored: Corpus, annotations: dict[str, Annotation], published: str):
    """The annotations after the article's date is corrected to `published`, as `P` does."""
    corrected = correct(stored, annotations).corpus
    (article,) = corrected.articles.values()
    items = [Item(s, corrected.statements[sid],
                  annotations.get(f"statement:{sid}", Annotation(f"statement:{sid}")).fix)
             for sid, s in sorted(stored.statements.items())]  # fmt: skip
    found = redate(article, dt.date.fromisoformat(article.published),
                   dt.date.fromisoformat(published), items)  # fmt: skip
    out = dict(annotations)
    key = f"article:{article.id}"
    out[key] = change(out.get(key, Annotation(key)), published=published)
    for sid, fields in found.fixes.items():
        key = f"statement:{sid}"
        out[key] = change(out.get(key, Annotation(key)), **fields)
    return out, correct(stored, out).corpus


def test_a_second_new_date_moves_what_the_first_one_moved_and_back_withdraws_it():
    stored = _imported("2026-11-29")
    first, second, third = sorted(stored.statements)
    once, corpus = _redated(stored, {}, "2025-03-10")
    assert corpus.statements[first].said_on == "2025-03-09"
    assert [d.due for d in corpus.statements[second].deadlines] == ["2026-03"]
    twice, corpus = _redated(stored, once, "2024-06-20")
    assert corpus.statements[first].said_on == "2024-06-19"
    assert [d.due for d in corpus.statements[first].deadlines] == ["2024-06"]
    assert [d.due for d in corpus.statements[third].deadlines] == ["2025-12"]
    # Back at the date as imported: every statement as stored, no correction left.
    back, corpus = _redated(stored, twice, "2026-11-29")
    assert all(not back[f"statement:{sid}"].fix for sid in stored.statements)
    assert corpus.statements == stored.statements


def test_a_date_said_corrected_by_hand_stays_and_the_deadlines_count_from_it():
    stored = _imported("2026-11-29")
    _, second, _ = sorted(stored.statements)
    key = f"statement:{second}"
    hand = {key: change(Annotation(key), said_on=said_fix("2025-01-15"))}
    _, corpus = _redated(stored, hand, "2025-03-10")
    assert corpus.statements[second].said_on == "2025-01-15"
    assert [d.due for d in corpus.statements[second].deadlines] == ["2026-01"]


@pytest.mark.parametrize(("typed", "problem"), [
    ("", None), ("unknown", None), ("2025", None), ("2025-03", None), ("2025-03-09", None),
    ("2025-3", "the date said '2025-3' is not YYYY, YYYY-MM, YYYY-MM-DD (or empty)"),
    ("2025-02-30", "the date said '2025-02-30' is not YYYY, YYYY-MM, YYYY-MM-DD (or empty)"),
    ("2052", "the date said '2052' is outside the years 2003–2050"),
])  # fmt: skip
def test_a_date_said_is_a_year_a_month_or_a_day(typed: str, problem: str | None):
    assert said_problem(typed) == problem


@pytest.mark.parametrize("value", [
    {"date": "2025-03", "precision": "day"},
    {"date": None, "precision": "month"},
    {"date": "2025", "precision": "unknown"},
    {"date": "2025", "precision": "year", "basis": "\x1b[31m"},
    {"date": "2025", "precision": "year", "why": "x"},
    "2025-03",
])  # fmt: skip
def test_a_corrected_date_said_must_agree_with_its_precision(value: object):
    with pytest.raises(FixError, match="corrected said_on must be"):
        clean_fix("statement:s01", {"said_on": value})


def test_a_corrected_outlet_is_what_the_clashes_name_and_an_orphan_is_said():
    from tui.data.contradictions import find_contradictions
    from tui.data.store import open_corpus
    from tui.resources import corpus_path

    stored = open_corpus(corpus_path())
    (article,) = stored.articles
    key = f"article:{article}"
    fixed = {key: change(Annotation(key), outlet="Shafaq", published="2024-12-15"),
             "article:gone": change(Annotation("article:gone"), title="x")}  # fmt: skip
    result = correct(stored, fixed)
    assert result.problems == ("correction of article gone: no such article (an orphan)",)
    explained = " ".join(c.explanation for c in find_contradictions(result.corpus))
    assert "(Shafaq, published 15 Dec 2024)" in explained
    assert "Shafaq News" not in explained
    assert stored.articles[article].outlet == "Shafaq News"  # the stored corpus as it was
