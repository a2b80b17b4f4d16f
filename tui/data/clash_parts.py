"""What the contradiction rules share: scopes of deadline events, ids, names, ranking."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from .model import CONTRADICTION_KINDS, Contradiction, Corpus, Deadline, Statement

SEVERITY_RANK: Final = {"high": 0, "medium": 1, "low": 2}


KIND_RANK: Final = {kind: i for i, kind in enumerate(CONTRADICTION_KINDS)}


# The actor's own words weigh more than a paraphrase, which weighs more than the outlet's gloss.
FORM_RANK: Final = {"direct_quote": 0, "paraphrase": 1, "reported_by_outlet": 2}


@dataclass(frozen=True, slots=True)
class Scope:
    """What a deadline event is about: its family, its aspect, a part (a base) and whose forces."""

    family: str  # events of one family can be compared
    aspect: str  # "end", "decision" or "transition"
    part: str = ""  # one base or region inside the family's country; "" for the whole
    force: str = "coalition"  # "coalition" or "US": in Iraq the coalition is mostly US forces


# Refines the vocabulary's rule (family = the event name up to its last dot): the bases are
# parts of the coalition's presence in Iraq, and a decision or a transition is not an exit.
SCOPES: Final[dict[str, Scope]] = {
    "coalition.iraq.mission_end": Scope("coalition.iraq", "end"),
    "coalition.iraq.full_withdrawal": Scope("coalition.iraq", "end"),
    "coalition.iraq.full_withdrawal_decision": Scope("coalition.iraq", "decision"),
    "coalition.iraq.transition_to_bilateral": Scope("coalition.iraq", "transition"),
    "coalition.base.ain_al_asad.exit": Scope("coalition.iraq", "end", "Ain al-Asad"),
    "coalition.base.harir.exit": Scope("coalition.iraq", "end", "Harir (Erbil)"),
    "coalition.base.baghdad_airport.exit": Scope("coalition.iraq", "end", "Baghdad airport"),
    "coalition.base.erbil_airport.exit": Scope("coalition.iraq", "end", "the Erbil airport base"),
    "coalition.kurdistan.presence_end": Scope("coalition.iraq", "end", "the Kurdistan Region"),
    "coalition.syria_mission.end": Scope("coalition.syria", "end"),
    "us.forces.iraq.presence_end": Scope("coalition.iraq", "end", force="US"),
    "us.forces.kurdistan.presence_end": Scope(
        "coalition.iraq", "end", "the Kurdistan Region", force="US"
    ),
    "us.forces.syria.presence_end": Scope("us.syria", "end"),
}


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


def compare_dates(a: str, b: str) -> int:
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
    if not (open_x or open_y) and compare_dates(dx, dy) == 0:
        return None
    if ex == ey:
        return ("medium", "a date against no end date") if open_x or open_y else ("high", "")
    if sx.force != sy.force:
        # "US forces leave by the end of 2026" against "the coalition leaves in September 2026":
        # news uses the two for one presence, so a reader sees a clash; the scope may differ.
        # An open end or a mission's end against the other's exit is too loose to say so.
        if (
            open_x
            or open_y
            or sx.aspect != sy.aspect
            or sx.part != sy.part
            or ("mission_end" in ex + ey)
        ):
            return None
        return "medium", "US forces against the coalition: mostly the same troops, another scope"
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
        if d_whole == "indefinite" or (not open_part and compare_dates(d_part, d_whole) <= 0):
            return None  # a base may close before the whole presence ends
        return "low", f"{part} is one part of the presence, not all of Iraq: a difference of scope"
    if open_x or open_y:
        return "low", "related but different events: the open-ended claim may mean another presence"
    return "medium", "related but different events (an end of mission is not a final exit)"


def evidence(claim: Claim) -> tuple[int, int, str, int]:
    """Sort key: a date written out beats one computed, the actor's own words beat a gloss."""
    statement, deadline = claim
    stated = 0 if deadline.due[:4] in deadline.cue_ar else 1
    return (stated, FORM_RANK.get(statement.form, 3), statement.article, statement.start)


def statement_key(statement: Statement) -> tuple[int, str, int]:
    return (FORM_RANK.get(statement.form, 3), statement.article, statement.start)


def actor_names(corpus: Corpus, actors: Iterable[str], limit: int = 3) -> str:
    """Up to `limit` English actor names, then how many more."""
    ids = list(dict.fromkeys(actors))
    names = [corpus.actors[a].name_en if a in corpus.actors else a for a in ids[:limit]]
    more = f" and {len(ids) - limit} more" if len(ids) > limit else ""
    return ", ".join(names) + more


def source_note(corpus: Corpus, statement: Statement) -> str:
    """Where and when a statement was said, for an explanation: "(Shafaq News, 14 Dec 2024)",
    or "(Shafaq News, published 14 Dec 2024)" when only the article is dated."""
    article = corpus.articles.get(statement.article)
    outlet = article.outlet if article is not None else ""
    if statement.said_on:
        when_said = when(statement.said_on)
    elif article is not None and article.published:
        when_said = f"published {when(article.published)}"  # not when it was said
    else:
        when_said = "date unknown"
    return f"({outlet}, {when_said})" if outlet else f"({when_said})"


def actor_name(corpus: Corpus, actor: str) -> str:
    return actor_names(corpus, [actor])


Side = tuple[Statement, tuple[int, int]]  # a statement and the span of it that clashes


def make_contradiction(kind: str, a: Side, b: Side, explanation: str | Callable[[], str],
                       severity: str, topic: Iterable[str] = ()) -> Contradiction:  # fmt: skip
    """A derived contradiction with its statements in reading order; an explanation given
    as a function is written when first read (Contradiction.explained_later)."""
    (sa, span_a), (sb, span_b) = sorted((a, b), key=lambda p: (p[0].article, p[0].start, p[0].id))
    cid = contradiction_id(kind, sa.id, sb.id, topic)
    if callable(explanation):
        return Contradiction.explained_later(cid, kind, sa.id, sb.id, span_a, span_b,
                                             explanation, severity)  # fmt: skip
    return Contradiction(cid, kind, sa.id, sb.id, span_a, span_b, explanation, severity)


def cue_span(claim: Claim) -> tuple[Statement, tuple[int, int]]:
    return claim[0], (claim[1].cue_start, claim[1].cue_end)


def best_pair(
    xs: Sequence[Claim], ys: Sequence[Claim], limit: int = 50
) -> tuple[Claim, Claim] | None:
    """The best-attested claims of two positions by two different actors (one actor is `self`)."""
    for x in xs[:limit]:
        for y in ys[:limit]:
            if x[0].actor != y[0].actor:
                return x, y
    return None
