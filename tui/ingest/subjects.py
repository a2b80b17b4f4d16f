"""The subject of a reporting verb and where its object begins: "أعلن جهاز الأمن العام،
أمس، اعتقال …" → the subject "جهاز الأمن العام", the object from "اعتقال".

Arabic puts the subject after the verb and may put a time, a place or a title's body between
them; the object then starts at a preposition the verb governs ("حذر … من"), at a verbal noun
("أعلن … انتهاء"), or after a comma. These rules tell the words of a name from the first word
of what was reported.
"""

from __future__ import annotations

from typing import Final

from . import lexicon as lx
from .cues import SentenceCues
from .groups import NAMING, NAMING_LINKS, PARTIES
from .names import glossed_place_or_body, known_word
from .objects import object_after_body, object_lead, own_doing
from .quotes import Token
from .speakers import (
    adverbial_at,
    allegiance,
    bare,
    bare_title_then_object,
    definite,
    is_date_word,
)


def title_like(part: list[Token]) -> bool:
    words = [t for t in part if t.is_word]
    return bool(words) and (words[0].f in lx.TITLES or words[0].f in lx.HONORIFICS)


def _name_like(part: list[Token]) -> bool:
    words = [t for t in part if t.is_word]
    return 0 < len(words) <= 4 and not any(t.f in lx.NAME_STOP for t in words)


_TODAY: Final = frozenset(lx.f(w) for w in ("أمس", "اليوم"))
_TIME_TAILS: Final = frozenset(
    lx.f(w) for w in ("الماضي", "الماضية", "المقبل", "المقبلة", "الجاري", "الحالي")
)


def _time_words(part: list[Token], k: int) -> int:
    """How many words of a time adverbial start at part[k] ("أمس الثلاثاء", "اليوم"), or 0;
    only one that more words follow, as an object follows the time it was said at."""
    first = part[k].f
    if not (is_date_word(first) or first in _TODAY) or first.isdigit():
        return 0
    before = part[k - 1]
    if (
        lx.is_preposition(before.f, before.text)
        or not before.is_word
        or is_date_word(before.f.strip("/-"))
    ):
        return 0  # "خلال العام الماضي": a time inside the object; "أيلول/ سبتمبر": one date
    m = k + 1
    while m < len(part) and (is_date_word(part[m].f) or part[m].f in _TODAY | _TIME_TAILS):
        m += 1
    return m - k if m < len(part) else 0


def subject_and_object(c: SentenceCues, j: int, end: int) -> tuple[list[list[Token]], int | None]:
    """Split "SUBJECT، ADVERBIAL، OBJECT" after a reporting verb: the subject parts, the object."""
    parts: list[list[Token]] = [[]]
    for token in c.toks[j:]:
        if token.start >= end:
            break
        if token.is_comma:
            parts.append([])
        else:
            parts[-1].append(token)
    first = parts[0]
    when = next((k for k in range(1, len(first)) if _time_words(first, k)), None)
    if when is not None:
        # "أكدت الوزارة أمس الثلاثاء التزامها": a time between subject and object, as a comma
        after = when + _time_words(first, when)
        parts[:1] = [first[:when], first[when:after], first[after:]]
    relayed = _relayed(parts[0])
    if relayed is not None:
        # "أشارت وكالة رويترز نقلاً عن مصدر أمني إلى فرار …": the source relayed speaks
        # (parse_np takes it), and the object begins at the verb's preposition after it
        return [parts[0][:relayed]], c.toks.index(parts[0][relayed])
    subject: list[list[Token]] = []
    filled = [p for p in parts if p]
    for at, part in enumerate(filled):
        while len(part) > 1 and part[0].f in lx.VERB_ADVERBS:
            part = part[1:]  # "، رسمياً انتهاء مهمته": how it was said, then the object
        if adverbial_at(part, 0):
            m = 0
            while m < len(part) and (is_date_word(part[m].f) or part[m].f in _TODAY):
                m += 1
            if subject and 0 < m < len(part) and part[m].is_word and part[m].f not in lx.THAT:
                # "أكد رئيس الوزراء، فلان، اليوم الإثنين سعيه …": when, then the object
                return subject, c.toks.index(part[m])
            continue
        if not subject:
            if object_lead(part[0]):
                return [], c.toks.index(part[0])  # no subject: the speaker is the last one
            k = _name_end(c, part)
            # "أعلنت الحكومة عن انتهاء …": the object begins; but "مصدر في نينوى" is where
            # the source is, and "النائب عن كتلة …" whom the deputy sits for.
            cut = (
                k < len(part)
                and part[k].f != "في"
                and not (part[k].f == "عن" and title_like(part[:k]))
            )
            token_k = part[k] if k < len(part) else None
            noun_lead = token_k is not None and (lx.verbal_noun(token_k.f) or object_lead(token_k))
            if 1 <= k < len(part) and (own_doing(part[k]) or object_after_body(part, k)):
                return [part[:k]], c.toks.index(part[k])  # "أبدى بارزاني قلقه من …": his own
            if 2 <= k < len(part) and definite(part[k - 1].f) and noun_lead:
                # "أعلنت وزارة الدفاع العراقية انسحاب القوات من قاعدة "عين الأسد"، …"
                return [part[:k]], c.toks.index(part[k])
            if (
                1 <= k < len(part)
                and lx.is_preposition(part[k].f, part[k].text)
                and (
                    (k >= 2 and title_like(part))
                    or (k == 1 and bare_title_then_object(part))
                    or cut
                    and (k >= 2 or (could_be_named(part[0]) and not title_like(part)))
                )
            ):
                # "كشف الأمين العام لحركة النجباء عن نكث …، لا سيما …": the object began
                return [part[:k]], c.toks.index(part[k])
            subject.append(part)
        elif lx.verbal_noun(part[0].f) and not definite(part[0].f):
            # "نفى المتحدث …، صباح النعمان، وجود خطر لداعش": after the name, a verbal noun
            # begins what he denied
            return subject, c.toks.index(part[0])
        elif (
            title_like(subject[0])
            and (part[0].f == "في" or _name_like(part))
            and not any(_name_like(p) and not title_like(p) and p[0].f != "في" for p in subject[1:])
        ):
            subject.append(part)
        elif (
            len(subject) == 1
            and definite(part[0].f)
            and at + 1 < len(filled)
            and (
                filled[at + 1][0].f in lx.THAT
                or (title_like(part) and lx.verbal_noun(filled[at + 1][0].f))
            )
        ):
            # "أكد فلان، المرشح لقيادة …، أن": a description of the speaker, then the object;
            # "أعلن فلان، الناطق باسم الحكومة، عزم العراق …": his office, then a verbal noun
            subject.append(part)
        elif len(subject) == 1 and at + 1 < len(filled) and _described_by(part):
            # "وتعتبر هذه الفصائل، المنضوية ضمن الحشد، سلاحها مقدساً": what the subject
            # is, between commas, then the object
            subject.append(part)
        elif _addressee(c, j, filled, at):
            # "ودعا عبدي، الرئيس الأميركي دونالد ترامب، إلى الحفاظ …": whom he called on,
            # then what he called for
            return subject, c.toks.index(filled[at + 1][0])
        elif (called := _called_to_within(c, j, part)) is not None:
            # "دعا فلان، الرئيس الأمريكي إلى الإبقاء …": whom, then to what, with no comma
            return subject, c.toks.index(part[called])
        else:
            lead = subject[0]
            inner = next((k for k in range(1, len(lead)) if object_lead(lead[k])), None)
            named = _name_end(c, lead)
            if named < len(lead) and _place_or_body(lead):
                # "أكدت المملكة المتحدة استمرار دعمها …، حيث …": the country, then its object
                inner = named if inner is None else min(inner, named)
            if (
                len(subject) == 1
                and inner is not None
                and not title_like(lead)
                and (
                    adverbial_at(part, 0)
                    or part[0].f == "في"
                    or part[0].f in lx.DISCOURSE
                    # "وأكدت اللجنة جاهزية القوات …، وقدرتها على …": the object goes on
                    or (inner == named and part[0].f[:1] == "و" and lx.verbal_noun(lead[inner].f))
                )
            ):
                # "أشار البيان إلى استمرار …، في إطار …": the object began inside the first
                # part; but in "أعلن جهاز … في السليمانية، اعتقال …" it is the next one
                return [lead[:inner]], c.toks.index(lead[inner])
            return subject, c.toks.index(part[0])
    if not subject:
        return [], None
    # One part: "أشادت بريطانيا باحتراف جنودها": the subject is its head phrase.
    part = subject[0]
    k = _name_end(c, part)
    if k >= len(part):
        return subject, None
    if k == 1 and not could_be_named(part[0]):
        # "وصف وجود تلك القوات بالمزعزع": the verb's object, said by the last speaker
        return [], c.toks.index(part[0])
    return [part[:k]], c.toks.index(part[k])


_CALLS: Final = frozenset({"دعا", "طالب", "حث", "ناشد"})  # verbs that call on someone to …
_CALLED_TO: Final = frozenset({"الي", "علي", "ب"})


def _addressee(c: SentenceCues, j: int, parts: list[list[Token]], at: int) -> bool:
    """Whether parts[at], after the subject of a verb that calls on someone, is whom it
    calls on: a short name or title, with "إلى …" or "بـ …" opening the next part."""
    verb = lx.lookup_verb(c.f(j - 1))
    if verb is None or verb[0].lemma not in _CALLS or at + 1 >= len(parts):
        return False
    nxt = parts[at + 1][0].f
    return len(parts[at]) <= 8 and (nxt in _CALLED_TO or (nxt[:1] == "ب" and len(nxt) > 3))


def _relayed(part: list[Token]) -> int | None:
    """Where the object begins after "X نقلاً عن Y" in one phrase: the first preposition
    after the relayed source; None when the phrase relays nothing."""
    relay = next((k for k in range(1, len(part) - 2) if part[k].f in lx.RELAY_ADVERBS
                  and part[k + 1].f == "عن"), None)  # fmt: skip
    if relay is None:
        return None
    return next((k for k in range(relay + 3, len(part))
                 if lx.is_preposition(part[k].f, part[k].text)), None)  # fmt: skip


def _place_or_body(part: list[Token]) -> bool:
    """Whether a phrase opens with a place or a body ("المملكة المتحدة …", "الحكومة …")."""
    first = part[0].f
    if first in lx.PLACES or bare(first) in lx.ORGANISATIONS:
        return True
    return len(part) > 1 and glossed_place_or_body(f"{part[0].text} {part[1].text}")


def _described_by(part: list[Token]) -> bool:
    """Whether a comma-set phrase describes the subject before it: a definite participle
    ("المنضوية ضمن …", "المدعومة من …", "الموالية لإيران") at its head, a few words long."""
    head = part[0].f
    return len(part) <= 6 and head.startswith("ال") and head[2:3] == "م" and len(head) >= 6


def _called_to_within(c: SentenceCues, j: int, part: list[Token]) -> int | None:
    """Where "إلى"/"على" opens what a calling verb calls for, inside the part that names whom
    it calls on ("الرئيس الأمريكي إلى الإبقاء"); None otherwise."""
    verb = lx.lookup_verb(c.f(j - 1))
    if verb is None or verb[0].lemma not in _CALLS:
        return None
    return next((k for k in range(1, min(len(part), 6)) if part[k].f in ("الي", "علي")), None)


def _name_end(c: SentenceCues, part: list[Token]) -> int:
    """How many words of `part` name the subject, from its first word on."""
    k = 1
    while k < len(part) and _in_name(c, part, k):
        k += 1
    return k


def _in_name(c: SentenceCues, part: list[Token], k: int) -> bool:
    """Whether part[k] goes on the name begun at part[0]: definite words and a quoted name
    ("جهاز الأمن العام "الآسايش""), a person's names, a title's body and place ("وزير
    الداخلية في إقليم كوردستان"), what tells an unnamed source apart ("مصدر عسكري ثان")."""
    token = part[k]
    if not token.is_word or c.s.inside_quote(token.start):
        return token.text not in "،,.:"
    if token.f in lx.SOURCE_CLAUSE or own_doing(token):
        return False  # "أكدت الوزارة التزامها": her commitment, the object
    if object_after_body(part, k):
        return False  # "أكدت اللجنة جاهزية القوات": a definite body takes no noun in construct
    if part[k - 1].f in lx.HONORIFICS and not definite(token.f):
        return True  # "الكولونيل بيلويك": a rank, then the name it is followed by
    if token.f in ("برتبه", "بدرجه") or part[k - 1].f in ("برتبه", "بدرجه"):
        return True  # "ضابط برتبة عقيد": the rank an unnamed source holds
    if token.f in NAMING or token.f in NAMING_LINKS and any(t.f in NAMING for t in part[:k]):
        return True  # "جماعة تُعرف بـ"…"": the name the group goes by
    if token.f in lx.DEMONSTRATIVES:
        return False  # "ووصفت الدليمي هذه السجون بأنها …": the object begins
    if token.f == "عبد" and k + 1 < len(part) and definite(part[k + 1].f) or part[k - 1].f == "عبد":
        return True  # "وزير الداخلية عبد الأمير الشمري": a name in two words, "servant of"
    heads = lx.ORGANISATIONS | lx.TITLES
    surname = k == 1 and definite(part[0].f) and part[0].f.endswith("ي")
    surname = surname and bare(part[0].f) not in heads | lx.PLACES
    if surname and definite(token.f) and bare(token.f) in heads:
        return False  # "وطالبت الدليمي الحكومة العراقية بـ": a surname, then whom she urged
    unnamed = part[0].f in lx.UNNAMED or bare(part[0].f) in lx.UNNAMED
    if (
        unnamed
        and not definite(part[0].f)
        and k > 1
        and definite(token.f)
        and _describes(part[k - 1])
        and not definite(part[k - 1].f)
    ):
        # "أكد مصدر كردي المعلومة", "تتهم مسؤولة كردية بارزة القوات …": after its
        # adjective, the object begins
        return False
    if token.f == "في" and k + 1 < len(part) and part[k + 1].f in lx.PLACES:
        return True
    if token.f[:1] == "و" and token.f[1:] in lx.PLACES and part[k - 1].f in lx.PLACES:
        return True  # "بغداد وواشنطن": two capitals for two governments
    titled = title_like(part)
    if titled and (
        token.f == "في"
        and k + 1 < len(part)
        and _of_title(part[k + 1])
        or token.f != "في"
        and _of_title(token)
    ):
        return True  # "وزير الداخلية في إقليم كوردستان": where the title holds
    owner = "ال" + token.f[2:] if token.f[:2] == "لل" else token.f[1:]
    if titled and token.f[:1] == "ل" and owner in lx.ORGANISATIONS | lx.TITLES:
        return True  # "الأمين العام لحركة النجباء", "القائد العام للقوات": whose title it is
    if titled and token.f[:1] == "ب" and token.f[1:] in lx.PLACES:
        return True  # "نائب قائد العمليات المشتركة بالعراق": where the title holds
    if titled and token.f == "في" and _holder_follows(part, k + 1):
        return True  # "نائب الأدميرال في البحرية الأميركية براد كوبر": the service, the holder
    if unnamed and token.f == "في" and k + 1 < len(part) and definite(part[k + 1].f):
        return True  # "مسؤولون في المنطقة", "مصادر في الوزارة": where the sources are
    if glossed_place_or_body(f"{part[k - 1].text} {token.text}"):
        return True  # "شهود عيان", "المملكة المتحدة": one phrase the glossary names
    if unnamed and token.f[:1] == "و" and token.f[1:] in lx.UNNAMED:
        return True  # "زعماء في المنطقة وحلفاء غربيون": a second group speaking with them
    if allegiance(token) and k + 1 < len(part) and part[k + 1].f[:1] in "لمع":
        return True  # "ميليشيات مدعومة من إيران", "قوات الأمن التابعة للإدارة": the side
    if (
        allegiance(part[k - 1])
        or k > 1
        and allegiance(part[k - 2])
        and lx.is_preposition(part[k - 1].f, part[k - 1].text)
    ):
        return True  # "فصائل موالية لإيران", "قيادي مقرب من الحشد": whose side they are on
    if lx.is_preposition(token.f, token.text):
        return False  # "ردّ حسين على تصريحات": the object begins
    if k > 0 and part[k - 1].f == "في" and token.f in lx.PLACES:
        return True
    if known_word(token.text) and (titled or all(known_word(t.text) for t in part[:k])):
        return True  # "حذّر رئيس الجهاز حميد الشطري": a title, then the holder's name
    if part[k - 1].f in lx.TITLES and token.f in lx.ORGANISATIONS:
        return True  # "رئيس جهاز المخابرات": the body the title heads
    if (
        k == 1
        and part[0].f in lx.ORGANISATIONS
        and not definite(part[0].f)
        and (not object_lead(token))
    ):
        return True  # "وكالة رويترز", "صحيفة الغارديان": a body's head, then its name
    if unnamed and _describes(token):
        return True  # "مصدر عسكري ثان", "مسؤولون عراقيون": what tells a source apart
    if (
        token.f in lx.ORGANISATIONS
        and part[k - 1].f in lx.ORGANISATIONS
        and not definite(part[k - 1].f)
    ):
        return True  # "كتائب حزب الله": a body named by another body's name
    if k == 1 and part[0].f in lx.PLACES and definite(token.f) and token.f not in lx.PLACES:
        return False  # "دعا العراق الدول الأوروبية إلى …": a country, then whom it called on
    return definite(token.f) and not token.f.startswith(("بال", "لل"))


def _holder_follows(part: list[Token], k: int) -> bool:
    """Whether the title's holder is named within a few definite words from part[k] on."""
    for m in range(k, min(len(part), k + 4)):
        word = part[m]
        if m > k and known_word(word.text) and not definite(word.f):
            return True
        if not (word.is_word and definite(word.f)):
            return False
    return False


def _describes(token: Token) -> bool:
    """Whether a word describes an unnamed source: a nationality, a field, a rank, in any
    number and gender ("عراقيون", "أمنية", "ثان")."""
    if lx.is_preposition(token.f, token.text):
        return False
    word = token.f
    for ending in ("يون", "يين", "يه", "يان"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            word = word[: -len(ending)] + "ي"
            break
    if word in lx.NAME_STOP or (word.endswith("ه") and word[:-1] in lx.NAME_STOP):
        return True  # "مسلحة", "مطلعة": the feminine of a listed adjective
    # Any other nisba after an unnamed head ("مصادر أردنية", "مسؤول بلجيكي"): an adjective.
    return word.endswith("ي") and len(word) >= 5 and not known_word(token.text)


def _of_title(token: Token) -> bool:
    """Whether a word can go on a title: a region, an institution, a nationality."""
    return token.f in lx.NAME_STOP and not lx.is_preposition(token.f, token.text)


def could_be_named(token: Token) -> bool:
    """Whether one word can name a speaker on its own: a title, a body, an unnamed source, a
    known given or family name, a nisba ("البياتي") or a place ("بريطانيا")."""
    word, head = token.f, bare(token.f)
    heads = lx.TITLES | lx.ORGANISATIONS | lx.UNNAMED | lx.PLACES | lx.STATEMENT_HEADS
    return (
        word in heads
        or head in heads
        or word in PARTIES
        or known_word(token.text)
        or (definite(word) and word.endswith("ي"))
    )
