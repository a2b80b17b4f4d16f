"""Contradictions of stance and threat between actors, and of one actor with itself."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Final

from ..arabic.normalise import fold
from .clash_parts import (
    Claim,
    actor_name,
    actor_names,
    compare_dates,
    cue_span,
    deadline_clash,
    evidence,
    make_contradiction,
    source_note,
    statement_key,
    when,
)
from .model import EVENTS, Contradiction, Corpus, Statement

# Kinds derived per actor pair, so a curated one replaces the derived one on the same actors.
ACTOR_LEVEL: Final = frozenset({"withdrawal", "threat"})


# Per axis: the pairs of positions that clash and how much.
CLASHES: Final[dict[str, tuple[tuple[str, str, str], ...]]] = {
    "withdrawal": (
        ("supports", "opposes", "medium"),
        ("conditional", "supports", "low"),
        ("conditional", "opposes", "low"),
    ),
    # Contained remnants against a grave threat: two readings of the same danger, weaker.
    "threat": (("high", "low", "medium"), ("moderate", "high", "low")),
}


OTHER_AXIS: Final = {"withdrawal": "threat", "threat": "withdrawal"}


OPPOSITE: Final = {"supports": "opposes", "opposes": "supports", "high": "low", "low": "high"}


PHRASES: Final = {
    "supports": "for the withdrawal",
    "opposes": "against the withdrawal (the forces are needed or will stay)",
    "conditional": "the coalition is needed only for some roles",
    "high": "ISIS threat high",
    "low": "ISIS threat low",
    "moderate": "ISIS contained, a moderate threat",
}


# Words (folded) that carry a label, to highlight the clause that says it rather than a quote.
CARRIERS: Final[dict[str, tuple[str, ...]]] = {
    "supports": ("خروج", "اخراج", "انسحاب", "اختتام", "انهاء", "لا حاجه", "ليس هناك حاجه", "ثابت"),
    "opposes": ("بحاجه", "ابقاء", "بقاء", "ستبقي", "يتطلب", "ديمومه"),
    "conditional": ("حاجه", "تقييم", "جزء", "تعاون"),
    "high": ("خطور", "خطر", "تهديد", "يهاجم", "مهاجمه", "يعود", "نشاط", "يستغل", "استغلال"),
    "low": ("تخوف", "هزيمه", "ذريعه", "لا خوف"),
    "moderate": ("فلول", "بقايا", "خلايا", "محدود", "سيطره"),
}


_CLAUSE: Final = re.compile(r"[^،,؛;:.!?؟]+")


def _carrier(statement: Statement, label: str) -> tuple[int, int]:
    """The span (article offsets) of the clause that carries `label`, else the whole quote."""
    quote = statement.quote_ar
    words = CARRIERS.get(label, ())
    for match in _CLAUSE.finditer(quote):
        if any(w in fold(match.group()).text for w in words):
            clause = match.group()
            start = match.start() + len(clause) - len(clause.lstrip())
            end = match.start() + len(clause.rstrip())
            return statement.start + start, statement.start + end
    if label in ("supports", "opposes") and statement.deadlines:
        d = statement.deadlines[0]
        return d.cue_start, d.cue_end
    return statement.start, statement.end


def _said(statement: Statement) -> str:
    return statement.said_on or "an unknown date"


def self_contradictions(
    corpus: Corpus, by_actor: dict[str, list[Statement]]
) -> list[Contradiction]:
    """One actor saying things that cannot both hold: two stances, two threats, two dates."""
    found = []
    for actor, said in by_actor.items():
        name = actor_name(corpus, actor)
        for axis, (x, y) in (("withdrawal", ("supports", "opposes")), ("threat", ("high", "low"))):
            xs = [s for s in said if getattr(s, axis) == x]
            ys = [s for s in said if getattr(s, axis) == y]
            if xs and ys:
                a, b = min(xs, key=statement_key), min(ys, key=statement_key)
                dated = a.said_on and b.said_on and compare_dates(a.said_on, b.said_on) != 0
                text = f"{name}: {PHRASES[x]}, yet also {PHRASES[y]}"
                text += f" (said {_said(a)} and {_said(b)}: the view may have changed)." if dated \
                    else "."  # fmt: skip
                severity = "medium" if dated else "high"
                found.append(
                    make_contradiction(
                        "self", (a, _carrier(a, x)), (b, _carrier(b, y)), text, severity, (axis,)
                    )
                )
        claims: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
        for s in said:
            for d in s.deadlines:
                claims[d.event][d.due].append((s, d))
        for event, dues in claims.items():
            keys = sorted(dues)
            for i, p in enumerate(keys):
                for q in keys[i + 1 :]:
                    clash = deadline_clash((event, p), (event, q))
                    if clash is None:
                        continue
                    pair = _apart(dues[p], dues[q])
                    if pair is None:
                        continue  # both dates in one statement: a range or two phases
                    first, second = pair
                    text = (f"{name} gives two dates for {EVENTS.get(event, event)}: "
                            f"{when(p)} and {when(q)}.")  # fmt: skip
                    found.append(
                        make_contradiction(
                            "self", cue_span(first), cue_span(second), text, clash[0], (event,)
                        )
                    )
    return found


def _apart(xs: list[Claim], ys: list[Claim]) -> tuple[Claim, Claim] | None:
    """The best-attested claims of two lists that lie in two different statements."""
    for x in sorted(xs, key=evidence):
        for y in sorted(ys, key=evidence):
            if x[0].id != y[0].id:
                return x, y
    return None


def _position(labels: dict[str, list[Statement]], axis: str) -> str | None:
    """An actor's one position on an axis; None when it has none or says both (see `self`)."""
    if axis == "withdrawal":
        if "supports" in labels and "opposes" in labels:
            return None
        for label in ("supports", "opposes", "conditional"):
            if label in labels:
                return label
        return None
    if "high" in labels and "low" in labels:
        return None
    return next((label for label in ("high", "low") if label in labels), None)


Labels = dict[str, dict[str, dict[str, list[Statement]]]]  # axis → actor → label → statements


def _camps(labels: dict[str, list[Statement]], axis: str) -> frozenset[str]:
    """The camps an actor's statements put it in on an axis. An actor that said both in
    different articles is in both (a view that changed, or two occasions: each statement still
    clashes with the other camp's voices, and `self` pairs its own); one that said both in one
    article is in the camp it spoke for at least twice as often, else in neither."""
    wanted = ("supports", "opposes") if axis == "withdrawal" else ("high", "low")
    camps = frozenset(label for label in wanted if label in labels)
    if len(camps) == 2:
        x, y = ({s.article for s in labels[label]} for label in wanted)
        if x & y:
            # One muddled account; but one said twice as often as the other is its position.
            a, b = (len(labels[label]) for label in wanted)
            return frozenset({wanted[0]} if a >= 2 * b else {wanted[1]} if b >= 2 * a else ())
    middle = "conditional" if axis == "withdrawal" else "moderate"
    if not camps and middle in labels:
        return frozenset({middle})
    return camps


def positions(
    by_actor: dict[str, list[Statement]],
) -> tuple[Labels, dict[str, dict[str, frozenset[str]]]]:
    """Each actor's statements by label on each axis, and the camps it is in there (the camps
    that `stance_clashes` sets against each other, naming every member of the larger one)."""
    labels: Labels = {}
    for axis in CLASHES:
        labels[axis] = {}
        for actor, said in by_actor.items():
            mine: dict[str, list[Statement]] = defaultdict(list)
            for s in said:
                mine[getattr(s, axis)].append(s)
            labels[axis][actor] = {k: sorted(v, key=statement_key) for k, v in mine.items()}
    camps = {axis: {actor: _camps(labels[axis][actor], axis) for actor in by_actor}
             for axis in CLASHES}  # fmt: skip
    return labels, camps


def stance_clashes(corpus: Corpus, by_actor: dict[str, list[Statement]]) -> list[Contradiction]:
    """Withdrawal and threat clashes: each actor of the smaller camp against its strongest foe."""
    labels, camps_of = positions(by_actor)
    position = {axis: {actor: _position(labels[axis][actor], axis) for actor in by_actor}
                for axis in CLASHES}  # fmt: skip
    order = {actor: i for i, actor in enumerate(by_actor)}
    found = []
    for axis, clashes in CLASHES.items():
        other = OTHER_AXIS[axis]
        for x, y, severity in clashes:
            camps = []
            for label in (x, y):
                camp = [a for a in by_actor if label in camps_of[axis][a]]
                # The loudest voice of a camp first: most statements, then first to speak.
                counts = {a: len(labels[axis][a][label]) for a in camp}
                camp.sort(key=lambda a: (-counts[a], order[a]))
                camps.append((label, camp))
            (small_label, small), (large_label, large) = sorted(
                camps, key=lambda c: len(c[1])
            )  # stable: ties keep the first label small
            if not small or not large:
                continue
            for actor in small:
                first = labels[axis][actor][small_label][0]
                others = [f for f in large if f != actor]  # its own other word is `self`
                if not others:
                    continue
                foes = _foes(
                    corpus,
                    first,
                    others,
                    position[other],
                    OPPOSITE.get(position[other][actor] or ""),
                    labels[axis],
                    large_label,
                )
                for foe, a, b in _carriers(
                    foes, labels[axis][actor][small_label], labels[axis], large_label
                ):
                    rest = [f for f in others if f not in foes]
                    also = f" (also {actor_names(corpus, rest)})" if rest and foe == foes[0] \
                        else ""  # fmt: skip
                    sides = [(a, f"{actor_name(corpus, actor)} {source_note(corpus, a)}: "
                                 f"{PHRASES[small_label]}"),
                             (b, f"{actor_name(corpus, foe)} {source_note(corpus, b)}{also}: "
                                 f"{PHRASES[large_label]}")]  # fmt: skip
                    sides.sort(key=lambda side: (side[0].article, side[0].start))
                    text = f"{sides[0][1]}; {sides[1][1]}."
                    found.append(make_contradiction(axis, (a, _carrier(a, small_label)),
                                       (b, _carrier(b, large_label)), text, severity))  # fmt: skip
    return found


# Two voices of two outlets that clash are set side by side through this many of the
# statements each made with its label: an actor often says it twice (a lead and a quote), and
# either may be the one an analyst reads. Within one article the first of each is enough.
STATEMENTS_EACH: Final = 2


def _carriers(
    foes: list[str],
    mine: list[Statement],
    labels: dict[str, dict[str, list[Statement]]],
    label: str,
) -> Iterator[tuple[str, Statement, Statement]]:
    """(foe, one of mine, one of the foe's) for each foe: the first statements of each side."""
    for foe in foes:
        theirs = labels[foe][label]
        for n, a in enumerate(mine[:STATEMENTS_EACH]):
            for m, b in enumerate(theirs[:STATEMENTS_EACH]):
                if n + m == 0 or a.article != b.article:
                    yield foe, a, b


# Besides its strongest opponent, each voice of the smaller camp meets this many voices of
# other articles: a clash across outlets is what an analyst looks for, and few enough keep the
# list readable and a workspace of 100,000 statements quick.
OTHER_ARTICLES: Final = 16


def _foes(
    corpus: Corpus,
    said: Statement,
    camp: list[str],
    other_axis: dict[str, str | None],
    wanted: str | None,
    labels: dict[str, dict[str, list[Statement]]],
    label: str,
) -> list[str]:
    """The voices of the other camp to set against one statement: its strongest opponent (who
    also disagrees on the other axis, else the loudest), then the loudest of other articles."""
    strongest = next((f for f in camp if wanted and other_axis.get(f) == wanted), camp[0])
    chosen = [strongest]
    # Words said at about the same time clash the most: nearest in time first, two voices of
    # one other article at most (a lead's "العراق" and the minister it then names).
    seen: dict[str, int] = {said.article: 2}
    for foe in sorted(camp, key=lambda f: _months_apart(corpus, said, labels[f][label][0])):
        if len(chosen) > OTHER_ARTICLES:
            break
        article = labels[foe][label][0].article
        if foe not in chosen and seen.get(article, 0) < 2:
            chosen.append(foe)
            seen[article] = seen.get(article, 0) + 1
    return chosen


def _months_apart(corpus: Corpus, a: Statement, b: Statement) -> int:
    """Roughly how many months apart two statements were said (or published)."""

    def month(s: Statement) -> int:
        article = corpus.articles.get(s.article)
        day = s.said_on or (article.published if article is not None else "")
        if not day[:4].isdigit():
            return 0
        return int(day[:4]) * 12 + (int(day[5:7]) if day[5:7].isdigit() else 6)

    return abs(month(a) - month(b))
