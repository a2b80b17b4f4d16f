"""The benchmark's table: each figure beside its baseline, the ratio, the target, pass or fail."""

from __future__ import annotations

from typing import Any

Row = dict[str, Any]


def _cell(s: dict[str, Any] | None, unit: str) -> str:
    if not s or s.get("median") is None:
        return "—"
    scale, fmt = {"s": (1, "{:.3f}"), "ms": (1, "{:.1f}"), "MB": (1, "{:.0f}")}[unit]
    med, lo, hi = (fmt.format(s[k] * scale) for k in ("median", "min", "max"))
    return f"{med} {unit} [{lo}–{hi}]"


def _row(metric: str, unit: str, ours: dict[str, Any] | None, base: dict[str, Any] | None,
         target: str = "", check: Any = None, speedup: bool = False) -> Row:  # fmt: skip
    """One line: `check(ours_median, ratio)` says whether the target is met."""
    ratio = None
    if ours and base and ours.get("median") and base.get("median"):
        ratio = base["median"] / ours["median"] if speedup else ours["median"] / base["median"]
    passed = None
    if check is not None and ours and ours.get("median") is not None:
        passed = bool(check(ours["median"], ratio))
    return {"metric": metric, "unit": unit, "mawqif": ours, "baseline": base, "ratio": ratio,
            "ratio_kind": "speed-up" if speedup else "×baseline", "target": target,
            "pass": passed, "mawqif_text": _cell(ours, unit), "baseline_text": _cell(base, unit)}


def rows(results: dict[str, Any], big: int) -> list[Row]:
    """Every row the results allow, targets from issue 8 where it sets one."""
    out: list[Row] = []
    big_name = f"n{big}"
    frame = results.get("frame")
    if frame:
        base = frame["minimal"]
        out.append(_row("first frame, bundled corpus", "s", frame["corpus"]["first_frame"],
                        base["first_frame"], "≤ 1.3× minimal app",
                        lambda _m, r: r is not None and r <= 1.3))
        out.append(_row(f"first frame, {big:,} statements", "s", frame[big_name]["first_frame"],
                        base["first_frame"], "≤ 1.6× minimal app",
                        lambda _m, r: r is not None and r <= 1.6))
        for name, label in (("corpus", "bundled corpus"), (big_name, f"{big:,} statements")):
            out.append(_row(f"statements shown, {label}", "s", frame[name]["shown"],
                            base["first_frame"], "(informative)"))
            out.append(_row(f"key to screen in tmux, {label}", "ms", frame[name]["key_ms"],
                            base["key_ms"], "(informative)"))
    keys = results.get("keys")
    if keys:
        base = keys["minimal"]["filter_ms"]
        sizes = sorted(int(k[1:]) for k in keys if k.startswith("n"))
        for kind in ("filter", "search"):
            for n in sizes:
                target, check = ("(informative)", None)
                if n == big:
                    target, check = "median ≤ 50 ms", lambda m, _r: m <= 50
                out.append(_row(f"{kind}-to-screen, {n:,} statements", "ms",
                                keys[f"n{n}"][f"{kind}_ms"], base, target, check))
        for n in sizes:
            target, check = ("(informative)", None)
            if n == big:
                target, check = "≤ 500 MB", lambda m, _r: m <= 500
            out.append(_row(f"peak memory, {n:,} statements", "MB", keys[f"n{n}"]["maxrss_mb"],
                            keys["minimal"]["maxrss_mb"], target, check))
    annotate = results.get("annotate")
    if annotate:
        out.append(_row(f"annotation write, {big:,} statements", "ms", annotate["mawqif_ms"],
                        annotate["baseline_ms"], "≤ 50 ms", lambda m, _r: m <= 50))
    vd = results.get("visidata")
    if vd and "skipped" not in vd:
        out.append(_row(f"load and filter, {big:,} statements", "s", vd["mawqif"]["s"],
                        vd["visidata"]["s"], "≥ 5× faster than VisiData",
                        lambda _m, r: r is not None and r >= 5 and vd["same_rows"],
                        speedup=True))
        out.append(_row(f"peak memory of load and filter, {big:,}", "MB", vd["mawqif"]["mb"],
                        vd["visidata"]["mb"], "(informative)"))
    return out


def table(results: dict[str, Any], big: int) -> list[Row]:
    """Print the table to stdout and return its rows."""
    got = rows(results, big)
    headers = ("metric", "mawqif median [min–max]", "baseline median [min–max]", "ratio",
               "target", "pass")  # fmt: skip
    lines = []
    for r in got:
        ratio = "—" if r["ratio"] is None else f"{r['ratio']:.2f}×"
        verdict = {True: "PASS", False: "FAIL", None: ""}[r["pass"]]
        lines.append((r["metric"], r["mawqif_text"], r["baseline_text"], ratio, r["target"],
                      verdict))  # fmt: skip
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *lines, strict=True)]
    for line in (headers, tuple("-" * w for w in widths), *lines):
        print("  ".join(str(x).ljust(w) for x, w in zip(line, widths, strict=True)).rstrip())
    if results.get("visidata", {}).get("skipped"):
        print(f"load and filter: skipped ({results['visidata']['skipped']})")
    elif results.get("visidata") and not results["visidata"]["same_rows"]:
        print("load and filter: VisiData and mawqif kept different row counts: FAIL")
    print("baselines: first frame and keys — a minimal Textual app (bench/minimal_app.py);"
          " annotation write — an atomic write of the same bytes; load and filter — VisiData")
    return got
