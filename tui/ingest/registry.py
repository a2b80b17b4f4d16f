"""The speakers an article names, and what a later reference means: "الوزير", "الساعدي",
"المصدر الدبلوماسي", "البيان" resolved to the entity they name (coreference, as in BBC
Citron's model), and an office named before its holder joined to the person who holds it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import lexicon as lx
from .speakers import ORG_HEADS, TITLE_HEADS, Mention, bare, stem


@dataclass
class Entity:
    """A speaker the article has named, with every way it has been written."""

    key: int
    kind: str  # person, unnamed, organisation, statement
    name: str
    title: str = ""
    joint: bool = False
    surfaces: list[str] = field(default_factory=list)
    heads: set[str] = field(default_factory=set)

    @property
    def tokens(self) -> list[str]:
        """The folded words of the name."""
        return lx.f(self.name).split()


class Registry:
    """The speakers of one article, in the order they appear, and who spoke last."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.last: Entity | None = None

    def _new(self, mention: Mention, kind: str) -> Entity:
        entity = Entity(len(self.entities), kind, mention.name, mention.title, mention.joint)
        self.entities.append(entity)
        return entity

    def _match_person(self, mention: Mention) -> Entity | None:
        words = lx.f(mention.name).split()
        for entity in reversed(self.entities):
            if entity.kind != "person":
                continue
            known = entity.tokens
            if words == known or (len(words) == 1 and known[-1:] == words):
                return entity
            if len(words) >= 2 and known[-len(words) :] == words:
                return entity
            if len(known) >= 1 and len(words) > len(known) and words[-len(known) :] == known:
                entity.name = mention.name  # the fuller form ("مايكل إيرك كوريلا")
                return entity
        return None

    def _title_holder(self, words: list[str]) -> Entity | None:
        """The one person named before whose title begins with `words` ("وزير الخارجية")."""
        office = {stem(w) for w in words}
        holders = [
            e for e in self.entities
            if e.kind == "person" and e.title
            and office <= {stem(w) for w in lx.f(e.title).split()}
        ]  # fmt: skip
        return holders[-1] if len({id(e) for e in holders}) == 1 else None

    def find(self, mention: Mention) -> Entity | None:
        """The entity `mention` refers to, if the article has named it before."""
        if mention.kind == "person":
            return self._match_person(mention)
        if mention.kind == "reference":
            # "المصدر الدبلوماسي" after "المصدر الكردي": an adjective that tells sources apart
            marks = {bare(w) for w in lx.f(mention.name).split()[1:]}
            for entity in reversed(self.entities):
                said = {bare(w) for w in lx.f(" ".join([entity.name, *entity.surfaces])).split()}
                if mention.head in entity.heads and marks <= said:
                    return entity
            return None
        if mention.joint:
            return next((e for e in self.entities if e.joint), None)
        words = lx.f(mention.name).split()
        if mention.kind == "office":
            holder = self._title_holder(words)
            if holder is not None:
                return holder
        for entity in reversed(self.entities):
            known = entity.tokens
            if words == known or (len(words) >= 2 and known[-len(words) :] == words):
                return entity
        return None

    def offices_held(self) -> dict[int, Entity]:
        """Offices named without a name ("وزير الدفاع: ...") that one named person holds.

        A headline often quotes an office before the body names its holder; the office and
        the person are then one speaker. Keyed by the office entity's key.
        """
        held: dict[int, Entity] = {}
        for office in self.entities:
            if office.kind != "office":
                continue
            holder = self._title_holder(lx.f(office.name).split()) or self._named_later(office)
            if holder is not None and holder is not office:
                held[office.key] = holder
                holder.surfaces.extend(n for n in office.surfaces if n not in holder.surfaces)
        return held

    def _named_later(self, office: Entity) -> Entity | None:
        """The one speaker named after a bare title that a teaser quoted first ("المتحدث ذكر
        أن …", then "أكد متحدث باسم الخارجية …"): the title was theirs."""
        words = office.tokens
        if len(words) != 1:
            return None
        head = bare(words[0])
        later = {id(e): e for e in self.entities if e.key > office.key and head in e.heads}
        return next(iter(later.values())) if len(later) == 1 else None

    def resolve(self, mention: Mention) -> Entity:
        """The entity `mention` refers to, added to the article's speakers if it is new."""
        entity = self.find(mention)
        if entity is None:
            kind = mention.kind
            if kind == "reference":
                kind = (
                    "organisation"
                    if mention.head in ORG_HEADS
                    else ("office" if mention.head in TITLE_HEADS else "unnamed")
                )
            entity = self._new(mention, kind)
        if mention.title and not entity.title:
            entity.title = mention.title
        if mention.kind != "reference" and mention.name not in entity.surfaces:
            entity.surfaces.append(mention.name)
        if (
            mention.kind == "reference"
            and mention.name not in entity.surfaces
            and len(mention.name.split()) > 1
        ):
            entity.surfaces.append(mention.name)  # "المصدر الحكومي": how the article refers back
        if mention.head == "بيان" and mention.surface and mention.surface not in entity.surfaces:
            entity.surfaces.append(mention.surface)  # "بيان صادر عن رئاسة الإقليم"
        entity.heads.add(mention.head)
        if entity.name:
            entity.heads.add(bare(entity.tokens[0]))
        if entity.title:
            entity.heads.add(bare(lx.f(entity.title).split()[0]))
        return entity
