"""Quotation marks and sentences: pairs of every style, nesting, and no break inside a quote."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.data.model import Corpus
from tui.ingest.extract import Meta, extract
from tui.ingest.quotes import MAX_SENTENCE, find_quotes, split_sentences


def said(text: str) -> list[tuple[str, str]]:
    """(speaker's Arabic name, the words) of every statement import finds in `text`."""
    corpus = extract(text, Meta("Test", dt.date(2025, 3, 2)), Corpus()).corpus
    ordered = sorted(corpus.statements.values(), key=lambda s: s.start)
    return [(corpus.actors[s.actor].name_ar, s.quote_ar) for s in ordered]


def inner(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text, 0, len(text))]


def test_every_style_of_quotation_mark_pairs() -> None:
    assert inner('قال "نص أول" ثم «نص ثان» ثم “نص ثالث”') == ["نص أول", "نص ثان", "نص ثالث"]


def test_curly_quotes_pair_in_either_order() -> None:
    # Arabic copy often writes ” before the quote and “ after it.
    assert inner("قال ”نص مقلوب“ ثم انتهى") == ["نص مقلوب"]


def test_nested_marks_stay_inside_their_quotation() -> None:
    assert inner('قال «إن ما يسمى "الانسحاب" لم يحدث»') == ['إن ما يسمى "الانسحاب" لم يحدث']


def test_an_unclosed_quote_runs_to_the_end_of_the_paragraph() -> None:
    text = 'وتابع: "الكلام يستمر في الفقرة التالية'
    (quote,) = find_quotes(text, 0, len(text))
    assert quote.close is None and text[quote.start : quote.end] == "الكلام يستمر في الفقرة التالية"


def test_word_counts_tell_scare_quotes_from_speech() -> None:
    text = 'خلايا "داعش" و"نحن بحاجة إلى قوات التحالف"'
    quotes = find_quotes(text, 0, len(text))
    assert [q.words for q in quotes] == [1, 5]


def test_sentences_do_not_break_inside_a_quotation() -> None:
    text = 'وبين أن "الهيئة تلتزم بالإجراءات. وقد بدأت الخطوات العملية". وأشار إلى أن العراق يشكر.'
    sentences = split_sentences(text, 0, 0, len(text))
    assert [text[s.start : s.end] for s in sentences] == [
        'وبين أن "الهيئة تلتزم بالإجراءات. وقد بدأت الخطوات العملية".',
        "وأشار إلى أن العراق يشكر.",
    ]


def test_an_abbreviation_is_not_a_sentence_end() -> None:
    text = "وقال د. عماد الزبيدي إن الخطر قائم."
    assert len(split_sentences(text, 0, 0, len(text))) == 1


def test_text_without_full_stops_is_cut_into_bounded_pieces() -> None:
    text = "، ".join(["كلام بلا نقطة"] * 2000)
    sentences = split_sentences(text, 0, 0, len(text))
    assert len(sentences) > 1
    assert all(s.end - s.start <= MAX_SENTENCE for s in sentences)


def test_a_mark_left_open_ends_where_the_narrator_reports_again() -> None:
    # "…، مبيناً أن …": a participle and its "that" are the narrator's, not the speaker's.
    text = "وقال النائب إن ” الخطوط الحمراء تجاوزها الجميع، مبيناً أن المقرات تعرضت لهجوم."
    (quote,) = find_quotes(text, 0, len(text))
    assert text[quote.start : quote.end] == "الخطوط الحمراء تجاوزها الجميع"
    assert said(text) == [
        ("النائب", "الخطوط الحمراء تجاوزها الجميع"),
        ("النائب", "المقرات تعرضت لهجوم"),
    ]


def test_a_quotation_after_the_narrators_colon_stands_alone_once_the_open_one_is_shut() -> None:
    # The first mark never shuts; "، موضحاً أن:" is the narrator's, and the marks after it
    # quote the next words, not a quotation inside the first.
    text = (
        "أكد المستشار، قاسم الأعرجي، أنه “لن تكون هناك قطيعة مع قوات التحالف بعد "
        "انسحابها، موضحاً أن: “رد الجميل سيكون عبر اتفاقيات ثنائية”."
    )
    assert inner(text) == [
        "لن تكون هناك قطيعة مع قوات التحالف بعد انسحابها",
        "رد الجميل سيكون عبر اتفاقيات ثنائية",
    ]
    assert [who for who, _ in said(text)] == ["قاسم الأعرجي", "قاسم الأعرجي"]


def test_a_report_after_a_comma_and_an_adverb_of_sequence_is_a_report_of_its_own() -> None:
    text = (
        "وذكرت التقارير الأولية أن القاعدة تعرضت لهجوم، ولاحقاً أشار المسؤول إلى أن التقييم مستمر."
    )
    assert said(text) == [
        ("التقارير الأولية", "القاعدة تعرضت لهجوم"),
        ("المسؤول", "التقييم مستمر"),
    ]


def test_single_marks_quote_where_they_plainly_open_and_shut_and_an_apostrophe_does_not() -> None:
    assert inner("وقالت الوزارة في بيان 'تم تسليم القاعدة بالكامل' أمس") == [
        "تم تسليم القاعدة بالكامل"
    ]
    assert inner("وقال جون أوبراين O'Brien إن الوضع هادئ") == []


def test_words_after_an_unmarked_colon_run_on_until_someone_else_is_cited() -> None:
    text = (
        "وقال وزير الدفاع: لقد جددنا هذه المهمة للتو. أنا سعيد لأن الحكومة ترى ذلك.\n\n"
        "وقال الوزير: لن ننسحب. وأضاف المتحدث أن القرار نهائي.\n\n"
        'وقال النائب: "الوضع خطير". وفي سياق آخر، وصل الوفد.'
    )
    assert said(text) == [
        ("وزير الدفاع", "لقد جددنا هذه المهمة للتو. أنا سعيد لأن الحكومة ترى ذلك"),
        ("وزير الدفاع", "لن ننسحب"),
        ("المتحدث", "القرار نهائي"),
        ("النائب", "الوضع خطير"),
    ]


def test_a_sentence_that_only_names_its_speaker_attributes_the_one_before() -> None:
    # Broadcast copy: the words, then "يقول الباحث فلان." in a sentence of its own.
    text = (
        "ربما ستهلل الفصائل المسلحة بانتصار إعلامي بعد انسحاب القوات من القاعدة. يقول "
        "الباحث في العلوم السياسية الدكتور عباس عبود. ساسة عراقيون يتخوفون من فراغ أميركي."
    )
    assert said(text) == [
        ("عباس عبود", "ربما ستهلل الفصائل المسلحة بانتصار إعلامي بعد انسحاب القوات من القاعدة")
    ]
    # A sentence already attributed keeps its speaker; the one after it adds nothing.
    assert said("وقال الوزير إن القوات ستغادر قريباً. يقول المحلل سعد الفلاحي.") == [
        ("الوزير", "القوات ستغادر قريباً")
    ]


def test_the_outlets_gloss_after_a_comma_is_not_the_speakers_words() -> None:
    # "، في إشارة إلى …" explains what was meant; as an aside before "إن" it is no end.
    text = (
        "وقال الفريق قيس المحمداوي إن نسبة التسلل عبر الحدود وصلت إلى الصفر، في إشارة إلى "
        "تشديد الإجراءات على الحدود."
    )
    assert said(text) == [("قيس المحمداوي", "نسبة التسلل عبر الحدود وصلت إلى الصفر")]
    text = (
        "وقال المتحدث باسم الوزارة في بيان، في إشارة إلى النجاحات ضد داعش، إن الوزير أمر "
        "بتعزيز القوات في نقاط محددة."
    )
    assert said(text) == [("المتحدث باسم الوزارة", "الوزير أمر بتعزيز القوات في نقاط محددة")]


def test_a_known_family_name_alone_before_its_verb_is_the_speaker_named_before() -> None:
    text = (
        "وقال الفريق قيس المحمداوي إن الانسحاب مستمر. المحمداوي أشار إلى أن نسبة التسلل عبر "
        "الحدود وصلت إلى الصفر."
    )
    assert [who for who, _ in said(text)] == ["قيس المحمداوي", "قيس المحمداوي"]


def test_the_programme_a_speaker_spoke_on_is_not_the_speaker() -> None:
    text = (
        "وقال الخبير أحمد الشريفي إن القرار صائب. وقال خلال مداخلة هاتفية ببرنامج "
        '"حديث المساء"، المذاع على قناة "الأولى"، إن القرار سيادي وجاء في توقيت حساس.'
    )
    assert [who for who, _ in said(text)] == ["أحمد الشريفي", "أحمد الشريفي"]


def test_an_agency_relaying_that_someone_said_credits_him() -> None:
    text = (
        "وأفادت وكالة الأنباء، انه قال الرئيس العراقي عبد اللطيف جمال رشيد في مقابلة مع قناة "
        'فرانس 24: "إن القوات الأمريكية لم تعد ضرورية في بلادنا اليوم".'
    )
    assert [who for who, _ in said(text)] == ["عبد اللطيف جمال رشيد"]


def test_a_group_named_for_an_imam_keeps_his_name() -> None:
    text = 'وفي كركوك، أشارت كتائب الإمام علي إلى أن "عدواناً غادراً استهدف أحد مقراتها".'
    assert [who for who, _ in said(text)] == ["كتائب الإمام علي"]


def test_when_he_said_that_is_the_last_speakers() -> None:
    text = (
        "وقال أبو علي العسكري إن المعركة مستمرة. وكانت بيانات الكتائب تحمل توقيعه، وآخرها في "
        'السابع من آذار حين أكد أن "على الأمريكيين إدراك فداحة الجريمة".'
    )
    assert [who for who, _ in said(text)] == ["أبو علي العسكري", "أبو علي العسكري"]
    # After "حين" the subject may still follow its verb.
    text = "وتصاعد التوتر حين أكد الوزير خالد العلي أن المهمة انتهت."
    assert [who for who, _ in said(text)] == ["خالد العلي"]


def test_a_given_name_that_starts_like_a_preposition_is_a_name() -> None:
    # "باسم" is a given name before a family name; his office between commas, then the
    # verbal noun that begins what he announced.
    text = "وأعلن باسم العوادي، الناطق باسم الحكومة، عزم العراق تسليم عناصر داعش الأجانب لدولهم."
    assert said(text) == [("باسم العوادي", "عزم العراق تسليم عناصر داعش الأجانب لدولهم")]


def test_ones_own_concern_begins_the_object() -> None:
    text = "وأبدى مسعود بارزاني قلقه من تأخر تنفيذ الاتفاق بين قسد والحكومة السورية."
    assert said(text) == [("مسعود بارزاني", "قلقه من تأخر تنفيذ الاتفاق بين قسد والحكومة السورية")]


def test_another_report_after_a_comma_and_where_ends_the_first() -> None:
    text = (
        "وكشف مصدر حكومي عن بدء انسحاب القوات من بغداد في أيلول المقبل، حيث ذكر المصدر في "
        'تصريحات للقناة أن "التحالف سينتقل إلى أربيل".'
    )
    assert [quote for _, quote in said(text)] == [
        "عن بدء انسحاب القوات من بغداد في أيلول المقبل",
        "التحالف سينتقل إلى أربيل",
    ]


def test_the_occasion_before_the_words_is_not_said() -> None:
    text = (
        "وحذر وزراء خارجية دول الجوار، في ختام اجتماعهم في عمان أمس الأحد، من خطر عودة تنظيم داعش."
    )
    assert said(text) == [("وزراء خارجية دول الجوار", "من خطر عودة تنظيم داعش")]


def test_the_narrators_participle_inside_the_marks_parts_the_words_in_two() -> None:
    text = (
        'وأضاف المصدر أن "انسحاب قوات التحالف سيكون في أيلول المقبل تنفيذا للاتفاق، مبينا أن '
        'المدربين العسكريين سيبقون في البلاد".'
    )
    assert said(text) == [
        ("المصدر", "انسحاب قوات التحالف سيكون في أيلول المقبل تنفيذا للاتفاق"),
        ("المصدر", "المدربين العسكريين سيبقون في البلاد"),
    ]
    # The speaker's own "ونؤكد أن" inside his words is no narrator.
    text = 'وقال الوزير: "نحن ملتزمون بالاتفاق، ونؤكد أن القوات ستغادر".'
    assert said(text) == [("الوزير", "نحن ملتزمون بالاتفاق، ونؤكد أن القوات ستغادر")]


def test_a_participle_with_a_colon_ends_the_paraphrase_before_it() -> None:
    text = (
        "وأضاف البيان أن القائد سلط الضوء على دور الإقليم قائلاً: "
        '"إنهم حليف وشريك رئيسي للولايات المتحدة في هذه المنطقة".'
    )
    assert [quote for _, quote in said(text)] == [
        "القائد سلط الضوء على دور الإقليم",
        "إنهم حليف وشريك رئيسي للولايات المتحدة في هذه المنطقة",
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A name no dictionary knows, its family name a nisba, then a title between commas.
        ("وقال شكري الحجي، مسؤول مكتب الخروج في المخيم، إن العمل مستمر لإعادة اللاجئين.",
         "شكري الحجي"),
        # "بداية" before the verb opens the clause as "كما" does.
        ('بداية يقول الخبير العسكري السابق، صفاء الأعسم: "إن الحدود طويلة وصعبة المراقبة".',
         "صفاء الأعسم"),
        # A counted group of sources after "بحسب".
        ("وبحسب اثنين من المسؤولين، فقد أكمل الجيش الأميركي انسحابه من حامية التنف.",
         "اثنين من المسؤولين"),
        # A joint statement is named up to its verb.
        ("أصدر التحالف الدولي والحكومة العراقية بياناً مشتركاً أعلنوا فيه عن إنهاء المهمة "
         "خلال عام.", "بياناً مشتركاً"),
        # The source's own clause of anonymity between it and its verb.
        ("لكن مسؤولاً أمريكياً رفض الكشف عن اسمه قال إن واشنطن تفضل إبقاء قواتها في أربيل.",
         "مسؤولاً أمريكياً"),
        # A rank before an unknown name; a definite body before an abstract noun.
        ("من جانبه، أبدى الكولونيل بيلويك ارتياحه للقاء.", "بيلويك"),
        ("وأكدت اللجنة جاهزية القوات المسلحة بمختلف صنوفها، وقدرتها على بسط الأمن.", "اللجنة"),
        # An outlet's dateline glued to its dash; a quoted outlet relaying sources.
        ("المركزية- أعلنت وزارة الدفاع الأميركية عن بدء تخفيض قواتها في العراق.",
         "وزارة الدفاع الأميركية"),
        ('أفادت " الجزيرة" نقلًا عن مصادر عراقية مطلعة بأن التحالف سيبدأ انسحابا تدريجيا.',
         "مصادر عراقية مطلعة"),
        # "أول أمس" is a day; "وجود" after the name begins what was denied.
        ("وكان خبراء الأمم المتحدة، حذروا في تقرير نشر، أول أمس الاثنين، إن داعش لا يزال "
         "يقود آلاف العناصر.", "خبراء الأمم المتحدة"),
        ("فيما نفى المتحدث باسم القائد العام للقوات المسلحة صباح النعمان، وجود خطر لداعش.",
         "صباح النعمان"),
        # What a body is, set after it between commas ("أبرز …"), is not a second speaker;
        # a statement issued and what it "stressed in it"; an officer of a given rank;
        # a paper cited for someone's words gives them to him.
        ("قالت حركة “النجباء”، أبرز الجماعات المسلحة الحليفة لطهران، إنها لن تسلم سلاحها.",
         "حركة “النجباء”"),
        ("عشية الذكرى، أصدرت حركة النجباء بيانا أكدت فيه على أننا لن نتخلى عن الثأر.",
         "حركة النجباء"),
        ("وأكد ضابط برتبة عقيد في الجيش العراقي انسحاب القوات الأميركية من القاعدة.",
         "ضابط برتبة عقيد في الجيش العراقي"),
        ("ووفق الصحيفة، فإن السوداني أكد على أن الحاجة للقوات الأجنبية لا تزال قائمة.",
         "السوداني"),
        # An aside naming some of a group, and "مراراً", between a subject and its words.
        ("وكان مسؤولون عراقيون كبار، ومنهم رئيس الوزراء محمد شياع السوداني، قد قالوا مرارا "
         "إن التنظيم لم يعد يشكل تهديدا.", "مسؤولون عراقيون كبار"),
        # What a report found and concluded.
        ("ووجد التقرير أن الانسحاب الأميركي سيخلق فراغا.", "التقرير"),
        ("التقرير خلص إلى أن نتائج الانتخابات قد تكون حاسمة.", "التقرير"),
        # "أجمع … على أن": what they all agreed on.
        ("واجمع سياسيون عراقيون تحدثوا للصحيفة على أن سحب القوات بهذه السرعة مرتبط "
         "بالتطورات.", "سياسيون عراقيون"),
    ],
)  # fmt: skip
def test_more_ways_a_source_is_named(text: str, speaker: str) -> None:
    assert [who for who, _ in said(text)] == [speaker]


def test_zada_with_a_colon_goes_on_and_without_one_is_a_rise() -> None:
    text = 'وقال الوزير إن المعركة مستمرة. وزاد: "نؤكد بأن المواجهات لن تتوقف".'
    assert [who for who, _ in said(text)] == ["الوزير", "الوزير"]
    assert said("وزاد عدد الهجمات على القواعد في الأسابيع الأخيرة.") == []


def test_when_it_was_announced_is_not_what_was_announced() -> None:
    text = (
        "وكانت بغداد وواشنطن قد أعلنتا، في نهاية سبتمبر من العام الماضي، توصلهما إلى اتفاق "
        "يقضي بإنهاء مهمة التحالف."
    )
    assert said(text) == [("بغداد وواشنطن", "توصلهما إلى اتفاق يقضي بإنهاء مهمة التحالف")]
