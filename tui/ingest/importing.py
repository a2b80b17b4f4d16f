"""One import, whoever asks (`mawqif import`, the app's import dialog): read, extract, add.

Every input is read and checked before anything is extracted, and the whole batch is added
in one write under the workspace's lock: a bad input, a broken extraction or a failed write
leaves the workspace as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, BinaryIO

from ..data.model import Article, Corpus
from .fetch import TIMEOUT, fetch, is_url
from .text import Decoded, InputError, dateline_outlet, decode_article, read_input

if TYPE_CHECKING:
    from ..data.store import Workspace
    from .extract import Extraction

EXIT_FAILED = 1
EXIT_USAGE = 2
UNKNOWN_OUTLET = "Unknown outlet"
PASTED = "pasted text"
NO_DATE_NOTE = "no --published date: relative dates are worked out from today"


@dataclass(frozen=True, slots=True)
class Source:
    """An input read and checked: its name as given (a path, "-", an address, "pasted
    text"), its article, and the address it was fetched from after redirects ("" if a file)."""

    name: str
    decoded: Decoded
    fetched_from: str = ""


@dataclass(frozen=True, slots=True)
class Given:
    """What the analyst says of the articles; empty (None) fields are read from the page."""

    outlet: str = ""
    published: dt.date | None = None
    title: str = ""
    url: str = ""


class ImportFailed(Exception):
    """An import that stored nothing: one-line reasons, and the command's exit status."""

    def __init__(self, lines: list[str], status: int) -> None:
        super().__init__(lines[0] if lines else "")
        self.lines = lines
        self.status = status


def printable(value: str) -> str:
    """A file name or note made safe for a terminal: control characters shown as escapes."""
    return "".join(
        c if c.isprintable() and not ("\u202a" <= c <= "\u202e" or "\u2066" <= c <= "\u2069")
        else repr(c)[1:-1] or "?"
        for c in value
    )  # fmt: skip


def read_source(name: str, timeout: float = TIMEOUT, stdin: BinaryIO | None = None) -> Source:
    """The article a file, standard input ("-") or a web address names, read and checked
    (InputError with a one-line reason otherwise); an address is fetched within `timeout` s."""
    if is_url(name):
        page = fetch(name.strip(), timeout)
        # Errors name the address as given, as for a file; the one after redirects is kept.
        decoded = decode_article(page.raw, name.strip(), page.charset, page.is_html)
        return Source(name, decoded, page.url)
    where = "standard input" if name == "-" else name
    return Source(name, decode_article(read_input(name, stdin), where))


def pasted(text: str) -> Source:
    """Text the analyst pasted, checked as a file's would be (InputError otherwise)."""
    return Source(PASTED, decode_article(text.encode("utf-8"), PASTED))


def outlet_of(source: Source) -> str:
    """The outlet the page's metadata or the report's dateline names, or ""."""
    return source.decoded.outlet or dateline_outlet(source.decoded.text)


def published_of(source: Source) -> dt.date | None:
    """The publication date the page gives, or None."""
    try:
        return dt.date.fromisoformat(source.decoded.published)
    except ValueError:
        return None


def title_of(source: Source) -> str:
    """The article's headline: the page's, else its first paragraph if it reads as one."""
    from ..data.paragraphs import split_paragraphs
    from .extract import _headline as headline

    text = source.decoded.text
    return source.decoded.title or headline(text, split_paragraphs(text))


def _not_applied(article: Article, given: Given) -> tuple[list[str], str]:
    """Which of the analyst's flags differ from the article as stored (and corrected), and
    what is stored for them ("outlet 'Shafaq News', published 2025-03-10"): an import never
    changes a stored article, the app corrects it. ([], "") when none differ."""
    flags = {"--outlet": ("outlet", given.outlet.strip()),
             "--published": ("published", given.published.isoformat() if given.published else ""),
             "--title": ("title", given.title.strip())}  # fmt: skip
    differ = {flag: name for flag, (name, value) in flags.items()
              if value and value != getattr(article, name)}  # fmt: skip
    stored = ", ".join(
        f"{name} {article.published}"
        if name == "published"
        else f"{name} {getattr(article, name)[:60]!r}"
        for name in differ.values()
    )
    return list(differ), stored


def _not_applied_note(article: Article, flags: list[str], stored: str) -> list[str]:
    """The line `mawqif import` writes when flags were not applied (see `_not_applied`)."""
    if not flags:
        return []
    return [
        f"{article.id} is stored with {stored}; {', '.join(flags)} not applied (an import "
        "never changes a stored article): correct it in the app, P on one of its "
        "statements"
    ]


def _merged(a: Corpus, b: Corpus) -> Corpus:
    return Corpus(
        articles={**a.articles, **b.articles},
        actors={**a.actors, **b.actors},
        statements={**a.statements, **b.statements},
        contradictions={**a.contradictions, **b.contradictions},
    )


def _row(name: str, extraction: Extraction | None, existing: str,
         notes: list[str]) -> dict[str, Any]:  # fmt: skip
    if extraction is None:
        return {"file": name, "article": existing, "status": "existing", "notes": notes,
                "statement_ids": []}  # fmt: skip
    article = extraction.article
    return {
        "file": name,
        "article": article.id,
        "status": "new",
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published,
        "url": article.url,
        "paragraphs": len(article.paragraphs),
        "paragraphs_without_statements": extraction.paragraphs_without_statements,
        "statements": len(extraction.corpus.statements),
        "statement_ids": sorted(extraction.corpus.statements),
        "new_actors": extraction.new_actors,
        "known_actors": extraction.known_actors,
        "notes": [*notes, *extraction.warnings],
    }


def import_sources(
    workspace: Workspace,
    sources: list[Source],
    given: Given,
    dry_run: bool = False,
    extracted: Callable[[Source], object] | None = None,
) -> list[dict[str, Any]]:
    """Add the articles of `sources` to `workspace` in one write (none with `dry_run`); one
    row per source saying what it added. `extracted` is called after each article's
    extraction. ImportFailed if nothing could be stored."""
    from ..data.check import batch_problems
    from ..data.store import SaveError, WorkspaceError
    from .extract import Meta, extract, text_hash

    try:
        meta = workspace.tables().get("_meta", {}).get("1", {})
    except WorkspaceError as err:  # replaced by a damaged file since it was opened
        raise ImportFailed([str(err)], EXIT_USAGE) from None
    if isinstance(meta, dict) and meta.get("kind") == "mawqif-corpus":
        raise ImportFailed([f"{workspace.path}: is the bundled corpus, which is read-only; "
                            "import into a workspace (--db PATH)"], EXIT_USAGE)  # fmt: skip
    rows: list[dict[str, Any]] = []
    problems: list[str] = []

    def batch_for(current: Corpus) -> Corpus:
        """The import's new values, derived from the workspace as it stands under its lock."""
        rows.clear()
        known = {text_hash(a.text): a.id for a in current.articles.values()}
        batch = Corpus()
        for source in sources:
            notes: list[str] = []
            digest = text_hash(source.decoded.text)
            if digest in known:
                stored = current.articles.get(known[digest]) or batch.articles[known[digest]]
                flags, values = _not_applied(stored, given)
                notes.extend(_not_applied_note(stored, flags, values))
                rows.append({**_row(source.name, None, known[digest], notes),
                             "not_applied": values})  # fmt: skip
                continue
            published = given.published or published_of(source)
            if published is None:
                notes.append(NO_DATE_NOTE)
                published = dt.date.today()
            info = Meta(
                outlet=given.outlet.strip() or outlet_of(source) or UNKNOWN_OUTLET,
                published=published,
                title=given.title.strip() or source.decoded.title,
                url=given.url or source.decoded.url or source.fetched_from or None,
            )
            result = extract(source.decoded.text, info, _merged(current, batch))
            known[digest] = result.article.id
            batch = _merged(batch, result.corpus)
            rows.append(_row(source.name, result, "", notes))
            if extracted is not None:
                extracted(source)
        problems[:] = batch_problems(batch, current)
        if problems:
            raise ImportFailed([f"internal error, nothing imported: {printable(p)}"
                                for p in problems], EXIT_FAILED)  # fmt: skip
        return batch if not dry_run else Corpus()

    try:
        if dry_run:
            workspace.reload()
            batch_for(workspace.corpus)
        else:
            # Extract while holding the workspace's lock: another import running at the same
            # time then adds its speakers first, and this one finds them as known actors.
            workspace.add(batch_for)
    except SaveError as err:  # a full disk, a read-only folder: the import failed
        raise ImportFailed([f"{err}; nothing was imported"], EXIT_FAILED) from None
    except WorkspaceError as err:  # damaged or broken meanwhile, by another program
        raise ImportFailed([f"{err}; nothing was imported"], EXIT_USAGE) from None
    return rows


__all__ = ["EXIT_FAILED", "EXIT_USAGE", "PASTED", "UNKNOWN_OUTLET", "Given", "ImportFailed",
           "InputError", "Source", "import_sources", "outlet_of", "pasted", "printable",
           "published_of", "read_source", "title_of"]  # fmt: skip
