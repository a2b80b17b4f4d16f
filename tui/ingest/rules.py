"""The attribution rules of Arabic news copy, run over each sentence of an article."""

from __future__ import annotations

import re

from . import lexicon as lx
from .cues import MIN_QUOTE_WORDS, Found, SentenceCues
from .quotes import Sentence, Token, tokenize
from .speakers import Mention, adverbial_at, bare, definite, parse_np, segments


def _title_like(part: list[Token]) -> bool:
    words = [t for t in part if t.is_word]
    return bool(words) and (words[0].f in lx.TITLES or words[0].f in lx.HONORIFICS)


def _name_like(part: list[Token]) -> bool:
    words = [t for t in part if t.is_word]
    return 0 < len(words) <= 4 and not any(t.f in lx.NAME_STOP for t in words)


def _object_lead(token: Token) -> bool:
    """Whether a word after a verb begins its object ("بشجاعة", "على إعلان"), not a subject."""
    word = token.f
    return lx.is_preposition(word, token.text) or (
        word[:1] in "بل" and word not in lx.PLACES and not definite(word) and len(word) > 3
    )


def _subject_and_object(c: SentenceCues, j: int, end: int) -> tuple[list[list[Token]], int | None]:
    """Split "SUBJECT، ADVERBIAL، OBJECT" after a reporting verb: the subject parts, the object."""
    parts: list[list[Token]] = [[]]
    for token in c.toks[j:]:
        if token.start >= end:
            break
        if token.is_comma:
            parts.append([])
        else:
            parts[-1].append(token)
    subject: list[list[Token]] = []
    for part in (p for p in parts if p):
        if adverbial_at(part, 0):
            continue
        if not subject:
            if _object_lead(part[0]):
                return [], c.toks.index(part[0])  # no subject: the speaker is the last one
            subject.append(part)
        elif _title_like(subject[0]) and (part[0].f == "في" or _name_like(part)) and not any(
            _name_like(p) and not _title_like(p) and p[0].f != "في" for p in subject[1:]
        ):
            subject.append(part)
        else:
            lead = subject[0]
            inner = next((k for k in range(1, len(lead)) if _object_lead(lead[k])), None)
            if len(subject) == 1 and inner is not None and not _title_like(lead):
                # "أشار البيان إلى استمرار …، في إطار …": the object began inside the first part
                return [lead[:inner]], c.toks.index(lead[inner])
            return subject, c.toks.index(part[0])
    if not subject:
        return [], None
    # One part: "أشادت بريطانيا باحتراف جنودها": the subject is its head phrase.
    part = subject[0]
    k = 1

    def in_name(token: Token) -> bool:
        # "جهاز الأمن العام "الآسايش"": definite words and a quoted name carry the subject on.
        if not token.is_word or c.s.inside_quote(token.start):
            return token.text not in "،,.:"
        return definite(token.f) and not token.f.startswith(("بال", "لل"))

    while k < len(part) and in_name(part[k]):
        k += 1
    if k >= len(part):
        return subject, None
    if k == 1 and not _could_be_named(part[0]):
        # "وصف وجود تلك القوات بالمزعزع": the verb's object, said by the last speaker
        return [], c.toks.index(part[0])
    return [part[:k]], c.toks.index(part[k])


def _could_be_named(token: Token) -> bool:
    """Whether one word can name a speaker on its own: a title, a body, an unnamed source, a
    known given or family name, a nisba ("البياتي") or a place ("بريطانيا")."""
    from .names import known_word

    word, head = token.f, bare(token.f)
    heads = lx.TITLES | lx.ORGANISATIONS | lx.UNNAMED | lx.PLACES | lx.STATEMENT_HEADS
    return (word in heads or head in heads or known_word(token.text)
            or (definite(word) and word.endswith("ي")))


def _subject_before(c: SentenceCues, i: int) -> Mention | None:
    """The subject of a verb that follows it: "وكان X قد أعلن", "لكن X أكد", "أما X فقال"."""
    k = i - 1
    if c.f(k) in lx.QAD:
        k -= 1
    if c.f(k) in lx.KANA and c.f(k + 1) in lx.QAD:
        if k == 0 or c.f(k)[0] in "وف":
            return None  # "وكان قد أعلن": no subject between
        k -= 1  # "X، كان قد أكد"
    comma = k >= 0 and c.toks[k].is_comma
    if comma:
        k -= 1
    end, m, opener = k + 1, k, ""
    while m >= 0 and end - m <= 25:
        word = c.f(m)
        if word in lx.KANA or word in lx.SUBJECT_OPENERS:
            opener = "kana" if word in lx.KANA else "particle"
            break
        if (c.f(m - 1), word) in lx.SUBJECT_OPENER_PAIRS:
            opener = "particle"
            break
        if word in lx.DISCOURSE:
            return None  # "… والمنطقة كما أوضح": a new clause begins at "كما"
        token = c.toks[m]
        if c.quoted(m) or token.text in "«»“”\"()":
            quote = next((q for q in c.s.quotes if q.contains(token.start)), None)
            if quote is not None and quote.words >= MIN_QUOTE_WORDS:
                return None
        elif token.text in ".!?؟:" or word in lx.THAT or c.verb_at(m) or word in lx.ACCORDING:
            return None
        m -= 1
    start = m + 1
    if start >= end:
        return None
    parts = segments(c.toks[start:end])
    who = parse_np(c.text, parts)
    if who is None:
        return None
    # At the start of a sentence only a source directly before its verb ("مراقبون أكدوا").
    # At the start of a sentence only a source directly before its verb ("مراقبون أكدوا",
    # "المسؤول أوضح").
    lead = c.toks[start].f
    if not opener and (m >= 0 or comma or (lead not in lx.UNNAMED and not (
        definite(lead) and bare(lead) in _SOURCE_HEADS and end - start == 1))):
        return None
    return who


def _verb(c: SentenceCues, i: int) -> None:
    verb = c.verb_at(i)
    if verb is None or c.quoted(i) or c.f(i) in lx.SOURCE_CLAUSE:
        return  # "طالبا عدم الكشف عن هويته" asks for anonymity; it is not "they both demanded"
    word, at = c.toks[i].text, c.toks[i].start
    if verb.form == "participle":
        _participle(c, i)
        return
    if verb.lemma == "رد" and c.f(i + 1) in ("في", "فيه", "فيها"):
        return  # "ورد في البيان": "it came in", not "he replied"
    who = _subject_before(c, i)
    j = c.skip_adverbs(i + 1)
    if who is not None:
        k = c.marker(j, limit=25)
        if k is not None and not c.subject(j, k)[1]:
            c.emit(c.complement(k), word, who, at)
        elif k is None and verb.lemma in lx.REPORTING:
            if c.f(j) in lx.HEADLINE_TEASERS:
                c.found.append(Found(0, 0, "introduce", word, who, at))  # named, says nothing
                return
            c.emit((c.cue_start(i), c.clause_end(j), "reported_by_outlet"), word, who, at)
        return
    if not c.initial(i) and not _relative_report(c, i, j):
        return
    k = c.marker(j)
    if k is not None:
        who, named = c.subject(j, k)
        if named and who is None:
            k = None  # not a subject: the "that" belongs to a later clause
        else:
            bare_word = lx.lookup_verb(c.f(i))
            if not named and bare_word and c.f(i)[bare_word[1] :] in lx.IMPERSONAL:
                return  # "يُذكر أن", "يشار إلى أن": the outlet's own background
            span = c.complement(k)
            if span is None and c.toks[k].text == ":" and k == c.n - 1:
                # "وأضاف الخالدي:" ends the paragraph; the quotation is the next one.
                c.found.append(Found(0, 0, "introduce", word, who, at))
            c.emit(span, word, who, at)
            return
    end = c.clause_end(j)
    quote = _quote_before(c, i)
    if quote is not None:
        who, _ = c.subject(j, c.index_at(end + 1) if end > 0 else c.n)
        c.emit((quote[0], quote[1], "direct_quote"), word, who, at)
    elif verb.lemma in lx.REPORTING and end > 0:
        parts, obj = _subject_and_object(c, j, end)
        if obj is not None and c.f(obj) in lx.HEADLINE_TEASERS:
            # "كشف مصدر مطلع حقيقة الأنباء": the source is named; what follows says it
            who = parse_np(c.text, [seg for part in parts for seg in segments(part)])
            c.found.append(Found(0, 0, "introduce", word, who, at))
            return
        if obj is not None:
            who = parse_np(c.text, [seg for part in parts for seg in segments(part)])
            c.emit((c.cue_start(i), end, "reported_by_outlet"), word, who, at)


def _noun_object(c: SentenceCues, j: int) -> bool:
    """Whether token j begins a noun phrase object (a verbal noun in construct, not a verb)."""
    word = c.f(j)
    if c.verb_at(j) or word in lx.THAT or lx.is_preposition(word, c.toks[j].text):
        return False
    if word in lx.DISCOURSE or word in lx.PRONOUN_CONJUNCTIONS:
        return False
    if word[:1] in "يت" and len(word) > 3:
        return False  # "يؤكد", "تعمل": a verb starts a new clause
    return j + 1 < c.n and c.toks[j + 1].is_word


_SOURCE_HEADS = frozenset(bare(w) for w in lx.UNNAMED | lx.TITLES)


def _relative_report(c: SentenceCues, i: int, j: int) -> bool:
    """ "وهي عملية قال مسؤول أميركي إنها …": a report inside a relative clause, its source
    right after the verb and its "that" soon after."""
    prev = c.toks[i - 1] if i else None
    if prev is None or not prev.is_word or lx.is_preposition(prev.f, prev.text):
        return False
    verb = c.verb_at(i)
    if verb is None or verb.form == "participle" or j >= c.n:
        return False
    if bare(c.f(j)) not in _SOURCE_HEADS:
        return False
    k = c.marker(j, limit=8)
    return k is not None and c.f(k) in lx.THAT


def _quote_before(c: SentenceCues, i: int) -> tuple[int, int] | None:
    """A quotation that ends just before the verb: «...»، قال المسؤول."""
    k = i - 1
    if k >= 0 and c.toks[k].is_comma:
        k -= 1
    if k < 0:
        return None
    for quote in c.s.quotes:
        if quote.close == c.toks[k].start and quote.words >= MIN_QUOTE_WORDS:
            return quote.start, quote.end
    return None


def _participle(c: SentenceCues, i: int) -> None:
    prev = c.toks[i - 1] if i else None
    if prev is None or not (prev.is_comma or prev.f in ("ومضي", "مضي") or prev.text in "»”\""):
        return
    word, at = c.toks[i].text, c.toks[i].start
    if c.f(i) in lx.SOURCE_CLAUSE:
        return  # "طالباً عدم الكشف عن هويته": the source asks for anonymity; nothing is said
    j = c.skip_adverbs(i + 1)
    if j < c.n and c.toks[j].is_comma:
        j += 1  # "مطمئنين، بأن"
    for k in range(j, min(c.n, j + 8)):
        if c.quoted(k):
            continue
        w, token = c.f(k), c.toks[k]
        quote = c.quote_at(k)
        if (
            w in lx.THAT
            or w in lx.BIL_QAWL
            or token.text == ":"
            or (w in lx.THAT_PREPOSITIONS and c.f(k + 1) in lx.THAT)
            or (quote is not None and quote.words >= MIN_QUOTE_WORDS and c.f(k - 1) != "ل")
        ):
            c.emit(c.complement(k), word, None, at)
            return
        if token.is_comma or token.text in ".!?؟":
            break
    lead = c.f(j)
    verb = c.verb_at(i)
    if lead in ("الي", "علي", "من", "عن") and j + 1 < c.n:
        c.emit((c.toks[j + 1].start, c.clause_end(j + 1), "paraphrase"), word, None, at)
    elif lead[:1] == "ب" and len(lead) > 3 and not c.quoted(j):
        c.emit((c.toks[j].start, c.clause_end(j), "paraphrase"), word, None, at)
    elif (verb is not None and verb.lemma in lx.REPORTING and j < c.n and c.toks[j].is_word
          and _noun_object(c, j)):
        # "مؤكداً قدرة قواته على ...": the position the outlet reports, from its object on
        c.emit((c.toks[j].start, c.clause_end(j), "reported_by_outlet"), word, None, at)


def _swell(c: SentenceCues, i: int) -> None:
    """ "تصاعدت التحذيرات المحلية والدولية من ...": what many voices say, reported."""
    if c.f(i) not in lx.SWELL_VERBS or c.f(i + 1) not in lx.SAYINGS or not c.initial(i):
        return
    m = i + 2
    while m < c.n and definite(c.f(m)) and not c.quoted(m):
        m += 1
    name = c.text[c.toks[i + 1].start : c.toks[m - 1].end]
    who = Mention("unnamed", name, surface=name, head=bare(c.f(i + 1)))
    span = (c.toks[i].start, c.clause_end(i + 1), "reported_by_outlet")
    c.emit(span, c.toks[i].text, who, c.toks[i].start)


def _announcement(c: SentenceCues, i: int) -> None:
    """ "إعلان جهاز الأمن، أمس، القضاء على ...": an announcement reported as a verbal noun."""
    before = c.toks[i - 1] if i else None
    if c.f(i) not in lx.ANNOUNCEMENT_NOUNS or c.quoted(i):
        return
    if before is not None and lx.is_preposition(before.f, before.text):
        return
    first = c.f(i + 1)
    if first not in lx.ORGANISATIONS and first not in lx.TITLES:
        return
    comma = next((k for k in range(i + 1, min(c.n, i + 14)) if c.toks[k].is_comma), None)
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
        c.emit((start, c.clause_end(p), "reported_by_outlet"), c.toks[i].text, who, start)


def _came_in(c: SentenceCues, i: int) -> None:
    """ "وفي بيان عن الحكومتين، جاء فيه: ...": the words of a document named before."""
    if c.f(i) not in lx.CAME_IN or c.quoted(i):
        return
    if c.f(i + 1) in ("فيه", "فيها"):
        k = i + 2
    elif c.f(i + 1) == "في" and bare(c.f(i + 2)) in ("بيان", "نص", "رساله", "تقرير"):
        k = i + 3
    else:
        return
    span = c.complement(k)
    who: Mention | None = None
    for m in range(i - 1, -1, -1):
        if bare(c.f(m)) == "بيان" or c.f(m) in ("وفي", "في") and bare(c.f(m + 1)) == "بيان":
            m = m + 1 if bare(c.f(m)) != "بيان" else m
            end = next((q for q in range(m, i) if c.toks[q].is_comma), i)
            who = parse_np(c.text, segments(c.toks[m:end]))
            break
    who = who or Mention("reference", "البيان", head="بيان")
    c.emit(span, c.toks[i].text, who, c.toks[i].start)


def _relay(c: SentenceCues, i: int) -> None:
    """ "نقلت وكالة ... عن مسؤول أمريكي قوله إن ...": the words are the official's."""
    if c.f(i) not in lx.RELAY_VERBS or not c.initial(i) or c.quoted(i):
        return
    about = next((m for m in range(i + 1, min(c.n, i + 18)) if c.f(m) == "عن"), None)
    if about is None:
        return
    saying = next((q for q in range(about + 1, min(c.n, about + 16)) if c.f(q) in lx.SAYING_NOUNS),
                  None)  # fmt: skip
    k = saying + 1 if saying is not None else c.marker(about + 1, limit=16)
    if k is None:
        return
    who = parse_np(c.text, segments(c.toks[about + 1 : saying if saying is not None else k]))
    c.emit(c.complement(k), c.toks[i].text, who, c.toks[i].start)


def _issue(c: SentenceCues, i: int) -> None:
    """ "أصدرت الوزارة بياناً قالت فيه": the issuer is the speaker of what follows."""
    if c.f(i) not in lx.ISSUE_VERBS or not c.initial(i) or c.quoted(i):
        return
    issued = next((m for m in range(i + 1, min(c.n, i + 15)) if c.f(m) in lx.ISSUED), None)
    if issued is None:
        return
    who = parse_np(c.text, segments(c.toks[i + 1 : issued]))
    if who is not None:
        c.found.append(Found(0, 0, "introduce", c.toks[i].text, who, c.toks[i].start))


def _source(c: SentenceCues, p: int, q: int) -> Mention | None:
    """The source named after "بحسب" / "وفق", with a "لـ" before it undone ("للبيان")."""
    first = c.toks[p]
    head = first.f
    text = c.text
    if head.startswith("لل"):
        head = "ال" + head[2:]
        text = text[: first.start] + "ال" + text[first.start + 2 :]
    elif head.startswith("ل") and head[1:] in lx.SOURCE_HEADS | lx.ORGANISATIONS:
        head = head[1:]
        text = text[: first.start] + " " + text[first.start + 1 :]
    if head not in lx.SOURCE_HEADS | lx.ORGANISATIONS | lx.PLACES:
        return None
    tokens = tokenize(text[first.start : c.toks[q - 1].end], first.start)
    return parse_np(text, segments(tokens))


def _according(c: SentenceCues, i: int) -> None:
    """ "بحسب بيان للمرصد" after a clause, or "ووفق بيان الوزارة، نفذ ..." before one."""
    if c.f(i) not in lx.ACCORDING or c.quoted(i):
        return
    p = i + 1
    if c.f(p) in ("ل", "عن"):
        p += 1
    q = next((k for k in range(p, min(c.n, p + 12)) if not c.toks[k].is_word), c.n)
    if q <= p or c.toks[q - 1].is_word is False:
        return
    who = _source(c, p, q)
    if who is None:
        return
    word, at = c.toks[i].text, c.toks[i].start
    if (i == 0 or c.f(i) in lx.ACCORDING_BEFORE) and q < c.n and c.toks[q].is_comma:
        r = q + 1
        form = "reported_by_outlet"
        if c.f(r) in ("فان", "فانه", "فانها"):
            r, form = r + 1, "paraphrase"
        if r < c.n:
            c.emit((c.toks[r].start, c.clause_end(r), form), word, who, at)
        return
    if i < 2 or not c.toks[i - 1].is_comma:
        return
    start = 0
    if (c.f(0), c.f(1)) in lx.SUBJECT_OPENER_PAIRS:
        start = 2 + (1 if c.f(2) in lx.THAT else 0)
    while start < i and adverbial_at(c.toks, start):
        start = next((k + 1 for k in range(start, i) if c.toks[k].is_comma), i)
    if start < i - 1:
        c.emit((c.toks[start].start, c.toks[i - 2].end, "reported_by_outlet"), word, who, at)


def _nested(c: SentenceCues, i: int) -> None:
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
        s.end == len(text) or text[s.end : s.end + 1] == "\n")
    return alone and c.n <= 30 and text[s.end - 1] not in ".!?؟…"


def _headline_verb(c: SentenceCues) -> None:
    """ "البنتاغون يقول إنه يمضي في …", "الأمن النيابية تعلن تخوفها من …": a headline names its
    source before the verb."""
    k = next((m for m in range(1, min(c.n, 7)) if c.verb_at(m) is not None), None)
    if k is None or any(not t.is_word for t in c.toks[:k]) or c.verb_at(0) is not None:
        return
    verb = c.verb_at(k)
    assert verb is not None
    who = parse_np(c.text, segments(c.toks[:k]))
    if who is None or who.kind == "reference" or verb.form == "participle":
        return
    j = c.skip_adverbs(k + 1)
    span = c.complement(j)
    if span is None and verb.lemma in lx.REPORTING and j < c.n:
        if c.f(j) in lx.HEADLINE_TEASERS:
            return  # "X يكشف تفاصيل …": a teaser for the article, not a claim
        span = (c.toks[j].start, c.clause_end(j), "reported_by_outlet")
    c.emit(span, c.toks[k].text, who, c.toks[k].start)


def _headline(c: SentenceCues, i: int) -> None:
    """ "مصدر أمني: إغلاق القاعدة منتصف الشهر": a short source, a colon, then its claim."""
    if i != 0 or c.quoted(0) or c.f(0) in lx.HEADLINE_LABELS:
        return
    if _is_headline(c) and not any(t.text in (":", "：") for t in c.toks[:8]):
        _headline_verb(c)
        return
    colon = next((k for k in range(1, min(c.n, 8)) if c.toks[k].text in (":", "：")), None)
    if colon is None or any(not t.is_word or c.verb_at(k) for k, t in enumerate(c.toks[:colon])):
        return
    who = parse_np(c.text, segments(c.toks[:colon]))
    if who is None or who.kind == "reference" or (
        who.kind == "person" and len(who.name.split()) < 2 and not definite(c.f(0))
    ):
        return  # "عاجل:", "بالفيديو:": a label, not a speaker
    span = c.complement(colon)
    if span is None or len(_ARABIC_WORD.findall(c.text, span[0], span[1])) < MIN_QUOTE_WORDS:
        return  # "تاريخ النشر: 2nd, March 2024": page furniture
    form = span[2] if span[2] == "direct_quote" else "paraphrase"
    c.emit((span[0], span[1], form), c.toks[colon].text, who, c.toks[colon].start)


RULES = (_headline, _verb, _swell, _announcement, _came_in, _relay, _issue, _according, _nested)


def find_statements(text: str, sentence: Sentence) -> list[Found]:
    """Every statement the rules find in one sentence, in the order of their cues."""
    c = SentenceCues(text, sentence)
    for i in range(c.n):
        if not c.toks[i].is_word:
            continue
        for rule in RULES:
            before = len(c.found)
            rule(c, i)
            if len(c.found) > before:
                break
    return sorted(c.found, key=lambda found: found.at)
