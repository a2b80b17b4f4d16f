"""English names for new actors, and the dictionary they come from: the news spelling of a person.

A person's name is looked up whole among people often quoted in this news, then word by word
among given and family names (`tui/ingest/data/names.json`), each spelled as English-language
news spells it ("الجبوري" → al-Jubouri); only a word the dictionary lacks is romanised by rule
(tui/ingest/translit). Kurdish letters (ێ ڵ ە ڕ ی ک) are read as the Arabic letters
Arabic-script news uses for them. A speaker with no name is described in English by
`english.py`, from the glossary loaded here with the names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

from ..arabic import wordlists as wl
from .translit import transliterate

# Sorani letters as Arabic-script news writes the same names ("ڕەشید" → "رشيد"); ە inside a
# word is a vowel that Arabic spelling leaves out, and a final ە is written ه.
_KURDISH: Final = str.maketrans({"ێ": "ي", "ۆ": "و", "ڵ": "ل", "ڕ": "ر", "ک": "ك", "ی": "ي",
                                 "ھ": "ه", "ۊ": "و", "ڤ": "ف"})  # fmt: skip


def key(text: str) -> str:
    """The form a name or phrase is looked up by: Kurdish letters read as Arabic, then folded."""
    words = []
    for word in text.replace("ـ", "").split():
        word = word.translate(_KURDISH).strip('()«»"“”،,.:')
        if "ە" in word:
            word = word[:-1].replace("ە", "") + ("ه" if word.endswith("ە") else word[-1])
        words.append(word)
    return wl.f(" ".join(words))


def _section(data: Mapping[str, Any], name: str) -> dict[str, str]:
    table = data.get(name)
    if not isinstance(table, dict):
        raise wl.WordListError(f"{name!r} must be an object of Arabic → English")
    out: dict[str, str] = {}
    for arabic, english in table.items():
        if not isinstance(arabic, str) or not isinstance(english, str) or not english:
            raise wl.WordListError(f"{name!r}: {arabic!r} must map to an English string")
        out.setdefault(key(arabic), english)
    return out


@dataclass(frozen=True, slots=True)
class NameLexicon:
    """Given, family and whole names, and the glossary's phrases, nouns, adjectives, places."""

    given: dict[str, str]
    family: dict[str, str]
    people: dict[str, str]
    phrases: dict[str, str]
    nouns: dict[str, str]
    adjectives: dict[str, str]
    places: dict[str, str]
    longest: int


@lru_cache(maxsize=1)
def name_lexicon() -> NameLexicon:
    """The dictionary of names and the glossary, folded (names.json, glossary.json)."""
    names = wl.load("tui.ingest", "names.json")
    gloss = wl.load("tui.ingest", "glossary.json")
    phrases = _section(gloss, "phrases")
    places = _section(gloss, "places")
    longest = max(len(k.split()) for k in [*phrases, *places])
    return NameLexicon(
        _section(names, "given"), _section(names, "family"), _section(names, "people"),
        phrases, _section(gloss, "nouns"), _section(gloss, "adjectives"), places, longest,
    )  # fmt: skip


# Particles of names, folded.
_NAME_PARTICLES: Final = {"بن": "bin", "ابن": "ibn", "ابو": "Abu", "ام": "Umm", "بنت": "bint"}


def person_word(word: str, first: bool, lex: NameLexicon) -> str:
    """One word of a person's name as the news spells it; romanised if the dictionary lacks it."""
    if word in _NAME_PARTICLES and not first:
        return _NAME_PARTICLES[word]
    found = (lex.given.get(word) if first else None) or lex.family.get(word) or lex.given.get(word)
    if found:
        return found
    if word.startswith("ال") and len(word) > 3:
        bare = lex.family.get(word[2:]) or lex.given.get(word[2:])
        if bare:
            return "al-" + bare
    return transliterate(word)


def known_word(word: str) -> bool:
    """Whether a word is a given or family name the dictionary knows ("الجبوري", "أحمد")."""
    lex = name_lexicon()
    folded = key(word)
    return (
        folded in lex.given
        or folded in lex.family
        or (folded.startswith("ال") and folded[2:] in lex.family)
    )


def family_word(word: str) -> bool:
    """Whether a word is a family name the dictionary knows and not a given name
    ("بارزاني", "الجبوري"), so that a title before it names its holder."""
    lex = name_lexicon()
    folded = key(word)
    return (folded in lex.family or folded.removeprefix("ال") in lex.family) and (
        folded not in lex.given
    )


def person_name(name: str) -> str:
    """The English spelling of a person's Arabic name ("كريم الساعدي" → "Karim al-Saadi")."""
    lex = name_lexicon()
    folded = key(name)
    if folded in lex.people:
        return lex.people[folded]
    words = folded.split()
    originals = name.replace("ـ", "").split()
    out: list[str] = []
    k = 0
    while k < len(words):
        pair = " ".join(words[k : k + 2])
        if len(words) - k >= 2 and (pair in lex.given or pair in lex.family):
            out.append(lex.given.get(pair) or lex.family[pair])  # "عبد الله" → Abdullah
            k += 2
            continue
        word = person_word(words[k], k == 0, lex)
        written = originals[k] if len(originals) == len(words) else ""
        if word.startswith("al-") and written[:2] in ("أل", "إل"):
            word = transliterate(written)  # "أليكس": a hamza on the alef, not the article
        out.append(word)
        k += 1
    return " ".join(w for w in out if w) or transliterate(name)


def glossed_place_or_body(name: str) -> bool:
    """Whether the glossary names `name` as a place or a phrase (a body, an office), never a
    person's name ("حلف شمال الأطلسي", "المملكة المتحدة")."""
    lex = name_lexicon()
    folded = key(name)
    return folded in lex.phrases or folded in lex.places


def known_phrase(name: str) -> str | None:
    """The English the dictionary gives a whole name or phrase ("الشرق الأوسط" → "Asharq
    Al-Awsat"), or None."""
    lex = name_lexicon()
    folded = key(name)
    return lex.people.get(folded) or lex.phrases.get(folded) or lex.places.get(folded)
