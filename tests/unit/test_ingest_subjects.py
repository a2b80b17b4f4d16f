"""Who a verb's subject is, read exactly: where the speaker's phrase ends and what follows it
(the one told, the verb's object, a description) begins."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.data.model import Corpus
from tui.ingest.extract import Meta, extract


def speakers(text: str) -> list[str]:
    """The Arabic names of the speakers import finds in `text`, in reading order."""
    corpus = extract(text, Meta("Test", dt.date(2025, 3, 2)), Corpus()).corpus
    ordered = sorted(corpus.statements.values(), key=lambda s: s.start)
    return [corpus.actors[s.actor].name_ar for s in ordered]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Whom a verb tells or urges, with no comma after the subject, is not the speaker.
        ("أبلغ مستشار الأمن القومي للعراق السفيرة الأميركية بأن الاتفاقية شاملة.",
         "مستشار الأمن القومي للعراق"),
        ("حثت الولايات المتحدة الحكومة العراقية على حماية البعثات الدبلوماسية.",
         "الولايات المتحدة"),
        ("وطالب رئيس الحكومة القوات بالانسحاب من البلاد فوراً.", "رئيس الحكومة"),
        # One title word before its verb's preposition speaks alone.
        ("وحذر الوزير من خطر المخيم على الأمن.", "الوزير"),
        # A bloc in a deputy's title, an office's description: the holder speaks.
        ("وأكد النائب عن كتلة البناء، سعد الدليمي، أن القرار نهائي.", "سعد الدليمي"),
        ("وأكد مدير البرنامج، التابع للمستشارية، علي عبد الله، الجمعة، أن الجهود مستمرة.",
         "علي عبد الله"),
        ("وأعلن قائد الجيش الحر، المدعوم من دول الجوار، أن عهد النظام انتهى.",
         "قائد الجيش الحر"),
        # A body's name after a title is no person's; a country, then its verb's object.
        ("الأمين العام لحلف شمال الأطلسي يشيد بالتعاون القوي مع العراق",
         "الأمين العام لحلف شمال الأطلسي"),
        ("وأعرب الأمين العام للناتو عن تقديره للتعاون مع العراق.", "الأمين العام للناتو"),
        ("وأكدت المملكة المتحدة استمرار دعمها للعراق، حيث من المتوقع أن تنتهي المهمة.",
         "المملكة المتحدة"),
        # A source relayed inside the subject speaks; a body's head, then its foreign name.
        ("وأشارت وكالة رويترز نقلاً عن مصدر أمني إلى فرار مئات السجناء.", "مصدر أمني"),
        ("وأكدت وكالة رويترز انسحاب القوات من القاعدة.", "وكالة رويترز"),
        # A name no dictionary knows after its title, even one that begins with "ب".
        ("قال وزير الدفاع البلجيكي برونو فالكنر إن المهمة مددت.", "برونو فالكنر"),
        # "بدر" finishes the body's name ("منظمة بدر"), not the man's.
        ("وشدد الأمين العام لمنظمة بدر هادي العامري على ضرورة السيادة.", "هادي العامري"),
        # Eyewitnesses are one phrase; after an unnamed source's adjectives, the object.
        ("بينما أفاد شهود عيان بإجراء عملية إخلاء من القاعدة.", "شهود عيان"),
        ("تتهم مسؤولة كردية بارزة القوات السورية بإعدام مئات المقاتلين.",
         "مسؤولة كردية بارزة"),
        # A report cited first, then a verb with its own speaker: the speaker speaks.
        ("وفقاً لتقرير خاص بصحيفة الغارديان، دعا القائد العام لقوات سوريا الديمقراطية، "
         "مظلوم عبدي، الرئيس الأمريكي إلى الإبقاء على القوات.", "مظلوم عبدي"),
        # A relay set between commas is no part of the speaker; but when the subject is a
        # thing ("تحركات"), the sources cited speak.
        ("وأكد الوزير، وفقاً لوكالة الأنباء، أن الخطط ثابتة.", "الوزير"),
        ("وتشير تحركات التحالف، وفق مصادر ميدانية، إلى أن الانسحاب ليس شكلياً.",
         "مصادر ميدانية"),
        ("نقلت وكالة رويترز، عن 10 من كبار قادة الفصائل، إن الفصائل مستعدة للحوار.",
         "10 من كبار قادة الفصائل"),
        ("وتعتبر هذه الفصائل، المنضوية ضمن الحشد، سلاحها مقدساً.", "هذه الفصائل"),
        # An outlet or a source that relays a person's words: the words are the person's.
        ("وذكرت وكالة الأنباء أن وكيل وزارة الخارجية سالم العبيدي قال إن العدد محدود.",
         "سالم العبيدي"),
        # Participants of a meeting speak together.
        ("أعرب المشاركون في الاجتماع عن تقديرهم للمملكة.", "المشاركون"),
        # A titled person named first, between commas, then the verb.
        ("المتحدث باسم القائد العام، صباح النعمان، اعتبر الانسحاب من إنجازات الحكومة.",
         "صباح النعمان"),
        # A province ends the governor's title; it never begins his name.
        ("وقال محافظ نينوى عمر الحمداني إن الوضع مستقر.", "عمر الحمداني"),
        # A topic put first is no speaker.
        ("وبشأن الوجود العسكري، أكد الوزير فؤاد حسين أن الخطط ثابتة.", "فؤاد حسين"),
        # An officer is an unnamed source, with where he serves; whose side a group is on.
        ("وقال ضابط برتبة عقيد في الجيش العراقي إن الجنود رحلوا.",
         "ضابط برتبة عقيد في الجيش العراقي"),
        ("وتطالب فصائل عراقية موالية لإيران بانسحاب هذه القوات.", "فصائل عراقية موالية لإيران"),
        ("وقال قيادي في فصيل موالٍ لطهران إن المعدات وصلت.", "قيادي في فصيل موالٍ لطهران"),
        ("وأبدت ميليشيات عراقية مدعومة من إيران استعدادها لنزع سلاحها.",
         "ميليشيات عراقية مدعومة من إيران"),
        # A body's quoted name, with its adjective, is no quotation.
        ("وقال قيادي في “كتائب حزب الله” العراقية، إن السفيرة غادرت.",
         "قيادي في “كتائب حزب الله” العراقية"),
        ("وأعلنت ميليشيا “كتائب حزب الله” العراقية تعليق هجماتها ضد القوات.",
         "ميليشيا “كتائب حزب الله” العراقية"),
        # A body named in quotation marks, with its adjective, then the day it spoke.
        ('أعلنت "المقاومة الإسلامية في العراق" الأربعاء، شن هجوم جديد على القاعدة.',
         "المقاومة الإسلامية في العراق"),
        ("«الدفاع» العراقية أعلنت انسحاباً أميركياً كاملاً من القاعدة الجوية",
         "«الدفاع» العراقية"),
        # The year a title's holder spoke in is no part of the title; a page's date line
        # glued to its lead ends at the year.
        ("وقال الوزير في عام 2023م إن القوات باقية.", "الوزير"),
        ("21:29 - 31 ديسمبر 2023أعلن جهاز مكافحة الإرهاب في بيان أن الدفاعات أسقطت طائرة.",
         "جهاز مكافحة الإرهاب"),
        # A verbal noun after a body's name begins the object, even with a quoted place in it.
        ('والسبت، أعلنت وزارة الدفاع العراقية انسحاب القوات من قاعدة "عين الأسد"، وتولي '
         'الجيش "إدارة القاعدة بالكامل".', "وزارة الدفاع العراقية"),
        # An agency relaying sources between commas: the sources speak.
        ("وقالت وكالة “رويترز“، نقلاً عن مصادر متعددة مطلعة إن الخطة جاهزة.",
         "مصادر متعددة مطلعة"),
        # Sources who all asked not to be named say nothing by it; some of them speak.
        ("وتشمل المصادر خمسة مسؤولين، رفضوا جميعًا الكشف عن هوياتهم، وأكد بعضهم أن الصفقة "
         "قريبة.", "بعضهم"),
        # A demonstrative after a name, or a body after a surname, begins the object.
        ('ووصفت الدليمي هذه السجون التي ستؤوي المعتقلين بأنها "قنبلة موقوتة".', "الدليمي"),
        ("وطالبت الدليمي الحكومة العراقية بضرورة ترحيل هؤلاء السجناء.", "الدليمي"),
        # A report "of" a network names the network; the outlet's background passes the
        # words it reports to the one who said them.
        ("اكد تقرير لشبكة فوكس نيوز الامريكية، الاحد، انه في الوقت الذي تطالب فيه الحكومة "
         "القوات بالخروج، فإن الإقليم يريد بقاءها.", "شبكة فوكس نيوز الامريكية"),
        ("ويشار إلى أن النائب ياسر إسكندر وتوت أكد أن مجلس النواب سيبحث الملف قريباً.",
         "ياسر إسكندر وتوت"),
        # Whom a verb accuses follows its subject; a body's side stays in its name; a
        # compound given name ("عبد الأمير") is one name; one's own doing is an object.
        ('بعد أن اتهمت الحكومة السورية قوات "قسد" بإطلاق سراح عناصر من التنظيم.',
         "الحكومة السورية"),
        ("وأعلنت قوات الأمن التابعة للإدارة الذاتية إحباط محاولة فرار جماعي من المخيم.",
         "قوات الأمن التابعة للإدارة الذاتية"),
        ("الكوفية متابعات: هدد وزير الداخلية العراقي عبد الأمير الشمري بإطلاق النار على "
         "المتسللين.", "عبد الأمير الشمري"),
        # A speech verb joined to a meeting's or a visit's verb shares its subject; the one
        # received or met is not the speaker.
        ("استقبل رئيس الوزراء محمد شياع السوداني السفير البريطاني، وأكد أن العراق ماض في "
         "إنهاء المهمة.", "محمد شياع السوداني"),
        ("فقد تحدث مسؤول دفاعي أمريكي وأكد أن الولايات المتحدة لا تنسحب من العراق.",
         "مسؤول دفاعي أمريكي"),
        ("التقى وزير الخارجية فؤاد حسين نظيره الأمريكي في واشنطن، وبحث معه الانسحاب، وشدد "
         "على أن العلاقة ستبقى قوية.", "فؤاد حسين"),
        # An agency and a paper before a colon sign the copy; the report after it names who
        # said it.
        ("وكالة الأنباء - الخليج: أوضح الوزير خالد العلي يوم الأربعاء أن الحكومة ستنهي "
         "المهمة في أيلول.", "خالد العلي"),
        # The service a rank is held in is no part of the name; her own claim is an object;
        # the Pentagon by either spelling is a body the outlet may cite.
        ("وقال الميجر جنرال بالقوات الجوية باتريك رايدر إنه ليس لديه علم بأي مناقشات.",
         "باتريك رايدر"),
        ("وجددت وزارة الحرب الأميركية ادعاءاها المضي في تقليص مهمتها العسكرية داخل العراق.",
         "وزارة الحرب الأميركية"),
        ("ووفقا للبنتاجون، فإن القوات ستبقى في العراق.", "البنتاجون"),
        # The highest religious authority is a title its holder's name follows.
        ("شدّد المرجع الديني الأعلى في العراق، السيد علي السيستاني، اليوم الاثنين، على منع "
         "التدخلات الخارجية بمختلف وجوهها.", "علي السيستاني"),
        # Who describes: the title before the thing described.
        ("ووصف الوزير الانسحاب بأنه إنجاز كبير للبلاد.", "الوزير"),
        # A group speaks by the name it goes by.
        ('كما هددت جماعة تُعرف بـ"أصحاب الكهف" الشهر الماضي القوات الأمريكية بشتاء ساخن.',
         "أصحاب الكهف"),
        ('وقالت جماعة تطلق على نفسها اسم "المقاومة الإسلامية في العراق" إنها أطلقت طائرة.',
         "المقاومة الإسلامية في العراق"),
    ],
)  # fmt: skip
def test_the_subject_ends_where_the_speaker_does(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_bodys_quoted_name_in_a_relay_or_after_a_naming_verb_is_no_quotation() -> None:
    # The name in marks, its adjective and an aside in brackets belong to the source relayed;
    # a group's chosen name of three words is its name, and the warning after the verb that
    # opens the sentence (after its connective) is the group's.
    assert speakers(
        "ونقلت الصحيفة اللبنانية عن قيادي في “كتائب حزب الله” العراقية (لم تسمّه)، وهو أحد "
        "فصائل “المقاومة”، قوله إن السفيرة غادرت."
    ) == ["قيادي في “كتائب حزب الله” العراقية"]
    assert speakers(
        'كذلك هددت جماعة تُعرف بـ"أصحاب الكهف العراقية" الشهر الماضي القوات الأمريكية، '
        'محذرة من أن "شتاء ساخنا ينتظر القوات".'
    ) == ["أصحاب الكهف العراقية"]


def test_the_participle_after_a_continuation_verb_is_how_not_who() -> None:
    assert speakers(
        "وقال بارزاني إن انسحاب القوات سيعيد البلاد إلى الوراء.\n\n"
        "وأضاف محذراً: “داعش يشكل تهديداً خطيراً، وقد أكدنا ذلك مراراً”."
    ) == ["بارزاني", "بارزاني"]
    assert speakers("يشار إلى أن القوات انسحبت من القاعدة العام الماضي.") == []


def test_ones_own_doing_after_a_verb_is_what_was_said_not_who() -> None:
    assert speakers(
        "وأكد الوزير أن استقرار سوريا مهم لنا. كما أبدى دعمه للاتفاق بين الرئيس وقائد القوات."
    ) == ["الوزير", "الوزير"]


def test_a_thing_described_is_no_speaker_and_a_known_name_heads_a_headline() -> None:
    assert speakers(
        "وقال الخطيب إن القوات لم تؤد دورها.\n\n"
        "حيث وصف النفوذ الإسرائيلي هناك بأنه واضح على المستويات الأمنية."
    ) == ["الخطيب", "الخطيب"]
    assert speakers("غوتيريش يحذّر من خطر مستمر: داعش لا يزال يشكل تهديدًا كبيرًا في المنطقة") == [
        "غوتيريش"
    ]


def test_the_outlet_a_speaker_told_is_not_the_speaker() -> None:
    assert speakers(
        "وقال القيادي في الفصيل علي الطائي إن التصريحات كاذبة.\n\n"
        "وأضاف لجريدة “الأخبار” اللبنانية، أن أمريكا لن تنسحب من العراق."
    ) == ["علي الطائي", "علي الطائي"]


def test_a_quotation_after_the_verbs_preposition_is_the_last_speakers() -> None:
    # "وأوصت بـ"…"": the preposition glued to the mark is nobody; the militia recommends.
    assert (
        speakers(
            "وقالت ميليشيا “حزب الله” العراقية في بيان، إنها قررت تعليق العمليات ضد القوات، "
            "وأوصت بـ”الصبر مؤقتاً، إن حصل أي اعتداء” على مقاتليها."
        )
        == ["ميليشيا “حزب الله” العراقية"] * 2
    )


def test_where_the_reported_words_begin_and_end() -> None:
    corpus = extract(
        "أعلن رئيس الوزراء، سالم الحديثي، الليلة الماضية، مقتل قيادي بارز في التنظيم.\n\n"
        "وبحسب الحكومة العراقية كان القيادي يشغل منصب الوالي.\n\n"
        "وحذرت تقارير استخبارية من تسلل عناصر التنظيم، أعلن وزير الدفاع العباسي أن "
        "الحدود تحت السيطرة.",
        Meta("Test", dt.date(2025, 3, 2)),
        Corpus(),
    ).corpus
    ordered = sorted(corpus.statements.values(), key=lambda s: s.start)
    assert [(corpus.actors[s.actor].name_ar, s.quote_ar) for s in ordered] == [
        ("سالم الحديثي", "مقتل قيادي بارز في التنظيم"),
        ("الحكومة العراقية", "كان القيادي يشغل منصب الوالي"),
        ("تقارير استخبارية", "من تسلل عناصر التنظيم"),
        ("العباسي", "الحدود تحت السيطرة"),
    ]


def test_a_person_who_relays_his_government_speaks_himself() -> None:
    assert speakers("وأكد الوزير سالم العبيدي أن الحكومة العراقية أوضحت أنه لا مكان للفصائل.") == [
        "سالم العبيدي"
    ]
