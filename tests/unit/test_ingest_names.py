"""English names of new actors: a person spelled as English-language news spells the name, a
speaker without a name described in English, never a transliteration of the description."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.data.model import Corpus
from tui.ingest.english import english_name
from tui.ingest.extract import Meta, extract

LATIN_GUESS = "'"  # the romanisation marks ع and ء with an apostrophe; the dictionary never does


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("فؤاد حسين", "Fuad Hussein"),
        ("كريم الجبوري", "Karim al-Jubouri"),
        ("عبد الله الساعدي", "Abdullah al-Saadi"),
        # Sorani letters: the Kurdish given names of Kurdistan Region officials.
        ("كاوه محمد", "Kawa Mohammed"),
        # Western names as Arabic news writes them: the names their owners use.
        ("أدريان واتسون", "Adrienne Watson"),
        ("تامي بروس", "Tammy Bruce"),
        ("مارك روته", "Mark Rutte"),
    ],
)  # fmt: skip
def test_people_are_spelled_from_the_dictionary(arabic: str, english: str) -> None:
    assert english_name(arabic, "person") == english


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("مصدر أمني مطلع", "Informed security source"),
        ("مسؤول عسكري أمريكي", "US military official"),
        ("مستشار الأمن القومي", "National Security Adviser"),
        # A dual named by its two parts is the plural of its parts, not "two governments".
        ("بيان مشترك للحكومتين العراقية والأمريكية",
         "Joint statement of Iraqi and US governments"),
        ("البيان المشترك للحكومتين", "Joint statement of two governments"),
        ("مصدر حكومي وآخر كردي وثالث دبلوماسي", "Government, Kurdish and diplomatic sources"),
        ("مجلة فوربس الأميركية", "US Forbes magazine"),
        ("وكالة رويترز", "Reuters"),
        ("الولايات المتحدة الأمريكية", "The United States"),
        # A number of sources, written out or as a dual, is counted, not romanised.
        ("أربعة مصادر عراقية", "Four Iraqi sources"),
        ("ثلاثة مسؤولين أمريكيين", "Three US officials"),
        ("مصدران أمنيان", "Two security sources"),
        ("دبلوماسيان غربيان", "Two Western diplomats"),
        ("أكثر من 20 مصدراً", "More than 20 sources"),
        ("5 من مسؤولي مكافحة الإرهاب في العراق", "Five counter-terrorism officials in Iraq"),
        ("عدد من المسؤولين الأمريكيين", "Several US officials"),
        ("مركز أبحاث أمريكي", "US research centre"),
        ("مراكز بحثية ألمانية", "German research centres"),
        # As a speaker, "the Middle East" is the newspaper.
        ("الشرق الأوسط", "Asharq Al-Awsat"),
        # Inside a longer name it is the region; whom the outlet did not name is dropped.
        ("معهد منتدى الشرق الأوسط", "Middle East Forum institute"),
        ("مسؤولون لم تسمهم", "Officials"),
        ("المشاركون في الاجتماع", "Participants in the meeting"),
        ("أعضاء مجلس الشيوخ", "Senate members"),
        # Ranks, camps and peoples named as adjectives are translated too.
        ("ضابط برتبة عقيد", "Army colonel"),
        ("إدارة مخيم الهول", "Al-Hol camp administration"),
        ("القادة الأكراد", "Kurdish commanders"),
        # Senior, and leaders of whom, in English order.
        ("كبار المسؤولين الأمريكيين", "Senior US officials"),
        ("قادة الفصائل", "Commanders of the factions"),
        # Whose side a source is on, in English order with English's preposition.
        ("فصائل عراقية موالية لإيران", "Iraqi factions loyal to Iran"),
        ("مسؤولون مقربون من الحكومة", "Officials close to the government"),
        ("مصادر تابعة للحشد الشعبي", "Sources affiliated with the Popular Mobilisation Forces"),
        ("ميليشيات عراقية مدعومة من إيران", "Iraqi militias backed by Iran"),
        # A name the glossary lacks is spelled in its own order, not as a noun and adjective.
        ("أصحاب الكهف", "Ashab al-Kahaf"),
        ("بعضهم", "Some of them"),
        # The news's own name for the US defence department rides along.
        ("وزارة الدفاع الأمريكية", "US Department of Defense (the Pentagon)"),
        ("مصادر متعددة مطلعة", "Informed multiple sources"),
    ],
)  # fmt: skip
def test_speakers_without_a_name_are_described(arabic: str, english: str) -> None:
    assert english_name(arabic, "unnamed_source") == english


def test_a_name_the_dictionary_lacks_is_romanised_and_only_that_word() -> None:
    english = english_name("حسين الزعفراني", "person")
    first, last = english.split(" ", 1)
    assert first == "Hussein" and last.startswith("al-") and LATIN_GUESS in last


def test_an_institution_taken_for_a_person_is_still_translated() -> None:
    # The extractor may read a body it has no head word for as a person; the glossary's
    # phrase it opens with says it is a description.
    assert english_name("مستشارية الأمن القومي", "person") == (
        "Office of the National Security Adviser"
    )


@pytest.mark.parametrize(
    ("arabic", "kind", "english"),
    [
        # An office translated, its holder spelled: from the dictionary, else romanised.
        ("وزير الدفاع الألماني بوريس بيستوريوس", "person",
         "German Defence Minister Boris Pistorius"),
        ("إدارة بايدن", "organisation", "Biden administration"),
        ("وزارة الدفاع الأميركية (بنتاغون)", "organisation",
         "US Department of Defense (the Pentagon)"),
    ],
)  # fmt: skip
def test_offices_with_their_holders_and_bodies_named_by_a_person(
    arabic: str, kind: str, english: str
) -> None:
    assert english_name(arabic, kind) == english


def test_a_holder_the_dictionary_lacks_is_romanised_after_the_office_in_english_order() -> None:
    english = english_name("نائب المتحدث باسم الحكومة الألمانية فولفغانغ زيمرمانر", "person")
    assert english.startswith("Deputy spokesperson for the German government Wolfgang ")


def test_a_title_before_a_known_family_name_names_its_holder() -> None:
    # "الرئيس بارزاني": the family name alone, after the title, is the man; and a topic set
    # between commas after him ("، بشأن انسحاب القوات، ") is no part of who spoke.
    corpus = extract(
        "وقال الرئيس بارزاني، في مقابلة مع قناة فرنسية، بشأن انسحاب القوات الأمريكية، "
        "“الانسحاب سيعيدنا إلى الوراء”.",
        Meta("Test", dt.date(2025, 9, 8)),
        Corpus(),
    ).corpus
    (statement,) = corpus.statements.values()
    actor = corpus.actors[statement.actor]
    assert (actor.name_ar, actor.name_en) == ("بارزاني", "Barzani")
    assert english_name("أسعد الشيباني", "person") == "Asaad al-Shaibani"
