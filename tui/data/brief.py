"""A Markdown brief for a colleague: actors, statements, contradictions side by side, reviews."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from .model import Contradiction, Corpus, Statement
from .review import Annotation
from .textsafe import visible

# Logical order is kept on purpose: a Markdown viewer shapes and reorders Arabic itself.


def _text(text: str) -> str:
    """Data on one Markdown line: controls, escape sequences and bidi controls shown as
    their code points, and `<` escaped so that no HTML from an article is rendered."""
    return " ".join(visible(text).split()).replace("<", "&lt;")


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell: `_text` with pipes and backslashes escaped."""
    return _text(text).replace("\\", "\\\\").replace("|", "\\|")


def _quote(text: str) -> str:
    """A Markdown block quote of `text` on one line (viewers set its direction themselves)."""
    return "> " + _text(text)


def _review_line(a: Annotation | None) -> str:
    if a is None or a.is_blank:
        return "*Review:* unreviewed"
    parts = [f"*Review:* {_text(a.status)}"]
    if a.tags:
        parts.append("tags " + ", ".join(f"`{_cell(t)}`" for t in a.tags))
    parts.append(f"updated {_text(a.updated)}")
    line = " · ".join(parts)
    if a.note:
        line += "\n\n*Note:* " + _text(a.note)
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
        review = annotations.get(f"statement:{s.id}")
        said = s.said_on or "date unknown"
        if review is not None and "said_on" in review.fix:
            said += " (corrected)"  # as the app's detail says it
        out += [
            f"### {_cell(s.id)} · {_cell(actor.name_en)} · {_text(said)}",
            "",
            _quote(s.quote_ar),
            "",
            _cell(s.summary_en),
            "",
            f"*Withdrawal:* {_text(s.withdrawal)} · *ISIS threat:* {_text(s.threat)} · *form:* "
            f"{_text(s.form.replace('_', ' '))} · *source:* {_cell(article.outlet)}, "
            f"{_text(article.published)}, paragraph {s.paragraph + 1} · *origin:* "
            f"{_text(s.origin)}",
        ]
        for d in s.deadlines:
            out.append(
                f"- deadline `{_cell(d.event)}` due **{_text(d.due)}**: "
                f"«{_cell(d.cue_ar)}» — {_cell(d.derivation)}"
            )
        out += ["", _review_line(review), ""]
    out += ["## Contradictions", ""]
    if not contradictions:
        out += ["None among these statements.", ""]
    for c in contradictions:
        a, b = corpus.statements[c.a], corpus.statements[c.b]
        text = corpus.articles[a.article].text, corpus.articles[b.article].text
        out += [
            f"### {_text(c.kind)} · {_text(c.severity)} · `{_cell(c.id)}`",
            "",
            _cell(c.explanation),
            "",
            f"| {_cell(corpus.actors[a.actor].name_en)} ({_cell(a.id)}) | "
            f"{_cell(corpus.actors[b.actor].name_en)} ({_cell(b.id)}) |",
            "| --- | --- |",
            f"| {_cell(a.quote_ar)} | {_cell(b.quote_ar)} |",
            f"| **{_cell(text[0][c.span_a[0] : c.span_a[1]])}** | "
            f"**{_cell(text[1][c.span_b[0] : c.span_b[1]])}** |",
            f"| {_cell(a.summary_en)} | {_cell(b.summary_en)} |",
            "",
        ]
        if c.rationale:
            out += [f"*Rationale:* {_cell(c.rationale)}", ""]
        out += [_review_line(annotations.get(f"contradiction:{c.id}")), ""]
    return "\n".join(out).rstrip() + "\n"
