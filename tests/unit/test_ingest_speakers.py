"""Who says what: speech verbs and their forms, titles and names, references to earlier ones."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.data.model import Corpus
from tui.ingest.extract import Meta, extract
from tui.ingest.quotes import tokenize
from tui.ingest.registry import Registry
from tui.ingest.speakers import parse_np, segments

PUBLISHED = dt.date(2024, 12, 14)


def said(text: str) -> list[tuple[str, str, str]]:
    """(speaker's Arabic name, the words, the form) of every statement in `text`."""
    corpus = extract(text, Meta("Test", PUBLISHED), Corpus()).corpus
    return [
        (corpus.actors[s.actor].name_ar, s.quote_ar, s.form)
        for s in sorted(corpus.statements.values(), key=lambda s: s.start)
    ]


def mention(phrase: str):
    return parse_np(phrase, segments(tokenize(phrase)))


@pytest.mark.parametrize(
    ("phrase", "kind", "name", "title"),
    [
        ("وزير داخلية إقليم كوردستان، ريبر أحمد", "person", "ريبر أحمد",
         "وزير داخلية إقليم كوردستان"),
        # The rank that ends a title is kept apart from the office it holds.
        ("الخبير العسكري العميد المتقاعد نزار الربيعي", "person", "نزار الربيعي",
         "الخبير العسكري، العميد المتقاعد"),
        ("قائد العمليات المشتركة اللواء فاضل الدليمي", "person", "فاضل الدليمي",
         "قائد العمليات المشتركة، اللواء"),
        # An adverb of the verb is not part of the name; a bracketed common name is.
        ("المتحدث باسم وزارة الدفاع الأمريكية (البنتاغون) مجدداً", "office",
         "المتحدث باسم وزارة الدفاع الأمريكية (البنتاغون)",
         "المتحدث باسم وزارة الدفاع الأمريكية (البنتاغون)"),
        ("مصدر مطلع", "unnamed", "مصدر مطلع", ""),
        ("المصدر", "reference", "المصدر", ""),
        ("المتحدث باسم القائد العام، صباح النعمان", "person", "صباح النعمان",
         "المتحدث باسم القائد العام"),
        ("محسن رضائي أمين مجلس التنسيق الأعلى", "person", "محسن رضائي",
         "أمين مجلس التنسيق الأعلى"),
        ("الجنرال مايكل إيرك كوريلا", "person", "مايكل إيرك كوريلا", ""),
        ("البياتي", "person", "البياتي", ""),
        ("مسؤول عسكري عراقي", "unnamed", "مسؤول عسكري عراقي", ""),
        ("مصدر أمني في الأنبار", "unnamed", "مصدر أمني في الأنبار", ""),
        ('جهاز الأمن العام "الآسايش" في السليمانية', "organisation",
         'جهاز الأمن العام "الآسايش" في السليمانية', ""),
        ("وزير الخارجية العراقي", "office", "وزير الخارجية العراقي", ""),
        ("الوزارة", "reference", "الوزارة", ""),
        ("تلك التحذيرات", "reference", "تلك التحذيرات", ""),
        ("بيان للمرصد السوري لحقوق الإنسان", "organisation", "المرصد السوري لحقوق الإنسان", ""),
        ("بيان مشترك مع العراق", "statement", "بيان مشترك مع العراق", ""),
    ],
)  # fmt: skip
def test_noun_phrases_name_speakers(phrase: str, kind: str, name: str, title: str) -> None:
    found = mention(phrase)
    assert found is not None
    assert (found.kind, found.name) == (kind, name)
    if title:
        assert found.title == title


def test_adverbials_are_cut_from_the_subject() -> None:
    for phrase in (
        "البياتي، لوكالة شفق نيوز،",
        "رضائي في كلمة له ألقاها خلال مؤتمر",
        "عبدي في مقابلة متلفزة في 12 كانون الأول الجاري",
        "بلينكن بتصريح في 9 كانون الأول",
        "المسؤول، الذي طلب عدم الكشف عن اسمه،",
    ):
        found = mention(phrase)
        assert found is not None and found.name == phrase.split()[0].rstrip("،"), phrase


def test_later_references_resolve_to_the_speaker_named_first() -> None:
    registry = Registry()
    ahmed = registry.resolve(mention("وزير داخلية إقليم كوردستان، ريبر أحمد"))
    ministry = registry.resolve(mention("وزارة الدفاع البريطانية"))
    assert registry.resolve(mention("أحمد")) is ahmed
    assert registry.resolve(mention("ريبر أحمد")) is ahmed
    assert registry.resolve(mention("الوزارة")) is ministry
    assert registry.resolve(mention("الدفاع البريطانية")) is ministry
    assert registry.resolve(mention("البياتي")) not in (ahmed, ministry)


@pytest.mark.parametrize(
    "verb",
    ["قال", "وقال", "فقال", "قالت", "قالوا", "أكد", "وأكّد", "أكدت", "يقول", "ويرى", "تؤكد",
     "وأوضح", "ونوّه", "واستدرك", "وبين", "وذكر", "صرّح", "وأفاد"],
)  # fmt: skip
def test_speech_verbs_in_their_conjugations(verb: str) -> None:
    ((name, quote, form),) = said(f'{verb} الخبير الأمني، سرمد البياتي، إن "العراق لم يغير قراره".')
    assert (name, quote, form) == ("سرمد البياتي", "العراق لم يغير قراره", "direct_quote")


def test_participles_and_continuations_refer_to_the_last_speaker() -> None:
    text = (
        'وذكر وزير داخلية إقليم كوردستان، ريبر أحمد، أن "داعش لم ينته بعد"، مردفاً بالقول إنه '
        '"للقضاء على التنظيم نحن بحاجة إلى قوات التحالف".\n\n'
        'وتابع: "نعلم أن خطتهم تشمل مهاجمة السجون"، مشيراً إلى أن الخطر يتزايد، '
        "مشدداً على ضرورة التصدي لهذا التهديد.\n\n"
        'واستدرك أحمد بالقول "لكن نعتقد أن العلاقة يجب أن تتحول".'
    )
    found = said(text)
    assert [name for name, _, _ in found] == ["ريبر أحمد"] * 6
    assert [q for _, q, _ in found][2:5] == [
        "نعلم أن خطتهم تشمل مهاجمة السجون",
        "الخطر يتزايد",
        "ضرورة التصدي لهذا التهديد",
    ]


def test_guillemets_curly_quotes_and_arabic_indic_digits() -> None:
    text = (
        "وقال النائب عن تحالف الفتح، كاظم الشمري، إن «وجود أي قوات أجنبية لم يعد مبرراً».\n\n"
        "وأضاف الشمري أن “المرحلة الثانية تنتهي في سبتمبر ٢٠٢٦”."
    )
    assert said(text) == [
        ("كاظم الشمري", "وجود أي قوات أجنبية لم يعد مبرراً", "direct_quote"),
        ("كاظم الشمري", "المرحلة الثانية تنتهي في سبتمبر ٢٠٢٦", "direct_quote"),
    ]


def test_indirect_that_clauses_are_paraphrases() -> None:
    text = ("وأكد عبدي في مقابلة متلفزة، أن التنظيم قد بدأ يعود إلى النشاط، مشيراً إلى أن داعش "
            "أصبح أقوى.")  # fmt: skip
    assert said(text) == [
        ("عبدي", "التنظيم قد بدأ يعود إلى النشاط", "paraphrase"),
        ("عبدي", "داعش أصبح أقوى", "paraphrase"),
    ]


def test_subject_before_the_verb() -> None:
    assert said("لكن مراقبين أكدوا أن قرار الانسحاب ثابت.") == [
        ("مراقبين", "قرار الانسحاب ثابت", "paraphrase")
    ]
    text = 'وكان قائد القيادة المركزية، الجنرال مايكل كوريلا، قال في بيان: "نحن ملتزمون".'
    assert said(text) == [("مايكل كوريلا", "نحن ملتزمون", "direct_quote")]
    assert said('أما الخبير العسكري نزار الربيعي، فقال إن "الخطوة رمزية أكثر منها عملية".') == [
        ("نزار الربيعي", "الخطوة رمزية أكثر منها عملية", "direct_quote")
    ]


def test_institutions_resolve_to_the_entity_named_earlier() -> None:
    text = (
        "علقت وزارة الدفاع البريطانية، في 28 أيلول 2024، على إعلان بغداد وواشنطن.\n\n"
        "وبحسب بيان للوزارة، فإن المملكة المتحدة ستواصل دعم أمن العراق."
    )
    found = said(text)
    assert [name for name, _, _ in found] == ["وزارة الدفاع البريطانية"] * 2
    assert found[1][1:] == ("المملكة المتحدة ستواصل دعم أمن العراق", "paraphrase")


def test_the_statement_a_body_issued_speaks_for_it_in_later_sentences() -> None:
    text = (
        "أصدرت قيادة الحدود بياناً حول الانتشار الجديد.\n\n"
        "وجاء في البيان أن الوحدات الجديدة تتسلم المواقع خلال أسبوع.\n\n"
        "وذكر البيان أن الدوريات المشتركة ستتواصل."
    )
    assert [name for name, _, _ in said(text)] == ["قيادة الحدود"] * 2


def test_scare_quotes_and_quoted_names_are_not_statements() -> None:
    text = (
        'وتشن القوات العراقية عمليات ضد "داعش" و«الخلايا النائمة»، وأعلن جهاز الأمن العام '
        '"الآسايش" اعتقال "إرهابي" في السليمانية.'
    )
    found = said(text)
    assert found == [
        ('جهاز الأمن العام "الآسايش"', 'اعتقال "إرهابي" في السليمانية', "reported_by_outlet")
    ]  # fmt: skip


def test_background_the_outlet_gives_is_not_a_statement() -> None:
    assert said("يشار إلى أن الجولة الأولى من المحادثات بدأت في كانون الثاني.") == []
    assert said("ويوجد نحو 2500 عسكري أميركي في العراق ضمن التحالف الدولي.") == []


def test_a_report_after_dots_goes_on_with_the_same_speaker() -> None:
    text = "وشدد الوزير سالم الكعبي على أن الدستور يمنع ذلك .. مشيرا إلى أن التعاون سيستمر."
    assert [(name, quote) for name, quote, _ in said(text)] == [
        ("سالم الكعبي", "الدستور يمنع ذلك"),
        ("سالم الكعبي", "التعاون سيستمر"),
    ]


def test_a_masthead_names_no_speaker() -> None:
    text = "رئيس التحرير: جابر سالم الحرمي\n\nقال مصدر أمني إن القوات غادرت القاعدة.\n"
    assert [name for name, _, _ in said(text)] == ["مصدر أمني"]


def test_a_quoted_phrase_inside_a_clause_keeps_the_clause() -> None:
    text = "وقال الخبير علي الدليمي إن المخيم “قنبلة موقوتة” تهدد استقرار المنطقة."
    (statement,) = said(text)
    assert statement[1:] == ("المخيم “قنبلة موقوتة” تهدد استقرار المنطقة", "paraphrase")
    text = 'وقال الخبير علي الدليمي إن "المخيم قنبلة موقوتة تهدد الجميع"، وأضاف أن الحل سياسي.'
    assert said(text)[0][1:] == ("المخيم قنبلة موقوتة تهدد الجميع", "direct_quote")


def test_a_dateline_cut_by_an_underscore_is_not_part_of_the_statement() -> None:
    text = "بغداد 18 يناير 2026 ( وكالة المربد ) _ أعلنت وزارة الدفاع أن الجيش سيتسلم القاعدة.\n"
    assert said(text) == [("وزارة الدفاع", "الجيش سيتسلم القاعدة", "paraphrase")]


def test_a_title_held_in_a_region_and_its_holder() -> None:
    text = "وحذر وزير الداخلية في إقليم كوردستان ريبوار حمه صالح من فراغ أمني بعد الانسحاب."
    assert said(text) == [("ريبوار حمه صالح", "من فراغ أمني بعد الانسحاب", "reported_by_outlet")]


def test_a_joint_statement_of_the_two_countries() -> None:
    (statement,) = said("وقال البلدان في بيان مشترك إن التعاون الأمني سيستمر.")
    assert statement == ("بيان مشترك", "التعاون الأمني سيستمر", "paraphrase")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A name ends where a preposition begins the verb's object.
        ("وخلال مؤتمر صحفي، ردّ حسين على تصريحات المبعوث قائلاً إنها مرفوضة تماماً.", "حسين"),
        ("وقال الوزير سامي حسين على هامش المؤتمر إن التصريحات مرفوضة تماماً.", "سامي حسين"),
        # "نقلاً عن مصادر": the sources relayed are the speaker.
        ("وأفادت، نقلاً عن مصادر، بأن القوات ستغادر قريباً.", "مصادر"),
        # A statement named in the text says what it says, beyond "في إطار …".
        ("وأشار البيان إلى استمرار العمليات في سوريا حتى أيلول 2026، في إطار الجهود.",
         "البيان"),
    ],
)  # fmt: skip
def test_speaker_spans_end_where_the_speaker_does(text: str, speaker: str) -> None:
    assert said(text)[0][0] == speaker


def test_a_report_described_and_a_report_of_a_quoted_outlet() -> None:
    text = (
        "اكد تقرير بريطاني ان الولايات المتحدة تخطط لبقاء طويل في العراق.\n\n"
        'وقال تقرير لموقع "ميدل ايست آي" البريطاني أن قوة أمريكية ستبقى في أربيل.\n'
    )
    assert [(name, quote) for name, quote, _ in said(text)] == [
        ("تقرير بريطاني", "الولايات المتحدة تخطط لبقاء طويل في العراق"),
        ('موقع "ميدل ايست آي" البريطاني', "قوة أمريكية ستبقى في أربيل"),
    ]


def test_a_body_that_reports_speaks_again_as_the_report() -> None:
    text = (
        'أبرزت مجلة "الأفق" الأميركية في تقرير لها، الدور الذي يؤديه الإقليم في الحرب.\n\n'
        "وأشار التقرير إلى أن القوات ستبقى في أربيل حتى أيلول 2026.\n"
    )
    assert [name for name, _, _ in said(text)] == ['مجلة "الأفق" الأميركية'] * 2


def test_a_rank_is_no_part_of_the_name() -> None:
    text = "وقال الأمين العام للوزارة اللواء ركن سامي محمد إن الدعم سيستمر حتى نهاية العام.\n"
    assert said(text)[0][0] == "سامي محمد"


def test_sources_described_in_the_plural_and_a_secretary_general() -> None:
    assert said("وجدد مسؤولون عراقيون مطالبتهم بتسريع المفاوضات مع واشنطن.")[0][0] == (
        "مسؤولون عراقيون"
    )
    text = ("كشف الأمين العام لحركة الأنصار عن نكث واشنطن لكافة تعهداتها، لا سيما التزامها "
            "بعدم استخدام القواعد.")  # fmt: skip
    assert said(text)[0][:2] == ("الأمين العام لحركة الأنصار", "عن نكث واشنطن لكافة تعهداتها، "
                                 "لا سيما التزامها بعدم استخدام القواعد")  # fmt: skip


def test_a_time_of_day_is_no_headline_colon() -> None:
    assert said("الساعة 10:17 صباحًا القسم: أخبار العراق والمنطقة\n") == []


def test_a_body_named_in_quotation_marks_inside_a_title_is_not_a_quote() -> None:
    text = ('حذّر زعيم "قوات سوريا الديمقراطية" (قسد) كريم الساعدي، يوم الخميس، من تصاعد نشاط '
            'التنظيم في البادية.\n\nوقال المتحدث باسم "كتائب النصر الوطني" حسن الجابري إن '
            '"الانسحاب يجب أن يكتمل هذا العام".')  # fmt: skip
    assert said(text) == [
        ("كريم الساعدي", "من تصاعد نشاط التنظيم في البادية", "reported_by_outlet"),
        ("حسن الجابري", "الانسحاب يجب أن يكتمل هذا العام", "direct_quote"),
    ]


def test_an_occasion_between_the_verb_and_its_content_is_not_the_speaker() -> None:
    text = ('قال وزير الخارجية سامر الكبيسي إن "العلاقات مع الجوار مستقرة".\n\nوأوضح، '
            'بمناسبة ذكرى تحرير الموصل، أن "خطر داعش ما زال قائماً في البادية".')  # fmt: skip
    assert [speaker for speaker, _, _ in said(text)] == ["سامر الكبيسي", "سامر الكبيسي"]


def test_a_title_held_in_a_service_or_a_country_goes_on_to_its_holder() -> None:
    text = ('كشف نائب قائد العمليات المشتركة بالعراق الفريق الركن سامي الجبوري عن انتهاء وجود '
            'قوات التحالف في بغداد.\n\nوأكد نائب الأدميرال في البحرية الأميركية جون كارتر، '
            'المرشح لقيادة القوات، أن الحملة ضد التنظيم مستمرة.')  # fmt: skip
    assert [(who, words) for who, words, _ in said(text)] == [
        ("سامي الجبوري", "عن انتهاء وجود قوات التحالف في بغداد"),
        ("جون كارتر", "الحملة ضد التنظيم مستمرة"),
    ]


def test_a_number_of_sources_is_an_unnamed_source() -> None:
    text = ("وقالت أربعة مصادر عراقية إن الانسحاب سيبدأ قريباً.\n\n"
            "وقال مصدران أمنيان إن الهجوم وقع ليلاً.")  # fmt: skip
    corpus = extract(text, Meta("Test", PUBLISHED), Corpus()).corpus
    actors = sorted((a.name_ar, a.name_en, a.kind) for a in corpus.actors.values())
    assert actors == [("أربعة مصادر عراقية", "Four Iraqi sources", "unnamed_source"),
                      ("مصدران أمنيان", "Two security sources", "unnamed_source")]  # fmt: skip


def test_a_lead_printed_twice_is_one_statement_and_its_speaker_goes_on() -> None:
    lead = "أن الدفعة الأولى من القوات ستغادر قبل نهاية العام"
    text = (f"كشف النائب سامي الجبوري {lead}.\n\nوقال المتحدث باسم القيادة المركزية إن الضربات "
            f"استهدفت مخازن الصواريخ.\n\nوأعلن النائب سامي الجبوري {lead}. أشار إلى أن القصف "
            "خرق للسيادة.")  # fmt: skip
    assert [(who, words) for who, words, _ in said(text)] == [
        ("سامي الجبوري", lead.removeprefix("أن ")),
        ("المتحدث باسم القيادة المركزية", "الضربات استهدفت مخازن الصواريخ"),
        ("سامي الجبوري", "القصف خرق للسيادة"),
    ]


def test_expressed_is_a_speech_verb_and_via_is_not() -> None:
    text = ("وتعبر السفارة الأمريكية في بغداد عن قلقها العميق إزاء هجمات التنظيم.\n\n"
            "ونقلت القوات عبر الحدود معدات كثيرة.\n\n"
            "وعبر وزير الخارجية عن رفضه لبقاء القوات الأجنبية.")  # fmt: skip
    assert [(who, words) for who, words, _ in said(text)] == [
        ("السفارة الأمريكية في بغداد", "عن قلقها العميق إزاء هجمات التنظيم"),
        ("وزير الخارجية", "عن رفضه لبقاء القوات الأجنبية"),
    ]


def test_a_relay_with_a_colon_names_who_said_it_and_page_credits_say_nothing() -> None:
    text = ('ونقلت وسائل إعلام كردية عن الجبوري قوله: "التحالف أنهى مهمته فعلياً في بغداد".\n\n'
            "مصادر الخبر: © وكالة الأنباء,رويترز,الجزيرة,")  # fmt: skip
    assert said(text) == [("الجبوري", "التحالف أنهى مهمته فعلياً في بغداد", "direct_quote")]


def test_according_to_a_titled_person_then_the_words() -> None:
    text = ("قال الوزير سامي الكبيسي إن العلاقات جيدة.\n\n"
            "وبحسب النائب مختار الموسوي، فإن التحالف لم يعد له مبرر في العراق.\n\n"
            "وبحسب الوزير، فإن الحوار مستمر.")  # fmt: skip
    assert [(who, words) for who, words, _ in said(text)] == [
        ("سامي الكبيسي", "العلاقات جيدة"),
        ("مختار الموسوي", "التحالف لم يعد له مبرر في العراق"),
        ("سامي الكبيسي", "الحوار مستمر"),
    ]


def test_an_ambassador_to_a_capital_and_her_name() -> None:
    text = ('قالت السفيرة الأميركية لدى بغداد ألينا رومانوفسكي، إن "داعش" لا يزال يشكل تهديداً.'
            "\n\nوقال الوزير لدى استقباله الوفد إن الحوار مستمر.")  # fmt: skip
    corpus = extract(text, Meta("Test", PUBLISHED), Corpus()).corpus
    first, second = sorted(corpus.statements.values(), key=lambda s: s.start)
    ambassador = corpus.actors[first.actor]
    assert (ambassador.name_ar, ambassador.name_en) == ("ألينا رومانوفسكي", "Alina Romanowski")
    assert ambassador.role == "السفيرة الأميركية لدى بغداد"
    assert corpus.actors[second.actor].name_ar == "الوزير"  # "لدى استقباله": upon, not a post


def test_an_unnamed_source_ends_at_its_adjective_and_a_likely_outcome_goes_on() -> None:
    text = ("وأكد مصدر كردي المعلومة ذاتها، مرجحاً إتمام العملية خلال الأسابيع المقبلة.\n\n"
            "وأكد مسؤول عسكري أمريكي رفيع المستوى أن القوات باقية.")  # fmt: skip
    assert [(who, words) for who, words, _ in said(text)] == [
        ("مصدر كردي", "المعلومة ذاتها"),
        ("مصدر كردي", "إتمام العملية خلال الأسابيع المقبلة"),
        ("مسؤول عسكري أمريكي رفيع المستوى", "القوات باقية"),
    ]


def test_a_count_of_sources_before_the_sources_names_them() -> None:
    text = ("ويرى أكثر من 20 مصدراً أن التنظيم بدأ بإعادة تنشيط مقاتليه.\n\n"
            "وقال 5 من مسؤولي مكافحة الإرهاب في العراق إن التنظيم أرسل مبعوثين.")  # fmt: skip
    assert [who for who, _, _ in said(text)] == [
        "أكثر من 20 مصدراً",
        "5 من مسؤولي مكافحة الإرهاب في العراق",
    ]


def test_an_untitled_holder_of_a_post_before_the_verb_is_the_source() -> None:
    text = "قائد في قوات سوريا الديمقراطية أكد أن الانسحاب الأميركي يشجع التنظيم."
    assert said(text) == [("قائد في قوات سوريا الديمقراطية", "الانسحاب الأميركي يشجع التنظيم",
                           "paraphrase")]  # fmt: skip


def test_groups_of_sources_where_they_are_and_with_whom() -> None:
    text = ("حذر زعماء في المنطقة وحلفاء غربيون من احتمال استغلال التنظيم للفوضى.\n\n"
            "وكانت وسائل إعلام أمريكية أفادت الأسبوع الماضي أن واشنطن تخطط لسحب قواتها.\n\n"
            "جاء ذلك خلال لقاء، حيث أكد الجانبان أهمية التعاون لمكافحة التنظيم.")  # fmt: skip
    assert [(who, words) for who, words, _ in said(text)] == [
        ("زعماء في المنطقة وحلفاء غربيون", "من احتمال استغلال التنظيم للفوضى"),
        ("وسائل إعلام أمريكية", "واشنطن تخطط لسحب قواتها"),
        ("الجانبان", "أهمية التعاون لمكافحة التنظيم"),
    ]


def test_an_occasion_before_the_verb_opens_the_report() -> None:
    text = ("قال الوزير سامي الكبيسي إن العلاقات جيدة.\n\n"
            "وفي تصريحات له أشار الوزير إلى أن الحكومة تنتظر نتائج لجان التقييم.")  # fmt: skip
    assert [(who, words) for who, words, _ in said(text)][1] == (
        "سامي الكبيسي",
        "الحكومة تنتظر نتائج لجان التقييم",
    )


def test_a_report_or_study_published_speaks_for_its_publisher() -> None:
    text = ('نشرت صحيفة الميزان تقريراً بعنوان "تحذيرات من عودة التنظيم" جاء فيه أن الخلايا '
            "النائمة عادت إلى النشاط.\n\n"
            "ونشر المرصد دراسة قال فيها إن التنظيم يعيد ترتيب صفوفه.")  # fmt: skip
    assert [who for who, _, _ in said(text)] == ["صحيفة الميزان", "المرصد"]


def test_whom_a_speaker_calls_on_is_not_what_he_calls_for() -> None:
    text = ("ودعا كريم الساعدي، الرئيس الأميركي المنتخب جون سميث، إلى الحفاظ على وجود عسكري.\n\n"
            "وطالب النائب علي حسين، الحكومة، بالإسراع في إخراج القوات الأجنبية.")  # fmt: skip
    assert [(who, words) for who, words, _ in said(text)] == [
        ("كريم الساعدي", "إلى الحفاظ على وجود عسكري"),
        ("علي حسين", "بالإسراع في إخراج القوات الأجنبية"),
    ]


def test_said_again_and_an_estimate_are_reports() -> None:
    text = ("قال المسؤول إن القوات باقية، ثم عاد وقال إنه يشعر بالقلق من الانسحاب.\n\n"
            "وأكد مصدر أن الخطة جاهزة، فيما قدّر مصدر دبلوماسي أن تنجز خلال شهر.")  # fmt: skip
    found = [(who, words) for who, words, _ in said(text)]
    assert ("المسؤول", "يشعر بالقلق من الانسحاب") in found
    assert found[-1] == ("مصدر دبلوماسي", "تنجز خلال شهر")


def test_reports_are_a_source_and_figures_are_not() -> None:
    text = ("قال الوزير سامي الكبيسي إن الوضع مستقر.\n\n"
            "كما تشير التقديرات إلى أن الأوضاع في سوريا غير مستقرة.\n\n"
            "وحذرت تقارير غربية من خطر توطين عناصر التنظيم قرب بغداد.")  # fmt: skip
    corpus = extract(text, Meta("Test", PUBLISHED), Corpus()).corpus
    found = sorted(corpus.statements.values(), key=lambda s: s.start)
    assert [corpus.actors[s.actor].name_en for s in found] == ["Sami al-Kubaisi",
                                                               "Western reports"]  # fmt: skip
