"""Measure `mawqif import` against hand-annotated articles kept outside the repository.

Usage: python tools/evaluate_import.py DIR [DIR ...] [--verbose]

Each DIR holds `NN.txt` (an article as published) and `NN.gold.json` (its annotation: outlet,
publication date, and every statement's exact `quote`, the speaker's Arabic forms
`speaker_ar`, acceptable English fragments `speaker_en`, the labels with `*_plain` flags and
the deadlines); `contradictions*.json` in DIR's parent list clashes across articles. The
articles belong to their outlets, so they stay in a scratch folder; this tool reads them and
prints figures, never their sentences. All articles are extracted into one corpus in order, as
an analyst importing them one after another would.

Figures (the ones issue 12 sets targets for):
- (quote, speaker) precision and recall: a found statement matches a gold one when their
  spans overlap by at least half of their union and one of the gold speaker forms (folded)
  occurs in the found actor's Arabic name or aliases (or the found person's full name, two words
  at least, occurs in a gold form); one to one, best overlap first.
- labels: of matched statements whose label is plain (`*_plain` true and not `unspecified`), the
  share labelled right; of the others, the share given a label anyway, and the share given a
  label other than the one the annotator saw (who may see a leaning that is not plain).
- deadlines: of gold deadlines, the share for which the matching found statement has a deadline
  whose due date agrees to the gold's precision.
- English names: of matched statements, the share whose actor's English name holds one of the
  gold `speaker_en` fragments.
- contradictions: of the listed cross-article pairs, the share the rules find between the two
  matched statements; the share shown at all, as the pair itself or as the two positions it
  holds (a deadline clash between the same two (event, due) claims, whose sides name every
  actor who gave them; a stance clash between the same two actors); and how many
  contradictions pair a statement with itself.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run by path from a checkout

from tui.arabic.normalise import fold  # noqa: E402
from tui.data.contradictions import find_contradictions  # noqa: E402
from tui.data.model import Corpus, Statement  # noqa: E402
from tui.data.stance_clashes import CLASHES, positions  # noqa: E402
from tui.ingest.extract import Meta, extract  # noqa: E402

AXES = ("withdrawal", "threat")
MATCH = "overlap"  # how a found statement is matched to a gold one (--match)


def _f(text: str) -> str:
    return " ".join(fold(text).text.split())


@dataclass
class Tally:
    """Counts summed over articles."""

    gold: int = 0
    found: int = 0
    matched: int = 0
    plain: int = 0
    plain_right: int = 0
    other: int = 0
    other_labelled: int = 0
    other_wrong: int = 0
    deadlines: int = 0
    deadlines_found: int = 0
    english: int = 0
    english_right: int = 0
    rows: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("gold", "found", "matched", "plain", "plain_right", "other",
                     "other_labelled", "other_wrong", "deadlines", "deadlines_found", "english",
                     "english_right"):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "— (0/0)"


def _names(corpus: Corpus, s: Statement) -> str:
    actor = corpus.actors[s.actor]
    return _f(" | ".join([actor.name_ar, *actor.aliases]))


def _speaker_agrees(corpus: Corpus, s: Statement, forms: list[str]) -> bool:
    """A gold speaker form occurs in the found actor's names, or the found person's full name
    (two words at least) occurs in a gold form: an annotator who wrote only "رئيس الوزراء،
    محمد شياع السوداني" meant the man the import names "محمد شياع السوداني"."""
    if any(f in _names(corpus, s) for f in forms):
        return True
    actor = corpus.actors[s.actor]
    name = _f(actor.name_ar)
    named = actor.kind in ("official", "expert")  # a person, not a body or a source
    return named and len(name.split()) >= 2 and any(name in f for f in forms)


def _due_agrees(found: str, gold: str) -> bool:
    if gold == "indefinite" or found == "indefinite":
        return gold == found
    return found.startswith(gold) or (len(found) >= 7 and gold.startswith(found))


def score_article(
    text: str, gold: dict, corpus: Corpus, statements: list[Statement], verbose: bool
) -> tuple[Tally, dict[int, Statement]]:
    """Match one article's found statements to its gold ones and count."""
    t = Tally(gold=len(gold["statements"]), found=len(statements))
    spans = []
    for g in gold["statements"]:
        at = text.find(g["quote"])
        spans.append((at, at + len(g["quote"])) if at >= 0 else (-1, -1))
    pairs = []
    for gi, g in enumerate(gold["statements"]):
        forms = [_f(x) for x in g["speaker_ar"]]
        for pi, s in enumerate(statements):
            a, b = spans[gi]
            inter = min(b, s.end) - max(a, s.start)
            union = max(b, s.end) - min(a, s.start)
            iou = inter / union if inter > 0 else 0.0
            if MATCH == "starts":  # the content's first words open the found quote
                opening = _f(g["quote"]).lstrip('"«“ :')
                opening = " ".join(opening.split()[:4])
                quote = _f(s.quote_ar).lstrip('"«“ :')
                iou = 1.0 if opening in quote[: len(opening) + 20] else 0.0
            if iou >= 0.5 and _speaker_agrees(corpus, s, forms):
                pairs.append((iou, gi, pi))
    match: dict[int, Statement] = {}
    used: set[int] = set()
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi not in match and pi not in used:
            match[gi] = statements[pi]
            used.add(pi)
    t.matched = len(match)
    for gi, g in enumerate(gold["statements"]):
        s = match.get(gi)
        where = f"  #{gi + 1:02d}"
        if s is None:
            t.deadlines += len(g.get("deadlines", []))
            near = [x for x in statements if x.start < spans[gi][1] and spans[gi][0] < x.end]
            why = (
                "no statement there"
                if not near
                else "speaker " + "/".join(corpus.actors[x.actor].name_ar for x in near)
            )
            t.rows.append(f"{where} MISSED ({why}); gold speaker {g['speaker_ar'][0]}")
            continue
        notes = []
        for axis in AXES:
            want, got = g.get(axis, "unspecified"), getattr(s, axis)
            if g.get(f"{axis}_plain") and want != "unspecified":
                t.plain += 1
                t.plain_right += got == want
                if got != want:
                    notes.append(f"{axis} {got} want {want}")
            else:
                t.other += 1
                t.other_labelled += got != "unspecified"
                t.other_wrong += got not in ("unspecified", want)
                if got != "unspecified":
                    notes.append(f"{axis} {got} (not plain: {want})")
        for d in g.get("deadlines", []):
            t.deadlines += 1
            ok = any(_due_agrees(x.due, d["due"]) for x in s.deadlines)
            t.deadlines_found += ok
            if not ok:
                notes.append(
                    f"deadline {d['due']} {d['event']} not found "
                    f"(have {[x.due for x in s.deadlines]})"
                )
        extra = [
            x.due
            for x in s.deadlines
            if not any(_due_agrees(x.due, d["due"]) for d in g.get("deadlines", []))
        ]
        if extra:
            notes.append(f"extra deadlines {extra}")
        if g.get("speaker_en"):
            t.english += 1
            name = corpus.actors[s.actor].name_en.lower()
            ok = any(f.lower() in name for f in g["speaker_en"])
            t.english_right += ok
            if not ok:
                notes.append(f"English {corpus.actors[s.actor].name_en!r} want {g['speaker_en']}")
        if notes:
            t.rows.append(f"{where} " + "; ".join(notes))
    for pi, s in enumerate(statements):
        if pi not in used:
            t.rows.append(
                f"  EXTRA {corpus.actors[s.actor].name_ar} «{s.quote_ar[:40]}…»"
                if verbose
                else f"  EXTRA by {corpus.actors[s.actor].name_ar}"
            )
    return t, match


def _locate(
    matches: dict[str, dict[int, Statement]], golds: dict[str, dict], side: dict
) -> Statement | None:
    gold = golds.get(side["article"])
    if gold is None:
        return None
    start = _f(side["quote_starts"])
    for gi, g in enumerate(gold["statements"]):
        if _f(g["quote"]).startswith(start) or start in _f(g["quote"])[: len(start) + 30]:
            return matches[side["article"]].get(gi)
    return None


def _positions(statement: Statement, kind: str) -> set[tuple[str, ...]]:
    """What a statement claims on a contradiction's axis: its (event, due) deadlines, or its
    actor on a stance axis (stance clashes are worked out between actors)."""
    if kind == "deadline":
        return {("deadline", d.event, d.due) for d in statement.deadlines}
    return {(kind, statement.actor)}


def _shown(corpus: Corpus, clashes: list) -> set[frozenset[tuple[str, ...]]]:
    """The pairs of positions the contradictions set against each other: a deadline clash
    shows every statement that gave either date (the app names them under "also"); a
    stance clash sets an actor of the smaller camp against its foes and names every other
    member of the larger camp, so any two actors of two clashing camps are shown."""
    out: set[frozenset[tuple[str, ...]]] = set()
    for c in clashes:
        a, b = corpus.statements[c.a], corpus.statements[c.b]
        if c.kind == "deadline":
            da = [
                ("deadline", d.event, d.due)
                for d in a.deadlines
                if (d.cue_start, d.cue_end) == tuple(c.span_a)
            ]
            db = [
                ("deadline", d.event, d.due)
                for d in b.deadlines
                if (d.cue_start, d.cue_end) == tuple(c.span_b)
            ]
            out |= {frozenset((x, y)) for x in da for y in db}
    by_actor: dict[str, list[Statement]] = {}
    for s in corpus.statements.values():
        by_actor.setdefault(s.actor, []).append(s)
    _, position = positions(by_actor)
    listed = {
        (c.kind, actor)
        for c in clashes
        if c.kind in CLASHES
        for actor in (corpus.statements[c.a].actor, corpus.statements[c.b].actor)
    }
    for axis, pairs in CLASHES.items():
        for x, y, _ in pairs:
            xs = [a for a, p in position[axis].items() if x in p]
            ys = [a for a, p in position[axis].items() if y in p]
            if any((axis, a) in listed for a in xs + ys):
                out |= {frozenset(((axis, a), (axis, b))) for a in xs for b in ys}
    return out


def _claims(a: Statement, b: Statement, kind: str) -> set[frozenset[tuple[str, ...]]]:
    """The pairs of positions two gold-matched statements could be shown under."""
    return {frozenset((x, y)) for x in _positions(a, kind) for y in _positions(b, kind)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument(
        "--match",
        choices=("overlap", "starts"),
        default="overlap",
        help="overlap: spans share half their union; starts: the gold content's "
        "first four words open the found quote (as ../shared/cases scores)",
    )
    parser.add_argument(
        "--contradictions",
        default="contradictions*.json",
        metavar="GLOB",
        help="which lists of clashes in the folders' parent to score (default: all of them; "
        "e.g. 'contradictions4[67].json' for the clashes two new sets list)",
    )
    args = parser.parse_args()
    global MATCH
    MATCH = args.match
    corpus = Corpus()
    total = Tally()
    golds: dict[str, dict] = {}
    matches: dict[str, dict[int, Statement]] = {}
    for folder in args.dirs:
        for gold_file in sorted(folder.glob("*.gold.json")):
            key = gold_file.name.removesuffix(".gold.json")
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            text = (folder / f"{key}.txt").read_text(encoding="utf-8")
            meta = Meta(gold.get("outlet") or "Unknown", dt.date.fromisoformat(gold["published"]))
            result = extract(text, meta, corpus)
            found = sorted(result.corpus.statements.values(), key=lambda s: s.start)
            corpus = Corpus(
                articles={**corpus.articles, **result.corpus.articles},
                actors={**corpus.actors, **result.corpus.actors},
                statements={**corpus.statements, **result.corpus.statements},
            )
            tally, match = score_article(result.article.text, gold, corpus, found, args.verbose)
            golds[key], matches[key] = gold, match
            total.add(tally)
            print(
                f"{key}: P {_ratio(tally.matched, tally.found)}"
                f"  R {_ratio(tally.matched, tally.gold)}"
                f"  labels {_ratio(tally.plain_right, tally.plain)}"
                f"  deadlines {_ratio(tally.deadlines_found, tally.deadlines)}"
            )
            if args.verbose:
                print("\n".join(tally.rows))
    clashes = find_contradictions(corpus)
    pairs = {frozenset((c.a, c.b)) for c in clashes}
    shown = _shown(corpus, clashes)
    selfpairs = sum(1 for c in clashes if c.a == c.b)
    wanted = found_pairs = seen = 0
    listings = sorted({f for d in args.dirs for f in d.parent.glob(args.contradictions)})
    for listing in listings:
        for pair in json.loads(listing.read_text(encoding="utf-8")):
            if pair["a"]["article"] not in golds or pair["b"]["article"] not in golds:
                continue
            wanted += 1
            a, b = _locate(matches, golds, pair["a"]), _locate(matches, golds, pair["b"])
            ok = a is not None and b is not None and frozenset((a.id, b.id)) in pairs
            found_pairs += ok
            seen += ok or (
                a is not None and b is not None and bool(_claims(a, b, pair["kind"]) & shown)
            )
            if args.verbose and not ok:
                print(
                    f"  clash not found: {pair['a']['article']}/{pair['b']['article']} "
                    f"{pair['kind']} ({'sides found' if a and b else 'a side is missing'})"
                )
    print()
    print(
        f"(quote, speaker): precision {_ratio(total.matched, total.found)}, "
        f"recall {_ratio(total.matched, total.gold)}"
    )
    print(
        f"plain labels right {_ratio(total.plain_right, total.plain)}; "
        f"others labelled {_ratio(total.other_labelled, total.other)}, "
        f"of them against the annotator's label {_ratio(total.other_wrong, total.other)}"
    )
    print(
        f"deadlines {_ratio(total.deadlines_found, total.deadlines)}; "
        f"English names {_ratio(total.english_right, total.english)}"
    )
    print(
        f"cross-article contradictions {_ratio(found_pairs, wanted)}; "
        f"self-pairs {selfpairs}; contradictions in all {len(clashes)}"
    )
    print(f"cross-article contradictions shown, the pair or its positions {_ratio(seen, wanted)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
