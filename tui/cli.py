"""The `mawqif` command line: open the TUI, check a workspace, export it."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .config import BIDI_MODES, ConfigError, resolve_bidi
from .data.model import THREAT, WITHDRAWAL, Actor, Contradiction, Corpus
from .data.review import STATEMENT_STATUSES
from .ingest.command import add_import_parser

# What `check`, `export` and `import` need loads when they run: opening the app must not
# wait for the store, the indexes or the extractor (the app loads them after its first
# frame).
if TYPE_CHECKING:
    from .data.store import Workspace

WHATS = ("statements", "actors", "articles", "contradictions")
FORMATS = ("json", "csv", "md")

EXIT_USAGE = 2


def _common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    # Global options are accepted before or after the subcommand; after it they must not
    # overwrite a value given before with their default, hence SUPPRESS there.
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--db", type=Path, metavar="PATH", default=default,
        help="workspace file to open (default: your workspace in the user data folder; "
        "a path that does not exist yet starts an empty workspace)",
    )  # fmt: skip
    parser.add_argument(
        "--bidi", choices=BIDI_MODES, default=default,
        help="how Arabic is drawn: visual (shaped and reordered by mawqif, the default), "
        "terminal (your terminal shapes and reorders), raw (logical text, unaligned)",
    )  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(
        prog="mawqif",
        description="Who said what about the coalition's withdrawal from Iraq and the ISIS "
        "threat. With no command, opens the terminal app.",
    )
    parser.add_argument("--version", action="version", version=f"mawqif {__version__}")
    _common(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="validate a workspace and list every problem")
    _common(check, suppress=True)

    export = sub.add_parser("export", help="export statements, actors, articles or contradictions")
    _common(export, suppress=True)
    export.add_argument(
        "--what",
        choices=WHATS,
        default="statements",
        help="what to export (json and csv; a md brief holds them all)",
    )
    export.add_argument(
        "--format",
        choices=FORMATS,
        default="json",
        help="json, csv, or md: a Markdown brief for a colleague",
    )
    export.add_argument("--actor", help="only this actor: id, or Arabic or English name")
    export.add_argument(
        "--withdrawal",
        choices=WITHDRAWAL,
        action="append",
        help="only this withdrawal stance (repeat for several)",
    )
    export.add_argument(
        "--threat",
        choices=THREAT,
        action="append",
        help="only this ISIS-threat assessment (repeat for several)",
    )
    export.add_argument(
        "--search",
        help="only statements whose words, speaker, note or tags "
        "contain this (Arabic, Persian and Kurdish spellings folded)",
    )
    export.add_argument(
        "--status",
        choices=STATEMENT_STATUSES,
        action="append",
        help="only statements with this review status (repeat for several)",
    )
    export.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write to FILE instead of standard output"
    )
    add_import_parser(sub, _common)
    for command in sub.choices.values():
        # An unknown flag after a command is that command's mistake: `main` answers it with
        # the command's own usage, not the top-level one argparse would print.
        command.set_defaults(command_parser=command)
    return parser


def _fail(message: str) -> int:
    print(f"mawqif: {message}", file=sys.stderr)
    return EXIT_USAGE


def _find_actor(actors: Mapping[str, Actor], wanted: str) -> str | None:
    """The id of the actor named `wanted` by id, name or alias (Arabic folded)."""
    from .arabic.normalise import fold

    if wanted in actors:
        return wanted
    key = fold(wanted.strip()).text
    for actor in actors.values():
        names = (actor.name_ar, actor.name_en, *actor.aliases)
        if any(fold(n).text == key for n in names):
            return actor.id
    return None


def run_check(workspace: Workspace) -> int:
    """Print what was swept and every problem in the workspace; exit 1 if there are any."""
    from .data.check import problems, review_problems
    from .data.files import one_line

    for stray in workspace.swept:
        print(f"swept {stray.path}: a temporary file ({_size(stray.size)}) that a write "
              "stopped midway left behind")  # fmt: skip

    found = problems(workspace.corpus, workspace.tables())
    found += review_problems(workspace.corpus, workspace.annotations(), whole=not found)
    found += workspace.corrected.problems
    c = workspace.corpus
    if found:
        for problem in found:
            print(one_line(problem))  # one line each, whatever a damaged file holds
        print(f"{workspace.path}: {len(found)} problem(s)", file=sys.stderr)
        return 1
    from .data.contradictions import find_contradictions

    corrections = sum(bool(a.fix) for a in workspace.annotations().values())
    # Counted as `c` lists them: what the rules find and what was curated, together.
    clashes = find_contradictions(c)
    curated = sum(1 for x in clashes if x.origin == "curated")
    print(
        f"{workspace.path}: ok — {len(c.articles)} article(s), {len(c.actors)} actor(s), "
        f"{len(c.statements)} statement(s), {len(clashes)} contradiction(s) "
        f"({len(clashes) - curated} found by the rules, {curated} curated)"
        + (f", {corrections} correction(s), {len(c.rejected)} rejected" if corrections else "")
    )
    return 0


def _size(count: int) -> str:
    """A file size for people: "812 bytes", "23.4 MB"."""
    if count < 1000:
        return f"{count} bytes"
    return f"{count / 1000:.1f} kB" if count < 1_000_000 else f"{count / 1_000_000:.1f} MB"


def run_export(workspace: Workspace, args: argparse.Namespace) -> int:
    """Write the requested export to stdout or a file."""
    from .data.brief import markdown_brief
    from .data.export import export_objects, related_contradictions, render
    from .data.filter import Filter
    from .data.index import Index
    from .data.review import now

    # Statements filtered by labels alone are read straight from the workspace's index,
    # without loading or indexing the rest: the common export stays fast at scale.
    by_labels = (args.what == "statements" and args.format != "md"
                 and not args.search and not args.status)  # fmt: skip
    actors = workspace.actors() if by_labels else workspace.corpus.actors
    actor = None
    if args.actor:
        actor = _find_actor(actors, args.actor)
        if actor is None:
            return _fail(f"--actor: no actor called {args.actor!r} in {workspace.path}")
    annotations = workspace.annotations()
    chosen = Filter(actor=actor, withdrawal=frozenset(args.withdrawal or ()),
                    threat=frozenset(args.threat or ()), status=frozenset(args.status or ()),
                    search=args.search or "")  # fmt: skip
    filtered = chosen.active
    if by_labels:
        statements = workspace.select(chosen)
        objects = export_objects(
            "statements", Corpus(actors=dict(actors)), statements, [], filtered, annotations
        )
        return _write(render(objects, args.format, "statements"), args.output)
    corpus = workspace.corpus
    statements = Index(corpus).select(chosen.query(annotations))
    contradictions: list[Contradiction] = []
    if args.what == "contradictions" or args.format == "md":
        from .data.contradictions import find_contradictions

        contradictions = find_contradictions(corpus)
    if args.format == "md":
        text = markdown_brief(
            corpus,
            statements,
            related_contradictions(statements, contradictions, filtered),
            annotations,
            chosen.description,
            now(),
        )
    else:
        objects = export_objects(
            args.what, corpus, statements, contradictions, filtered, annotations
        )
        text = render(objects, args.format, args.what)
    return _write(text, args.output)


def _write(text: str, output: Path | None) -> int:
    """Write an export to standard output or, atomically, to `output`."""
    from .data.files import write_atomically

    if output is None:
        sys.stdout.write(text)
        return 0
    try:
        write_atomically(output, text.encode("utf-8"))
    except OSError as err:
        return _fail(f"{output}: cannot be written ({err.strerror})")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run mawqif with `argv` and return the exit status."""
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        getattr(args, "command_parser", parser).error(
            f"unrecognized arguments: {' '.join(unknown)}"
        )
    if args.command == "import" and not args.files:
        # after the unknown flags: "import --bogus" names --bogus, not the missing FILE
        args.command_parser.error("the following arguments are required: FILE")
    try:
        bidi = resolve_bidi(args.bidi)  # a bad --bidi, $MAWQIF_BIDI or config fails first
    except ConfigError as err:
        return _fail(str(err))
    if args.command is None:
        from .idle_gc import hold_until_shown

        hold_until_shown()  # the app collects again once its first statements are drawn
        from .app import MawqifApp

        # The app reads the workspace itself, after its first frame. Without an explicit
        # mode it takes the one the last session ended in.
        explicit = bool(args.bidi or os.environ.get("MAWQIF_BIDI", "").strip())
        app = MawqifApp(bidi=bidi, db=args.db, remember_bidi=not explicit)
        app.run()
        if app.failure is not None:
            print(f"mawqif: {app.failure}", file=sys.stderr)
            return 2
        return app.return_code or 0
    from .data.files import WorkspaceError
    from .data.workspaces import open_workspace

    try:
        # An import into a file that does not exist yet creates it only if the import works.
        # `check` lists every problem; other commands stop at one that breaks the workspace.
        workspace = open_workspace(args.db, create=args.command != "import",
                                   whole=args.command != "check")  # fmt: skip
    except WorkspaceError as err:
        return _fail(str(err))
    if args.command == "check":
        return run_check(workspace)
    if args.command == "export":
        return run_export(workspace, args)
    from .ingest.command import run_import

    return run_import(workspace, args)
