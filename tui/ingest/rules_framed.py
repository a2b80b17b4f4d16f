"""Attribution framed other than by a speech verb after its subject: headlines, relays,
statements and documents, nested reports, announcements ("according to" is in
rules_according).
"""

from __future__ import annotations

import re
from typing import Final

from . import lexicon as lx
from .cues import MIN_QUOTE_WORDS, Found, SentenceCues
from .names import known_word
from .quotes import QUOTE_CHARS, Token
from .speakers import Mention, adverbial_at, bare, definite, parse_np, segments


def swell(c: SentenceCues, i: int) -> None:
    """ "تصاعدت التحذيرات المحلية والدولية من ...": what many voices say, reported."""
    if c.f(i) not in lx.SWELL_VERBS or c.f(i + 1) not in lx.SAYINGS or not c.initial(i):
        return
    m = i + 2
    while m < c.n and definite(c.f(m)) and not c.quoted(m):
        m += 1
    name = c.text[c.toks[i + 1].start : c.toks[m - 1].end]
    who = Mention("unnamed", name, surface=name, head=bare(c.f(i + 1)))
    end = c.clause_end(i + 1)
    c.emit(
        (c.content_start(m, end), end, "reported_by_outlet"), c.toks[i].text, who, c.toks[i].start
    )


# The nouns that report an announcement or a warning whatever follows them; the others
# ("تصريحات", "تأكيد") report words only before "أن".
_ANNOUNCING: Final = frozenset(lx.f(w) for w in ("إعلان", "تحذيرات", "تحذير"))


def announcement(c: SentenceCues, i: int) -> None:
    """ "إعلان جهاز الأمن، أمس، القضاء على ...": an announcement reported as a verbal noun."""
    before = c.toks[i - 1] if i else None
    if c.f(i) not in lx.ANNOUNCEMENT_NOUNS or c.quoted(i):
        return
    after_word = before is not None and lx.is_preposition(before.f, before.text)
    after_word = after_word and before is not None and before.f != "مع"
    if after_word and before is not None and before.f not in lx.TEMPORAL:
        return  # "علقت … على إعلان بغداد": the announcement is what another comments on
    first = c.f(i + 1)
    if first not in lx.ORGANISATIONS and first not in lx.TITLES:
        return
    comma = next((k for k in range(i + 1, min(c.n, i + 14)) if c.toks[k].is_comma), None)
    that = next((k for k in range(i + 2, min(c.n, i + 14)) if c.f(k) in lx.THAT), None)
    if that is not None and (comma is None or that < comma):
        # "مع إعلان السفارة الأمريكية في بغداد أن …", "تصريحات المتحدث … بأن …"
        if any(c.verb_at(k) for k in range(i + 1, that)):
            return  # "إعلان الوزارة التي قالت إن": the "that" is another verb's
        who = parse_np(c.text, segments(c.toks[i + 1 : that]))
        if who is not None:
            start = c.toks[i].start + (1 if c.f(i).startswith("و") else 0)
            c.emit(c.complement(that), c.toks[i].text, who, start)
        return
    if c.f(i).removeprefix("و") not in _ANNOUNCING or after_word:
        return  # "تأكيد الوزير بشأن …" is a title; "بعد إعلان المبعوث، فلان، …" his name
    # what it announced follows "عن"; what a warning is about, "بشأن" or "حول"
    about = next((k for k in range(i + 2, min(c.n, i + 12)) if c.f(k) in ("عن", "بشان", "حول")),
                 None)  # fmt: skip
    if about is not None and (comma is None or about < comma):
        # "مع إعلان وزارة الدفاع (البنتاغون) عن التزامها …": what it announced follows "عن"
        who = parse_np(c.text, segments(c.toks[i + 1 : about]))
        if who is not None:
            end = c.clause_end(about + 1)
            c.emit(
                (c.toks[about + 1].start, end, "reported_by_outlet"),
                c.toks[i].text,
                who,
                c.toks[i].start,
            )
        return
    if comma is None:
        return
    who = parse_np(c.text, segments(c.toks[i + 1 : comma]))
    p = comma + 1
    while p < c.n and adverbial_at(c.toks, p):
        p = next((k + 1 for k in range(p, c.n) if c.toks[k].is_comma), c.n)
    if who is None or p >= c.n:
        return
    start = c.toks[i].start + (1 if c.f(i).startswith("و") else 0)
    if c.f(p) in lx.THAT:
        c.emit(c.complement(p), c.toks[i].text, who, start)
    else:
        end = c.clause_end(p)
        c.emit((c.content_start(p, end), end, "reported_by_outlet"), c.toks[i].text, who, start)


def came_in(c: SentenceCues, i: int) -> None:
    """ "وفي بيان عن الحكومتين، جاء فيه: ...": the words of a document named before."""
    if c.f(i) not in lx.CAME_IN or c.quoted(i):
        return
    who: Mention | None = None
    if c.f(i + 1) in ("فيه", "فيها"):
        k = i + 2
    elif c.f(i + 1) == "في" and bare(c.f(i + 2)) in ("بيان", "نص", "رساله", "تقرير"):
        # "جاء في البيان المشترك للحكومتين أن …": the document named here says the words.
        marker = c.marker(i + 3, limit=12)
        k = i + 3 if marker is None else marker
        if k > i + 3:
            who = parse_np(c.text, segments(c.toks[i + 2 : k]))
            if who is not None and who.kind == "reference" and who.head == "بيان":
                who = None  # "جاء في البيان الختامي": the statement named before
    else:
        return
    span = c.complement(k)
    for m in range(i - 1 if who is None else -1, -1, -1):
        if bare(c.f(m)) == "بيان" or c.f(m) in ("وفي", "في") and bare(c.f(m + 1)) == "بيان":
            m = m + 1 if bare(c.f(m)) != "بيان" else m
            end = next((q for q in range(m, i) if c.toks[q].is_comma), i)
            who = parse_np(c.text, segments(c.toks[m:end]))
            break
    who = who or Mention("reference", "البيان", head="بيان")
    c.emit(span, c.toks[i].text, who, c.toks[i].start)


def relay(c: SentenceCues, i: int) -> None:
    """ "نقلت وكالة ... عن مسؤول أمريكي قوله إن ...": the words are the official's."""
    if c.f(i) not in lx.RELAY_VERBS or c.quoted(i):
        return
    if not c.initial(i) and not _outlet_first(c, i):
        return
    about = next((m for m in range(i + 1, min(c.n, i + 18)) if c.f(m) == "عن"), None)
    if about is None:
        return
    saying = next((q for q in range(about + 1, min(c.n, about + 26)) if c.f(q) in lx.SAYING_NOUNS),
                  None)  # fmt: skip
    k = saying + 1 if saying is not None else c.marker(about + 1, limit=16)
    if k is not None and k < c.n and c.toks[k].is_comma:
        k += 1  # "قولها، إن …": a comma after the saying
    if k is None:
        return
    who = parse_np(c.text, segments(c.toks[about + 1 : saying if saying is not None else k]))
    c.emit(c.complement(k), c.toks[i].text, who, c.toks[i].start)


def _outlet_first(c: SentenceCues, i: int) -> bool:
    """Whether the sentence opens with the relaying outlet, then its verb ("الصحيفة نقلت عن
    …"): a short run of words and no verb before it."""
    return 0 < i <= 4 and all(c.toks[k].is_word and c.verb_at(k) is None for k in range(i))


def issue(c: SentenceCues, i: int) -> None:
    """ "أصدرت الوزارة بياناً قالت فيه": the issuer is the speaker of what follows."""
    if c.f(i) not in lx.ISSUE_VERBS or not c.initial(i) or c.quoted(i):
        return
    issued = next((m for m in range(i + 1, min(c.n, i + 15)) if c.f(m) in lx.ISSUED), None)
    if issued is None:
        return
    who = parse_np(c.text, segments(c.toks[i + 1 : issued]))
    if who is not None:
        c.found.append(Found(0, 0, "introduce", c.toks[i].text, who, c.toks[i].start))


def nested(c: SentenceCues, i: int) -> None:
    """Inside a quotation: "المسؤولين الأميركيين يقولون إن ..." is those officials' claim, and
    a quotation that opens "رئيس الوزراء ... أكد ..." reports the prime minister, not its speaker.
    """
    verb = c.verb_at(i)
    if verb is None or verb.form == "participle" or not c.quoted(i):
        return
    quote = next(q for q in c.s.quotes if q.contains(c.toks[i].start))
    first = c.index_at(quote.start)
    j = c.skip_adverbs(i + 1)
    word, at = c.toks[i].text, c.toks[i].start
    opens = first < i <= first + 20 and verb.form == "past" and c.f(first) in lx.TITLES
    if opens and all(c.toks[m].is_word and not c.verb_at(m) for m in range(first, i)):
        who = parse_np(c.text, segments(c.toks[first:i]))
        if who is not None and who.kind in ("person", "office"):
            if c.f(j) in lx.THAT:
                c.emit(c.complement(j, stop=quote.end), word, who, at, inner="report")
                return
            while j < c.n and adverbial_at(c.toks, j):
                j = next((k + 1 for k in range(j, c.n) if c.toks[k].is_comma), c.n)
            if j < c.n and c.toks[j].end <= quote.end:
                c.emit((c.toks[j].start, quote.end, "paraphrase"), word, who, at, inner="report")
            return
    head = next((m for m in range(i - 1, max(-1, i - 5), -1) if c.f(m) in lx.UNNAMED), None)
    if head is None or any(not c.toks[m].is_word for m in range(head, i)):
        return
    if c.f(j) not in lx.THAT:
        return
    name = c.text[c.toks[head].start : c.toks[i - 1].end]
    who = Mention("unnamed", name, surface=name, head=bare(c.f(head)))
    c.emit(c.complement(j, stop=quote.end), word, who, at, inner="nested")


_ARABIC = re.compile(r"[\u0621-\u064a]")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]{2,}")


def _is_headline(c: SentenceCues) -> bool:
    """Whether the sentence is a paragraph of its own without a full stop: a headline."""
    text, s = c.text, c.s
    line = text.rfind("\n", 0, s.start) + 1
    alone = not _ARABIC.search(text, line, s.start) and (
        s.end == len(text) or text[s.end : s.end + 1] == "\n"
    )
    return alone and c.n <= 30 and text[s.end - 1] not in ".!?؟…"


def _headline_verb(c: SentenceCues) -> None:
    """ "البنتاغون يقول إنه يمضي في …", "الأمن النيابية تعلن تخوفها من …": a headline names its
    source before the verb."""
    k = next((m for m in range(1, min(c.n, 9)) if c.verb_at(m) is not None), None)
    if (
        k is None
        or c.verb_at(0) is not None
        or any(not t.is_word and t.text not in QUOTE_CHARS for t in c.toks[:k])
    ):
        return  # '"المقاومة العراقية" تطالب …', 'أطراف شيعية "قلقة" تطالب …' keep their marks
    verb = c.verb_at(k)
    lead = next((t for t in c.toks[:k] if t.is_word), None)
    if verb is None or lead is None:
        return
    who = parse_np(c.text, segments(c.toks[:k]))
    quoted = any(t.text in QUOTE_CHARS for t in c.toks[:k])
    if who is None or verb.form == "participle" or (bare(lead.f) in lx.NOT_SOURCES and not quoted):
        return  # "التقديرات السابقة تشير إلى …": estimates, not a source
    j = c.skip_adverbs(k + 1)
    span = c.complement(j)
    if span is None and verb.lemma in lx.REPORTING and j < c.n:
        if c.f(j) in lx.HEADLINE_TEASERS:
            return  # "X يكشف تفاصيل …": a teaser for the article, not a claim
        span = (c.toks[j].start, c.clause_end(j), "reported_by_outlet")
    c.emit(span, c.toks[k].text, who, c.toks[k].start)


def _only_a_name(c: SentenceCues, k: int, end: int) -> bool:
    """Whether the words from token k to offset `end` are only a person's name: an
    honorific ("د."), given and family names, "بن" and "آل", at most six words."""
    words = [t for t in c.toks[k:] if t.end <= end and t.is_word]
    if not words or len(words) > 6:
        return False
    rest = words[1:] if words[0].f in lx.HONORIFICS or words[0].f in ("د", "الدكتور") else words

    def of_a_name(t: Token) -> bool:
        nisba = t.f.startswith("ال") and t.f.endswith("ي") and t is rest[-1]  # "الحرمي"
        return known_word(t.text) or t.f in ("بن", "ال", "ابو", "ابن") or nisba

    return (
        bool(rest)
        and all(of_a_name(t) for t in rest)
        and (len(rest) < len(words) or len(rest) >= 2)
    )


def _quoted_source(c: SentenceCues) -> bool:
    """'«وول ستريت جورنال»: الولايات المتحدة تسحب …': a headline whose source is a quoted
    name of at most four words, a colon right after it; the claim is emitted."""
    quote = c.quote_at(0)
    if quote is None or quote.close is None or not 0 < quote.words <= 4:
        return False
    colon = c.index_at(quote.close + 1)
    if colon >= c.n or c.toks[colon].text not in (":", "："):
        return False
    span = c.complement(colon)
    if span is None or len(_ARABIC_WORD.findall(c.text, span[0], span[1])) < MIN_QUOTE_WORDS:
        return False
    name = c.text[quote.start : quote.end].strip()
    who = Mention("organisation", name, surface=name, head=bare(lx.f(name.split()[0])))
    c.emit((span[0], span[1], "paraphrase"), c.toks[colon].text, who, c.toks[colon].start)
    return True


def _speaker_then_verb(c: SentenceCues, colon: int) -> tuple[Mention, int] | None:
    """ "الصدر يهدد:", "فصائل المقاومة العراقية ترفض بحث سلاحها:": a speaker (a title, a
    body, unnamed sources, a known name), then a verb in the present, before a headline's
    colon; the speaker and the colon. None for anything else ("سبعة آلاف داعشي ينقلون:")."""
    verb = next((k for k in range(1, colon) if _present_verb(c, k)), None)
    if verb is None or not all(t.is_word for t in c.toks[:verb]):
        return None
    head = c.f(0)
    heads = lx.TITLES | lx.ORGANISATIONS | lx.UNNAMED
    if not (head in heads or bare(head) in heads or head in lx.PLACES or known_word(head)):
        return None
    who = parse_np(c.text, segments(c.toks[:verb]))
    return (who, colon) if who is not None and who.kind != "reference" else None


def _present_verb(c: SentenceCues, k: int) -> bool:
    """Whether token k reads as a verb in the present ("يهدد", "ترفض", "يتحدث")."""
    word = c.f(k)
    return (
        c.toks[k].is_word
        and word[:1] in "يت"
        and len(word) >= 4
        and not known_word(c.toks[k].text)
        and not definite(word)
        and word not in lx.TITLES | lx.ORGANISATIONS | lx.UNNAMED | lx.PLACES
    )


def _present_plural(word: str) -> bool:
    """ "ينقلون", "يطالبان": a verb in the present, plural or dual (no name is spelled so)."""
    return word[:1] in "يت" and len(word) > 4 and word.endswith(("ون", "ان"))


def _reports_another(c: SentenceCues, k: int) -> bool:
    """Whether a speech verb in the first words from token k has "أن"/"إن" a few words
    later: the words after a colon report someone, whom their own rule names."""
    for v in range(k, min(c.n, k + 6)):
        verb = c.verb_at(v)
        if verb is not None and verb.form == "past":
            return any(c.f(m) in ("ان", "بان") for m in range(v + 2, min(c.n, v + 9)))
    return False


def headline(c: SentenceCues, i: int) -> None:
    """ "مصدر أمني: إغلاق القاعدة منتصف الشهر": a short source, a colon, then its claim."""
    first = next((k for k in range(c.n) if c.toks[k].is_word), c.n)
    if i == first and _quoted_source(c):
        return  # '«وول ستريت جورنال»: …': an outlet's quoted name, then its claim
    # "تقرير:" labels a headline, but "تقرير أممي:" (a label word and its nisba) is a source
    colon_at = first + 2 < c.n and c.toks[first + 2].text in (":", "：")
    nisba = colon_at and c.f(first + 1).endswith(("ي", "يه"))
    if i != first or c.quoted(0) or (c.f(first) in lx.HEADLINE_LABELS and not nisba):
        return  # a headline's rule runs once, at its first word ('"المقاومة" تطالب …')
    if _is_headline(c) and not any(t.text in (":", "：") for t in c.toks[:8]):
        _headline_verb(c)
        return
    colon = next((k for k in range(1, min(c.n, 8)) if c.toks[k].text in (":", "：")), None)
    if colon is not None and c.f(colon - 1) in lx.HEADLINE_LABELS:
        return  # "الكوفية متابعات: …": the outlet signs its copy; the report follows
    said_by = _speaker_then_verb(c, colon) if colon is not None else None
    who: Mention | None
    if said_by is not None:
        # "الصدر يهدد: أغلقوا السفارة", "العامري يتحدث: …": the speaker, its verb, its words
        who, colon = said_by
    elif (
        colon is None
        or any(
            not t.is_word
            or c.verb_at(k)
            or any(ch.isdigit() for ch in t.text)
            or c.f(k) in lx.RELAY_VERBS
            or c.f(k) in lx.SAYING_NOUNS
            or _present_plural(c.f(k))
            or (k == 0 and c.f(k) in lx.DISCOURSE)  # "لكن يبقى السؤال المطروح: …": the writer's
            for k, t in enumerate(c.toks[:colon])
        )
    ):
        # "الساعة 10:17 صباحاً القسم: …": a page's furniture names no speaker; "ونقلت وسائل
        # إعلام عن فلان قوله: …": a relay, whose rule names the speaker
        return
    else:
        who = parse_np(c.text, segments(c.toks[:colon]))
    if (
        who is None
        or who.kind == "reference"
        or (
            who.kind == "person"
            and len(who.name.split()) < 2
            and not definite(c.f(0))
            and not (said_by is not None and known_word(c.toks[0].text))  # "غوتيريش يحذر:"
        )
    ):
        return  # "عاجل:", "بالفيديو:": a label, not a speaker
    span = c.complement(colon)
    if span is None or len(_ARABIC_WORD.findall(c.text, span[0], span[1])) < MIN_QUOTE_WORDS:
        return  # "تاريخ النشر: 2nd, March 2024": page furniture
    if c.dated(c.index_at(span[0])):
        return  # "نشر بتاريخ: 11 سبتمبر 2025 الساعة …": page furniture, a date
    if "©" in c.text[span[0] : span[1]]:
        return  # "مصادر الخبر: © وكالة …، رويترز": the page's credits
    if _only_a_name(c, colon + 1, span[1]):
        return  # "رئيس التحرير: د. خالد …": a masthead names who holds a post
    if _reports_another(c, colon + 1):
        return  # "وكالة … - الخليج: أوضح الوزير فلان أن …": the copy's own report names him
    form = span[2] if span[2] == "direct_quote" else "paraphrase"
    c.emit((span[0], span[1], form), c.toks[colon].text, who, c.toks[colon].start)
