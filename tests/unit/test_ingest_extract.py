"""From article text to a corpus: valid, complete, verbatim, merged with known actors."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.data.check import problems
from tui.data.model import Corpus
from tui.data.paragraphs import split_paragraphs
from tui.data.store import open_corpus
from tui.ingest.extract import Meta, article_id, extract, text_hash
from tui.resources import corpus_path

SEED = open_corpus(corpus_path())
SEED_TEXT = next(iter(SEED.articles.values())).text
META = Meta("Shafaq News", dt.date(2024, 12, 14))


def checked(corpus: Corpus, existing: Corpus | None = None) -> list[str]:
    """Problems in the new values, with the actors they may point to among the existing."""
    existing = existing or Corpus()
    merged = Corpus(corpus.articles, {**existing.actors, **corpus.actors}, corpus.statements)
    return problems(merged)


def test_the_seed_extracts_to_a_valid_corpus_that_keeps_every_paragraph() -> None:
    result = extract(SEED_TEXT, META, Corpus())
    assert checked(result.corpus) == []
    article = result.article
    assert article.text == SEED_TEXT and article.origin == "extracted"
    assert article.paragraphs == split_paragraphs(SEED_TEXT)
    used = {s.paragraph for s in result.corpus.statements.values()}
    assert result.paragraphs_without_statements == len(article.paragraphs) - len(used) > 0
    for s in result.corpus.statements.values():
        assert s.origin == "extracted" and s.id.startswith(article.id + ":s")
        assert s.quote_ar == SEED_TEXT[s.start : s.end]
        assert s.summary_en.startswith("Machine-extracted")


def test_ids_come_from_the_outlet_the_date_and_the_text() -> None:
    digest = text_hash(SEED_TEXT)
    assert article_id("Shafaq News", dt.date(2024, 12, 14), digest) == (
        f"shafaq-news-2024-12-14-{digest[:8]}"
    )
    assert article_id("شفق نيوز", dt.date(2024, 12, 14), digest).endswith(digest[:8])
    # An outlet written in Arabic reads as the outlet writes itself in English: its English
    # words and numbers kept, in its own order, not translated as a description.
    day = dt.date(2025, 3, 2)
    assert article_id("شفق نيوز", day, digest).startswith("shafaq-news-2025-03-02-")
    assert article_id("فرانس 24", day, digest).startswith("france-24-2025-03-02-")
    assert article_id("الشرق الأوسط", day, digest).startswith("asharq-al-awsat-2025-")
    assert article_id("الجزيرة نت", day, digest).startswith("al-jazeera-net-2025-")
    # Only whitespace differs: the same article.
    assert text_hash("  قال\n\nالوزير  ") == text_hash("قال الوزير")


def test_named_speakers_merge_with_known_actors_and_unnamed_sources_do_not() -> None:
    result = extract(SEED_TEXT, META, SEED)
    assert checked(result.corpus, SEED) == []
    actors = {s.actor for s in result.corpus.statements.values()}
    for known in ("reber_ahmed", "bayati", "maamouri", "araji", "blinken", "kurilla", "sudani"):
        assert known in actors, known
    new_kinds = {a.kind for a in result.corpus.actors.values()}
    assert "unnamed_source" in new_kinds  # "مصدر أمني", "مراقبين": someone new each time
    assert "security_source" not in actors


def test_a_person_named_by_family_name_alone_is_the_one_named_in_full() -> None:
    def merged(*texts: str) -> list[str]:
        corpus = Corpus()
        for n, text in enumerate(texts):
            day = dt.date(2025, 3, 10 + n)
            found = extract(text, Meta(f"Outlet {n}", day), corpus).corpus
            corpus = Corpus({**corpus.articles, **found.articles}, {**corpus.actors,
                            **found.actors}, {**corpus.statements, **found.statements})  # fmt: skip
        return sorted({corpus.actors[s.actor].name_ar for s in corpus.statements.values()})

    full = "وقال النائب عادل الكرخاوي إن القوات الأجنبية ستغادر.\n"
    alone = "وأكد الكرخاوي أن الموعد ثابت لا يتغير.\n"
    assert merged(full, alone) == ["عادل الكرخاوي"]
    assert merged(alone, full) == ["الكرخاوي"]
    # Two people of one family: the name alone could be either, so it stays apart.
    other = "وقال الخبير سامي الكرخاوي إن الانسحاب سيتأخر.\n"
    assert merged(full, other, alone) == ["الكرخاوي", "سامي الكرخاوي", "عادل الكرخاوي"]
    # A name in guillemets, a nickname in quotation marks, the two spellings of "American"
    # and "the United States of America" name the one they name without them.
    quoted = "وقال «عادل الكرخاوي»، النائب في البرلمان، إن الجدول باق.\n"
    assert merged(full, quoted) == ["عادل الكرخاوي"]
    nick = ('وقال الجنرال جون "جاك" ميلر إن المهمة مستمرة.\n',
            "وأكد الجنرال جون جاك ميلر أن القوات جاهزة.\n")  # fmt: skip
    assert len(merged(*nick)) == 1
    spelled = ("وقال المتحدث باسم السفارة الأمريكية في عمان إن الموعد ثابت.\n",
               "وأكد المتحدث باسم السفارة الأميركية في عمان أن الموعد ثابت.\n")  # fmt: skip
    assert len(merged(*spelled)) == 1
    country = ("وأعلنت الولايات المتحدة أن قواتها ستغادر.\n",
               "وأكدت الولايات المتحدة الأمريكية أن قواتها ستغادر.\n")  # fmt: skip
    assert merged(*country) == ["الولايات المتحدة"]


def test_dates_said_and_deadlines_on_the_seed() -> None:
    statements = extract(SEED_TEXT, META, Corpus()).corpus.statements.values()

    def starting(words: str):
        return next(s for s in statements if s.quote_ar.startswith(words))

    ahmed = starting("داعش لم ينته")
    assert (ahmed.said_on, ahmed.said_precision, ahmed.threat) == ("2024-11-23", "day", "high")
    bayati = starting("العراق لم يغير قراره")
    assert [(d.event, d.due) for d in bayati.deadlines] == [
        ("coalition.base.ain_al_asad.exit", "2025-09"),
        ("coalition.base.harir.exit", "2026-09"),
    ]
    asayish = starting("اعتقال أحد أبرز")  # "والثلاثاء الماضي، أعلن ..."
    basis = asayish.said_basis.split(" — ")[0]
    assert (asayish.said_on, basis) == ("2024-12-10", "الثلاثاء الماضي")
    mission = starting("عن انتهاء مهمته")
    assert [(d.event, d.due, d.cue_ar) for d in mission.deadlines] == [
        ("coalition.iraq.mission_end", "2025-09", "خلال 12 شهراً")
    ]


HOSTILE = (
    "عنوان\n\n"
    'وقال المتحدث باسم الوزارة، أحمد علي، إن "الوضع \x1b[31mمستقر\x1b[0m \u202eتماماً '
    '[bold red]x[/] \x1b]8;;http://evil\x07رابط\x1b]8;;\x07".\n'
)


def test_hostile_text_is_stored_verbatim() -> None:
    result = extract(HOSTILE, META, Corpus())
    assert result.article.text == HOSTILE
    (statement,) = result.corpus.statements.values()
    assert "\x1b[31m" in statement.quote_ar and "\u202e" in statement.quote_ar
    assert "[bold red]x[/]" in statement.quote_ar
    assert checked(result.corpus) == []


def test_a_headline_line_becomes_the_title_and_a_dateline_does_not() -> None:
    text = "التحالف يغادر عين الأسد في سبتمبر\n\nقال مسؤول إن القوات ستغادر.\n"
    assert extract(text, META, Corpus()).article.title == "التحالف يغادر عين الأسد في سبتمبر"
    text = "أربيل – شبكة نينوى الإخبارية\n\nقال مسؤول إن القوات ستغادر.\n"
    assert extract(text, META, Corpus()).article.title == ""


def test_continuations_with_no_speaker_yet_get_a_visible_placeholder() -> None:
    result = extract('وأضاف أن "القوات باقية في العراق".\n', META, Corpus())
    (statement,) = result.corpus.statements.values()
    assert result.corpus.actors[statement.actor].kind == "unnamed_source"
    assert result.warnings


_PIECES = st.sampled_from(
    ["قال", "وأضاف", "مشيراً إلى", "أن", "إن", "بحسب بيان للوزارة", "وزير الخارجية", "،", ".",
     ":", '"', "«", "»", "“", "”", "داعش", "في 27 أيلول 2024", "خلال 12 شهراً", "\n\n", "\n",
     "التحالف", "الجنرال كوريلا", "وكان", "قد", "أعلن", "لكن", "مراقبين", "أكدوا", " ", "x",
     "\u202e", "\x1b[1m", "الثلاثاء الماضي", "عين الأسد", "فإن", "وتابع", "بالقول"]
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, min_size=1, max_size=60).map(" ".join))
def test_any_text_extracts_to_a_valid_corpus(text: str) -> None:
    result = extract(text, META, SEED)
    assert result.article.text == text
    assert checked(result.corpus, SEED) == []


def test_text_pasted_with_one_paragraph_per_line_keeps_its_paragraphs() -> None:
    # No blank lines at all, as text copied from a page often arrives: each line is one
    # paragraph, so each quote is shown in its own and the article view can step through them.
    text = (
        "بغداد - وكالة الأنباء:\n"
        "قال وزير الدفاع خالد العلي إن القوات ستغادر قاعدة عين الأسد بحلول أيلول 2026.\n"
        "وأضاف العلي أن الحكومة ملتزمة بالاتفاق.\n"
    )
    result = extract(text, Meta("Test", dt.date(2025, 6, 1)), Corpus())
    assert len(result.article.paragraphs) == 3
    paragraphs = sorted(s.paragraph for s in result.corpus.statements.values())
    assert paragraphs == [1, 2]
    # With blank lines, a line break inside a paragraph is no break.
    assert len(split_paragraphs("عنوان\n\nسطر أول\nتكملته.\n\nفقرة ثانية.")) == 3
