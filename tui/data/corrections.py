"""The analyst's corrections applied over the corpus as stored: the record as corrected.

The stored corpus (articles, actors, statements as curated or imported) is never rewritten.
Every correction lives in an annotation of the review file (see fixes.py for its fields), and
`correct` works out, from the two, the corpus that every list, count, contradiction, brief and
export uses. It is a pure function: the same stored corpus and annotations give the same
corrected corpus, and corrections that cannot apply are left out and said why.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, Final

from . import summaries
from .fixes import Fix
from .model import EVENTS, Actor, Article, Corpus, Deadline, Statement
from .paragraphs import paragraph_of
from .review import UNREVIEWED, Annotation

ANALYST_PREFIX: Final = "analyst-"


@dataclass(frozen=True, slots=True)
class Corrected:
    """The corpus as the analyst corrected it, and the corrections that could not apply."""

    corpus: Corpus
    problems: tuple[str, ...] = ()


def new_statement_id(article_id: str) -> str:
    """A fresh id for a statement the analyst adds to `article_id`.

    Imported statements are `ARTICLE:sNN` and curated ones `sNN`, so `ARTICLE:analyst-HEX`
    never collides with either; the random part keeps two windows from choosing the same.
    """
    return f"{article_id}:{ANALYST_PREFIX}{uuid.uuid4().hex[:10]}"


def new_actor_id() -> str:
    """A fresh id for an actor the analyst creates (imported actors are `actor-HEX`)."""
    return f"{ANALYST_PREFIX}{uuid.uuid4().hex[:10]}"


def span_problem(article: Article, start: int, end: int) -> str | None:
    """Why `start`-`end` cannot be a quote of `article`, or None if it can."""
    if not 0 <= start < end <= len(article.text):
        return f"span {start}-{end} lies outside article {article.id}"
    if paragraph_of(article.paragraphs, start, end) is None:
        return f"span {start}-{end} does not begin and end inside paragraphs of {article.id}"
    if not article.text[start:end].strip():
        return f"span {start}-{end} holds no words"
    return None


def correct(stored: Corpus, annotations: Mapping[str, Annotation]) -> Corrected:
    """The corpus with every correction in `annotations` applied (fresh dicts; the stored
    corpus is left as it is), and a line for each correction that could not apply."""
    problems: list[str] = []
    statement_fixes: dict[str, Fix] = {}
    actor_fixes: dict[str, Fix] = {}
    article_fixes: dict[str, Fix] = {}
    looked_at: set[str] = set()  # statements whose status no longer reads "unreviewed"
    for key, a in annotations.items():
        kind, _, item = key.partition(":")
        if kind == "statement":
            if a.fix:
                statement_fixes[item] = a.fix
            if a.status != UNREVIEWED:
                looked_at.add(item)
        elif kind == "actor" and a.fix:
            actor_fixes[item] = a.fix
        elif kind == "article" and a.fix:
            article_fixes[item] = a.fix
    articles = _edit_articles(stored.articles, article_fixes, problems)
    actors = dict(stored.actors)
    _edit_actors(actors, actor_fixes, problems)
    moved = _merge_actors(actors, actor_fixes, problems)
    statements = dict(stored.statements)
    rejected: dict[str, Statement] = {}
    for sid in sorted(statement_fixes):
        fix = statement_fixes[sid]
        where = f"correction of statement {sid}"
        statement = _base(stored, sid, fix, where, problems)
        if statement is None:
            continue
        statement = _edit_statement(stored, actors, moved, statement, fix, where, problems)
        if statement is None:
            continue
        if fix.get("rejected"):
            statements.pop(sid, None)
            rejected[sid] = statement
        else:
            statements[sid] = statement
    renamed = {aid for aid, a in actors.items()
               if aid in stored.actors and a.name_en != stored.actors[aid].name_en}  # fmt: skip
    # Merged and renamed actors reach statements nobody corrected one by one.
    touched = set(statement_fixes) | looked_at
    if moved or renamed:
        touched |= {sid for sid, s in statements.items() if s.actor in moved or s.actor in renamed}
    for pool in (statements, rejected):
        for sid in touched & pool.keys():
            pool[sid] = _settle(stored, actors, moved, pool[sid], sid in looked_at,
                                "summary_en" in statement_fixes.get(sid, {}))  # fmt: skip
    contradictions = {cid: c for cid, c in stored.contradictions.items()
                      if c.a in statements and c.b in statements}  # fmt: skip
    corpus = Corpus(articles, actors, statements, contradictions, rejected)
    return Corrected(corpus, tuple(problems))


def _edit_articles(
    articles: dict[str, Article], fixes: Mapping[str, Fix], problems: list[str]
) -> dict[str, Article]:
    """The articles with their outlet, publication date and title as corrected; the stored
    dict itself when none is (so that a corpus whose articles did not change says so by
    identity)."""
    if not fixes:
        return articles
    out = dict(articles)
    for aid in sorted(fixes):
        if aid in out:
            fix = fixes[aid]
            a = out[aid]
            out[aid] = replace(a, outlet=str(fix.get("outlet", a.outlet)),
                               published=str(fix.get("published", a.published)),
                               title=str(fix.get("title", a.title)))  # fmt: skip
        else:
            problems.append(f"correction of article {aid}: no such article (an orphan)")
    return out


def _edit_actors(actors: dict[str, Actor], fixes: Mapping[str, Fix], problems: list[str]) -> None:
    """Rename, re-role and add actors in place."""
    for aid in sorted(fixes):
        fix = fixes[aid]
        edits = {k: fix[k] for k in ("name_en", "role", "kind", "affiliation", "country")
                 if k in fix}  # fmt: skip
        if aid in actors:
            # An added actor an import has since stored with its statements: now an edit.
            actors[aid] = replace(actors[aid], **edits)
        elif "name_ar" in fix:
            name_ar = str(fix["name_ar"])
            actors[aid] = Actor(
                aid, name_ar, str(fix.get("name_en") or name_ar), str(fix.get("role", "")),
                str(fix.get("affiliation", "")), str(fix.get("country", "")),
                str(fix.get("kind", "official")),
            )  # fmt: skip
        elif "merged_into" not in fix or len(fix) > 1:
            problems.append(f"correction of actor {aid}: no such actor (an orphan)")


def _merge_actors(
    actors: dict[str, Actor], fixes: Mapping[str, Fix], problems: list[str]
) -> dict[str, str]:
    """Merge actors into the ones the analyst chose, in place; {merged id: kept id}."""
    into = {aid: str(fix["merged_into"]) for aid, fix in fixes.items() if "merged_into" in fix}
    moved: dict[str, str] = {}
    for aid in sorted(into):
        where = f"merge of actor {aid}"
        if aid not in actors:
            problems.append(f"{where}: no such actor (an orphan)")
            continue
        chain, target = [aid], into[aid]
        while target in into and target not in chain:  # A into B, B into C: A ends in C
            chain.append(target)
            target = into[target]
        if target in chain:
            problems.append(f"{where}: the merges go round in a circle ({' → '.join(chain)})")
        elif target not in actors:
            problems.append(f"{where}: actor {target!r} does not exist")
        else:
            moved[aid] = target
    for aid, target in sorted(moved.items()):
        gone, kept = actors[aid], actors[target]
        own = {kept.name_ar, kept.name_en}
        names = (*kept.aliases, gone.name_ar, gone.name_en, *gone.aliases)
        aliases = tuple(dict.fromkeys(n for n in names if n and n not in own))
        actors[target] = replace(kept, aliases=aliases)
    for aid in moved:
        del actors[aid]
    return moved


def _base(stored: Corpus, sid: str, fix: Fix, where: str, problems: list[str]) -> Statement | None:
    """The statement a fix applies to: the stored one, or the one the analyst added."""
    found = stored.statements.get(sid)
    if found is not None:
        if "article" in fix:
            problems.append(f"{where}: the id of an added statement is a stored one's; "
                            "kept as an edit")  # fmt: skip
        return found
    if "article" not in fix:
        problems.append(f"{where}: no such statement (an orphan)")
        return None
    missing = [name for name in ("actor", "span") if name not in fix]
    if missing:
        problems.append(f"{where}: an added statement needs {' and '.join(missing)}")
        return None
    article = stored.articles.get(str(fix["article"]))
    if article is None:
        problems.append(f"{where}: article {fix['article']!r} does not exist")
        return None
    start, end = fix["span"]
    wrong = span_problem(article, start, end)
    if wrong is not None:
        problems.append(f"{where}: {wrong}")
        return None
    paragraph = paragraph_of(article.paragraphs, start, end) or 0
    return Statement(
        id=sid, article=article.id, actor=str(fix["actor"]), start=start, end=end,
        quote_ar=article.text[start:end], paragraph=paragraph,
        form="direct_quote", verb_ar="", said_on=None, said_precision="unknown",
        said_basis="", summary_en="", withdrawal="unspecified", threat="unspecified",
        origin="analyst",
    )  # fmt: skip


def _edit_statement(
    stored: Corpus,
    actors: Mapping[str, Actor],
    moved: Mapping[str, str],
    statement: Statement,
    fix: Fix,
    where: str,
    problems: list[str],
) -> Statement | None:
    """`statement` with the fields of `fix`; None if it cannot stand (its actor is gone)."""
    changes: dict[str, Any] = {}
    if "actor" in fix:
        actor = moved.get(str(fix["actor"]), str(fix["actor"]))
        if actor in actors:
            changes["actor"] = actor
        else:
            problems.append(f"{where}: actor {fix['actor']!r} does not exist")
            if statement.origin == "analyst":
                return None
    article = stored.articles.get(statement.article)
    if article is None and ("span" in fix or "deadlines" in fix):
        # A broken workspace (`check` says so): nothing to measure a span or a cue against.
        problems.append(f"{where}: article {statement.article!r} does not exist; "
                        "the recorded quote and deadlines stand")  # fmt: skip
    elif "span" in fix and article is not None:
        start, end = fix["span"]
        wrong = span_problem(article, start, end)
        if wrong is None:
            changes.update(start=start, end=end, quote_ar=article.text[start:end],
                           paragraph=paragraph_of(article.paragraphs, start, end))  # fmt: skip
        else:
            problems.append(f"{where}: {wrong}")
    for name in ("form", "summary_en", "withdrawal", "threat"):
        if name in fix:
            changes[name] = fix[name]
    if "said_on" in fix:
        said = fix["said_on"]
        changes.update(said_on=said["date"], said_precision=said["precision"],
                       said_basis=said.get("basis", ""))  # fmt: skip
    start, end = changes.get("start", statement.start), changes.get("end", statement.end)
    if "deadlines" in fix and article is not None:
        unfit = [
            f"{where}: {why}; the recorded deadlines stand"
            for d in fix["deadlines"]
            for why in _deadline_problems(d, start, end)
        ]
        if unfit:
            problems.extend(unfit)
        else:
            changes["deadlines"] = tuple(
                Deadline(d["event"], d["due"], d["cue_start"], d["cue_end"],
                         article.text[d["cue_start"] : d["cue_end"]], d["derivation"])
                for d in fix["deadlines"]
            )  # fmt: skip
    elif "start" in changes and any(not start <= d.cue_start < d.cue_end <= end
                                   for d in statement.deadlines):  # fmt: skip
        # A quote moved off its own deadline's words would leave the cue outside it.
        problems.append(f"{where}: span {start}-{end} leaves out a deadline's cue; "
                        "the recorded quote stands")  # fmt: skip
        for name in ("start", "end", "quote_ar", "paragraph"):
            changes.pop(name)
    return replace(statement, **changes) if changes else statement


def _deadline_problems(deadline: Fix, start: int, end: int) -> list[str]:
    """Why a corrected deadline cannot stand in the quote at `start`-`end` (empty if it can)."""
    found = []
    if deadline["event"] not in EVENTS:
        found.append(f"deadline event {deadline['event']!r} is not in the vocabulary")
    cue_start, cue_end = deadline["cue_start"], deadline["cue_end"]
    if not start <= cue_start < cue_end <= end:
        found.append(f"deadline cue {cue_start}-{cue_end} is not inside the quote")
    return found


def _settle(
    stored: Corpus,
    actors: Mapping[str, Actor],
    moved: Mapping[str, str],
    statement: Statement,
    looked_at: bool,
    summary_fixed: bool,
) -> Statement:
    """`statement` with its actor past any merge and an import's summary brought in line."""
    actor = moved.get(statement.actor, statement.actor)
    if actor != statement.actor:
        statement = replace(statement, actor=actor)
    original = stored.statements.get(statement.id)
    parts = None if summary_fixed or original is None else summaries.parse(statement.summary_en)
    if original is None or parts is None:
        return statement  # a summary the analyst or the curation wrote stays as written
    # An import's summary names the speaker, the form and the deadlines it found, and the
    # words its labels came from (an earlier one also said "(unreviewed)"): once the analyst
    # has corrected any of them, or looked at the statement, none may stay untrue.
    speaker = actors.get(actor)
    read_as_imported = (statement.withdrawal, statement.threat, statement.start,
                        statement.end) == (original.withdrawal, original.threat, original.start,
                                           original.end)  # fmt: skip
    summary = replace(
        parts,
        form=statement.form,
        who=(speaker.name_en or speaker.name_ar) if speaker is not None else parts.who,
        cues=parts.cues if read_as_imported else (),
        deadlines=summaries.deadline_parts(statement.deadlines),
        unreviewed=parts.unreviewed and not looked_at,
    ).text()
    return replace(statement, summary_en=summary) if summary != statement.summary_en else statement
