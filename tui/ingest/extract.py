"""Article text to a Corpus: the import pipeline, stage by stage.

1. segment: paragraphs (tui/data/paragraphs), then sentences, tokens and quotation marks
   (tui/ingest/quotes), a dateline set aside;
2. attribute: each statement's cue, source and content, references resolved
   (tui/ingest/rules, tui/ingest/attribution);
3. date: when each was said (tui/ingest/dating);
4. read: deadlines (tui/ingest/deadlines) and stance and threat labels (tui/ingest/stance);
5. resolve actors: known ones by name, else new ones with English names (tui/ingest/actors);
6. assemble the article and its statements, every one marked machine-extracted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from ..data.model import Article, Corpus, Deadline, Statement
from ..data.paragraphs import paragraph_of, split_paragraphs
from ..data.summaries import MachineSummary, deadline_parts
from . import lexicon as lx
from .actors import Actors
from .attribution import UNRESOLVED, Quotation, attribute
from .dating import date_quotations
from .deadlines import find_deadlines
from .outlets import outlet_name
from .stance import suggest
from .text import OUTLET_WORDS

__all__ = ["UNRESOLVED", "Extraction", "Meta", "article_id", "deadlines_of", "extract", "slug",
           "text_hash"]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Meta:
    """What the analyst tells mawqif about an article: outlet, date, title and address."""

    outlet: str
    published: dt.date
    title: str = ""
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """The new values an import adds, and what the analyst should know about them."""

    corpus: Corpus
    article: Article
    new_actors: int
    known_actors: int
    paragraphs_without_statements: int
    warnings: tuple[str, ...] = ()


def text_hash(text: str) -> str:
    """The SHA-256 of the text with its whitespace normalised: the same article, the same hash."""
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def slug(value: str) -> str:
    """A lowercase ASCII slug of an outlet ("Shafaq News", "شفق نيوز" → "shafaq-news")."""
    latin = outlet_name(value) if re.search(r"[\u0600-\u06ff]", value) else value
    ascii_only = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_only.lower()).strip("-")[:40] or "article"


def article_id(outlet: str, published: dt.date, digest: str) -> str:
    """An article id from the outlet, the publication date and the text's hash."""
    return f"{slug(outlet)}-{published.isoformat()}-{digest[:8]}"


def deadlines_of(text: str, start: int, end: int, cue: str, said: tuple[str | None, str],
                 published: dt.date) -> tuple[Deadline, ...]:  # fmt: skip
    """The deadlines of the words text[start:end], introduced by `cue` and said on `said`
    (a date and its precision), in an article published on `published`: durations count
    from the day or month said when it is known, else from the publication date."""
    said_on, precision = said
    reference = published
    if said_on and precision in ("day", "month"):
        reference = dt.date.fromisoformat(said_on if precision == "day" else said_on + "-01")
    folded = lx.f(cue)
    denied = folded in lx.DENIALS or (folded[:1] in "وف" and folded[1:] in lx.DENIALS)
    # What a denial reports is the claim denied; its dates are someone else's deadline.
    return () if denied else find_deadlines(text, start, end, reference, published)


def _statement(
    text: str,
    art_id: str,
    number: int,
    q: Quotation,
    actor_id: str,
    who: str,
    published: dt.date,
    paragraph: int,
) -> Statement:
    """One statement from a dated quotation: its deadlines and labels read from the content."""
    said_on, precision, basis = q.said
    deadlines = deadlines_of(text, q.start, q.end, q.cue, (said_on, precision), published)
    labels = suggest(text[q.start : q.end], q.cue)
    # One format, written here and read back when the analyst corrects the record.
    summary = MachineSummary(q.form, who, labels.glosses, deadline_parts(deadlines)).text()
    statement_id = f"{art_id}:s{number:02d}"
    return Statement(
        id=statement_id, article=art_id, actor=actor_id, start=q.start, end=q.end,
        quote_ar=text[q.start : q.end], paragraph=paragraph, form=q.form,
        verb_ar=q.cue, said_on=said_on, said_precision=precision, said_basis=basis,
        summary_en=summary, withdrawal=labels.withdrawal, threat=labels.threat,
        deadlines=deadlines, origin="extracted",
    )  # fmt: skip


def extract(text: str, meta: Meta, existing: Corpus) -> Extraction:
    """The article, actors and statements an import of `text` adds to `existing`."""
    paragraphs = split_paragraphs(text)
    published = meta.published
    art_id = article_id(meta.outlet, published, text_hash(text))
    found = attribute(text, paragraphs)
    date_quotations(text, found.quotations, published)
    actors = Actors(existing, art_id)
    statements: dict[str, Statement] = {}
    for number, quotation in enumerate(found.quotations, 1):
        actor_id = actors.actor_for(quotation.source)
        actor = actors.new.get(actor_id) or existing.actors[actor_id]
        # The article's own paragraph (attribution may read a wrapped page's lines as one).
        paragraph = paragraph_of(paragraphs, quotation.start, quotation.end)
        if paragraph is None:
            paragraph = next((i for i, (a, b) in enumerate(paragraphs) if a <= quotation.start < b),
                             quotation.sentence.paragraph)  # fmt: skip
        statement = _statement(text, art_id, number, quotation, actor_id,
                               actor.name_en or actor.name_ar, published, paragraph)  # fmt: skip
        statements[statement.id] = statement
    title = meta.title or _headline(text, paragraphs)
    article = Article(
        id=art_id, outlet=meta.outlet, title=title, published=published.isoformat(),
        language="ar", text=text, paragraphs=paragraphs, url=meta.url, origin="extracted",
    )  # fmt: skip
    corpus = Corpus(
        articles={art_id: article},
        actors={**actors.named_anew, **actors.new},
        statements=statements,
    )
    return Extraction(corpus, article, len(actors.new), len(actors.known),
                      found.paragraphs_without_statements, found.warnings)  # fmt: skip


def _headline(text: str, paragraphs: tuple[tuple[int, int], ...]) -> str:
    """The first paragraph when it reads as a headline: short, one line, no full stop."""
    if not paragraphs:
        return ""
    start, end = paragraphs[0]
    first = text[start:end]
    if "\n" in first or len(first.split()) > 20 or first.rstrip().endswith((".", ":")):
        return ""
    if len(first.split()) <= 6 and OUTLET_WORDS.search(first):
        return ""  # a dateline ("أربيل – شبكة نينوى الإخبارية"), not a headline
    return first.strip()
