"""Gold statements for the import's quality test, and the rule that matches predictions to them.

Matching rule: a predicted statement matches a gold statement when their character spans in
the article overlap by at least half of their union (IoU >= 0.5) AND the predicted speaker
is the gold speaker: the predicted actor's Arabic name, folded, is one of the names the gold
lists for that speaker. Matching is one-to-one, best overlap first. Precision is matched
predictions over predictions, recall matched gold statements over gold statements.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from tui.arabic.normalise import fold
from tui.data.model import Corpus
from tui.data.store import open_corpus
from tui.ingest.extract import Meta, extract
from tui.ingest.text import decode_article
from tui.resources import corpus_path

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO / "tests" / "fixtures" / "articles"
IOU = 0.5


@dataclass(frozen=True)
class Item:
    """A statement reduced to what the metric compares: a span and the speaker's names."""

    start: int
    end: int
    names: frozenset[str]  # folded names; a prediction carries one, gold lists every form
    quote: str


@dataclass(frozen=True)
class Score:
    """Precision and recall of one article, with what was missed and what was extra."""

    article: str
    gold: int
    predicted: int
    matched: int
    missed: tuple[Item, ...]
    extra: tuple[Item, ...]

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0


def _names(*names: str) -> frozenset[str]:
    return frozenset(fold(n).text for n in names if n)


def predicted_items(corpus: Corpus) -> list[Item]:
    """The statements of an extraction as items: their span and their actor's Arabic name."""
    return [
        Item(s.start, s.end, _names(corpus.actors[s.actor].name_ar), s.quote_ar)
        for s in corpus.statements.values()
    ]


def score(article: str, gold: list[Item], predicted: list[Item]) -> Score:
    """Match predictions to gold one to one, best overlap first, and count."""
    pairs = []
    for g, gi in enumerate(gold):
        for p, pi in enumerate(predicted):
            inter = min(gi.end, pi.end) - max(gi.start, pi.start)
            union = max(gi.end, pi.end) - min(gi.start, pi.start)
            iou = inter / union if inter > 0 else 0.0
            if iou >= IOU and pi.names & gi.names:
                pairs.append((iou, g, p))
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, g, p in sorted(pairs, reverse=True):
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
    missed = tuple(gi for g, gi in enumerate(gold) if g not in used_g)
    extra = tuple(pi for p, pi in enumerate(predicted) if p not in used_p)
    return Score(article, len(gold), len(predicted), len(used_g), missed, extra)


def seed_score() -> Score:
    """The raw seed article, extracted into an empty workspace, against the curated corpus."""
    curated = open_corpus(corpus_path())
    article = next(iter(curated.articles.values()))
    gold = [
        Item(s.start, s.end, _names(curated.actors[s.actor].name_ar,
                                    *curated.actors[s.actor].aliases), s.quote_ar)
        for s in curated.statements.values()
    ]  # fmt: skip
    meta = Meta("Shafaq News", dt.date.fromisoformat(article.published))
    result = extract(article.text, meta, Corpus())
    assert result.article.text == article.text
    return score("seed", gold, predicted_items(result.corpus))


def fixture_score(name: str, gold_file: str) -> Score:
    """A hand-annotated test article (text or HTML) against its gold file."""
    spec = json.loads((ARTICLES / gold_file).read_text(encoding="utf-8"))
    decoded = decode_article((ARTICLES / name).read_bytes(), name)
    text = decoded.text
    meta = Meta(spec["outlet"], dt.date.fromisoformat(spec["published"]))
    result = extract(text, meta, Corpus())
    gold = []
    for g in spec["statements"]:
        assert text.count(g["quote"]) == 1, g["quote"]
        start = text.index(g["quote"])
        gold.append(Item(start, start + len(g["quote"]), _names(*spec["speakers"][g["speaker"]]),
                         g["quote"]))  # fmt: skip
    return score(name, gold, predicted_items(result.corpus))


ARTICLE_FILES: tuple[tuple[str, str], ...] = (
    ("rafidain-2025-01-ain-al-asad.ar.txt", "rafidain-2025-01-ain-al-asad.gold.json"),
    ("ninawa-2025-09-harir.ar.txt", "ninawa-2025-09-harir.gold.json"),
    ("ninawa-2025-09-harir.ar.html", "ninawa-2025-09-harir.gold.json"),
)


def report(s: Score) -> str:
    """One article's figures and its misses, for a failing assertion or the README."""
    lines = [f"{s.article}: precision {s.precision:.2f} ({s.matched}/{s.predicted}), "
             f"recall {s.recall:.2f} ({s.matched}/{s.gold})"]  # fmt: skip
    lines += [f"  missed: {sorted(i.names)[0]} «{i.quote[:60]}»" for i in s.missed]
    lines += [f"  extra:  {sorted(i.names)[0]} «{i.quote[:60]}»" for i in s.extra]
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover - a manual report
    print(report(seed_score()))
    for name, gold_file in ARTICLE_FILES:
        print(report(fixture_score(name, gold_file)))
