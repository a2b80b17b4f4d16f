"""Names, outlets, connective sentences and deadline cues that the generator varies."""

from __future__ import annotations

# (Arabic, English) pairs; Iraqi names first, as most voices in the coverage are Iraqi.
FIRST_NAMES = (
    ("علي", "Ali"), ("محمد", "Mohammed"), ("قاسم", "Qasim"), ("سرمد", "Sarmad"),
    ("حسين", "Hussein"), ("أحمد", "Ahmed"), ("عباس", "Abbas"), ("كريم", "Karim"),
    ("حيدر", "Haider"), ("مهدي", "Mahdi"), ("فاضل", "Fadhil"), ("سعد", "Saad"),
    ("عمار", "Ammar"), ("رائد", "Raed"), ("ياسر", "Yasser"), ("هادي", "Hadi"),
    ("جاسم", "Jasim"), ("نوري", "Nouri"), ("خالد", "Khalid"), ("ريبر", "Reber"),
    ("مظلوم", "Mazloum"), ("محسن", "Mohsen"), ("ناظم", "Nadhim"), ("فلاح", "Falah"),
    ("صباح", "Sabah"), ("ماجد", "Majid"), ("باسم", "Basim"), ("عدنان", "Adnan"),
    ("شيروان", "Shirwan"), ("هوشيار", "Hoshyar"),
)  # fmt: skip
MIDDLE_NAMES = (
    ("نعمة", "Nima"), ("شياع", "Shia"), ("جبار", "Jabbar"), ("حسن", "Hassan"),
    ("عبد الله", "Abdullah"), ("كاظم", "Kadhim"), ("صالح", "Salih"), ("مجيد", "Majeed"),
    ("عبد الكريم", "Abdulkarim"), ("جواد", "Jawad"), ("رشيد", "Rashid"), ("فرحان", "Farhan"),
)  # fmt: skip
FAMILY_NAMES = (
    ("البنداوي", "al-Bandawi"), ("البياتي", "al-Bayati"), ("المعماري", "al-Maamouri"),
    ("الأعرجي", "al-Araji"), ("الجبوري", "al-Jubouri"), ("الدليمي", "al-Dulaimi"),
    ("العبيدي", "al-Obeidi"), ("الخفاجي", "al-Khafaji"), ("الزبيدي", "al-Zubaidi"),
    ("الساعدي", "al-Saadi"), ("التميمي", "al-Tamimi"), ("الكعبي", "al-Kaabi"),
    ("الموسوي", "al-Mousawi"), ("الشمري", "al-Shammari"), ("العامري", "al-Amiri"),
    ("الفتلاوي", "al-Fatlawi"), ("الربيعي", "al-Rubaie"), ("الحكيم", "al-Hakim"),
    ("بارزاني", "Barzani"), ("طالباني", "Talabani"), ("أحمد", "Ahmed"), ("عبدي", "Abdi"),
)  # fmt: skip
PROVINCES = (
    ("الأنبار", "Anbar"), ("نينوى", "Nineveh"), ("كركوك", "Kirkuk"), ("ديالى", "Diyala"),
    ("صلاح الدين", "Salahuddin"), ("أربيل", "Erbil"), ("السليمانية", "Sulaymaniyah"),
    ("بغداد", "Baghdad"), ("البصرة", "Basra"), ("دهوك", "Duhok"),
)  # fmt: skip

# (role, affiliation, country) in English, as the curated corpus writes them.
OFFICIAL_ROLES = (
    ("Member of the Security and Defence Committee, Council of Representatives",
     "Iraqi Council of Representatives (parliament)", "Iraq"),
    ("Member of Parliament for {province}", "Iraqi Council of Representatives (parliament)",
     "Iraq"),
    ("Spokesman of the Joint Operations Command", "Iraqi armed forces", "Iraq"),
    ("Governor of {province}", "Government of Iraq", "Iraq"),
    ("Adviser to the Prime Minister for security affairs", "Government of Iraq", "Iraq"),
    ("Member of the Kurdistan Parliament", "Kurdistan Region of Iraq", "Iraq"),
    ("Commander of the {province} Operations Command", "Iraqi armed forces", "Iraq"),
    ("Senior State Department official", "US Department of State", "United States"),
    ("Pentagon spokesperson", "US Department of Defense (Pentagon)", "United States"),
    ("Member of the Iranian parliament's security committee", "Islamic Republic of Iran",
     "Iran"),
)  # fmt: skip
EXPERT_ROLES = (
    ("Security expert", "", "Iraq"),
    ("Strategic affairs analyst", "", "Iraq"),
    ("Professor of political science, University of Baghdad", "University of Baghdad", "Iraq"),
    ("Researcher on armed groups", "", "Iraq"),
    ("Former army officer and military analyst", "", "Iraq"),
)  # fmt: skip
# (Arabic name, English name, role) with "{p}"/"{P}" for the province in Arabic/English.
ORGANISATIONS = (
    ("قيادة عمليات {p}", "{P} Operations Command", "Iraqi army regional command"),
    ("مجلس محافظة {p}", "{P} Provincial Council", "Elected provincial council"),
    ("خلية الإعلام الأمني في {p}", "Security Media Cell in {P}", "Official security media"),
    ("شرطة {p}", "{P} Police", "Provincial police command"),
    ("جهاز مكافحة الإرهاب في {p}", "Counter-Terrorism Service in {P}", "Iraqi special forces"),
    ("هيئة الحشد الشعبي في {p}", "Popular Mobilisation Forces in {P}", "State-sanctioned force"),
)  # fmt: skip
UNNAMED = (
    ("مصدر أمني في {p}", "Security source in {P} (unnamed)", "Unnamed security source"),
    ("مسؤول حكومي في {p}", "Government official in {P} (unnamed)", "Unnamed official"),
    ("مصدر عسكري في {p}", "Military source in {P} (unnamed)", "Unnamed military source"),
    ("مراقبون في {p}", "Observers in {P} (unnamed)", "Unnamed observers"),
)  # fmt: skip
JOINT = (
    ("بيان مشترك لبغداد وواشنطن بشأن {p}", "Baghdad–Washington joint statement on {P}",
     "Joint statement of the Iraqi and US governments"),
    ("بيان مشترك للتحالف الدولي والحكومة العراقية حول {p}",
     "Coalition–Iraq joint statement on {P}", "Joint statement of the coalition and Iraq"),
)  # fmt: skip

# (English, Arabic) names of outlets that cover the withdrawal.
OUTLETS = (
    ("Shafaq News", "شفق نيوز"), ("Rudaw", "روداو"), ("Al-Sumaria News", "السومرية نيوز"),
    ("Baghdad Today", "بغداد اليوم"), ("Iraqi News Agency", "وكالة الأنباء العراقية"),
    ("Kurdistan24", "كوردستان 24"), ("Al-Mada", "المدى"), ("964 Media", "964"),
)  # fmt: skip
TOPICS = (
    "The coalition's exit timetable", "ISIS after Assad's fall", "Handing over Ain al-Asad",
    "Harir base and the Kurdistan Region", "Bilateral security ties with Washington",
    "Al-Hol camp and the ISIS threat", "Air support after the mission ends",
    "The strategic framework agreement",
)  # fmt: skip

# Sentences that sit between the attributed statements, as in the coverage.
CONNECTIVES = (
    "وتأتي هذه التصريحات في ظل تصاعد الجدل حول مستقبل وجود قوات التحالف الدولي في العراق.",
    "وكانت بغداد وواشنطن قد أعلنتا في أيلول 2024 عن اتفاق لإنهاء مهمة التحالف على مرحلتين.",
    "ويشهد العراق منذ أشهر نقاشاً سياسياً واسعاً بشأن جدول انسحاب القوات الأجنبية.",
    "وتنفذ القوات الأمنية العراقية عمليات متواصلة لملاحقة بقايا خلايا تنظيم داعش.",
    "ويرى مراقبون أن المرحلة المقبلة ستحدد شكل العلاقة الأمنية بين العراق والولايات المتحدة.",
    "وأثار سقوط نظام بشار الأسد في سوريا مخاوف من عودة نشاط التنظيم على الحدود.",
    "ولم يصدر تعليق رسمي من وزارة الدفاع الأمريكية على هذه التصريحات حتى الآن.",
    "وتضم قاعدة عين الأسد في الأنبار وقاعدة حرير في أربيل أبرز مواقع انتشار قوات التحالف.",
    "ويقدر عدد عناصر التنظيم المحتجزين في سجون شمال شرق سوريا بالآلاف.",
    "وتطالب قوى سياسية عراقية بجدول زمني واضح لخروج القوات الأجنبية من البلاد.",
)  # fmt: skip
# Attribution around a quote: "{v}" verb, "{n}" name, "{o}" outlet, "{q}" the quote.
ATTRIBUTIONS = {
    "direct_quote": (
        '{v} {n} في تصريح لـ{o}، إن "{q}".',
        '{v} {n}، خلال حديثه لـ{o}، أن "{q}".',
        '{v} {n}: "{q}"، بحسب ما نقلته {o}.',
    ),
    "paraphrase": ("{v} {n} أن {q}.", "{v} {n}، في حديث لـ{o}، إلى أن {q}."),
    "reported_by_outlet": ("وبحسب {o}، فإن {q}.", "{q}، وفق ما أفاد به {n}."),
}
VERBS = {
    "direct_quote": ("وقال", "وأكد", "وأوضح", "وبين", "ورأى", "وتابع", "وأضاف", "وذكر"),
    "paraphrase": ("وأكد", "وأشار", "ولفت", "وحذر", "ونوّه", "واعتبر"),
    "reported_by_outlet": ("بحسب", "وفق", "أفاد"),
}
SECOND = ("، مضيفاً أن {q}", "، مشيراً إلى أن {q}", "، لافتاً إلى أن {q}")
SPLICE = ("، مشيراً إلى أن ", "، كما أن ", "، لافتاً إلى أن ", "، مؤكداً أن ", " و")

MONTHS_AR = (
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
    "أكتوبر", "نوفمبر", "ديسمبر",
)  # fmt: skip
MONTHS_IQ = (
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
    "تشرين الأول", "تشرين الثاني", "كانون الأول",
)  # fmt: skip
WEEKDAYS_AR = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
# (event, cue with "{m}" month and "{y}" year) for dated claims; cues with no date are open.
DATED_CUES = (
    ("coalition.iraq.full_withdrawal", "خروج قوات التحالف النهائي من البلاد في {m} {y}"),
    ("coalition.iraq.mission_end", "إنهاء مهمة التحالف العسكرية في موعد أقصاه نهاية {m} {y}"),
    ("coalition.base.ain_al_asad.exit", "الانسحاب من قاعدة عين الأسد في {m} عام {y}"),
    ("coalition.base.harir.exit", "مغادرة قاعدة حرير في {m} {y}"),
    ("coalition.syria_mission.end", "مهمة التحالف في سوريا ستستمر حتى {m} {y}"),
    ("coalition.iraq.transition_to_bilateral", "الانتقال إلى شراكات أمنية ثنائية بحلول {m} {y}"),
    ("coalition.iraq.full_withdrawal_decision", "اتخاذ قرار الانسحاب الكامل في {m} {y}"),
)  # fmt: skip
OPEN_CUES = (
    ("us.forces.iraq.presence_end", "القوات الأمريكية ستبقى ضمن الاتفاق الاستراتيجي"),
    ("us.forces.syria.presence_end", "قواتنا ستبقى موجودة في شرق سوريا"),
    ("coalition.iraq.full_withdrawal", "بقاء قوات التحالف إلى فترة غير معلومة"),
)

WITHDRAWAL_PHRASE = {
    "supports": "backs the coalition's withdrawal from Iraq",
    "opposes": "wants the coalition to stay in Iraq",
    "conditional": "accepts the withdrawal only on conditions",
    "unspecified": "comments on the coalition's presence",
}
THREAT_PHRASE = {
    "high": "rates the ISIS threat as high",
    "moderate": "sees a moderate ISIS threat",
    "low": "sees little risk of an ISIS return",
}
NOTES = (
    "", "", "Check the date against the outlet's original.", "يحتاج إلى تحقق من المصدر",
    "Contradicts the joint statement's timetable.", "Quote cut short by the outlet?",
)  # fmt: skip
TAGS = ("deadline", "verify", "follow-up", "contradiction", "Anbar", "Erbil", "al-Hol")
