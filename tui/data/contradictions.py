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

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from ..arabic.normalise import fold
from .model import CONTRADICTION_KINDS, EVENTS, Contradiction, Corpus, Deadline, Statement

SEVERITY_RANK: Final = {"high": 0, "medium": 1, "low": 2}
KIND_RANK: Final = {kind: i for i, kind in enumerate(CONTRADICTION_KINDS)}
# The actor's own words weigh more than a paraphrase, which weighs more than the outlet's gloss.
FORM_RANK: Final = {"direct_quote": 0, "paraphrase": 1, "reported_by_outlet": 2}
# Kinds derived per actor pair, so a curated one replaces the derived one on the same actors.
ACTOR_LEVEL: Final = frozenset({"withdrawal", "threat"})


@dataclass(frozen=True, slots=True)
class Scope:
    """What a deadline event is about: its family, its aspect and, for a base, which one."""

    family: str  # events of one family can be compared
    aspect: str  # "end", "decision" or "transition"
    part: str = ""  # a single base inside the family's country; "" for the whole


# Refines the vocabulary's rule (family = the event name up to its last dot): the bases are
# parts of the coalition's presence in Iraq, and a decision or a transition is not an exit.
SCOPES: Final[dict[str, Scope]] = {
    "coalition.iraq.mission_end": Scope("coalition.iraq", "end"),
    "coalition.iraq.full_withdrawal": Scope("coalition.iraq", "end"),
    "coalition.iraq.full_withdrawal_decision": Scope("coalition.iraq", "decision"),
    "coalition.iraq.transition_to_bilateral": Scope("coalition.iraq", "transition"),
    "coalition.base.ain_al_asad.exit": Scope("coalition.iraq", "end", "Ain al-Asad"),
    "coalition.base.harir.exit": Scope("coalition.iraq", "end", "Harir (Erbil)"),
    "coalition.syria_mission.end": Scope("coalition.syria", "end"),
    "us.forces.iraq.presence_end": Scope("us.iraq", "end"),
    "us.forces.syria.presence_end": Scope("us.syria", "end"),
}

# Per axis: the pairs of positions that clash and how much.
CLASHES: Final[dict[str, tuple[tuple[str, str, str], ...]]] = {
    "withdrawal": (
        ("supports", "opposes", "medium"),
        ("conditional", "supports", "low"),
        ("conditional", "opposes", "low"),
    ),
    "threat": (("high", "low", "medium"),),
}
OTHER_AXIS: Final = {"withdrawal": "threat", "threat": "withdrawal"}
OPPOSITE: Final = {"supports": "opposes", "opposes": "supports", "high": "low", "low": "high"}
PHRASES: Final = {
    "supports": "for the withdrawal",
    "opposes": "against the withdrawal (the forces are needed or will stay)",
    "conditional": "the coalition is needed only for some roles",
    "high": "ISIS threat high",
    "low": "ISIS threat low",
}
# Words (folded) that carry a label, to highlight the clause that says it rather than a quote.
CARRIERS: Final[dict[str, tuple[str, ...]]] = {
    "supports": ("خروج", "اخراج", "انسحاب", "اختتام", "انهاء", "لا حاجه", "ليس هناك حاجه", "ثابت"),
    "opposes": ("بحاجه", "ابقاء", "بقاء", "ستبقي", "يتطلب", "ديمومه"),
    "conditional": ("حاجه", "تقييم", "جزء", "تعاون"),
    "high": ("خطور", "خطر", "تهديد", "يهاجم", "مهاجمه", "يعود", "نشاط", "يستغل", "استغلال"),
    "low": ("تخوف", "هزيمه", "ذريعه", "لا خوف"),
}
_CLAUSE: Final = re.compile(r"[^،,؛;:.!?؟]+")
_MONTHS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                  "Dec")  # fmt: skip

Claim = tuple[Statement, Deadline]


def scope_of(event: str) -> Scope:
    """The scope of a deadline event; unknown events form a family with their siblings."""
    return SCOPES.get(event) or Scope(event.rpartition(".")[0] or event, "end")


def when(due: str) -> str:
    """A due date in words: "Sep 2025", "30 Sep 2025", or "no end date"."""
    if due == "indefinite":
        return "no end date"
    parts = due.split("-")
    month = f"{_MONTHS[int(parts[1]) - 1]} " if len(parts) > 1 else ""
    day = f"{int(parts[2])} " if len(parts) > 2 else ""
    return f"{day}{month}{parts[0]}"


def _compare(a: str, b: str) -> int:
    """-1, 0 or 1 as date `a` is before, the same as or after `b`, at the coarser precision."""
    n = min(len(a), len(b))
    return (a[:n] > b[:n]) - (a[:n] < b[:n])


def contradiction_id(kind: str, a: str, b: str, topic: Iterable[str] = ()) -> str:
    """A stable id from the kind, the two statement ids (in either order) and the events."""
    first, second = sorted((a, b))
    subject = "+".join(sorted(set(topic)))
    digest = f"-{hashlib.sha1(subject.encode()).hexdigest()[:8]}" if subject else ""
    return f"c-{kind}-{first}-{second}{digest}"


def deadline_clash(x: tuple[str, str], y: tuple[str, str]) -> tuple[str, str] | None:
    """Severity and scope note when two (event, due) claims disagree, None when they do not."""
    (ex, dx), (ey, dy) = x, y
    sx, sy = scope_of(ex), scope_of(ey)
    open_x, open_y = dx == "indefinite", dy == "indefinite"
    if sx.family != sy.family or (open_x and open_y):
        return None
    if not (open_x or open_y) and _compare(dx, dy) == 0:
        return None
    if ex == ey:
        return ("medium", "a date against no end date") if open_x or open_y else ("high", "")
    if "transition" in (sx.aspect, sy.aspect):
        return None  # the move to bilateral ties is not an end of presence
    if "decision" in (sx.aspect, sy.aspect) and sx.aspect != sy.aspect:
        if open_x or open_y or sx.part or sy.part:
            # An open-ended stay, or one base's exit, does not contradict a date for deciding.
            return None
        return "low", "the date of a decision is not the date of an exit: a difference of scope"
    if sx.part or sy.part:
        if sx.part and sy.part:
            return None  # two bases are two places
        (part, d_part, open_part), d_whole = ((sx.part, dx, open_x), dy) if sx.part else (
            (sy.part, dy, open_y), dx)  # fmt: skip
        if d_whole == "indefinite" or (not open_part and _compare(d_part, d_whole) <= 0):
            return None  # a base may close before the whole presence ends
        return "low", f"{part} is one base, not all of Iraq: a difference of scope"
    if open_x or open_y:
        return "low", "related but different events: the open-ended claim may mean another presence"
    return "medium", "related but different events (an end of mission is not a final exit)"


def _evidence(claim: Claim) -> tuple[int, int, str, int]:
    """Sort key: a date written out beats one computed, the actor's own words beat a gloss."""
    statement, deadline = claim
    stated = 0 if deadline.due[:4] in deadline.cue_ar else 1
    return (stated, FORM_RANK.get(statement.form, 3), statement.article, statement.start)


def _statement_key(statement: Statement) -> tuple[int, str, int]:
    return (FORM_RANK.get(statement.form, 3), statement.article, statement.start)


def _names(corpus: Corpus, actors: Iterable[str], limit: int = 3) -> str:
    """Up to `limit` English actor names, then how many more."""
    ids = list(dict.fromkeys(actors))
    names = [corpus.actors[a].name_en if a in corpus.actors else a for a in ids[:limit]]
    more = f" and {len(ids) - limit} more" if len(ids) > limit else ""
    return ", ".join(names) + more


def _name(corpus: Corpus, actor: str) -> str:
    return _names(corpus, [actor])


def _make(kind: str, a: tuple[Statement, tuple[int, int]], b: tuple[Statement, tuple[int, int]],
          explanation: str, severity: str, topic: Iterable[str] = ()) -> Contradiction:
    """A derived contradiction with its statements in reading order."""
    (sa, span_a), (sb, span_b) = sorted((a, b), key=lambda p: (p[0].article, p[0].start, p[0].id))
    return Contradiction(contradiction_id(kind, sa.id, sb.id, topic), kind, sa.id, sb.id,
                         span_a, span_b, explanation, severity)  # fmt: skip


def _cue(claim: Claim) -> tuple[Statement, tuple[int, int]]:
    return claim[0], (claim[1].cue_start, claim[1].cue_end)


def _side(corpus: Corpus, claim: Claim, agreeing: Sequence[Claim]) -> str:
    """One side of a deadline clash in words, with the other actors who gave the same date."""
    statement, deadline = claim
    others = [s.actor for s, _ in agreeing if s.actor != statement.actor]
    also = f" (also {_names(corpus, others)})" if others else ""
    label = EVENTS.get(deadline.event, deadline.event)
    return f"{_name(corpus, statement.actor)}{also}: {label}, {when(deadline.due)}"


def _deadlines(corpus: Corpus, statements: Sequence[Statement]) -> list[Contradiction]:
    """Deadline clashes between actors, one per clashing pair of (event, due) positions."""
    positions: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for s in statements:
        for d in s.deadlines:
            positions[(d.event, d.due)].append((s, d))
    families: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, claims in sorted(positions.items()):
        claims.sort(key=_evidence)
        families[scope_of(key[0]).family].append(key)
    found = []
    for keys in families.values():
        for i, p in enumerate(keys):
            for q in keys[i + 1 :]:
                clash = deadline_clash(p, q)
                pair = _pair(positions[p], positions[q]) if clash else None
                if clash is None or pair is None:
                    continue
                x, y = pair
                sides = sorted(((x, positions[p]), (y, positions[q])),
                               key=lambda side: (side[0][0].article, side[0][0].start))
                text = "; ".join(_side(corpus, claim, agreeing) for claim, agreeing in sides)
                text += f" — {clash[1]}." if clash[1] else "."
                found.append(_make("deadline", _cue(x), _cue(y), text, clash[0], (p[0], q[0])))
    return found


def _pair(xs: Sequence[Claim], ys: Sequence[Claim], limit: int = 50) -> tuple[Claim, Claim] | None:
    """The best-attested claims of two positions by two different actors (one actor is `self`)."""
    for x in xs[:limit]:
        for y in ys[:limit]:
            if x[0].actor != y[0].actor:
                return x, y
    return None


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


def _self(corpus: Corpus, by_actor: dict[str, list[Statement]]) -> list[Contradiction]:
    """One actor saying things that cannot both hold: two stances, two threats, two dates."""
    found = []
    for actor, said in by_actor.items():
        name = _name(corpus, actor)
        for axis, (x, y) in (("withdrawal", ("supports", "opposes")), ("threat", ("high", "low"))):
            xs = [s for s in said if getattr(s, axis) == x]
            ys = [s for s in said if getattr(s, axis) == y]
            if xs and ys:
                a, b = min(xs, key=_statement_key), min(ys, key=_statement_key)
                dated = a.said_on and b.said_on and _compare(a.said_on, b.said_on) != 0
                text = f"{name}: {PHRASES[x]}, yet also {PHRASES[y]}"
                text += f" (said {_said(a)} and {_said(b)}: the view may have changed)." if dated \
                    else "."  # fmt: skip
                found.append(_make("self", (a, _carrier(a, x)), (b, _carrier(b, y)), text,
                                   "medium" if dated else "high", (axis,)))  # fmt: skip
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
                    first, second = min(dues[p], key=_evidence), min(dues[q], key=_evidence)
                    text = (f"{name} gives two dates for {EVENTS.get(event, event)}: "
                            f"{when(p)} and {when(q)}.")  # fmt: skip
                    found.append(_make("self", _cue(first), _cue(second), text, clash[0],
                                       (event,)))  # fmt: skip
    return found


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


def _stances(corpus: Corpus, by_actor: dict[str, list[Statement]]) -> list[Contradiction]:
    """Withdrawal and threat clashes: each actor of the smaller camp against its strongest foe."""
    labels: dict[str, dict[str, dict[str, list[Statement]]]] = {}
    for axis in CLASHES:
        labels[axis] = {}
        for actor, said in by_actor.items():
            mine: dict[str, list[Statement]] = defaultdict(list)
            for s in said:
                mine[getattr(s, axis)].append(s)
            labels[axis][actor] = {k: sorted(v, key=_statement_key) for k, v in mine.items()}
    position = {axis: {actor: _position(labels[axis][actor], axis) for actor in by_actor}
                for axis in CLASHES}  # fmt: skip
    order = {actor: i for i, actor in enumerate(by_actor)}
    found = []
    for axis, clashes in CLASHES.items():
        other = OTHER_AXIS[axis]
        for x, y, severity in clashes:
            camps = []
            for label in (x, y):
                camp = [a for a in by_actor if position[axis][a] == label]
                # The loudest voice of a camp first: most statements, then first to speak.
                counts = {a: len(labels[axis][a][label]) for a in camp}
                camp.sort(key=lambda a: (-counts[a], order[a]))
                camps.append((label, camp))
            (small_label, small), (large_label, large) = sorted(
                camps, key=lambda c: len(c[1]))  # stable: ties keep the first label small
            if not small or not large:
                continue
            best_by_other: dict[str | None, str] = {}
            for actor in large:
                best_by_other.setdefault(position[other][actor], actor)
            for actor in small:
                wanted = OPPOSITE.get(position[other][actor] or "")
                foe = best_by_other.get(wanted, large[0]) if wanted else large[0]
                a = labels[axis][actor][small_label][0]
                b = labels[axis][foe][large_label][0]
                rest = [f for f in large if f != foe]
                also = f" (also {_names(corpus, rest)})" if rest else ""
                sides = [(a, f"{_name(corpus, actor)}: {PHRASES[small_label]}"),
                         (b, f"{_name(corpus, foe)}{also}: {PHRASES[large_label]}")]
                sides.sort(key=lambda side: (side[0].article, side[0].start))
                text = f"{sides[0][1]}; {sides[1][1]}."
                found.append(_make(axis, (a, _carrier(a, small_label)),
                                   (b, _carrier(b, large_label)), text, severity))  # fmt: skip
    return found


def derive(corpus: Corpus) -> list[Contradiction]:
    """The contradictions the rules find in `corpus`, unordered."""
    statements = sorted(corpus.statements.values(), key=lambda s: (s.article, s.start, s.id))
    by_actor: dict[str, list[Statement]] = defaultdict(list)
    for s in statements:
        by_actor[s.actor].append(s)
    return _deadlines(corpus, statements) + _stances(corpus, by_actor) + _self(corpus, by_actor)


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
