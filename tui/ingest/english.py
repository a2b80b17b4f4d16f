"""English for new actors: a person's name spelled, anything else described.

A speaker with no name ("مصدر مطلع", "المتحدث باسم السفارة الأمريكية") gets an English
description built from `tui/ingest/data/glossary.json`: the longest known phrase first, a head
noun with its adjectives (Arabic puts them after the noun, English before), and prepositions
("باسم" → for, "في" → in); a person's name is spelled by `names.person_name`, and an office
followed by its holder gets both ("وزير الدفاع الألماني بوريس بيستوريوس").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from ..arabic.dates import NUMBER_WORDS
from .names import NameLexicon, key, name_lexicon, person_name, person_word
from .translit import transliterate

_WORD = re.compile(r"[\u0600-\u06ff\u0750-\u077f]+")

_PREPOSITIONS: Final = {"في": "in", "باسم": "for", "عن": "for", "لدي": "at", "من": "from",
                        "مع": "with", "الي": "to", "علي": "on"}  # fmt: skip
# Heads that take their complement with "of" ("member of the committee"), not before them,
# and verbal nouns that take it as their object ("ending the mission").
_OF_HEADS: Final = frozenset({"member", "head", "deputy", "adviser", "advisor", "chief",
                              "secretary-general", "leader", "president", "director",
                              "leaders", "commanders"})  # fmt: skip
_VERBAL_NOUNS: Final = frozenset({"ending", "fighting", "countering", "confronting",
                                  "protecting", "removing"})  # fmt: skip


@dataclass
class _Chunk:
    """A noun phrase of a description: head nouns, then adjectives, in Arabic order."""

    nouns: list[str]
    adjectives: list[str]
    definite: bool = False
    place: bool = False
    spelled: int = 0  # nouns romanised, not found in the glossary: a name, in its own order

    def phrase_object(self) -> bool:
        """Whether the chunk is one known phrase ending in a complement ("… of the Forces")."""
        return len(self.nouns) == 1 and not self.adjectives and " the " in self.nouns[0]

    def english(self) -> str:
        adjectives = " ".join(reversed(self.adjectives))
        if len(self.nouns) > 1 and self.nouns[0].lower() in _OF_HEADS:
            head = f"{self.nouns[0]} of the {' '.join(reversed(self.nouns[1:]))}"
        elif len(self.nouns) > 1 and self.nouns[0].lower() in _VERBAL_NOUNS:
            head = f"{self.nouns[0]} the {' '.join(reversed(self.nouns[1:]))}"
        elif self.spelled == len(self.nouns):
            head = " ".join(self.nouns)  # "أصحاب الكهف" → "Ashab al-Kahf", not reversed
        else:
            head = " ".join(reversed(self.nouns))
        if adjectives and head.startswith("two "):
            head = head[4:]  # a dual named by its parts: "الحكومتين العراقية والأمريكية"
        return " ".join(w for w in (adjectives, head) if w)


def _unit(
    words: list[str], k: int, lex: NameLexicon, after_noun: bool = False
) -> tuple[int, str, str]:
    """The longest known unit at words[k]: (length, kind, English). A word that is both a
    noun and an adjective ("دبلوماسي") is the adjective after a noun ("مصدر دبلوماسي")."""
    for size in range(min(lex.longest, len(words) - k), 0, -1):
        phrase = " ".join(words[k : k + size])
        for kind, table in (("phrase", lex.phrases), ("place", lex.places)):
            if phrase in table:
                return size, kind, table[phrase]
        if size == 1:
            order = (
                (("adjective", lex.adjectives), ("noun", lex.nouns))
                if after_noun
                else (("noun", lex.nouns), ("adjective", lex.adjectives))
            )
            for kind, table in order:
                if phrase in table:
                    return 1, kind, table[phrase]
    return 1, "unknown", ""


_ANOTHER: Final = frozenset(key(w) for w in ("وآخر", "وثالث", "ورابع", "وأخرى", "وثالثة"))


def _several(words: list[str], lex: NameLexicon) -> str:
    """ "مصدر حكومي وآخر كردي وثالث دبلوماسي": one noun for several sources, each told apart
    by its adjective → "Government, Kurdish and diplomatic sources"; "" for any other phrase."""
    if len(words) < 4 or len(words) % 2 or not all(w in _ANOTHER for w in words[2::2]):
        return ""
    noun = lex.nouns.get(words[0])
    adjectives = [lex.adjectives.get(w) for w in words[1::2]]
    if not noun or not all(adjectives):
        return ""
    named = [a for a in adjectives if a]
    listed = ", ".join(named[:-1]) + " and " + named[-1]
    return f"{listed[:1].upper()}{listed[1:]} {noun}s"


_COUNTS: Final = ("", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
                  "Ten")  # fmt: skip
# What may come before a count of sources, in English: "أكثر من 20 مصدراً" → More than 20.
_QUANTITY: Final = {"اكثر من": "More than", "اقل من": "Fewer than", "نحو": "About",
                    "حوالي": "About", "قرابه": "About", "عدد من": "Several", "عده": "Several",
                    "بعض": "Some"}  # fmt: skip


def _plural(word: str, lex: NameLexicon) -> str:
    """A source noun as its glossed plural form: the accusative singular after a number
    ("مصدراً"), a plural in construct ("مسؤولي"), or the word itself."""
    folded = key(word)
    singular = folded[:-1] if folded.endswith("ا") else ""
    if singular in lex.nouns:
        return singular + "ين" if singular + "ين" in lex.nouns else singular
    if folded.endswith("ي") and folded + "ن" in lex.nouns:
        return folded + "ن"
    return word


def _counted(phrase: str, lex: NameLexicon) -> str:
    """ "أربعة مصادر عراقية" → "Four Iraqi sources", "مصدران أمنيان" → "Two security sources",
    "أكثر من 20 مصدراً" → "More than 20 sources": a number of unnamed speakers; "" for any
    other phrase."""
    words = phrase.split()
    lead = ""
    for arabic, english in _QUANTITY.items():
        size = len(arabic.split())
        if key(" ".join(words[:size])) == arabic and len(words) > size:
            lead, words = english, words[size:]
            break
    if len(words) < 2 and not lead:
        return ""
    number = words[0] if words and words[0].isdigit() else ""
    count = int(number) if number else NUMBER_WORDS.get(key(words[0]), 0) if words else 0
    if count:
        words = words[1:]
        if words and key(words[0]) == "من":
            words = words[1:]  # "5 من مسؤولي …": five of them
    if not words:
        return ""
    if count or lead:
        told = description(" ".join([_plural(words[0], lex), *words[1:]]), count=False)
        if not told.endswith("s") and " " not in told and count != 1:
            told += "s"
        said = str(count) if count >= len(_COUNTS) or (count and lead) else _COUNTS[count]
        prefix = " ".join(p for p in (lead, said if count else "") if p)
    else:
        singular = [w[:-2] if key(w[:-2]) in lex.nouns or key(w[:-2]) in lex.adjectives else ""
                    for w in words if w.endswith(("ان", "ين"))]  # fmt: skip
        if len(singular) != len(words) or not all(singular):
            return ""
        prefix, told = "Two", description(" ".join(singular), count=False) + "s"  # a dual
    first = told.split()[0]
    glossed = (*lex.nouns.values(), *lex.adjectives.values(), *lex.phrases.values())
    common = {v.split()[0] for v in glossed if v[:1].islower()}  # "security", not "Iraqi"
    if first.lower() in common or first.lower().startswith(("official", "source")):
        told = told[:1].lower() + told[1:]
    return f"{prefix} {told}"


def description(phrase: str, *, count: bool = True) -> str:
    """An English description of a speaker phrase without a name.

    "مسؤول عسكري أمريكي" → "US military official"; "المتحدث باسم السفارة الأمريكية في بغداد" →
    "spokesperson for the US Embassy in Baghdad"; "أربعة مصادر عراقية" → "Four Iraqi sources".
    Words the glossary lacks are romanised; `count` False reads no number or dual.
    """
    lex = name_lexicon()
    counted = _counted(phrase, lex) if count else ""
    if counted:
        return counted
    inner = re.findall(r"\(([^)]*)\)", phrase)
    words = key(re.sub(r"\([^)]*\)", " ", phrase)).split()
    if len(words) > 1 and words[0] == "كبار":
        # "كبار قادة الفصائل": senior, in construct with whom it ranks
        rest = description(" ".join(phrase.split()[1:]), count=False)
        first = rest.split()[0]
        common = _common_words()
        return f"Senior {first.lower() if first.lower() in common else first}{rest[len(first) :]}"
    sided = _sided(phrase)
    if sided:
        return sided
    if "لم" in words[1:]:
        words = words[: words.index("لم", 1)]  # "مسؤولون لم تسمهم": whom it did not name
    several = _several(words, lex)
    if several:
        return several
    parts: list[str] = []
    chunk: _Chunk | None = None

    def close() -> None:
        nonlocal chunk
        if chunk is not None and (chunk.nouns or chunk.adjectives):
            text = chunk.english()
            if (
                parts
                and parts[-1] in _PREPOSITIONS.values()
                and chunk.definite
                and not (chunk.place or text.lower().startswith("the "))
            ):
                text = "the " + text
            parts.append(text)
        chunk = None

    k = 0
    while k < len(words):
        word = words[k]
        if word in _PREPOSITIONS and chunk is not None:
            close()
            parts.append(_PREPOSITIONS[word])
            k += 1
            continue
        prefix = ""
        size, kind, english = _unit(words, k, lex, chunk is not None and bool(chunk.nouns))
        if kind == "unknown" and word[:1] in "بلو" and len(word) > 3:
            # "بالعراق" → in Iraq, "للقوات" → of the forces, "لإنهاء" → for ending,
            # "والتوعية" → and awareness: a prefixed preposition or conjunction
            rest = ("ال" + word[2:]) if word.startswith("لل") else word[1:]
            sub, kind, english = _unit([rest, *words[k + 1 :]], 0, lex)
            if kind != "unknown":
                size = sub
                prefix = {"ب": "in", "و": "and"}.get(word[0]) or (
                    "for" if english in _VERBAL_NOUNS else "of"
                )
        spelled = kind == "unknown" and word not in lex.people
        if kind == "unknown":
            # "إدارة بايدن": a name the dictionary knows is spelled as the news spells it
            english, kind = lex.people.get(word) or person_word(word, True, lex), "noun"
        if prefix == "and" and chunk is not None:
            pair = chunk.adjectives if kind == "adjective" and chunk.adjectives else chunk.nouns
            if pair:  # "الأمن والدفاع", "أمنية وعسكرية": one item of two words, in order
                pair[-1] = f"{pair[-1]} and {english}"
                k += size
                continue
        if prefix and prefix != "and":
            close()
            parts.append(prefix)
        if kind == "adjective" and chunk is not None and chunk.phrase_object():
            # "المتحدث باسم القائد العام للقوات المسلحة العراقية": the adjective goes with the
            # phrase's last noun ("... of the Iraqi Armed Forces")
            last = chunk.nouns[-1]
            at = last.rfind(" the ") + 5
            chunk.nouns[-1] = f"{last[:at]}{english} {last[at:]}"
        elif kind == "adjective" and chunk is not None:
            chunk.adjectives.append(english)
        elif kind == "phrase" and english.endswith((" for", " of", " in", " to")):
            # "المتحدث باسم" → "spokesperson for": what follows is its object
            close()
            head, _, prep = english.rpartition(" ")
            parts.extend([head, prep])
        else:
            if chunk is not None and chunk.adjectives:
                close()
            if chunk is None:
                chunk = _Chunk([], [], word.startswith(("ال", "لل")), kind == "place")
            chunk.nouns.append(english)
            chunk.spelled += spelled
        k += size
    close()
    text = " ".join(parts)
    for extra in inner:
        translated = description(extra) if _WORD.search(extra) else extra.strip()
        bare = translated.lower().removeprefix("the ")
        if translated and bare not in text.lower():
            if bare != translated.lower():
                translated = translated[:1].lower() + translated[1:]  # "(the Pentagon)"
            text += f" ({translated})"
    return text[:1].upper() + text[1:] if text else transliterate(phrase)


# Whose side a source is on, by the stem of the adjective: "فصائل موالية لإيران" → "factions
# loyal to Iran"; the adjective's preposition ("لـ", "من", "على") is English's own.
_SIDES: Final = (
    ("موال", "loyal to"),
    ("مقرب", "close to"),
    ("تابع", "affiliated with"),
    ("محسوب", "aligned with"),
    ("مدعوم", "backed by"),
    ("مرتبط", "linked to"),
)


def _sided(phrase: str) -> str:
    """ "HEAD ADJECTIVE PREP SIDE" described as "HEAD loyal to SIDE", or "" if not so."""
    written = phrase.split()
    for m in range(1, len(written) - 1):
        stem = key(written[m]).removeprefix("ال")
        side = next((en for ar, en in _SIDES if stem.startswith(ar)), None)
        if side is None:
            continue
        rest = written[m + 1 :]
        if key(rest[0]) in _PREPOSITIONS and len(rest) > 1:
            rest = rest[1:]
        elif rest[0][:1] == "ل" and len(rest[0]) > 2:
            rest = ["ال" + rest[0][2:] if rest[0].startswith("لل") else rest[0][1:], *rest[1:]]
        head, whose = description(" ".join(written[:m])), description(" ".join(rest))
        if key(rest[0]).startswith("ال") and not whose.startswith("The "):
            # "الحكومة" → "the government", "الحشد الشعبي" → "the Popular Mobilisation Forces"
            lex = name_lexicon()
            named = key(" ".join(rest)) in lex.phrases or key(" ".join(rest)) in lex.places
            whose = "the " + (whose if named else whose[:1].lower() + whose[1:])
        return f"{head} {side} {whose}"
    return ""


@cache
def _common_words() -> frozenset[str]:
    """First words of the glossary's nouns and adjectives written in lower case (common
    nouns, not names); read once, as the glossary is."""
    lex = name_lexicon()
    return frozenset(v.split()[0] for v in (*lex.nouns.values(), *lex.adjectives.values())
                     if v[:1].islower())  # fmt: skip


def _described(name: str, lex: NameLexicon) -> bool:
    """Whether a "person" is really a description ("سلطات بغداد", "وسائل إعلام عربية"): its
    first word is a noun or phrase the glossary knows and no word is a known name."""
    words = key(name).split()
    if not words or key(name) in lex.people:
        return False
    if any(w in lex.given or w in lex.family or w.removeprefix("ال") in lex.family for w in words):
        return False
    if words[0] in lex.nouns:
        return True
    # "الولايات المتحدة", "واشنطن", "مستشارية الأمن القومي": a phrase or place it opens with
    heads = (" ".join(words[:n]) for n in range(1, len(words) + 1))
    return any(head in lex.phrases or head in lex.places for head in heads)


def english_name(name: str, kind: str) -> str:
    """The English name of a new actor: a person's name spelled, anything else translated.

    `kind` is the speaker's kind as the extractor found it: "person" for a named person; an
    office, organisation, unnamed source or statement otherwise.
    """
    lex = name_lexicon()
    folded = key(name)
    if folded in lex.people:
        return lex.people[folded]
    words = name.split()
    held = _holder_at(words, lex) if kind == "person" and key(words[0]) in lex.nouns else 0
    if held:
        # "وزير الدفاع الألماني بوريس بيستوريوس": the office translated, its holder spelled
        return f"{description(' '.join(words[:held]))} {person_name(' '.join(words[held:]))}"
    if kind == "person" and not _described(name, lex):
        return person_name(name)
    return description(name)


def _holder_at(words: list[str], lex: NameLexicon) -> int:
    """Where a person's name begins after the office that a glossary phrase describes: the
    last one to three words, none of which the glossary knows; 0 when there is none."""
    folded = [key(w) for w in words]

    def glossed(word: str) -> bool:
        bare = word[1:] if word[:1] in "بلو" and len(word) > 3 else word
        tables = (lex.nouns, lex.adjectives, lex.phrases, lex.places)
        return any(w in t for t in tables for w in (word, bare))

    for start in range(max(1, len(words) - 3), len(words)):
        if glossed(folded[start - 1]) and not any(glossed(w) for w in folded[start:]):
            return start
    return 0  # "وزير الدفاع": all of it an office
