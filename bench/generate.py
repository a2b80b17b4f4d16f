"""Write a deterministic workspace of N statements shaped like the curated ones, for benchmarks.

    python bench/generate.py --statements 100000 --db /tmp/w100k.json [--seed 8] [--check]

Articles of 8–12 statements are built from paragraphs that attribute quotes varied from the
bundled corpus (whole, cut to a window of words, or two spliced), with connective sentences
between them; every quote is an exact span of its article. Everything is written through the
app's own store: `create_workspace`, one `Workspace.add`, then annotations on ~1%.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from functools import partial
from pathlib import Path

# Run as `python bench/generate.py` the checkout is not on the path; `bench` must import.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import vocab  # noqa: E402
from tui.data.check import problems  # noqa: E402
from tui.data.model import EVENTS, Actor, Article, Corpus, Deadline, Statement  # noqa: E402
from tui.data.paragraphs import split_paragraphs  # noqa: E402
from tui.data.review import change  # noqa: E402
from tui.data.store import Workspace, WorkspaceError, create_workspace, open_corpus  # noqa: E402
from tui.resources import corpus_path  # noqa: E402

# Bump whenever the output changes, so cached workspaces are generated again.
VERSION = 1
SEED = 8
START = dt.date(2024, 1, 1)
SPAN_DAYS = 900  # publication dates run to mid-2026, across the announced deadlines
# Proportions of the curated corpus, used when a varied quote does not keep its source's label.
WITHDRAWAL_W = {"unspecified": 42, "supports": 13, "opposes": 6, "conditional": 4}
THREAT_W = {"unspecified": 46, "high": 13, "low": 4, "moderate": 2}
FORM_W = {"direct_quote": 37, "paraphrase": 15, "reported_by_outlet": 13}
KIND_W = {"official": 45, "expert": 25, "organisation": 15, "unnamed_source": 12,
          "joint_statement": 3}  # fmt: skip


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), list(weights.values()))[0]


def _person(rng: random.Random, used: set[str]) -> tuple[str, str, str]:
    """A three-part name not yet used, in Arabic and English, and its short Arabic alias."""
    while True:
        parts = (rng.choice(vocab.FIRST_NAMES), rng.choice(vocab.MIDDLE_NAMES),
                 rng.choice(vocab.FAMILY_NAMES))  # fmt: skip
        ar = " ".join(p[0] for p in parts)
        if ar not in used:
            used.add(ar)
            return ar, " ".join(p[1] for p in parts), parts[2][0]


def make_actors(rng: random.Random, count: int, source: Corpus) -> list[Actor]:
    """The curated actors, then invented ones of every kind up to `count`."""
    actors = sorted(source.actors.values(), key=lambda a: a.id)[:count]
    used = {a.name_ar for a in actors}
    while len(actors) < count:
        kind = _pick(rng, KIND_W)
        p_ar, p_en = rng.choice(vocab.PROVINCES)
        aliases: tuple[str, ...] = ()
        if kind in ("official", "expert"):
            name_ar, name_en, alias = _person(rng, used)
            roles = vocab.OFFICIAL_ROLES if kind == "official" else vocab.EXPERT_ROLES
            role, affiliation, country = rng.choice(roles)
            role = role.format(province=p_en)
            aliases = (alias,) if rng.random() < 0.7 else ()
        else:
            table = {"organisation": vocab.ORGANISATIONS, "unnamed_source": vocab.UNNAMED,
                     "joint_statement": vocab.JOINT}[kind]  # fmt: skip
            ar, en, role = rng.choice(table)
            name_ar, name_en = ar.format(p=p_ar), en.format(P=p_en)
            if name_ar in used:
                continue
            used.add(name_ar)
            affiliation, country = ("" if kind == "unnamed_source" else "Government of Iraq",
                                    "Iraq")  # fmt: skip
        actors.append(Actor(f"actor-{len(actors):04d}", name_ar, name_en, role, affiliation,
                            country, kind, aliases))  # fmt: skip
    return actors


def vary_quote(rng: random.Random, sources: list[Statement]) -> tuple[str, Statement]:
    """A quote of realistic length varied from the corpus, and the statement it starts from."""
    first = rng.choice(sources)
    words = first.quote_ar.split()
    roll = rng.random()
    if roll < 0.25 or len(words) < 8:
        text = first.quote_ar
    elif roll < 0.6:
        size = rng.randint(max(6, len(words) * 2 // 5), len(words))
        start = rng.randint(0, len(words) - size)
        text = " ".join(words[start : start + size])
    else:
        other = rng.choice(sources).quote_ar.split()
        head = words[: rng.randint(4, max(4, len(words) * 2 // 3))]
        tail = other[-rng.randint(min(4, len(other)), max(4, len(other) // 2)) :]
        text = " ".join(head).rstrip("،,.") + rng.choice(vocab.SPLICE) + " ".join(tail)
    return text.strip().rstrip("،,."), first


def make_deadline(rng: random.Random) -> tuple[str, str, str, str]:
    """(event, due, cue in Arabic, derivation) of a deadline claim."""
    if rng.random() < 0.25:
        event, cue = rng.choice(vocab.OPEN_CUES)
        return event, "indefinite", cue, "no end date given → indefinite"
    event, template = rng.choice(vocab.DATED_CUES)
    roll = rng.random()
    # The announced dates dominate the coverage; the rest spread over three years.
    year, month = ((2025, 9) if roll < 0.4 else (2026, 9) if roll < 0.7
                   else (rng.randint(2025, 2027), rng.randint(1, 12)))  # fmt: skip
    style = rng.random()
    ar, iq = vocab.MONTHS_AR[month - 1], vocab.MONTHS_IQ[month - 1]
    name = ar if style < 0.5 else iq if style < 0.75 else f"{ar}/{iq}"
    cue = template.format(m=name, y=year)
    derivation = f"stated month: {EVENTS[event].lower()} in {year}-{month:02d}"
    return event, f"{year}-{month:02d}", cue, derivation


def _said(rng: random.Random, published: dt.date) -> tuple[str | None, str, str]:
    """(said_on, precision, basis): most dated to the day, by a weekday the article names."""
    roll = rng.random()
    if roll < 0.32:
        return None, "unknown", ""
    if roll < 0.35:
        return published.strftime("%Y-%m"), "month", "الشهر الجاري"
    back = rng.choice((0, 0, 1, 1, 2, 3, 4, 6))
    day = published - dt.timedelta(days=back)
    basis = ("اليوم" if back == 0 else "أمس" if back == 1
             else f"{vocab.WEEKDAYS_AR[day.weekday()]} الماضي")  # fmt: skip
    return day.isoformat(), "day", basis


def _summary(actor: Actor, withdrawal: str, threat: str, deadlines: list[Deadline]) -> str:
    parts = [f"{actor.name_en} {vocab.WITHDRAWAL_PHRASE[withdrawal]}"]
    if threat in vocab.THREAT_PHRASE:
        parts.append(vocab.THREAT_PHRASE[threat])
    parts.extend(f"dates {EVENTS[d.event].lower()}: {d.due}" for d in deadlines)
    return "; ".join(parts) + "."


def make_article(
    rng: random.Random,
    number: int,
    size: int,
    first_id: int,
    actors: list[Actor],
    weights: list[float],
    sources: list[Statement],
) -> tuple[Article, list[Statement]]:
    """One article of `size` statements by two to five actors, with its text and offsets."""
    outlet_en, outlet_ar = rng.choice(vocab.OUTLETS)
    published = START + dt.timedelta(days=rng.randrange(SPAN_DAYS))
    speakers = list(dict.fromkeys(rng.choices(actors, weights, k=rng.randint(2, 5))))
    paragraphs: list[list[str]] = [[f"{outlet_ar}/ {rng.choice(vocab.CONNECTIVES)}"]]
    # (paragraph, offset in it, quote, source, actor, form, verb, deadline cues in the quote)
    placed: list[tuple[int, int, str, Statement, Actor, str, str, list]] = []
    last_actor: Actor | None = None
    last_para = -1
    for _ in range(size):
        actor = rng.choice(speakers)
        form = _pick(rng, FORM_W)
        quote, source = vary_quote(rng, sources)
        cues = []
        for _ in range(2 if rng.random() < 0.02 else 1 if rng.random() < 0.14 else 0):
            event, due, cue, derivation = make_deadline(rng)
            quote += "، " + cue
            cues.append((len(quote) - len(cue), event, due, cue, derivation))
        verb = rng.choice(vocab.VERBS[form])
        if actor is last_actor and last_para == len(paragraphs) - 1 and rng.random() < 0.3:
            # The same speaker goes on in the same paragraph, as reporters write it.
            index, para = last_para, paragraphs[-1]
            para[-1] = para[-1].rstrip(".")
            before, after = rng.choice(vocab.SECOND).split("{q}")
            para.append(before)
            offset = sum(map(len, para))
            para.extend((quote, after + "."))
        else:
            template = rng.choice(vocab.ATTRIBUTIONS[form])
            before, after = (part.format(v=verb, n=actor.name_ar, o=outlet_ar)
                             for part in template.split("{q}"))  # fmt: skip
            paragraphs.append([before, quote, after])
            index, offset = len(paragraphs) - 1, len(before)
        placed.append((index, offset, quote, source, actor, form, verb, cues))
        last_actor, last_para = actor, index
        if rng.random() < 0.2:
            paragraphs.append([rng.choice(vocab.CONNECTIVES)])
    texts = ["".join(p) for p in paragraphs]
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 2
    text = "\n\n".join(texts)
    spans = split_paragraphs(text)
    assert len(spans) == len(texts), "a built paragraph is blank or holds a break"
    slug = outlet_en.lower().replace(" ", "-").replace("'", "")
    article = Article(f"{slug}-{published.isoformat()}-{number:06d}", outlet_en,
                      f"{rng.choice(vocab.TOPICS)} ({outlet_en})", published.isoformat(), "ar",
                      text, spans, None, "extracted")  # fmt: skip
    statements = []
    for i, (index, offset, quote, source, actor, form, verb, cues) in enumerate(placed):
        start = starts[index] + offset
        keep = rng.random() < 0.85
        withdrawal = source.withdrawal if keep else _pick(rng, WITHDRAWAL_W)
        threat = source.threat if keep else _pick(rng, THREAT_W)
        deadlines = [Deadline(event, due, start + at, start + at + len(cue), cue, derivation)
                     for at, event, due, cue, derivation in cues]  # fmt: skip
        said_on, precision, basis = _said(rng, published)
        statements.append(Statement(
            f"g{first_id + i:06d}", article.id, actor.id, start, start + len(quote), quote,
            index, form, verb, said_on, precision, basis,
            _summary(actor, withdrawal, threat, deadlines), withdrawal, threat,
            tuple(deadlines), "extracted",
        ))  # fmt: skip
    return article, statements


def build_corpus(n: int, seed: int = SEED) -> Corpus:
    """A corpus of `n` statements in articles of 8–12, by about n/200 actors (20 at least)."""
    rng = random.Random(seed)
    source = open_corpus(corpus_path())
    sources = sorted(source.statements.values(), key=lambda s: s.id)
    actors = make_actors(rng, max(20, n // 200), source)
    # A few voices are quoted far more often than the rest, as in real coverage.
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(actors))]
    rng.shuffle(weights)
    articles: dict[str, Article] = {}
    statements: dict[str, Statement] = {}
    while len(statements) < n:
        size = min(rng.randint(8, 12), n - len(statements))
        article, made = make_article(rng, len(articles), size, len(statements), actors,
                                     weights, sources)  # fmt: skip
        articles[article.id] = article
        statements.update((s.id, s) for s in made)
    return Corpus(articles, {a.id: a for a in actors}, statements, {})


def annotations(rng: random.Random, corpus: Corpus) -> list[tuple[str, dict]]:
    """Review changes on ~1% of the statements, some changed twice (so with a history)."""
    ids = sorted(corpus.statements)
    changes = []
    for sid in rng.sample(ids, max(1, len(ids) // 100)):
        for step in range(2 if rng.random() < 0.2 else 1):
            at = dt.datetime(2026, 1, 5, 9) + dt.timedelta(minutes=rng.randrange(200_000))
            changes.append((f"statement:{sid}", {
                "status": "disputed" if step or rng.random() < 0.3 else "reviewed",
                "note": rng.choice(vocab.NOTES),
                "tags": tuple(rng.sample(vocab.TAGS, rng.randint(0, 2))),
                "at": at.isoformat() + "+00:00",
            }))  # fmt: skip
    return changes


def write_workspace(path: Path, n: int, seed: int = SEED, check: bool = False) -> Corpus:
    """Generate and write the workspace at `path` through the app's store; the corpus."""
    corpus = build_corpus(n, seed)
    if check:
        found = problems(corpus)
        if found:
            raise ValueError("the generated corpus has problems:\n" + "\n".join(found[:20]))
    create_workspace(path)
    workspace = Workspace(path)
    workspace.add(corpus)
    for target, fields in annotations(random.Random(seed + 1), corpus):
        workspace.annotate(target, partial(change, **fields))
    workspace.save()
    workspace.close()
    return corpus


def main(argv: list[str] | None = None) -> int:
    """Run the generator from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, required=True, metavar="N")
    parser.add_argument(
        "--db",
        type=Path,
        required=True,
        metavar="PATH",
        help="the workspace file to write (must not exist)",
    )
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--check",
        action="store_true",
        help="validate the corpus with mawqif's checks before writing",
    )
    args = parser.parse_args(argv)
    began = time.perf_counter()
    try:
        corpus = write_workspace(args.db, args.statements, args.seed, args.check)
    except (ValueError, OSError, WorkspaceError) as err:
        print(f"generate: {err}", file=sys.stderr)
        return 1
    print(
        f"{args.db}: {len(corpus.statements)} statements in {len(corpus.articles)} articles "
        f"by {len(corpus.actors)} actors ({time.perf_counter() - began:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
