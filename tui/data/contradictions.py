"""Contradictions worked out from labels and deadlines, merged with the curated ones.

How the rules keep the list short enough to read (and fast on 100k statements):

- Deadlines are grouped into positions, one per (event, due date). Only positions of one
  family (`SCOPES`) are compared, so the work grows with the number of distinct dates, not of
  statements; each clashing pair of positions gives one contradiction between its best-attested
  statements, and the explanation names the other actors who gave the same date.
- Withdrawal stance and ISIS threat are compared between actors, not statements. Each actor
  gets one position per axis (an actor who supports withdrawal and also wants air support is a
  supporter with a nuance, not a "conditional" voice). Every actor of the smaller camp is set
  against its strongest opponent in the other camp (one who also disagrees on the other axis,
  else the one who said it most often), so each dissenting voice appears once.
- One actor saying both things on an axis, or giving two dates for one event, is kind `self`.
- Scope is not a clash: two different bases, Iraq against Syria, the US against the coalition,
  and a base that closes before the whole withdrawal are never paired. A base that outlasts
  the end in Iraq, or a decision dated apart from an exit, is kept at low severity.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Final

from .clash_parts import (
    KIND_RANK,
    SEVERITY_RANK,
    Claim,
    actor_name,
    actor_names,
    best_pair,
    contradiction_id,
    cue_span,
    deadline_clash,
    evidence,
    make_contradiction,
    scope_of,
    source_note,
    when,
)
from .model import EVENTS, Contradiction, Corpus, Deadline, Statement
from .stance_clashes import ACTOR_LEVEL, self_contradictions, stance_clashes

__all__ = ["ARTICLES_A_SIDE", "MIN_ARTICLES_A_SIDE", "articles_a_side", "contradiction_id",
           "deadline_clash", "deadline_in", "derive", "find_contradictions", "merge",
           "when"]  # fmt: skip


def _side(corpus: Corpus, claim: Claim, agreeing: Sequence[Claim]) -> str:
    """One side of a deadline clash in words, with the other actors who gave the same date."""
    statement, deadline = claim
    others = [s.actor for s, _ in agreeing if s.actor != statement.actor]
    also = f" (also {actor_names(corpus, others)})" if others else ""
    label = EVENTS.get(deadline.event, deadline.event)
    return (
        f"{actor_name(corpus, statement.actor)} {source_note(corpus, statement)}{also}: "
        f"{label}, {when(deadline.due)}"
    )


def _deadlines(corpus: Corpus, statements: Sequence[Statement]) -> list[Contradiction]:
    """Deadline clashes between actors, one per clashing pair of (event, due) positions."""
    positions: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for s in statements:
        for d in s.deadlines:
            positions[(d.event, d.due)].append((s, d))
    families: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, claims in sorted(positions.items()):
        claims.sort(key=evidence)
        families[scope_of(key[0]).family].append(key)
    clashing = [(p, q, clash) for keys in families.values()
                for i, p in enumerate(keys) for q in keys[i + 1 :]
                if (clash := deadline_clash(p, q)) is not None]  # fmt: skip
    a_side = articles_a_side(sum(1 for *_, clash in clashing if clash[0] != "low"))
    found = []
    for p, q, clash in clashing:
        # The same event with two dates, or with a date and no end, is the clash an
        # analyst looks for in every outlet; a difference of scope is shown once.
        pairs = (
            _pairs(positions[p], positions[q], a_side)
            if clash[0] != "low"
            else [pair for pair in [best_pair(positions[p], positions[q])] if pair]
        )
        for x, y in pairs:
            # Written when read: tens of thousands of these at 100,000 statements.
            text = _Explained(corpus, x, positions[p], y, positions[q], clash[1])
            found.append(
                make_contradiction(
                    "deadline", cue_span(x), cue_span(y), text, clash[0], (p[0], q[0])
                )
            )
    return found


class _Explained:
    """A deadline clash in words, written when called: each side (claim `x` among those of
    its position `xs`, `y` among `ys`) in reading order, then the note on their scope.
    One small object (what a closure or partial would take three for)."""

    __slots__ = ("corpus", "x", "xs", "y", "ys", "note")

    def __init__(self, corpus: Corpus, x: Claim, xs: Sequence[Claim], y: Claim,
                 ys: Sequence[Claim], note: str) -> None:  # fmt: skip
        self.corpus, self.x, self.xs, self.y, self.ys, self.note = corpus, x, xs, y, ys, note

    def __call__(self) -> str:
        sides = sorted(((self.x, self.xs), (self.y, self.ys)),
                       key=lambda side: (side[0][0].article, side[0][0].start))  # fmt: skip
        text = "; ".join(_side(self.corpus, claim, agreeing) for claim, agreeing in sides)
        return text + (f" — {self.note}." if self.note else ".")


# Besides the best-attested pair, two dates for one event are set side by side across up to
# this many other articles a side: the same clash said in other outlets is what an analyst
# reads, and the pair a reader notices may be any of them. In a large workspace the fan-out
# shrinks (to no fewer than two a side) so that all deadline clashes together stay within
# about DEADLINE_PAIRS: a list to read and a `c` that opens in a second at 100,000 statements.
ARTICLES_A_SIDE: Final = 8
MIN_ARTICLES_A_SIDE: Final = 2
DEADLINE_PAIRS: Final = 20_000


def articles_a_side(clashing_positions: int) -> int:
    """How many articles a side each of `clashing_positions` pairs of dates is shown across."""
    if clashing_positions == 0:
        return ARTICLES_A_SIDE
    fits = math.isqrt(DEADLINE_PAIRS // clashing_positions)
    return max(MIN_ARTICLES_A_SIDE, min(ARTICLES_A_SIDE, fits))


def _pairs(xs: Sequence[Claim], ys: Sequence[Claim], a_side: int) -> list[tuple[Claim, Claim]]:
    """The claims of two clashing positions to set against each other: the best-attested
    pair, then the first claim of each of `a_side` articles a side, two actors, two articles."""
    best = best_pair(xs, ys)
    if best is None:
        return []
    chosen = [best]

    def firsts(claims: Sequence[Claim]) -> list[Claim]:
        seen: dict[str, Claim] = {}
        for claim in claims:
            seen.setdefault(claim[0].article, claim)
        return list(seen.values())[:a_side]

    for x in firsts(xs):
        for y in firsts(ys):
            apart = x[0].actor != y[0].actor and x[0].article != y[0].article
            if apart and (x, y) not in chosen:
                chosen.append((x, y))
    return chosen


def derive(corpus: Corpus) -> list[Contradiction]:
    """The contradictions the rules find in `corpus`, unordered."""
    statements = sorted(corpus.statements.values(), key=lambda s: (s.article, s.start, s.id))
    by_actor: dict[str, list[Statement]] = defaultdict(list)
    for s in statements:
        by_actor[s.actor].append(s)
    found = (
        _deadlines(corpus, statements)
        + stance_clashes(corpus, by_actor)
        + self_contradictions(corpus, by_actor)
    )
    return [c for c in found if c.a != c.b]  # a statement never contradicts itself


def merge(
    corpus: Corpus, derived: Iterable[Contradiction], curated: Iterable[Contradiction]
) -> list[Contradiction]:
    """Derived and curated together; a curated one replaces a derived one on the same pair."""
    actor = {s.id: s.actor for s in corpus.statements.values()}
    kept_curated = [c for c in curated if c.a in corpus.statements and c.b in corpus.statements]
    pairs = {(c.kind, frozenset((c.a, c.b))) for c in kept_curated}
    actor_pairs = {(c.kind, frozenset((actor[c.a], actor[c.b]))) for c in kept_curated}
    out = [
        d for d in derived
        if (d.kind, frozenset((d.a, d.b))) not in pairs
        and not (d.kind in ACTOR_LEVEL
                 and (d.kind, frozenset((actor[d.a], actor[d.b]))) in actor_pairs)
    ]  # fmt: skip
    return out + kept_curated


def deadline_in(statement: Statement, span: tuple[int, int]) -> Deadline | None:
    """The statement's deadline whose cue overlaps `span` (article offsets), if any."""
    start, end = span
    return next((d for d in statement.deadlines if d.cue_start < end and start < d.cue_end), None)


def _weight(corpus: Corpus, c: Contradiction) -> int:
    """Within a severity, two written dates outrank a date against an open-ended claim."""
    if c.kind != "deadline":
        return 0
    sides = ((corpus.statements[c.a], c.span_a), (corpus.statements[c.b], c.span_b))
    deadlines = [deadline_in(s, span) for s, span in sides]
    return sum(1 for d in deadlines if d is not None and d.is_indefinite)


def rank_key(corpus: Corpus, c: Contradiction) -> tuple[int, int, int, str, int, str, int, str]:
    """Sort key: severity, kind, weight, then the two statements in reading order, then id."""
    sa, sb = corpus.statements[c.a], corpus.statements[c.b]
    return (SEVERITY_RANK.get(c.severity, 3), KIND_RANK.get(c.kind, len(KIND_RANK)),
            _weight(corpus, c), sa.article, sa.start, sb.article, sb.start, c.id)  # fmt: skip


def find_contradictions(corpus: Corpus) -> list[Contradiction]:
    """Every contradiction in `corpus`, derived and curated, worst first, in a stable order."""
    found = merge(corpus, derive(corpus), corpus.contradictions.values())
    return sorted(found, key=lambda c: rank_key(corpus, c))
