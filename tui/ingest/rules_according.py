"""The "according to" rule: "بحسب بيان للمرصد" after a clause, or "ووفق بيان الوزارة، نفذ …"
before one — the source named after بحسب/وفق, and where its content lies."""

from __future__ import annotations

from typing import Final

from ..arabic.dates import NUMBER_WORDS
from . import lexicon as lx
from .cues import SentenceCues
from .names import known_word
from .quotes import QUOTE_CHARS, tokenize
from .saying import said_within
from .speakers import Mention, adverbial_at, bare, definite, parse_np, segments


def _source(c: SentenceCues, p: int, q: int) -> Mention | None:
    """The source named after "بحسب" / "وفق", with a "لـ" before it undone ("للبيان")."""
    quote = c.quote_at(p)
    if quote is not None and quote.close is not None and 0 < quote.words <= 4:
        name = c.text[quote.start : quote.end].strip()  # 'وبحسب "فوربس"': a quoted name
        return Mention("organisation", name, surface=name, head=bare(lx.f(name.split()[0])))
    first = c.toks[p]
    head = first.f
    text = c.text
    if head.startswith("لل"):
        head = "ال" + head[2:]
        text = text[: first.start] + "ال" + text[first.start + 2 :]
    elif head.startswith("ل") and head[1:] in lx.SOURCE_HEADS | lx.ORGANISATIONS | lx.UNNAMED:
        head = head[1:]
        text = text[: first.start] + " " + text[first.start + 1 :]
    named = known_word(first.text)  # "وفق النعمان": a person cited by name
    # "بحسب النائب فلان", "وفقاً للجنرال فلان", or "بحسب الوزير" named before
    titled = head in lx.TITLES or head in lx.HONORIFICS
    counted = head in NUMBER_WORDS or head.isdigit()  # "وبحسب اثنين من المسؤولين"
    if bare(head) not in _HEADS and not (named or titled or counted):
        return None
    tokens = tokenize(text[first.start : c.toks[q - 1].end], first.start)
    who = parse_np(text, segments(tokens))
    return None if counted and (who is None or who.kind != "unnamed") else who


# What can be a source after "بحسب": a statement, a report, a body, a place, unnamed people
# ("وبحسب التقارير", "وفق المصدر ذاته", "ووفقاً للصحفيين"), with or without its article.
_HEADS: Final = frozenset(
    bare(w) for w in lx.SOURCE_HEADS | lx.ORGANISATIONS | lx.PLACES | lx.UNNAMED
)
_FA_INNA = frozenset({"فان", "فانه", "فانها"})  # "بحسب المصادر فإن …": the content follows
_AGREED = frozenset({"اتفق"})  # "واتفق البلدان على …، وفقاً لرويترز": what the wire reports
_PRONOUNS = frozenset({"له", "لها", "لهم", "لهما"})


def _source_end(c: SentenceCues, p: int) -> int:
    """The token after the source named from token p on: at punctuation or "فإن", past a
    short quoted name ('لصحيفة "وول ستريت جورنال"')."""
    q = p
    while q < min(c.n, p + 12):
        if c.f(q) in _FA_INNA:
            break
        if q > p and (c.f(q) in lx.KANA or c.verb_at(q) is not None):
            break  # "وبحسب الحكومة العراقية كان الإرهابي …": the content's verb, no comma
        if not c.toks[q].is_word:
            quote = c.quote_at(q)
            if quote is None or quote.close is None or quote.words > 4:
                break
            named_body = q > p and bare(c.f(q - 1)) in _HEADS
            q = c.index_at(quote.close + 1)
            # 'وحسب وكالة "رويترز" سيبدأ …': a body's quoted name ends the source, but for
            # the adjectives that say whose it is ('"وول ستريت جورنال" الأمريكية')
            while named_body and q < c.n and definite(c.f(q)) and c.f(q).endswith(("ي", "يه")):
                q += 1
            if named_body and q < c.n and c.toks[q].is_word:
                return q
            continue
        q += 1
    return min(q, c.n)


def _his(who: Mention) -> bool:
    """Whether a source is "his office", "her account": one word with a pronoun suffix."""
    word = lx.f(who.name)
    return (
        " " not in word
        and not definite(word)
        and word.endswith(("ه", "ها", "هم"))
        and (bare(word.removesuffix("ها").removesuffix("هم").removesuffix("ه")) in _OWN)
    )


_OWN = frozenset(lx.f(w) for w in ("مكتب", "حساب", "صفحة", "صفحت", "منصة", "منصت", "موقع"))


def according(c: SentenceCues, i: int) -> None:
    """ "بحسب بيان للمرصد" after a clause, or "ووفق بيان الوزارة، نفذ ..." before one."""
    if c.f(i) not in lx.ACCORDING or c.quoted(i):
        return
    p = i + 1
    if c.f(p) in ("ل", "عن"):
        p += 1
    if c.f(p) in ("لما", "ما") and p + 2 < c.n:
        p += 2  # "وفقاً لما كشفته وكالة رويترز": the verb, then the source
    who: Mention | None = None
    if c.f(p) in _PRONOUNS:
        q = p + 1  # "ووفقاً له، …": the speaker the article last named
    else:
        q = _source_end(c, p)
        if q <= p or (c.toks[q - 1].is_word is False and c.toks[q - 1].text not in QUOTE_CHARS):
            return
        who = _source(c, p, q)
        if who is None:
            return
        if _his(who):
            who = None  # "بحسب بيان صادر عن مكتبه": his office speaks for the last speaker
    word, at = c.toks[i].text, c.toks[i].start
    opens = q < c.n and (
        c.toks[q].is_comma
        or c.f(q) in _FA_INNA
        or (c.toks[q].is_word and c.toks[q - 1].text in QUOTE_CHARS)  # after a quoted name
        or c.f(q) in lx.KANA  # "وبحسب الحكومة كان الإرهابي …": the content, no comma
    )
    if (i == 0 or c.f(i) in lx.ACCORDING_BEFORE) and opens:
        r = q + 1 if c.toks[q].is_comma else q
        said = c.verb_at(r) if r < c.n else None
        if said is not None and said.form != "participle":
            return  # "وفقاً لتقرير …، دعا قائد القوات … إلى": the verb names who spoke
        if who is not None and (c.f(r) in lx.TITLES or bare(c.f(r)) in lx.TITLES):
            # "وفقاً للجنرال فلان، قائد القيادة المركزية، فإن …": who he is, then the words
            comma = next((m for m in range(r, min(c.n, r + 10)) if c.toks[m].is_comma), None)
            if comma is not None and c.f(comma + 1) in _FA_INNA:
                r = comma + 1
        form = "reported_by_outlet"
        if c.f(r) in _FA_INNA:
            r, form = r + 1, "paraphrase"
        if r < c.n:
            span: tuple[int, int, str] | None = (c.toks[r].start, c.clause_end(r), form)
            inner = said_within(c, span) if who is None or who.kind != "person" else None
            if inner is not None and inner[0].kind != "organisation":
                who, span = inner  # "ووفق الصحيفة، فإن السوداني أكد أن …": his words
            c.emit(span, word, who, at)
        return
    if i < 2 or not c.toks[i - 1].is_comma:
        return
    before = [t for t in c.toks[:i] if t.is_word]
    if len(before) <= 3 and q < c.n and c.toks[q].is_comma and q + 1 < c.n:
        # "وجاء القرار، وفق النعمان، على خلفية …": a source set in the middle of its words
        c.emit((c.toks[q + 1].start, c.clause_end(q + 1), "reported_by_outlet"), word, who, at)
        return
    start = 0
    if (c.f(0), c.f(1)) in lx.SUBJECT_OPENER_PAIRS:
        start = 2 + (1 if c.f(2) in lx.THAT else 0)
    while start < i and adverbial_at(c.toks, start):
        start = next((k + 1 for k in range(start, i) if c.toks[k].is_comma), i)
    said = c.verb_at(start)
    if (
        said is not None
        and said.lemma not in _AGREED
        or any(
            c.toks[start].start <= f.start and f.end <= c.toks[i].start
            for f in c.found
            if f.end > f.start
        )
    ):  # "قال الوزير إن …، وفقاً للوكالة", "وذكر بيان …، وفقاً للوكالة، أن": the wire
        return
    if start < i - 1:
        c.emit((c.toks[start].start, c.toks[i - 2].end, "reported_by_outlet"), word, who, at)
