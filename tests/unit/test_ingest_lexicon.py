"""The documented lexicons: speech verb forms, stance and threat cues, and deadlines."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.ingest.deadlines import find_deadlines
from tui.ingest.lexicon import lookup_verb
from tui.ingest.stance import lexicon, suggest


@pytest.mark.parametrize(
    ("word", "lemma", "form"),
    [
        ("وقال", "قال", "past"), ("فقالت", "قال", "past"), ("يقولون", "قال", "present"),
        ("مضيفاً", "اضاف", "participle"), ("مضيفة", "اضاف", "participle"),
        ("مشيرا", "اشار", "participle"), ("لافتة", "لفت", "participle"),
        ("مطمأنين", "طمان", "participle"), ("رأت", "راي", "past"), ("نفوا", "نفي", "past"),
        ("مردفاً", "اردف", "participle"), ("ورد", "رد", "past"),
    ],
)  # fmt: skip
def test_verb_forms_with_prefixes_and_participles(word: str, lemma: str, form: str) -> None:
    from tui.ingest.lexicon import f

    found = lookup_verb(f(word))
    assert found is not None
    assert (found[0].lemma, found[0].form) == (lemma, form)


def test_nouns_that_look_like_verbs_are_not_verbs() -> None:
    from tui.ingest.lexicon import f

    for word in ("الحذر", "القول", "التابع", "بيان"):
        assert lookup_verb(f(word)) is None, word


@pytest.mark.parametrize(
    ("quote", "withdrawal", "threat"),
    [
        ("القوات العراقية قادرة على حفظ الأمن، وليس هناك حاجة لتواجد قوات أجنبية",
         "supports", "unspecified"),
        ("للقضاء على التنظيم المتشدد جذرياً نحن بحاجة إلى قوات التحالف الدولي",
         "opposes", "unspecified"),
        ("العراق بحاجة للتحالف الدولي في جزء وفي جزء آخر ليس هناك حاجة إليهم",
         "conditional", "unspecified"),
        ("داعش لم ينته بعدُ وهو الآن أشد خطورة مما كان عليه في العام 2014",
         "unspecified", "high"),
        ("لذلك لا يوجد تخوف من عودة داعش", "unspecified", "low"),
        ("داعش بات محدوداً بهجمات متفرقة", "unspecified", "moderate"),
        ("نحو 1500 جندي سيبقون في إقليم كردستان حتى أيلول 2026", "unspecified", "unspecified"),
        ("قواتنا ستبقى موجودة في العراق", "opposes", "unspecified"),
        ("الحديث عن انسحاب نهائي للقوات لا يزال سابقاً لأوانه", "opposes", "unspecified"),
        ("الهجمات ستتواصل ما لم تنسحب القوات الأجنبية", "supports", "unspecified"),
        ("الخطر لا يزال قائماً", "unspecified", "high"),
        # Denied outright, the threat stays low beside the remnants it leaves.
        ("داعش لم يعد يشكل تهديداً حقيقياً، وما تبقى منه فلول متناثرة", "unspecified", "low"),
        ("خطر داعش مبالغ فيه وهو مجرد ذريعة", "unspecified", "low"),
        # The hamza of "بقاء" sits on its case's seat: "بقائها" is the same presence.
        ("يجب إخراج هذه القوات لأن بقائها شر مطلق", "supports", "unspecified"),
        # Sovereignty wronged by the forces is no approval of their presence.
        ("من يتشبث بتواجد هذه القوات المعتدية على سيادة العراق", "supports", "unspecified"),
        ("المضي بتشريع قانون لإخراج القوات الأجنبية", "supports", "unspecified"),
        ("أعطني عذراً واحداً لتواجد هذه القوات في العراق", "supports", "unspecified"),
        ("الاستقرار لا يمكن تحقيقه إلا بانسحاب جميع قوات التحالف", "supports", "unspecified"),
        ("المتشبثون بالقوات الأجنبية يمرغون أنوفهم بالوحل", "supports", "unspecified"),
        ("هناك تنسيق بين السلطتين للإسراع بإخراج القوات الأجنبية", "supports", "unspecified"),
        ("نعرب عن قلقنا من تمدد تنظيم داعش في المنطقة", "unspecified", "high"),
        ("عناصر داعش الفارين يشكلون خطراً على المنطقة", "unspecified", "high"),
        ("المؤشرات تؤكد نشاط بعض خلايا داعش في الصحراء", "unspecified", "moderate"),
        ("مبررات وجود التحالف الدولي قد انتهت", "supports", "unspecified"),
        ("إنهاء مهمة التحالف جزء من البرنامج الحكومي", "supports", "unspecified"),
        ("قرارنا هو التطهير الكامل للعراق من الوجود الأميركي", "supports", "unspecified"),
        ("هذه القواعد منصات للعدوان، وإنهاء هذا الوجود ضرورة وطنية", "supports", "unspecified"),
        # "تشكل" alone constitutes; only a threat it poses is one.
        ("الولايات المتحدة تشكل المكوّن الرئيس لقوات التحالف ضد داعش", "unspecified",
         "unspecified"),
        ("لم يعد تنظيم داعش يشكل تهديداً مستمراً للحكومة", "unspecified", "low"),
        # A delay of the announcement says nothing of the exit itself.
        ("تم تأجيل الإعلان عن إنهاء مهمة التحالف", "unspecified", "unspecified"),
        # The codebook's stance is on leaving Iraq: a vacuum left in Syria is not one.
        ("القوات السورية سدت الفراغ بعد رحيل الأميركيين عن الحسكة", "unspecified", "unspecified"),
        # A verb that asserts the danger just before it; a danger said to be limited.
        ("داعش يشكل تهديداً وجودياً للمنطقة", "unspecified", "high"),
        ("التنظيم يمثل تهديداً للأمن", "unspecified", "high"),
        ("داعش لا يشكل تهديداً للأمن", "unspecified", "low"),
        ("الخلايا النائمة ما زالت تشكل خطراً محدوداً", "unspecified", "moderate"),
        ("لا يزال داعش قادراً على تنفيذ هجمات نوعية", "unspecified", "high"),
        ("سجون التنظيم في سوريا قنبلة موقوتة", "unspecified", "high"),
        ("هناك مؤشرات على عودة نشاط داعش", "unspecified", "high"),
        ("بوادر تصاعد لهجمات التنظيم في البادية", "unspecified", "high"),
        ("التنظيم يستعيد قوته في البادية", "unspecified", "high"),
        ("العمليات الإرهابية انخفضت إلى أدنى مستوياتها", "unspecified", "low"),
        # Some roles kept for the coalition, put in other words.
        ("العراق يحتاج إلى التحالف فقط في مجالي التدريب والاستخبارات", "conditional",
         "unspecified"),
        ("نحتاج إلى دعم جوي واستخباري من التحالف دون وجود قوات قتالية", "conditional",
         "unspecified"),
        ("الانسحاب مرهون بتقييم الوضع الأمني", "conditional", "unspecified"),
        # What the exit would bring, what the country can do alone, what is not allowed.
        ("الانسحاب الكامل قد يعرض البلاد لمخاطر جسيمة", "opposes", "unspecified"),
        ("نخشى أن يؤدي الانسحاب إلى عودة الإرهاب", "opposes", "unspecified"),
        ("نخشى من استمرار وجود القوات الأمريكية", "supports", "unspecified"),
        ("قواتنا قادرة على حماية البلاد من دون مساعدة التحالف", "supports", "unspecified"),
        ("المقاومة لن تسمح ببقاء جندي أمريكي واحد", "supports", "unspecified"),
        ("التحالف لم يعد له مبرر في العراق", "supports", "unspecified"),
        # Not accepting an extension; stalling the exit; earnest about it; a guarantee.
        ("لن نقبل بتمديد وجود التحالف", "supports", "unspecified"),
        ("نرفض المماطلة في تنفيذ الانسحاب", "supports", "unspecified"),
        ("الحكومة جادة في إنهاء الوجود الأجنبي", "supports", "unspecified"),
        ("وجود القوات الأمريكية ضمانة للاستقرار", "opposes", "unspecified"),
        ("التنظيم يحاول إعادة ترتيب صفوفه", "unspecified", "high"),
        ("هجمات داعش في تزايد مستمر", "unspecified", "high"),
        # The presence justified by the fight; ties made bilateral; the mission concluded.
        ("بقاء قواتهم داخل العراق هو من أجل محاربة داعش", "opposes", "unspecified"),
        # Bilateral ties to come are a plan, not plainly a stance on the exit: readers differ,
        # and a wrong label is worse than none.
        ("ينبغي أن تتحول العلاقة مع التحالف إلى علاقات أمنية ثنائية", "unspecified",
         "unspecified"),
        ("تعلن اختتام المهمة العسكرية للتحالف في العراق", "supports", "unspecified"),
        ("القوات ستغادر في أيلول 2026، ولن يبقى أي جندي أجنبي", "supports", "unspecified"),
        ("انسحاب القوات الأجنبية سيفتح الباب أمام عودة داعش", "opposes", "high"),
        ("الانسحاب استحقاق وطني", "supports", "unspecified"),
        ("القوات الأمريكية لن تنسحب بالكامل", "opposes", "unspecified"),
        ("القوات الأمريكية لن تنسحب قبل نهاية 2026", "unspecified", "unspecified"),
        ("تنظيم داعش يحاول استغلال الفراغ الأمني", "unspecified", "high"),
        ("التنظيم بدأ بإعادة تنشيط مقاتليه في البلدين", "unspecified", "high"),
        ("داعش يسعى أيضاً لاستئناف هجمات خارج سوريا", "unspecified", "high"),
        ("الجيش يخطط لشن عمليات ضد التنظيم", "unspecified", "unspecified"),
        # What has not ended must be the danger; the coalition's work is no threat level.
        ("عمل التحالف في هذا البلد لم ينته بعد", "unspecified", "unspecified"),
        # Still there but contained: moderate; still there and real: high.
        ("الخلايا النائمة ما زالت تشكل خطراً وفلولها تختبئ في الصحراء", "unspecified",
         "moderate"),
        ("داعش ما زال يشكل خطراً حقيقياً رغم تراجعه", "unspecified", "high"),
        # A need that has ended; a country empty of the forces; a mission described as it is.
        ("جاءت القوات في ظرف معين واليوم انتفت الحاجة لوجودها", "supports", "unspecified"),
        ("ما زالت الحاجة قائمة لوجود المستشارين", "opposes", "unspecified"),
        ("هناك إجماع على ضرورة خلو البلاد من القوات الأجنبية", "supports", "unspecified"),
        ("الحلف ما زال موجوداً بصفة استشارية وليس كقوة قتالية", "unspecified", "unspecified"),
        # ISIS gaining: the door left open to it, its strength grown, the one who benefits.
        ("سحب القوات سيترك الباب مفتوحاً أمام عودة التنظيم", "unspecified", "high"),
        ("التنظيم زاد من قوته في الصحراء بعد الاستيلاء على أسلحة", "unspecified", "high"),
        ("الجيش العراقي زاد من قوته", "unspecified", "unspecified"),
        ("داعش أكبر المستفيدين من الفوضى", "unspecified", "high"),
        # Hastening the exit wants it; hastening something else takes no stance on it.
        ("على الحكومة أن تسرع في إخراج المستشارين", "supports", "unspecified"),
        ("طلبت بغداد الإسراع بإغلاق المخيم", "unspecified", "unspecified"),
        # Carrying out the decision to expel, rejecting the presence, a timetable for the
        # exit, the exit as soon as possible; an exit "unrealistic" or "no luxury" opposes it.
        ("طالب الحكومة بتنفيذ قرار البرلمان بإخراج القوات الأجنبية", "supports", "unspecified"),
        ("الكتل ترفض بقاء المستشارين فترة أطول", "supports", "unspecified"),
        ("الحكومة وضعت جدولاً زمنياً لانسحاب القوات", "supports", "unspecified"),
        ("نريد إنهاء مهمة التحالف بأقرب وقت", "supports", "unspecified"),
        ("الخروج في الموعد المحدد أمر غير واقعي", "opposes", "unspecified"),
        ("واشنطن ليس لديها ترف الخروج من المنطقة", "opposes", "unspecified"),
        # ISIS "finished" in quotation marks, no terrorist threat, a psychological war.
        ("عصابات داعش “انتهت” في المحافظة", "unspecified", "low"),
        ("لايوجد تهديد إرهابي على البلاد حالياً", "unspecified", "low"),
        ("الحديث عن خطر التنظيم جزء من حرب نفسية", "unspecified", "low"),
        # ISIS held down is moderate, its attempts failing low, its growth high.
        ("القوات استمرت في الحد من أنشطة التنظيم", "unspecified", "moderate"),
        ("محاولات التنظيم لزعزعة الأمن لم تنجح", "unspecified", "low"),
        ("تحركات عناصر داعش شهدت ازدياداً في البادية", "unspecified", "high"),
        ("التنظيم استولى على أسلحة مكنته من توسيع نشاطه", "unspecified", "high"),
        # What receded: ISIS's activity (low), not its activity (high), or the presence,
        # whose decline says nothing of ISIS's strength.
        ("تراجع نشاط التنظيم في الصحراء", "unspecified", "low"),
        ("لم يتراجع نشاط التنظيم", "unspecified", "high"),
        # Blows dealt to ISIS and its small groups say how it is fought, not how strong it is.
        ("القوات وجهت ضربات موجعة لمفارز التنظيم الصغيرة", "unspecified", "unspecified"),
        # "Still" written as one word starts anew after a negation; a danger that may come.
        ("التنظيم لم ينته بعد ولازال يشكل خطراً على المحافظة", "unspecified", "high"),
        ("الخلايا تمثل خطراً محتملاً على الطرق", "unspecified", "moderate"),
        ("الخلايا نشرت صوراً لأهداف محتملة", "unspecified", "unspecified"),
        # Holding on to the presence keeps it; holding on to the date keeps the exit.
        ("الحكومة متمسكة ببقاء المستشارين الأجانب", "opposes", "unspecified"),
        ("نتمسك بموعد خروج القوات الأمريكية", "supports", "unspecified"),
        # Fighting the remnants, or stopping ISIS's spread, is a task, not an assessment.
        ("القوات تواصل جهود مكافحة فلول التنظيم في الوادي", "unspecified", "unspecified"),
        ("لم يبق من التنظيم سوى فلول في الوادي", "unspecified", "moderate"),
        ("الفرقة كانت عاملاً حاسماً في وقف تمدد داعش نحو المدن", "unspecified", "unspecified"),
        ("داعش يواصل التمدد نحو المدن", "unspecified", "high"),
        # "No longer a big danger" denies the big danger; "still a big danger" asserts it.
        ("التنظيم لم يعد لديه ملاذ ولم يعد يمثل خطراً كبيراً", "unspecified", "low"),
        ("التنظيم لا يزال يشكل خطراً كبيراً على المحافظة", "unspecified", "high"),
        # Withdrawing is "a good thing" once the need for the forces is gone.
        ("سحب القوات أمر جيد بعد انتفاء الحاجة إليها", "supports", "unspecified"),
        # Regrouping, numbers growing, waiting for its chance, planning strikes: high;
        # under control: moderate; a plan denied is no plan.
        ("يأتي ذلك مع إعادة تنظيم داعش صفوفه في البادية", "unspecified", "high"),
        ("تقارير عن تزايد عناصره في الصحراء إلى ألفين", "unspecified", "high"),
        ("خلايا التنظيم تتحين الفرصة لإعادة النشاط", "unspecified", "high"),
        ("عناصر التنظيم كانوا يخططون لضرب مراكز الاحتجاز", "unspecified", "high"),
        ("التنظيم لا يخطط لضرب المراكز", "unspecified", "unspecified"),
        ("خطر التنظيم أصبح تحت السيطرة", "unspecified", "moderate"),
        # No longer needing Washington's help, no justification left: supports.
        ("لم نعد في حاجة إلى مساعدة واشنطن", "supports", "unspecified"),
        ("لم تعد هناك مبررات لبقاء القوات الأجنبية", "supports", "unspecified"),
        # The country free of foreign forces; the need voided; a longer stay refused; the
        # occupation rejected: supports.
        ("هناك توافق وطني على أن يكون البلد خالياً من القوات الأجنبية", "supports",
         "unspecified"),
        ("خلو البلاد من الإرهاب هدفنا", "unspecified", "unspecified"),
        ("الحاجة انتفت إلى وجود القوات الأجنبية في البلاد", "supports", "unspecified"),
        ("رفضنا طلب الجانب الأمريكي إضافة عام آخر لمدة الانسحاب", "supports", "unspecified"),
        ("نرفض الانسحاب المتسرع", "opposes", "unspecified"),
        ("الفصائل لن تتخلى عن موقفها الرافض للاحتلال", "supports", "unspecified"),
        # A rising threat is high; its numbers called exaggerated, or the danger someone
        # else's, is low.
        ("خطر تنظيم داعش شهد تصاعداً مستمراً منذ العام الماضي", "unspecified", "high"),
        ("المخدرات هي الخطر الأكبر وليس داعش، وما يقال عن أعداد التنظيم مبالغ فيه",
         "unspecified", "low"),
        ("داعش هو الخطر الأكبر", "unspecified", "high"),
        # A return of ISIS foretold is high (denied, low); "still" after a negated verb is
        # still; a low-intensity insurgency is moderate.
        ("ذلك سيؤدي إلى عودة تنظيم داعش في المنطقة", "unspecified", "high"),
        ("داعش لن يعود مجددا", "unspecified", "low"),
        ("التنظيم لم ينتهِ بعد وما يزال يشكل خطراً حقيقياً", "unspecified", "high"),
        ("استمرت نواة داعش في العمل في شكل تمرد قليل الحدة", "unspecified", "moderate"),
        # The presence positive, the exit a loss or untimely, support denied (glued "لا"):
        # opposes; another's demand told as background is no one's stance here.
        ("وجود هذه القوات في الإقليم هو أمر إيجابي", "opposes", "unspecified"),
        ('خروج القوات الأمريكية من العراق سيمثل "خسارة للجميع"', "opposes", "unspecified"),
        ("هذا ليس الوقت المناسب لتقليص قوات التحالف في العراق", "opposes", "unspecified"),
        ("الإقليم لايمكنه تأييد خروج التحالف الدولي من العراق", "opposes", "unspecified"),
        ("في الوقت الذي تطالب فيه الحكومة القوات الامريكية بالخروج، يرى الإقليم غير ذلك",
         "unspecified", "unspecified"),
        # An obligation, a vote, a law or a position for the exit, "today before tomorrow",
        # the presence rejected or not accepted, the occupation ended: supports; and the
        # claim of an ISIS danger called a pretext is low.
        ("ينبغي خروج كل القوات الأجنبية من البلاد اليوم قبل الغد", "supports", "unspecified"),
        ("ندعو النواب لنيل شرف التصويت على اخراج القوات الأجنبية", "supports", "unspecified"),
        ("ممارسات القوات الامريكية تستدعي إخراجها من البلاد", "supports", "unspecified"),
        ("الشعب فرض القرار عبر موقفه الرافض للوجود الأجنبي", "supports", "unspecified"),
        ("لا يمكن القبول بأي وجود أمريكي وبأي شكل من الأشكال", "supports", "unspecified"),
        ("على المعنيين العمل لإنهاء الاتفاقية المشؤومة مع الاحتلال", "supports", "unspecified"),
        ("والادعاء بوجود خطر داعش كذبة", "unspecified", "low"),
        ("يجب أن تبقى القوات الأمريكية", "opposes", "unspecified"),
        # Forces moving prisoners make no exit.
        ("نحذر من مغبة نقل قوات التحالف الدولي لعناصر تنظيم داعش من السجون السورية",
         "unspecified", "unspecified"),
    ],
)  # fmt: skip
def test_stance_and_threat_suggestions(quote: str, withdrawal: str, threat: str) -> None:
    got = suggest(quote)
    assert (got.withdrawal, got.threat) == (withdrawal, threat)


def test_every_lexicon_entry_has_an_english_gloss_and_a_codebook_label() -> None:
    from tui.data.model import THREAT, WITHDRAWAL

    for cue in lexicon():
        labels = WITHDRAWAL if cue.axis == "withdrawal" else THREAT
        assert cue.label in labels and cue.gloss and cue.gloss.isascii()


def deadlines(quote: str, said: dt.date, published: dt.date) -> list[tuple[str, str, str]]:
    text = f'قال: "{quote}"'
    start = text.index(quote)
    found = find_deadlines(text, start, start + len(quote), said, published)
    for d in found:
        assert text[d.cue_start : d.cue_end] == d.cue_ar
        assert start <= d.cue_start < d.cue_end <= start + len(quote)
    return [(d.event, d.due, d.cue_ar) for d in found]


def test_deadlines_are_tied_to_the_event_their_clause_names() -> None:
    quote = ("التوقيتات هي نفسها بخروجهم من قاعدة عين الأسد في سبتمبر عام 2025، ومن قاعدة حرير "
             "في سبتمبر 2026")  # fmt: skip
    assert deadlines(quote, dt.date(2024, 12, 14), dt.date(2024, 12, 14)) == [
        ("coalition.base.ain_al_asad.exit", "2025-09", "في سبتمبر عام 2025"),
        ("coalition.base.harir.exit", "2026-09", "في سبتمبر 2026"),
    ]


def test_periods_count_from_the_day_the_words_were_said() -> None:
    quote = "أعلن انتهاء مهمته في العراق خلال 12 شهراً"
    assert deadlines(quote, dt.date(2024, 9, 27), dt.date(2024, 12, 14)) == [
        ("coalition.iraq.mission_end", "2025-09", "خلال 12 شهراً")
    ]
    quote = "لدينا فرصة لمدة سنتين ستكون مرحلة تقييم ثم يتخذ قرار الانسحاب الكامل"
    assert deadlines(quote, dt.date(2024, 11, 23), dt.date(2024, 12, 14)) == [
        ("coalition.iraq.full_withdrawal_decision", "2026-11", "لمدة سنتين")
    ]


def test_open_ends_and_past_dates() -> None:
    quote = "سيستمر الوجود الأمريكي إلى أجل غير مسمى"
    assert deadlines(quote, dt.date(2025, 1, 19), dt.date(2025, 1, 19)) == [
        ("us.forces.iraq.presence_end", "indefinite", "أجل غير مسمى")
    ]
    # A date before the words were said is an event they recall, not a deadline ...
    quote = "زار الوزير قاعدة عين الأسد في أيلول 2025 لبحث الانسحاب"
    assert deadlines(quote, dt.date(2026, 3, 12), dt.date(2026, 3, 12)) == []
    # ... unless they say the event is done then: a claim that other dates may contradict.
    quote = "انسحبت القوات من عين الأسد في أيلول 2025"
    assert deadlines(quote, dt.date(2026, 3, 12), dt.date(2026, 3, 12)) == [
        ("coalition.base.ain_al_asad.exit", "2025-09", "في أيلول 2025")
    ]


def test_a_schedule_recalled_keeps_its_date() -> None:
    said = dt.date(2026, 1, 18)
    # A past date the agreed schedule set is a claim other dates may contradict.
    quote = "هناك جداول زمنية متفق عليها تقتضي انسحاب القوات نهاية 2025 من قاعدة عين الأسد"
    assert deadlines(quote, said, said) == [
        ("coalition.base.ain_al_asad.exit", "2025-12", "نهاية 2025")
    ]
    # What the agreement set "originally" is the month already due, not the next one.
    said = dt.date(2025, 10, 19)
    quote = "الاتفاقية نصت أصلاً على الانسحاب من عين الأسد بحلول سبتمبر، لكن الخطط تغيرت"
    assert deadlines(quote, said, said)[0][1] == "2025-09"
    assert deadlines("سيكتمل الانسحاب من عين الأسد بحلول سبتمبر", said, said)[0][1] == "2026-09"
    # A phase carried out in a month before the words is done then.
    quote = "جرى العمل على تنفيذ ذلك في سبتمبر 2025 بإنهاء مهام التحالف"
    assert deadlines(quote, dt.date(2025, 12, 31), dt.date(2025, 12, 31)) == [
        ("coalition.iraq.mission_end", "2025-09", "في سبتمبر 2025")
    ]


def test_an_exit_announced_done_today_is_due_the_day_it_is_said() -> None:
    said = dt.date(2026, 1, 18)
    quote = "نعلن اليوم إكمال إخلاء قاعدة عين الأسد من مستشاري التحالف"
    assert deadlines(quote, said, said) == [
        ("coalition.base.ain_al_asad.exit", "2026-01-18", "نعلن اليوم إكمال")
    ]
    assert deadlines("نعلن اليوم عن زيارة لقاعدة عين الأسد", said, said) == []


def test_a_date_without_an_event_in_its_clause_or_quote_is_not_a_deadline() -> None:
    assert deadlines("سنلتقي في أيلول 2026", dt.date(2025, 1, 1), dt.date(2025, 1, 1)) == []


def test_a_bare_date_looks_ahead_when_its_words_do() -> None:
    said = dt.date(2025, 8, 20)
    assert deadlines("جميع الجنود سيغادرون عين الأسد بحلول 15 سبتمبر", said, said) == [
        ("coalition.base.ain_al_asad.exit", "2025-09-15", "بحلول 15 سبتمبر")
    ]
    assert deadlines("انسحاب القوات سيكون في شهر أيلول", said, said)[0][1] == "2025-09"
    assert deadlines("زار الوزير عين الأسد في أيلول", said, said) == []


def test_a_withdrawal_with_no_place_is_in_the_country_named_before() -> None:
    text = 'تعتزم القوات الأمريكية الانسحاب من سوريا. وقال المصدر: "سينسحبون خلال شهر"'
    start = text.index("سينسحبون")
    (found,) = find_deadlines(
        text, start, len(text) - 1, dt.date(2026, 2, 23), dt.date(2026, 2, 23)
    )
    assert (found.event, found.due) == ("us.forces.syria.presence_end", "2026-03")


def test_two_dates_for_the_exit_are_its_two_phases() -> None:
    quote = "خروج مئات من قوات التحالف بحلول أيلول 2025 والبقية بحلول نهاية العام 2026"
    said = dt.date(2025, 1, 20)
    assert [(e, d) for e, d, _ in deadlines(quote, said, said)] == [
        ("coalition.iraq.mission_end", "2025-09"),
        ("coalition.iraq.full_withdrawal", "2026-12"),
    ]


def test_a_phase_that_ended_and_the_second_phase() -> None:
    quote = ("مهمة التحالف في بغداد تنتهي في أيلول الماضي، ثم تستكمل المرحلة الثانية من إنهاء "
             "مهام التحالف في أيلول من العام المقبل")  # fmt: skip
    said = dt.date(2025, 11, 4)
    assert [(e, d) for e, d, _ in deadlines(quote, said, said)] == [
        ("coalition.iraq.mission_end", "2025-09"),
        ("coalition.iraq.full_withdrawal", "2026-09"),
    ]


def test_the_date_of_a_visit_is_not_a_deadline() -> None:
    quote = "ملف الانسحاب سيكون أولوية خلال زيارة رئيس الوزراء إلى واشنطن في نيسان المقبل"
    said = dt.date(2026, 1, 5)
    assert deadlines(quote, said, said) == []
    assert deadlines("عملية سحب القوات ستنتهي في عام 2026", said, said) == [
        ("coalition.iraq.full_withdrawal", "2026-12", "في عام 2026")  # a year: by its end
    ]


def test_a_denied_claim_gives_the_denier_no_deadline() -> None:
    from tui.data.model import Corpus
    from tui.ingest.extract import Meta, extract

    text = ("وقال مسؤول أمريكي إن القوات باقية، نافياً ما أعلنه وزير الدفاع عن انسحاب خلال "
            "ستة أشهر.\n")  # fmt: skip
    corpus = extract(text, Meta("Test", dt.date(2025, 3, 11)), Corpus()).corpus
    assert [s.deadlines for s in corpus.statements.values()] == [(), ()]


def test_forces_that_stay_until_a_date_leave_then() -> None:
    said = dt.date(2025, 3, 11)
    assert deadlines("قواتنا باقية في العراق حتى أيلول 2026", said, said) == [
        ("coalition.iraq.full_withdrawal", "2026-09", "حتى أيلول 2026")
    ]
    assert deadlines("الحوار سيستمر حتى أيلول 2026", said, said) == []


@pytest.mark.parametrize(
    ("cue", "content", "withdrawal"),
    [
        ("أعلن", "انتهاء مهمة التحالف في العراق", "supports"),
        ("طالب", "ببقاء القوات الأمريكية في العراق", "opposes"),
        # Announcing a presence is no call for it.
        ("أعلن", "تواجد بعثة التحالف في بغداد", "unspecified"),
        # Announcing the end of the mission makes the exit firm; that troops left a base, news.
        ("أعلن", "التوصل إلى خطة لإنهاء مهام التحالف", "supports"),
        ("أعلن", "انسحاب القوات من قاعدة الوادي الجوية", "unspecified"),
        ("حذر", "من تداعيات الانسحاب المبكر", "opposes"),
    ],
)  # fmt: skip
def test_the_cue_says_what_its_content_is(cue: str, content: str, withdrawal: str) -> None:
    assert suggest(content, cue).withdrawal == withdrawal


def test_phases_named_first_and_second_and_a_deadline_already_past() -> None:
    quote = (
        "اتفقوا على الانسحاب من العراق على مرحلتين، الأولى في أيلول 2025، والثانية أواخر العام 2026"
    )
    said = dt.date(2025, 1, 20)
    assert [(e, d) for e, d, _ in deadlines(quote, said, said)] == [
        ("coalition.iraq.mission_end", "2025-09"),
        ("coalition.iraq.full_withdrawal", "2026-12"),
    ]
    # Called the deadline, a date already past is still the date the exit was due.
    quote = "القوات بدأت بمغادرة عين الأسد قبل الموعد النهائي المتفق عليه في أيلول 2025"
    said = dt.date(2025, 10, 20)
    assert [(e, d) for e, d, _ in deadlines(quote, said, said)] == [
        ("coalition.base.ain_al_asad.exit", "2025-09")
    ]


def test_a_withdrawal_years_before_is_history_not_a_deadline() -> None:
    said = dt.date(2025, 1, 1)
    assert deadlines("انسحبت القوات الأمريكية من العراق عام 2011 ثم عادت", said, said) == []


def test_the_presence_receding_says_nothing_of_isis_receding() -> None:
    assert suggest("يخشى المسؤولون أن يؤدي تراجع الوجود الأمريكي إلى عودة التنظيم").threat != "low"
