"""Whose words a clause holds when someone else is named inside it: the remarks of a person
("تصريحات لوزير سابق قال فيها إن …"), or a "that" clause that opens with another's speech
verb ("وذكرت الوكالة أن الوكيل فلان قال إن …", "أفادت الوكالة أنه قال الرئيس: …")."""

from __future__ import annotations

from typing import Final

from . import lexicon as lx
from .cues import SentenceCues
from .quotes import tokenize
from .speakers import Mention, bare, parse_np, segments

_SAID_IN = frozenset({"تصريحات", "تصريح", "حديث", "مقابله", "كلمه", "تغريده", "منشور", "رساله",
                      "خطاب", "مداخله"})  # fmt: skip


def said_in(c: SentenceCues, i: int) -> Mention | None:
    """The speaker of "تصريحات لوزير سابق قال فيها إن …": the one the remarks are of."""
    if c.f(i + 1) not in ("فيه", "فيها") or i < 2:
        return None
    if c.f(i - 1) in lx.RELATIVES:
        # "تصريحات رئيس الحكومة فلان التي أكد فيها أن": the remarks' owner in construct
        m = next((m for m in range(i - 3, max(-1, i - 12), -1) if bare(c.f(m)) in _SAID_IN), None)
        if m is not None and all(c.toks[k].is_word for k in range(m + 1, i - 1)):
            return parse_np(c.text, segments(c.toks[m + 1 : i - 1]))
    for m in range(i - 2, max(-1, i - 9), -1):
        if bare(c.f(m)) in _SAID_IN and c.f(m + 1)[:1] == "ل" and len(c.f(m + 1)) > 2:
            first = c.toks[m + 1]
            # "لوزير" → "وزير", "للوزير" → "الوزير": the one whose remarks they are
            name = "ال" + first.text[2:] if first.f.startswith("لل") else first.text[1:]
            rest = c.text[first.end : c.toks[i - 1].end]
            return parse_np(name + rest, segments(tokenize(name + rest, 0)))
        if c.verb_at(m) is not None or not c.toks[m].is_word:
            return None
    return None


def said_within(
    c: SentenceCues, span: tuple[int, int, str] | None
) -> tuple[Mention, tuple[int, int, str] | None] | None:
    """Who says what a "that" clause reports, when it opens with someone and his speech verb
    ("أن وكيل الوزارة فلان قال إن …"): that speaker and his words; else None."""
    if span is None or span[2] == "direct_quote":
        return None
    start = c.index_at(span[0])
    first = c.verb_at(start)
    if first is not None and first.form == "past" and first.lemma in _SAYS:
        # "وأفادت الوكالة أنه قال الرئيس فلان في مقابلة: "…"": the verb first, then its subject
        k = c.marker(start + 1, limit=15)
        who = c.subject(start + 1, k)[0] if k is not None else None
        return None if who is None or k is None else (who, c.complement(k))
    for m in range(start + 1, min(c.n, start + 9)):
        token = c.toks[m]
        if not token.is_word or c.quoted(m):
            return None
        verb = c.verb_at(m)
        if verb is None:
            continue
        if verb.form == "participle" or verb.lemma not in _SAYS:
            return None
        k = c.marker(m + 1, limit=4)
        if k is not None and c.f(k) in ("علي", "الي") and c.f(k + 1) in lx.THAT:
            k += 1  # "أكد على أن", "أشار إلى أن"
        if k is None or c.f(k) not in lx.THAT:
            return None
        who = parse_np(c.text, segments(c.toks[start:m]))
        return None if who is None else (who, c.complement(k))
    return None


# Verbs that say words, not report a position: what follows them is someone's speech.
_SAYS: Final = frozenset(lx.f(w) for w in ("قال", "اكد", "اوضح", "اضاف", "صرح", "ذكر"))
