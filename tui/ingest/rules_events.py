"""The source of a speech verb coordinated after a meeting or visit ("استقبل رئيس الوزراء
السفيرَ، وأكد أن …", "تحدث مسؤول دفاعي وأكد أن …"): the subject of the verb that opens the
sentence, which the speech verb shares (Arabic coordination keeps the subject; the lexicon's
"event_verbs" lists the verbs that open such sentences)."""

from __future__ import annotations

from typing import Final

from . import lexicon as lx
from .cues import SentenceCues
from .names import known_word
from .quotes import Token
from .speakers import Mention, bare, definite, parse_np, segments
from .subjects import subject_and_object

# folded: particles that may precede the opening verb ("فقد تحدث", "وقد استقبل", "كما زار")
_OPENERS: Final = frozenset({"فقد", "وقد", "قد", "كما", "وكان", "كان"})


def event_subject(c: SentenceCues, i: int) -> Mention | None:
    """The subject of the event verb that opens the sentence, when the speech verb at token i
    is joined to it by "و" with no other verb, "that" or quotation between; else None."""
    word = c.f(i)
    if word[:1] != "و" or i < 3:
        return None
    v = 0
    while v < i and c.f(v) in _OPENERS:
        v += 1
    opening = c.f(v)
    opening = opening[1:] if opening[:1] in "وف" and opening[1:] in lx.EVENT_VERBS else opening
    if opening not in lx.EVENT_VERBS:
        return None
    for k in range(v + 1, i):
        token = c.toks[k]
        if c.verb_at(k) or c.f(k) in lx.THAT or c.quoted(k) or token.text in ".!?؟:":
            return None
    parts, _ = subject_and_object(c, v + 1, c.toks[i].start)
    if not parts or not parts[0]:
        return None
    return parse_np(c.text, segments(_without_object(parts[0])))


def _without_object(part: list[Token]) -> list[Token]:
    """The subject's words of "رئيس الوزراء فلان الفلاني السفيرَ البريطاني": a person's name
    ends where a title or a body begins the one received or met ("نظيره" among them)."""
    named = False
    for k, token in enumerate(part):
        if named and (
            token.f.startswith(("نظير", "وفد"))
            or (definite(token.f) and bare(token.f) in lx.TITLES | lx.ORGANISATIONS)
        ):
            return part[:k]
        named = named or known_word(token.text)
    return part
