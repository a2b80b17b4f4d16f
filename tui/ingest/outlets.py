"""An outlet's name in Latin letters, for the ids of the articles it publishes."""

from __future__ import annotations

import re
from typing import Final

from .names import key, known_phrase
from .translit import transliterate

# English words outlets write in Arabic letters in their names ("شفق نيوز", "فرانس 24").
_BORROWED: Final = {"نيوز": "News", "نت": "Net", "برس": "Press", "بوست": "Post",
                    "تايمز": "Times", "فرانس": "France", "سكاي": "Sky", "تي": "T", "في": "V",
                    "بي": "B", "سي": "C", "ميديا": "Media", "تايم": "Time"}  # fmt: skip


def outlet_name(name: str) -> str:
    """An outlet's name in Latin letters, word for word in its own order, as the outlet spells
    it in English where the glossary knows it ("شفق نيوز" → "Shafaq News", "فرانس 24" →
    "France 24"); a brand is not a description to translate."""
    whole = known_phrase(name)
    if whole:
        return whole
    out = []
    for word in name.split():
        fw = key(word)
        known = known_phrase(word)
        if fw in _BORROWED_KEYS:
            out.append(_BORROWED_KEYS[fw])
        elif known:
            out.append(known)
        elif re.search(r"[\u0600-\u06ff]", word):
            out.append(transliterate(word))
        else:
            out.append(word)  # digits and Latin letters as written
    return " ".join(out)


_BORROWED_KEYS: Final = {key(k): v for k, v in _BORROWED.items()}
