"""Attribution by a speech verb: "قال X إن …", "X أكد أن …", ", مضيفاً أن …", "أعلن X …".

The verb is the cue; the source is the noun phrase before or after it; the content is the
quotation or "that" clause it governs, or (for a reporting verb such as "أعلن", "حذر") the
clause from its object on, which the outlet reports.
"""

from __future__ import annotations

from typing import Final

from . import lexicon as lx
from .cues import MIN_QUOTE_WORDS, Found, SentenceCues
from .names import known_word
from .objects import noun_object, object_lead
from .rules_events import event_subject
from .rules_participles import participle
from .saying import said_in, said_within
from .speakers import Mention, bare, definite, parse_np, segments
from .subjects import subject_and_object

# folded: an aside naming some of a group ("مسؤولون كبار، ومنهم رئيس الوزراء، قالوا")
_AMONG: Final = frozenset({"ومنهم", "منهم", "بينهم", "ومن", "وبينهم", "ومنها", "منها"})
# folded: conjunctions of time before a verb whose subject is a pronoun ("حين أكد")
_WHEN: Final = frozenset({"حين", "حينما", "عندما", "لما", "بعدما", "اذ", "حيث"})


def _subject_before(c: SentenceCues, i: int) -> Mention | None:
    """The subject of a verb that follows it: "وكان X قد أعلن", "لكن X أكد", "أما X فقال"."""
    if c.f(i + 1) in ("فيه", "فيها") and lx.ISSUED & {c.f(i - 1), c.f(i - 2)}:
        return None  # "أصدرت الحركة بياناً أكدت فيه": the issuer, whom its rule names
    k = i - 1
    if c.f(k) in lx.QAD:
        k -= 1
    if c.f(k) in _WHEN:
        return None  # "وآخرها في آذار حين أكد أن": "when he said", his name given before
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
        if (c.f(m - 1), word) in lx.DISCOURSE_PAIRS:
            return None  # "… في وقت تطالب فيه فصائل …": a new clause begins at "في وقت"
        if word in lx.DISCOURSE:
            return None  # "… والمنطقة كما أوضح": a new clause begins at "كما"
        token = c.toks[m]
        if c.quoted(m) or token.text in '«»“”"()':
            quote = next((q for q in c.s.quotes if q.contains(token.start)), None)
            if quote is not None and quote.words >= MIN_QUOTE_WORDS:
                return None
        elif word in lx.SOURCE_CLAUSE and c.verb_at(m) and c.f(m + 1) in _ANONYMITY:
            pass  # "مسؤولاً رفض الكشف عن اسمه قال": the source's clause, not another verb
        elif token.text in ".!?؟:" or word in lx.THAT or c.verb_at(m) or word in lx.ACCORDING:
            return None
        m -= 1
    start = m + 1
    if start >= end or lx.is_preposition(c.f(start), c.toks[start].text):
        return None  # "على الرغم من …، يُتوقع أن": an adverbial, not a subject
    parts = [p for p in segments(c.toks[start:end]) if p[0].f not in _AMONG]
    who = parse_np(c.text, parts)
    if who is None:
        return None
    # At the start of a sentence only a source directly before its verb ("مراقبون أكدوا",
    # "المسؤول أوضح"), or a named person before a verb that quotes at once ("حسين العامري،
    # عضو لجنة الأمن، قال لرووداو: …").
    lead = c.toks[start].f
    if opener or (m < 0 and _named_then_quoted(c, who, i)):
        return who
    if m < 0 and comma and who.kind == "person" and who.title and (lead in lx.TITLES):
        return who  # "المتحدث باسم القائد العام، صباح النعمان، اعتبر الانسحاب …"
    body = (
        (definite(lead) or end - start >= 2)
        and bare(lead) in _BODIES
        and lead not in lx.OUTLET_HEADS
        or lead in lx.PLACES
    ) and (end - start <= 4 and not c.quoted(start))  # "بغداد جددت التحذير": a capital speaks
    if (
        m >= 0
        or comma
        or (
            lead not in lx.UNNAMED
            and not body
            and not (definite(lead) and bare(lead) in _SOURCE_HEADS and end - start == 1)
            # "المحمداوي أشار إلى أن": a known family name alone, straight before its verb
            and not (definite(lead) and end - start == 1 and known_word(c.toks[start].text))
            and not (lead in lx.TITLES and not definite(lead) and who.kind in ("office", "unnamed"))
        )
    ):
        # "قائد في قوات سوريا الديمقراطية أكد أن": an untitled holder of a post is a source
        return None
    return who


def _named_then_quoted(c: SentenceCues, who: Mention, i: int) -> bool:
    """Whether a sentence opens with a person's name (a known given or family name in it) and
    its verb quotes at once (a colon or "إن" within three words)."""
    if who.kind != "person" or len(who.name.split()) < 2:
        return False
    if not any(known_word(word) for word in who.name.split()):
        return False
    k = c.marker(c.skip_adverbs(i + 1), limit=4)
    return k is not None


_DESCRIBE = frozenset({"وصف", "اعتبر", "عد"})  # "وصف X بأنه …": X is described, not speaking
_WHAT = frozenset({"ما", "كل"})


def verb(c: SentenceCues, i: int) -> None:
    verb = c.verb_at(i)
    if verb is None or c.quoted(i) or (c.f(i) in lx.SOURCE_CLAUSE and _of_the_source(c, i)):
        return  # "طالبا عدم الكشف عن هويته" asks for anonymity; it is not "they both demanded"
    word, at = c.toks[i].text, c.toks[i].start
    if verb.form == "participle":
        participle(c, i)
        return
    if verb.lemma == "رد" and c.f(i + 1) in ("في", "فيه", "فيها"):
        return  # "ورد في البيان": "it came in", not "he replied"
    who = said_in(c, i) or _subject_before(c, i) or event_subject(c, i)
    j = c.skip_adverbs(i + 1)
    if (
        who is None
        and i > 0
        and c.f(i - 1 if c.f(i - 1) not in lx.QAD else i - 2) in _WHEN
        and c.f(j) in lx.THAT
    ):
        c.emit(c.complement(j), word, None, at)  # "… حين أكد أن": the last speaker's words
        return
    if who is None and c.initial(i) and _addressing(c, i, j):
        return
    if who is not None:
        k = c.marker(j, limit=25)
        if k is not None and not c.subject(j, k)[1]:
            c.emit(c.complement(k), word, who, at)
        elif k is None and verb.lemma in lx.REPORTING:
            if c.f(j) in lx.HEADLINE_TEASERS:
                c.found.append(Found(0, 0, "introduce", word, who, at))  # named, says nothing
                return
            end = c.clause_end(j)
            c.emit((c.content_start(j, end), end, "reported_by_outlet"), word, who, at)
        return
    if (
        c.f(i)[:1] == "و"
        and verb.lemma in lx.REPORTING
        and c.found
        and j < c.n
        and (noun_object(c, j) or object_lead(c.toks[j]))
        and not c.initial(i)
        and bare(c.f(j)) not in lx.NOT_SOURCES
    ):
        # ("وتشير التقديرات إلى …": the figures are the verb's subject, not its object)
        # "تحذر من تحركات … وتطالب بانسحاب …": a second report by the same subject
        end = c.clause_end(j)
        c.emit((c.content_start(j, end), end, "reported_by_outlet"), word, None, at)
        return
    if not c.initial(i) and not _relative_report(c, i, j):
        return
    k = c.marker(j)
    if (
        k is not None
        and verb.lemma in _DESCRIBE
        and c.f(k)[:1] == "ب"
        and (c.f(j) in _WHAT or c.f(j) in lx.DEMONSTRATIVES)
    ):
        # "ووصفت ما يُنشر بأنه شائعات": what is described, by the last speaker
        end = c.clause_end(j)
        c.emit((c.toks[j].start, end, "reported_by_outlet"), word, None, at)
        return
    if k is not None:
        who, named = c.subject(j, k)
        if verb.lemma in _DESCRIBE and c.f(k)[:1] == "ب":
            described = _describer(c, j, k, who)
            if described is None and who is not None:
                c.emit(c.complement(k), word, None, at)  # the thing described; the last
                return  # speaker goes on
            who = described
        if named and who is None:
            k = None  # not a subject: the "that" belongs to a later clause
        else:
            bare_word = lx.lookup_verb(c.f(i))
            if not named and bare_word and c.f(i)[bare_word[1] :] in lx.IMPERSONAL:
                # "يُذكر أن", "يشار إلى أن": the outlet's own background, unless it reports
                # someone's words ("ويشار إلى أن النائب فلان أكد أن …")
                within = said_within(c, c.complement(k))
                if within is not None and within[0].kind != "organisation":
                    c.emit(within[1], word, within[0], at)
                return
            span = c.complement(k)
            if span is None and c.toks[k].text == ":" and k == c.n - 1:
                # "وأضاف الخالدي:" ends the paragraph; the quotation is the next one.
                c.found.append(Found(0, 0, "introduce", word, who, at))
            inner = said_within(c, span) if who is None or who.kind != "person" else None
            if inner is not None and inner[0].kind != "organisation":
                # "وذكرت الوكالة أن الوكيل فلان قال إن …": an outlet or a source relays a
                # person's words, which are the person's (but "أكد سافايا أن حكومة الولايات
                # المتحدة أوضحت أنه …" is the envoy's own statement)
                who, span = inner
            c.emit(span, word, who, at)
            return
    end = c.clause_end(j)
    quote = _quote_before(c, i)
    if quote is not None:
        who, _ = c.subject(j, c.index_at(end + 1) if end > 0 else c.n)
        c.emit((quote[0], quote[1], "direct_quote"), word, who, at)
    elif verb.lemma in lx.REPORTING and end > 0:
        if bare(c.f(j)) in lx.NOT_SOURCES:
            return  # "كما تشير التقديرات إلى أن …": figures, not anyone's words
        parts, obj = subject_and_object(c, j, end)
        if obj is not None and c.f(obj) in lx.HEADLINE_TEASERS:
            # "كشف مصدر مطلع حقيقة الأنباء": the source is named; what follows says it
            who = parse_np(c.text, [seg for part in parts for seg in segments(part)])
            c.found.append(Found(0, 0, "introduce", word, who, at))
            return
        if obj is not None:
            who = parse_np(c.text, [seg for part in parts for seg in segments(part)])
            if parts and who is None:
                return  # "وتشير التقديرات إلى …": a subject that is no one
            c.emit((c.content_start(obj, end), end, "reported_by_outlet"), word, who, at)


# Verbs that tell or urge someone: the one told may follow the subject with no comma.
_TELLS: Final = frozenset({"ابلغ", "حث", "دعا", "طالب", "اتهم"})  # and whom it accuses


def _addressee_at(c: SentenceCues, j: int) -> int | None:
    """Where the one told begins when it follows the subject with no comma ("أبلغ مستشار
    الأمن القومي للعراق السفيرة الأميركية بأن", "حثت الولايات المتحدة الحكومة العراقية على"):
    a second title or body, definite, right after a phrase that ended; else None."""
    for k in range(j + 2, min(c.n, j + 10)):
        token, before = c.toks[k], c.toks[k - 1]
        if not token.is_word or not before.is_word or c.quoted(k):
            return None
        head = bare(token.f)
        if not token.f.startswith("ال") or (head not in _TITLE_HEADS and head not in _BODIES):
            continue
        ended = definite(before.f) or before.f.startswith("لل")
        if ended and bare(before.f) not in _TITLE_HEADS and before.f != "باسم":
            return k
    return None


def _addressing(c: SentenceCues, i: int, j: int) -> bool:
    """A verb that tells or urges someone: its subject, the one told, then what (whether
    anything was found)."""
    verb = c.verb_at(i)
    if verb is None or verb.lemma not in _TELLS:
        return False
    a = _addressee_at(c, j)
    if a is None:
        return False
    who = parse_np(c.text, segments(c.toks[j:a]))  # "… للعراق" is the subject's, not whom
    if who is None:
        return False
    k = c.marker(a, limit=12)
    word, at = c.toks[i].text, c.toks[i].start
    if k is not None:
        c.emit(c.complement(k), word, who, at)
        return True
    told = next((m for m in range(a + 1, min(c.n, a + 8)) if c.f(m) in ("الي", "علي")
                 or (c.f(m)[:1] == "ب" and len(c.f(m)) > 3)), None)  # fmt: skip
    if told is None:
        return False
    end = c.clause_end(told)
    c.emit((c.toks[told].start, end, "reported_by_outlet"), word, who, at)
    return True


# What a source's own clause goes on with: its anonymity ("رفض الكشف عن اسمه", "طلب عدم
# ذكر اسمه"), or whom it spoke to ("مصادر تحدثت لـ").
_ANONYMITY: Final = frozenset({"الكشف", "كشف", "ذكر", "الافصاح", "عدم", "نشر", "الاشاره"})


def _describer(c: SentenceCues, j: int, k: int, who: Mention | None) -> Mention | None:
    """Who describes in "ووصف الوزير الانسحاب بأنه …": the title before the thing described
    (a verbal noun); and no one named ("حيث وصف النفوذ الإسرائيلي هناك بأنه …", the last
    speaker going on) when the words before "بأنه" name no speaker at all."""
    for m in range(j + 1, k):
        if definite(c.f(m)) and lx.verbal_noun(bare(c.f(m))) and c.f(m - 1) in lx.TITLES:
            return parse_np(c.text, segments(c.toks[j:m]))
    if who is None:
        return None
    heads = lx.TITLES | lx.ORGANISATIONS | lx.UNNAMED
    first = c.toks[j]
    plausible = bare(first.f) in heads or first.f in heads or first.f in lx.PLACES
    return who if plausible or known_word(first.text) or who.kind != "person" else None


def _of_the_source(c: SentenceCues, i: int) -> bool:
    """Whether a verb that may describe a source ("رفض", "طلب", "تحدث") does so here, rather
    than report a position ("رفضت ستة فصائل بحث سلاحها")."""
    nxt = c.f(c.skip_adverbs(i + 1))
    if nxt in _ANONYMITY or nxt[:1] == "ل" or lx.lookup_verb(c.f(i)) is None:
        return True
    return i > 0 and c.toks[i - 1].is_word and not c.initial(i)


_SOURCE_HEADS = frozenset(bare(w) for w in lx.UNNAMED | lx.TITLES | lx.STATEMENT_HEADS)
_TITLE_HEADS = frozenset(bare(w) for w in lx.TITLES)
# A body named before its verb at a sentence's start ("القيادة الوسطى ذكرت …") speaks.
_BODIES = frozenset(bare(w) for w in lx.ORGANISATIONS)


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
