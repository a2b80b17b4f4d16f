"""`mawqif import`: read Arabic articles, propose their statements, add them in one write."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..data.model import Corpus

# The extractor and the store load when an import runs, not whenever the command line
# is built: `mawqif` itself must start fast.
if TYPE_CHECKING:
    from ..data.store import Workspace
    from .extract import Extraction
    from .text import Decoded

EXIT_FAILED = 1
EXIT_USAGE = 2
UNKNOWN_OUTLET = "Unknown outlet"


@dataclass(frozen=True, slots=True)
class _Input:
    name: str
    decoded: Decoded


def add_import_parser(
    sub: Any, common: Callable[[argparse.ArgumentParser, bool], None]
) -> argparse.ArgumentParser:
    """Register `mawqif import` with the subcommand parsers; `common` adds --db and --bidi."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "import",
        help="import Arabic news articles (text or HTML) and propose their statements",
        description="Read Arabic articles (UTF-8 text or HTML; '-' reads standard input), "
        "find who said what, and add the article, its speakers and their statements to the "
        "workspace in one write. Every statement is marked machine-extracted until reviewed. "
        "An article already in the workspace is reported, not added again.",
    )
    common(parser, True)
    parser.add_argument("files", nargs="+", metavar="FILE", help="an article file, or - for stdin")
    parser.add_argument("--outlet", help="who published it (default: the page's site name or "
                        "the report's dateline)")  # fmt: skip
    parser.add_argument("--published", metavar="YYYY-MM-DD",
                        help="publication date; relative dates (أمس، الثلاثاء الماضي) are "
                        "worked out from it (default: the page's date, else today)")  # fmt: skip
    parser.add_argument("--url", help="where the article was published")
    parser.add_argument("--title", help="the article's title (default: its headline)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--dry-run", action="store_true",
                        help="extract and report, but write nothing")  # fmt: skip
    return parser


def _fail(message: str) -> int:
    print(f"mawqif: {message}", file=sys.stderr)
    return EXIT_USAGE


def _printable(value: str) -> str:
    """A file name or note made safe for a terminal: control characters shown as escapes."""
    return "".join(
        c if c.isprintable() and not ("\u202a" <= c <= "\u202e" or "\u2066" <= c <= "\u2069")
        else repr(c)[1:-1] or "?"
        for c in value
    )  # fmt: skip


def _outlet(args: argparse.Namespace, decoded: Decoded) -> str:
    from .text import dateline_outlet

    if args.outlet:
        return str(args.outlet).strip()
    if decoded.outlet:
        return decoded.outlet
    return dateline_outlet(decoded.text) or UNKNOWN_OUTLET


def _published(args: argparse.Namespace, decoded: Decoded, notes: list[str]) -> dt.date:
    if args.published:
        return dt.date.fromisoformat(args.published)
    if decoded.published:
        try:
            return dt.date.fromisoformat(decoded.published)
        except ValueError:
            pass
    notes.append("no --published date: relative dates are worked out from today")
    return dt.date.today()


def _merged(a: Corpus, b: Corpus) -> Corpus:
    return Corpus(
        articles={**a.articles, **b.articles},
        actors={**a.actors, **b.actors},
        statements={**a.statements, **b.statements},
        contradictions={**a.contradictions, **b.contradictions},
    )


def _read_all(files: list[str]) -> tuple[list[_Input], list[str]]:
    from .text import InputError, decode_article, read_input

    inputs: list[_Input] = []
    errors: list[str] = []
    for name in files:
        try:
            decoded = decode_article(read_input(name), "standard input" if name == "-" else name)
        except InputError as err:
            errors.append(_printable(str(err)))
            continue
        inputs.append(_Input(name, decoded))
    return inputs, errors


def _row(
    name: str, extraction: Extraction | None, existing: str, notes: list[str]
) -> dict[str, Any]:
    if extraction is None:
        return {"file": name, "article": existing, "status": "existing", "notes": notes}
    article = extraction.article
    return {
        "file": name,
        "article": article.id,
        "status": "new",
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published,
        "paragraphs": len(article.paragraphs),
        "paragraphs_without_statements": extraction.paragraphs_without_statements,
        "statements": len(extraction.corpus.statements),
        "new_actors": extraction.new_actors,
        "known_actors": extraction.known_actors,
        "notes": [*notes, *extraction.warnings],
    }


def _say(rows: list[dict[str, Any]], args: argparse.Namespace, workspace: Workspace) -> None:
    if args.json:
        payload = {"workspace": str(workspace.path), "dry_run": bool(args.dry_run),
                   "articles": rows}  # fmt: skip
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    for row in rows:
        where = "standard input" if row["file"] == "-" else _printable(row["file"])
        if row["status"] == "existing":
            print(f"{row['article']}  already in the workspace ({where})")
        else:
            print(
                f"{row['article']}  {row['statements']} statement(s) from "
                f"{row['paragraphs']} paragraph(s), {row['paragraphs_without_statements']} "
                f"without statements; {row['new_actors']} new actor(s), "
                f"{row['known_actors']} known ({where})"
            )
        for note in row["notes"]:
            print(f"mawqif: note: {where}: {_printable(note)}", file=sys.stderr)
    if args.dry_run:
        print("mawqif: --dry-run: nothing was written", file=sys.stderr)


class _Invalid(Exception):
    """An extraction that failed the workspace's checks (a bug, never the article's fault)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems[0] if problems else "")
        self.problems = problems


def run_import(workspace: Workspace, args: argparse.Namespace) -> int:
    """Import the articles named in `args` into `workspace`; the exit status."""
    from ..data.check import batch_problems
    from ..data.store import SaveError, WorkspaceError
    from .extract import Meta, extract, text_hash

    if args.published:
        try:
            dt.date.fromisoformat(args.published)
        except ValueError:
            return _fail(f"--published: {args.published!r} is not a date (YYYY-MM-DD)")
    if args.files.count("-") > 1:
        return _fail("standard input (-) can be read only once")
    try:
        meta = workspace.tables().get("_meta", {}).get("1", {})
    except WorkspaceError as err:  # replaced by a damaged file since it was opened
        return _fail(str(err))
    if isinstance(meta, dict) and meta.get("kind") == "mawqif-corpus":
        return _fail(f"{workspace.path}: is the bundled corpus, which is read-only; "
                     "import into a workspace (--db PATH)")  # fmt: skip
    inputs, errors = _read_all(list(args.files))
    if errors:
        for error in errors:
            print(f"mawqif: {error}", file=sys.stderr)
        print("mawqif: nothing was imported", file=sys.stderr)
        return EXIT_USAGE
    rows: list[dict[str, Any]] = []

    def batch_for(current: Corpus) -> Corpus:
        """The import's new values, derived from the workspace as it stands under its lock."""
        rows.clear()
        known = {text_hash(a.text): a.id for a in current.articles.values()}
        batch = Corpus()
        for item in inputs:
            notes: list[str] = []
            digest = text_hash(item.decoded.text)
            if digest in known:
                rows.append(_row(item.name, None, known[digest], notes))
                continue
            info = Meta(
                outlet=_outlet(args, item.decoded),
                published=_published(args, item.decoded, notes),
                title=args.title or item.decoded.title,
                url=args.url or item.decoded.url or None,
            )
            result = extract(item.decoded.text, info, _merged(current, batch))
            known[digest] = result.article.id
            batch = _merged(batch, result.corpus)
            rows.append(_row(item.name, result, "", notes))
        found = batch_problems(batch, current)
        if found:
            raise _Invalid(found)
        return batch if not args.dry_run else Corpus()

    try:
        if args.dry_run:
            workspace.reload()
            batch_for(workspace.corpus)
        else:
            # Extract while holding the workspace's lock: another import running at the same
            # time then adds its speakers first, and this one finds them as known actors.
            workspace.add(batch_for)
    except _Invalid as err:
        for problem in err.problems:
            print(f"mawqif: internal error, nothing imported: {_printable(problem)}",
                  file=sys.stderr)  # fmt: skip
        return EXIT_FAILED
    except SaveError as err:  # a full disk, a read-only folder: the import failed
        print(f"mawqif: {err}; nothing was imported", file=sys.stderr)
        return EXIT_FAILED
    except WorkspaceError as err:  # damaged or broken meanwhile, by another program
        print(f"mawqif: {err}; nothing was imported", file=sys.stderr)
        return EXIT_USAGE
    _say(rows, args, workspace)
    return 0
