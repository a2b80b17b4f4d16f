"""Conversion between stored records (plain JSON objects) and the model's frozen values."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from .model import Actor, Article, Contradiction, Corpus, Deadline, Statement

T = TypeVar("T")
_MISSING = object()
_intern = sys.intern


class RecordError(ValueError):
    """A stored record whose shape is wrong (a missing field, a field of the wrong type)."""


def _field(record: Mapping[str, Any], name: str, kind: type | tuple[type, ...], where: str) -> Any:
    if name not in record:
        raise RecordError(f"{where}: missing field {name!r}")
    value = record[name]
    # bool is an int in Python; an offset of `true` is still a damaged record.
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise RecordError(f"{where}: field {name!r} has the wrong type")
    return value


def _opt(record: Mapping[str, Any], name: str, where: str) -> str | None:
    value = record.get(name)
    if value is not None and not isinstance(value, str):
        raise RecordError(f"{where}: field {name!r} has the wrong type")
    return value


# One int object per offset value: offsets past 256 are a new object per record as parsed
# (28 bytes each), and the starts and ends of statements, paragraphs and deadline cues take
# a few thousand values, bounded by the length of an article (70 MB at 1,000,000 statements).
_offsets: dict[int, int] = {}
_offset = _offsets.setdefault


def _span(value: Any, where: str) -> tuple[int, int]:
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        raise RecordError(f"{where}: a span must be [start, end]")
    return (_offset(value[0], value[0]), _offset(value[1], value[1]))


def article_from(record: Mapping[str, Any], where: str) -> Article:
    """An Article from its record."""
    paragraphs = _field(record, "paragraphs", list, where)
    return Article(
        id=_field(record, "id", str, where),
        # Outlets, dates, languages and origins repeat across articles: shared strings.
        outlet=_intern(_field(record, "outlet", str, where)),
        title=_field(record, "title", str, where),
        published=_intern(_field(record, "published", str, where)),
        language=_intern(_field(record, "language", str, where)),
        text=_field(record, "text", str, where),
        paragraphs=tuple(_span(p, where) for p in paragraphs),
        url=_opt(record, "url", where),
        origin=_intern(str(record.get("origin", "curated"))),
    )


def actor_from(record: Mapping[str, Any], where: str) -> Actor:
    """An Actor from its record."""
    aliases = _field(record, "aliases", list, where)
    if not all(isinstance(a, str) for a in aliases):
        raise RecordError(f"{where}: aliases must be strings")
    return Actor(
        id=_field(record, "id", str, where),
        name_ar=_field(record, "name_ar", str, where),
        name_en=_field(record, "name_en", str, where),
        role=_field(record, "role", str, where),
        affiliation=_field(record, "affiliation", str, where),
        country=_field(record, "country", str, where),
        kind=_field(record, "kind", str, where),
        aliases=tuple(aliases),
    )


def deadline_from(record: Any, where: str) -> Deadline:
    """A Deadline from its record."""
    if not isinstance(record, dict):
        raise RecordError(f"{where}: a deadline must be an object")
    # Events, dates, cues and derivations repeat across statements: shared (see below).
    return Deadline(
        event=sys.intern(_field(record, "event", str, where)),
        due=sys.intern(_field(record, "due", str, where)),
        cue_start=_offset(start := _field(record, "cue_start", int, where), start),
        cue_end=_offset(end := _field(record, "cue_end", int, where), end),
        cue_ar=sys.intern(_field(record, "cue_ar", str, where)),
        derivation=sys.intern(_field(record, "derivation", str, where)),
    )


_STATEMENT_FIELDS: tuple[tuple[str, type | tuple[type, ...]], ...] = (
    ("id", str), ("article", str), ("actor", str), ("start", int), ("end", int),
    ("quote_ar", str), ("paragraph", int), ("form", str), ("verb_ar", str),
    ("said_on", (str, type(None))), ("said_precision", str), ("summary_en", str),
    ("withdrawal", str), ("threat", str), ("deadlines", list),
)  # fmt: skip


def statement_from(record: Mapping[str, Any], where: str) -> Statement:
    """A Statement from its record."""
    # The hot path of opening a large workspace: one pass of checks, no helper per field.
    for name, kind in _STATEMENT_FIELDS:
        value = record.get(name, _MISSING)
        if value is _MISSING:
            raise RecordError(f"{where}: missing field {name!r}")
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise RecordError(f"{where}: field {name!r} has the wrong type")
    r = record
    # Labels, ids, speech verbs, dates, the words that date a statement and the English
    # summaries (one per actor and stance, as import writes them) repeat across records: one
    # shared string each saves memory at scale (31 MB at 100,000 statements).
    said_on = r["said_on"]
    return Statement(
        r["id"], _intern(r["article"]), _intern(r["actor"]), _offset(r["start"], r["start"]),
        _offset(r["end"], r["end"]), r["quote_ar"],
        r["paragraph"], _intern(r["form"]), _intern(r["verb_ar"]),
        None if said_on is None else _intern(said_on), _intern(r["said_precision"]),
        _intern(str(r.get("said_basis", ""))), _intern(r["summary_en"]),
        _intern(r["withdrawal"]), _intern(r["threat"]),
        tuple(deadline_from(d, where) for d in r["deadlines"]) if r["deadlines"] else (),
        _intern(str(r.get("origin", "curated"))),
    )  # fmt: skip


def contradiction_from(record: Mapping[str, Any], where: str) -> Contradiction:
    """A Contradiction from its record."""
    return Contradiction(
        id=_field(record, "id", str, where),
        kind=_field(record, "kind", str, where),
        a=_field(record, "a", str, where),
        b=_field(record, "b", str, where),
        span_a=_span(record.get("span_a"), where),
        span_b=_span(record.get("span_b"), where),
        explanation=_field(record, "explanation", str, where),
        severity=_field(record, "severity", str, where),
        origin=str(record.get("origin", "curated")),
        rationale=str(record.get("rationale", "")),
    )


Items = Iterable[tuple[str, Any]]  # (doc id, record) pairs of one table


def _table(name: str, items: Items, build: Callable[[Mapping[str, Any], str], T]) -> dict[str, T]:
    out: dict[str, T] = {}
    for doc_id, record in items:
        where = f"{name} record {doc_id}"
        if not isinstance(record, dict):
            raise RecordError(f"{where}: is not an object")
        _field(record, "id", str, where)
        value = build(record, where)
        # A duplicate id keeps its first record; `check` reports the duplicate.
        out.setdefault(getattr(value, "id"), value)  # noqa: B009 - every model value has an id
    return out


def corpus_from_items(tables: Mapping[str, Items]) -> Corpus:
    """The Corpus held by a workspace, table by table as (doc id, record) pairs."""
    return Corpus(
        articles=_table("articles", tables.get("articles", ()), article_from),
        actors=_table("actors", tables.get("actors", ()), actor_from),
        statements=_table("statements", tables.get("statements", ()), statement_from),
        contradictions=_table(
            "contradictions", tables.get("contradictions", ()), contradiction_from
        ),
    )


def corpus_from_tables(tables: Mapping[str, Any]) -> Corpus:
    """The Corpus held by a workspace's tables."""
    return corpus_from_items({name: table.items() for name, table in tables.items()})


def article_record(a: Article) -> dict[str, Any]:
    """The stored form of an Article."""
    return {
        "id": a.id, "outlet": a.outlet, "title": a.title, "published": a.published,
        "language": a.language, "url": a.url, "text": a.text,
        "paragraphs": [list(p) for p in a.paragraphs], "origin": a.origin,
    }  # fmt: skip


def actor_record(a: Actor) -> dict[str, Any]:
    """The stored form of an Actor."""
    return {
        "id": a.id, "name_ar": a.name_ar, "name_en": a.name_en, "role": a.role,
        "affiliation": a.affiliation, "country": a.country, "kind": a.kind,
        "aliases": list(a.aliases),
    }  # fmt: skip


def statement_record(s: Statement) -> dict[str, Any]:
    """The stored form of a Statement."""
    return {
        "id": s.id, "article": s.article, "actor": s.actor, "start": s.start, "end": s.end,
        "quote_ar": s.quote_ar, "paragraph": s.paragraph, "form": s.form, "verb_ar": s.verb_ar,
        "said_on": s.said_on, "said_precision": s.said_precision, "said_basis": s.said_basis,
        "summary_en": s.summary_en, "withdrawal": s.withdrawal, "threat": s.threat,
        "deadlines": [
            {"event": d.event, "due": d.due, "cue_start": d.cue_start, "cue_end": d.cue_end,
             "cue_ar": d.cue_ar, "derivation": d.derivation}
            for d in s.deadlines
        ],
        "origin": s.origin,
    }  # fmt: skip


def contradiction_record(c: Contradiction) -> dict[str, Any]:
    """The stored form of a Contradiction."""
    return {
        "id": c.id, "kind": c.kind, "a": c.a, "b": c.b, "span_a": list(c.span_a),
        "span_b": list(c.span_b), "explanation": c.explanation, "severity": c.severity,
        "origin": c.origin, "rationale": c.rationale,
    }  # fmt: skip


def tables_from_corpus(corpus: Corpus) -> dict[str, list[dict[str, Any]]]:
    """The stored records of every value in `corpus`, table by table."""
    return {
        "articles": [article_record(a) for a in corpus.articles.values()],
        "actors": [actor_record(a) for a in corpus.actors.values()],
        "statements": [statement_record(s) for s in corpus.statements.values()],
        "contradictions": [contradiction_record(c) for c in corpus.contradictions.values()],
    }


def merge_records(
    tables: Mapping[str, Mapping[str, Any]], new: Mapping[str, list[dict[str, Any]]]
) -> dict[str, dict[str, Any]]:
    """Fresh tables: those of `tables` with the records of `new` (table by table) added under
    new doc ids after the last, save those whose id a stored record has already; of those, an
    actor only gains the new record's aliases (a later article names him in full)."""
    merged = {name: dict(table) for name, table in tables.items()}
    for name, records in new.items():
        table = merged.setdefault(name, {})
        doc_of = {r.get("id"): k for k, r in table.items() if isinstance(r, dict)}
        # A doc id edited by hand into no number is skipped, never a crash.
        next_id = max((int(k) for k in table if k.isdigit()), default=0) + 1
        for record in records:
            doc = doc_of.get(record.get("id"))
            if doc is None:
                table[str(next_id)] = record
                doc_of[record.get("id")] = str(next_id)
                next_id += 1
            elif name == "actors":
                table[doc] = _with_aliases(table[doc], record.get("aliases"))
    return merged


def _with_aliases(stored: dict[str, Any], aliases: object) -> dict[str, Any]:
    """A stored actor record with `aliases` it lacks added after its own (never removed)."""
    have = stored.get("aliases")
    if not isinstance(have, list) or not isinstance(aliases, list):
        return stored
    more = [a for a in aliases if isinstance(a, str) and a not in have
            and a != stored.get("name_ar")]  # fmt: skip
    return {**stored, "aliases": [*have, *more]} if more else stored


def analyst_actors_named(
    corpus: Corpus, tables: Mapping[str, Mapping[str, Any]], known: Corpus | None
) -> list[dict[str, Any]]:
    """Records of actors the analyst created that `corpus`'s statements name (an import may
    find a speaker the analyst added): stored with them, so the corpus never names an actor
    that lives only in the review file."""
    if known is None:
        return []
    stored_ids = {r.get("id") for r in tables.get("actors", {}).values() if isinstance(r, dict)}
    wanted = {s.actor for s in corpus.statements.values()} - stored_ids - set(corpus.actors)
    return [actor_record(known.actors[a]) for a in sorted(wanted) if a in known.actors]
