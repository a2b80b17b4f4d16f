"""Where a reporting verb's object begins: a preposition or a "بـ"/"لـ" word, her own doing
("استمرارها"), or a noun phrase in construct ("انتهاء المهمة"), not a speaker's name."""

from __future__ import annotations

from . import lexicon as lx
from .cues import SentenceCues
from .names import known_word
from .quotes import Token
from .speakers import bare, definite

# folded: ب-words that go on describing an unnamed source, not an object
_OF_THE_NAME = frozenset({"برتبه", "بدرجه", "بصفه"})


def object_lead(token: Token) -> bool:
    """Whether a word after a verb begins its object ("بشجاعة", "على إعلان"), not a subject
    ("لجنة الأمن", "بلدية"): a preposition, or ب or ل before a word that is not a body's."""
    word = token.f
    if word.startswith("بال") and len(word) > 5 and bare(word) not in lx.ORGANISATIONS:
        return True  # "رحبوا بالاتفاق": a preposition and its noun, never a speaker
    return (
        lx.is_preposition(word, token.text)
        or (
            word[:1] in "بل"
            and word not in lx.PLACES | lx.ORGANISATIONS | lx.TITLES | lx.UNNAMED
            and not definite(word)
            and len(word) > 3
            and not known_word(token.text)  # "باسم العوادي", "بلال …": a given name
            and word not in _OF_THE_NAME  # "ضابط برتبة عقيد": the rank the source holds
        )
        or (  # "كما أبدى دعمه للاتفاق", "وأكدت استمرارها في …": one's own doing, not who
            (word.endswith(("ها", "هم", "هما")) or token.text.endswith("ه"))
            and (len(word) > 5 or lx.verbal_noun(word[:-1]))  # "أبدى قلقه"
            and not definite(word)
            and not known_word(token.text)
            and bare(word) not in lx.ORGANISATIONS
        )
    )


def noun_object(c: SentenceCues, j: int) -> bool:
    """Whether token j begins a noun phrase object (a verbal noun in construct, not a verb)."""
    word = c.f(j)
    if c.verb_at(j) or word in lx.THAT or lx.is_preposition(word, c.toks[j].text):
        return False
    if word in lx.DISCOURSE or word in lx.PRONOUN_CONJUNCTIONS:
        return False
    if word[:1] in "يت" and len(word) > 3:
        return False  # "يؤكد", "تعمل": a verb starts a new clause
    return j + 1 < c.n and c.toks[j + 1].is_word


def own_doing(token: Token) -> bool:
    """Whether a word is the subject's own stance as a noun with its pronoun ("قلقه",
    "ترحيبها"), written with "ه", not the feminine "ة" of an adjective ("قلقة")."""
    own = token.f in lx.SOURCE_CLAUSE and token.text.endswith(("ه", "ها", "هم"))
    return own or (token.text.endswith("ه") and lx.verbal_noun(token.f[:-1]))


def object_after_body(part: list[Token], k: int) -> bool:
    """Whether part[k], an indefinite verbal or abstract noun ("جاهزية", "استمرار") right
    after a definite body ("اللجنة"), begins the object: a definite noun is never in construct."""
    token = part[k]
    return (
        k == 1
        and definite(part[0].f)
        and bare(part[0].f) in lx.ORGANISATIONS
        and not definite(token.f)
        and (token.f.endswith("يه") or lx.verbal_noun(token.f))
    )
