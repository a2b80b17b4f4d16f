"""Unicode joining types and the contextual form each Arabic-script letter takes in a word."""

# The rules are those of the Unicode Standard, chapter 9.2 (Arabic, "Cursive Joining"), which
# GNU FriBidi follows too: a letter joins the one before it when it is dual- or right-joining
# and that one is dual- or left-joining or join-causing (tatweel, ZWJ); transparent characters
# (harakat, the soft hyphen, other format characters) are skipped as if they were not there.
# The joining types come from the Unicode Character Database (ArabicShaping.txt, through the
# `regex` package, which keeps its tables at the current Unicode version); Python's own
# unicodedata does not expose them. The glyph for each form comes from the decompositions of
# the presentation forms: arabic-reshaper's letter table for the letters it knows (the same
# Unicode presentation forms), the decompositions in unicodedata, which FriBidi builds its
# shaping from, for the rest.

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Final, Literal

import regex
from arabic_reshaper.letters import FINAL, INITIAL, ISOLATED, LETTERS_ARABIC, MEDIAL

JoiningType = Literal["D", "R", "L", "C", "T", "U"]
Form = Literal["isolated", "initial", "medial", "final"]

_TYPES: Final = regex.compile(
    r"(?P<D>\p{Joining_Type=Dual_Joining})|(?P<R>\p{Joining_Type=Right_Joining})"
    r"|(?P<L>\p{Joining_Type=Left_Joining})|(?P<C>\p{Joining_Type=Join_Causing})"
    r"|(?P<T>\p{Joining_Type=Transparent})"
)
# Types that join the character after them (on their left, in right-to-left text), and types
# that join the character before them.
_JOINS_NEXT: Final = frozenset("DLC")
_JOINS_PREVIOUS: Final = frozenset("DRC")

LAM: Final = "\u0644"
ALEFS: Final = frozenset("\u0627\u0623\u0625\u0622")
_FORMS: Final = ("isolated", "initial", "medial", "final")


def _presentation_forms() -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]:
    """Presentation forms by (letter, form), and lam-alef ligatures by (alef, form)."""
    letters: dict[tuple[str, str], str] = {}
    ligatures: dict[tuple[str, str], str] = {}
    for code in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)):
        char = chr(code)
        tag, _, codes = unicodedata.decomposition(char).partition(" ")
        form = tag.strip("<>")
        if form not in _FORMS:
            continue
        parts = "".join(chr(int(c, 16)) for c in codes.split())
        if len(parts) == 1:
            letters.setdefault((parts, form), char)
        # Only lam-alef is a true ligature of the script; word ligatures such as ALLAH
        # squeeze a whole word into one terminal cell, which no terminal font draws legibly.
        elif len(parts) == 2 and parts[0] == LAM and parts[1] in ALEFS:
            ligatures.setdefault((parts[1], form), char)
    return letters, ligatures


_LETTER_FORMS, _LAM_ALEF_FORMS = _presentation_forms()
# arabic-reshaper's forms of the letters it knows; its Kurdish table uses private-use code
# points no terminal font draws, so Sorani letters are left to Unicode's own forms.
_RESHAPER_FORMS: Final = {
    (char, form): shapes[index]
    for char, shapes in LETTERS_ARABIC.items()
    for index, form in (
        (ISOLATED, "isolated"),
        (INITIAL, "initial"),
        (MEDIAL, "medial"),
        (FINAL, "final"),
    )
    if shapes[index] and shapes[index] != char and len(shapes[index]) == 1
}


@lru_cache(maxsize=4096)
def joining_type(char: str) -> JoiningType:
    """The Unicode Joining_Type of `char`: D, R, L, C, T, or U (non-joining)."""
    match = _TYPES.match(char)
    kind = match.lastgroup if match else None
    return kind if kind in ("D", "R", "L", "C", "T") else "U"


def forms(text: str) -> list[Form | None]:
    """The contextual form of each character of one word (None for transparent ones)."""
    kinds = [joining_type(char) for char in text]
    joins_previous = [False] * len(text)
    joins_next = [False] * len(text)
    before: str = "U"
    for i, kind in enumerate(kinds):
        if kind == "T":
            continue
        joins_previous[i] = kind in _JOINS_PREVIOUS and before in _JOINS_NEXT
        before = kind
    after: str = "U"
    for i in range(len(text) - 1, -1, -1):
        kind = kinds[i]
        if kind == "T":
            continue
        joins_next[i] = kind in _JOINS_NEXT and after in _JOINS_PREVIOUS
        after = kind
    out: list[Form | None] = []
    for kind, previous, following in zip(kinds, joins_previous, joins_next, strict=True):
        if kind == "T":
            out.append(None)
        elif previous and following:
            out.append("medial")
        elif previous:
            out.append("final")
        elif following:
            out.append("initial")
        else:
            out.append("isolated")
    return out


def glyph(char: str, form: Form) -> str:
    """The presentation form of `char` in `form`, or `char` itself where Unicode has none
    (Sorani ێ ڵ ڕ ە and most letters of the extended blocks are drawn nominal, as FriBidi
    draws them: their neighbours still take the forms that join them)."""
    return _RESHAPER_FORMS.get((char, form)) or _LETTER_FORMS.get((char, form), char)


def lam_alef(alef: str, lam_form: Form) -> str | None:
    """The ligature of lam and `alef` for a lam in `lam_form`, or None if they do not form one."""
    if lam_form == "initial":
        return _LAM_ALEF_FORMS.get((alef, "isolated"))
    if lam_form == "medial":
        return _LAM_ALEF_FORMS.get((alef, "final"))
    return None
