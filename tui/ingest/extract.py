"""Article text to a Corpus: the article, its speakers as actors, and their statements."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..arabic.dates import find_dates
from ..arabic.normalise import fold
from ..data.model import Actor, Article, Corpus, Statement
from ..data.paragraphs import split_paragraphs
from . import lexicon as lx
from .cues import Found
from .deadlines import find_deadlines
from .names import english_name
from .quotes import Sentence, dateline_end, split_sentences
from .rules import find_statements
from .speakers import Entity, Mention, Registry, adverbial_at, bare
from .stance import suggest
from .text import OUTLET_WORDS
from .translit import transliterate

UNRESOLVED = "متحدث غير محدد"  # the speaker of "وأضاف أن ..." when no one has spoken yet
_FORM_WORDS = {
    "direct_quote": "direct quote",
    "paraphrase": "paraphrase",
    "reported_by_outlet": "position reported by the outlet",
}
_COUNTRIES = (
    ("Iraq", "عراق العراقي العراقية بغداد كوردستان كردستان الكردستاني الكوردستاني الأنبار أربيل "
     "البيشمركة الحشد النيابية النواب"),
    ("United States", "أمريكي أميركي الأمريكي الأميركي الأمريكية الأميركية واشنطن البنتاغون"),
    ("United Kingdom", "بريطانيا البريطاني البريطانية لندن"),
    ("Iran", "إيران الإيراني الإيرانية طهران"),
    ("Syria", "سوريا السوري السورية دمشق"),
    ("Turkey", "تركيا التركي التركية أنقرة"),
    ("France", "فرنسا الفرنسي الفرنسية باريس"),
)
COUNTRY_WORDS = tuple((country, lx.words(listing)) for country, listing in _COUNTRIES)


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


@dataclass
class _Raw:
    start: int
    end: int
    form: str
    verb: str
    entity: Entity
    sentence: Sentence
    at: int
    said: tuple[str | None, str, str] = (None, "unknown", "")
    notes: list[str] = field(default_factory=list)


def text_hash(text: str) -> str:
    """The SHA-256 of the text with its whitespace normalised: the same article, the same hash."""
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def slug(value: str) -> str:
    """A lowercase ASCII slug ("Shafaq News" → "shafaq-news"); Arabic is transliterated."""
    latin = transliterate(value) if re.search(r"[\u0600-\u06ff]", value) else value
    ascii_only = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_only.lower()).strip("-")[:40] or "article"


def article_id(outlet: str, published: dt.date, digest: str) -> str:
    """An article id from the outlet, the publication date and the text's hash."""
    return f"{slug(outlet)}-{published.isoformat()}-{digest[:8]}"


def _joint(text: str, sentence: Sentence) -> Mention | None:
    """The joint statement a sentence names ("في بيان مشترك مع العراق"), if any."""
    toks = sentence.tokens
    for k in range(len(toks) - 1):
        if bare(toks[k].f) == "بيان" and bare(toks[k + 1].f) == "مشترك":
            if sentence.inside_quote(toks[k].start):
                continue
            end = next((m for m in range(k, len(toks))
                        if not toks[m].is_word or (m > k + 1 and adverbial_at(toks, m))),
                       len(toks))  # fmt: skip
            name = text[toks[k].start : toks[end - 1].end]
            return Mention("statement", name, surface=name, head="بيان", joint=True)
    return None


def _said(
    text: str, raw: _Raw, region: tuple[int, int], published: dt.date
) -> tuple[str | None, str, str] | None:
    """When a statement was made, from the dates its part of the sentence gives."""
    s = raw.sentence
    best: tuple[int, str, str, str] | None = None
    for mention in find_dates(text[s.start : s.end], published):
        a, b = s.start + mention.start, s.start + mention.end
        if not region[0] <= a < region[1] or s.inside_quote(a):
            continue  # another statement's date, or a date inside the words said
        if raw.form != "reported_by_outlet" and raw.start <= a < raw.end:
            continue  # a date inside a paraphrase is what it is about, not when
        if mention.value > published.isoformat()[: len(mention.value)]:
            continue
        distance = abs(a - raw.at)
        if best is None or distance < best[0]:
            basis = text[a:b]
            if mention.relative:
                basis += f" — relative to publication on {published.isoformat()}"
            best = (distance, mention.value, mention.precision, basis)
    return (best[1], best[2], best[3]) if best else None


def _actor_kind(entity: Entity) -> str:
    if entity.joint:
        return "joint_statement"
    if entity.kind in ("organisation", "statement"):
        return "organisation"
    if entity.kind == "unnamed":
        return "unnamed_source"
    words = lx.f(entity.title).split()
    return "expert" if any(w in lx.EXPERT_TITLES for w in words) else "official"


def _country(entity: Entity) -> str:
    words = set(lx.f(" ".join([entity.name, entity.title, *entity.surfaces])).split())
    found = [country for country, names in COUNTRY_WORDS if words & names]
    return "; ".join(found[:2])


def _parties(names: Iterable[str]) -> list[str]:
    """Who a joint statement is by: its names that are not "بيان …" themselves."""
    return [n for n in names if "بيان" not in n]


def _titled(name: str) -> bool:
    """Whether a name is an office ("وزير الخارجية"): offices change hands, so they never
    join actors of two articles."""
    first = lx.f(name).split()[:1]
    return bool(first) and (first[0] in lx.TITLES or bare(first[0]) in lx.TITLES)


def _keys(names: list[str], single: bool) -> set[str]:
    return {fold(n).text for n in names if n and (single or len(n.split()) > 1)}


class _Actors:
    """Actors for an article's speakers: existing ones matched by name, else new ones."""

    def __init__(self, existing: Corpus, article: str) -> None:
        self.existing = existing
        self.article = article
        self.new: dict[str, Actor] = {}
        self.known: set[str] = set()
        self.by_entity: dict[int, str] = {}

    def _match(self, entity: Entity, kind: str) -> str | None:
        if kind == "unnamed_source":
            return None  # "a security source" in two articles is two people
        everyone = [*self.existing.actors.values(), *self.new.values()]
        if kind == "joint_statement":
            # "بيان مشترك" names no one: two joint statements are one when their parties are
            mine = _keys(_parties(entity.surfaces), True)
            for actor in everyone:
                if actor.kind == kind and mine & _keys(_parties(actor.aliases), True):
                    return actor.id
            return None
        person = entity.kind == "person"
        names = [n for n in entity.surfaces if not _titled(n)] if person else []
        mine = _keys([entity.name], True) | _keys(names, False)
        for actor in everyone:
            if actor.kind == "joint_statement":
                continue
            aliases = [a for a in actor.aliases if not _titled(a)]
            theirs = _keys([actor.name_ar], True) | _keys(aliases, person)
            if mine & theirs:
                return actor.id
        return None

    def actor_for(self, entity: Entity) -> str:
        if entity.key in self.by_entity:
            return self.by_entity[entity.key]
        kind = _actor_kind(entity)
        found = self._match(entity, kind)
        if found is not None:
            if found not in self.new:
                self.known.add(found)
            self.by_entity[entity.key] = found
            return found
        basis = entity.name if kind != "unnamed_source" else f"{self.article}/{entity.name}"
        digest = hashlib.sha256(fold(basis).text.encode("utf-8")).hexdigest()
        actor_id = f"actor-{digest[:10]}"
        while actor_id in self.existing.actors or actor_id in self.new:
            digest = hashlib.sha256(digest.encode()).hexdigest()
            actor_id = f"actor-{digest[:10]}"
        aliases = [s for s in entity.surfaces if s != entity.name]
        if entity.title and entity.title != entity.name:
            aliases.append(entity.title)
        self.new[actor_id] = Actor(
            id=actor_id, name_ar=entity.name, name_en=_english(entity),
            role=entity.title, affiliation="", country=_country(entity), kind=kind,
            aliases=tuple(dict.fromkeys(aliases)),
        )  # fmt: skip
        self.by_entity[entity.key] = actor_id
        return actor_id


def _english(entity: Entity) -> str:
    """The English name of a new actor; a joint statement says whose it is."""
    name = english_name(entity.name, entity.kind)
    parties = [p for p in entity.surfaces if p != entity.name and "بيان" not in p]
    if entity.joint and parties:
        name += f" ({english_name(parties[0], 'organisation')})"
    return name


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans are mostly the same words (a nested quote is not: it is smaller)."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= 0.5 * (max(a[1], b[1]) - min(a[0], b[0]))


def _standalone_quote(text: str, sentences: list[Sentence]) -> tuple[int, int] | None:
    """A paragraph that is one quotation (a quote that goes on from the paragraph before)."""
    if not sentences or not sentences[0].quotes:
        return None
    quote = sentences[0].quotes[0]
    para_start, para_end = sentences[0].start, sentences[-1].end
    if quote.open != para_start or quote.words < 5:
        return None
    if (quote.end - quote.start) < 0.8 * (para_end - para_start):
        return None
    return quote.start, quote.end


class _Reader:
    """Reads an article sentence by sentence, resolving each statement's speaker."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.registry = Registry()
        self.raws: list[_Raw] = []
        self.warnings: list[str] = []
        self._unresolved: Entity | None = None
        self.last_paragraph = -1

    def _nobody(self) -> Entity:
        if self._unresolved is None:
            self._unresolved = self.registry.resolve(Mention("unnamed", UNRESOLVED))
        return self._unresolved

    def take(self, found: Found, sentence: Sentence, joint: Mention | None) -> None:
        if found.form == "introduce":
            if found.speaker is not None:
                self.registry.last = self.registry.resolve(found.speaker)
            self.last_paragraph = sentence.paragraph
            return
        span = (found.start, found.end)
        if found.inner == "report":
            # The quotation only reports someone else: the report is the statement.
            self.raws = [r for r in self.raws if not (
                r.form == "direct_quote" and r.start <= found.start and found.end <= r.end
            )]  # fmt: skip
        previous = self.raws[-1] if self.raws else None
        if any(_overlaps(span, (r.start, r.end)) for r in self.raws[-6:]):
            return  # two cues for one clause ("... ، وفقاً للبيان" after a reported verb)
        mention = found.speaker
        if mention is None:
            entity = self.registry.last or self._nobody()
            if entity is self._unresolved:
                where = self.text[found.start : found.start + 40]
                self.warnings.append(f"no speaker named before «{where}…»")
            if (
                previous is not None
                and previous.sentence is sentence
                and previous.entity is entity
                and previous.form == found.form == "reported_by_outlet"
            ):
                previous.end = max(previous.end, found.end)  # "..., كما أشادت بـ..."
                return
        else:
            parties = ""
            if joint is not None and mention.kind in ("organisation", "person", "office"):
                parties = mention.name  # "أعلن التحالف ... في بيان مشترك مع العراق"
                mention = joint
            entity = self.registry.resolve(mention)
            if parties and parties not in entity.surfaces:
                entity.surfaces.append(parties)
        self.raws.append(_Raw(found.start, found.end, found.form, found.verb, entity,
                              sentence, found.at))  # fmt: skip
        if not found.inner:  # after a quote that reports someone, its speaker goes on
            self.registry.last = entity
        self.last_paragraph = sentence.paragraph

    def paragraph(self, index: int, start: int, end: int) -> int:
        """Read one paragraph; the number of statements found in it."""
        start = dateline_end(self.text, start, end, lx.PLACES, OUTLET_WORDS)
        sentences = split_sentences(self.text, index, start, end)
        before = len(self.raws)
        for sentence in sentences:
            joint = _joint(self.text, sentence)
            for found in find_statements(self.text, sentence):
                self.take(found, sentence, joint)
        if len(self.raws) == before and self.last_paragraph == index - 1 and self.raws:
            span = _standalone_quote(self.text, sentences)
            if span is not None:
                last = self.raws[-1]
                self.raws.append(_Raw(span[0], span[1], "direct_quote", last.verb, last.entity,
                                      sentences[0], span[0]))  # fmt: skip
                self.last_paragraph = index
        return len(self.raws) - before


def extract(text: str, meta: Meta, existing: Corpus) -> Extraction:
    """The article, actors and statements an import of `text` adds to `existing`."""
    paragraphs = split_paragraphs(text)
    published = meta.published
    art_id = article_id(meta.outlet, published, text_hash(text))
    reader = _Reader(text)
    empty = sum(reader.paragraph(i, s, e) == 0 for i, (s, e) in enumerate(paragraphs))
    held = reader.registry.offices_held()
    for raw in reader.raws:
        raw.entity = held.get(raw.entity.key, raw.entity)
    actors = _Actors(existing, art_id)
    statements: dict[str, Statement] = {}
    previous: dict[int, _Raw] = {}
    raws = sorted(reader.raws, key=lambda r: (r.start, -r.end))
    ordered = sorted(reader.raws, key=lambda r: r.at)
    for k, raw in enumerate(ordered):
        # A statement's dates lie between the statement before it and the next one's cue.
        before_end = max((r.end for r in ordered[:k] if r.sentence is raw.sentence), default=0)
        later = [r.at for r in ordered[k + 1 :] if r.sentence is raw.sentence]
        region = (max(raw.sentence.start, before_end), min(later, default=raw.sentence.end))
        said = _said(text, raw, region, published)
        before = previous.get(raw.entity.key)
        near = before is not None and raw.sentence.paragraph - before.sentence.paragraph <= 1
        if said is None and before is not None and near and before.said[0]:
            said = before.said  # "وتابع:" goes on at the occasion dated before
        raw.said = said or (None, "unknown", "")
        previous[raw.entity.key] = raw
    for number, raw in enumerate(raws, 1):
        said_on, precision, basis = raw.said
        reference = published
        if said_on and precision in ("day", "month"):
            reference = dt.date.fromisoformat(said_on if precision == "day" else said_on + "-01")
        deadlines = find_deadlines(text, raw.start, raw.end, reference, published)
        labels = suggest(text[raw.start : raw.end])
        actor_id = actors.actor_for(raw.entity)
        actor = actors.new.get(actor_id) or existing.actors[actor_id]
        who = actor.name_en or actor.name_ar
        summary = f"Machine-extracted {_FORM_WORDS[raw.form]} by {who} (unreviewed)"
        if labels.glosses:
            summary += "; cues: " + "; ".join(labels.glosses)
        if deadlines:
            summary += "; deadlines: " + ", ".join(f"{d.event} {d.due}" for d in deadlines)
        statement_id = f"{art_id}:s{number:02d}"
        statements[statement_id] = Statement(
            id=statement_id, article=art_id, actor=actor_id, start=raw.start, end=raw.end,
            quote_ar=text[raw.start : raw.end], paragraph=raw.sentence.paragraph, form=raw.form,
            verb_ar=raw.verb, said_on=said_on, said_precision=precision, said_basis=basis,
            summary_en=summary + ".", withdrawal=labels.withdrawal, threat=labels.threat,
            deadlines=deadlines, origin="extracted",
        )  # fmt: skip
    title = meta.title or _headline(text, paragraphs)
    article = Article(
        id=art_id, outlet=meta.outlet, title=title, published=published.isoformat(),
        language="ar", text=text, paragraphs=paragraphs, url=meta.url, origin="extracted",
    )  # fmt: skip
    corpus = Corpus(articles={art_id: article}, actors=actors.new, statements=statements)
    return Extraction(corpus, article, len(actors.new), len(actors.known), empty,
                      tuple(dict.fromkeys(reader.warnings)))  # fmt: skip


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
