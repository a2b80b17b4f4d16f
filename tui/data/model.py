"""Immutable values of the domain: articles, actors, statements, deadlines, contradictions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final, Literal

# The codebook (see README "Codebook"); every label in a workspace must be one of these.
WITHDRAWAL: Final = ("supports", "opposes", "conditional", "unspecified")
THREAT: Final = ("high", "moderate", "low", "unspecified")
ACTOR_KINDS: Final = ("official", "expert", "organisation", "joint_statement", "unnamed_source")
FORMS: Final = ("direct_quote", "paraphrase", "reported_by_outlet")
PRECISIONS: Final = ("day", "month", "year", "unknown")
# How a statement came to be: curated with the corpus, found by import, or added by the analyst.
ORIGINS: Final = ("curated", "extracted", "analyst")
CONTRADICTION_KINDS: Final = ("deadline", "withdrawal", "threat", "factual", "self")
SEVERITIES: Final = ("high", "medium", "low")

# Controlled vocabulary of deadline events; the part before the last dot is the family,
# so related events (the exit from Iraq and the end of the mission) can be compared.
EVENTS: Final[dict[str, str]] = {
    "coalition.iraq.mission_end": "End of the coalition's military mission in (federal) Iraq",
    "coalition.iraq.full_withdrawal": "The coalition's final exit from Iraq",
    "coalition.iraq.full_withdrawal_decision": (
        "Decision (or timetable) on the coalition's full withdrawal from Iraq"
    ),
    "coalition.iraq.transition_to_bilateral": "Move from the coalition to bilateral security ties",
    "coalition.kurdistan.presence_end": "End of the coalition's presence in the Kurdistan Region",
    "coalition.base.ain_al_asad.exit": "Coalition exit from Ain al-Asad air base (Anbar)",
    "coalition.base.harir.exit": "Coalition exit from Harir base (Erbil)",
    "coalition.base.baghdad_airport.exit": "Coalition exit from the Baghdad airport base (Victory)",
    "coalition.base.erbil_airport.exit": "Coalition exit from the Erbil airport base",
    "coalition.syria_mission.end": "End of the coalition mission operating for Syria",
    "us.forces.iraq.presence_end": "End of the US military presence in Iraq",
    "us.forces.kurdistan.presence_end": "End of the US military presence in the Kurdistan Region",
    "us.forces.syria.presence_end": "End of the US military presence in Syria",
}

Withdrawal = Literal["supports", "opposes", "conditional", "unspecified"]
Threat = Literal["high", "moderate", "low", "unspecified"]


@dataclass(frozen=True, slots=True)
class Article:
    """A news article in logical order, exactly as published, with paragraph offsets."""

    id: str
    outlet: str
    title: str
    published: str  # ISO date, YYYY-MM-DD
    language: str
    text: str
    paragraphs: tuple[tuple[int, int], ...]
    url: str | None = None
    origin: str = "curated"

    def paragraph_text(self, index: int) -> str:
        """The text of paragraph `index`."""
        start, end = self.paragraphs[index]
        return self.text[start:end]


@dataclass(frozen=True, slots=True)
class Actor:
    """Someone who is quoted or whose position is reported: a person, body or joint statement."""

    id: str
    name_ar: str
    name_en: str
    role: str
    affiliation: str
    country: str
    kind: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Deadline:
    """A timeline claim inside a statement: an event, its due date and the Arabic cue."""

    event: str
    due: str  # "YYYY-MM", "YYYY-MM-DD" or "indefinite"
    cue_start: int  # offsets into the article text; the cue lies inside the quote
    cue_end: int
    cue_ar: str
    derivation: str

    @property
    def is_indefinite(self) -> bool:
        """Whether the claim sets no date (an open-ended period or assessment)."""
        return self.due == "indefinite"


@dataclass(frozen=True, slots=True)
class Statement:
    """A verbatim quote (a span of its article) attributed to an actor, with its labels."""

    id: str
    article: str
    actor: str
    start: int
    end: int
    quote_ar: str
    paragraph: int
    form: str
    verb_ar: str
    said_on: str | None  # ISO date, "YYYY-MM" or "YYYY"; None when unknown
    said_precision: str
    said_basis: str  # the words that date it, e.g. "الثلاثاء الماضي"
    summary_en: str
    withdrawal: str
    threat: str
    deadlines: tuple[Deadline, ...] = ()
    origin: str = "curated"


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Two statements that clash, with the conflicting span in each and why."""

    id: str
    kind: str
    a: str
    b: str
    span_a: tuple[int, int]
    span_b: tuple[int, int]
    explanation: str
    severity: str
    origin: str = "derived"
    rationale: str = ""
    # How a contradiction made by `explained_later` writes its explanation when first read.
    writer: Callable[[], str] | None = field(default=None, init=False, repr=False,
                                             compare=False)  # fmt: skip

    @classmethod
    def explained_later(cls, id: str, kind: str, a: str, b: str, span_a: tuple[int, int],
                        span_b: tuple[int, int], writer: Callable[[], str],
                        severity: str) -> Contradiction:  # fmt: skip
        """A derived contradiction whose explanation is `writer()`, written when first read
        (and then kept): the rules derive tens of thousands at 100,000 statements, an
        analyst reads a few, and their text would take 20 MB. Equal to the same
        contradiction made with its explanation."""
        made = cls(id, kind, a, b, span_a, span_b, "", severity)
        object.__delattr__(made, "explanation")  # an empty slot: see __getattr__
        object.__setattr__(made, "writer", writer)
        return made

    if not TYPE_CHECKING:  # hidden from mypy, which would let any name through otherwise

        def __getattr__(self, name: str) -> str:
            # Reached only for an empty slot: the explanation not written yet.
            writer = self.writer
            if name != "explanation" or writer is None:
                raise AttributeError(name)
            text = writer()
            object.__setattr__(self, "explanation", text)
            object.__setattr__(self, "writer", None)
            return text


@dataclass(frozen=True, slots=True)
class Corpus:
    """Everything a workspace holds, indexed by id."""

    articles: dict[str, Article] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    statements: dict[str, Statement] = field(default_factory=dict)
    contradictions: dict[str, Contradiction] = field(default_factory=dict)
    # Statements the analyst rejected as false: out of every list, count and export.
    rejected: dict[str, Statement] = field(default_factory=dict)

    def quote_of(self, statement: Statement) -> str:
        """The statement's quote as it stands in its article."""
        return self.articles[statement.article].text[statement.start : statement.end]
