"""Title phrases of Arabic news: where a holder's name begins inside a title ("… العميد
المتقاعد نزار الربيعي"), the honorifics before a name, the rank that ends a title, and the
first of two sources a phrase joins."""

from __future__ import annotations

from . import lexicon as lx
from .lexicon import definite
from .quotes import Token


def embedded_name(words: list[Token]) -> tuple[int, bool] | None:
    """Where a name begins at the end of a title phrase ("... العميد المتقاعد نزار الربيعي")."""
    while len(words) > 2 and words[-1].f[:1] == "ل" and not _known(words[-1].text):
        words = words[:-1]  # "… بختيار محمد لرووداو": who was told, not part of the name
    if not words or not words[-1].is_word:
        return None
    begin = len(words)
    by_honorific = False
    for k in range(len(words) - 1, -1, -1):
        word = words[k].f
        if word in lx.HONORIFICS:
            by_honorific = True
            break
        if (
            word in lx.NAME_STOP
            or not words[k].is_word
            or any(c.isdigit() for c in word)
            or (
                definite(word)
                and begin < len(words)
                and not words[k].text.startswith("أل")
                and not (k > 0 and words[k - 1].f == "عبد")  # "عبد الأمير": one given name
            )
            or (
                len(word) > 3 and word[:1] == "ل" and not _known(words[k].text)
            )  # "لحلف", "للقوات": whose office, not a name
            or (word[:1] == "ب" and _prefixed_noun(word))  # "بوزارة", "بالعراق"; not "بوريس"
            or lx.is_preposition(word, words[k].text)
            or word in lx.PLACES
        ):
            # "… لمحاربة داعش": a purpose, not a name; "… لدى بغداد": where the title holds
            break
        begin = k
    count = len(words) - begin
    family = count == 1 and _known(words[-1].text)
    family = family and (definite(words[-1].f) or _family(words[-1].text))  # "الرئيس بارزاني"
    if begin == 0 or count == 0 or count > 4 or (count == 1 and not (by_honorific or family)):
        return None  # "رئيس الوزراء الجبوري": a family name alone also names the holder
    return begin, by_honorific


def _prefixed_noun(word: str) -> bool:
    """Whether a word is "ب" before a noun ("بالعراق", "بوزارة الدفاع"), not a name that
    begins with the letter (Boris, Biden)."""
    rest = word[1:]
    return rest.startswith("ال") or rest in lx.ORGANISATIONS | lx.PLACES | lx.TITLES


def _known(word: str) -> bool:
    from .names import known_word

    return known_word(word)


def _family(word: str) -> bool:
    from .names import family_word

    return family_word(word)


def after_honorifics(words: list[Token]) -> list[Token]:
    """The words after a rank or honorific, past the service it holds in ("الميجر جنرال
    بالقوات الجوية باتريك رايدر" → "باتريك رايدر")."""
    k = 0
    while k < len(words) - 1 and words[k].f in lx.HONORIFICS:
        k += 1
    if k and k < len(words) - 2 and words[k].f.startswith(("بال", "في")):
        m = k + 1 if words[k].f != "في" else k + 2
        while m < len(words) - 1 and definite(words[m].f):
            m += 1  # "بالقوات الجوية", "في البحرية الأمريكية": where the rank is held
        return words[m:] if m < len(words) else words[k:]
    return words[k:]


def rank_apart(part: list[Token]) -> list[list[Token]]:
    """A title and the rank that ends it as two parts ("قائد العمليات اللواء" → office, rank)."""
    end = len(part)
    while end > 1 and (part[end - 1].f in lx.HONORIFICS or not part[end - 1].is_word):
        end -= 1
    rank = [t for t in part[end:] if t.is_word]
    return [part[:end], rank] if rank else [part]


def first_conjunct(part: list[Token]) -> list[Token]:
    """The first of two sources a phrase joins ("رئيس الإقليم نيجيرفان بارزاني وقائد قوات
    التحالف كيفن ليهي"): the one named first speaks for both."""
    for k in range(2, len(part)):
        word = part[k].f
        if word[:1] == "و" and (word[1:] in lx.TITLES or word[1:] in lx.HONORIFICS):
            return part[:k]
    return part


def looks_titled(words: list[Token]) -> bool:
    """Whether a title opens a phrase, in its first two words."""
    return any(t.f in lx.TITLES for t in words[:2])
