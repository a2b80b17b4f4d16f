"""The attribution rules of Arabic news copy, each a named unit with its own examples.

A rule looks at one word of a sentence and, if a cue starts there, records what it finds
(cue, source, content); the first rule that finds something at a word wins. Each rule carries
examples of the reporting it reads, written for mawqif: a sentence, the source it should name
(None: the source is whoever spoke last) and the words its content begins with. A test runs
every example (tests/unit/test_ingest_rules.py), so a rule's documentation cannot drift from
what it does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from . import rules_according as according
from . import rules_framed as framed
from . import rules_verbs as verbs
from .cues import Found, SentenceCues
from .quotes import Sentence


@dataclass(frozen=True)
class Example:
    """A sentence a rule reads, the source it names (None: the last speaker) and where the
    content begins ("": the rule names a source for the statements that follow)."""

    sentence: str
    source: str | None
    content: str


@dataclass(frozen=True)
class Rule:
    """One attribution rule: its name, what it reads, and examples of it."""

    name: str
    find: Callable[[SentenceCues, int], None]
    examples: tuple[Example, ...]


RULES: tuple[Rule, ...] = (
    Rule("headline", framed.headline, (
        Example("مصدر أمني: إغلاق قاعدة الرشيد خلال أيام", "مصدر أمني", "إغلاق قاعدة"),
        Example("البنتاغون يقول إنه يمضي في خفض قواته", "البنتاغون", "يمضي في خفض"),
        Example("«وول ستريت جورنال»: الولايات المتحدة تسحب قواتها من سوريا", "وول ستريت جورنال",
                "الولايات المتحدة تسحب"),
    )),
    Rule("verb", verbs.verb, (
        Example('قال النائب سامر الحديثي، اليوم الأحد، إن "القوات الأجنبية لم تعد ضرورية".',
                "سامر الحديثي", "القوات الأجنبية"),
        Example("وأضاف أن الحكومة ماضية في خطتها.", None, "الحكومة ماضية"),
        Example("وأكد مسؤول عسكري رفيع أن الانسحاب يجري وفق الجدول.", "مسؤول عسكري رفيع",
                "الانسحاب يجري"),
        Example("لكن الخبير نزار العلي أكد أن الخطر باقٍ.", "نزار العلي", "الخطر باقٍ"),
        Example("وهي عملية قال مسؤول غربي إنها ستستغرق عاماً.", "مسؤول غربي", "ستستغرق عاماً"),
        Example("وحذر الوزير من فراغ أمني بعد الانسحاب.", "الوزير", "من فراغ"),
        # The content is what is reported, without its cue, its source or when it was said.
        Example("وأعلن التحالف، في بيان أمس، رسمياً انتهاء مهمته.", "التحالف", "انتهاء مهمته"),
        Example("وأكدت الوزارة أمس الثلاثاء التزامها بالموعد.", "الوزارة", "التزامها"),
        Example("وحذّر رئيس جهاز المخابرات سامي الربيعي من عودة التنظيم.", "سامي الربيعي",
                "من عودة"),
        Example("وأكد مصدر أمني ثان انسحاب القوات.", "مصدر أمني ثان", "انسحاب القوات"),
        Example("وكان المتحدث قد أعلن الخميس إغلاق المعبر.", "المتحدث", "إغلاق المعبر"),
        # A body first, then its verb; where it posted the words is not what it said.
        Example("القيادة الوسطى ذكرت في بيان نشرته على حسابها في منصة اكس أن الغارة نجحت.",
                "القيادة الوسطى", "الغارة نجحت"),
        Example('وأعلنت القيادة الوسطى عبر موقع "إكس" (تويتر سابقاً) عن تنفيذ غارة ثانية.',
                "القيادة الوسطى", "عن تنفيذ"),
        Example("وكالة النهار الإخبارية رأى النائب سعد الخزرجي، اليوم، أن الموعد قريب.",
                "سعد الخزرجي", "الموعد قريب"),
        Example('وذكر بيان الوزارة، وفقاً لوكالة الأنباء، أن "الحدود مؤمنة".', "الوزارة",
                "الحدود مؤمنة"),
        Example("ويأتي ذلك في وقت تطالب فيه فصائل مسلحة بخروج القوات.", "فصائل مسلحة",
                "بخروج القوات"),
        Example("ونفت مصادر أردنية وجود أي اتفاق.", "مصادر أردنية", "وجود أي اتفاق"),
        Example("وأعلنت الحكومة عن انتهاء المهمة بحلول 2025، مع استمرار الدعم.", "الحكومة",
                "عن انتهاء المهمة"),
        Example("وأعلنت الوزارة اليوم إغلاق المعبر، بعد أن تسلمه الجيش.", "الوزارة",
                "إغلاق المعبر"),
        Example("ودعا العراق الدول الأوروبية إلى استعادة رعاياها.", "العراق", "الدول الأوروبية"),
        Example("وجاء ذلك بعد تصريحات لوزير سابق قال فيها إن التهريب مستمر.", "وزير سابق",
                "التهريب مستمر"),
        Example("ووصفت ما يُنشر حول الاتفاق بأنه شائعات.", None, "ما يُنشر"),
        # A claim of an attack is a statement; so is "it sees the need for …" said after it.
        Example("المقاومة الإسلامية تتبنى استهداف قاعدة حرير", "المقاومة الإسلامية",
                "استهداف قاعدة"),
        Example('وأكدت استمرارها في "ضرب مواقع العدو".', None, "ضرب مواقع"),
        Example("وقال الخبير د. سامر العلي إن القوات باقية.", "سامر العلي", "القوات باقية"),
        # "the president's envoy, Trump, to Iraq, Savaya": the last name holds the title.
        Example("قال مبعوث الرئيس الأميركي، جو بايدن، إلى العراق، آموس هوكشتاين، إن الموعد ثابت.",
                "آموس هوكشتاين", "الموعد ثابت"),
        Example('ويقول الكناني، لنورث برس: "لن يكون هناك أي انسحاب للقوات".', "الكناني",
                "لن يكون"),
        Example("وجاء ذلك بعد تصريحات الوزير سالم العبيدي التي أكد فيها أن المهمة انتهت.",
                "سالم العبيدي", "المهمة انتهت"),
        Example("ويخشى مسؤولون غربيون من أن يعود التنظيم.", "مسؤولون غربيون", "يعود التنظيم"),
        Example('وقال الوزير خلال الحفل "لتأبين قادة النصر"، إن "الحكومة وحدها تقرر".',
                "الوزير", "الحكومة وحدها"),
        Example("بغداد جددت التحذير من أن أي تسلل سيواجه بحزم.", "بغداد", "أي تسلل"),
        Example("وزارة الدفاع العراقية أعلنت أن القوات انسحبت.", "وزارة الدفاع", "القوات انسحبت"),
        Example("وأشار أحد المصادر إلى أن القادة معروفون.", "أحد المصادر", "القادة معروفون"),
        Example("إلا أن العديد من المراقبين يحذرون من أن التنظيم باق.", "العديد من المراقبين",
                "التنظيم باق"),
        Example('قال الوزير لويد ج. أوستن إنه "حققنا معا هزيمة التنظيم".', "لويد ج. أوستن",
                "حققنا معا"),
        Example('وقالت "سنتكوم" في بيان على منصة "إكس"، تويتر سابقا: "أنجزنا مهمة النقل".',
                "سنتكوم", "أنجزنا مهمة"),
        Example("وقبل نحو أسبوع أعلنت دمشق، استلام قاعدة التنف.", "دمشق", "استلام قاعدة"),
        # A body named by another body's name; a body, then what it spoke about.
        Example("وأعلنت كتائب حزب الله تعليق هجماتها على القوات.", "كتائب حزب الله",
                "تعليق هجماتها"),
        Example('وعلق البنتاغون على موقف الكتائب بالقول إن "الأفعال أبلغ من الأقوال".',
                "البنتاغون", "الأفعال أبلغ"),
        # A name no dictionary knows is a name when its title follows it.
        Example("وقالت ماريانا كوستا، المتحدثة باسم البيت الأبيض، إن الهجوم فشل.",
                "ماريانا كوستا", "الهجوم فشل"),
        Example("ويأمل الوزير في استمرار التعاون مع الشركاء.", "الوزير", "في استمرار"),
        Example("كما رحبوا بالاتفاق الشامل بين الطرفين.", None, "بالاتفاق الشامل"),
        Example("(واشنطن) أعلنت الحكومة أنها قصفت ثلاثة مواقع.", "الحكومة", "قصفت ثلاثة"),
        Example('وقال البارزاني في بيان تلقته وكالة "الرافد" "نرحب باتفاق الحكومتين".',
                "البارزاني", "نرحب باتفاق"),
        # A title goes on through the body whose title it is, with its "لـ".
        Example("وقلّل الناطق باسم القائد العام للقوات المسلحة من هذه المخاوف.",
                "الناطق باسم القائد العام للقوات المسلحة", "من هذه المخاوف"),
        Example("وأكد الأمين العام لحلف الناتو أن البعثة باقية.", "الأمين العام لحلف الناتو",
                "البعثة باقية"),
        # A second report by the same subject, joined by و, is a statement of its own.
        Example("كتائب حزب الله تحذر من التصعيد وتطالب بانسحاب القوات", "كتائب حزب الله",
                "من التصعيد"),
        Example("وهي تحذر من التصعيد وتطالب بانسحاب القوات", None, "بانسحاب"),
        # A participle after a verb that said nothing goes on from that verb's subject; an
        # object ("الضوء") is no subject, and the last speaker goes on.
        Example("وأدلى النائب كريم الساعدي بتصريحات للصحفيين، مؤكداً أن القوات باقية.",
                "كريم الساعدي", "القوات باقية"),
        Example("بحث مسؤولون عراقيون وأميركيون مستقبل العلاقة، مؤكدين أن الشراكة مستمرة.",
                "مسؤولون عراقيون وأميركيون", "الشراكة مستمرة"),
        Example("وصدر البيان بعد أن أدلت سارة الحمداني، المتحدثة باسم الوزارة، بتصريحات، "
                "زاعمة: «لن نقبل أي خطوة من هذا النوع».", "سارة الحمداني", "لن نقبل"),
        Example("وسلط الضوء على خطر المخيم، مؤكداً أن الوضع فيه خطير.", None, "الوضع فيه"),
    )),
    Rule("swell", framed.swell, (
        Example("تصاعدت التحذيرات المحلية من عودة التنظيم.", "التحذيرات المحلية",
                "من عودة"),
    )),
    Rule("announcement", framed.announcement, (
        Example("وكان إعلان قيادة العمليات، أمس، اكتمال المرحلة الأولى.", "قيادة العمليات",
                "اكتمال المرحلة"),
        Example("وذلك مع إعلان وزارة الدفاع عن التزامها بتقليص مهمتها.", "وزارة الدفاع",
                "التزامها بتقليص"),
        Example("وتزامن ذلك مع تحذيرات وزير الخارجية بشأن إعادة تنظيم داعش صفوفه.",
                "وزير الخارجية", "إعادة تنظيم"),
    )),
    Rule("came_in", framed.came_in, (
        Example('وفي بيان للوزارة، جاء فيه: "نلتزم بالموعد المحدد".', "الوزارة", "نلتزم بالموعد"),
        Example("وجاء في البيان المشترك للحكومتين أن المهمة تنتهي قريباً.",
                "البيان المشترك للحكومتين", "المهمة تنتهي"),
        Example('وجاء في بيان لـ"تنسيقية المقاومة" أن القوات ستخرج.', "تنسيقية المقاومة",
                "القوات ستخرج"),
    )),
    Rule("relay", framed.relay, (
        Example('ونقلت وكالة محلية عن القائد هادي الزبيدي قوله إن "القاعدة أخليت".',
                "هادي الزبيدي", "القاعدة أخليت"),
        Example('وكانت قد نقلت وكالة "سبوتنيك" عن عدة مصادر قولها، "إن المعسكر أغلق".',
                "عدة مصادر", "إن المعسكر أغلق"),
        Example("الصحيفة نقلت عن دبلوماسيين غربيين قولهم، إن المحادثات توقفت.",
                "دبلوماسيين غربيين", "المحادثات توقفت"),
    )),
    Rule("issue", framed.issue, (
        # Only the source: "قالت فيه" that follows is the verb rule's.
        Example("وأصدرت السفارة بياناً قالت فيه إن الشراكة مستمرة.", "السفارة", ""),
    )),
    Rule("according", according.according, (
        Example("وبحسب بيان لوزارة الدفاع، فإن الطائرات نفذت ثلاث ضربات.", "وزارة الدفاع",
                "الطائرات نفذت"),
        Example("ووفقاً للمصادر ذاتها فإن الأرتال غادرت ليلاً.", "المصادر", "الأرتال غادرت"),
        # Reports, remarks and "the source" itself, with or without the article, are sources.
        Example("وبحسب تقارير استخبارية، فإن الخلايا تنشط ليلاً.", "تقارير استخبارية",
                "الخلايا تنشط"),
        Example("ووفق التصريحات الفرنسية، فإن المستشارين باقون.", "التصريحات الفرنسية",
                "المستشارين باقون"),
        Example("وبحسب المصدر ذاته، فإن المعسكر أخلي.", "المصدر", "المعسكر أخلي"),
        Example('ووفقاً للجنرال جون "جاك" ميلر، قائد العمليات الخاصة، فإن الهجوم أحبط.',
                "جون", "الهجوم أحبط"),
        Example('وحسب وكالة "رويترز" سيبدأ خروج القوات في أيلول.', "رويترز", "سيبدأ خروج"),
        Example("ووفق مسؤولي واشنطن فإنها ستحتفظ بألفي جندي.", "مسؤولي واشنطن", "ستحتفظ"),
        Example("وبحسب صحيفة التايمز نقلاً عن مسؤولين غربيين، فإن القوات ستغادر.",
                "مسؤولين غربيين", "القوات ستغادر"),
        Example('وبحسب تقرير لصحيفة "المدى"، فإن القوات غادرت.', 'صحيفة "المدى"', "القوات غادرت"),
        Example("ووفقاً له، فإن الموعد ثابت.", None, "الموعد ثابت"),
        Example('وبحسب "فوربس"، فإن القوات ستبقى في أربيل.', "فوربس", "القوات ستبقى"),
        Example("وبحسب بيان صادر عن مكتبه، فإن الموعد ثابت.", None, "الموعد ثابت"),
        Example("وانسحبت القوات من القاعدة، وفقاً لما كشفته وكالة رويترز.", "وكالة رويترز",
                "وانسحبت القوات"),
        Example("وجاء القرار، وفق النعمان، على خلفية التوتر في سوريا.", "النعمان", "على خلفية"),
    )),
    Rule("nested", framed.nested, (
        Example('وقال الخبير: "المسؤولون الغربيون يقولون إن البقاء ضروري".', "المسؤولون الغربيون",
                "البقاء ضروري"),
    )),
)  # fmt: skip


def find_statements(text: str, sentence: Sentence) -> list[Found]:
    """Every statement the rules find in one sentence, in the order of their cues, each
    marked with the name of the rule that found it."""
    c = SentenceCues(text, sentence)
    for i in range(c.n):
        if not c.toks[i].is_word:
            continue
        for rule in RULES:
            before = len(c.found)
            rule.find(c, i)
            if len(c.found) > before:
                c.found[before:] = [replace(f, rule=rule.name) for f in c.found[before:]]
                break
    return sorted(c.found, key=lambda found: found.at)
