"""`mawqif import`: read Arabic articles, propose their statements, add them in one write."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .fetch import TIMEOUT

# The extractor, httpx, the page reader and the store load when an import runs, not
# whenever the command line is built: `mawqif` itself must start fast.
if TYPE_CHECKING:
    from ..data.store import Workspace
    from .importing import Source
    from .progress import Progress

EXIT_USAGE = 2


def add_import_parser(
    sub: Any, common: Callable[[argparse.ArgumentParser, bool], None]
) -> argparse.ArgumentParser:
    """Register `mawqif import` with the subcommand parsers; `common` adds --db and --bidi."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "import",
        usage="%(prog)s [options] FILE [FILE ...]",
        help="import Arabic news articles (text, HTML or web addresses) and propose their "
        "statements",
        description="Read Arabic articles (UTF-8 text or HTML files, web addresses; '-' reads "
        "standard input), "
        "find who said what, and add the article, its speakers and their statements to the "
        "workspace in one write. Every statement is marked machine-extracted until reviewed. "
        "An article already in the workspace is reported, not added again.",
    )
    common(parser, True)
    parser.add_argument(
        "files",
        nargs="*",  # at least one, checked in `main` once unknown flags have been answered
        metavar="FILE",
        help="an article file, an http(s) address, or - for stdin",
    )
    parser.add_argument("--outlet", help="who published it (default: the page's site name or "
                        "the report's dateline)")  # fmt: skip
    parser.add_argument("--published", metavar="YYYY-MM-DD",
                        help="publication date; relative dates (أمس، الثلاثاء الماضي) are "
                        "worked out from it (default: the page's date, else today)")  # fmt: skip
    parser.add_argument(
        "--url",
        help="where the article was published (default: the page's "
        "own address, or the one it was fetched from)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=TIMEOUT,
        metavar="SECONDS",
        help=f"how long a web page may take to arrive (default {TIMEOUT:g})",
    )
    parser.add_argument("--title", help="the article's title (default: its headline)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--dry-run", action="store_true",
                        help="extract and report, but write nothing")  # fmt: skip
    return parser


def _fail(message: str) -> int:
    """Say what is wrong with the command as given; the usage error's exit status."""
    print(f"mawqif: {message}", file=sys.stderr)
    return EXIT_USAGE


def _read_all(
    files: list[str], timeout: float, progress: Progress
) -> tuple[list[Source], list[str]]:
    from .importing import printable, read_source
    from .text import InputError

    sources: list[Source] = []
    errors: list[str] = []
    for name in files:
        try:
            sources.append(read_source(name, timeout))
        except InputError as err:
            errors.append(printable(str(err)))
        progress.step("read", name)
    return sources, errors


def _say(rows: list[dict[str, Any]], args: argparse.Namespace, workspace: Workspace) -> None:
    from .importing import printable

    if args.json:
        payload = {"workspace": str(workspace.path), "dry_run": bool(args.dry_run),
                   "articles": rows}  # fmt: skip
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    for row in rows:
        where = "standard input" if row["file"] == "-" else printable(row["file"])
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
            print(f"mawqif: note: {where}: {printable(note)}", file=sys.stderr)
    if args.dry_run:
        print("mawqif: --dry-run: nothing was written", file=sys.stderr)


def run_import(workspace: Workspace, args: argparse.Namespace) -> int:
    """Import the articles named in `args` into `workspace`; the exit status."""
    from .importing import Given, ImportFailed, import_sources
    from .progress import Progress

    published = None
    if args.published:
        try:
            published = dt.date.fromisoformat(args.published)
        except ValueError:
            return _fail(f"--published: {args.published!r} is not a date (YYYY-MM-DD)")
    if args.files.count("-") > 1:
        return _fail("standard input (-) can be read only once")
    if not args.timeout > 0:
        return _fail(f"--timeout: {args.timeout:g} is not a number of seconds above 0")
    folder = workspace.path.parent
    if not folder.is_dir():
        # Said before any article is read, as opening the app on it says it.
        return _fail(f"{folder}: no such folder for the workspace")
    given = Given(args.outlet or "", published, args.title or "", args.url or "")
    with Progress(len(args.files)) as progress:
        sources, errors = _read_all(list(args.files), args.timeout, progress)
        if errors:
            for error in errors:
                print(f"mawqif: {error}", file=sys.stderr)
            print("mawqif: nothing was imported", file=sys.stderr)
            return EXIT_USAGE
        try:
            rows = import_sources(
                workspace,
                sources,
                given,
                bool(args.dry_run),
                lambda source: progress.step("extracted", source.name),
            )
        except ImportFailed as err:
            for line in err.lines:
                print(f"mawqif: {line}", file=sys.stderr)
            return err.status
    _say(rows, args, workspace)
    return 0
