"""Exports of a workspace as JSON or CSV, in the stable format the README documents."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any, Final

import orjson

from .contradictions import deadline_in
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
        "paragraph": s.paragraph + 1,  # counted from 1, as the app and the briefs count
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


def side_object(
    corpus: Corpus, side: str, statement_id: str, span: tuple[int, int]
) -> dict[str, Any]:
    """One side of a contradiction as flat fields prefixed `side` ("a" or "b"): who said
    it, in which outlet, when, the clashing words and, for a deadline, the date in conflict."""
    s = corpus.statements.get(statement_id)
    if s is None:  # a statement rejected since: its id is all that is left to say
        return {side: statement_id}
    actor = corpus.actors[s.actor]
    article = corpus.articles.get(s.article)
    deadline = deadline_in(s, span)
    return {
        side: s.id,
        f"{side}_actor": actor.id,
        f"{side}_actor_name_en": actor.name_en,
        f"{side}_actor_name_ar": actor.name_ar,
        f"{side}_outlet": article.outlet if article else None,
        f"{side}_said_on": s.said_on,
        f"{side}_words": s.quote_ar[span[0] - s.start : span[1] - s.start],
        f"{side}_due": deadline.due if deadline else None,
        f"{side}_event": deadline.event if deadline else None,
    }


def _dates_in_conflict(c: Contradiction, sides: dict[str, Any]) -> bool:
    """Whether a contradiction is one of dates: a deadline clash, or one actor's two dates
    for one event."""
    if c.kind == "deadline":
        return True
    return (
        c.kind == "self"
        and sides.get("a_event") is not None
        and (
            sides.get("a_event") == sides.get("b_event")
            and sides.get("a_due") != sides.get("b_due")
        )
    )


def contradiction_object(c: Contradiction, corpus: Corpus | None = None) -> dict[str, Any]:
    """The exported form of a contradiction; with `corpus`, both sides in full (actor,
    outlet, date said, clashing words, the dates in conflict) beside their ids."""
    sides: dict[str, Any] = {"a": c.a, "b": c.b}
    if corpus is not None:
        sides = {**side_object(corpus, "a", c.a, c.span_a),
                 **side_object(corpus, "b", c.b, c.span_b)}  # fmt: skip
        if not _dates_in_conflict(c, sides):
            # A stance clash may mark the words of a deadline; its dates are not what clash.
            sides |= {f"{side}_{key}": None for side in "ab" for key in ("due", "event")}
    return {
        "id": c.id,
        "kind": c.kind,
        "severity": c.severity,
        **sides,
        "span_a": list(c.span_a),
        "span_b": list(c.span_b),
        "explanation": c.explanation,
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
            {
                **contradiction_object(c, corpus),
                "review": review_object(notes.get(f"contradiction:{c.id}")),
            }  # fmt: skip
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


REVIEW_COLUMNS: Final = ("review", "review_note", "review_tags", "review_updated")
SIDE_COLUMNS: Final = ("actor", "actor_name_en", "actor_name_ar", "outlet", "said_on", "words",
                       "due", "event")  # fmt: skip
# The CSV columns of each export, in order: the header row is written even when no row
# follows, so a filter that matches nothing still gives a file a spreadsheet can read.
CSV_COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    "statements": ("id", "article", "actor", "actor_name_ar", "actor_name_en", "quote_ar",
                   "start", "end", "paragraph", "form", "verb_ar", "said_on", "said_precision",
                   "summary_en", "withdrawal", "threat", "deadlines", "origin", *REVIEW_COLUMNS),
    "actors": ("id", "name_ar", "name_en", "role", "affiliation", "country", "kind", "aliases",
               "statements"),
    "articles": ("id", "outlet", "title", "published", "language", "url", "paragraphs",
                 "statements", "text"),
    "contradictions": ("id", "kind", "severity",
                       "a", *(f"a_{c}" for c in SIDE_COLUMNS),
                       "b", *(f"b_{c}" for c in SIDE_COLUMNS),
                       "span_a", "span_b", "explanation", "origin", "rationale",
                       *REVIEW_COLUMNS),
}  # fmt: skip
# Excel opens a CSV without a byte order mark in the system's code page, which turns the
# Arabic into mojibake; with it, Excel and LibreOffice both read UTF-8.
BOM: Final = "\ufeff"


def render(objects: list[dict[str, Any]], fmt: str, what: str | None = None) -> str:
    """The objects as a JSON document, or as CSV (a byte order mark, the header row of
    `what`'s columns, or of the first object's fields if None, then one row per object)."""
    # Text from articles is made harmless (see textsafe): escaped in JSON, visible and
    # never a formula in CSV.
    if fmt == "json":
        # orjson: UTF-8 and indented like json.dumps(indent=2), several times faster.
        document = orjson.dumps(objects, option=orjson.OPT_INDENT_2).decode("utf-8")
        return json_escaped(document) + "\n"
    if what in CSV_COLUMNS:
        header = list(CSV_COLUMNS[what])
    else:
        header = _columns(objects[0]) if objects else []
    out = io.StringIO()
    out.write(BOM)
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n", extrasaction="ignore")
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


def _columns(obj: dict[str, Any]) -> list[str]:
    """The CSV columns of an object: its fields, the nested actor and review flattened."""
    header = list(obj)
    if "actor" in header and isinstance(obj["actor"], dict):
        i = header.index("actor")
        header[i : i + 1] = ["actor", "actor_name_ar", "actor_name_en"]
    if "review" in header:
        i = header.index("review")
        header[i : i + 1] = list(REVIEW_COLUMNS)
    return header
