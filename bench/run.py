"""Benchmark mawqif against its baselines (issue 8): prints a table and writes JSON.

    python bench/run.py [--quick] [--out bench/results/latest.json]

Every figure is the median of fresh processes with its min–max, beside a baseline measured in
the same run; the code measured is the checkout this file lives in.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import batch, generate  # noqa: E402
from bench.report import table  # noqa: E402
from bench.terminal import Tmux, start_once, write_script  # noqa: E402

SIZES = (1_000, 10_000, 100_000)
SCALE = (10_000, 100_000, 300_000, 1_000_000)
GROUPS = ("generate", "frame", "keys", "session", "annotate", "visidata", "scale")
IMPORTED = 1_000  # articles imported in one command, per size of the scale curve
SHOWN = re.compile(r"of [\d,  ]+ statements")
SEARCH_WORDS = ("سبتمبر", "داعش")


def summary(samples: list[float]) -> dict[str, Any]:
    """Median, min and max of `samples`, with the samples themselves."""
    if not samples:
        return {"median": None, "min": None, "max": None, "n": 0, "samples": []}
    return {"median": statistics.median(samples), "min": min(samples), "max": max(samples),
            "n": len(samples), "samples": samples}  # fmt: skip


def cache_key() -> str:
    """Changes with the generator, the bundled corpus and the store that writes the files."""
    digest = hashlib.sha256()
    sources = [
        ROOT / "data" / "corpus.json",
        ROOT / "bench" / "generate.py",
        ROOT / "bench" / "vocab.py",
        *sorted((ROOT / "tui" / "data").glob("*.py")),
    ]
    for path in sources:
        digest.update(path.read_bytes())
    return f"v{generate.VERSION}-s{generate.SEED}-{digest.hexdigest()[:12]}"


class Bench:
    """The settings of one benchmark run and the folders it works in."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.quick = args.quick
        self.sizes: tuple[int, ...] = tuple(args.sizes)
        self.scale_sizes: tuple[int, ...] = tuple(args.scale_sizes)
        self.big = max(self.sizes)
        self.cache = args.cache_dir / cache_key()
        self.scratch = Path(tempfile.mkdtemp(prefix="mawqif-bench-"))
        self.python = sys.executable
        self.mawqif = [self.python, "-m", "tui"]
        self.runs = 2 if self.quick else 5  # fresh starts per first-frame figure
        self.app_runs = 1 if self.quick else 3  # fresh processes per latency figure
        self.presses = 4 if self.quick else 12
        self.scale_runs: int = args.scale_runs
        self.scale_import: bool = not args.no_import

    def log(self, message: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    def workspace(self, n: int | None) -> Path:
        """The cached workspace of `n` generated statements (None: the bundled corpus)."""
        name = "corpus" if n is None else f"n{n}"
        path = self.cache / name / "workspace.json"
        if path.exists():
            return path
        partial = self.cache / f"{name}.{uuid.uuid4().hex[:6]}.partial"
        partial.mkdir(parents=True)
        began = time.perf_counter()
        if n is None:
            from tui.data.store import create_workspace, open_corpus
            from tui.resources import corpus_path

            create_workspace(partial / "workspace.json", seed=[open_corpus(corpus_path())])
        else:
            # In a process of its own: this one must stay small (see batch.timed).
            subprocess.run([self.python, str(ROOT / "bench" / "generate.py"), "--statements",
                            str(n), "--db", str(partial / "workspace.json")],
                           check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        partial.rename(path.parent)  # whole or not at all, should a run be stopped midway
        self.log(f"generated {name} in {time.perf_counter() - began:.1f} s")
        return path

    def fresh(self, source: Path | None) -> tuple[Path, dict[str, str]]:
        """A private copy of a workspace (runs write sessions) and a fresh user environment;
        with no workspace, the path is that of a file that does not exist in a new folder."""
        folder = self.scratch / uuid.uuid4().hex[:8]
        folder.mkdir()
        if source is None:
            source = Path("none")
        else:
            for file in source.parent.iterdir():
                if file.is_file() and not file.name.endswith((".lock", ".tmp")):
                    shutil.copyfile(file, folder / file.name)
        env = {"HOME": str(folder), "XDG_DATA_HOME": str(folder / "data"),
               "XDG_CONFIG_HOME": str(folder / "config"), "TERM": "xterm-256color",
               "COLORTERM": "truecolor", "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8",
               "PATH": "/usr/local/bin:/usr/bin:/bin"}  # fmt: skip
        return folder / source.name, env

    def json_of(self, argv: list[str], env: dict[str, str]) -> dict[str, Any]:
        """Run a measuring script in a fresh process and read the JSON it prints."""
        done = subprocess.run(argv, env=env, cwd=ROOT, capture_output=True, text=True,
                              timeout=1800)  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(argv[:3])} failed:\n{done.stderr[-3000:]}")
        return json.loads(done.stdout.strip().splitlines()[-1])

    # -- the measurements ---------------------------------------------------------------

    def first_frame(self) -> dict[str, Any]:
        """Start each command in tmux, round robin, after one unrecorded warm-up start each."""
        commands = {
            "minimal": (None, [self.python, str(ROOT / "bench" / "minimal_app.py")], None,
                        ["s", "s"]),
            "corpus": (self.workspace(None), self.mawqif, SHOWN, ["s", "s", "t", "x"]),
            f"n{self.big}": (self.workspace(self.big), self.mawqif, SHOWN,
                             ["s", "s", "t", "x"]),
        }  # fmt: skip
        samples: dict[str, dict[str, list[float]]] = {
            name: {"first_frame": [], "shown": [], "settled": [], "key_ms": []} for name in commands
        }
        tmux = Tmux()
        try:
            for round_ in range(self.runs + 1):
                for name, (source, argv, shown, keys) in commands.items():
                    db, env = self.fresh(source)
                    full = argv if source is None else [*argv, "--db", str(db)]
                    run = start_once(tmux, write_script(db.parent, full, env, ROOT), shown,
                                     keys)  # fmt: skip
                    shutil.rmtree(db.parent)
                    self.log(f"first frame {name}: {run.first_frame:.3f} s"
                             + (f", shown {run.shown:.3f} s" if run.shown else "")
                             + ("" if round_ else " (warm-up, not counted)"))  # fmt: skip
                    if round_:
                        samples[name]["first_frame"].append(run.first_frame)
                        if run.shown is not None:
                            samples[name]["shown"].append(run.shown)
                        if run.settled is not None:
                            samples[name]["settled"].append(run.settled)
                        samples[name]["key_ms"].extend(k * 1000 for k in run.keys)
        finally:
            tmux.close()
        return {name: {k: summary(v) for k, v in s.items()} for name, s in samples.items()}

    def keys(self) -> dict[str, Any]:
        """Filter- and search-to-screen, and peak memory, per size, in fresh headless apps."""
        script = [self.python, str(ROOT / "bench" / "interactive.py")]
        out: dict[str, Any] = {}
        _, env = self.fresh(None)
        runs = [self.json_of([*script, "--minimal", "--presses", str(self.presses)], env)
                for _ in range(self.app_runs)]  # fmt: skip
        out["minimal"] = self._merge(runs)
        for n in self.sizes:
            runs = []
            for _ in range(self.app_runs):
                db, env = self.fresh(self.workspace(n))
                words = [f"--search={w}" for w in SEARCH_WORDS]
                runs.append(self.json_of([*script, "--db", str(db), "--presses",
                                          str(self.presses), "--clashes", "3", *words],
                                         env))  # fmt: skip
                shutil.rmtree(db.parent)
            out[f"n{n}"] = self._merge(runs)
            self.log(f"keys n{n}: filter {out[f'n{n}']['filter_ms']['median']:.1f} ms, search "
                     f"{out[f'n{n}']['search_ms']['median']:.1f} ms, peak "
                     f"{out[f'n{n}']['maxrss_mb']['median']:.0f} MB")  # fmt: skip
        return out

    @staticmethod
    def _merge(runs: list[dict[str, Any]]) -> dict[str, Any]:
        keys = sorted({k for r in runs for k in r})
        merged: dict[str, Any] = {}
        for key in keys:
            values = [r[key] for r in runs if key in r]
            flat = [v for vs in values for v in (vs if isinstance(vs, list) else [vs])]
            merged[key] = summary(flat) if key.endswith(("_ms", "_s", "_mb")) else flat
        return merged

    def session(self) -> dict[str, Any]:
        """Resident memory through two minutes of random keys on the biggest workspace."""
        seconds = 20 if self.quick else 120
        db, env = self.fresh(self.workspace(self.big))
        script = [self.python, str(ROOT / "bench" / "interactive.py"), "--db", str(db),
                  "--presses", "4", "--session", str(seconds)]  # fmt: skip
        got = self.json_of(script, env)
        shutil.rmtree(db.parent)
        self.log(f"session n{self.big}: {got['session_keys']} key groups, peak "
                 f"{got['session_peak_mb']:.0f} MB")  # fmt: skip
        return {"seconds": seconds, "keys": got["session_keys"],
                "rss_mb": got["session_rss_mb"], "open_mb": got["open_mb"],
                "peak_mb": summary([got["session_peak_mb"]])}  # fmt: skip

    def scale(self) -> dict[str, Any]:
        """The cost curve: per size, fresh apps (rows, keys, `c`, memory; the median of
        `--scale-runs`) and an import of IMPORTED articles in one command."""
        script = [self.python, str(ROOT / "bench" / "interactive.py")]
        out: dict[str, Any] = {}
        for n in self.scale_sizes:
            source = self.workspace(n)
            runs = []
            took = peak = None
            for run in range(self.scale_runs):
                db, env = self.fresh(source)
                words = [f"--search={w}" for w in SEARCH_WORDS]
                runs.append(
                    self.json_of(
                        [
                            *script,
                            "--db",
                            str(db),
                            "--presses",
                            str(self.presses),
                            "--clashes",
                            "3",
                            *words,
                        ],
                        env,
                    )
                )
                if self.scale_import and run == 0:
                    took, peak, _ = batch.import_articles(self.mawqif, db, db.parent, env, ROOT,
                                                          IMPORTED)  # fmt: skip
                shutil.rmtree(db.parent)

            def median(key: str, runs: list[dict[str, Any]] = runs) -> float:
                return statistics.median(r[key] for r in runs)

            out[f"n{n}"] = {
                "bytes": source.stat().st_size, "listed_s": median("listed_s"),
                "ready_s": median("ready_s"),
                "filter_ms": summary([v for r in runs for v in r["filter_ms"]]),
                "search_ms": summary([v for r in runs for v in r["search_ms"]]),
                "first_letter_ms": summary([v for r in runs for v in r["first_letter_ms"]]),
                "clash_first_s": median("clash_first_s"),
                "clash_s": summary([v for r in runs for v in r["clash_s"]]),
                "open_mb": median("open_mb"), "peak_mb": median("maxrss_mb"),
                "import_s": took, "import_mb": peak,
                "runs": [{k: r[k] for k in ("listed_s", "ready_s", "clash_first_s", "open_mb",
                                            "maxrss_mb")} for r in runs],
            }  # fmt: skip
            row = out[f"n{n}"]
            listed = [r["listed_s"] for r in runs]
            self.log(
                f"scale n{n}: rows {row['listed_s']:.2f} s [{min(listed):.2f}-"
                f"{max(listed):.2f}], ready {row['ready_s']:.1f} s, "
                f"filter {row['filter_ms']['median']:.0f} ms, search "
                f"{row['search_ms']['median']:.0f} ms (first letter "
                f"{row['first_letter_ms']['median']:.0f} ms), c {row['clash_first_s']:.1f}/"
                f"{row['clash_s']['median']:.2f} s, peak {row['peak_mb']:.0f} MB"
                + (f", import {took:.1f} s {peak:.0f} MB" if took is not None else "")
            )
        return out

    def annotate(self) -> dict[str, Any]:
        """Annotation writes on the biggest workspace, in a fresh process of their own."""
        db, env = self.fresh(self.workspace(self.big))
        script = [self.python, str(ROOT / "bench" / "batch.py"), "annotate", "--db", str(db),
                  "--writes", "8" if self.quick else "20"]  # fmt: skip
        got = self.json_of(script, env)
        shutil.rmtree(db.parent)
        return {k: summary(v) for k, v in got.items()}

    def visidata(self) -> dict[str, Any]:
        """Load and filter the biggest workspace: mawqif's export against VisiData's batch."""
        vd = batch.visidata()
        if vd is None:
            return {"skipped": "VisiData is not installed: pip install -e '.[bench]'"}
        db, env = self.fresh(self.workspace(self.big))
        jsonl, export_s = batch.export_jsonl(self.mawqif, db, db.parent, env, ROOT)
        got: dict[str, dict[str, list[float]]] = {
            "mawqif": {"s": [], "mb": [], "rows": []},
            "visidata": {"s": [], "mb": [], "rows": []},
        }
        for _ in range(1 if self.quick else 3):
            for name, measure in (("mawqif", batch.mawqif_filter), ("visidata", None)):
                if measure is None:
                    took, peak, rows = batch.visidata_filter(vd, jsonl, db.parent, env, ROOT)
                else:
                    took, peak, rows = measure(self.mawqif, db, db.parent, env, ROOT)
                got[name]["s"].append(took)
                got[name]["mb"].append(peak)
                got[name]["rows"].append(rows)
                self.log(f"load+filter {name}: {took:.2f} s, {peak:.0f} MB, {rows} rows")
        size = jsonl.stat().st_size
        shutil.rmtree(db.parent)
        same = set(got["mawqif"]["rows"]) == set(got["visidata"]["rows"])
        return {
            "export_all_s": export_s,
            "jsonl_bytes": size,
            "same_rows": same,
            **{name: {k: summary(v) for k, v in g.items()} for name, g in got.items()},
        }


def machine() -> dict[str, Any]:
    """What the figures were measured on and at which commit."""

    def git(*args: str) -> str | None:
        done = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else None

    import textual

    status = git("status", "--porcelain", "--", "tui", "styles", "data")
    return {
        "python": platform.python_version(),
        "textual": textual.__version__,
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "commit": git("rev-parse", "HEAD"),
        "tui_changed_since_commit": bool(status),
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs: a smoke test")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "latest.json")
    parser.add_argument(
        "--only", action="append", choices=GROUPS, help="run only this group (repeat for several)"
    )
    parser.add_argument(
        "--sizes",
        type=lambda s: [int(n) for n in s.split(",")],
        default=list(SIZES),
        help="statement counts, comma-separated",
    )
    parser.add_argument(
        "--scale-sizes",
        type=lambda s: [int(n) for n in s.split(",")],
        default=list(SCALE),
        help="statement counts of the scale curve",
    )
    parser.add_argument(
        "--scale-runs",
        type=int,
        default=1,
        help="fresh apps per size of the scale curve (their median)",
    )
    parser.add_argument(
        "--no-import",
        action="store_true",
        help="leave the import of 1,000 articles out of the scale curve",
    )
    parser.add_argument("--cache-dir", type=Path, default=ROOT / "bench" / "results" / "cache")
    args = parser.parse_args(argv)
    bench = Bench(args)
    groups = args.only or list(GROUPS)
    # Bytecode compiled up front, as an installed wheel has it: otherwise, with
    # PYTHONDONTWRITEBYTECODE set or a read-only checkout, every start would compile tui/.
    subprocess.run([bench.python, "-m", "compileall", "-q", str(ROOT / "tui"),
                    str(ROOT / "bench")], check=True)  # fmt: skip
    load = {"before": os.getloadavg()}
    results: dict[str, Any] = {}
    began = time.perf_counter()
    try:
        if "generate" in groups:
            results["generate"] = {}
            for n in bench.sizes:
                start = time.perf_counter()
                path = bench.workspace(n)
                results["generate"][f"n{n}"] = {"path": str(path), "s": time.perf_counter() - start}
        for group in ("frame", "keys", "session", "annotate", "visidata", "scale"):
            if group in groups:
                bench.log(f"measuring {group}")
                measure = {
                    "frame": bench.first_frame,
                    "keys": bench.keys,
                    "session": bench.session,
                    "annotate": bench.annotate,
                    "visidata": bench.visidata,
                    "scale": bench.scale,
                }[group]
                results[group] = measure()
    finally:
        shutil.rmtree(bench.scratch, ignore_errors=True)
    load["after"] = os.getloadavg()
    rows = table(results, bench.big)
    if load["before"][0] > 0.5:
        # Every figure is wall-clock time on two cores: other work skews it.
        print(f"warning: the load average was {load['before'][0]:.2f} at the start")
    report = {
        "machine": {**machine(), "loadavg": load},
        "quick": bench.quick,
        "sizes": list(bench.sizes),
        "seconds": time.perf_counter() - began,
        "table": rows,
        "results": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1, ensure_ascii=False))
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
