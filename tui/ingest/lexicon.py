"""Word lists of Arabic news attribution: speech verbs, titles, sources and connectives.

The lists are data (`tui/ingest/data/attribution.json`), written as a reporter writes and
folded once when loaded (see tui.arabic.normalise), so hamza, ta marbuta, alef maksura and
harakat variants all match. They describe general conventions of Arabic wire copy, not any
one article; each entry in the file says what it is for.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from ..arabic import wordlists as wl
from ..arabic.normalise import fold

_DATA: Final = wl.load("tui.ingest", "attribution.json")


def f(word: str) -> str:
    """The folded form of a word or phrase."""
    return fold(word).text


def words(listing: str) -> frozenset[str]:
    """The folded forms of the space-separated words in `listing`."""
    return frozenset(f(w) for w in listing.split())


def _entry(name: str) -> Mapping[str, Any]:
    value = _DATA.get(name)
    if not isinstance(value, dict):
        raise wl.WordListError(f"attribution.json: {name!r} must be an object")
    return value


def _set(name: str) -> frozenset[str]:
    return wl.words(_entry(name), "words")


def _pairs(name: str) -> frozenset[tuple[str, str]]:
    out = set()
    for pair in wl.phrases(_entry(name), "pairs"):
        first, _, second = pair.partition(" ")
        if not second or " " in second:
            raise wl.WordListError(f"attribution.json: {name!r}: {pair!r} is not two words")
        out.add((first, second))
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class Verb:
    """A speech verb as it appears: its lemma (past, 3rd person masculine) and its form."""

    lemma: str
    form: str  # "past", "present" or "participle"


def _past(p: str) -> list[str]:
    if p.endswith("ي"):  # defective verbs (رأى، نفى، أثنى) drop the final letter
        return [p, p[:-1] + "ت", p[:-1] + "وا", p[:-1] + "تا", p + "ا"]
    if p.endswith("ا"):  # دعا
        return [p, p[:-1] + "ت", p[:-1] + "وا", p[:-1] + "تا"]
    return [p, p + "ت", p + "وا", p + "تا", p + "ا"]


def _present(y: str) -> list[str]:
    stem = y[1:]
    plural = y[:-1] + "ون" if y[-1] in "يو" else y + "ون"
    dual = y[:-1] + "ان" if y[-1] in "يو" else y + "ان"  # "تعلنان": two parties speaking
    return [y, "ت" + stem, plural, dual, "ت" + dual[1:]]


def _participles(a: str) -> list[str]:
    stem = a[:-1] if a.endswith("ا") else a
    return [stem + "ا", stem + "ه", stem + "ين", stem + "ون", stem + "تين"]


def _verb_table() -> dict[str, Verb]:
    table: dict[str, Verb] = {}
    for line in wl.phrases(_entry("speech_verbs"), "verbs"):
        parts = line.split()
        if len(parts) != 3:
            raise wl.WordListError(f"attribution.json: speech verb {line!r} needs three forms")
        past, present, participle = parts
        lemma = past
        for form in _past(lemma):
            table.setdefault(form, Verb(lemma, "past"))
        for form in _present(present):
            table.setdefault(form, Verb(lemma, "present"))
        if participle != "-":
            for form in _participles(participle):
                table.setdefault(form, Verb(lemma, "participle"))
    for word, lemma in wl.table(_entry("extra_participles"), "forms").items():
        table[word] = Verb(f(lemma), "participle")
    for word, lemma in wl.table(_entry("impersonal_forms"), "forms").items():
        table.setdefault(word, Verb(f(lemma), "present"))
    for word in _set("not_verbs"):
        table.pop(word, None)
    return table


VERBS: Final[dict[str, Verb]] = _verb_table()
REPORTING: Final = _set("reporting")
EVENT_VERBS: Final = _set("event_verbs")
IMPERSONAL: Final = _set("impersonal")


_PREFIXED_ONLY: Final = _set("not_verbs")


def lookup_verb(word: str) -> tuple[Verb, int] | None:
    """The speech verb a folded word is, and how many prefix letters (و، ف) precede it."""
    if word in VERBS:
        return VERBS[word], 0
    if len(word) > 2 and word[0] in "وف" and word[1:] in VERBS:
        return VERBS[word[1:]], 1
    if len(word) > 2 and word[0] in "وف" and word[1:] in _PREFIXED_ONLY:
        return Verb(word[1:], "past"), 1  # "وبين أن": with its conjunction, the verb
    return None


THAT: Final = _set("that")
THAT_PREPOSITIONS: Final = _set("that_prepositions")
BIL_QAWL: Final = _set("bil_qawl")
VERB_ADVERBS: Final = _set("verb_adverbs")
DISCOURSE: Final = _set("discourse")
DISCOURSE_PAIRS: Final = _pairs("discourse_pairs")
PRONOUN_CONJUNCTIONS: Final = _set("pronoun_conjunctions")
SUBJECT_OPENERS: Final = _set("subject_openers")
SUBJECT_OPENER_PAIRS: Final = _pairs("subject_opener_pairs")
TEMPORAL: Final = _set("temporal")
PARTICIPLE_LINKS: Final = _set("participle_links")
SEQUENCE_ADVERBS: Final = _set("sequence_adverbs")
ABBREVIATED: Final = _set("abbreviated")
WHEN_FIRST: Final = _set("when_first")
PLATFORM_WORDS: Final = _set("platform_words")
OUTLET_HEADS: Final = _set("outlet_heads")
SITE_HEADS: Final = OUTLET_HEADS | _set("site_heads")
KANA: Final = _set("kana")
QAD: Final = _set("qad")
FRAMING: Final = _set("framing")
FRAMING_PAIRS: Final = _pairs("framing_pairs")
TAIL_HEADS: Final = _set("tail_heads")
TAIL_WORDS: Final = _set("tail_words")
ACCORDING: Final = _set("according")
ACCORDING_BEFORE: Final = _set("according_before")
SOURCE_HEADS: Final = _set("source_heads")
UNNAMED: Final = _set("unnamed")
SWELL_VERBS: Final = _set("swell_verbs")
SAYINGS: Final = _set("sayings")
HONORIFICS: Final = _set("honorifics")
TITLES: Final = _set("titles")
EXPERT_TITLES: Final = _set("expert_titles")
ORGANISATIONS: Final = _set("organisations")
STATEMENT_HEADS: Final = _set("statement_heads")
PLACES: Final = _set("places")
NAME_STOP: Final = PLACES | ORGANISATIONS | TITLES | _set("name_stop")
DEMONSTRATIVES: Final = _set("demonstratives")
RELATIVES: Final = _set("relatives")
SOURCE_CLAUSE: Final = _set("source_clause")
ADVERBIAL_STARTS: Final = _set("adverbial_starts")
OCCASIONS: Final = _set("occasions")
OCCASION_PAIRS: Final = _pairs("occasion_pairs")
ISSUE_VERBS: Final = _set("issue_verbs")
ISSUED: Final = _set("issued")
CAME_IN: Final = _set("came_in")
RELAY_VERBS: Final = _set("relay_verbs")
SAYING_NOUNS: Final = _set("saying_nouns")
ANNOUNCEMENT_NOUNS: Final = _set("announcement_nouns")
PREPOSITIONS: Final = _set("prepositions")
HEADLINE_LABELS: Final = _set("headline_labels")
HEADLINE_TEASERS: Final = _set("headline_teasers")
DENIALS: Final = _set("denials")
NOT_SOURCES: Final = _set("not_sources")
RELAY_ADVERBS: Final = _set("relay_adverbs")
READ_ALSO: Final = wl.phrases(_entry("read_also"), "phrases")


def is_preposition(word: str, written: str) -> bool:
    """Whether a word (folded, and as written) is a preposition, not the name "علي"."""
    letters = "".join(c for c in written if not "\u064b" <= c <= "\u0652")
    if word not in PREPOSITIONS and word[:1] == "و" and word[1:] in PREPOSITIONS:
        word = word[1:]  # "وبشأن", "وفي": the conjunction before it
    return word in PREPOSITIONS and (word != "علي" or letters.endswith("ى"))


_DEFINITE: Final = ("ال", "وال", "بال", "لل", "فال", "كال")


def definite(word: str) -> bool:
    """Whether a folded word carries the article ("ال", "وال", "لل" ...).

    Two letters at least follow it: "الي" is the folded preposition "إلى", "الا" is "إلا".
    """
    return any(word.startswith(p) and len(word) >= len(p) + 2 for p in _DEFINITE)


def bare(word: str) -> str:
    """A folded word without its article or a "لـ" before the article ("للوزارة" → "وزاره")."""
    for prefix in ("وال", "بال", "فال", "كال", "لل", "ال"):
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            return word[len(prefix) :]
    return word


# Verbal nouns by their shape (folded): forms VII, VIII and X ("انسحاب", "اكتمال", "استمرار"),
# II ("تسليم", "تقليص") and IV ("إنهاء", "إخراج"), and a few of form I.
_VERBAL_NOUN = re.compile(r"(?:ان|است)\w{3,}|ا\wت\wا\w|ت\w\wي\w|ا\w\wا\w")
_FORM_I: Final = frozenset({"بدء", "رفض", "دعم", "عدم", "نقل", "سحب", "خروج", "وقف", "قلق",
                            "عزم", "اسف", "حرص", "فشل", "نجاح", "وجود", "بقاء", "عوده",
                            "تواجد", "قيام"})  # fmt: skip


def verbal_noun(word: str) -> bool:
    """Whether a folded word has the shape of a verbal noun, the head of an object
    ("انسحاب القوات", "تسليم المعسكر"), not of a name."""
    return word in _FORM_I or _VERBAL_NOUN.fullmatch(word) is not None
