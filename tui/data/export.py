"""Exports of a workspace as JSON or CSV, in the stable format the README documents."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import orjson

from .model import Actor, Article, Contradiction, Corpus, Statement
from .review import Annotation
from .textsafe import csv_cell, json_escaped


def review_object(annotation: Annotation | None) -> dict[str, Any]:
    """The exported form of an annotation (unreviewed when there is none)."""
    if annotation is None:
        return {"status": "unreviewed", "note": "", "tags": [], "updated": None}
    return {
        "status": annotation.status,
        "note": annotation.note,
        "tags": list(annotation.tags),
        "updated": annotation.updated or None,
    }


def statement_object(s: Statement, corpus: Corpus) -> dict[str, Any]:
    """The exported form of a statement."""
    actor = corpus.actors[s.actor]
    return {
        "id": s.id,
        "article": s.article,
        "actor": {"id": actor.id, "name_ar": actor.name_ar, "name_en": actor.name_en},
        "quote_ar": s.quote_ar,
        "start": s.start,
        "end": s.end,
        "paragraph": s.paragraph,
        "form": s.form,
        "verb_ar": s.verb_ar,
        "said_on": s.said_on,
        "said_precision": s.said_precision,
        "summary_en": s.summary_en,
        "withdrawal": s.withdrawal,
        "threat": s.threat,
        "deadlines": [
            {
                "event": d.event,
                "due": d.due,
                "cue_ar": d.cue_ar,
                "cue_start": d.cue_start,
                "cue_end": d.cue_end,
                "derivation": d.derivation,
            }
            for d in s.deadlines
        ],
        "origin": s.origin,
    }


def actor_object(a: Actor, count: int) -> dict[str, Any]:
    """The exported form of an actor with its number of statements."""
    return {
        "id": a.id,
        "name_ar": a.name_ar,
        "name_en": a.name_en,
        "role": a.role,
        "affiliation": a.affiliation,
        "country": a.country,
        "kind": a.kind,
        "aliases": list(a.aliases),
        "statements": count,
    }


def article_object(a: Article, count: int) -> dict[str, Any]:
    """The exported form of an article with its number of statements."""
    return {
        "id": a.id,
        "outlet": a.outlet,
        "title": a.title,
        "published": a.published,
        "language": a.language,
        "url": a.url,
        "paragraphs": len(a.paragraphs),
        "statements": count,
        "text": a.text,
    }


def contradiction_object(c: Contradiction) -> dict[str, Any]:
    """The exported form of a contradiction."""
    return {
        "id": c.id,
        "kind": c.kind,
        "a": c.a,
        "b": c.b,
        "span_a": list(c.span_a),
        "span_b": list(c.span_b),
        "explanation": c.explanation,
        "severity": c.severity,
        "origin": c.origin,
        "rationale": c.rationale,
    }


def export_objects(
    what: str,
    corpus: Corpus,
    statements: Sequence[Statement],
    contradictions: Sequence[Contradiction],
    filtered: bool,
    annotations: Mapping[str, Annotation] | None = None,
) -> list[dict[str, Any]]:
    """The objects to export for `what`, given the statements that passed the filters."""
    notes = annotations or {}
    if what == "statements":
        return [
            {**statement_object(s, corpus), "review": review_object(notes.get(f"statement:{s.id}"))}
            for s in statements
        ]
    if what == "contradictions":
        return [
            {**contradiction_object(c), "review": review_object(notes.get(f"contradiction:{c.id}"))}
            for c in related_contradictions(statements, contradictions, filtered)
        ]
    if what == "actors":
        counts = Counter(s.actor for s in statements)
        return [
            actor_object(a, counts[a.id])
            for a in corpus.actors.values()
            if not filtered or counts[a.id]
        ]
    counts = Counter(s.article for s in statements)
    return [
        article_object(a, counts[a.id])
        for a in corpus.articles.values()
        if not filtered or counts[a.id]
    ]


def related_contradictions(
    statements: Sequence[Statement], contradictions: Sequence[Contradiction], filtered: bool
) -> list[Contradiction]:
    """The contradictions that involve one of `statements` (all of them when unfiltered)."""
    if not filtered:
        return list(contradictions)
    kept = {s.id for s in statements}
    return [c for c in contradictions if c.a in kept or c.b in kept]


def _flat(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        if "status" in value:  # a review: its status, tags and note in one cell each way
            return str(value["status"])
        return str(value.get("id", ""))
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return "; ".join(f"{d['event']}={d['due']}" for d in value)
        return "; ".join(str(v) for v in value)
    return str(value)


def render(objects: list[dict[str, Any]], fmt: str) -> str:
    """The objects as a JSON document or as CSV with one header row; text from articles is
    made harmless (see textsafe): escaped in JSON, visible and never a formula in CSV."""
    if fmt == "json":
        # orjson: UTF-8 and indented like json.dumps(indent=2), several times faster.
        document = orjson.dumps(objects, option=orjson.OPT_INDENT_2).decode("utf-8")
        return json_escaped(document) + "\n"
    out = io.StringIO()
    if not objects:
        return ""
    header = list(objects[0])
    if "actor" in header:
        # The nested actor object becomes three flat columns.
        i = header.index("actor")
        header[i : i + 1] = ["actor", "actor_name_ar", "actor_name_en"]
    if "review" in header:
        i = header.index("review")
        header[i : i + 1] = ["review", "review_note", "review_tags", "review_updated"]
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    for obj in objects:
        row = {k: _flat(v) for k, v in obj.items()}
        if isinstance(obj.get("actor"), dict):
            row["actor_name_ar"] = obj["actor"]["name_ar"]
            row["actor_name_en"] = obj["actor"]["name_en"]
        if isinstance(obj.get("review"), dict):
            review = obj["review"]
            row["review_note"] = review["note"]
            row["review_tags"] = "; ".join(review["tags"])
            row["review_updated"] = review["updated"] or ""
        writer.writerow({k: csv_cell(v) for k, v in row.items()})
    return out.getvalue()
