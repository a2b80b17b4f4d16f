"""Groups of speakers a report names without naming anyone: counted sources ("أكثر من 20
مصدراً", "5 من مسؤولي مكافحة الإرهاب") and the two parties of a meeting ("الجانبان")."""

from __future__ import annotations

from typing import Final

from ..arabic.dates import NUMBER_WORDS
from . import lexicon as lx
from .lexicon import bare
from .quotes import Token

# The two parties of a meeting or an agreement, speaking together.
PARTIES: Final = frozenset(
    lx.f(w) for w in ("الجانبان", "الجانبين", "الطرفان", "الطرفين", "البلدان", "البلدين")
)


_QUANTIFIERS: Final = frozenset(
    lx.f(w)
    for w in (
        "أكثر",
        "اكثر",
        "أقل",
        "نحو",
        "حوالي",
        "قرابة",
        "عدد",
        "عدة",
        "بعض",
        "من",
        "العديد",
        "أحد",
        "احد",
        "إحدى",
        # "10 من كبار قادة الفصائل": their rank, between the count and the head
        "كبار",
    )
)


# "عدد من", "بعض", "العديد من" (many), "أحد" (one of): how many sources, not a name.
_COUNTING: Final = frozenset(lx.f(w) for w in ("عدد", "عدة", "بعض", "العديد", "أحد", "إحدى"))


def counted_head(words: list[Token]) -> str | None:
    """The head of a counted group of unnamed sources ("أكثر من 20 مصدراً" → مصدر), or None."""
    k = 0
    while k < len(words) - 1 and (words[k].f in _QUANTIFIERS or words[k].f in NUMBER_WORDS
                                  or words[k].f.isdigit()):  # fmt: skip
        k += 1
    counted = any(w.f in NUMBER_WORDS or w.f.isdigit() or w.f in _COUNTING
                  for w in words[:k])  # fmt: skip
    head = unnamed_form(words[k].f) if k < len(words) else None
    return head if counted and k > 0 else None


def unnamed_form(word: str) -> str | None:
    """The unnamed-source head a word is, in the accusative ("مصدراً") or in construct
    ("مسؤولي") too; None if it is none."""
    for form in (word, word.rstrip("ا"), word + "ن", bare(word)):
        if form in lx.UNNAMED:
            return bare(form)
    return None


# Verbs and participles that introduce a group's chosen name ("جماعة تُعرف بـ"…"", "فصيل
# يطلق على نفسه اسم "…"", "الجماعة المسماة "…""), and the words between them and the name.
NAMING: Final = frozenset(
    lx.f(w)
    for w in ("تعرف", "يعرف", "تسمى", "يسمى", "تدعى", "يدعى", "تطلق", "يطلق", "المعروفة",
              "المعروف", "المسماة", "المسمى", "تطلق", "تسمي", "يسمي")
)  # fmt: skip
NAMING_LINKS: Final = frozenset(lx.f(w) for w in ("ب", "بـ", "على", "نفسها", "نفسه", "اسم", "باسم"))


def named_as(words: list[Token]) -> tuple[int, int] | None:
    """Where the name a group goes by lies in `words` (indices of its first and last word),
    when a naming verb introduces it after the group's head; else None.
    "جماعة تُعرف بـ"أصحاب الكهف" العراقية" → the words أصحاب … العراقية."""
    at = next((k for k, t in enumerate(words) if k and t.f in NAMING), None)
    if at is None:
        return None
    k = at + 1
    while k < len(words) and (words[k].f in NAMING_LINKS or not words[k].is_word):
        k += 1
    if k >= len(words):
        return None
    last = k
    while last + 1 < len(words) and (words[last + 1].is_word or words[last + 1].text in '"”»'):
        last += 1
    while not words[last].is_word:
        last -= 1
    return k, last


def name_of(words: list[Token], span: tuple[int, int]) -> str:
    """The name `named_as` found, its words without the quotation marks around them."""
    return " ".join(t.text for t in words[span[0] : span[1] + 1] if t.is_word)
