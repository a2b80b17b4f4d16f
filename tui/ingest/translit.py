"""A rough Latin transliteration of Arabic names, for the English column of new actors.

Arabic writes no short vowels, so this guesses them from the shape of each consonant run
("سرمد" → Sarmad, "المعماري" → al-Ma'mari). It is marked as a guess in the actor's role and
is meant to be corrected in review; it never replaces a name an analyst has written.
"""

from __future__ import annotations

from typing import Final

_CONSONANTS: Final[dict[str, str]] = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "'", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "ء": "'", "ئ": "'", "ؤ": "'", "گ": "g", "پ": "p", "چ": "ch", "ڤ": "v",
}  # fmt: skip
_VOWELS: Final[dict[str, str]] = {"ا": "a", "آ": "a", "أ": "a", "إ": "i", "ى": "a", "ة": "a"}
# Names common enough that a fixed spelling beats a guess.
_KNOWN: Final[dict[str, str]] = {
    "محمد": "Mohammed", "أحمد": "Ahmed", "علي": "Ali", "حسن": "Hassan", "حسين": "Hussein",
    "عبد": "Abd", "عبدالله": "Abdullah", "محمود": "Mahmoud", "مصطفى": "Mustafa",
    "عمر": "Omar", "خالد": "Khalid", "جاسم": "Jassim", "كاظم": "Kadhim", "سعد": "Saad",
    # English words in outlet names, written in Arabic letters.
    "نيوز": "News", "بوست": "Post", "تايمز": "Times", "برس": "Press", "تي في": "TV",
}  # fmt: skip


def _units(word: str) -> list[tuple[str, bool]]:
    """The word as (sound, is_vowel) units; و and ي are vowels between consonants."""
    letters = [c for c in word if c in _CONSONANTS or c in _VOWELS or c in "وي"]
    units: list[tuple[str, bool]] = []
    for k, c in enumerate(letters):
        if c in "وي":
            after_vowel = not units or units[-1][1]
            before_vowel = k + 1 < len(letters) and letters[k + 1] in _VOWELS
            if after_vowel or before_vowel:
                units.append(("w" if c == "و" else "y", False))
            else:
                units.append(("u" if c == "و" else "i", True))
        elif c in _VOWELS:
            units.append((_VOWELS[c], True))
        else:
            units.append((_CONSONANTS[c], False))
    return units


def _run(run: list[str], final: bool) -> str:
    """A consonant run with the short vowels it most likely carries."""
    if len(run) == 1:
        return run[0]
    if len(run) == 2:
        return run[0] + "a" + run[1]
    if len(run) == 3:
        return run[0] + "a" + run[1] + ("a" if final else "") + run[2]
    return run[0] + "a" + "".join(run[1:3]) + "a" + "".join(run[3:])


def _word(word: str) -> str:
    if word in _KNOWN:
        return _KNOWN[word]
    prefix = ""
    if word.startswith("ال") and len(word) > 3:
        prefix, word = "al-", word[2:]
    units = _units(word)
    out: list[str] = []
    run: list[str] = []
    starts_vowel = bool(units) and units[0][1]
    for sound, vowel in units:
        if vowel:
            if run:
                # "أحمد": after a first vowel, a run of three reads aCCaC, not aCaCaC.
                out.append("".join(run) if starts_vowel and len(out) == 1 and len(run) == 2
                           else _run(run, final=False))  # fmt: skip
                run = []
            out.append(sound)
        else:
            run.append(sound)
    if run:
        out.append(_run(run, final=True))
    latin = "".join(out).lstrip("'") or word
    return prefix + latin[:1].upper() + latin[1:]


def transliterate(name: str) -> str:
    """A Latin spelling of an Arabic name, guessed; "" if the name has no Arabic letters."""
    words = [w for w in name.replace("ـ", "").split() if any("\u0600" <= c <= "\u06ff" for c in w)]
    return " ".join(_word("".join(c for c in w if not "\u064b" <= c <= "\u0652")) for w in words)
