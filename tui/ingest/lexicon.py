"""Word lists of Arabic news attribution: speech verbs, titles, sources and connectives.

Every list is written as a reporter writes it and folded once (see tui.arabic.normalise), so
hamza, ta marbuta, alef maksura and harakat variants all match. The lists describe general
conventions of Arabic wire copy, not any one article; the README's "Import" section explains them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from ..arabic.normalise import fold


def f(word: str) -> str:
    """The folded form of a word or phrase."""
    return fold(word).text


def words(listing: str) -> frozenset[str]:
    """The folded forms of the space-separated words in `listing`."""
    return frozenset(f(w) for w in listing.split())


_set = words


@dataclass(frozen=True, slots=True)
class Verb:
    """A speech verb as it appears: its lemma (past, 3rd person masculine) and its form."""

    lemma: str
    form: str  # "past", "present" or "participle"


# Speech verbs: past 3ms, present 3ms, and the circumstantial participle (accusative, masculine)
# that continues a report (", مضيفاً أن"). Conjugations are generated below.
_SPEECH: Final[tuple[tuple[str, str, str], ...]] = (
    ("قال", "يقول", "قائلاً"), ("أكد", "يؤكد", "مؤكداً"), ("أضاف", "يضيف", "مضيفاً"),
    ("حذر", "يحذر", "محذراً"), ("أوضح", "يوضح", "موضحاً"), ("ذكر", "يذكر", "ذاكراً"),
    ("تابع", "يتابع", "متابعاً"), ("بين", "يبين", "مبيناً"), ("نوه", "ينوه", "منوهاً"),
    ("استدرك", "يستدرك", "مستدركاً"), ("أشار", "يشير", "مشيراً"), ("اعتبر", "يعتبر", "معتبراً"),
    ("توقع", "يتوقع", "متوقعاً"), ("رأى", "يرى", ""), ("ختم", "يختم", "خاتماً"),
    ("اختتم", "يختتم", "مختتماً"), ("لفت", "يلفت", "لافتاً"), ("كشف", "يكشف", "كاشفاً"),
    ("أعلن", "يعلن", "معلناً"), ("أردف", "يردف", "مردفاً"), ("شدد", "يشدد", "مشدداً"),
    ("صرح", "يصرح", "مصرحاً"), ("أفاد", "يفيد", "مفيداً"), ("نفى", "ينفي", "نافياً"),
    ("اعتقد", "يعتقد", "معتقداً"), ("طالب", "يطالب", "مطالباً"), ("دعا", "يدعو", "داعياً"),
    ("أشاد", "يشيد", "مشيداً"), ("أثنى", "يثني", "مثنياً"), ("رحب", "يرحب", "مرحباً"),
    ("انتقد", "ينتقد", "منتقداً"), ("استبعد", "يستبعد", "مستبعداً"), ("رجح", "يرجح", "مرجحاً"),
    ("علق", "يعلق", "معلقاً"), ("أعرب", "يعرب", "معرباً"), ("اتهم", "يتهم", "متهماً"),
    ("ندد", "يندد", "مندداً"), ("اعترف", "يعترف", "معترفاً"), ("طمأن", "يطمئن", "مطمئناً"),
    ("تعهد", "يتعهد", "متعهداً"), ("استطرد", "يستطرد", "مستطرداً"), ("نبه", "ينبه", "منبهاً"),
    ("جدد", "يجدد", ""), ("أقر", "يقر", ""), ("زعم", "يزعم", "زاعماً"),
    ("أبدى", "يبدي", ""), ("حث", "يحث", ""), ("أوصى", "يوصي", "موصياً"),
    ("رد", "يرد", ""),
)  # fmt: skip
# Spelling variants reporters use for a participle ("مطمأنين" for "مطمئنين").
_EXTRA_PARTICIPLES: Final = {"مطمأنين": "طمأن", "مطمأناً": "طمأن"}


def _past(p: str) -> list[str]:
    if p.endswith("ي"):  # defective verbs (رأى، نفى، أثنى) drop the final letter
        return [p, p[:-1] + "ت", p[:-1] + "وا", p[:-1] + "تا", p + "ا"]
    if p.endswith("ا"):  # دعا
        return [p, p[:-1] + "ت", p[:-1] + "وا", p[:-1] + "تا"]
    return [p, p + "ت", p + "وا", p + "تا", p + "ا"]


def _present(y: str) -> list[str]:
    stem = y[1:]
    plural = y[:-1] + "ون" if y[-1] in "يو" else y + "ون"
    return [y, "ت" + stem, plural]


def _participles(a: str) -> list[str]:
    stem = a[:-1] if a.endswith("ا") else a
    return [stem + "ا", stem + "ه", stem + "ين", stem + "ون", stem + "تين"]


def _verb_table() -> dict[str, Verb]:
    table: dict[str, Verb] = {}
    for past, present, participle in _SPEECH:
        lemma = f(past)
        for form in _past(lemma):
            table.setdefault(form, Verb(lemma, "past"))
        for form in _present(f(present)):
            table.setdefault(form, Verb(lemma, "present"))
        if participle:
            for form in _participles(f(participle)):
                table.setdefault(form, Verb(lemma, "participle"))
    for word, lemma in _EXTRA_PARTICIPLES.items():
        table[f(word)] = Verb(f(lemma), "participle")
    return table


VERBS: Final[dict[str, Verb]] = _verb_table()

# Verbs that report a position without a "that" clause ("حذر X من ...", "نفى X وجود ..."):
# with these, a subject followed by an object is a statement the outlet reports.
REPORTING: Final = _set(
    "أعلن حذر أكد نفى أشاد أثنى علق انتقد طالب دعا رحب ندد اتهم أعرب كشف استبعد تعهد جدد أفاد"
)
# Passive or impersonal forms ("يُذكر أن", "يشار إلى أن") that the outlet uses for background.
IMPERSONAL: Final = _set("يذكر يشار يقال يعتقد يرجح يتوقع يبدو يرى")


def lookup_verb(word: str) -> tuple[Verb, int] | None:
    """The speech verb a folded word is, and how many prefix letters (و، ف) precede it."""
    if word in VERBS:
        return VERBS[word], 0
    if len(word) > 2 and word[0] in "وف" and word[1:] in VERBS:
        return VERBS[word[1:]], 1
    return None


# "that": the complementisers that open a reported clause, folded (أن، إن، أنّ، بأن، أنه...).
THAT: Final = _set("أن إن أنه إنه أنها إنها أنهم إنهم أنهما بأن بأنه بأنها بأنهم")
THAT_PREPOSITIONS: Final = _set("إلى من على في")
BIL_QAWL: Final = _set("بالقول")
# Words between a verb and its complement that carry no subject ("وتابع أيضاً بالقول").
VERB_ADVERBS: Final = _set(
    "أيضاً أيضا كذلك بدوره بدورها بدورهم رسمياً صراحة مجدداً فيه فيها فيهما"
)
# Words that may stand between a clause boundary and the verb that starts the clause.
DISCOURSE: Final = _set(
    "كما فيما بينما حيث إذ ثم وقد فقد لقد قد لكن ولكن بل كذلك وهنا هنا وعليه وبالتالي"
)
DISCOURSE_PAIRS: Final = frozenset(
    (f(a), f(b))
    for a, b in (("في", "المقابل"), ("وفي", "المقابل"), ("من", "جهته"), ("من", "جهتها"),
                 ("من", "جانبه"), ("من", "جانبها"), ("في", "حين"), ("في", "السياق"))
)  # fmt: skip
# "لكنه أكد": a conjunction carrying the pronoun of the last speaker.
PRONOUN_CONJUNCTIONS: Final = _set("لكنه لكنها لكنهم ولكنه ولكنها ولكنهم")
# Words after which a subject stands before its verb ("لكن مراقبين أكدوا", "أما X فقال").
SUBJECT_OPENERS: Final = _set("لكن ولكن أما وأما فيما بينما")
SUBJECT_OPENER_PAIRS: Final = frozenset(
    (f(a), f(b))
    for a, b in (("غير", "أن"), ("إلا", "أن"), ("بيد", "أن"), ("يذكر", "أن"), ("ويذكر", "أن"),
                 ("علماً", "أن"), ("يذكر", "أنه"), ("يشار", "إلى"))
)  # fmt: skip
KANA: Final = _set("كان وكان كانت وكانت فكان فكانت كانوا وكانوا كانتا وكانتا")
QAD: Final = _set("قد")

# Clause boundaries after a comma: the outlet's framing resumes.
FRAMING: Final = _set("فيما بينما وسط وذلك")
FRAMING_PAIRS: Final = frozenset(
    (f(a), f(b))
    for a, b in (("في", "وقت"), ("في", "حين"), ("دون", "أن"), ("بدون", "أن"), ("وهو", "ما"),
                 ("ما", "يعني"), ("الأمر", "الذي"), ("من", "دون"), ("علماً", "أن"))
)  # fmt: skip
# Tails that close a quote's clause without a comma ("وفق تعبيره", "على حد قوله").
TAIL_HEADS: Final = _set("وفق وفقاً حسب بحسب بحسبه على")
TAIL_WORDS: Final = _set("تعبيره تعبيرها قوله قولها وصفه وصفها ادعائهم ادعائه زعمه حد")

# "according to": the source follows ("بحسب بيان للوزارة", "وفق البيانات الرسمية").
ACCORDING: Final = _set("بحسب حسب وفق وفقاً طبقاً نقلاً وبحسب وحسب ووفق ووفقاً وطبقاً ونقلاً")
# With a و before it, "according to" opens the clause that follows ("ووفق بيان الوزارة، نفذ").
ACCORDING_BEFORE: Final = _set("وبحسب وحسب ووفق ووفقاً وطبقاً ونقلاً")
# Heads of the noun phrases that can be a source after "according to".
SOURCE_HEADS: Final = _set(
    "بيان البيان بيانات البيانات تصريح تصريحات مصدر مصادر المصادر تقرير التقرير وكالة صحيفة "
    "قناة موقع مسؤول مسؤولين مسؤولون المسؤولين المرصد وزارة الوزارة مكتب المكتب منظمة "
    "الحكومة حكومة إعلان الإعلان وسائل مصدرين شهود"
)
# Unnamed sources and groups: the head of "مصدر أمني", "مراقبين", "مسؤول أمريكي".
UNNAMED: Final = _set(
    "مصدر مصادر مصدرين مراقب مراقبين مراقبون خبراء محللون محللين مسؤول مسؤولون مسؤولين "
    "المسؤولين المسؤولون دبلوماسي دبلوماسيون دبلوماسيين نواب سياسيون سياسيين شهود ناشطون "
    "ناشطين مختصون مختصين متابعون متابعين قادة مقربون مقربين أوساط"
)
# "تصاعدت التحذيرات": a lede that reports what many say, with the sayings as the subject.
SWELL_VERBS: Final = _set(
    "تصاعدت تتصاعد تزايدت تتزايد تعالت تتعالى تجددت تتجدد توالت تتوالى كثرت تكثر"
)
SAYINGS: Final = _set("التحذيرات الدعوات المطالبات الانتقادات الأصوات التصريحات التحذير")

# Titles and ranks. HONORIFICS precede a name and are dropped from it ("الجنرال كوريلا").
HONORIFICS: Final = _set(
    "الجنرال جنرال الميجر الميجور اللواء العميد الفريق العقيد المقدم الرائد النقيب الأدميرال "
    "الأميرال الدكتور الدكتورة د السيد السيدة الشيخ الحاج المهندس القاضي البروفيسور "
    "المتقاعد الركن أول"
)
TITLES: Final = _set(
    "وزير وزيرة الوزير رئيس رئيسة الرئيس نائب نائبة النائب النائبة عضو عضوة مستشار مستشارة "
    "المستشار متحدث المتحدث المتحدثة ناطق الناطق الناطقة قائد القائد أمين الأمين مدير مديرة "
    "المدير محافظ المحافظ سفير سفيرة السفير خبير الخبير الخبيرة محلل المحلل المحللة باحث "
    "الباحث الباحثة أستاذ الأستاذ الأكاديمي أكاديمي قيادي القيادي زعيم الزعيم مساعد ممثل "
    "مبعوث المبعوث منسق المنسق المرشد القائم مسؤول المسؤول المسؤولة عميد رئيس"
)
EXPERT_TITLES: Final = _set("خبير الخبير الخبيرة محلل المحلل المحللة باحث الباحث الباحثة "
                            "أستاذ الأستاذ الأكاديمي أكاديمي")  # fmt: skip
ORGANISATIONS: Final = _set(
    "وزارة الوزارة جهاز الجهاز قيادة القيادة حكومة الحكومة مجلس المجلس لجنة اللجنة مكتب "
    "المكتب هيئة الهيئة منظمة المنظمة المرصد مرصد حزب الحزب حركة الحركة تحالف التحالف "
    "الجيش جيش قوات القوات وكالة الوكالة مديرية المديرية خلية الخلية البنتاغون رئاسة "
    "الرئاسة بعثة البعثة مفوضية المفوضية كتلة الكتلة ائتلاف الائتلاف جبهة الجبهة تيار "
    "التيار السفارة سفارة الخارجية الداخلية الدفاع الحكومتان الحكومتين البيانات بيانات "
    "دائرة الدائرة شرطة الشرطة الأمم الإدارة إدارة"
)
STATEMENT_HEADS: Final = _set("بيان البيان")
PLACES: Final = _set(
    "واشنطن بغداد طهران موسكو لندن باريس أنقرة دمشق بيروت عمان الرياض القاهرة أربيل "
    "بريطانيا فرنسا ألمانيا روسيا إيران تركيا العراق سوريا الأردن لبنان مصر السعودية "
    "أمريكا أميركا الصين إسرائيل قطر الكويت الإمارات"
)
# Words that never belong to a person's name (places, institutions, offices).
NAME_STOP: Final = (
    PLACES
    | ORGANISATIONS
    | TITLES
    | _set(
        "إقليم الإقليم كوردستان كردستان داخلية خارجية دفاع الأمن أمن الوطني القومي الدولي "
        "الدولية التحالف النواب البرلمان العراقي العراقية الأمريكي الأمريكية الأميركي "
        "الأميركية الإيراني الإيرانية البريطاني البريطانية مجلس لشؤون شؤون الشؤون عن باسم "
        "في من إلى مع ذات الغالبية عراقي أمريكي أميركي عسكري أمني كردي كوردي إيراني سوري "
        "بريطاني تركي غربي حكومي رسمي مطلع رفيع بارز محلي دولي سابق"
    )
)
DEMONSTRATIVES: Final = _set("تلك هذه هذا ذلك هؤلاء أولئك")
RELATIVES: Final = _set("الذي التي الذين اللذين اللتين اللواتي")
# "مصادر تحدثت لـ...", "مسؤول رفض الكشف عن اسمه": a clause describing the source, cut from
# its name; and "جددت الوزارة تأكيدها أن": the speech noun after the subject.
SOURCE_CLAUSE: Final = _set(
    "تحدث تحدثت تحدثوا طلب طلبت طلبوا فضل فضلت فضلوا رفض رفضت رفضوا اشترط اشترطت اشترطوا "
    "تأكيده تأكيدها تأكيدهم رفضه رفضها رفضهم دعوته دعوتها تحذيره تحذيرها موقفه موقفها "
    "التزامه التزامها"
)
# A comma segment that starts with one of these is an adverbial, not part of the subject.
ADVERBIAL_STARTS: Final = _set(
    "خلال لدى عبر أثناء إبان أمس اليوم يوم صباح مساء ظهر ليلة منذ بتصريح بتصريحات بحديث "
    "لوكالة لقناة لصحيفة لموقع لشبكة لمراسل للصحفيين لوسائل لـ ل رسمياً مطلع نهاية "
    "طلب فضل رفض مشترطاً قبل بعد"
)
# "في جلسة", "في مؤتمر": an occasion; "في وزارة الدفاع" is part of a title instead.
OCCASIONS: Final = _set(
    "جلسة مؤتمر كلمة مقابلة بيان تصريح تصريحات حديث لقاء اتصال تغريدة منشور رسالة ندوة "
    "اجتماع إفادة حوار برنامج زيارة خطاب تسجيل مقال تقرير إيجاز لقائه حديثه كلمته "
    "مؤتمره بيانه اجتماعه زيارته استضافته"
)
# "أصدر X بياناً": introduces a speaker whose words follow ("قالت فيه").
ISSUE_VERBS: Final = _set("أصدر أصدرت وأصدر وأصدرت نشر نشرت ونشر ونشرت")
ISSUED: Final = _set("بياناً بيانا بيان")
# "جاء فيه", "ورد في البيان": the words of a document named earlier in the sentence.
CAME_IN: Final = _set("جاء وجاء ورد وورد")
# "نقلت وكالة X عن Y قوله": the wire attributes the words to Y.
RELAY_VERBS: Final = _set("نقلت ونقلت نقل ونقل تنقل وتنقل")
SAYING_NOUNS: Final = _set("قوله قولها قولهم تأكيده تأكيدها تأكيدهم")
# "إعلان جهاز الأمن ... القضاء على": a verbal noun that reports an announcement.
ANNOUNCEMENT_NOUNS: Final = _set("إعلان وإعلان")
# Folded, "على" is "علي", the name Ali: is_preposition() tells them apart as written.
PREPOSITIONS: Final = _set("على عن بعد قبل منذ مع في من إلى حول بشأن ضد عقب إثر")


def is_preposition(word: str, written: str) -> bool:
    """Whether a word (folded, and as written) is a preposition, not the name "علي"."""
    letters = "".join(c for c in written if not "\u064b" <= c <= "\u0652")
    return word in PREPOSITIONS and (word != "علي" or letters.endswith("ى"))
