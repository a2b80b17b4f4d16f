"""The analyst's corrections from the keyboard: speakers, quotes, summaries, dates said,
deadlines, rejected and added statements, actors renamed and merged, articles' outlet,
publication date and title.

Each correction is one change of an annotation in the review file (tui/data/fixes.py says
what it may hold), made through the review session: applied at once, saved in a worker,
undone with `z`. A field set back to its stored value withdraws its correction instead
of keeping a copy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .data.corrections import new_actor_id, new_statement_id
from .data.fixes import deadline_records, said_fix
from .data.model import Actor, Statement

# The dialogs (forms, pickers, a text area) load when one first opens: the app makes its
# Corrections as it shows the first statements, which must not wait for them.
if TYPE_CHECKING:
    from .app import MawqifApp
    from .data.store import Workspace
    from .screens.actor_dialogs import ActorDraft, Pick
    from .screens.deadline_dialog import DeadlineRecord
    from .screens.statement_form import StatementDraft, StatementForm


# The statement form's fields as a notice names them ("Corrected date said, deadlines").
FIELD_NAMES: dict[str, str] = {"actor": "speaker", "withdrawal": "stance", "said_on": "date said",
                               "summary_en": "summary"}  # fmt: skip


def field_of(statement: Statement, name: str) -> Any:
    """A statement's field as a fix holds it."""
    if name == "span":
        return (statement.start, statement.end)
    if name == "deadlines":
        return deadline_records(statement.deadlines)
    if name == "said_on":
        return said_fix(statement.said_on or "", statement.said_basis)
    return getattr(statement, name)


def _same(name: str, before: Any, value: Any) -> bool:
    """Whether a field's correction `value` says what `before` does."""
    if name in ("span", "deadlines"):
        return tuple(before) == tuple(value)
    if name == "said_on":  # the words it was worked out from do not make another date
        return (before["date"], before["precision"]) == (value["date"], value["precision"])
    return bool(before == value)


class Corrections:
    """What the correction keys do, on whichever screen they are pressed."""

    def __init__(self, app: MawqifApp) -> None:
        self.app = app

    @property
    def workspace(self) -> Workspace:
        """The workspace the app has open."""
        assert self.app.workspace is not None
        return self.app.workspace

    def statement(self, statement_id: str | None) -> Statement | None:
        """The statement as corrected, rejected ones included; a warning if there is none."""
        corpus = self.workspace.corpus
        found = corpus.statements.get(statement_id or "") or corpus.rejected.get(statement_id or "")
        if found is None:
            self.app.notify("Select a statement first.", severity="warning")
        return found

    def _apply(self, target: str, what: str, undone: str | None = None, **fix: Any) -> bool:
        return self._apply_many({target: fix}, what, undone)

    def _apply_many(self, changes: dict[str, dict[str, Any]], what: str,
                    undone: str | None = None) -> bool:  # fmt: skip
        review = self.app.review
        return review is not None and review.apply_many(changes, what, undone) is not None

    def _kept(self, statement: Statement, name: str, value: Any) -> Any:
        """`value` as the correction of `name`: None (no correction) when it is the stored
        value. A statement the analyst added has no stored value: every field is kept."""
        stored = self.workspace.stored.statements.get(statement.id)
        if stored is None:
            return value
        return None if _same(name, field_of(stored, name), value) else value

    # -- actors -------------------------------------------------------------------------

    def actors_with_counts(self) -> list[tuple[Actor, int]]:
        """Every actor with its number of statements, the most quoted first."""
        corpus = self.workspace.corpus
        counts = Counter(s.actor for s in corpus.statements.values())
        return sorted(((a, counts[a.id]) for a in corpus.actors.values()),
                      key=lambda pair: (-pair[1], pair[0].name_en))  # fmt: skip

    def pick_actor(
        self,
        title: str,
        then: Callable[[str], None],
        current: str | None = None,
        exclude: str | None = None,
        allow_new: bool = True,
    ) -> None:
        """Ask for an actor (or a new one, created at once), then call `then` with its id."""
        from .screens.actor_dialogs import ActorPicker, NewActorDialog

        actors = [(a, n) for a, n in self.actors_with_counts() if a.id != exclude]

        def picked(pick: Pick | None) -> None:
            if pick is None:
                return
            if pick.actor is not None:
                then(pick.actor)
                return

            def drafted(draft: ActorDraft | None) -> None:
                created = self.create_actor(draft) if draft is not None else None
                if created is not None:
                    then(created)

            self.app.push_screen(NewActorDialog(pick.query), drafted)

        self.app.push_screen(
            ActorPicker(title, actors, current=current, allow_new=allow_new), picked
        )

    def create_actor(self, draft: ActorDraft) -> str | None:
        """Add the actor `draft` describes; its new id."""
        actor_id = new_actor_id()
        made = self._apply(f"actor:{actor_id}", f"Actor created: {draft.name_en}",
                           name_ar=draft.name_ar, name_en=draft.name_en, role=draft.role,
                           kind=draft.kind)  # fmt: skip
        return actor_id if made else None

    def edit_actor(self, actor_id: str | None) -> None:
        """Change an actor's English name and role."""
        from .screens.actor_dialogs import ActorEditDialog

        actor = self.workspace.corpus.actors.get(actor_id or "")
        if actor is None:
            self.app.notify("Select an actor or a statement first.", severity="warning")
            return
        stored = self.workspace.stored.actors.get(actor.id)

        def done(result: tuple[str, str] | None) -> None:
            if result is None or result == (actor.name_en, actor.role):
                return
            name_en, role = result
            keep: dict[str, Any] = {"name_en": name_en, "role": role}
            if stored is not None:  # back at the stored value: no correction
                keep = {k: None if getattr(stored, k) == v else v for k, v in keep.items()}
            self._apply(f"actor:{actor.id}", f"Actor now {name_en}",
                        f"actor back to {actor.name_en}", **keep)  # fmt: skip

        self.app.push_screen(ActorEditDialog(actor), done)

    def merge_actor(self, actor_id: str | None) -> None:
        """Merge another actor into this one: its statements move here, its names become
        this one's aliases."""
        kept = self.workspace.corpus.actors.get(actor_id or "")
        if kept is None:
            self.app.notify("Select an actor or a statement first.", severity="warning")
            return

        def merge(other_id: str) -> None:
            other = self.workspace.corpus.actors[other_id]
            self._apply(f"actor:{other.id}", f"{other.name_en} merged into {kept.name_en} "
                        "(z undoes)", f"{other.name_en} is an actor of its own again",
                        merged_into=kept.id)  # fmt: skip

        self.pick_actor(f"Merge into {kept.name_en}: which actor is the same one? Its "
                        "statements move here and its names become aliases.", merge,
                        exclude=kept.id, allow_new=False)  # fmt: skip

    # -- statements ---------------------------------------------------------------------

    def change_speaker(self, statement_id: str | None) -> None:
        """Pick who said the selected statement (or create the actor)."""
        statement = self.statement(statement_id)
        if statement is None:
            return

        def chosen(actor_id: str) -> None:
            if actor_id != statement.actor:
                actors = self.workspace.corpus.actors
                name = actors[actor_id].name_en
                self._apply(f"statement:{statement.id}", f"Speaker now {name}",
                            f"speaker back to {actors[statement.actor].name_en}",
                            actor=self._kept(statement, "actor", actor_id))  # fmt: skip

        self.pick_actor(f"Who said {statement.id}?", chosen, current=statement.actor)

    def edit_statement(self, statement_id: str | None) -> None:
        """Correct speaker, form, labels, summary and deadlines in one form."""
        from .screens.statement_form import StatementDraft

        statement = self.statement(statement_id)
        if statement is None:
            return
        s = statement
        draft = StatementDraft(s.actor, s.form, s.withdrawal, s.threat, s.summary_en,
                               deadline_records(s.deadlines), s.said_on or "")  # fmt: skip

        def done(new: StatementDraft | None) -> None:
            if new is None:
                return
            fields = {name: getattr(new, name)
                      for name in ("actor", "form", "withdrawal", "threat", "summary_en",
                                   "deadlines", "said_on")
                      if getattr(new, name) != getattr(draft, name)}  # fmt: skip
            if "said_on" in fields:  # typed by the analyst: no words of the article date it
                fields["said_on"] = said_fix(new.said_on)
                if "deadlines" not in fields:
                    # "خلال 12 شهراً" counts from the day said: the new day moves the due date
                    anew = self._deadlines_said_anew(s, new.said_on)
                    if anew is not None:
                        fields["deadlines"] = anew
            if not fields:
                self.app.notify("Nothing changed.", timeout=2)
                return
            kept = {name: self._kept(s, name, value) for name, value in fields.items()}
            named = ", ".join(FIELD_NAMES.get(name, name) for name in fields)
            self._apply(f"statement:{s.id}", f"Corrected {named}", **kept)

        self.app.push_screen(self._form(f"Correct statement {s.id}", s.article, (s.start, s.end),
                                        draft), done)  # fmt: skip

    def _form(self, title: str, article_id: str, span: tuple[int, int],
              draft: StatementDraft) -> StatementForm:  # fmt: skip
        from .screens.statement_form import StatementForm

        article = self.workspace.corpus.articles[article_id]

        def pick(current: str | None, then: Callable[[str], None]) -> None:
            self.pick_actor("Who said it?", then, current=current)

        return StatementForm(title, article, span, draft, lambda: self.workspace.corpus.actors,
                             pick)  # fmt: skip

    def add_deadline(self, statement_id: str | None) -> None:
        """Add a deadline to the selected statement, its cue marked on the quote."""
        from .screens.deadline_dialog import DeadlineDialog

        statement = self.statement(statement_id)
        if statement is None:
            return
        article = self.workspace.corpus.articles[statement.article]

        def done(record: DeadlineRecord | None) -> None:
            if record is not None:
                deadlines = (*deadline_records(statement.deadlines), record)
                self._apply(f"statement:{statement.id}", f"Deadline added: {record['due']}",
                            deadlines=self._kept(statement, "deadlines", deadlines))  # fmt: skip

        self.app.push_screen(DeadlineDialog(article, (statement.start, statement.end)), done)

    def move_quote(self, statement_id: str | None) -> None:
        """Move the selected quote's start and end word by word."""
        from .screens.quote_dialog import QuoteDialog

        statement = self.statement(statement_id)
        if statement is None:
            return
        article = self.workspace.corpus.articles[statement.article]
        cues = [(d.cue_start, d.cue_end) for d in statement.deadlines]

        def done(span: tuple[int, int] | None) -> None:
            if span is not None:
                self._apply(f"statement:{statement.id}", "Quote moved",
                            span=self._kept(statement, "span", span))  # fmt: skip

        self.app.push_screen(QuoteDialog(article, statement.paragraph,
                                         (statement.start, statement.end), cues), done)  # fmt: skip

    def toggle_rejected(self, statement_id: str | None) -> None:
        """Reject the selected statement as false, or restore a rejected one."""
        statement = self.statement(statement_id)
        if statement is None:
            return
        if statement.id in self.workspace.corpus.rejected:
            self._apply(f"statement:{statement.id}", "Restored", "rejected again",
                        rejected=None)  # fmt: skip
        else:
            self._apply(f"statement:{statement.id}", "Rejected (v shows rejected ones, z undoes)",
                        "no longer rejected", rejected=True)  # fmt: skip

    def add_statement(self, article_id: str, span: tuple[int, int]) -> None:
        """Add the quote at `span` of `article_id` as a statement the import missed."""
        from .ingest.quotes import find_quotes
        from .screens.statement_form import StatementDraft

        # Words marked inside quotation marks are a direct quote; reported speech ("قال إن
        # …", the outlet's words) is a paraphrase: the form the analyst would pick first.
        text = self.workspace.corpus.articles[article_id].text
        a, b = span
        quoted = any(q.contains(a) and q.contains(b - 1) for q in find_quotes(text, 0, len(text)))
        form = "direct_quote" if quoted else "paraphrase"
        draft = StatementDraft(None, form, "unspecified", "unspecified", "")

        def done(new: StatementDraft | None) -> None:
            if new is None or new.actor is None:
                return
            statement_id = new_statement_id(article_id)
            added = self._apply(
                f"statement:{statement_id}", "Statement added", article=article_id, span=span,
                actor=new.actor, form=new.form, withdrawal=new.withdrawal, threat=new.threat,
                summary_en=new.summary_en, deadlines=new.deadlines,
                said_on=said_fix(new.said_on) if new.said_on else None,
            )  # fmt: skip
            if added:
                self.app.open_statement(statement_id)

        self.app.push_screen(self._form("Add a statement", article_id, span, draft), done)

    # -- articles ---------------------------------------------------------------------

    def edit_article(self, article_id: str | None) -> None:
        """Correct an article's outlet, publication date and title; a new date works out
        again the dates said and deadlines its statements took from it."""
        from .screens.article_dialog import ArticleDialog

        article = self.workspace.corpus.articles.get(article_id or "")
        if article is None:
            self.app.notify("Select a statement first.", severity="warning")
            return
        stored = self.workspace.stored.articles.get(article.id)

        def done(values: dict[str, str] | None) -> None:
            if values is None:
                return
            changed = {k: v for k, v in values.items() if getattr(article, k) != v}
            if not changed:
                self.app.notify("Nothing changed.", timeout=2)
                return
            keep: dict[str, Any] = {
                k: None if stored is not None and getattr(stored, k) == v else v
                for k, v in changed.items()
            }
            what = f"Article corrected: {', '.join(changed)}"
            also: dict[str, dict[str, Any]] = {}
            if "published" in changed:
                also = self._redated(article.id, changed["published"])
                what += f"; {len(also)} statement(s) dated anew"
            self._apply_many({f"article:{article.id}": keep, **also}, what,
                             f"article {', '.join(changed)} as before")  # fmt: skip

        self.app.push_screen(ArticleDialog(article), done)

    def _deadlines_said_anew(
        self, statement: Statement, said_on: str
    ) -> tuple[dict[str, Any], ...] | None:
        """The statement's deadlines from a new date said (tui/ingest/redating.py), or None."""
        from .ingest.redating import deadlines_said_anew

        article = self.workspace.corpus.articles.get(statement.article)
        if article is None or statement.origin != "extracted":
            return None
        return deadlines_said_anew(article, statement, said_on)

    def _redated(self, article_id: str, published: str) -> dict[str, dict[str, Any]]:
        """The corrections of the article's extracted statements that a new publication
        date makes (see tui/ingest/redating.py), by target."""
        import datetime as dt

        from .ingest.redating import Item, redate

        corpus, stored = self.workspace.corpus, self.workspace.stored
        article = corpus.articles[article_id]
        items = []
        for sid, s in sorted(stored.statements.items()):
            now = corpus.statements.get(sid) or corpus.rejected.get(sid)
            if s.article == article_id and s.origin == "extracted" and now is not None:
                fix = self.workspace.annotation(f"statement:{sid}").fix
                items.append(Item(s, now, fix))
        before, after = (dt.date.fromisoformat(d) for d in (article.published, published))
        found = redate(article, before, after, items)
        return {f"statement:{sid}": fields for sid, fields in found.fixes.items()}
