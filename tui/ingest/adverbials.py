"""Adverbials between a speech verb and its words: times and dates ("أمس", "مطلع العام",
"صباح اليوم"), occasions ("على هامش المؤتمر"), whom it was told to ("لوكالة …"), adverbs of
the verb ("مجدداً") — the words that are neither the speaker nor what was said."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from ..arabic.dates import NUMBER_WORDS
from . import lexicon as lx
from .groups import unnamed_form
from .lexicon import bare, definite
from .quotes import Token


def is_date_word(word: str) -> bool:
    """Whether a folded word starts a date or time ("أمس", "12", "الثلاثاء", "أيلول/")."""
    word = word.strip("/-")  # "أيلول/ سبتمبر": the two names of one month
    return word.isdigit() or word in _DATE_STARTS or bare(word) in _WEEKDAY_STEMS


def _date_starts() -> frozenset[str]:
    from ..arabic.dates import MONTHS, WEEKDAYS

    return frozenset([*WEEKDAYS, *MONTHS, *(m.split()[0] for m in MONTHS)])


def _weekday_stems() -> frozenset[str]:
    from ..arabic.dates import WEEKDAYS

    return frozenset(bare(w) for w in WEEKDAYS)


_DATE_STARTS: Final = _date_starts()
_WEEKDAY_STEMS: Final = _weekday_stems()


def adverbial_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether an adverbial (a time, an occasion, "لوكالة ...", a relative clause) starts at k."""
    word = tokens[k].f
    nxt = tokens[k + 1].f if k + 1 < len(tokens) else ""
    if k > 0 and bare(tokens[k - 1].f) in _STATEMENT_STEMS and word.startswith("ل"):
        return False  # 'بيان لـ"تنسيقية المقاومة"', "تقرير لصحيفة": whose, not told to whom
    if (
        k > 0
        and (tokens[k - 1].f.isdigit() or tokens[k - 1].f in NUMBER_WORDS)
        and (unnamed_form(word))
    ):
        return False  # "20 مصدراً": the sources counted, not an adverb
    if (word.isdigit() or word in NUMBER_WORDS) and (
        unnamed_form(nxt) or (nxt == "من" and any(unnamed_form(t.f) for t in tokens[k + 2 : k + 4]))
    ):
        # "أكثر من 20 مصدراً", "5 من مسؤولي …", "10 من كبار قادة …": a count of sources
        return False
    if word == "لدي" and bare(nxt) in lx.PLACES | {bare(p) for p in lx.PLACES}:
        return False  # "السفيرة الأميركية لدى بغداد": where the title holds, not "upon"
    if word in lx.RELAY_ADVERBS and nxt == "عن":
        return False  # "نقلاً عن مسؤولين": whose words they are (parse_np takes them)
    if word == "احد" and unnamed_form(nxt):
        return False  # "أحد المصادر": one of the sources, not Sunday
    if word in lx.ADVERBIAL_STARTS or word in lx.RELATIVES or is_date_word(word):
        return True
    if word == "اول" and nxt in ("امس", "من"):
        return True  # "أول أمس", "أول من أمس": the day before yesterday
    if word in ("في", "مع") and nxt in _DATE_EDGES:
        return True  # "في نهاية سبتمبر", "مع مطلع العام": when, not who
    if tokens[k].text == "(" and nxt in ("لم", "دون"):
        return True  # "قيادي في الكتائب (لم تسمّه)": whom the outlet did not name
    if k > 0 and (
        word in lx.VERB_ADVERBS
        or (_accusative_adverb(tokens[k].text) and not _accusative_adverb(tokens[k - 1].text))
    ):  # "مسؤولاً كوردياً" agree: an adjective of an accusative noun, not an adverb
        return True  # "المتحدث ... مجدداً إن": an adverb of the verb, not part of the name
    if word in _DATE_EDGES and (is_date_word(nxt) or bare(nxt) in _PERIOD_WORDS):
        return True  # "مطلع العام", "منتصف الشهر"
    if definite(word) and bare(word) in _PERIOD_WORDS and nxt in _PAST_OR_NEXT:
        return True  # "أفادت الأسبوع الماضي أن": when it was said, not who
    if word in _TIMES_OF_DAY and (is_date_word(nxt) or nxt in _DAY_WORDS or not nxt):
        return True  # "صباح اليوم", "مساء أمس"; but "صباح النعمان" is a name
    if k > 0 and word in lx.SOURCE_CLAUSE:
        return True
    if word == "في" and (nxt in lx.OCCASIONS or bare(nxt) in lx.OCCASIONS or is_date_word(nxt)):
        return True
    year = tokens[k + 2].f[:4] if k + 2 < len(tokens) else ""
    if word == "في" and bare(nxt) in _PERIOD_WORDS and year.isdigit():
        return True  # "الوزير في عام 2023م": when, not where the title holds
    if (word, nxt) in lx.OCCASION_PAIRS:
        return True  # "على هامش المؤتمر", "خلال مؤتمر صحفي": the occasion, not the name
    told = (
        k > 0
        and tokens[k - 1].f == "ل"
        and not (k > 1 and bare(tokens[k - 2].f) in _STATEMENT_STEMS)
    )
    return word in ("ل", "لـ") or (tokens[k].text[0] in '«“"' and told)


_STATEMENT_STEMS = frozenset({"بيان", "بيانا", "تقرير", "تقريرا"})
_DATE_EDGES = frozenset(lx.f(w) for w in ["مطلع", "منتصف", "نهاية", "أواخر", "أوائل", "بداية"])
_PERIOD_WORDS = frozenset(lx.f(w) for w in ["عام", "شهر", "أسبوع", "سنة", "ليلة"])
_TIMES_OF_DAY = frozenset(lx.f(w) for w in ["صباح", "مساء", "ظهر", "عصر", "فجر", "ليل"])
_DAY_WORDS = frozenset(lx.f(w) for w in ["اليوم", "أمس", "يوم", "الغد"])
_PAST_OR_NEXT = frozenset(lx.f(w) for w in ["الماضي", "الماضية", "المنصرم", "الفائت",
                                            "الجاري", "الحالي"])  # fmt: skip


def _accusative_adverb(written: str) -> bool:
    """Whether a word as written ends in the accusative tanween ("مجدداً", "مؤخراً")."""
    return written.endswith(("اً", "ًا")) and len(written) > 3
