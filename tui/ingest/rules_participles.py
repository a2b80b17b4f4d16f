"""Attribution by a speech participle that goes on from a clause: "…، مؤكداً أن …",
"… هدية لإيران والصين محذراً من …", "وأدلى فلان بتصريحات، مؤكداً …".

The participle is the cue; its source is whoever spoke last in the sentence, or the subject
of the verb that opened it when nothing was said before; the content is its "that" clause,
its quotation, or (for a reporting verb) the clause from its object on.
"""

from __future__ import annotations

from . import lexicon as lx
from .cues import MIN_QUOTE_WORDS, SentenceCues
from .names import known_word
from .objects import noun_object
from .speakers import Mention, bare, definite, parse_np, segments
from .subjects import subject_and_object


def _mid_report(c: SentenceCues, i: int) -> bool:
    """Whether a participle with no comma before it goes on from a statement already found in
    this sentence ("… هدية لإيران والصين محذراً من …"): the clause before it ended there."""
    start = c.toks[i].start
    return (
        i > 3
        and c.toks[i - 1].is_word
        and c.f(i - 1) not in lx.KANA
        and any(f.end > f.start and f.end <= start and start - f.end <= 2 for f in c.found)
    )


def _opening_subject(c: SentenceCues, i: int) -> Mention | None:
    """Who a participle goes on from when nothing was said before it in its sentence: the
    subject of the verb that opens the sentence, or its "أن" clause ("وأدلى النائب فلان
    بتصريحات، مؤكداً", "بحث مسؤولون … مستقبل العلاقة، مؤكدين", "بعد أن أدلت فلانة، المتحدثة
    …، بتصريحات، زاعمة"); None when it is not plainly a verb and its subject."""
    at = c.toks[i].start
    if any(f.at < at for f in c.found):
        return None  # a statement before it in the sentence: its speaker goes on
    anchor = max((k + 1 for k in range(i - 1) if c.f(k) in lx.THAT), default=0)
    while anchor + 1 < i and c.f(anchor) in lx.DISCOURSE:
        anchor += 1  # "كذلك هددت جماعة …، محذرة": the verb after the connective
    head, token = c.f(anchor), c.toks[anchor]
    if (
        anchor + 1 >= i
        or not token.is_word
        or c.quoted(anchor)
        or definite(head)
        or lx.is_preposition(head, token.text)
        or head in lx.TITLES
        or head in lx.DISCOURSE
        or head in lx.PLACES
        or known_word(head)
        or not 3 <= len(head.removeprefix("و")) <= 6
    ):
        return None  # no verb opens it: "في ظل …،", "الوزير …،", "بغداد …،"
    parts, _ = subject_and_object(c, anchor + 1, at)
    if not parts:
        return None
    who = parse_np(c.text, [seg for part in parts for seg in segments(part)])
    if who is None or len(who.name.split()) > 8:
        return None
    lone = who.kind == "person" and not who.title and " " not in who.name
    if lone and not (known_word(bare(who.head)) or who.name.endswith("ي")):
        return None  # "وسلط الضوء على …": one untitled word is the verb's object, not a surname
    return who


def participle(c: SentenceCues, i: int) -> None:
    prev = c.toks[i - 1] if i else None
    if prev is None:
        after = c.f(c.skip_adverbs(i + 1))
        said = after in lx.THAT or c.toks[min(c.n - 1, i + 1)].text == ":"
        said = said and c.f(i) not in lx.HEADLINE_LABELS  # "متابعة: فلان" signs the page
        if not said and not c.text[: c.toks[i].start].rstrip().endswith(("..", "…")):
            # "… لا يسمح بذلك .. مشيراً إلى أن": dots that pause, not a new report; and a
            # sentence may open "مضيفاً: …" or "مؤكداً أن …", the last speaker going on
            return
    elif not (prev.is_comma or prev.f in ("ومضي", "مضي") or prev.text in '»”"') and not (
        _mid_report(c, i)
    ):
        return
    word, at = c.toks[i].text, c.toks[i].start
    if c.f(i) in lx.SOURCE_CLAUSE:
        return  # "طالباً عدم الكشف عن هويته": the source asks for anonymity; nothing is said
    who = _opening_subject(c, i)
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
            c.emit(c.complement(k), word, who, at)
            return
        if token.is_comma or token.text in ".!?؟":
            break
    lead = c.f(j)
    verb = c.verb_at(i)
    if lead in ("الي", "علي", "من", "عن") and j + 1 < c.n:
        c.emit((c.toks[j + 1].start, c.clause_end(j + 1), "paraphrase"), word, who, at)
    elif lead[:1] == "ب" and len(lead) > 3 and not c.quoted(j):
        c.emit((c.toks[j].start, c.clause_end(j), "paraphrase"), word, who, at)
    elif (
        verb is not None
        and verb.lemma in lx.REPORTING
        and j < c.n
        and c.toks[j].is_word
        and noun_object(c, j)
    ):
        # "مؤكداً قدرة قواته على ...": the position the outlet reports, from its object on
        c.emit((c.toks[j].start, c.clause_end(j), "reported_by_outlet"), word, who, at)
