"""Stance and threat suggestions from a lexicon of Arabic news phrasing, with English glosses.

Each entry is a phrase pattern (written as reporters write it, folded before matching), the
label it suggests on one axis of the codebook, and an English gloss that goes into the
statement's summary so the analyst sees why. A suggestion is only a suggestion: every
extracted statement is stored with origin "extracted" until an analyst reviews it.

Withdrawal: a "conditional" cue wins (need for some roles only, or after an assessment);
otherwise the more frequent of "supports" and "opposes" (the first cue on a tie). A cue that
is negated right before it ("ليس هناك حاجة ...") is not counted for the opposite label.
Threat: "high" wins over "moderate", which wins over "low".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from ..arabic.normalise import fold


@dataclass(frozen=True, slots=True)
class Cue:
    """A lexicon entry: which axis and label a phrase suggests, and what it means in English."""

    axis: str  # "withdrawal" or "threat"
    label: str
    pattern: re.Pattern[str]
    gloss: str


def _cue(axis: str, label: str, pattern: str, gloss: str) -> Cue:
    # Folding maps the pattern's letters like the text's; regex syntax is ASCII and unchanged.
    return Cue(axis, label, re.compile(fold(pattern).text), gloss)


_FORCES = "(قوات|القوات|التحالف|المستشارين|جنود|الجنود|قواعد|القواعد)"
_NEG = "(ليس هناك|لا توجد|لا يوجد|لم تعد|لم يعد|ليست هناك|لا|لم يعد هناك|دون|بلا)"

LEXICON: Final[tuple[Cue, ...]] = (
    # -- withdrawal: the foreign presence should end, or its end is firm ---------------------
    _cue("withdrawal", "supports", f"{_NEG} (أي )?(حاجة|داعي) .{{0,25}}{_FORCES}",
         "no need for foreign forces"),
    _cue("withdrawal", "supports", f"لم (يعد|تعد) .{{0,15}}(بحاجة|يحتاج|تحتاج) .{{0,15}}{_FORCES}",
         "foreign forces are no longer needed"),
    _cue("withdrawal", "supports", "(وجود|بقاء|تواجد) .{0,40}(لم يعد|لم تعد|غير) (مبرر|مقبول)",
         "the foreign presence is no longer justified"),
    _cue("withdrawal", "supports", "قادرة على (حفظ|مسك|ضبط|حماية) (الأمن|أمن)",
         "Iraqi forces can keep security themselves"),
    _cue("withdrawal", "supports", "قرار (إخراج|انسحاب|خروج|الانسحاب|الخروج) .{0,80}(ثابت|نهائي)",
         "the exit decision is firm"),
    _cue("withdrawal", "supports", "(لا يوجد|ليس هناك) (أي )?قرار بالتريث|لا تريث",
         "no decision to delay the exit"),
    _cue("withdrawal", "supports", "(خروج|انسحاب|إخراج)[^،.]{0,30}(النهائي|الكامل)",
         "a final exit with a date"),
    _cue("withdrawal", "supports", "طي (هذا )?الملف", "closing the file of the foreign presence"),
    _cue("withdrawal", "supports", "(اختتام|إنهاء|انتهاء) (مهمة|المهمة|مهام|مهمته|المهمات)",
         "the end of the coalition's mission"),
    _cue("withdrawal", "supports",
         "(تتحول|تحول|الانتقال|ننتقل|سننتقل|تنتقل|إقامة) (العلاقة )?(إلى|ل)?"
         "(علاقة|علاقات|شراكة|شراكات) (أمنية )?(ثنائية|دائمة)",
         "a move to bilateral security ties"),
    _cue("withdrawal", "supports", "(ملتزم|ملتزمة|ملتزمون|نلتزم|تلتزم) بالجدول الزمني",
         "committed to the exit timetable"),
    _cue("withdrawal", "supports", "الجدول الزمني .{0,50}لم (يتغير|يتبدل)",
         "the exit timetable is unchanged"),
    _cue("withdrawal", "supports", "موعد(ا)? نهائي(ا)? .{0,40}(لإخراج|لخروج|لانسحاب)",
         "wants a final date for the exit"),
    _cue("withdrawal", "supports", "لا (نريد|نقبل|نسمح) .{0,30}(أجنبي|أجنبية|أجنبيا)",
         "wants no foreign troops"),
    _cue("withdrawal", "supports", "(اكتمال|استكمال|إتمام|أنجزت|أكملت) (انسحاب|الانسحاب)",
         "the withdrawal is complete"),
    _cue("withdrawal", "supports", "(ليست|ليس) قاعدة دائمة", "no permanent base"),
    _cue("withdrawal", "supports", "أوفت بالتزاماتها", "kept its exit commitments"),
    _cue("withdrawal", "supports", "يفرغ الاتفاق من مضمونه",
         "any remaining presence empties the agreement"),
    # -- withdrawal: the forces are needed, should stay, or will stay --------------------------
    _cue("withdrawal", "opposes",
         f"(بحاجة|نحتاج|يحتاج|تحتاج|حاجة) (إلى|ل|الى) ?(بقاء )?(قوات التحالف|التحالف الدولي"
         f"|القوات الأجنبية|قوات أجنبية|المستشارين|{_FORCES})",
         "coalition forces are needed"),
    _cue("withdrawal", "opposes", "(يتطلب|تتطلب|يستدعي|يستوجب) (إبقاء|بقاء) ",
         "uprooting ISIS requires the forces to stay"),
    _cue("withdrawal", "opposes",
         "(ستبقى|سيبقى|ستظل|سيظل|باقية|سيبقون|ستستمر) (موجودة )?(في|داخل|ضمن)"
         "(?![^،.]{0,25}سوريا)(?![^،.]{0,50}(حتى|لغاية|إلى غاية))",
         "the forces will stay"),
    _cue("withdrawal", "opposes", "(فترة|أجل|مدة) غير (معلومة|مسمى|محددة)",
         "the presence will last indefinitely"),
    _cue("withdrawal", "opposes", "الانسحاب (المتسرع|المبكر|المفاجئ|السريع)",
         "warns against a hasty withdrawal"),
    _cue("withdrawal", "opposes", "(بقاء|إبقاء|تمديد) .{0,40}(لفترة أطول|أطول من)",
         "the forces should stay longer"),
    _cue("withdrawal", "opposes", "(ديمومة|استمرار) (لبقاء|بقاء|الوجود)",
         "a lasting foreign presence"),
    _cue("withdrawal", "opposes", "إعادة تموضع", "a repositioning, not a withdrawal"),
    _cue("withdrawal", "opposes", "(لا يستطيع|لا تستطيع|لا يمكن) .{0,20}(التخلي|الاستغناء)",
         "the ties cannot be given up"),
    # -- withdrawal: needed only for some roles, or after an assessment ----------------------
    _cue("withdrawal", "conditional", "في جزء", "needed for some roles only"),
    _cue("withdrawal", "conditional",
         "(حاجة|بحاجة|يحتاج|نحتاج) (إلى|ل|الى) ?(العمليات الجوية|الضربات الجوية|الاستخبارات"
         "|الغطاء الجوي|الدعم الجوي|التدريب|المشورة|الاستشارة)",
         "needed for air power, intelligence or training"),
    _cue("withdrawal", "conditional", "الغطاء الجوي", "air cover is still lacking"),
    _cue("withdrawal", "conditional",
         "(مرحلة|فترة) (تقييم|مراجعة)|بعد (تقييم|مراجعة) .{0,40}(يتخذ|سيتخذ|يقرر|سيقرر|يحدد)",
         "a decision after an assessment"),
    _cue("withdrawal", "conditional", "تعاون (أمني|عسكري) (و)?استخبار",
         "security and intelligence cooperation continues"),
    _cue("withdrawal", "conditional", "مهام (الاستشارة|التدريب|الدعم)", "advisory roles only"),
    _cue("withdrawal", "conditional", "دور قتالي|(قوات|القوات) قتالية|غير قتالية",
         "no combat role"),
    # -- ISIS threat ----------------------------------------------------------------------
    _cue("threat", "high", "أشد خطورة|أكثر (خطورة|نشاطا|قوة)", "ISIS is more dangerous or active"),
    _cue("threat", "high", "يعود (إلى|الى) النشاط|بدأ يعود|عودة (التنظيم|داعش) (إلى|الى)",
         "ISIS is coming back"),
    _cue("threat", "high", "(إعادة|لإعادة) بناء قدرات|يعيد تنظيم صفوف|يعيد ترتيب صفوف",
         "ISIS is rebuilding"),
    _cue("threat", "high", "سيستغل|سيستغل|يستغل|سيُستغل", "ISIS will exploit the situation"),
    _cue("threat", "high", "قد (يهاجم|يهاجمون|تهاجم|يشن|يشنون)|لشن هجمات|خطتهم تشمل",
         "attacks are expected"),
    _cue("threat", "high", "(التهديد|الخطر) المتزايد|خطرا كبيرا|خطر كبير|ضرورة التصدي",
         "a growing threat"),
    _cue("threat", "high", "مزيدا من التدهور|فراغ أمني|لم ينته", "the danger is not over"),
    _cue("threat", "high", "(الخلايا النائمة|خلايا نائمة) .{0,20}(تنشط|نشطة)",
         "sleeper cells are active"),
    _cue("threat", "high", "قد (يفتح|تفتح|تمنح|يمنح) .{0,40}(داعش|التنظيم|عودة)",
         "an opening for ISIS"),
    _cue("threat", "moderate", "(محدودا|محدود) بهجمات|هجمات متفرقة",
         "ISIS persists in scattered attacks"),
    _cue("threat", "moderate", "(لمنع|منع|عدم) عودة (تنظيم|التنظيم|داعش|التهديد)",
         "preventing an ISIS return"),
    _cue("threat", "moderate", "فلول", "ISIS remnants persist"),
    _cue("threat", "low", "(لا يوجد|ليس هناك|لا|دون|بلا) (أي )?(تخوف|خوف)",
         "no fear of an ISIS return"),
    _cue("threat", "low", "بذريعة داعش", "ISIS is a pretext"),
    _cue("threat", "low", "لم يعد قادرا", "ISIS is no longer capable"),
    _cue("threat", "low", "(بعد|تمت|تم) هزيمة داعش", "ISIS has been defeated"),
)  # fmt: skip

_PRIORITY: Final = {"high": 3, "moderate": 2, "low": 1}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """The labels a statement's words suggest, and the glosses of the cues behind them."""

    withdrawal: str
    threat: str
    glosses: tuple[str, ...]


def _negated(text: str, start: int) -> bool:
    before = text[max(0, start - 14) : start]
    return bool(re.search(r"(ليس هناك|لا|لم|ليست|غير|لن)\s*$", before))


def suggest(quote: str) -> Suggestion:
    """The withdrawal stance and ISIS-threat labels the lexicon suggests for `quote`."""
    text = fold(quote).text
    hits: list[tuple[int, Cue]] = []
    for cue in LEXICON:
        for match in cue.pattern.finditer(text):
            if cue.label == "opposes" and _negated(text, match.start()):
                continue  # "ليس هناك حاجة إلى ..." is the opposite of a need
            hits.append((match.start(), cue))
            break
    hits.sort(key=lambda pair: pair[0])
    on = [cue for _, cue in hits if cue.axis == "withdrawal"]
    withdrawal = "unspecified"
    if any(c.label == "conditional" for c in on):
        withdrawal = "conditional"
    elif on:
        supports = sum(c.label == "supports" for c in on)
        opposes = len(on) - supports
        withdrawal = on[0].label if supports == opposes else (
            "supports" if supports > opposes else "opposes"
        )
    threats = [cue for _, cue in hits if cue.axis == "threat"]
    threat = max(threats, key=lambda c: _PRIORITY[c.label]).label if threats else "unspecified"
    glosses = tuple(dict.fromkeys(c.gloss for _, c in hits))
    return Suggestion(withdrawal, threat, glosses)
