"""Kinds of real Arabic reporting that import got wrong, each as the analyst would extract it.

The texts (tests/fixtures/cases/, written for mawqif; their people and outlets are invented)
each show one kind: a dateline and glued sentences, a relayed quote, a speaker named then
referred to by title, a colon headline, deadlines as durations and relative dates, stance and
threat in unseen words, speaker spans that pick up neighbouring words, unnamed speakers.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tui.arabic.normalise import fold
from tui.data.contradictions import find_contradictions
from tui.data.model import Corpus, Statement
from tui.ingest.extract import Meta, extract

CASES = Path(__file__).resolve().parent.parent / "fixtures" / "cases"


def imported(name: str, published: str) -> Corpus:
    text = (CASES / name).read_text(encoding="utf-8")
    return extract(text, Meta("Case", dt.date.fromisoformat(published)), Corpus()).corpus


def said(corpus: Corpus, starts: str) -> Statement:
    """The statement whose words begin with `starts` (folded, marks ignored)."""
    want = fold(starts).text
    found = [s for s in corpus.statements.values()
             if fold(s.quote_ar).text.lstrip("\"«“ :").startswith(want)]  # fmt: skip
    assert len(found) == 1, (starts, [s.quote_ar[:30] for s in corpus.statements.values()])
    return found[0]


def speaker(corpus: Corpus, statement: Statement) -> tuple[str, str]:
    actor = corpus.actors[statement.actor]
    return " | ".join([actor.name_ar, *actor.aliases]), actor.name_en


def dues(statement: Statement) -> list[str]:
    return [d.due for d in statement.deadlines]


def test_a_dateline_and_sentences_glued_without_a_space() -> None:
    corpus = imported("glued-dateline.ar.txt", "2025-05-14")
    first = said(corpus, "وجود القوات الأجنبية لم يعد")
    second = said(corpus, "الحكومة مطالبة بإعلان موعد")
    third = said(corpus, "خلايا داعش ما زالت نشطة")
    assert first.actor == second.actor and "الخزرجي" in speaker(corpus, first)[0]
    assert "Khazraji" in speaker(corpus, first)[1]
    assert (first.withdrawal, first.threat) == ("supports", "unspecified")
    assert second.withdrawal == "supports" and dues(second) == ["2026-12"]
    assert speaker(corpus, third)[1] == "Majid al-Taei" and third.threat == "high"
    assert not any("الرافد" in a.name_ar for a in corpus.actors.values())  # the dateline


def test_a_relayed_quote_is_the_speakers_never_the_agencys() -> None:
    corpus = imported("agency-relay.ar.txt", "2025-08-19")
    timetable = said(corpus, "الجدول الزمني لانسحاب قوات")
    able = said(corpus, "القوات العراقية قادرة على مسك")
    source = said(corpus, "آخر المستشارين سيغادرون القاعدة")
    assert timetable.actor == able.actor
    assert speaker(corpus, timetable)[1] == "Nizar al-Shammari"
    assert (timetable.withdrawal, able.withdrawal) == ("supports", "supports")
    assert "source" in speaker(corpus, source)[1].lower()
    # "القاعدة" is the base the article named before; two weeks from 19 August.
    assert [(d.event, d.due) for d in source.deadlines] == [
        ("coalition.base.ain_al_asad.exit", "2025-09")
    ]
    assert not any(w in a.name_ar for a in corpus.actors.values() for w in ("وكالة", "قناة"))


def test_a_speaker_named_once_then_by_title_and_surname_is_one_actor() -> None:
    corpus = imported("title-references.ar.txt", "2025-06-12")
    assert len({s.actor for s in corpus.statements.values()}) == 1
    assert len(corpus.actors) == 1
    assert next(iter(corpus.actors.values())).name_en == "Karim al-Saadi"
    assert dues(said(corpus, "المرحلة الثانية ستنتهي في أيلول")) == ["2026-09"]
    assert said(corpus, "تنظيم داعش لم يعد يملك").threat in ("low", "moderate")


def test_a_colon_headline_attributes_and_the_body_refers_back() -> None:
    corpus = imported("headline-colon.ar.txt", "2025-08-19")
    headline = said(corpus, "إغلاق قاعدة عين الأسد منتصف")
    body = said(corpus, "القوات العراقية أكملت استعداداتها")
    assert headline.actor == body.actor
    assert speaker(corpus, headline)[1] == "Security source"
    assert dues(headline) == ["2025-09"]


@pytest.mark.parametrize(
    ("starts", "due"),
    [
        ("القوات الأمريكية ستغادر مطار بغداد", ["2025-03"]),  # a week after Monday 3 March
        ("اللجنة الفنية ستسلم تقريرها", []),  # a report is no withdrawal event
        ("البرلمان منح الحكومة مهلة", ["2025-04"]),  # thirty days
        ("المستشارين سيغادرون قاعدة حرير", ["2026-12"]),  # next year: by its end
        ("مهمة التحالف في المناطق الاتحادية", ["2025-12"]),  # the end of this year
        ("الانسحاب من عين الأسد اكتمل", ["2024-09", "2025-09"]),  # last September; this one
        ("الوجود الأمريكي في إقليم كردستان", ["2026-12"]),
        ("خروج التحالف سيجري على مرحلتين", ["2026-04-15"]),  # a range is due at its end
    ],
)  # fmt: skip
def test_deadlines_as_the_news_states_them(starts: str, due: list[str]) -> None:
    corpus = imported("relative-deadlines.ar.txt", "2025-03-04")
    assert dues(said(corpus, starts)) == due


def test_the_news_names_for_kinds_of_speaker_and_no_statement_against_itself() -> None:
    corpus = imported("relative-deadlines.ar.txt", "2025-03-04")
    names = {speaker(corpus, s)[1] for s in corpus.statements.values()}
    assert {
        "Basil al-Obaidi",
        "Raad al-Jubouri",
        "Fadhil al-Dulaimi",
        "Munir al-Hasani",
        "Hadi al-Rubaie",
        "Saad al-Kubaisi",
        "US Department of Defense (the Pentagon)",
    } <= names
    kurdistan = said(corpus, "الوجود الأمريكي في إقليم كردستان").deadlines[0]
    assert kurdistan.event == "us.forces.kurdistan.presence_end"
    assert all(c.a != c.b for c in find_contradictions(corpus))


@pytest.mark.parametrize(
    ("starts", "withdrawal", "threat"),
    [
        ("تنظيم داعش لم يعد يشكل", "unspecified", "low"),
        ("التنظيم لم يعد خطراً", "unspecified", "low"),
        ("خطر داعش تراجع كثيراً", "unspecified", "low"),
        ("لا وجود لداعش", "unspecified", "low"),
        ("نتوقع هجمات جديدة", "unspecified", "high"),
        ("خلايا التنظيم ما زالت تشكل", "unspecified", "high"),
        ("بقايا التنظيم محاصرة", "unspecified", "moderate"),
        ("الوجود الأمريكي احتلال غير شرعي", "supports", "unspecified"),
        ("انسحاب قوات التحالف إنجاز", "supports", "unspecified"),
        ("انسحاب التحالف في هذا التوقيت", "opposes", "high"),
        ("قواتنا تحتاج إلى الدعم الجوي", "conditional", "unspecified"),
    ],
)  # fmt: skip
def test_stance_and_threat_from_what_the_words_mean(
    starts: str, withdrawal: str, threat: str
) -> None:
    statement = said(imported("stance-threat-phrasing.ar.txt", "2025-11-10"), starts)
    assert (statement.withdrawal, statement.threat) == (withdrawal, threat)


def test_speaker_spans_hold_the_speaker_and_nothing_else() -> None:
    corpus = imported("speaker-spans.ar.txt", "2025-10-01")
    pentagon = speaker(corpus, said(corpus, "الولايات المتحدة ستحتفظ بقوة"))
    assert "البنتاغون" in pentagon[0] and "مجدداً" not in pentagon[0]
    assert "Pentagon" in pentagon[1]
    guide = said(corpus, "على القوات الأجنبية مغادرة")
    assert corpus.actors[guide.actor].name_ar == "المرشد" and guide.withdrawal == "supports"
    camp, checks = said(corpus, "المخيم يضم أكثر من"), said(corpus, "عمليات التدقيق الأمني مستمرة")
    assert camp.actor == checks.actor and corpus.actors[camp.actor].name_ar == "محمد كريم"
    assert corpus.actors[camp.actor].name_en == "Mohammed Karim"
    assert not any(a.name_ar in ("إلى", "الى") or "تدوينة" in a.name_ar
                   for a in corpus.actors.values())  # fmt: skip


@pytest.mark.parametrize(
    ("starts", "arabic", "english"),
    [
        ("رتلاً عسكرياً أمريكياً غادر", "مصدر مطلع", "Informed source"),
        ("القوات الباقية ستتولى مهام", "مسؤول عسكري أمريكي", "US military official"),
        ("الشراكة الأمنية ستستمر", "المتحدث باسم السفارة الأمريكية في بغداد",
         "Spokesperson for the US Embassy in Baghdad"),
        ("حركة الأرتال ستتواصل", "مصادر أمنية", "Security sources"),
    ],
)  # fmt: skip
def test_unnamed_speakers_are_described_in_english(starts: str, arabic: str, english: str) -> None:
    corpus = imported("unnamed-speakers.ar.txt", "2025-08-17")
    actor = corpus.actors[said(corpus, starts).actor]
    assert (actor.name_ar, actor.name_en, actor.kind) == (arabic, english, actor.kind)
    assert actor.kind in ("unnamed_source", "official")


def test_unnamed_sources_of_two_articles_are_two_actors() -> None:
    first = imported("unnamed-speakers.ar.txt", "2025-08-17")
    text = (CASES / "unnamed-speakers.ar.txt").read_text(encoding="utf-8") + "\nتحديث."
    second = extract(text, Meta("Other", dt.date(2025, 8, 18)), first).corpus
    source = next(a for a in first.actors.values() if a.name_ar == "مصدر مطلع")
    assert source.id not in {s.actor for s in second.statements.values()}


def test_a_date_range_is_one_commitment_never_a_clash_with_itself() -> None:
    corpus = imported("a-daterange.ar.txt", "2025-03-03")
    (statement,) = corpus.statements.values()
    assert dues(statement) == ["2026-04-15"]
    assert find_contradictions(corpus) == []


def test_a_quote_glued_after_a_full_stop_is_its_own_statement() -> None:
    text = (CASES / "n-glued-bom-crlf-nbsp.ar.txt").read_bytes().decode("utf-8-sig")
    text = text.replace("\r\n", "\n")
    corpus = extract(text, Meta("Case", dt.date(2025, 3, 3)), Corpus()).corpus
    assert len(corpus.statements) == 2
    assert {corpus.actors[s.actor].name_ar for s in corpus.statements.values()} == {"سعد الكبيسي"}


def test_a_quotation_goes_on_through_the_list_it_introduces() -> None:
    """A quotation left open at "… ما يلي:" runs through the numbered paragraphs after it."""
    from tui.data.check import problems

    text = ('وقال المتحدث باسم الحكومة سامر الحديثي إن "الحكومة قررت بعد المشاورات ما يلي:\n\n'
            "أولاً: إنهاء مهمة التحالف في قاعدة عين الأسد خلال ستة أشهر.\n\n"
            'ثانياً: الانتقال إلى علاقات أمنية ثنائية".\n\n'
            "وتأتي هذه الخطوة بعد جولات من الحوار.\n")  # fmt: skip
    corpus = extract(text, Meta("Case", dt.date(2025, 3, 1)), Corpus()).corpus
    (statement,) = corpus.statements.values()
    assert statement.paragraph == 0 and statement.quote_ar.endswith("علاقات أمنية ثنائية")
    assert "أولاً" in statement.quote_ar and dues(statement) == ["2025-09"]
    assert problems(corpus) == []


def test_a_reported_clause_that_announces_a_list_takes_in_its_bullets() -> None:
    """ "… على مرحلتين:" then bullets, each mark on a line of its own: the phases and their
    dates are the official's words, not the outlet's."""
    from tui.data.check import problems

    text = ("وبحسب المسؤول العسكري، فإن الخطة تقضي بسحب المستشارين على مرحلتين:\n\n-\n\n"
            "الأولى تنتهي نهاية الشهر الحالي.\n\n-\n\n"
            "الثانية أواخر أيلول 2026، وتشمل أربيل.\n\n"
            "وفي سياق آخر، قال النائب إن البرلمان سيصوت.\n")  # fmt: skip
    corpus = extract(text, Meta("Case", dt.date(2025, 9, 12)), Corpus()).corpus
    first, second = sorted(corpus.statements.values(), key=lambda s: s.start)
    assert first.quote_ar.endswith("وتشمل أربيل.") and "الأولى تنتهي" in first.quote_ar
    assert dues(first) == ["2025-09", "2026-09"]
    assert second.quote_ar == "البرلمان سيصوت" and problems(corpus) == []


def test_a_page_that_breaks_its_lines_inside_sentences_is_read_sentence_by_sentence() -> None:
    """A site's hard line breaks kept as paragraphs ("… للتحالف الذي" / "تقوده …"): the
    sentence goes on over them, and every statement keeps the paragraph it starts in."""
    from tui.data.check import problems

    text = ("عنوان الخبر هنا\n\n"
            "قالت الحكومتان في بيان مشترك، اليوم الجمعة، إن مهمة التحالف الذي\n\n"
            "تقوده واشنطن ستنتهي بحلول أيلول 2025، على أن يتم الانتقال إلى\n\n"
            "شراكات أمنية ثنائية.\n\n"
            "وأوضحت مصادر أن الخطة تتضمن خروج مئات الجنود.\n")  # fmt: skip
    corpus = extract(text, Meta("Case", dt.date(2024, 9, 27)), Corpus()).corpus
    first, second = sorted(corpus.statements.values(), key=lambda s: s.start)
    assert first.quote_ar.startswith("مهمة التحالف") and first.quote_ar.endswith("ثنائية")
    assert dues(first) == ["2025-09"] and first.paragraph == 1
    assert second.paragraph == 4 and problems(corpus) == []
    # An ordinary article whose paragraphs end with full stops is read as it is.
    plain = text.replace("الذي\n\n", "الذي.\n\n").replace("إلى\n\n", "إلى.\n\n")
    split = extract(plain, Meta("Case", dt.date(2024, 9, 27)), Corpus()).corpus
    assert all("\n" not in s.quote_ar for s in split.statements.values())


def test_a_participle_with_no_comma_before_it_is_the_speakers_next_statement() -> None:
    """ "… هدية لإيران محذراً من …", "… ذكرى الهجوم ملفتاً أن …" (a reporter's spelling):
    the report goes on, a new statement by the same speaker."""
    text = (
        "قال المعهد إن الانسحاب سيكون هدية لإيران والصين محذراً من اتباع نهج سابق.\n\n"
        "وقال المتحدث إن اليوم يصادف ذكرى الهجوم ملفتا ان الحكومات فقدت الكثير.\n"
    )
    corpus = extract(text, Meta("Case", dt.date(2025, 1, 20)), Corpus()).corpus
    said = [
        (corpus.actors[s.actor].name_ar, s.quote_ar)
        for s in sorted(corpus.statements.values(), key=lambda s: s.start)
    ]
    assert said == [("المعهد", "الانسحاب سيكون هدية لإيران والصين"),
                    ("المعهد", "اتباع نهج سابق"),
                    ("المتحدث", "اليوم يصادف ذكرى الهجوم"),
                    ("المتحدث", "الحكومات فقدت الكثير")]  # fmt: skip


def test_a_bare_title_quoted_before_its_speaker_is_named_is_that_speaker() -> None:
    """A teaser quotes "المتحدث" before the body names "متحدث باسم الخارجية الفرنسية"."""
    text = (
        'المتحدث ذكر أن "الجانبين اقتربا من التوافق بشأن الحوار".\n\n'
        "أكد متحدث باسم الخارجية الفرنسية، الأربعاء، أن الحوار مستمر بين الجانبين.\n"
    )
    corpus = extract(text, Meta("Case", dt.date(2024, 1, 24)), Corpus()).corpus
    assert {corpus.actors[s.actor].name_ar for s in corpus.statements.values()} == {
        "متحدث باسم الخارجية الفرنسية"
    }


def test_syria_spelled_with_ta_marbuta_is_syria() -> None:
    """ "سورية" and "سوريا" are one country: US forces leaving it are not leaving Iraq."""
    text = "وقال مسؤول إن الولايات المتحدة ستسحب قواتها من سورية خلال الشهرين المقبلين.\n"
    (statement,) = extract(text, Meta("Case", dt.date(2026, 2, 19)), Corpus()).corpus \
        .statements.values()  # fmt: skip
    assert [(d.event, d.due) for d in statement.deadlines] == [
        ("us.forces.syria.presence_end", "2026-04")
    ]


def test_a_sorani_speaker_gets_his_english_name_and_a_soft_hyphen_hides_no_word() -> None:
    sorani = imported("d-sorani.ar.txt", "2026-11-29")
    (statement,) = sorani.statements.values()
    assert speaker(sorani, statement) == ("كاوە ڕەشید | المتحدث باسم وزارة البيشمركة",
                                          "Kawa Rashid")  # fmt: skip
    persian = imported("j-zwnj.ar.txt", "2026-11-29")
    (statement,) = persian.statements.values()
    assert speaker(persian, statement)[1] == "Nasser Kanaani"
    # "الانس­حاب الكامل … في أيلول ٢٠٢٦": the withdrawal is read through the soft hyphen.
    hyphen = imported("c-softhyphen.ar.txt", "2026-03-02")
    (statement,) = hyphen.statements.values()
    assert dues(statement) == ["2026-09"]
