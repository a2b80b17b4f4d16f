"""A Markdown brief for a colleague: actors, statements, contradictions side by side, reviews."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from .model import Contradiction, Corpus, Statement
from .review import Annotation

# Logical order is kept on purpose: a Markdown viewer shapes and reorders Arabic itself.
RLM_FREE = str.maketrans({c: None for c in "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                                            "\u2066\u2067\u2068\u2069\u061c"})  # fmt: skip


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell: one line, pipes escaped, no bidi controls."""
    flat = " ".join(text.translate(RLM_FREE).split())
    return flat.replace("\\", "\\\\").replace("|", "\\|")


def _quote(text: str) -> str:
    """A Markdown block quote of `text` on one line (viewers set its direction themselves)."""
    return "> " + " ".join(text.translate(RLM_FREE).split())


def _review_line(a: Annotation | None) -> str:
    if a is None or a.is_blank:
        return "*Review:* unreviewed"
    parts = [f"*Review:* {a.status}"]
    if a.tags:
        parts.append("tags " + ", ".join(f"`{_cell(t)}`" for t in a.tags))
    parts.append(f"updated {a.updated}")
    line = " · ".join(parts)
    if a.note:
        line += "\n\n*Note:* " + " ".join(a.note.translate(RLM_FREE).split())
    return line


def markdown_brief(
    corpus: Corpus,
    statements: Sequence[Statement],
    contradictions: Sequence[Contradiction],
    annotations: Mapping[str, Annotation],
    scope: str,
    generated: str,
) -> str:
    """The brief of the given statements and contradictions, with their annotations."""
    out = [
        "# mawqif brief",
        "",
        f"*Scope:* {_cell(scope)} · {len(statements)} statement(s), "
        f"{len(contradictions)} contradiction(s) · generated {generated}",
        "",
        "Arabic is given in logical order as published; quotes are verbatim.",
        "",
        "## Actors",
        "",
        "| actor | Arabic | role | statements |",
        "| --- | --- | --- | --- |",
    ]
    counts = Counter(s.actor for s in statements)
    for actor_id, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        who = corpus.actors[actor_id]
        out.append(f"| {_cell(who.name_en)} | {_cell(who.name_ar)} | {_cell(who.role)} | {count} |")
    out += ["", "## Statements", ""]
    for s in statements:
        actor = corpus.actors[s.actor]
        article = corpus.articles[s.article]
        out += [
            f"### {s.id} · {actor.name_en} · {s.said_on or 'date unknown'}",
            "",
            _quote(s.quote_ar),
            "",
            _cell(s.summary_en),
            "",
            f"*Withdrawal:* {s.withdrawal} · *ISIS threat:* {s.threat} · *form:* "
            f"{s.form.replace('_', ' ')} · *source:* {_cell(article.outlet)}, "
            f"{article.published}, paragraph {s.paragraph + 1} · *origin:* {s.origin}",
        ]
        for d in s.deadlines:
            out.append(f"- deadline `{d.event}` due **{d.due}**: «{_cell(d.cue_ar)}» — "
                       f"{_cell(d.derivation)}")
        out += ["", _review_line(annotations.get(f"statement:{s.id}")), ""]
    out += ["## Contradictions", ""]
    if not contradictions:
        out += ["None among these statements.", ""]
    for c in contradictions:
        a, b = corpus.statements[c.a], corpus.statements[c.b]
        text = corpus.articles[a.article].text, corpus.articles[b.article].text
        out += [
            f"### {c.kind} · {c.severity} · `{c.id}`",
            "",
            _cell(c.explanation),
            "",
            f"| {_cell(corpus.actors[a.actor].name_en)} ({a.id}) | "
            f"{_cell(corpus.actors[b.actor].name_en)} ({b.id}) |",
            "| --- | --- |",
            f"| {_cell(a.quote_ar)} | {_cell(b.quote_ar)} |",
            f"| **{_cell(text[0][c.span_a[0]:c.span_a[1]])}** | "
            f"**{_cell(text[1][c.span_b[0]:c.span_b[1]])}** |",
            f"| {_cell(a.summary_en)} | {_cell(b.summary_en)} |",
            "",
        ]
        if c.rationale:
            out += [f"*Rationale:* {_cell(c.rationale)}", ""]
        out += [_review_line(annotations.get(f"contradiction:{c.id}")), ""]
    return "\n".join(out).rstrip() + "\n"
