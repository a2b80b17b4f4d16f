"""The bundled corpus as an analyst relies on it: exact spans, codebook labels, dates and actors."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tui.data.model import (
    ACTOR_KINDS,
    CONTRADICTION_KINDS,
    EVENTS,
    FORMS,
    PRECISIONS,
    SEVERITIES,
    THREAT,
    WITHDRAWAL,
)
from tui.data.paragraphs import split_paragraphs

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "data" / "corpus.json"
SEED = REPO / "data" / "shafaq-2024-12-isis-coalition.ar.txt"
ARABIC = re.compile(r"[\u0600-\u06ff]")

Record = dict[str, Any]


@pytest.fixture(scope="module")
def tables() -> dict[str, dict[str, Record]]:
    """The corpus file read as plain JSON, as any tool outside mawqif would read it."""
    return json.loads(CORPUS.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def article(tables: dict[str, dict[str, Record]]) -> Record:
    """The one article record."""
    (record,) = tables["articles"].values()
    return record


@pytest.fixture(scope="module")
def statements(tables: dict[str, dict[str, Record]]) -> list[Record]:
    """The statement records in stored order."""
    return list(tables["statements"].values())


@pytest.fixture(scope="module")
def actors(tables: dict[str, dict[str, Record]]) -> dict[str, Record]:
    """The actor records by id."""
    return {a["id"]: a for a in tables["actors"].values()}


def by_actor(statements: list[Record], actor: str) -> list[Record]:
    """The statements attributed to `actor`."""
    return [s for s in statements if s["actor"] == actor]


def deadlines(statements: list[Record], actor: str, event: str) -> list[Record]:
    """The deadlines of `event` claimed in `actor`'s statements."""
    return [d for s in by_actor(statements, actor) for d in s["deadlines"] if d["event"] == event]


def test_header_names_the_corpus_and_credits_the_outlet(tables):
    meta = tables["_meta"]["1"]
    assert meta["schema"] == 1
    assert meta["kind"] == "mawqif-corpus"
    assert "Shafaq News" in meta["credit"] and "شفق نيوز" in meta["credit"]


def test_file_is_readable_utf8_with_one_space_indent():
    raw = CORPUS.read_text(encoding="utf-8")
    assert "شفق نيوز" in raw, "Arabic must be stored as text, not \\u escapes"
    assert raw.startswith('{\n "_meta": {\n  "1": {')


def test_doc_ids_count_up_from_one(tables):
    for name in ("articles", "actors", "statements", "contradictions"):
        keys = list(tables[name])
        assert keys == [str(n) for n in range(1, len(keys) + 1)], name


def test_article_is_the_seed_text_published_on_14_december_2024(article):
    assert article["text"] == SEED.read_text(encoding="utf-8")
    assert article["published"] == "2024-12-14"
    assert article["id"] == "shafaq-2024-12-14-isis-coalition"
    assert article["outlet"] == "Shafaq News"
    assert article["language"] == "ar"
    assert article["origin"] == "curated"
    assert article["title"] and article["title_ar"] == ""
    assert [tuple(p) for p in article["paragraphs"]] == list(split_paragraphs(article["text"]))


def test_every_quote_is_the_article_text_at_its_offsets(article, statements):
    text = article["text"]
    for s in statements:
        assert s["article"] == article["id"]
        assert 0 <= s["start"] < s["end"] <= len(text), s["id"]
        assert text[s["start"] : s["end"]] == s["quote_ar"], s["id"]
        assert s["quote_ar"] == s["quote_ar"].strip(), f"{s['id']}: span has loose whitespace"


def test_every_quote_lies_in_its_paragraph(article, statements):
    for s in statements:
        p_start, p_end = article["paragraphs"][s["paragraph"]]
        assert p_start <= s["start"] < s["end"] <= p_end, s["id"]


def test_speech_verb_is_written_in_the_quote_paragraph(article, statements):
    for s in statements:
        p_start, p_end = article["paragraphs"][s["paragraph"]]
        assert s["verb_ar"] and s["verb_ar"] in article["text"][p_start:p_end], s["id"]


def test_every_cue_is_inside_its_quote_and_is_the_article_text(article, statements):
    text = article["text"]
    for s in statements:
        for d in s["deadlines"]:
            assert s["start"] <= d["cue_start"] < d["cue_end"] <= s["end"], s["id"]
            assert text[d["cue_start"] : d["cue_end"]] == d["cue_ar"], s["id"]
            assert d["event"] in EVENTS, d["event"]
            assert d["due"] == "indefinite" or re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", d["due"])
            assert d["derivation"].strip(), s["id"]


def test_labels_follow_the_codebook(statements, actors):
    for s in statements:
        assert s["withdrawal"] in WITHDRAWAL, s["id"]
        assert s["threat"] in THREAT, s["id"]
        assert s["form"] in FORMS, s["id"]
        assert s["said_precision"] in PRECISIONS, s["id"]
        assert s["origin"] == "curated", s["id"]
    for a in actors.values():
        assert a["kind"] in ACTOR_KINDS, a["id"]


def test_dates_said_are_well_formed_and_not_after_publication(article, statements):
    formats = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}
    for s in statements:
        if s["said_precision"] == "unknown":
            assert s["said_on"] is None and s["said_basis"] == "", s["id"]
            continue
        assert re.fullmatch(formats[s["said_precision"]], s["said_on"]), s["id"]
        assert s["said_on"] <= article["published"], s["id"]
        # The basis starts with the article's own words; an English resolution may follow.
        words = s["said_basis"].split(" — ")[0]
        assert words and words in article["text"], s["id"]


def test_relative_dates_resolve_against_the_publication_date(statements):
    dated = {s["said_basis"].split(" — ")[0]: s["said_on"] for s in statements}
    assert dated["الثلاثاء الماضي"] == "2024-12-10"
    assert dated["الأربعاء الماضي"] == "2024-12-11"
    assert dated["أمس الجمعة"] == "2024-12-13"
    assert dated["9 كانون الأول الجاري"] == "2024-12-09"
    last_week = [s for s in statements if s["said_basis"].startswith("الأسبوع الماضي")]
    assert [(s["said_on"], s["said_precision"]) for s in last_week] == [("2024-12", "month")]


def test_ids_are_unique_and_statements_run_in_article_order(statements, actors, tables):
    ids = [s["id"] for s in statements]
    assert ids == [f"s{n:02d}" for n in range(1, len(ids) + 1)]
    starts = [s["start"] for s in statements]
    assert starts == sorted(starts)
    assert len(actors) == len(tables["actors"])
    contradiction_ids = [c["id"] for c in tables["contradictions"].values()]
    assert len(set(contradiction_ids)) == len(contradiction_ids)


def test_references_resolve(statements, actors, tables):
    ids = {s["id"] for s in statements}
    for s in statements:
        assert s["actor"] in actors, s["id"]
    for c in tables["contradictions"].values():
        assert c["a"] in ids and c["b"] in ids, c["id"]
    assert {s["actor"] for s in statements} == set(actors), "an actor without a statement"


def test_actor_names_are_written_as_in_the_article(article, actors):
    text = article["text"]
    for a in actors.values():
        for name in [a["name_ar"], *a["aliases"]]:
            # "للمرصد" is how the article writes "المرصد" after the preposition لـ.
            assert name in text or "لل" + name[2:] in text, name
        assert a["name_en"] and not ARABIC.search(a["name_en"]), a["id"]


@pytest.mark.parametrize(
    ("actor", "name_ar", "kind"),
    [
        ("reber_ahmed", "ريبر أحمد", "official"),
        ("bandawi", "علي نعمة البنداوي", "official"),
        ("rezaei", "محسن رضائي", "official"),
        ("abdi", "مظلوم عبدي", "official"),
        ("blinken", "أنتوني بلينكن", "official"),
        ("shapiro", "دانييل شابيرو", "official"),
        ("maamouri", "علي المعماري", "expert"),
        ("kurilla", "مايكل إيرك كوريلا", "official"),
        ("sudani", "محمد شياع السوداني", "official"),
        ("bayati", "سرمد البياتي", "expert"),
        ("araji", "قاسم الأعرجي", "official"),
        ("us_iraq_joint_statement", "بيان عن حكومتي الولايات المتحدة والعراق", "joint_statement"),
        ("uk_mod", "وزارة الدفاع البريطانية", "organisation"),
        ("observers", "مراقبين", "unnamed_source"),
        ("security_source", "مصدر أمني", "unnamed_source"),
    ],
)
def test_expected_actor_exists(actors, actor, name_ar, kind):
    assert actors[actor]["name_ar"] == name_ar
    assert actors[actor]["kind"] == kind


def test_short_forms_the_article_uses_are_aliases(actors):
    assert "أحمد" in actors["reber_ahmed"]["aliases"]
    assert "البياتي" in actors["bayati"]["aliases"]
    assert "كوريلا" in actors["kurilla"]["aliases"]
    assert "السوداني" in actors["sudani"]["aliases"]
    assert "البنداوي" in actors["bandawi"]["aliases"]


def test_joint_statement_ends_the_iraq_mission_by_september_2025(statements):
    ends = deadlines(statements, "us_iraq_joint_statement", "coalition.iraq.mission_end")
    assert {d["due"] for d in ends} == {"2025-09"}
    assert any("نهاية سبتمبر 2025" in d["cue_ar"] for d in ends)
    assert any("12 شهراً" in d["cue_ar"] for d in ends)


def test_joint_statement_keeps_the_syria_mission_until_september_2026(statements):
    (syria,) = deadlines(statements, "us_iraq_joint_statement", "coalition.syria_mission.end")
    assert syria["due"] == "2026-09"
    assert "أيلول 2026" in syria["cue_ar"]


def test_observers_put_the_final_exit_in_september_2026(statements):
    (exit_,) = deadlines(statements, "observers", "coalition.iraq.full_withdrawal")
    assert exit_["due"] == "2026-09"
    assert "سبتمبر/أيلول 2026" in exit_["cue_ar"]


def test_bayati_dates_the_two_bases_apart(statements):
    (asad,) = deadlines(statements, "bayati", "coalition.base.ain_al_asad.exit")
    (harir,) = deadlines(statements, "bayati", "coalition.base.harir.exit")
    assert (asad["due"], harir["due"]) == ("2025-09", "2026-09")


def test_open_ended_claims_are_indefinite(statements):
    maamouri = [d for s in by_actor(statements, "maamouri") for d in s["deadlines"]]
    assert maamouri and {d["due"] for d in maamouri} == {"indefinite"}
    assert any(d["cue_ar"] == "إلى فترة غير معلومة" for d in maamouri)
    shapiro = deadlines(statements, "shapiro", "us.forces.syria.presence_end")
    assert shapiro and {d["due"] for d in shapiro} == {"indefinite"}


def test_araji_two_year_assessment_precedes_the_withdrawal_decision(statements):
    (decision,) = deadlines(statements, "araji", "coalition.iraq.full_withdrawal_decision")
    assert "سنتين" in decision["cue_ar"]
    assert decision["due"] == "2026-09"
    (stmt,) = [s for s in by_actor(statements, "araji") if s["deadlines"]]
    assert stmt["withdrawal"] == "conditional"


def test_reber_ahmed_threat_and_withdrawal_are_separate_statements(statements):
    ahmed = by_actor(statements, "reber_ahmed")
    (threat,) = [s for s in ahmed if s["quote_ar"].startswith("داعش لم ينته")]
    (need,) = [s for s in ahmed if "بحاجة إلى قوات التحالف الدولي" in s["quote_ar"]]
    assert (threat["threat"], threat["withdrawal"]) == ("high", "unspecified")
    assert (need["withdrawal"], need["verb_ar"]) == ("opposes", "مردفاً بالقول")
    assert threat["said_on"] == "2024-11-23"


def test_continuations_keep_their_speaker(article, statements):
    def speakers(first: int, last: int) -> set[str]:
        return {s["actor"] for s in statements if first <= s["paragraph"] <= last}

    heads = [article["text"][p[0] : p[0] + 12] for p in article["paragraphs"]]
    joint_first = next(i for i, h in enumerate(heads) if h.startswith("وفي بيان عن"))
    joint_last = next(i for i, h in enumerate(heads) if h.startswith("وختم بالقول"))
    assert speakers(joint_first, joint_last) == {"us_iraq_joint_statement"}
    for verb in ("واستدرك بالقول", "وتابع"):
        (stmt,) = [s for s in by_actor(statements, "maamouri") if s["verb_ar"] == verb]
        assert stmt["withdrawal"] == "opposes"


def test_sudani_is_the_actor_of_both_positions_reported_for_him(statements):
    sudani = by_actor(statements, "sudani")
    forms = {s["form"] for s in sudani}
    assert forms == {"paraphrase", "direct_quote"}
    (reported,) = [s for s in sudani if s["form"] == "paraphrase"]
    assert "دون تراجع" in reported["quote_ar"]
    assert "Bandawi" in reported["summary_en"]
    (office,) = [s for s in sudani if s["form"] == "direct_quote"]
    assert "media office" in office["summary_en"]


def test_stances_an_analyst_would_check(statements):
    def stmt(fragment: str) -> Record:
        (found,) = [s for s in statements if fragment in s["quote_ar"]]
        return found

    assert stmt("ليس هناك تخوف من عودة داعش")["threat"] == "low"
    assert stmt("بذريعة داعش")["threat"] == "low"
    assert stmt("هناك حاجة للعمليات الجوية")["withdrawal"] == "conditional"
    assert stmt("القوات العراقية بمختلف صنوفها")["withdrawal"] == "supports"
    assert stmt("قد يهاجمون الموصل")["threat"] == "high"
    assert stmt("سيستغل هذه الفترة")["threat"] == "high"


def test_summaries_are_english(statements):
    for s in statements:
        assert len(s["summary_en"]) > 20 and not ARABIC.search(s["summary_en"]), s["id"]


def test_curated_contradictions_point_inside_their_quotes(tables, statements):
    by_id = {s["id"]: s for s in statements}
    for c in tables["contradictions"].values():
        assert c["id"].startswith("c-curated-")
        assert c["kind"] in CONTRADICTION_KINDS and c["severity"] in SEVERITIES
        assert c["origin"] == "curated" and c["rationale"] and c["explanation"]
        assert c["a"] != c["b"]
        for side in ("a", "b"):
            s = by_id[c[side]]
            start, end = c[f"span_{side}"]
            assert s["start"] <= start < end <= s["end"], (c["id"], side)


def test_curated_contradictions_an_analyst_would_note(tables, statements):
    actor_of = {s["id"]: s["actor"] for s in statements}
    pairs = {
        (c["kind"], frozenset((actor_of[c["a"]], actor_of[c["b"]])))
        for c in tables["contradictions"].values()
    }
    assert ("deadline", frozenset({"observers", "us_iraq_joint_statement"})) in pairs
    assert ("deadline", frozenset({"maamouri", "us_iraq_joint_statement"})) in pairs
    assert ("threat", frozenset({"observers", "reber_ahmed"})) in pairs
    # Ain al-Asad 2025 vs Harir 2026 is one speaker's two bases, not a contradiction.
    assert all(len(actors) == 2 for _, actors in pairs)
