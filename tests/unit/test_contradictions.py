"""The contradictions engine on the bundled corpus and on small constructed cases."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any

import pytest

from helpers import statement_id
from tui.data.contradictions import (
    ARTICLES_A_SIDE,
    MIN_ARTICLES_A_SIDE,
    articles_a_side,
    contradiction_id,
    deadline_clash,
    derive,
    find_contradictions,
)
from tui.data.model import Actor, Article, Contradiction, Corpus, Deadline, Statement
from tui.data.store import open_corpus
from tui.resources import corpus_path

# The statements these tests name, by their stable keys in data/statements.toml.
EXIT_2026 = statement_id("observers-exit-2026")
NO_FEAR = statement_id("observers-no-fear")
MORE_DANGEROUS = statement_id("ahmed-more-dangerous")
SHAPIRO_INTRO = statement_id("shapiro-intro")
SHAPIRO_STAY = statement_id("shapiro-forces-stay")
INDEFINITE = statement_id("maamouri-indefinite")
BAYATI_FIRM = statement_id("bayati-dates-firm")
MISSION_END_2025 = statement_id("joint-mission-end-2025")
SYRIA_2026 = statement_id("joint-syria-2026")


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return open_corpus(corpus_path())


def text_of(corpus: Corpus, statement_id: str, span: tuple[int, int]) -> str:
    article = corpus.articles[corpus.statements[statement_id].article]
    return article.text[span[0] : span[1]]


def between(found: list[Contradiction], kind: str, a: str, b: str) -> list[Contradiction]:
    return [c for c in found if c.kind == kind and {c.a, c.b} == {a, b}]


def actors_of(corpus: Corpus, c: Contradiction) -> frozenset[str]:
    return frozenset(corpus.statements[s].actor for s in (c.a, c.b))


# -- The bundled corpus ---------------------------------------------------------------


def test_the_joint_statements_2025_against_the_observers_2026_with_the_cue_spans(corpus):
    (derived,) = between(derive(corpus), "deadline", EXIT_2026, MISSION_END_2025)
    assert derived.a == EXIT_2026 and derived.severity == "medium"
    assert "سبتمبر/أيلول 2026" in text_of(corpus, EXIT_2026, derived.span_a)
    assert "نهاية سبتمبر 2025" in text_of(corpus, MISSION_END_2025, derived.span_b)
    assert "UK Ministry of Defence" in derived.explanation  # the others giving 2025 are named
    # The curated pair replaces it, with its rationale and its narrower spans.
    (merged,) = between(find_contradictions(corpus), "deadline", EXIT_2026, MISSION_END_2025)
    assert merged.origin == "curated" and merged.rationale
    assert text_of(corpus, EXIT_2026, merged.span_a) == "سبتمبر/أيلول 2026"
    assert text_of(corpus, MISSION_END_2025, merged.span_b) == "في موعد أقصاه نهاية سبتمبر 2025"


def test_the_headline_deadline_clash_leads_the_deadlines(corpus):
    found = find_contradictions(corpus)
    first_deadline = next(c for c in found if c.kind == "deadline")
    assert {first_deadline.a, first_deadline.b} == {EXIT_2026, MISSION_END_2025}
    ranks = [["high", "medium", "low"].index(c.severity) for c in found]
    assert ranks == sorted(ranks)


def test_maamouri_open_ended_stay_against_the_firm_dates(corpus):
    derived = derive(corpus)
    (same_event,) = between(derived, "deadline", EXIT_2026, INDEFINITE)
    assert same_event.severity == "medium"
    assert text_of(corpus, INDEFINITE, same_event.span_b) == "إلى فترة غير معلومة"
    assert "no end date" in same_event.explanation
    (related,) = between(derived, "deadline", INDEFINITE, MISSION_END_2025)
    assert related.severity == "low"  # a related event; the curated pair raises it to medium
    (merged,) = between(find_contradictions(corpus), "deadline", INDEFINITE, MISSION_END_2025)
    assert merged.origin == "curated" and merged.severity == "medium"


def test_reber_ahmed_high_against_the_observers_low(corpus):
    (derived,) = [c for c in derive(corpus) if c.kind == "threat"
                  and actors_of(corpus, c) == {"observers", "reber_ahmed"}]  # fmt: skip
    assert {derived.a, derived.b} == {NO_FEAR, MORE_DANGEROUS}
    assert "تخوف" in text_of(corpus, NO_FEAR, derived.span_a)  # the clause, not the whole quote
    (merged,) = [c for c in find_contradictions(corpus) if c.kind == "threat"
                 and actors_of(corpus, c) == {"observers", "reber_ahmed"}]  # fmt: skip
    assert merged.origin == "curated" and merged.severity == "high"


def test_scope_is_not_a_clash_in_the_corpus(corpus):
    found = find_contradictions(corpus)
    # Al-Bayati's two bases, the joint statement's Iraq 2025 and Syria 2026, and Shapiro's
    # Syria against anything in Iraq are never paired.
    assert not between(found, "deadline", BAYATI_FIRM, BAYATI_FIRM)
    assert all(c.a != c.b for c in found)
    assert not between(found, "deadline", MISSION_END_2025, SYRIA_2026)
    assert not any({SHAPIRO_INTRO, SHAPIRO_STAY} & {c.a, c.b} for c in found)
    assert all(len(actors_of(corpus, c)) == 2 for c in found if c.kind != "self")


def test_the_corpus_gives_every_clash_and_little_noise(corpus):
    found = find_contradictions(corpus)
    assert 10 <= len(found) <= 20
    assert len({c.id for c in found}) == len(found)
    assert {c.id for c in corpus.contradictions.values()} <= {c.id for c in found}
    opposers = {"warnings", "reber_ahmed", "us_officials", "maamouri"}
    stance_actors = set().union(*(actors_of(corpus, c) for c in found if c.kind == "withdrawal"))
    assert opposers <= stance_actors  # every dissenting voice appears once
    for c in found:
        for sid, (start, end) in ((c.a, c.span_a), (c.b, c.span_b)):
            s = corpus.statements[sid]
            assert s.start <= start < end <= s.end, c.id


def test_ids_are_stable_and_do_not_depend_on_order(corpus):
    first = find_contradictions(corpus)
    assert find_contradictions(corpus) == first
    reversed_corpus = replace(
        corpus,
        statements=dict(reversed(list(corpus.statements.items()))),
        contradictions=dict(reversed(list(corpus.contradictions.items()))),
    )
    assert find_contradictions(reversed_corpus) == first
    assert contradiction_id("deadline", "s03", "s51", ["e.x", "e.y"]) == contradiction_id(
        "deadline", "s51", "s03", ["e.y", "e.x"]
    )
    assert contradiction_id("threat", "s04", "s13") == "c-threat-s04-s13"


# -- Constructed cases ----------------------------------------------------------------

IRAQ_END = "coalition.iraq.mission_end"


def build(*specs: dict[str, Any]) -> Corpus:
    """A corpus with a statement per spec (id, actor, article, labels, deadlines); every
    article holds the text of all statements, each statement its own span of it."""
    text, statements = "", []
    for spec in specs:
        start = len(text)
        quote = f"قال {spec['id']}"
        deadlines = []
        for event, due in spec.get("deadlines", ()):
            cue = f"في {due}"
            at = start + len(quote) + 1
            deadlines.append(Deadline(event, due, at, at + len(cue), cue, "test"))
            quote += f" {cue}"
        text += quote + "\n"
        statements.append(Statement(
            id=spec["id"], article=spec.get("article", "a1"), actor=spec.get("actor", spec["id"]),
            start=start,
            end=start + len(quote), quote_ar=quote, paragraph=0, form="direct_quote",
            verb_ar="قال", said_on=spec.get("said_on"), said_precision="day", said_basis="",
            summary_en="", withdrawal=spec.get("withdrawal", "unspecified"),
            threat=spec.get("threat", "unspecified"), deadlines=tuple(deadlines),
        ))  # fmt: skip
    actors = {s.actor: Actor(s.actor, s.actor, s.actor.title(), "", "", "", "official")
              for s in statements}  # fmt: skip
    articles = {s.article: Article(s.article, f"Outlet {s.article}", "t", "2024-12-14", "ar", text,
                                   ((0, len(text)),)) for s in statements}  # fmt: skip
    return Corpus(articles, actors, {s.id: s for s in statements})


def kinds(corpus: Corpus) -> list[tuple[str, str]]:
    return [(c.kind, c.severity) for c in find_contradictions(corpus)]


def test_same_event_and_same_date_is_no_conflict():
    assert kinds(build({"id": "x", "deadlines": [(IRAQ_END, "2025-09")]},
                       {"id": "y", "deadlines": [(IRAQ_END, "2025-09-30")]})) == []  # fmt: skip


def test_same_event_and_different_dates_is_a_high_conflict():
    found = find_contradictions(
        build(
            {"id": "x", "deadlines": [(IRAQ_END, "2025-09")]},
            {"id": "y", "deadlines": [(IRAQ_END, "2026-09")]},
        )
    )
    assert [(c.kind, c.severity, c.a, c.b) for c in found] == [("deadline", "high", "x", "y")]
    assert "Sep 2025" in found[0].explanation and "Sep 2026" in found[0].explanation


def test_a_date_against_indefinite_is_a_medium_conflict():
    assert kinds(build({"id": "x", "deadlines": [(IRAQ_END, "2025-09")]},
                       {"id": "y", "deadlines": [(IRAQ_END, "indefinite")]})) == [
        ("deadline", "medium")]  # fmt: skip


@pytest.mark.parametrize(
    ("x", "y", "expected"),
    [
        ((IRAQ_END, "2025-09"), ("coalition.iraq.full_withdrawal", "2026-09"), "medium"),
        (("coalition.base.harir.exit", "2026-09"), (IRAQ_END, "2025-09"), "low"),
        (("coalition.base.harir.exit", "2025-03"), (IRAQ_END, "2025-09"), None),
        (("coalition.base.harir.exit", "2026-09"), ("coalition.base.ain_al_asad.exit", "2025-09"),
         None),
        (("coalition.iraq.full_withdrawal_decision", "2026-09"), (IRAQ_END, "2025-09"), "low"),
        (("coalition.syria_mission.end", "2026-09"), (IRAQ_END, "2025-09"), None),
        (("us.forces.iraq.presence_end", "indefinite"), (IRAQ_END, "2025-09"), None),
        # News writes "US forces" and "the coalition" for one presence: two exits, two dates.
        (("us.forces.iraq.presence_end", "2026-12"), ("coalition.iraq.full_withdrawal", "2026-09"),
         "medium"),
        (("us.forces.iraq.presence_end", "2026-12"), ("us.forces.syria.presence_end", "2026-09"),
         None),
        (("coalition.iraq.transition_to_bilateral", "2025-09"), (IRAQ_END, "2026-09"), None),
    ],
)  # fmt: skip
def test_related_events_differ_in_scope(x, y, expected):
    clash = deadline_clash(x, y)
    assert (clash[0] if clash else None) == expected
    assert deadline_clash(y, x) == clash


@pytest.mark.parametrize(
    ("x", "y", "expected"),
    [
        ("supports", "opposes", [("withdrawal", "medium")]),
        ("conditional", "supports", [("withdrawal", "low")]),
        ("conditional", "opposes", [("withdrawal", "low")]),
        ("supports", "unspecified", []),
        ("unspecified", "opposes", []),
        ("supports", "supports", []),
    ],
)
def test_withdrawal_stances_between_actors(x, y, expected):
    assert kinds(build({"id": "x", "withdrawal": x}, {"id": "y", "withdrawal": y})) == expected


@pytest.mark.parametrize(
    ("x", "y", "expected"),
    [
        ("high", "low", [("threat", "medium")]),
        ("high", "moderate", [("threat", "low")]),
        ("moderate", "low", []),
        ("low", "unspecified", []),
    ],
)
def test_threat_assessments_between_actors(x, y, expected):
    assert kinds(build({"id": "x", "threat": x}, {"id": "y", "threat": y})) == expected


def test_one_actor_saying_inconsistent_things():
    found = find_contradictions(build(
        {"id": "x1", "actor": "x", "withdrawal": "supports", "said_on": "2024-01-01"},
        {"id": "x2", "actor": "x", "withdrawal": "opposes", "said_on": "2024-06-01"},
        {"id": "x3", "actor": "x", "deadlines": [(IRAQ_END, "2025-09")]},
        {"id": "x4", "actor": "x", "deadlines": [(IRAQ_END, "2026-09")]},
        {"id": "x5", "actor": "x", "deadlines": [("coalition.base.harir.exit", "2027-01")]},
    ))  # fmt: skip
    assert sorted((c.kind, c.severity, c.a, c.b) for c in found) == [
        ("self", "high", "x3", "x4"),  # two dates for one event
        ("self", "medium", "x1", "x2"),  # said months apart: the view may have changed
    ]


def test_a_camp_is_aggregated_not_paired_with_everyone():
    supporters = [{"id": f"s{i}", "withdrawal": "supports", "threat": "low"} for i in range(6)]
    found = find_contradictions(build(*supporters, {"id": "z", "withdrawal": "opposes"},
                                      {"id": "h", "threat": "high"}))  # fmt: skip
    assert [(c.kind, c.b) for c in found] == [("withdrawal", "z"), ("threat", "h")]
    assert "and 2 more" in found[0].explanation
    deadlines = [{"id": f"d{i}", "deadlines": [(IRAQ_END, "2025-09")]} for i in range(5)]
    late = {"id": "e", "deadlines": [(IRAQ_END, "2026-09")]}
    found = find_contradictions(build(*deadlines, late))
    assert len(found) == 1 and "also" in found[0].explanation


def test_a_curated_pair_replaces_the_derived_one():
    corpus = build({"id": "x", "deadlines": [(IRAQ_END, "2025-09")]},
                   {"id": "y", "deadlines": [(IRAQ_END, "2026-09")]})  # fmt: skip
    curated = Contradiction("c-curated-z", "deadline", "y", "x", (0, 1), (0, 1), "why", "low",
                            "curated", "because")  # fmt: skip
    found = find_contradictions(replace(corpus, contradictions={curated.id: curated}))
    assert found == [curated]


def test_many_statements_are_handled_quickly():
    events = [IRAQ_END, "coalition.iraq.full_withdrawal", "coalition.base.harir.exit"]
    specs = [
        {"id": f"s{i}", "actor": f"a{i % 2000}", "withdrawal": ("supports", "opposes")[i % 7 == 0],
         "threat": ("high", "low", "moderate")[i % 3],
         "deadlines": [(events[i % 3], f"{2025 + i % 2}-{1 + i % 12:02d}")] if i % 4 == 0 else []}
        for i in range(20_000)
    ]  # fmt: skip
    corpus = build(*specs)
    started = time.perf_counter()
    found = find_contradictions(corpus)
    assert time.perf_counter() - started < 5
    assert found and len(found) < 5_000


def test_two_voices_of_two_outlets_meet_through_each_statement_with_the_label():
    # Each said it twice; the analyst may be reading either statement.
    specs = [{"id": f"{who}{n}", "actor": who, "article": article, "threat": threat}
             for who, article, threat in (("low", "a1", "low"), ("high", "a2", "high"))
             for n in (1, 2)]  # fmt: skip
    pairs = {(c.a, c.b) for c in find_contradictions(build(*specs)) if c.kind == "threat"}
    assert pairs == {("low1", "high1"), ("low1", "high2"), ("low2", "high1"), ("low2", "high2")}
    # In one article the first statement of each is enough.
    for spec in specs:
        spec["article"] = "a1"
    assert len([c for c in find_contradictions(build(*specs)) if c.kind == "threat"]) == 1


def test_one_date_against_another_is_set_side_by_side_in_each_outlet():
    specs = [
        {
            "id": f"{side}{n}",
            "actor": f"{side}{n}",
            "article": f"{side}{n}",
            "deadlines": [(IRAQ_END, due)],
        }
        for side, due in (("x", "2025-09"), ("y", "indefinite"))
        for n in (1, 2)
    ]
    found = {(c.a, c.b) for c in find_contradictions(build(*specs)) if c.kind == "deadline"}
    assert {("x1", "y1"), ("x1", "y2"), ("x2", "y1"), ("x2", "y2")} <= found


def test_the_same_two_dates_in_many_outlets_are_paired_outlet_by_outlet():
    # Six outlets say September 2025 and five say September 2026: a reader may notice any
    # outlet of one side against any of the other, so each meets each (up to eight a side).
    specs = [{"id": f"{side}{n}", "actor": f"{side}{n}", "article": f"{side}{n}",
              "deadlines": [(IRAQ_END, due)]}
             for side, due, count in (("x", "2025-09", 6), ("y", "2026-09", 5))
             for n in range(count)]  # fmt: skip
    found = {frozenset((c.a, c.b)) for c in find_contradictions(build(*specs))
             if c.kind == "deadline"}  # fmt: skip
    assert found == {frozenset((f"x{i}", f"y{j}")) for i in range(6) for j in range(5)}


def test_in_a_large_workspace_each_date_pair_is_shown_across_fewer_outlets():
    assert articles_a_side(1) == ARTICLES_A_SIDE
    assert articles_a_side(100_000) == MIN_ARTICLES_A_SIDE
    assert MIN_ARTICLES_A_SIDE < articles_a_side(600) < ARTICLES_A_SIDE


def test_a_voice_that_changed_between_articles_meets_the_other_camp_each_time():
    # The minister called ISIS beaten in one interview and a grave danger in a later one; a
    # general said it is a grave danger, an MP that it is beaten. Each of the minister's words
    # is set against the voice that said the opposite, besides his own change of view.
    specs = [{"id": "m-low", "actor": "minister", "article": "a1", "threat": "low"},
             {"id": "m-high", "actor": "minister", "article": "a2", "threat": "high"},
             {"id": "general", "article": "a3", "threat": "high"},
             {"id": "mp", "article": "a4", "threat": "low"}]  # fmt: skip
    found = find_contradictions(build(*specs))
    threat = {frozenset((c.a, c.b)) for c in found if c.kind == "threat"}
    assert frozenset(("m-low", "general")) in threat
    assert frozenset(("m-high", "mp")) in threat
    assert not any(c.kind == "threat" and {c.a, c.b} == {"m-low", "m-high"} for c in found)
    assert any(c.kind == "self" and {c.a, c.b} == {"m-low", "m-high"} for c in found)
    # Both in one article is one muddled account: no camp, only the `self` clash.
    for spec in specs[:2]:
        spec["article"] = "a1"
    corpus = build(*specs)
    found = find_contradictions(corpus)
    assert not any("minister" in actors_of(corpus, c) for c in found if c.kind == "threat")
    # Unless he said one of them at least twice as often: that is where he stands.
    specs.append({"id": "m-high-2", "actor": "minister", "article": "a1", "threat": "high"})
    corpus = build(*specs)
    threat = [actors_of(corpus, c) for c in find_contradictions(corpus) if c.kind == "threat"]
    assert {"minister", "mp"} in threat and {"minister", "general"} not in threat


def test_an_explanation_never_gives_the_publication_date_as_the_date_said(corpus):
    # The observers' statement has no date said; its article was published on 14 Dec 2024.
    assert corpus.statements[NO_FEAR].said_on in (None, "")
    (derived,) = [c for c in derive(corpus) if c.kind == "threat"
                  and actors_of(corpus, c) == {"observers", "reber_ahmed"}]  # fmt: skip
    assert "published 14 Dec 2024" in derived.explanation


def test_an_explanation_written_when_read_is_the_same_value_as_one_written_at_once():
    calls = []

    def write() -> str:
        calls.append(1)
        return "Sudani: Sep 2025; Austin: no end date."

    fields = ("c-deadline-a-b", "deadline", "a", "b", (1, 5), (7, 9))
    later = Contradiction.explained_later(*fields, write, "high")
    now = Contradiction(*fields, "Sudani: Sep 2025; Austin: no end date.", "high")
    assert not calls  # made without its text
    assert later == now and hash(later) == hash(now) and repr(later) == repr(now)
    assert later.explanation == now.explanation
    assert replace(later, severity="low") == replace(now, severity="low")
    assert len(calls) == 1  # written once, then kept
    with pytest.raises(AttributeError):
        later.rationale_text  # noqa: B018 - a name it does not have is still an error


def test_derived_deadline_clashes_are_explained_in_words(corpus):
    found = [
        c for c in find_contradictions(corpus) if c.kind == "deadline" and c.origin == "derived"
    ]
    assert found
    for c in found:
        names = {corpus.actors[corpus.statements[s].actor].name_en for s in (c.a, c.b)}
        assert all(name in c.explanation for name in names), c
