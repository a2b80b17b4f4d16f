"""Precision and recall of (quote, speaker) pairs against hand-made gold (see ingest_gold)."""

from __future__ import annotations

import time

import pytest
from ingest_gold import ARTICLE_FILES, fixture_score, report, seed_score

BLIND = (
    ("dijla-2026-03-erbil.ar.txt", "dijla-2026-03-erbil.gold.json"),
    ("furat-2025-10-mission-end.ar.txt", "furat-2025-10-mission-end.gold.json"),
)


def test_seed_article_against_the_curated_corpus() -> None:
    score = seed_score()
    assert score.gold == 65
    assert score.precision >= 0.9 and score.recall >= 0.9, report(score)


@pytest.mark.parametrize(("article", "gold"), ARTICLE_FILES + BLIND)
def test_hand_annotated_articles(article: str, gold: str) -> None:
    score = fixture_score(article, gold)
    assert score.precision >= 0.8 and score.recall >= 0.8, report(score)


def test_the_metric_counts_one_match_per_gold_statement() -> None:
    from ingest_gold import Item, score

    gold = [Item(0, 10, frozenset({"a"}), ""), Item(20, 30, frozenset({"b"}), "")]
    predicted = [
        Item(0, 10, frozenset({"a"}), ""),  # exact
        Item(1, 10, frozenset({"a"}), ""),  # a duplicate of the same gold: extra
        Item(20, 24, frozenset({"b"}), ""),  # overlaps 4/10 < 0.5: no match
        Item(20, 30, frozenset({"c"}), ""),  # right words, wrong speaker: no match
    ]
    result = score("toy", gold, predicted)
    assert (result.matched, result.precision, result.recall) == (1, 0.25, 0.5)


def test_importing_the_seed_is_fast() -> None:
    started = time.perf_counter()
    seed_score()
    assert time.perf_counter() - started < 2.0
