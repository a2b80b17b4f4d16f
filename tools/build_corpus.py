"""Build data/corpus.json, the curated corpus of the Shafaq News seed article, from the data below.

Every statement is given by its verbatim Arabic quote (and, where the words recur, by an anchor
that precedes them); offsets are computed from the article text and every span is checked, so a
typo in the curation stops the build instead of shipping a quote the article does not contain.

Run from the checkout: /tmp/v/bin/python tools/build_corpus.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# The script is run by path, so the checkout is not on sys.path unless we put it there.
sys.path.insert(0, str(ROOT))

from tui.data.model import (  # noqa: E402
    ACTOR_KINDS,
    CONTRADICTION_KINDS,
    EVENTS,
    FORMS,
    SEVERITIES,
    THREAT,
    WITHDRAWAL,
)
from tui.data.paragraphs import split_paragraphs  # noqa: E402

ARTICLE_FILE = ROOT / "data" / "shafaq-2024-12-isis-coalition.ar.txt"
OUTPUT_FILE = ROOT / "data" / "corpus.json"
ARTICLE_ID = "shafaq-2024-12-14-isis-coalition"

# Publication date: Saturday 14 December 2024. The article carries no dateline, so it is derived:
# - "أمس الجمعة" (paragraph 2: the security service's announcement "yesterday, Friday") means the
#   piece was published on a Saturday.
# - The latest explicit date is "12 كانون الأول الجاري" (Abdi's interview); "الجاري"/"الحالي"
#   put it in the month of publication, and "10 كانون الأول 2024" fixes the year, so the
#   article appeared on or after Thursday 12 Dec 2024. The first Saturday after that is 14 Dec.
# - With 14 Dec, "الثلاثاء الماضي" is 10 Dec and "الأربعاء الماضي" is 11 Dec: the relative days
#   fall among the explicitly dated events of 8-12 Dec, and "الأسبوع الماضي" is early December.
# - Corroboration outside the text: CENTCOM published Kurilla's "committed to the enduring defeat
#   of ISIS ... partners that neighbor Syria" words on Tuesday 10 Dec 2024, which the article
#   dates "الثلاثاء الماضي"; a later Saturday (21 or 28 Dec) would put that Tuesday on 17 or 24 Dec.
PUBLISHED = "2024-12-14"
PUB_NOTE = "publication on Sat 14 Dec 2024"

META = {
    "schema": 1,
    "kind": "mawqif-corpus",
    "title": "Bundled corpus: Shafaq News, December 2024",
    "credit": "Article text © Shafaq News (شفق نيوز); included for analysis with attribution.",
}

ARTICLE = {
    "id": ARTICLE_ID,
    "outlet": "Shafaq News",
    "title": "ISIS after Assad's fall and the coalition's exit from Iraq",
    # The text opens with the dateline "شفق نيوز/" and no headline; the section headings inside
    # ("تحذيرات محلية ودولية" ...) are not the article's title.
    "title_ar": "",
    "published": PUBLISHED,
    "language": "ar",
    "url": None,
}

# Actors, in the order they first speak. name_ar and every alias are written as in the article.
ACTORS: list[dict[str, Any]] = [
    {
        "id": "warnings",
        "name_ar": "التحذيرات المحلية والدولية",
        "name_en": "Local and international warnings (unnamed)",
        "role": "Unnamed warnings the article's opening paragraph summarises",
        "affiliation": "",
        "country": "",
        "kind": "unnamed_source",
        "aliases": ["تلك التحذيرات"],
    },
    {
        "id": "observers",
        "name_ar": "مراقبين",
        "name_en": "Observers (unnamed)",
        "role": "Unnamed observers cited by the outlet",
        "affiliation": "",
        "country": "",
        "kind": "unnamed_source",
        "aliases": [],
    },
    {
        "id": "iraqi_security_service",
        "name_ar": "جهاز الأمن العراقي",
        "name_en": "Iraqi Security Service",
        "role": "Iraqi security agency (as the article names it)",
        "affiliation": "Government of Iraq",
        "country": "Iraq",
        "kind": "organisation",
        "aliases": [],
    },
    {
        "id": "security_source",
        "name_ar": "مصدر أمني",
        "name_en": "Security source (unnamed)",
        "role": "Unnamed security source speaking to Shafaq News",
        "affiliation": "",
        "country": "Iraq",
        "kind": "unnamed_source",
        "aliases": [],
    },
    {
        "id": "asayish_sulaymaniyah",
        "name_ar": 'جهاز الأمن العام "الآسايش" في السليمانية',
        "name_en": "Asayish (General Security) in Sulaymaniyah",
        "role": "Kurdistan Region security agency",
        "affiliation": "Kurdistan Region of Iraq",
        "country": "Iraq",
        "kind": "organisation",
        "aliases": ['جهاز الأمن العام "الآسايش"'],
    },
    {
        "id": "joint_operations_command",
        "name_ar": "قيادة العمليات المشتركة",
        "name_en": "Joint Operations Command",
        "role": "Iraqi armed forces' joint operations command",
        "affiliation": "Iraqi armed forces",
        "country": "Iraq",
        "kind": "organisation",
        "aliases": [],
    },
    {
        "id": "bandawi",
        "name_ar": "علي نعمة البنداوي",
        "name_en": "Ali Nima al-Bandawi",
        "role": "Member of the Security and Defence Committee, Council of Representatives",
        "affiliation": "Iraqi Council of Representatives (parliament)",
        "country": "Iraq",
        "kind": "official",
        "aliases": ["البنداوي"],
    },
    {
        "id": "sudani",
        "name_ar": "محمد شياع السوداني",
        "name_en": "Mohammed Shia al-Sudani",
        "role": "Prime Minister and Commander-in-Chief of the Armed Forces",
        "affiliation": "Government of Iraq",
        "country": "Iraq",
        "kind": "official",
        "aliases": ["السوداني", "رئيس الوزراء العراقي", "رئيس الوزراء محمد شياع السوداني"],
    },
    {
        "id": "reber_ahmed",
        "name_ar": "ريبر أحمد",
        "name_en": "Reber Ahmed",
        "role": "Interior Minister of the Kurdistan Region",
        "affiliation": "Kurdistan Regional Government",
        "country": "Iraq",
        "kind": "official",
        "aliases": ["أحمد", "وزير داخلية إقليم كوردستان"],
    },
    {
        "id": "rezaei",
        "name_ar": "محسن رضائي",
        "name_en": "Mohsen Rezaei",
        "role": (
            "Secretary of the Supreme Coordination Council of the heads of the three branches; "
            "head of the economic committee of the Expediency Discernment Council"
        ),
        "affiliation": "Islamic Republic of Iran",
        "country": "Iran",
        "kind": "official",
        "aliases": ["رضائي"],
    },
    {
        "id": "abdi",
        "name_ar": "مظلوم عبدي",
        "name_en": "Mazloum Abdi",
        "role": "Commander of the Syrian Democratic Forces",
        "affiliation": "Syrian Democratic Forces (SDF)",
        "country": "Syria",
        "kind": "official",
        "aliases": ["عبدي", "قائد قوات سوريا الديمقراطية"],
    },
    {
        "id": "sohr",
        "name_ar": "المرصد السوري لحقوق الإنسان",
        "name_en": "Syrian Observatory for Human Rights",
        "role": "Monitoring group reporting on Syria",
        "affiliation": "",
        "country": "Syria",
        "kind": "organisation",
        "aliases": [],
    },
    {
        "id": "blinken",
        "name_ar": "أنتوني بلينكن",
        "name_en": "Antony Blinken",
        "role": "US Secretary of State",
        "affiliation": "US Department of State",
        "country": "United States",
        "kind": "official",
        "aliases": ["بلينكن", "وزير الخارجية الأمريكي"],
    },
    {
        "id": "shapiro",
        "name_ar": "دانييل شابيرو",
        "name_en": "Daniel Shapiro",
        "role": "US Deputy Assistant Secretary of Defense for the Middle East",
        "affiliation": "US Department of Defense (Pentagon)",
        "country": "United States",
        "kind": "official",
        "aliases": ["شابيرو"],
    },
    {
        "id": "maamouri",
        "name_ar": "علي المعماري",
        "name_en": "Ali al-Maamouri",
        "role": "Security expert",
        "affiliation": "",
        # The article does not say; he speaks to Shafaq News about Iraq as his own country.
        "country": "Iraq",
        "kind": "expert",
        "aliases": ["المعماري"],
    },
    {
        "id": "us_officials",
        "name_ar": "المسؤولين الأميركيين",
        "name_en": "US officials (unnamed, as characterised by al-Maamouri)",
        "role": "Unnamed US officials whose justification al-Maamouri reports",
        "affiliation": "US government",
        "country": "United States",
        "kind": "unnamed_source",
        "aliases": ["المسؤولين الأمريكيين", "هؤلاء المسؤولين الأمريكيين"],
    },
    {
        "id": "kurilla",
        "name_ar": "مايكل إيرك كوريلا",
        "name_en": "Gen. Michael Erik Kurilla",
        "role": "Commander, US Central Command (CENTCOM)",
        "affiliation": "US Central Command",
        "country": "United States",
        "kind": "official",
        "aliases": ["كوريلا", "الجنرال كوريلا", "الجنرال مايكل إيرك كوريلا"],
    },
    {
        "id": "bayati",
        "name_ar": "سرمد البياتي",
        "name_en": "Sarmad al-Bayati",
        "role": "Security expert",
        "affiliation": "",
        "country": "Iraq",
        "kind": "expert",
        "aliases": ["البياتي"],
    },
    {
        "id": "araji",
        "name_ar": "قاسم الأعرجي",
        "name_en": "Qasim al-Araji",
        "role": "National Security Adviser of Iraq",
        "affiliation": "Government of Iraq",
        "country": "Iraq",
        "kind": "official",
        "aliases": ["الأعرجي", "مستشار الأمن القومي العراقي"],
    },
    {
        "id": "us_iraq_joint_statement",
        "name_ar": "بيان عن حكومتي الولايات المتحدة والعراق",
        "name_en": "US–Iraq joint statement of 27 September 2024",
        "role": "Joint statement announcing the end of the coalition's military mission in Iraq",
        "affiliation": "Governments of Iraq and the United States; the international coalition",
        "country": "Iraq; United States",
        "kind": "joint_statement",
        "aliases": ["بيان مشترك مع العراق", "البيان", "إعلان بغداد وواشنطن المشترك"],
    },
    {
        "id": "uk_mod",
        "name_ar": "وزارة الدفاع البريطانية",
        "name_en": "UK Ministry of Defence",
        "role": "Ministry of Defence of the United Kingdom",
        "affiliation": "UK government",
        "country": "United Kingdom",
        "kind": "organisation",
        "aliases": ["الوزارة", "بريطانيا", "المملكة المتحدة", "الدفاع البريطانية"],
    },
    {
        "id": "iraqi_government",
        "name_ar": "الحكومة العراقية",
        "name_en": "Government of Iraq (official statements)",
        "role": "Source of the official Iraqi statements on the talks with Washington",
        "affiliation": "Government of Iraq",
        "country": "Iraq",
        "kind": "organisation",
        "aliases": ["البيانات الرسمية العراقية", "حكومة العراق"],
    },
]


def day(iso: str, basis: str) -> dict[str, Any]:
    """A date said, known to the day, with the words that date it."""
    return {"said_on": iso, "said_precision": "day", "said_basis": basis}


def month(iso: str, basis: str) -> dict[str, Any]:
    """A date said, known only to the month, with the words that date it and why."""
    return {"said_on": iso, "said_precision": "month", "said_basis": basis}


UNKNOWN: dict[str, Any] = {"said_on": None, "said_precision": "unknown", "said_basis": ""}

# Dates used more than once. said_basis starts with the article's own words; after " — " comes
# the resolution, where the words alone do not give the date.
NOV23 = day("2024-11-23", "23 تشرين الثاني 2024")
NOV23_AHMED_INTRO = day(
    "2024-11-23", "23 تشرين الثاني 2024 — the discussion session named in the next paragraph"
)
NOV23_ARAJI_CONT = day(
    "2024-11-23", "23 تشرين الثاني 2024 — continues the remarks at the session dated above"
)
DEC08 = day("2024-12-08", "8 كانون الأول 2024")
DEC08_INTRO = day("2024-12-08", "8 كانون الأول 2024 — the conference named in the next paragraph")
DEC09 = day("2024-12-09", "9 كانون الأول الجاري")
DEC10_REZAEI = day("2024-12-10", "10 كانون الأول 2024")
DEC10_REZAEI_INTRO = day(
    "2024-12-10", "10 كانون الأول 2024 — the conference speech named in the next paragraph"
)
DEC10_TUESDAY = day("2024-12-10", f"الثلاثاء الماضي — the Tuesday before {PUB_NOTE}")
DEC12 = day("2024-12-12", "12 كانون الأول الجاري")
DEC12_INTRO = day(
    "2024-12-12", "12 كانون الأول الجاري — the televised interview named in the next paragraph"
)
DEC12_CONT = day("2024-12-12", "12 كانون الأول الجاري — continues the same televised interview")
SEP27 = day("2024-09-27", "27 أيلول 2024")
SEP27_QUOTED = day(
    "2024-09-27",
    "27 أيلول 2024 — the date of the joint statement announced in the paragraph before its text",
)
SEP28 = day("2024-09-28", "28 أيلول 2024")
SEP28_SAME = day("2024-09-28", "28 أيلول 2024 — the ministry's statement dated above")

ONE_YEAR = "within 12 months of the 27 Sep 2024 announcement → 2025-09"

# The statements, in article order. `quote` is the exact span; `after` is an anchor that must
# occur once and precede the quote, for words that recur; `key` names the statement for the
# contradictions below. The span is the content of the quote in BBC Citron's terms, without its
# cue and its source: for a direct quote the words inside the quotation marks; for a paraphrase
# the reported clause; for a position the outlet reports, its clause from the object on.
STATEMENTS: list[dict[str, Any]] = [
    # Paragraph 0: the lede attributes two claims to unnamed "local and international warnings".
    {
        "key": "warnings-rebuild",
        "actor": "warnings",
        "quote": (
            'من استغلال خلايا "داعش" الإرهابي للأوضاع الراهنة في سوريا لإعادة بناء قدراته'
        ),
        "form": "reported_by_outlet",
        "verb": "تصاعدت التحذيرات",
        "date": UNKNOWN,
        "summary": (
            "The outlet reports mounting local and international warnings that ISIS cells will "
            "exploit the situation in Syria, after the armed opposition toppled Assad, to "
            "rebuild the group's capabilities."
        ),
        "withdrawal": "unspecified",
        "threat": "high",
    },
    {
        "key": "warnings-keep-coalition",
        "actor": "warnings",
        "quote": "القضاء على التنظيم المتشدد جذرياً، يتطلب إبقاء قوات التحالف الدولي في العراق",
        "form": "paraphrase",
        "verb": "أشارت",
        "date": UNKNOWN,
        "summary": (
            "The same unnamed warnings hold that uprooting ISIS requires keeping the "
            "international coalition's forces in Iraq."
        ),
        "withdrawal": "opposes",
        "threat": "unspecified",
    },
    # Paragraph 1: the observers' two claims (a firm exit with a date; no need, no fear).
    {
        "key": "observers-exit-2026",
        "actor": "observers",
        "quote": (
            "قرار إخراج التحالف الدولي من العراق ثابت وفق التوقيتات المحددة وسيكون خروجهم النهائي"
            " من البلاد في سبتمبر/أيلول 2026"
        ),
        "form": "paraphrase",
        "verb": "أكدوا",
        "date": UNKNOWN,
        "summary": (
            "Unnamed observers say the decision to remove the international coalition from Iraq "
            "stands on the set timetable, and that its final exit from the country will be in "
            "September 2026."
        ),
        "withdrawal": "supports",
        "threat": "unspecified",
        "deadlines": [
            {
                "event": "coalition.iraq.full_withdrawal",
                "due": "2026-09",
                "cue": "خروجهم النهائي من البلاد في سبتمبر/أيلول 2026",
                "derivation": "stated month: the final exit in September 2026",
            }
        ],
    },
    {
        "key": "observers-no-fear",
        "actor": "observers",
        "quote": (
            "خروج قوات التحالف من العراق سيعقبه تحول العلاقة إلى ثنائية وستشمل الملف الأمني أيضاً،"
            " كما أن القوات العراقية قادرة على حفظ الأمن وليس هناك حاجة لتواجد قوات أجنبية على"
            " أرض البلاد، لذلك ليس هناك تخوف من عودة داعش على الإطلاق"
        ),
        "form": "paraphrase",
        "verb": "مطمأنين",
        "date": UNKNOWN,
        "summary": (
            "Reassuringly, the observers say the coalition's exit will be followed by a bilateral "
            "relationship that also covers security; Iraqi forces can keep the country secure, "
            "foreign troops are not needed on Iraqi soil, so there is no fear at all of an ISIS "
            "return."
        ),
        "withdrawal": "supports",
        "threat": "low",
    },
    # Paragraph 2: operations against ISIS in Kirkuk.
    {
        "key": "security-service-kirkuk",
        "actor": "iraqi_security_service",
        "quote": (
            'القضاء على "إرهابي" يرتدي حزاماً ناسفاً في محافظة كركوك قبل تفجير نفسه'
        ),
        "form": "reported_by_outlet",
        "verb": "إعلان",
        "date": day("2024-12-13", f"أمس الجمعة — the Friday before {PUB_NOTE}"),
        "summary": (
            "Iraq's security service announced on Friday that it had killed a 'terrorist' "
            "wearing an explosive belt in Kirkuk province before he could blow himself up."
        ),
        "withdrawal": "unspecified",
        "threat": "unspecified",
    },
    {
        "key": "security-source-daquq",
        "actor": "security_source",
        "quote": (
            "الانتحاري يعد المسؤول الأمني لقاطع داقوق لعصابات داعش الإرهابي، وعمل لسنوات مع"
            " التنظيم الإرهابي حتى تدرج إلى مسؤول ملفها الأمني في قضاء داقوق"
        ),
        "form": "direct_quote",
        "verb": "كشف",
        "date": UNKNOWN,
        "summary": (
            "An unnamed security source told Shafaq News the suicide bomber was ISIS's security "
            "official for the Daquq sector, having worked with the group for years and risen to "
            "head its security file in Daquq district."
        ),
        "withdrawal": "unspecified",
        "threat": "unspecified",
    },
    # Paragraph 3: the Asayish arrest in Sulaymaniyah.
    {
        "key": "asayish-arrest",
        "actor": "asayish_sulaymaniyah",
        "quote": (
            "اعتقال أحد أبرز عناصر جهاز الإعلام التابع لتنظيم داعش الإرهابي، في عملية أمنية"
            " نوعية"
        ),
        "form": "reported_by_outlet",
        "verb": "أعلن",
        "date": DEC10_TUESDAY,
        "summary": (
            "The Asayish (General Security) in Sulaymaniyah announced on Tuesday the arrest of "
            "one of the most prominent members of ISIS's media apparatus in a special operation."
        ),
        "withdrawal": "unspecified",
        "threat": "unspecified",
    },
    # Paragraph 6: the Joint Operations Command's air strike.
    {
        "key": "joc-air-strike",
        "actor": "joint_operations_command",
        "quote": (
            "طيران الجيش العراقي، نفذ ضربة جوية في منطقة الرشاد ضمن قاطع العمليات في محافظة كركوك،"
            " مستهدفة مضافة لعناصر تنظيم داعش الإرهابي"
        ),
        "form": "paraphrase",
        "verb": "إعلان",
        "date": day("2024-12-11", f"الأربعاء الماضي — the Wednesday before {PUB_NOTE}"),
        "summary": (
            "The Joint Operations Command announced on Wednesday that Iraqi army aviation struck "
            "an ISIS hideout in the Rashad area of Kirkuk province."
        ),
        "withdrawal": "unspecified",
        "threat": "unspecified",
    },
    # Paragraphs 7-8: al-Bandawi, and al-Sudani as al-Bandawi reports him.
    {
        "key": "bandawi-no-need",
        "actor": "bandawi",
        "quote": (
            "القوات العراقية بمختلف صنوفها قادرة على حفظ الأمن، وليس هناك حاجة لتواجد قوات أجنبية"
            " على أرض البلاد"
        ),
        "form": "direct_quote",
        "verb": "أكد",
        "date": UNKNOWN,
        "summary": (
            "MP Ali Nima al-Bandawi of parliament's Security and Defence Committee says Iraqi "
            "forces of all branches can keep the country secure and foreign troops are not needed "
            "on Iraqi soil."
        ),
        "withdrawal": "supports",
        "threat": "unspecified",
    },
    {
        # The actor is al-Sudani: al-Bandawi reports what the PM affirmed in parliament.
        "key": "sudani-no-retreat",
        "actor": "sudani",
        "quote": "مضي العراق لطي هذا الملف دون تراجع، والموضوع تم حسمه",
        "form": "paraphrase",
        "verb": "أكد",
        "date": month(
            "2024-12",
            "الأسبوع الماضي — the week before al-Bandawi's remarks to Shafaq News, which are "
            f"undated; taken relative to the {PUB_NOTE} that is early December 2024, and the "
            "article gives no day",
        ),
        "summary": (
            "As reported by MP al-Bandawi (not al-Sudani's own words): PM Mohammed Shia al-Sudani, "
            "hosted in parliament last week, affirmed that Iraq is going ahead with closing this "
            "file (the foreign forces' presence) without backing down; 'the matter has been "
            "settled' may be al-Bandawi's own gloss."
        ),
        "withdrawal": "supports",
        "threat": "unspecified",
    },
    {
        "key": "bandawi-evacuation",
        "actor": "bandawi",
        "quote": (
            "قوات التحالف الدولي تواصل عمليات الإجلاء وخاصة في قاعدة عين الأسد ووصلت مجموعة من"
            " معداتهم إلى قاعدة حرير في أربيل"
        ),
        "form": "direct_quote",
        "verb": "مشيراً",
        "date": UNKNOWN,
        "summary": (
            "Al-Bandawi says coalition forces are continuing their evacuation, especially at Ain "
            "al-Asad base, and some of their equipment has reached Harir base in Erbil; he offers "
            "this as evidence that the exit is under way."
        ),
        "withdrawal": "supports",
        "threat": "unspecified",
    },
    # Paragraphs 10-11: Reber Ahmed; threat and withdrawal are separate claims.
    {
        "key": "ahmed-intro",
        "actor": "reber_ahmed",
        "quote": 'تنظيم داعش في الوقت الراهن "أشد خطورة" على العراق مما كان عليه في العام 2014',
        "form": "paraphrase",
        "verb": "حذر",
        "date": NOV23_AHMED_INTRO,
        "summary": (
            "Kurdistan Region Interior Minister Reber Ahmed warns that ISIS is now 'more "
            "dangerous' for Iraq than it was in 2014 (the outlet's lead-in to his quote)."
        ),
        "withdrawal": "unspecified",
        "threat": "high",
    },
    {
        "key": "ahmed-more-dangerous",
        "actor": "reber_ahmed",
        "quote": "داعش لم ينته بعدُ وهو الآن أشد خطورة مما كان عليه في العام 2014",
        "form": "direct_quote",
        "verb": "وذكر",
        "date": NOV23,
        "summary": (
            "Reber Ahmed, at a discussion session on 23 Nov 2024: ISIS is not finished and is now "
            "more dangerous than it was in 2014."
        ),
        "withdrawal": "unspecified",
        "threat": "high",
    },
    {
        "key": "ahmed-need-coalition",
        "actor": "reber_ahmed",
        "quote": "للقضاء على التنظيم المتشدد جذرياً نحن بحاجة إلى قوات التحالف الدولي",
        "form": "direct_quote",
        "verb": "مردفاً بالقول",
        "date": NOV23,
        "summary": (
            "Reber Ahmed adds that to uproot the group 'we need the international coalition's "
            "forces'."
        ),
        "withdrawal": "opposes",
        "threat": "unspecified",
    },
    # Paragraphs 12-13: Mohsen Rezaei.
    {
        "key": "rezaei-intro",
        "actor": "rezaei",
        "quote": (
            "من إمكانية مهاجمة العراق من قبل 11 ألف عنصر من"
            ' تنظيم داعش يتدربون في "معسكر أمريكي" شمال سوريا'
        ),
        "form": "reported_by_outlet",
        "verb": "حذر",
        "date": DEC10_REZAEI_INTRO,
        "summary": (
            "Iran's Mohsen Rezaei warns that Iraq could be attacked by 11,000 ISIS members "
            "training in an 'American camp' in northern Syria."
        ),
        "withdrawal": "unspecified",
        "threat": "high",
    },
    {
        "key": "rezaei-us-camp",
        "actor": "rezaei",
        "quote": (
            "يوجد معسكر أمريكي في شمال سوريا تم فيه تدريب 11 ألفاً من عناصر داعش وعائلاتهم خلال"
            " السنوات الأربع الماضية"
        ),
        "form": "direct_quote",
        "verb": "وقال",
        "date": DEC10_REZAEI,
        "summary": (
            "Rezaei alleges, in a conference speech on 10 Dec 2024, that 11,000 ISIS members and "
            "their families have been trained over the past four years in an American camp in "
            "northern Syria."
        ),
        "withdrawal": "unspecified",
        "threat": "unspecified",
    },
    {
        "key": "rezaei-mosul-tikrit",
        "actor": "rezaei",
        "quote": "قد يهاجمون الموصل أو تكريت في العراق خلال الأشهر المقبلة",
        "form": "direct_quote",
        "verb": "محذراً",
        "date": DEC10_REZAEI,
        "summary": (
            "Rezaei warns that these ISIS members may attack Mosul or Tikrit in Iraq in the "
            "coming months."
        ),
        "withdrawal": "unspecified",
        "threat": "high",
    },
    # Paragraphs 14-16: Mazloum Abdi.
    {
        "key": "abdi-intro",
        "actor": "abdi",
        "quote": (
            'من استغلال مسلحي تنظيم "داعش" الإرهابي للأوضاع الراهنة في سوريا'
        ),
        "form": "reported_by_outlet",
        "verb": "حذر",
        "date": DEC12_INTRO,
        "summary": (
            "SDF commander Mazloum Abdi warns that ISIS militants are exploiting the current "
            "situation in Syria."
        ),
        "withdrawal": "unspecified",
        "threat": "high",
    },
    {
        "key": "abdi-badia",
        "actor": "abdi",
        "quote": "التنظيم الإرهابي قد بدأ يعود إلى النشاط بقوة في البادية السورية",
        "form": "paraphrase",
        "verb": "وأكد",
        "date": DEC12,
        "summary": (
            "Abdi, in a televised interview on 12 Dec 2024: ISIS has begun returning to strong "
            "activity in the Syrian desert (Badia)."
        ),
        "withdrawal": "unspecified",
        "threat": "high",
    },
    {
        "key": "abdi-more-active",
        "actor": "abdi",
        "quote": "داعش أصبح الآن أكثر نشاطاً مقارنةً بالمرحلة السابقة",
        "form": "paraphrase",
        "verb": "مشيراً",
        "date": DEC12,
        "summary": "Abdi says ISIS is now more active than in the previous phase.",
        "withdrawal": "unspecified",
        "threat": "high",
    },
    {
        "key": "abdi-ghwayran-hol",
        "actor": "abdi",
        "quote": "نعلم أن خطتهم تشمل مهاجمة سجن جويران ومخيم الهول",
        "form": "direct_quote",
        "verb": "وتابع",
        "date": DEC12_CONT,
        "summary": "Abdi: 'We know their plan includes attacking Ghwayran prison and al-Hol camp.'",
        "withdrawal": "unspecified",
        "threat": "high",
    },
    {
        "key": "abdi-urgent",
        "actor": "abdi",
        "quote": "ضرورة التصدي لهذا التهديد المتزايد بشكل عاجل",
        "form": "paraphrase",
        "verb": "مشدداً",
        "date": DEC12_CONT,
        "summary": "Abdi stresses the need to confront this growing threat urgently.",
        "withdrawal": "unspecified",
        "threat": "high",
    },
    {
        "key": "abdi-deterioration",
        "actor": "abdi",
        "quote": "الأوضاع قد تشهد مزيداً من التدهور إذا لم يتم التعامل مع هذا الخطر بشكل حاسم",
        "form": "paraphrase",
        "verb": "محذراً",
        "date": DEC12_CONT,
        "summary": (
            "Abdi warns the situation may deteriorate further unless this danger is dealt with "
            "decisively."
        ),
        "withdrawal": "unspecified",
        "threat": "high",
    },
    # Paragraph 17: the Syrian Observatory's report.
    {
        "key": "sohr-executions",
        "actor": "sohr",
        "quote": (
            "أعدم تنظيم داعش الإرهابي 54 عنصراً من القوات السورية، التي فرت مع سقوط نظام بشار الأسد"
        ),
        "form": "reported_by_outlet",
        "verb": "بحسب",
        "date": month(
            "2024-12",
            "10 كانون الأول الحالي — the date of the executions; the Observatory's statement is "
            "undated, so only its month is known",
        ),
        "summary": (
            "According to a Syrian Observatory for Human Rights statement, ISIS executed 54 "
            "members of Syrian (government) forces who had fled with the fall of Assad's regime, "
            "on 10 December."
        ),
        "withdrawal": "unspecified",
        "threat": "unspecified",
    },
    # Paragraphs 18-19: Antony Blinken.
    {
        "key": "blinken-opportunity-risk",
        "actor": "blinken",
        "quote": "فرصة عظيمة لكنها تحمل أيضاً خطراً كبيراً",
        "form": "direct_quote",
        "verb": "اعتبر",
        "date": UNKNOWN,
        "summary": (
            "US Secretary of State Antony Blinken calls the toppling of Assad 'a great "
            "opportunity, but one that also carries great risk'; the outlet presents this as a "
            "US warning about ISIS, though the quoted words do not name ISIS."
        ),
        "withdrawal": "unspecified",
        "threat": "unspecified",
    },
    {
        "key": "blinken-rebuild",
        "actor": "blinken",
        "quote": "تنظيم داعش سيستغل هذه الفترة لإعادة بناء قدراته في سوريا",
        "form": "direct_quote",
        "verb": "وتوقع",
        "date": DEC09,
        "summary": (
            "Blinken, on 9 Dec 2024, expects ISIS to exploit this period to rebuild its "
            "capabilities in Syria."
        ),
        "withdrawal": "unspecified",
        "threat": "high",
    },
    {
        "key": "blinken-not-allow",
        "actor": "blinken",
        "quote": "لن تسمح بذلك",
        "form": "direct_quote",
        "verb": "أكد",
        "date": DEC09,
        "summary": "Blinken affirms the United States 'will not allow' ISIS to rebuild in Syria.",
        "withdrawal": "unspecified",
        "threat": "unspecified",
    },
    # Paragraphs 20-21: Daniel Shapiro. His claims are about Syria, so the Iraq stance stays
    # unspecified; the stay in eastern Syria is recorded as a deadline instead.
    {
        "key": "shapiro-intro",
        "actor": "shapiro",
        "quote": (
            "بقاء قوات بلاده في شرق سوريا بعد سقوط نظام بشار الأسد"
        ),
        "form": "reported_by_outlet",
        "verb": "أكد",
        "date": DEC08_INTRO,
        "summary": (
            "Pentagon official Daniel Shapiro affirms that US forces will remain in eastern Syria "
            "after the fall of Assad's regime (Syria only; nothing on Iraq)."
        ),
        "withdrawal": "unspecified",
        "threat": "unspecified",
        "deadlines": [
            {
                "event": "us.forces.syria.presence_end",
                "due": "indefinite",
                "cue": "بقاء قوات بلاده في شرق سوريا",
                "derivation": "US forces to remain in eastern Syria, no end given → indefinite",
            }
        ],
    },
    {
        "key": "shapiro-forces-stay",
        "actor": "shapiro",
        "quote": (
            "واشنطن ستتخذ الإجراءات اللازمة لمنع عودة ظهور تنظيم داعش في سوريا، وقواتنا ستبقى"
            " موجودة في شرق سوريا، وستتخذ الإجراءات اللازمة لمنع عودة ظهور التنظيم المتطرف"
        ),
        "form": "direct_quote",
        "verb": "وقال",
        "date": DEC08,
        "summary": (
            "Shapiro, at a conference on 8 Dec 2024: Washington will take the necessary measures "
            "to prevent ISIS re-emerging in Syria, and 'our forces will remain present in eastern "
            "Syria'."
        ),
        "withdrawal": "unspecified",
        "threat": "unspecified",
        "deadlines": [
            {
                "event": "us.forces.syria.presence_end",
                "due": "indefinite",
                "cue": "قواتنا ستبقى موجودة في شرق سوريا",
                "derivation": "'our forces will remain' in eastern Syria, no end → indefinite",
            }
        ],
    },
    {
        "key": "shapiro-chaotic",
        "actor": "shapiro",
        "quote": (
            "نحن ندرك أن الظروف الفوضوية والديناميكية على الأرض في سوريا قد تمنح داعش مساحة لإيجاد"
            " القدرة على النشاط والتخطيط لعمليات خارجية"
        ),
        "form": "direct_quote",
        "verb": "مردفاً",
        "date": DEC08,
        "summary": (
            "Shapiro adds that the chaotic, dynamic conditions in Syria may give ISIS room to "
            "regain the ability to operate and to plan external operations."
        ),
        "withdrawal": "unspecified",
        "threat": "high",
    },
    # Paragraphs 23-29: Ali al-Maamouri (his "واستدرك"/"وتابع" continuations stay his), and the
    # US officials whose justification he reports inside his first quote.
    {
        "key": "maamouri-their-claim",
        "actor": "maamouri",
        "quote": (
            "لا نزال نسمع المسؤولين الأميركيين يقولون إن بقاء قواتهم داخل العراق هو من أجل محاربة"
            " داعش، ما يعني أن داعش لا يزال يشكل خطراً على العراق، حسب ادعائهم"
        ),
        "form": "direct_quote",
        "verb": "يقول",
        "date": UNKNOWN,
        "summary": (
            "Security expert Ali al-Maamouri says US officials keep saying their forces stay in "
            "Iraq to fight ISIS, which would mean ISIS still threatens Iraq, 'according to their "
            "claim': he reports that assessment without endorsing it."
        ),
        "withdrawal": "unspecified",
        "threat": "unspecified",
    },
    {
        "key": "us-officials-stay-to-fight",
        "actor": "us_officials",
        "quote": "بقاء قواتهم داخل العراق هو من أجل محاربة داعش",
        "form": "paraphrase",
        "verb": "يقولون",
        "date": UNKNOWN,
        "summary": (
            "As characterised by al-Maamouri (no official named, no date): US officials say US "
            "forces remain in Iraq in order to fight ISIS."
        ),
        "withdrawal": "opposes",
        "threat": "unspecified",
    },
    {
        "key": "maamouri-al-hol",
        "actor": "maamouri",
        "quote": (
            "لكن هؤلاء المسؤولين الأمريكيين يتناسون بأن مخيم الهول في سوريا الذي تحرسه قوات (قسد)"
            " التي تعمل بإمرة القوات الأمريكية، فيه 57 ألفاً من عوائل ومقاتلي داعش، وهم محجوزون في"
            " شبه المعتقل هذا"
        ),
        "form": "direct_quote",
        "verb": "وبين",
        "date": UNKNOWN,
        "summary": (
            "Al-Maamouri counters that these US officials overlook that al-Hol camp in Syria, "
            "guarded by the SDF under US command, holds 57,000 ISIS family members and fighters "
            "confined in what is almost a prison."
        ),
        "withdrawal": "unspecified",
        "threat": "unspecified",
    },
    {
        "key": "maamouri-pretext",
        "actor": "maamouri",
        "quote": "بقاء القوات الأمريكية وقوات التحالف هو بذريعة داعش وخطورته على أمن العراق",
        "form": "direct_quote",
        "verb": "ورأى",
        "date": UNKNOWN,
        "summary": (
            "Al-Maamouri argues that US and coalition forces stay on the pretext of ISIS and its "
            "danger to Iraq's security."
        ),
        "withdrawal": "unspecified",
        "threat": "low",
    },
    {
        "key": "maamouri-indefinite",
        "actor": "maamouri",
        "quote": (
            "وسيكون بهذا النمط إلى فترة غير معلومة، ومتى ما سمعنا انتهاء خطورة داعش على العراق من"
            " المسؤولين الأمريكيين آنذاك قد تنسحب قوات التحالف"
        ),
        "form": "direct_quote",
        "verb": "ورأى",
        "date": UNKNOWN,
        "summary": (
            "He predicts this will continue for an unknown period: only when US officials declare "
            "the ISIS danger to Iraq over might the coalition withdraw."
        ),
        "withdrawal": "opposes",
        "threat": "unspecified",
        "deadlines": [
            {
                "event": "coalition.iraq.full_withdrawal",
                "due": "indefinite",
                "cue": "إلى فترة غير معلومة",
                "derivation": (
                    "'for an unknown period', withdrawal only once US officials declare the "
                    "ISIS danger over → indefinite"
                ),
            }
        ],
    },
    {
        "key": "maamouri-strategic-agreement",
        "actor": "maamouri",
        "quote": (
            "لكن القوات الأمريكية ستبقى ضمن الاتفاق الاستراتيجي بين العراق والولايات المتحدة"
            " الأمريكية للتعاون العسكري وكذلك في السياسة والاقتصاد، كما لا ينبغي تجاهل الوصاية"
            " الأمريكية على الأموال العراقية ضمن البنك الأمريكي الكونفيدرالي"
        ),
        "form": "direct_quote",
        "verb": "واستدرك بالقول",
        "date": UNKNOWN,
        "summary": (
            "Al-Maamouri adds that US forces will stay in any case under the Iraq–US strategic "
            "agreement on military, political and economic cooperation, and points to US "
            "custody of Iraqi funds at the 'American Confederal Bank' (apparently the Federal "
            "Reserve)."
        ),
        "withdrawal": "opposes",
        "threat": "unspecified",
        "deadlines": [
            {
                "event": "us.forces.iraq.presence_end",
                "due": "indefinite",
                "cue": "القوات الأمريكية ستبقى ضمن الاتفاق الاستراتيجي",
                "derivation": "US forces 'will stay' under the strategic agreement → indefinite",
            }
        ],
    },
    {
        "key": "maamouri-permanence",
        "actor": "maamouri",
        "quote": (
            "لذلك الصورة غير واضحة في الوقت الحاضر لانسحاب القوات الأمريكية مع التحالف أو بدونه"
            " من العراق، سواء كان العراق بحاجة لها أو ليس بحاجة لها، وحتى لو تم تفكيك الفصائل"
            " والحشد وغيرها بحسب ما يتم تداوله مؤخراً، فهذا لن يجبر الأمريكان للتخلي عن الاتفاقات"
            " الاستراتيجية مع العراق، نعم قد يحصل انسحاب للتحالف لكن الاتفاق الاستراتيجي لا يستطيع"
            " العراق التخلي عنه وهذا يعطي ديمومة لبقاء القواعد الأمريكية في العراق"
        ),
        "form": "direct_quote",
        "verb": "وتابع",
        "date": UNKNOWN,
        "summary": (
            "He continues: the picture of a US withdrawal, with or without the coalition, is "
            "unclear whether or not Iraq needs them; even dismantling the armed factions and the "
            "PMF would not make the Americans drop the strategic agreements; a coalition "
            "withdrawal may happen, but Iraq cannot abandon the strategic agreement, which keeps "
            "US bases in Iraq permanently."
        ),
        "withdrawal": "opposes",
        "threat": "unspecified",
        "deadlines": [
            {
                "event": "us.forces.iraq.presence_end",
                "due": "indefinite",
                "cue": "ديمومة لبقاء القواعد الأمريكية في العراق",
                "derivation": "'permanence' of US bases in Iraq, no end → indefinite",
            }
        ],
    },
    # Paragraphs 30-31: Kurilla, and al-Sudani through his media office.
    {
        "key": "kurilla-enduring-defeat",
        "actor": "kurilla",
        "quote": (
            "نحن ملتزمون بالهزيمة المستدامة لداعش ومتمسكون بأمن شركائنا الذين يجاورون سوريا، بما"
            " في ذلك العراق والأردن ولبنان وإسرائيل"
        ),
        "form": "direct_quote",
        "verb": "قال",
        "date": DEC10_TUESDAY,
        "summary": (
            "CENTCOM commander Gen. Michael Erik Kurilla, in a command statement on Tuesday: the "
            "US is committed to the enduring defeat of ISIS and to the security of Syria's "
            "neighbours, including Iraq, Jordan, Lebanon and Israel."
        ),
        "withdrawal": "unspecified",
        "threat": "unspecified",
    },
    {
        # The actor is al-Sudani; the PM's media office only carries his words.
        "key": "sudani-core-member",
        "actor": "sudani",
        "quote": (
            "العراق عضو أساسي في هذا التحالف وهو ملتزم بالتعاون مع التحالف الدولي، للتصدي ومتابعة"
            " الجماعات الإرهابية، بما يحفظ الأمن والاستقرار في المنطقة"
        ),
        "form": "direct_quote",
        "verb": "أكد",
        "date": UNKNOWN,
        "summary": (
            "PM al-Sudani, receiving Gen. Kurilla (statement by the PM's media office), affirms "
            "that Iraq is a core member of the coalition and committed to cooperating with it to "
            "confront and pursue terrorist groups; says nothing on troop presence."
        ),
        "withdrawal": "unspecified",
        "threat": "unspecified",
    },
    {
        "key": "kurilla-support-iraq",
        "actor": "kurilla",
        "quote": "التزام التحالف الدولي في دعم العراق لحفظ أمنه وسيادته بالضدّ من أيّ تهديد إرهابي",
        "form": "direct_quote",
        "verb": "أكد",
        "date": UNKNOWN,
        "summary": (
            "Kurilla, at the same meeting, affirms the coalition's commitment to supporting Iraq "
            "in preserving its security and sovereignty against any terrorist threat."
        ),
        "withdrawal": "unspecified",
        "threat": "unspecified",
    },
    # Paragraphs 33-35: Sarmad al-Bayati.
    {
        "key": "bayati-dates-firm",
        "actor": "bayati",
        "quote": (
            "العراق لم يغير قراره لغاية الآن بخصوص إخراج قوات التحالف الدولي من البلاد، وأن"
            " التوقيتات هي نفسها بخروجهم من قاعدة عين الأسد في سبتمبر عام 2025، ومن قاعدة حرير في"
            " سبتمبر 2026، ولا يوجد أي قرار بالتريث، بل هو ثابت"
        ),
        "form": "direct_quote",
        "verb": "قال",
        "date": UNKNOWN,
        "summary": (
            "Security expert Sarmad al-Bayati says Iraq has not changed its decision to remove "
            "coalition forces: the timetable stands, with exit from Ain al-Asad in September 2025 "
            "and from Harir in September 2026; there is no decision to pause, the decision is "
            "firm."
        ),
        "withdrawal": "supports",
        "threat": "unspecified",
        "deadlines": [
            {
                "event": "coalition.base.ain_al_asad.exit",
                "due": "2025-09",
                "cue": "قاعدة عين الأسد في سبتمبر عام 2025",
                "derivation": "stated month: exit from Ain al-Asad in September 2025",
            },
            {
                "event": "coalition.base.harir.exit",
                "due": "2026-09",
                "cue": "قاعدة حرير في سبتمبر 2026",
                "derivation": "stated month: exit from Harir in September 2026",
            },
        ],
    },
    {
        "key": "bayati-no-fear",
        "actor": "bayati",
        "quote": (
            "بخروج قوات التحالف ستتحول العلاقة إلى ثنائية وهي تتضمن دعم الملف الأمني، لذلك لا يوجد"
            " تخوف، ويعزز ذلك تأكيد الجنرال كوريلا وبلينكن في زيارتهما الأخيرة للبلاد بأنهم"
            " متضامنون مع العراق ومنع داعش من الدخول مرة أخرى للعراق"
        ),
        "form": "direct_quote",
        "verb": "وأوضح",
        "date": UNKNOWN,
        "summary": (
            "Al-Bayati: with the coalition's exit the relationship becomes bilateral and includes "
            "security support, so there is no fear; Kurilla and Blinken confirmed on their recent "
            "visits that they stand with Iraq and will keep ISIS from entering Iraq again."
        ),
        "withdrawal": "supports",
        "threat": "low",
    },
    {
        "key": "bayati-air-support",
        "actor": "bayati",
        "quote": (
            "العراق بحاجة للتحالف الدولي في جزء وفي جزء آخر ليس هناك حاجة إليهم، فعلى الأرض ليس"
            " هناك حاجة نهائياً، لكن هناك حاجة للعمليات الجوية والاستخبارات الجوية لرصد عناصر داعش"
            " من السماء لافتقار العراق لمثل هذه المعلومات، لذلك هناك حاجة لهم في الضربات الجوية"
        ),
        "form": "direct_quote",
        "verb": "ونوّه",
        "date": UNKNOWN,
        "summary": (
            "Al-Bayati says Iraq needs the coalition only in part: not at all on the ground, but "
            "for air operations, aerial intelligence to track ISIS from the sky (which Iraq "
            "lacks) and air strikes."
        ),
        "withdrawal": "conditional",
        "threat": "unspecified",
    },
    # Paragraphs 36-38: Qasim al-Araji.
    {
        "key": "araji-praise",
        "actor": "araji",
        "quote": (
            "على دور التحالف الدولي بقيادة الولايات المتحدة الأمريكية في مساعدة بلاده بإلحاق"
            " الهزيمة من الناحية العسكرية بتنظيم داعش"
        ),
        "form": "reported_by_outlet",
        "verb": "أثنى",
        "date": NOV23,
        "summary": (
            "National Security Adviser Qasim al-Araji, at a discussion session on 23 Nov 2024, "
            "praised the US-led coalition's role in helping Iraq defeat ISIS militarily."
        ),
        "withdrawal": "unspecified",
        "threat": "unspecified",
    },
    {
        "key": "araji-bilateral",
        "actor": "araji",
        "quote": (
            "لكن نعتقد في الوقت الحاضر ينبغي أن تتحول العلاقة بين العراق والتحالف الدولي إلى"
            " علاقات أمنية ثنائية"
        ),
        "form": "direct_quote",
        "verb": "واستدرك",
        "date": NOV23_ARAJI_CONT,
        "summary": (
            "Al-Araji: at present the relationship between Iraq and the coalition should become "
            "bilateral security relations."
        ),
        "withdrawal": "supports",
        "threat": "unspecified",
    },
    {
        "key": "araji-intel-cooperation",
        "actor": "araji",
        "quote": (
            "هذا لا يمنع أن يكون هناك تعاون أمني واستخباراتي لمساعدة العراق في مواجهة أي تنظيمات"
            " إرهابية"
        ),
        "form": "direct_quote",
        "verb": "مضيفاً",
        "date": NOV23_ARAJI_CONT,
        "summary": (
            "He adds that this does not preclude security and intelligence cooperation to help "
            "Iraq confront any terrorist organisations."
        ),
        "withdrawal": "conditional",
        "threat": "unspecified",
    },
    {
        "key": "araji-two-years",
        "actor": "araji",
        "quote": (
            "تم الاتفاق على ذلك ولدينا فرصة لمدة سنتين ستكون مرحلة تقييم للوضع ثم يتخذ قرار"
            " الانسحاب الكامل"
        ),
        "form": "direct_quote",
        "verb": "وأكد",
        "date": NOV23_ARAJI_CONT,
        "summary": (
            "Al-Araji says this has been agreed: a two-year window will be a period of assessment, "
            "after which the decision on full withdrawal will be taken."
        ),
        "withdrawal": "conditional",
        "threat": "unspecified",
        "deadlines": [
            {
                "event": "coalition.iraq.full_withdrawal_decision",
                "due": "2026-09",
                "cue": "لمدة سنتين ستكون مرحلة تقييم للوضع ثم يتخذ قرار الانسحاب الكامل",
                "derivation": (
                    "two years of assessment, then the decision; counted from the agreement he "
                    "refers to ('تم الاتفاق على ذلك'), the 27 Sep 2024 joint statement → 2026-09 "
                    "(counted from his remarks of 23 Nov 2024 it would be 2026-11)"
                ),
            }
        ],
    },
    # Paragraph 40: the coalition's announcement, made in the joint statement with Iraq; it is
    # attributed to the joint statement, the document that carries it.
    {
        "key": "joint-announced-12-months",
        "actor": "us_iraq_joint_statement",
        "quote": (
            "عن انتهاء مهمته في العراق خلال 12 شهراً"
        ),
        "form": "reported_by_outlet",
        "verb": "أعلن",
        "date": SEP27,
        "summary": (
            "The international coalition officially announced on 27 Sep 2024, in a joint "
            "statement with Iraq, the end of its mission in Iraq within 12 months."
        ),
        "withdrawal": "supports",
        "threat": "unspecified",
        "deadlines": [
            {
                "event": "coalition.iraq.mission_end",
                "due": "2025-09",
                "cue": "خلال 12 شهراً",
                "derivation": ONE_YEAR,
            }
        ],
    },
    {
        "key": "joint-after-defeat",
        "actor": "us_iraq_joint_statement",
        "quote": (
            "إعلان الجدول الزمني لانتهاء المهمة العسكرية للتحالف الدولي جاء بعد هزيمة داعش في"
            " العراق"
        ),
        "form": "paraphrase",
        "verb": "مبيناً",
        "date": SEP27,
        "summary": (
            "The announcement explains that the timetable for ending the coalition's military "
            "mission came after ISIS's defeat in Iraq."
        ),
        "withdrawal": "unspecified",
        "threat": "low",
    },
    # Paragraphs 41-48: the joint statement's text; "وتابع"/"ولفت البيان"/"وبين"/"وأشار"/
    # "وتابع أيضاً"/"وأوضح"/"وختم" all continue the statement.
    {
        "key": "joint-preamble",
        "actor": "us_iraq_joint_statement",
        "quote": (
            "ترتبط العراق والولايات المتحدة الأمريكية بعلاقة استراتيجية، ونتيجة للمشاورات"
            " والمناقشات مع قيادة التحالف الدولي لهزيمة داعش والدول الأعضاء الصديقة، والمناقشات"
            " المكثفة داخل اللجنة العسكرية العليا الأمريكية العراقية، التي عملت بجد ومهنية في"
            " اجتماعات مكثفة على مدى الأشهر التسعة الماضية"
        ),
        "form": "direct_quote",
        "verb": "جاء فيه",
        "date": SEP27_QUOTED,
        "summary": (
            "The joint statement opens: Iraq and the US have a strategic relationship, and follow "
            "consultations with the coalition's leadership and members and intensive talks in the "
            "US–Iraq Higher Military Commission over the past nine months."
        ),
        "withdrawal": "unspecified",
        "threat": "unspecified",
    },
    {
        "key": "joint-mission-end-2025",
        "actor": "us_iraq_joint_statement",
        "quote": (
            "بعد دراسة وتقييم الوضع العسكري والأمني في العراق والمنطقة، تعلن اختتام المهمة العسكرية"
            " للتحالف في العراق على مدى الاثني عشر شهراً القادمة، وفي موعد أقصاه نهاية سبتمبر 2025،"
            " والانتقال إلى شراكات أمنية ثنائية بشكل يدعم القوات العراقية ويحافظ على الضغط على داعش"
        ),
        "form": "direct_quote",
        "verb": "وتابع",
        "date": SEP27_QUOTED,
        "summary": (
            "After assessing the military and security situation, the statement announces that "
            "the coalition's military mission in Iraq will conclude over the next twelve months "
            "and no later than the end of September 2025, with a transition to bilateral security "
            "partnerships that support Iraqi forces and keep pressure on ISIS."
        ),
        "withdrawal": "supports",
        "threat": "unspecified",
        "deadlines": [
            {
                "event": "coalition.iraq.mission_end",
                "due": "2025-09",
                "cue": "في موعد أقصاه نهاية سبتمبر 2025",
                "derivation": (
                    "'no later than the end of September 2025' (the next twelve months from "
                    "27 Sep 2024) → 2025-09"
                ),
            },
            {
                "event": "coalition.iraq.transition_to_bilateral",
                "due": "2025-09",
                "cue": "والانتقال إلى شراكات أمنية ثنائية",
                "derivation": (
                    "announced together with the mission's conclusion by the end of "
                    "September 2025 → 2025-09"
                ),
            },
        ],
    },
    {
        "key": "joint-syria-2026",
        "actor": "us_iraq_joint_statement",
        "quote": (
            "العراق عضو أساسي في التحالف، ولمنع عودة تنظيم داعش الإرهابي من شمال شرق سوريا،"
            " وبموجب الظروف الميدانية والمشاورات بين العراق والولايات المتحدة وأعضاء التحالف، فإن"
            " المهمة العسكرية للتحالف العاملة في سوريا من منصة محددة في اللجنة العسكرية العليا"
            " ستستمر حتى أيلول 2026"
        ),
        "form": "direct_quote",
        "verb": "ولفت",
        "date": SEP27_QUOTED,
        "summary": (
            "The statement says Iraq is a core coalition member and that, to prevent ISIS "
            "resurging from north-east Syria and subject to field conditions and consultations, "
            "the coalition's military mission operating in Syria from a designated platform "
            "(under the Higher Military Commission) will continue until September 2026."
        ),
        "withdrawal": "conditional",
        "threat": "moderate",
        "deadlines": [
            {
                "event": "coalition.syria_mission.end",
                "due": "2026-09",
                "cue": "ستستمر حتى أيلول 2026",
                "derivation": "stated month: continues until September 2026",
            }
        ],
    },
    {
        "key": "joint-implementation",
        "actor": "us_iraq_joint_statement",
        "quote": (
            "الهيئة العسكرية العليا تلتزم بصياغة الإجراءات اللازمة لتحقيق ما ورد في الفقرات أعلاه،"
            " والتوقيتات، والآليات لتنفيذها، بما في ذلك الإجراءات لضمان الحماية الجسدية لمستشاري"
            " التحالف المتواجدين في العراق خلال فترة الأزمة، بما يتفق مع الدستور والقوانين"
            " العراقية. وقد بدأت الخطوات العملية لتنفيذ هذه الالتزامات"
        ),
        "form": "direct_quote",
        "verb": "وبين",
        "date": SEP27_QUOTED,
        "summary": (
            "The Higher Military Commission commits to drafting the procedures, timelines and "
            "mechanisms to implement the above, including physical protection of coalition "
            "advisers in Iraq during the transition; practical steps have already begun."
        ),
        "withdrawal": "supports",
        "threat": "unspecified",
    },
    {
        "key": "joint-thanks-prevent-return",
        "actor": "us_iraq_joint_statement",
        "quote": (
            "العراق يشكر التحالف على الدعم والمساندة التي قدمها للقوات الأمنية العراقية لمواجهة هذا"
            " التهديد المشترك وتأمين هزيمة داعش على الأرض في العراق، وفي مقدمة هذه الدول كانت"
            " الولايات المتحدة الأمريكية التي وقفت مع العراق في ظروف صعبة. ويثمن التحالف دور العراق"
            " والتضحيات الكبيرة التي قدمتها كافة القوات الأمنية العراقية في محاربة هذا التنظيم"
            " الإرهابي الذي شكل تهديداً للعالم أجمع، ويؤكد على ضرورة مواصلة كافة الجهود لضمان عدم"
            " عودة التهديد من هذا التنظيم الإرهابي بأي شكل من الأشكال"
        ),
        "form": "direct_quote",
        "verb": "وأشار",
        "date": SEP27_QUOTED,
        "summary": (
            "Iraq thanks the coalition, the US first, for helping secure ISIS's defeat on the "
            "ground; the coalition praises Iraqi forces' sacrifices and stresses that all efforts "
            "must continue so that the threat does not return in any form."
        ),
        "withdrawal": "unspecified",
        "threat": "moderate",
    },
    {
        "key": "joint-bilateral-partnership",
        "actor": "us_iraq_joint_statement",
        "quote": (
            "نتطلع إلى تعزيز العلاقات بين العراق والولايات المتحدة، حيث تسعى الدولتان إلى تعزيز"
            " المساعدة الأمنية والتعاون على أساس الاحترام المتبادل، بما يتفق مع اتفاقية الإطار"
            " الاستراتيجي بين الولايات المتحدة والعراق والدستور العراقي، وتعزيز شراكة ثنائية دائمة"
            " بما يتفق مع البيان المشترك بين الولايات المتحدة والعراق الصادر خلال زيارة رئيس"
            " الوزراء محمد شياع السوداني إلى واشنطن العاصمة، في 15-16 نيسان/أبريل 2024 والبيان"
            " المشترك بين الولايات المتحدة والعراق في أعقاب الحوار الثاني للتعاون الأمني المشترك"
            " بين العراق وإسرائيل الذي عقد في واشنطن العاصمة في 22-23 يوليو 2024"
        ),
        "form": "direct_quote",
        "verb": "وتابع أيضاً بالقول",
        "date": SEP27_QUOTED,
        "summary": (
            "Both countries look to stronger ties, security assistance and an enduring bilateral "
            "partnership under the Strategic Framework Agreement and the joint statements of "
            "15-16 Apr 2024 and 22-23 Jul 2024; the article's text names the July dialogue as "
            "between 'Iraq and Israel', evidently a slip for the US–Iraq Joint Security "
            "Cooperation Dialogue."
        ),
        "withdrawal": "unspecified",
        "threat": "unspecified",
    },
    {
        "key": "joint-decade",
        "actor": "us_iraq_joint_statement",
        "quote": (
            "هذا التحول التاريخي يمثل مرور عقد من الزمان منذ تشكيل البعثة العسكرية للتحالف في"
            " العراق ويواصل العراق العمل مع الولايات المتحدة وأعضاء آخرين في التحالف لإقامة علاقات"
            " أمنية ثنائية حيثما كان ذلك مناسباً"
        ),
        "form": "direct_quote",
        "verb": "وأوضح",
        "date": SEP27_QUOTED,
        "summary": (
            "The historic transition marks a decade since the coalition's military mission in "
            "Iraq was formed; Iraq keeps working with the US and other members to build bilateral "
            "security relations where appropriate."
        ),
        "withdrawal": "unspecified",
        "threat": "unspecified",
    },
    {
        "key": "joint-protect-advisers",
        "actor": "us_iraq_joint_statement",
        "quote": (
            "في إطار تعزيز الختام الآمن والمنظم للمهمة العسكرية للتحالف الدولي، تؤكد حكومة العراق"
            " التزامها بما يتفق مع التزاماتها الدولية، بحماية المستشارين الدوليين المتواجدين في"
            " العراق بدعوة من الحكومة العراقية"
        ),
        "form": "direct_quote",
        "verb": "وختم بالقول",
        "date": SEP27_QUOTED,
        "summary": (
            "For a safe and orderly conclusion of the coalition's military mission, the Iraqi "
            "government commits to protecting the international advisers present in Iraq at its "
            "invitation."
        ),
        "withdrawal": "unspecified",
        "threat": "unspecified",
    },
    # Paragraphs 49-52 and 56: the UK Ministry of Defence.
    {
        "key": "ukmod-comment-12-months",
        "actor": "uk_mod",
        "quote": (
            "على إعلان بغداد وواشنطن المشترك،"
            ' إنهاء مهام التحالف الدولي "العسكرية" في العراق خلال الأشهر الـ12 المقبلة'
        ),
        "form": "reported_by_outlet",
        "verb": "علقت",
        "date": SEP28,
        "summary": (
            "The UK Ministry of Defence commented on 28 Sep 2024 on the joint Baghdad–Washington "
            "announcement ending the coalition's 'military' missions in Iraq within the next 12 "
            "months."
        ),
        "withdrawal": "unspecified",
        "threat": "unspecified",
        "deadlines": [
            {
                "event": "coalition.iraq.mission_end",
                "due": "2025-09",
                "cue": "خلال الأشهر الـ12 المقبلة",
                "derivation": ONE_YEAR + " (the ministry commented the next day)",
            }
        ],
    },
    {
        "key": "ukmod-continue-support",
        "actor": "uk_mod",
        "quote": "المملكة المتحدة ستواصل دعم أمن العراق",
        "form": "paraphrase",
        "verb": "وبحسب",
        "date": SEP28_SAME,
        "summary": (
            "According to the ministry's statement, the UK will continue to support Iraq's "
            "security."
        ),
        "withdrawal": "unspecified",
        "threat": "unspecified",
    },
    {
        "key": "ukmod-enduring-relationship",
        "actor": "uk_mod",
        "quote": (
            "الأشهر المقبلة، ستشهد عمل لندن مع بغداد لتطوير علاقة دائمة كجزء من هذا الانتقال إلى"
            " شراكة أمنية ودفاعية جديدة"
        ),
        "form": "direct_quote",
        "verb": "لافتة",
        "date": SEP28_SAME,
        "summary": (
            "The ministry says the coming months will see London work with Baghdad on an enduring "
            "relationship as part of the transition to a new security and defence partnership."
        ),
        "withdrawal": "unspecified",
        "threat": "unspecified",
    },
    {
        "key": "ukmod-praise",
        "actor": "uk_mod",
        "quote": (
            "باحتراف جنودها الذين لعبوا دوراً في مهمة هزيمة داعش، كما أشادت بشجاعة"
            " وفعالية قوات الأمن العراقية، والبيشمركة"
        ),
        "form": "reported_by_outlet",
        "verb": "وأشادت",
        "date": SEP28_SAME,
        "summary": (
            "Britain praised its troops who served in the defeat-ISIS mission and the courage and "
            "effectiveness of the Iraqi security forces and the Peshmerga."
        ),
        "withdrawal": "unspecified",
        "threat": "unspecified",
    },
    {
        "key": "ukmod-objectives-met",
        "actor": "uk_mod",
        "quote": (
            "بفضل الأهداف الأساسية التي يتم تحقيقها، يمكن أن تبدأ عملية الترتيبات الأمنية الجديدة"
        ),
        "form": "paraphrase",
        "verb": "وأضافت",
        "date": SEP28_SAME,
        "summary": (
            "The ministry adds that, thanks to the core objectives being achieved, the new "
            "security arrangements can begin, i.e. the coalition mission can give way to them."
        ),
        "withdrawal": "supports",
        "threat": "unspecified",
    },
    {
        "key": "ukmod-committed-defeat",
        "actor": "uk_mod",
        "quote": (
            "المملكة المتحدة ما تزال ملتزمة بضمان هزيمة داعش، مما يعزز التزام بريطانيا بأمن العراق"
            " والمنطقة الأوسع"
        ),
        "form": "paraphrase",
        "verb": "مؤكدة",
        "date": SEP28_SAME,
        "summary": (
            "The UK remains committed to ensuring ISIS's defeat, reinforcing its commitment to "
            "the security of Iraq and the wider region."
        ),
        "withdrawal": "unspecified",
        "threat": "unspecified",
    },
    {
        "key": "ukmod-sorties",
        "actor": "uk_mod",
        "quote": "نفذ سلاح الجو أكثر من 10000 طلعة جوية، وضرب 1400 هدف",
        "form": "reported_by_outlet",
        "verb": "ووفق",
        "date": SEP28_SAME,
        "summary": (
            "According to the ministry's statement, the Royal Air Force flew more than 10,000 "
            "sorties and struck 1,400 targets."
        ),
        "withdrawal": "unspecified",
        "threat": "unspecified",
    },
    # Paragraph 58: the talks as the official Iraqi statements describe them.
    {
        "key": "iraq-gradual-reduction",
        "actor": "iraqi_government",
        "quote": (
            "واستؤنفت مفاوضات بغداد وواشنطن في شباط/فبراير الماضي، مع اعتماد خفض مدروس وتدريجي،"
            " وصولاً إلى إنهاء مهمة قوات التحالف الدولي لمكافحة داعش"
        ),
        "form": "reported_by_outlet",
        "verb": "وفق",
        "date": UNKNOWN,
        "summary": (
            "According to official Iraqi statements, the Baghdad–Washington talks resumed in "
            "February 2024 with a calibrated, gradual drawdown adopted, leading to the end of the "
            "coalition's counter-ISIS mission."
        ),
        "withdrawal": "supports",
        "threat": "unspecified",
    },
]

# Clashes that need judgement; spans are given by a phrase inside each statement's quote.
CONTRADICTIONS: list[dict[str, Any]] = [
    {
        "slug": "final-exit-2026-vs-mission-end-2025",
        "kind": "deadline",
        "a": "observers-exit-2026",
        "span_a": "سبتمبر/أيلول 2026",
        "b": "joint-mission-end-2025",
        "span_b": "في موعد أقصاه نهاية سبتمبر 2025",
        "explanation": (
            "Observers put the coalition's final exit from Iraq in September 2026; the joint "
            "statement ends its mission in Iraq by the end of September 2025."
        ),
        "severity": "medium",
        "rationale": (
            "The events differ in name (final exit vs mission end), so a rule comparing like "
            "events may pass them by, yet both describe when the coalition stops operating in "
            "Iraq, a year apart. The only 2026 date in the joint statement is for the mission "
            "operating in Syria from a platform in Iraq: the observers either fold that residual "
            "into the 'final exit' or misstate the timetable. An analyst should not treat "
            "September 2026 as the agreed end of the Iraq mission."
        ),
    },
    {
        "slug": "harir-2026-vs-mission-end-2025",
        "kind": "deadline",
        "a": "bayati-dates-firm",
        "span_a": "ومن قاعدة حرير في سبتمبر 2026",
        "b": "joint-mission-end-2025",
        "span_b": "في موعد أقصاه نهاية سبتمبر 2025",
        "explanation": (
            "Al-Bayati keeps coalition forces at Harir (Erbil) until September 2026, a year past "
            "the joint statement's end of the mission in Iraq."
        ),
        "severity": "low",
        "rationale": (
            "Within al-Bayati's own words, Ain al-Asad 2025 and Harir 2026 are two bases on two "
            "dates, a difference of scope, not a clash. Across actors, though, his 2026 presence "
            "in Iraq sits against the joint statement's 2025 end of the Iraq mission; it is "
            "reconciled only if Harir hosts the Syria-operations platform the statement extends "
            "to September 2026, which the article does not say. Hence low severity."
        ),
    },
    {
        "slug": "indefinite-stay-vs-firm-2025",
        "kind": "deadline",
        "a": "maamouri-indefinite",
        "span_a": "إلى فترة غير معلومة",
        "b": "joint-mission-end-2025",
        "span_b": "في موعد أقصاه نهاية سبتمبر 2025",
        "explanation": (
            "Al-Maamouri expects US and coalition forces to stay for an unknown period; the joint "
            "statement fixes the end of the coalition's mission at September 2025 at the latest."
        ),
        "severity": "medium",
        "rationale": (
            "An indefinite due date against a fixed one is not a date mismatch a rule can weigh: "
            "al-Maamouri does not dispute the text of the agreement but predicts the presence "
            "will outlast it on the ISIS pretext and the strategic agreement. The clash is real "
            "on what will happen, softened because he speaks of forces' presence while the "
            "statement speaks of the mission."
        ),
    },
    {
        "slug": "more-dangerous-than-2014-vs-no-fear",
        "kind": "threat",
        "a": "observers-no-fear",
        "span_a": "ليس هناك تخوف من عودة داعش على الإطلاق",
        "b": "ahmed-more-dangerous",
        "span_b": "وهو الآن أشد خطورة مما كان عليه في العام 2014",
        "explanation": (
            "Observers see no fear at all of an ISIS return; Reber Ahmed says ISIS is now more "
            "dangerous than in 2014."
        ),
        "severity": "high",
        "rationale": (
            "Both speak of ISIS and Iraq within weeks of each other (23 Nov 2024 and the "
            "article's December framing), and the article itself sets them against each other "
            "('في مقابل تطمينات'). The observers rest their reassurance on Iraqi forces' "
            "capability and bilateral ties; Ahmed rests his alarm on ISIS's state and draws the "
            "opposite conclusion about the coalition, so the clash runs through both axes."
        ),
    },
    {
        "slug": "decision-firm-vs-two-year-assessment",
        "kind": "factual",
        "a": "bayati-dates-firm",
        "span_a": "العراق لم يغير قراره لغاية الآن بخصوص إخراج قوات التحالف الدولي من البلاد",
        "b": "araji-two-years",
        "span_b": "ستكون مرحلة تقييم للوضع ثم يتخذ قرار الانسحاب الكامل",
        "explanation": (
            "Al-Bayati (like the observers) says the decision to remove the coalition is taken "
            "and firm; al-Araji says the full-withdrawal decision comes only after a two-year "
            "assessment."
        ),
        "severity": "medium",
        "rationale": (
            "The labels (supports vs conditional) and the events (base exits vs a decision) "
            "differ, so no rule pairs them, but they disagree on a fact: whether the full "
            "withdrawal has been decided. Al-Araji, the National Security Adviser, speaks for "
            "the government; al-Bayati is an outside expert. They can be reconciled if the "
            "'decision' al-Bayati means is the end of the coalition mission rather than the "
            "departure of all foreign forces."
        ),
    },
]


def written_in(name: str, text: str) -> bool:
    """Whether the article writes `name`, allowing "لل" for "ال" after the preposition لـ."""
    # "للمرصد السوري" is how the article writes "المرصد السوري" after "بيان لـ".
    contracted = "لل" + name[2:] if name.startswith("ال") else name
    return name in text or contracted in text


def locate(text: str, quote: str, after: str | None = None) -> tuple[int, int]:
    """The offsets of `quote` in `text`: its first after the unique `after`, else its only one."""
    origin = 0
    if after is not None:
        assert text.count(after) == 1, f"anchor occurs {text.count(after)} times: {after!r}"
        origin = text.index(after) + len(after)
    else:
        assert text.count(quote) == 1, f"quote occurs {text.count(quote)} times: {quote!r}"
    start = text.find(quote, origin)
    assert start >= 0, f"quote not in the article: {quote!r}"
    return start, start + len(quote)


def locate_inside(text: str, phrase: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of `phrase`, which must occur exactly once within text[start:end]."""
    inside = text[start:end]
    assert inside.count(phrase) == 1, f"phrase occurs {inside.count(phrase)} times: {phrase!r}"
    at = start + inside.index(phrase)
    return at, at + len(phrase)


def paragraph_of(paragraphs: tuple[tuple[int, int], ...], start: int, end: int) -> int:
    """The index of the paragraph that contains the span, which must not cross a break."""
    for index, (p_start, p_end) in enumerate(paragraphs):
        if p_start <= start and end <= p_end:
            return index
    raise AssertionError(f"span {start}-{end} is not inside one paragraph")


def check_date(date: dict[str, Any], text: str) -> None:
    """Assert that a date said is well formed and that its Arabic basis is in the article."""
    precision, said_on, basis = date["said_precision"], date["said_on"], date["said_basis"]
    if precision == "unknown":
        assert said_on is None and basis == ""
        return
    pattern = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}[precision]
    assert re.fullmatch(pattern, said_on), said_on
    assert said_on <= PUBLISHED, f"said after publication: {said_on}"
    words = basis.split(" — ")[0]
    assert words in text, f"date basis not in the article: {words!r}"


def build_statements(text: str, paragraphs: tuple[tuple[int, int], ...]) -> list[dict[str, Any]]:
    """The statement records, in article order, with offsets computed and checked."""
    actors = {a["id"] for a in ACTORS}
    placed = []
    for spec in STATEMENTS:
        start, end = locate(text, spec["quote"], spec.get("after"))
        paragraph = paragraph_of(paragraphs, start, end)
        p_start, p_end = paragraphs[paragraph]
        assert spec["actor"] in actors, spec["actor"]
        assert spec["form"] in FORMS and spec["withdrawal"] in WITHDRAWAL, spec["key"]
        assert spec["threat"] in THREAT, spec["key"]
        assert spec["verb"] in text[p_start:p_end], f"verb not in paragraph: {spec['verb']!r}"
        check_date(spec["date"], text)
        deadlines = []
        for d in spec.get("deadlines", []):
            assert d["event"] in EVENTS, d["event"]
            assert d["due"] == "indefinite" or re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", d["due"])
            cue_start, cue_end = locate_inside(text, d["cue"], start, end)
            deadlines.append(
                {
                    "event": d["event"],
                    "due": d["due"],
                    "cue_start": cue_start,
                    "cue_end": cue_end,
                    "cue_ar": text[cue_start:cue_end],
                    "derivation": d["derivation"],
                }
            )
        placed.append((start, end, spec, paragraph, deadlines))
    # Article order; a quote nested in another (a speaker's report inside his quote) follows it.
    placed.sort(key=lambda item: (item[0], -item[1]))
    records = []
    for number, (start, end, spec, paragraph, deadlines) in enumerate(placed, 1):
        records.append(
            {
                "id": f"s{number:02d}",
                "key": spec["key"],
                "article": ARTICLE_ID,
                "actor": spec["actor"],
                "start": start,
                "end": end,
                "quote_ar": text[start:end],
                "paragraph": paragraph,
                "form": spec["form"],
                "verb_ar": spec["verb"],
                **spec["date"],
                "summary_en": spec["summary"],
                "withdrawal": spec["withdrawal"],
                "threat": spec["threat"],
                "deadlines": deadlines,
                "origin": "curated",
            }
        )
    keys = [r["key"] for r in records]
    assert len(set(keys)) == len(keys), "statement keys must be unique"
    return records


def build_contradictions(text: str, statements: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The curated contradiction records, their spans located inside each statement's quote."""
    by_key = {s["key"]: s for s in statements}
    records = []
    for spec in CONTRADICTIONS:
        assert spec["kind"] in CONTRADICTION_KINDS and spec["severity"] in SEVERITIES
        a, b = by_key[spec["a"]], by_key[spec["b"]]
        records.append(
            {
                "id": f"c-curated-{spec['slug']}",
                "kind": spec["kind"],
                "a": a["id"],
                "b": b["id"],
                "span_a": list(locate_inside(text, spec["span_a"], a["start"], a["end"])),
                "span_b": list(locate_inside(text, spec["span_b"], b["start"], b["end"])),
                "explanation": spec["explanation"],
                "severity": spec["severity"],
                "origin": "curated",
                "rationale": spec["rationale"],
            }
        )
    return records


def build_tables() -> dict[str, dict[str, dict[str, Any]]]:
    """All tables of the corpus file, keyed by TinyDB document id."""
    text = ARTICLE_FILE.read_text(encoding="utf-8")
    paragraphs = split_paragraphs(text)
    for actor in ACTORS:
        assert actor["kind"] in ACTOR_KINDS, actor["id"]
        for name in [actor["name_ar"], *actor["aliases"]]:
            assert written_in(name, text), f"name not written so in the article: {name!r}"
    statements = build_statements(text, paragraphs)
    contradictions = build_contradictions(text, statements)
    spoken = {s["actor"] for s in statements}
    assert spoken == {a["id"] for a in ACTORS}, "every actor must have a statement and v.v."
    # The curation key only serves this script; the stored record follows the model.
    for record in statements:
        del record["key"]
    article = {
        **ARTICLE,
        "text": text,
        "paragraphs": [list(p) for p in paragraphs],
        "origin": "curated",
    }

    def table(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
        """The records keyed by TinyDB document id, "1" upwards."""
        return {str(number): record for number, record in enumerate(records, 1)}

    return {
        "_meta": {"1": META},
        "articles": table([article]),
        "actors": table(ACTORS),
        "statements": table(statements),
        "contradictions": table(contradictions),
    }


def main() -> None:
    """Write data/corpus.json and report what it holds."""
    tables = build_tables()
    payload = json.dumps(tables, ensure_ascii=False, indent=1) + "\n"
    OUTPUT_FILE.write_text(payload, encoding="utf-8")
    statements = tables["statements"].values()
    print(
        f"{OUTPUT_FILE.relative_to(ROOT)}: {len(tables['actors'])} actors, "
        f"{len(statements)} statements, {sum(len(s['deadlines']) for s in statements)} deadlines, "
        f"{len(tables['contradictions'])} curated contradictions"
    )


if __name__ == "__main__":
    main()
