"""Actors for an article's sources: an actor already in the workspace when the names agree,
else a new one with its kind, country and English name.

Named people merge by name and the surnames an article uses for them, and a family name
alone ("السوداني") joins the one person of that family the workspace holds; an office
("وزير الخارجية") joins only its exact name, since offices change hands; unnamed sources never
merge ("a security source" in two articles is two people); a joint statement joins another
only when their parties are the same.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace
from typing import Final

from ..arabic.normalise import fold
from ..data.model import Actor, Corpus
from . import lexicon as lx
from .english import english_name
from .registry import Entity
from .speakers import bare

_COUNTRIES: Final = (
    ("Iraq", "عراق العراقي العراقية بغداد كوردستان كردستان الكردستاني الكوردستاني الأنبار أربيل "
     "البيشمركة الحشد النيابية النواب"),
    ("United States", "أمريكي أميركي الأمريكي الأميركي الأمريكية الأميركية واشنطن البنتاغون"),
    ("United Kingdom", "بريطانيا البريطاني البريطانية لندن"),
    ("Iran", "إيران الإيراني الإيرانية طهران"),
    ("Syria", "سوريا السوري السورية دمشق"),
    ("Turkey", "تركيا التركي التركية أنقرة"),
    ("France", "فرنسا الفرنسي الفرنسية باريس"),
)  # fmt: skip
COUNTRY_WORDS: Final = tuple((country, lx.words(listing)) for country, listing in _COUNTRIES)


def _actor_kind(entity: Entity) -> str:
    if entity.joint:
        return "joint_statement"
    if entity.kind in ("organisation", "statement"):
        return "organisation"
    if entity.kind == "unnamed":
        return "unnamed_source"
    words = lx.f(entity.title).split()
    return "expert" if any(w in lx.EXPERT_TITLES for w in words) else "official"


def _country(entity: Entity) -> str:
    words = set(lx.f(" ".join([entity.name, entity.title, *entity.surfaces])).split())
    found = [country for country, names in COUNTRY_WORDS if words & names]
    return "; ".join(found[:2])


def _parties(names: Iterable[str]) -> list[str]:
    """Who a joint statement is by: its names that are not "بيان …" themselves."""
    return [n for n in names if "بيان" not in n]


def _titled(name: str) -> bool:
    """Whether a name is an office ("وزير الخارجية"): offices change hands, so they never
    join actors of two articles."""
    first = lx.f(name).split()[:1]
    return bool(first) and (first[0] in lx.TITLES or bare(first[0]) in lx.TITLES)


_MARKS: Final = str.maketrans("", "", '«»“”"')


def _keys(names: list[str], single: bool) -> set[str]:
    """Names compared as folded words, without the marks that quote all or part of them
    («محمد شياع السوداني», مايكل “إريك” كوريلا)."""
    keys = (" ".join(n.translate(_MARKS).split()) for n in names if n)
    return {_one_spelling(fold(k).text) for k in keys if k and (single or len(k.split()) > 1)}


def _one_spelling(folded: str) -> str:
    """One spelling of names news writes two ways: "أميركي"/"أمريكي", and the United States
    with or without "الأمريكية"."""
    folded = folded.replace("اميرك", "امريك")
    return folded.removesuffix(" الامريكيه") if folded.startswith("الولايات المتحده") else folded


class Actors:
    """Actors for an article's speakers: existing ones matched by name, else new ones."""

    def __init__(self, existing: Corpus, article: str) -> None:
        self.existing = existing
        self.article = article
        self.new: dict[str, Actor] = {}
        self.known: set[str] = set()
        self.by_entity: dict[int, str] = {}
        # Known actors this article names in words they lacked ("محمد شياع السوداني" for an
        # actor stored as "السوداني"), with those words as aliases: the store adds them.
        self.named_anew: dict[str, Actor] = {}

    def _match(self, entity: Entity, kind: str) -> str | None:
        if kind == "unnamed_source":
            return None  # "a security source" in two articles is two people
        everyone = [*self.existing.actors.values(), *self.new.values()]
        if kind == "joint_statement":
            # "بيان مشترك" names no one: two joint statements are one when their parties are
            mine = _keys(_parties(entity.surfaces), True)
            for actor in everyone:
                if actor.kind == kind and mine & _keys(_parties(actor.aliases), True):
                    return actor.id
            return None
        person = entity.kind == "person"
        names = [n for n in entity.surfaces if not _titled(n)] if person else []
        mine = _keys([entity.name], True) | _keys(names, False)
        for actor in everyone:
            if actor.kind == "joint_statement":
                continue
            aliases = [a for a in actor.aliases if not _titled(a)]
            theirs = _keys([actor.name_ar], True) | _keys(aliases, person)
            if mine & theirs:
                return actor.id
        return _by_family_name(entity, everyone) if person else None

    def actor_for(self, entity: Entity) -> str:
        if entity.key in self.by_entity:
            return self.by_entity[entity.key]
        kind = _actor_kind(entity)
        found = self._match(entity, kind)
        if found is not None:
            if found not in self.new:
                self.known.add(found)
                self._name_anew(found, entity, kind)
            self.by_entity[entity.key] = found
            return found
        basis = entity.name if kind != "unnamed_source" else f"{self.article}/{entity.name}"
        digest = hashlib.sha256(fold(basis).text.encode("utf-8")).hexdigest()
        actor_id = f"actor-{digest[:10]}"
        while actor_id in self.existing.actors or actor_id in self.new:
            digest = hashlib.sha256(digest.encode()).hexdigest()
            actor_id = f"actor-{digest[:10]}"
        aliases = [s for s in entity.surfaces if s != entity.name]
        if entity.title and entity.title != entity.name:
            aliases.append(entity.title)
        self.new[actor_id] = Actor(
            id=actor_id, name_ar=_spaced(entity.name), name_en=_english(entity),
            role=_spaced(entity.title), affiliation="", country=_country(entity), kind=kind,
            aliases=tuple(dict.fromkeys(_spaced(a) for a in aliases)),
        )  # fmt: skip
        self.by_entity[entity.key] = actor_id
        return actor_id

    def _name_anew(self, actor_id: str, entity: Entity, kind: str) -> None:
        """Keep the names a known person or body is called here that it was not yet known by
        (titles and offices aside, which change hands)."""
        if kind in ("unnamed_source", "joint_statement"):
            return
        actor = self.named_anew.get(actor_id) or self.existing.actors[actor_id]
        known = {fold(n).text for n in (actor.name_ar, *actor.aliases)}
        office = _titled(actor.name_ar)  # an office's other spellings name the office
        fresh = [_spaced(n) for n in (entity.name, *entity.surfaces)
                 if n and (office or not _titled(n)) and fold(n).text not in known]  # fmt: skip
        if fresh:
            aliases = (*actor.aliases, *dict.fromkeys(fresh))
            self.named_anew[actor_id] = replace(actor, aliases=aliases)


def _family_name(name: str) -> str:
    """The family name or nisba a person's name ends with ("السوداني"), or ""."""
    words = fold(name).text.split()
    last = words[-1] if words else ""
    return last if last.startswith("ال") and len(last) > 4 else ""


def _by_family_name(entity: Entity, everyone: list[Actor]) -> str | None:
    """The one person in the workspace with the family name of `entity`, when one article
    names him in full ("محمد شياع السوداني") and another by that name alone ("السوداني")."""
    family = _family_name(entity.name)
    if not family:
        return None
    single = len(entity.name.split()) == 1
    found = {a.id for a in everyone if a.kind in ("official", "expert")
             and _family_name(a.name_ar) == family
             and (single or len(a.name_ar.split()) == 1)}  # fmt: skip
    return found.pop() if len(found) == 1 else None


def _spaced(name: str) -> str:
    """A name with its words apart by single spaces (a page's no-break spaces and line breaks
    are layout, not part of the name), without marks that quote all of it ('"المقاومة"')."""
    name = " ".join(name.split())
    if len(name) > 2 and name[0] in '"«“”' and name[-1] in '"»”“' and name.count(name[0]) <= 2:
        name = name[1:-1].strip()
    return name


def _english(entity: Entity) -> str:
    """The English name of a new actor; a joint statement says whose it is."""
    name = english_name(entity.name, entity.kind)
    parties = [p for p in entity.surfaces if p != entity.name and "بيان" not in p]
    if entity.joint and parties:
        name += f" ({english_name(parties[0], 'organisation')})"
    return name
