"""Web pages in the layouts of several kinds of news site: the article alone comes out, with
the headline and the dateline attribution needs, and the noise around it stays out."""

from __future__ import annotations

import datetime as dt

import pytest
import trafilatura

from local_web import page
from tui.data.model import Corpus
from tui.ingest.extract import Meta, extract
from tui.ingest.text import InputError, decode_article

# Text of the noise on every page: menus, breaking-news bars, share bars, ads, "read also"
# boxes, related and most-read lists, tags, comments, footers. Each comment and related
# headline holds a speech verb and a quotation, so a leak would also make a statement.
NOISE = ("الرئيسية", "عاجل", "شارك", "فيسبوك", "باقة الإنترنت", "اشترك", "اقرأ أيضاً", "ذات صلة",
         "الحدود مع سوريا مؤمنة", "الموازنة ستقر", "التعليقات", "لن يحدث أبداً",
         "داعش انتهى", "جميع الحقوق", "الأكثر قراءة", "الشتاء سيكون", "الوضع هادئ",
         "التحالف يجب أن يبقى", "وسوم", "التدوينة", "أخبار أخرى", "الموسم سيكون",
         "طباعة")  # fmt: skip


def _read(name: str) -> tuple[list[str], object]:
    decoded = decode_article(page(name), name)
    return decoded.text.rstrip("\n").split("\n\n"), decoded


def test_a_portal_page_gives_its_headline_dateline_and_paragraphs_in_order() -> None:
    paragraphs, decoded = _read("portal.ar.html")
    assert paragraphs[0] == "وزير الدفاع: التحالف يغادر الحبانية نهاية العام"
    assert paragraphs[1] == "بغداد – شبكة الفرات الإخبارية"
    assert paragraphs[2].startswith("أعلن وزير الدفاع خالد الجبوري، اليوم الثلاثاء")
    assert paragraphs[-1].startswith("ويأتي الإعلان بعد أسابيع")
    assert len(paragraphs) == 7
    assert decoded.outlet == "شبكة الفرات الإخبارية"  # type: ignore[attr-defined]
    assert decoded.published == "2025-11-18"  # type: ignore[attr-defined]
    assert decoded.url == "http://furat.example/politics/2025/11/18/habbaniyah"  # type: ignore[attr-defined]


def test_trafilatura_alone_drops_the_headline_and_the_byline_dateline_of_that_page() -> None:
    # Why page.py puts them back: without it the headline's statement and the dateline's
    # outlet would be lost.
    alone = trafilatura.extract(page("portal.ar.html").decode(), favor_recall=True) or ""
    assert "بغداد – شبكة الفرات الإخبارية" not in alone
    assert "وزير الدفاع: التحالف يغادر الحبانية" not in alone
    assert "قوات التحالف الدولي ستغادر قاعدة الحبانية" in alone


@pytest.mark.parametrize("name", ["portal.ar.html", "blog.ar.html", "agency.ar.html"])
def test_no_noise_around_the_article_comes_in(name: str) -> None:
    paragraphs, _ = _read(name)
    leaked = [word for word in NOISE if any(word in p for p in paragraphs)]
    assert leaked == []


def test_a_blog_page_keeps_the_dateline_inside_its_first_paragraph() -> None:
    paragraphs, decoded = _read("blog.ar.html")
    assert paragraphs[0] == "مصدر أمني: داعش يعيد تنظيم صفوفه قرب الحدود"
    assert paragraphs[1].startswith("الموصل – مدونة الرصد: كشف مصدر أمني")
    assert len(paragraphs) == 5
    assert decoded.outlet == "مدونة الرصد"  # type: ignore[attr-defined]


def test_an_agency_page_in_windows_1256_keeps_its_list_and_leaves_its_tables_out() -> None:
    paragraphs, decoded = _read("agency.ar.html")
    assert paragraphs[1].startswith("أربيل (وكالة الشمال للأنباء) – قال المتحدث")
    assert "تدريب ألوية البيشمركة الموحدة على مكافحة الإرهاب." in paragraphs
    assert not any("2024 31" in p or "العمليات\n" in p for p in paragraphs)
    assert decoded.published == "2025-10-07"  # type: ignore[attr-defined]
    assert decoded.outlet == ""  # type: ignore[attr-defined]  # none in its metadata …


@pytest.mark.parametrize(
    ("name", "speakers"),
    [
        ("portal.ar.html", {"خالد الجبوري", "سامر الدليمي"}),
        ("blog.ar.html", {"مصدر أمني", "مصدر أمني في محافظة نينوى", "مهند العبيدي"}),
        ("agency.ar.html", {"مسؤول كردي", "آزاد كريم", "مسؤولون في بغداد"}),
    ],
)
def test_the_statements_are_the_articles_and_the_headlines_own(
    name: str, speakers: set[str]
) -> None:
    decoded = decode_article(page(name), name)
    found = extract(decoded.text, Meta("Test", dt.date(2025, 11, 18), decoded.title), Corpus())
    names = {found.corpus.actors[s.actor].name_ar for s in found.corpus.statements.values()}
    assert names == speakers
    # The headline, which attributes with a colon, is a statement of its own.
    quotes = [s.quote_ar for s in found.corpus.statements.values()]
    assert decoded.title.split(": ", 1)[1] in quotes


def test_a_front_page_of_headlines_is_not_an_article() -> None:
    with pytest.raises(InputError, match="holds no article"):
        decode_article(page("front.ar.html"), "front.html")


def said(text: str, day: dt.date) -> list[tuple[str, str]]:
    """(speaker, quote) of each statement an import of `text`, published on `day`, finds."""
    corpus = extract(text, Meta("Test", day), Corpus()).corpus
    ordered = sorted(corpus.statements.values(), key=lambda s: s.start)
    return [(corpus.actors[s.actor].name_ar, s.quote_ar) for s in ordered]


def test_a_date_line_a_headline_clause_and_the_writers_question_are_no_speakers() -> None:
    text = (
        "نشر بتاريخ: 11 سبتمبر 2025 الساعة 03:04 مساءً\n\n"
        "ألف مقاتل ينقلون إلى الحدود: إجراء يثير الجدل؟\n\n"
        "مصدر أمني: 3 آلاف مقاتل عبروا الحدود خلال الليل\n\n"
        "لكن يبقى السؤال المطروح: كيف ينبغي ترتيب هذا الجانب بعد الانسحاب؟\n\n"
        "وأعلن قائد الجيش الحر، المدعوم من دول الجوار، أن عهد النظام انتهى."
    )
    assert said(text, dt.date(2025, 9, 11)) == [
        ("مصدر أمني", "3 آلاف مقاتل عبروا الحدود خلال الليل"),
        ("قائد الجيش الحر", "عهد النظام انتهى"),
    ]


def test_a_pages_links_title_site_and_clock_are_no_ones_words() -> None:
    # Pasted pages carry their chrome: "read also" links, on the label's line or the next,
    # a photo's credit, a title that ends with " - SITE, DATE TIME", and a clock time whose
    # colon is no cue.
    text = (
        "مدير الاستخبارات يحذّر من عودة التنظيم مع تزايد أعداد مقاتليه - صحيفة الأفق, "
        "اليوم الاثنين 26 يناير 2026 06:34 مساءً\n\n"
        "وقال المدير إن التنظيم لم يعد قادراً على شن هجمات كبيرة.\n\n"
        "اقرأ أيضاً: كيف تختار هاتفك الجديد بذكاء\n\n"
        "المدير في مكتبه ببغداد. الصورة: وكالة الأنباء الأوروبية\n\n"
        "وأضاف المدير أن القوات ستغادر قبل نهاية العام.\n\n"
        "اقرأ أيضا:\n\n"
        "مصادر تكشف موعد مغادرة القوات\n\n"
        "ذات صلة بالملف، قال النائب إن الانسحاب ضروري."
    )
    assert said(text, dt.date(2026, 1, 26)) == [
        ("مدير الاستخبارات", "من عودة التنظيم مع تزايد أعداد مقاتليه"),
        ("مدير الاستخبارات", "التنظيم لم يعد قادراً على شن هجمات كبيرة"),
        ("مدير الاستخبارات", "القوات ستغادر قبل نهاية العام"),
        ("النائب", "الانسحاب ضروري"),
    ]
