"""Attribution over a whole article: every quotation's cue, source and content, and who the
source is once the article's references ("الوزير", "وتابع") are resolved.

The stage between segmentation (tui/ingest/quotes: paragraphs, sentences, quotation marks)
and everything that reads the content (dates, labels, deadlines). The rules that find a cue
in one sentence are in tui/ingest/rules; this module carries what they find across sentences
and paragraphs, in the terms of BBC Citron's quote model: the cue ("قال", "وأضاف", ":"), the
source (a speaker the article names, an `Entity`), the content (a span of the text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from . import lexicon as lx
from .cues import Found
from .quotes import Sentence, dateline_end, split_sentences
from .registry import Entity, Registry
from .rules import find_statements
from .speakers import Mention, adverbial_at, bare, parse_np, segments
from .text import OUTLET_WORDS
from .trailing import said_after

UNRESOLVED: Final = "متحدث غير محدد"  # the source of "وأضاف أن ..." when no one has spoken yet
# Items of a list that a quotation opened before it goes on through ("أولاً:", "2-", "•").
_LIST_ITEM = re.compile(
    r"\s*(?:(?:أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا)[ًٌ]?\s*[:：\-–]"
    r"|[0-9٠-٩]{1,2}\s*[-.)–]|[-•*–](?:\s|$))"
)


_MARKS = frozenset("-•*–")


@dataclass
class Quotation:
    """A statement found in the article: its cue, source and content (Citron's model).

    `start`/`end` are the content's offsets in the article text; `cue` the cue as written and
    `cue_at` its offset; `form` direct_quote, paraphrase or reported_by_outlet.
    """

    start: int
    end: int
    form: str
    cue: str
    source: Entity
    sentence: Sentence
    cue_at: int
    said: tuple[str | None, str, str] = (None, "unknown", "")


@dataclass(frozen=True, slots=True)
class Attribution:
    """Every quotation of an article in reading order, and what could not be resolved."""

    quotations: tuple[Quotation, ...]
    paragraphs_without_statements: int
    warnings: tuple[str, ...]


def _joint(text: str, sentence: Sentence) -> Mention | None:
    """The joint statement a sentence names ("في بيان مشترك مع العراق"), if any."""
    toks = sentence.tokens
    for k in range(len(toks) - 1):
        if bare(toks[k].f) in ("بيان", "بيانا") and bare(toks[k + 1].f) in ("مشترك", "مشتركا"):
            if sentence.inside_quote(toks[k].start):
                continue
            end = next((m for m in range(k, len(toks))
                        if not toks[m].is_word or toks[m].f in lx.THAT
                        or (m > k + 1 and adverbial_at(toks, m))
                        or (m > k + 1 and lx.lookup_verb(toks[m].f) is not None)),
                       len(toks))  # fmt: skip
            name = text[toks[k].start : toks[end - 1].end]
            return Mention("statement", name, surface=name, head="بيان", joint=True)
    return None


def _lemma(cue: str) -> str:
    """The lemma of a cue verb ("وأشادت" → أشاد), or the cue itself."""
    hit = lx.lookup_verb(lx.f(cue))
    return hit[0].lemma if hit else lx.f(cue)


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
        self.quotations: list[Quotation] = []
        self.warnings: list[str] = []
        self._unresolved: Entity | None = None
        self.last_paragraph = -1
        self.mentioned: Mention | None = None  # a titled person named where nothing was said
        self.link_next = False  # a "read also" label alone on its line: the next is a link

    def _nobody(self) -> Entity:
        if self._unresolved is None:
            self._unresolved = self.registry.resolve(Mention("unnamed", UNRESOLVED))
        return self._unresolved

    def take(self, found: Found, sentence: Sentence, joint: Mention | None) -> None:
        if found.form == "introduce":
            if found.source is not None:
                source = found.source
                if joint is not None and source.kind in ("organisation", "person", "office"):
                    source = joint  # "أصدر التحالف بياناً مشتركاً مع الحكومة، أعلن فيه"
                self.registry.last = self.registry.resolve(source)
                if found.rule == "issue":
                    self.registry.last.heads.add("بيان")  # a later "البيان" is the issuer's
                if source is joint and found.source.name not in self.registry.last.surfaces:
                    self.registry.last.surfaces.append(found.source.name)
            self.last_paragraph = sentence.paragraph
            return
        span = (found.start, found.end)
        if found.inner == "report":
            # The quotation only reports someone else: the report is the statement.
            self.quotations = [r for r in self.quotations if not (
                r.form == "direct_quote" and r.start <= found.start and found.end <= r.end
            )]  # fmt: skip
        previous = self.quotations[-1] if self.quotations else None
        if any(_overlaps(span, (r.start, r.end)) for r in self.quotations[-6:]):
            return  # two cues for one clause ("... ، وفقاً للبيان" after a reported verb)
        words = " ".join(self.text[found.start : found.end].split())
        if any(" ".join(self.text[r.start : r.end].split()) == words for r in self.quotations):
            # A page that prints its headline or lead twice: one statement, but the speaker
            # named again is the one a later "وأشار" goes on with.
            if found.source is not None and not found.inner:
                self.registry.last = self.registry.resolve(found.source)
            return
        mention = found.source
        if mention is None and self.registry.last is None and self.mentioned is not None:
            # "… التصريحات التي أدلى بها وزير الخارجية، فؤاد حسين، … وقال إن": the person the
            # article named before anyone spoke
            self.registry.last = self.registry.resolve(self.mentioned)
        if mention is None:
            entity = self.registry.last or self._nobody()
            if entity is self._unresolved:
                where = self.text[found.start : found.start + 40]
                self.warnings.append(f"no speaker named before «{where}…»")
            if (
                previous is not None
                and previous.sentence is sentence
                and previous.source is entity
                and previous.form == found.form == "reported_by_outlet"
                and _lemma(previous.cue) == _lemma(found.cue)
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
            if entity.kind == "organisation" and any(
                bare(t.f) in ("بيان", "تقرير") for t in sentence.tokens if t.start > found.at
            ):
                entity.heads.add("بيان")  # "أبرزت مجلة فوربس في تقرير لها": a later "التقرير"
        self.quotations.append(Quotation(found.start, found.end, found.form, found.cue, entity,
                                         sentence, found.at))  # fmt: skip
        if not found.inner:  # after a quote that reports someone, its speaker goes on
            self.registry.last = entity
        self.last_paragraph = sentence.paragraph

    def paragraph(self, index: int, start: int, end: int, wrapped: bool = False) -> int:
        """Read one paragraph (`wrapped`: lines of a page joined back); how many statements
        were found in it."""
        link, self.link_next = self.link_next, False
        label = _read_also(self.text, start, end)
        if link or label is not None:
            # A page's links to its other articles: their titles quote no one here.
            self.link_next = label is not None and not self.text[label:end].strip(" :.-–…\n")
            return 0
        start = dateline_end(self.text, start, end, lx.PLACES, OUTLET_WORDS)
        sentences = split_sentences(self.text, index, start, end, wrapped)
        before = len(self.quotations)
        open_quote: Quotation | None = None  # "وقال الوزير: …" with no marks, going on
        for n, sentence in enumerate(sentences):
            joint = _joint(self.text, sentence)
            after = said_after(self.text, sentence, sentences[n - 1]) if n else None
            if after is not None and all(q.sentence is not sentences[n - 1]
                                         for q in self.quotations[before:]):  # fmt: skip
                self.take(after, sentences[n - 1], None)  # "…. يقول الباحث فلان."
                continue
            found_here = find_statements(self.text, sentence)
            if open_quote is not None and not found_here and not sentence.quotes:
                # The words after an unmarked "قال فلان:" run on to the paragraph's end,
                # until someone else is cited: "… حقا. أنا سعيد لأن …" is still his.
                end = sentence.end
                while end > sentence.start and self.text[end - 1] in ".!؟?… ":
                    end -= 1
                open_quote.end = end
                continue
            open_quote = None
            for found in found_here:
                self.take(found, sentence, joint)
            if found_here and self.quotations[before:]:
                last = self.quotations[-1]
                if last.sentence is sentence and _unmarked_after_colon(self.text, last):
                    open_quote = last
            if not found_here and self.registry.last is None:
                self.mentioned = _titled_person(self.text, sentence) or self.mentioned
        if len(self.quotations) == before and self.last_paragraph == index - 1 and self.quotations:
            span = _standalone_quote(self.text, sentences)
            if span is not None:
                last = self.quotations[-1]
                self.quotations.append(
                    Quotation(
                        span[0],
                        span[1],
                        "direct_quote",
                        last.cue,
                        last.source,
                        sentences[0],
                        span[0],
                    )
                )
                self.last_paragraph = index
        return len(self.quotations) - before


def _read_also(text: str, start: int, end: int) -> int | None:
    """Where a paragraph's "read also" label ends ("اقرأ أيضاً: …", "ذات صلة"), if it opens
    with one followed by a colon, a dash or nothing; else None."""
    head = text[start : min(end, start + 40)]
    words = head.split()
    for n in range(1, min(4, len(words)) + 1):
        label = " ".join(words[:n]).rstrip(":.-–…")
        if lx.f(label) not in lx.READ_ALSO:
            continue
        at = start + head.find(words[n - 1]) + len(words[n - 1])
        rest = text[at:end].lstrip()
        if not rest or rest[0] in ":-–…" or words[n - 1][-1:] in ":-–…":
            return at
    return None


def _unmarked_after_colon(text: str, quotation: Quotation) -> bool:
    """Whether a direct quotation follows its cue's colon with no quotation marks and ends
    its sentence ("وقال الوزير: لقد جددنا المهمة …."), so the next sentences may go on."""
    before = text[: quotation.start].rstrip()
    tail = text[quotation.end : quotation.sentence.end].strip()
    return (
        quotation.form == "direct_quote"
        and before.endswith((":", "："))
        and all(ch in ".!؟?…" for ch in tail)
    )


def _titled_person(text: str, sentence: Sentence) -> Mention | None:
    """A person the sentence names with a title ("وزير الخارجية العراقي، فؤاد حسين،")."""
    toks = sentence.tokens
    for k, token in enumerate(toks):
        if token.f not in lx.TITLES or sentence.inside_quote(token.start):
            continue
        stop = [m for m in range(k, len(toks)) if toks[m].is_comma or not toks[m].is_word]
        if not stop:
            end = len(toks)
        else:  # "وزير الخارجية العراقي، فؤاد حسين،": the title and the name after its comma
            end = stop[1] if len(stop) > 1 and toks[stop[0]].is_comma else stop[0]
        who = parse_np(text, segments(toks[k:end]))
        if who is not None and who.kind == "person" and who.title:
            return who
    return None


def _continue_lists(
    text: str, paragraphs: tuple[tuple[int, int], ...], quotations: list[Quotation]
) -> set[int]:
    """Carry a quotation left open at the end of its paragraph through the list that follows
    ("… نعلن ما يلي:" then "أولاً: …", "ثانياً: …"); the paragraphs it takes in."""
    taken: set[int] = set()
    for quotation in quotations:
        index = quotation.sentence.paragraph
        end = paragraphs[index][1]
        # "… يقضي بسحب القوات على مرحلتين:" then "- الأولى …", "- الثانية …": a reported
        # clause that announces a list takes the list in, whatever its form.
        announces = text[quotation.end : end].strip() == ":"
        if not announces:
            if quotation.form != "direct_quote" or quotation.end != end:
                continue
            if not text[paragraphs[index][0] : quotation.start].rstrip().endswith(("“", "«", '"')):
                continue
            if text[quotation.end - 1 : quotation.end] in '”»"':
                continue  # the quotation closed where its paragraph ends
        k = index + 1
        while k < len(paragraphs) and _LIST_ITEM.match(text, paragraphs[k][0], paragraphs[k][1]):
            if text[paragraphs[k][0] : paragraphs[k][1]].strip() in _MARKS and (
                k + 1 < len(paragraphs)
            ):
                taken.add(k)
                k += 1  # a bullet on a line of its own: its item is the next paragraph
            quotation.end = paragraphs[k][1]
            taken.add(k)
            k += 1
        close = re.search(r"[”»\"]\s*\.?\s*$", text[paragraphs[k - 1][0] : quotation.end])
        if close is not None and k > index + 1:
            quotation.end = paragraphs[k - 1][0] + close.start()
    return taken


# Words no sentence ends with: a page whose paragraphs end with them breaks its lines inside
# sentences (a site's hard line breaks, kept as blank lines), so its breaks are not ends.
_OPEN_ENDS: Final = frozenset(
    lx.f(w)
    for w in [
        "الذي",
        "التي",
        "الذين",
        "في",
        "من",
        "إلى",
        "الى",
        "على",
        "عن",
        "أن",
        "إن",
        "بأن",
        "أو",
        "ثم",
        "مع",
        "حول",
        "بين",
        "لدى",
        "عند",
        "خلال",
        "ضد",
    ]
)
_ENDS_SENTENCE: Final = tuple('.!?؟:؛"»”)…')


def reading_paragraphs(text: str, paragraphs: tuple[tuple[int, int], ...]
                       ) -> tuple[tuple[int, int], ...]:  # fmt: skip
    """The paragraphs as a reader takes them: those of a page that wraps its sentences over
    paragraphs (two or more end in a word no sentence ends with) are joined wherever one
    ends without a full stop, the headline excepted."""
    lasts = [text[a:b].split()[-1:] for a, b in paragraphs]
    if sum(1 for last in lasts[1:-1] if last and lx.f(last[0]) in _OPEN_ENDS) < 2:
        return paragraphs
    out = [paragraphs[0]]
    for i, (a, b) in enumerate(paragraphs[1:], 1):
        before = text[out[-1][0] : out[-1][1]].rstrip()
        if i > 1 and len(before.split()) >= 3 and not before.endswith(_ENDS_SENTENCE):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return tuple(out)


def attribute(text: str, paragraphs: tuple[tuple[int, int], ...]) -> Attribution:
    """Every quotation in `text`, paragraph by paragraph, with its source resolved."""
    reader = _Reader(text)
    joined = reading_paragraphs(text, paragraphs)
    wrapped = joined != paragraphs
    paragraphs = joined
    counts = [reader.paragraph(i, s, e, wrapped) for i, (s, e) in enumerate(paragraphs)]
    held = reader.registry.offices_held()
    for quotation in reader.quotations:
        quotation.source = held.get(quotation.source.key, quotation.source)
    taken = _continue_lists(text, paragraphs, reader.quotations)
    quotations = [q for q in reader.quotations if q.sentence.paragraph not in taken]
    empty = sum(1 for i, n in enumerate(counts) if n == 0 and i not in taken)
    return Attribution(tuple(sorted(quotations, key=lambda q: (q.start, -q.end))), empty,
                       tuple(dict.fromkeys(reader.warnings)))  # fmt: skip
