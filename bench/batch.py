"""Whole-process timings: mawqif's export against VisiData's batch mode, and annotation writes.

    python bench/batch.py annotate --db W.json [--writes 20]
    python bench/batch.py jsonl --db export.json --out statements.jsonl

The first prints the annotation-write samples as JSON; run.py imports the rest.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

try:
    import orjson
except ImportError:  # the bench extra is not installed: the standard library will do, slower
    orjson = None  # type: ignore[assignment]

# VisiData replays this command log: open the file, select the rows whose Python expression
# holds (what `z|` does by hand), and keep only the selected rows as the sheet to save.
CMDLOG = (
    {"longname": "open-file", "input": "{path}", "keystrokes": "o"},
    {"sheet": "{sheet}", "col": "withdrawal", "longname": "select-expr",
     "input": 'withdrawal == "opposes"', "keystrokes": "z|"},
    {"sheet": "{sheet}", "longname": "dup-selected", "input": "", "keystrokes": '"'},
)  # fmt: skip


def timed(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Seconds a process takes from spawn to exit, and its peak resident memory in MB.

    The peak comes from GNU time when it is installed: Linux carries a process's maximum
    RSS over fork and exec, so the child of a small `time` reports its own size, where a
    child of this Python could report this Python's.
    """
    gnu_time = Path("/usr/bin/time")
    with tempfile.NamedTemporaryFile(suffix=".rss") as report:
        wrapped = ([str(gnu_time), "-f", "%M", "-o", report.name, *argv]
                   if gnu_time.exists() else argv)  # fmt: skip
        start = time.perf_counter()
        process = subprocess.Popen(wrapped, env=env, cwd=cwd, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE)  # fmt: skip
        _, status, usage = os.wait4(process.pid, 0)
        took = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        error = process.stderr.read().decode() if process.stderr else ""
        if process.returncode != 0:
            raise RuntimeError(f"{argv[0]} exited {process.returncode}: {error[-2000:]}")
        written = Path(report.name).read_text().split()
        peak_kb = int(written[-1]) if gnu_time.exists() and written else usage.ru_maxrss
    return took, peak_kb / 1024


def _loads(data: bytes) -> Any:
    return orjson.loads(data) if orjson else json.loads(data)


def _dumps(value: Any) -> bytes:
    if orjson:
        return orjson.dumps(value)
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def export_jsonl(mawqif: list[str], db: Path, folder: Path, env: dict[str, str],
                 cwd: Path) -> tuple[Path, float]:  # fmt: skip
    """The workspace's statements exported by mawqif as JSON, then written one per line
    (in a process of its own, so this one stays small: see `timed`)."""
    exported = folder / "all.json"
    took, _ = timed([*mawqif, "export", "--db", str(db), "--format", "json", "-o",
                     str(exported)], env, cwd)  # fmt: skip
    jsonl = folder / "statements.jsonl"
    subprocess.run([sys.executable, __file__, "jsonl", "--db", str(exported), "--out",
                    str(jsonl)], check=True, env=env, cwd=cwd)  # fmt: skip
    exported.unlink()
    return jsonl, took


def to_jsonl(exported: Path, jsonl: Path) -> None:
    """Write the statements of a JSON export one object per line."""
    with jsonl.open("wb") as out:
        for statement in _loads(exported.read_bytes()):
            out.write(_dumps(statement) + b"\n")


def visidata() -> str | None:
    """The `vd` installed beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / "vd"
    return str(beside) if beside.exists() else shutil.which("vd")


def visidata_filter(vd: str, jsonl: Path, folder: Path, env: dict[str, str],
                    cwd: Path) -> tuple[float, float, int]:  # fmt: skip
    """VisiData in batch mode loading `jsonl` and saving the opposing rows: s, MB, rows."""
    cmdlog = folder / "filter.vdj"
    lines = []
    for step in CMDLOG:
        # Filled in here, not with vd's field=value: that substitution trips on JSON braces.
        lines.append(json.dumps({k: v.replace("{path}", str(jsonl)).replace("{sheet}", jsonl.stem)
                                 for k, v in step.items()}))  # fmt: skip
    cmdlog.write_text("\n".join(lines) + "\n")
    out = folder / "vd-opposes.jsonl"
    out.unlink(missing_ok=True)
    took, peak = timed([vd, "-b", "-p", str(cmdlog), "-o", str(out)], env, cwd)
    return took, peak, sum(1 for line in out.read_bytes().splitlines() if line.strip())


def mawqif_filter(mawqif: list[str], db: Path, folder: Path, env: dict[str, str],
                  cwd: Path) -> tuple[float, float, int]:  # fmt: skip
    """`mawqif export --withdrawal opposes` as one whole process: s, MB, rows."""
    out = folder / "mawqif-opposes.json"
    out.unlink(missing_ok=True)
    took, peak = timed([*mawqif, "export", "--db", str(db), "--withdrawal", "opposes",
                        "--format", "json", "-o", str(out)], env, cwd)  # fmt: skip
    return took, peak, len(_loads(out.read_bytes()))


def annotation_writes(db: Path, writes: int) -> dict[str, list[float]]:
    """Milliseconds of `annotate` + `save` on a workspace, and of an atomic write of the
    review file's bytes alone (the floor any durable save pays: fsync of file and folder)."""
    from tui.data.files import write_atomically
    from tui.data.review import change
    from tui.data.store import Workspace

    began = time.perf_counter()
    workspace = Workspace(db)
    opened = time.perf_counter() - began
    ids = sorted(workspace.corpus.statements)
    step = max(1, len(ids) // writes)
    mawqif_ms = []
    for i in range(writes):
        status = ("reviewed", "disputed")[i % 2]
        start = time.perf_counter()
        workspace.annotate(
            f"statement:{ids[i * step]}", partial(change, status=status, note=f"bench write {i}")
        )
        workspace.save()
        mawqif_ms.append((time.perf_counter() - start) * 1000)
    payload = workspace.review_path.read_bytes()
    target = db.with_name("baseline.review.json")
    baseline_ms = []
    for _ in range(writes):
        start = time.perf_counter()
        write_atomically(target, payload)
        baseline_ms.append((time.perf_counter() - start) * 1000)
    workspace.close()
    return {"mawqif_ms": mawqif_ms, "baseline_ms": baseline_ms, "open_s": [opened],
            "review_bytes": [len(payload)]}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Run the annotation-write measurement in this fresh process; print JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["annotate", "jsonl"])
    parser.add_argument("--db", type=Path, required=True, help="workspace, or JSON export")
    parser.add_argument("--writes", type=int, default=20)
    parser.add_argument("--out", type=Path, help="the JSONL file to write")
    args = parser.parse_args(argv)
    if args.what == "jsonl":
        to_jsonl(args.db, args.out)
    else:
        print(json.dumps(annotation_writes(args.db, args.writes)))
    return 0


if __name__ == "__main__":
    sys.exit(main())


def import_articles(mawqif: list[str], db: Path, folder: Path, env: dict[str, str],
                    cwd: Path, count: int) -> tuple[float, float, int]:  # fmt: skip
    """`mawqif import` of `count` article files in one command into `db`: s, MB, files.

    The articles are the test fixtures' plain texts, each with a line of its own appended
    and a publication date, so each is a new article to the importer.
    """
    sources = sorted((cwd / "tests" / "fixtures" / "articles").glob("*.ar.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    files = []
    for i in range(count):
        path = folder / f"import-{i:04d}.ar.txt"
        path.write_text(f"{texts[i % len(texts)]}\n\nنسخة رقم {i}\n", encoding="utf-8")
        files.append(str(path))
    took, peak = timed([*mawqif, "import", "--db", str(db), "--published", "2025-01-15",
                        "--outlet", "bench", *files], env, cwd)  # fmt: skip
    return took, peak, count
