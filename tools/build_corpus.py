"""Build data/corpus.json, the bundled corpus, from the curation in data/*.toml.

The curation is four TOML files beside the article (data/README.md describes them):
article.toml (the corpus header and the article's fields), actors.toml, statements.toml (each
statement by its verbatim Arabic quote and a stable key) and contradictions.toml. The builder
finds every quote, deadline cue and clashing phrase in the article, numbers the statements
s01, s02, … in article order, checks the records with the app's own reader and `check`
(tui/data/records.py, tui/data/check.py) and writes the JSON. Any problem stops it with one
line that names the file and the record's key.

    python tools/build_corpus.py           # write data/corpus.json
    python tools/build_corpus.py --check   # exit 1 unless data/corpus.json is what it writes
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# Run by path, the script does not have the checkout on sys.path.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tui.data.check import problems  # noqa: E402
from tui.data.paragraphs import paragraph_of, split_paragraphs  # noqa: E402
from tui.data.records import RecordError, corpus_from_tables  # noqa: E402

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - 3.10 only; tomli is a dependency there
    import tomli as tomllib

DATA = ROOT / "data"
OUTPUT = "corpus.json"
Record = dict[str, Any]

# The fields of each curated record, in the order the stored record keeps them; "?" marks an
# optional one. Every field is a string but these lists.
META_FIELDS = ("schema", "kind", "title", "credit")
ARTICLE_FIELDS = ("id", "file", "outlet", "title", "title_ar", "published", "language", "url?")
ACTOR_FIELDS = ("id", "name_ar", "name_en", "role", "affiliation", "country", "kind", "aliases")
STATEMENT_FIELDS = ("key", "actor", "quote_ar", "after?", "form", "verb_ar", "said_on?",
                    "said_basis?", "summary_en", "withdrawal", "threat", "deadline?")  # fmt: skip
DEADLINE_FIELDS = ("event", "due", "cue_ar", "derivation")
CONTRADICTION_FIELDS = ("key", "kind", "a", "words_a", "b", "words_b", "explanation",
                        "severity", "rationale")  # fmt: skip
LISTS = ("aliases", "deadline")
# A date said is written at its precision: the form gives the precision.
PRECISION_BY_LENGTH = {10: "day", 7: "month", 4: "year"}


class CurationError(Exception):
    """A curation that cannot be built into a valid corpus; the message is one line."""


@dataclass(frozen=True)
class Built:
    """The corpus's tables (keyed by TinyDB doc id, "1" up) and each statement key's id."""

    tables: dict[str, dict[str, Record]]
    statement_ids: dict[str, str]

    def text(self) -> str:
        """corpus.json's text: UTF-8 Arabic as text, one-space indents, a final newline."""
        return json.dumps(self.tables, ensure_ascii=False, indent=1) + "\n"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _load(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            data: dict[str, Any] = tomllib.load(handle)
            return data
    except FileNotFoundError:
        raise CurationError(f"{path.name}: no such file in {path.parent}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise CurationError(f"{path.name}: not valid TOML ({_one_line(str(err))})") from None


def _fields(record: Any, spec: Sequence[str], where: str) -> Record:
    """`record` with its fields in `spec`'s order, after checking names and types."""
    if not isinstance(record, dict):
        raise CurationError(f"{where}: is not a table")
    names = [name.rstrip("?") for name in spec]
    unknown = [name for name in record if name not in names]
    if unknown:
        raise CurationError(f"{where}: unknown field {unknown[0]!r}")
    out: Record = {}
    for name, wanted in zip(names, spec, strict=True):
        if name not in record:
            if not wanted.endswith("?"):
                raise CurationError(f"{where}: missing field {name!r}")
            continue
        value = record[name]
        kind: type = list if name in LISTS else int if name == "schema" else str
        if not isinstance(value, kind) or isinstance(value, bool):
            raise CurationError(f"{where}: field {name!r} must be a {kind.__name__}")
        out[name] = value
    return out


def _records(path: Path, table: str, spec: Sequence[str], key: str) -> list[Record]:
    """The [[table]] records of the file at `path`, each checked against `spec`, keys unique."""
    data = _load(path)
    if set(data) - {table}:
        raise CurationError(f"{path.name}: holds {sorted(set(data) - {table})}; only [[{table}]]")
    records: list[Record] = []
    seen: set[str] = set()
    for number, raw in enumerate(data.get(table, []), 1):
        name = raw.get(key) if isinstance(raw, dict) else None
        record = _fields(raw, spec, f"{path.name}: {table} {name or f'number {number}'}")
        if record[key] in seen:
            raise CurationError(f"{path.name}: {table} {record[key]} is written twice")
        seen.add(record[key])
        records.append(record)
    return records


def _diverges(text: str, words: str, within: str) -> str:
    """Where `words` part from `text`: the words either side of the longest prefix found."""
    low, high = 0, len(words)  # the longest prefix in the text has between low and high chars
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if words[:middle] in text else (low, middle - 1)
    return f"{within} has {words[max(0, low - 12) : low]!r} but not {words[low : low + 12]!r}"


def locate(
    text: str, words: str, where: str, after: str | None = None, within: str = "the article"
) -> tuple[int, int]:
    """The offsets of `words` in `text` (`within` names it): the only occurrence, or the first
    after `after`, which must occur once. CurationError when the words are not there or recur."""
    origin = 0
    if after is not None:
        if text.count(after) != 1:
            raise CurationError(f"{where}: after occurs {text.count(after)} times, not once")
        origin = text.index(after) + len(after)
    elif text.count(words) > 1:
        raise CurationError(f"{where}: occurs {text.count(words)} times; give an `after`")
    start = text.find(words, origin)
    if start < 0:
        raise CurationError(f"{where}: not in {within}; {_diverges(text[origin:], words, within)}")
    return start, start + len(words)


def _written_in(name: str, text: str) -> bool:
    # "للمرصد السوري" is how the article writes "المرصد السوري" after the preposition لـ.
    contracted = "لل" + name[2:] if name.startswith("ال") else name
    return name in text or contracted in text


def _said(spec: Record, text: str, published: str, where: str) -> Record:
    """The date-said fields of a statement: said_on, said_precision, said_basis."""
    said_on, basis = spec.get("said_on"), spec.get("said_basis", "")
    if said_on is None:
        if basis:
            raise CurationError(f"{where}: said_basis without said_on")
        return {"said_on": None, "said_precision": "unknown", "said_basis": ""}
    precision = PRECISION_BY_LENGTH.get(len(said_on))
    if precision is None:
        raise CurationError(f"{where}: said_on {said_on!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
    if said_on > published:
        raise CurationError(f"{where}: said_on {said_on} is after publication ({published})")
    words = basis.split(" — ")[0]
    if not words or words not in text:
        raise CurationError(f"{where}: said_basis {words!r} is not the article's words")
    return {"said_on": said_on, "said_precision": precision, "said_basis": basis}


def _statement(spec: Record, article: Record, where: str) -> tuple[int, int, Record]:
    """A statement's record without its id, and its span."""
    text = article["text"]
    start, end = locate(text, spec["quote_ar"], f"{where}: quote_ar", spec.get("after"))
    paragraph = paragraph_of(article["paragraphs"], start, end)
    if paragraph is None:
        raise CurationError(f"{where}: quote_ar begins or ends between paragraphs")
    p_start, p_end = article["paragraphs"][paragraph]
    if spec["verb_ar"] not in text[p_start:p_end]:
        raise CurationError(f"{where}: verb_ar {spec['verb_ar']!r} is not in its paragraph")
    deadlines = []
    for number, raw in enumerate(spec.get("deadline", []), 1):
        d = _fields(raw, DEADLINE_FIELDS, f"{where}: deadline {number}")
        quote = text[start:end]
        cue = locate(quote, d["cue_ar"], f"{where}: deadline {number} cue_ar", within="its quote")
        deadlines.append({"event": d["event"], "due": d["due"], "cue_start": start + cue[0],
                          "cue_end": start + cue[1], "cue_ar": d["cue_ar"],
                          "derivation": d["derivation"]})  # fmt: skip
    record = {
        "article": article["id"], "actor": spec["actor"], "start": start, "end": end,
        "quote_ar": spec["quote_ar"], "paragraph": paragraph, "form": spec["form"],
        "verb_ar": spec["verb_ar"], **_said(spec, text, article["published"], where),
        "summary_en": spec["summary_en"], "withdrawal": spec["withdrawal"],
        "threat": spec["threat"], "deadlines": deadlines, "origin": "curated",
    }  # fmt: skip
    return start, end, record


def _contradiction(spec: Record, statements: dict[str, Record], text: str, where: str) -> Record:
    spans = {}
    for side in ("a", "b"):
        statement = statements.get(spec[side])
        if statement is None:
            raise CurationError(f"{where}: {side} {spec[side]!r} is no statement's key")
        quote = text[statement["start"] : statement["end"]]
        at, to = locate(quote, spec[f"words_{side}"], f"{where}: words_{side}", within="its quote")
        spans[side] = [statement["start"] + at, statement["start"] + to]
    return {
        "id": f"c-curated-{spec['key']}", "kind": spec["kind"],
        "a": statements[spec["a"]]["id"], "b": statements[spec["b"]]["id"],
        "span_a": spans["a"], "span_b": spans["b"], "explanation": spec["explanation"],
        "severity": spec["severity"], "origin": "curated", "rationale": spec["rationale"],
    }  # fmt: skip


def _article(data_dir: Path) -> tuple[Record, Record]:
    """The corpus header and the article record, its text read and split into paragraphs."""
    data = _load(data_dir / "article.toml")
    if set(data) != {"meta", "article"}:
        raise CurationError("article.toml: must hold a [meta] and an [article] table, only")
    meta = _fields(data["meta"], META_FIELDS, "article.toml: [meta]")
    spec = _fields(data["article"], ARTICLE_FIELDS, "article.toml: [article]")
    try:
        text = (data_dir / spec["file"]).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise CurationError(f"article.toml: file {spec['file']!r} cannot be read ({err})") from None
    article = {
        "id": spec["id"], "outlet": spec["outlet"], "title": spec["title"],
        "title_ar": spec["title_ar"], "published": spec["published"],
        "language": spec["language"], "url": spec.get("url"), "text": text,
        "paragraphs": [list(p) for p in split_paragraphs(text)], "origin": "curated",
    }  # fmt: skip
    return meta, article


def _validate(tables: dict[str, dict[str, Record]], keys: dict[str, str]) -> None:
    """Check the tables as the app checks a workspace; CurationError on the first problem."""
    try:
        found = problems(corpus_from_tables(tables), tables)
    except RecordError as err:
        found = [str(err)]
    if found:
        # The app names a statement by its id; the curator knows it by its key.
        key_of = {sid: key for key, sid in keys.items()}
        first = re.sub(r"\bs\d+\b", lambda m: f"{key_of.get(m[0], m[0])} ({m[0]})", found[0])
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        raise CurationError(f"corpus check: {first}{more}")


def build(data_dir: Path = DATA) -> Built:
    """The corpus the curation in `data_dir` makes, validated; CurationError if it is wrong."""
    meta, article = _article(data_dir)
    text = article["text"]
    actors = _records(data_dir / "actors.toml", "actor", ACTOR_FIELDS, "id")
    for actor in actors:
        for name in [actor["name_ar"], *actor["aliases"]]:
            if not _written_in(name, text):
                raise CurationError(f"actors.toml: actor {actor['id']}: {name!r} is not in the "
                                    "article")  # fmt: skip
    specs = _records(data_dir / "statements.toml", "statement", STATEMENT_FIELDS, "key")
    placed = [(*_statement(s, article, f"statements.toml: statement {s['key']}"), s["key"])
              for s in specs]  # fmt: skip
    # Article order; a quote nested in another (a speaker's report inside his quote) follows it.
    placed.sort(key=lambda item: (item[0], -item[1]))
    statements = {key: {"id": f"s{n:02d}", **record}
                  for n, (_, _, record, key) in enumerate(placed, 1)}  # fmt: skip
    contradictions = [
        _contradiction(c, statements, text, f"contradictions.toml: contradiction {c['key']}")
        for c in _records(data_dir / "contradictions.toml", "contradiction",
                          CONTRADICTION_FIELDS, "key")
    ]  # fmt: skip

    def table(records: Sequence[Record]) -> dict[str, Record]:
        return {str(number): record for number, record in enumerate(records, 1)}

    tables = {
        "_meta": {"1": meta},
        "articles": table([article]),
        "actors": table(actors),
        "statements": table(list(statements.values())),
        "contradictions": table(contradictions),
    }
    ids = {key: record["id"] for key, record in statements.items()}
    _validate(tables, ids)
    silent = sorted({a["id"] for a in actors} - {s["actor"] for s in statements.values()})
    if silent:
        raise CurationError(f"actors.toml: actor {silent[0]} has no statement")
    return Built(tables, ids)


def main(argv: Sequence[str] | None = None) -> int:
    """Write (or with --check, compare) corpus.json; 0 on success, 1 with one line on stderr."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the curation's folder")
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; fail unless corpus.json is what the build makes",
    )
    args = parser.parse_args(argv)
    output = args.data / OUTPUT
    try:
        built = build(args.data)
    except CurationError as err:
        print(f"build_corpus: {err}", file=sys.stderr)
        return 1
    if args.check:
        if not output.is_file() or output.read_text(encoding="utf-8") != built.text():
            print(f"build_corpus: {output} is not what the curation builds; run "
                  "python tools/build_corpus.py", file=sys.stderr)  # fmt: skip
            return 1
        return 0
    output.write_text(built.text(), encoding="utf-8")
    statements = built.tables["statements"].values()
    print(
        f"{output}: {len(built.tables['actors'])} actors, {len(statements)} statements, "
        f"{sum(len(s['deadlines']) for s in statements)} deadlines, "
        f"{len(built.tables['contradictions'])} curated contradictions"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
