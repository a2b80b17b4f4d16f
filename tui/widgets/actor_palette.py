"""Command-palette provider that picks an actor by Arabic or English name, with counts."""

from __future__ import annotations

from collections import Counter
from functools import partial

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.fuzzy import Matcher

from ..arabic.normalise import fold
from ..data.model import Actor
from ..messages import ShowActor
from ..services import bidi_of, workspace_of
from .lines import Lines


def name_score(actor: Actor, query: str, matcher: Matcher) -> float:
    """How well `query` names `actor`, 0 to 1: any of its names or aliases holding the
    query once Arabic is folded scores 1; else a fuzzy match on the English name."""
    needle = fold(query.strip()).text
    names = (actor.name_ar, actor.name_en, *actor.aliases)
    if needle and any(needle in fold(n).text for n in names):
        return 1.0
    return matcher.match(actor.name_en)


class ActorCommands(Provider):
    """Show the statements of one actor: type part of a name in Arabic or English."""

    def _actors(self) -> list[tuple[Actor, int]]:
        corpus = workspace_of(self.app).corpus
        counts = Counter(s.actor for s in corpus.statements.values())
        return sorted(
            ((a, counts[a.id]) for a in corpus.actors.values() if counts[a.id]),
            key=lambda pair: (-pair[1], pair[0].name_en),
        )

    def _label(self, actor: Actor, count: int) -> Text:
        """The actor's names and count on one row, its role on the next: each cut to the
        palette's width by the display engine (the palette's help line would read the role
        as markup, and Textual would wrap an Arabic one in visual order)."""
        width = max(20, self.app.size.width - 6)
        mode = bidi_of(self.app)
        label = Lines("Actor: ").data(actor.name_en).add(" ").data(actor.name_ar)
        label.add(f"  {count} statement{'s' if count != 1 else ''}", "dim")
        if actor.role:
            label.newline().data(actor.role, "dim")
        return label.text(width, mode, wrap=False)

    def _choose(self, actor_id: str) -> None:
        self.app.post_message(ShowActor(actor_id))

    async def discover(self) -> Hits:
        for actor, count in self._actors():
            yield DiscoveryHit(self._label(actor, count), partial(self._choose, actor.id))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for actor, count in self._actors():
            score = name_score(actor, query, matcher)
            if score > 0:
                yield Hit(score, self._label(actor, count), partial(self._choose, actor.id))
