"""Accuracy ratchet: score the dev corpus, then a never-crash pass over the raw corpus.

Usage: python bench/accuracy.py [--shared ../shared] [--update-baseline]

Fails (exit 1) when a dev-corpus field drops below ``bench/accuracy-baseline.json`` or when a
raw document raises anything but a documented ``ReadError`` for an unsupported format.
Raise the baseline with ``--update-baseline`` when scores rise; never lower it silently.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from nghiquyet import parse_file
from nghiquyet.errors import ReadError, UnsupportedFormat

BASELINE = Path(__file__).with_name("accuracy-baseline.json")
READABLE = {".txt", ".md", ".docx", ".doc", ".html", ".htm"}


def score(shared: Path) -> dict[str, float]:
    out = subprocess.run(
        [
            sys.executable,
            str(shared / "tools" / "score.py"),
            str(shared / "corpus" / "dev"),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(out.stdout)
    fields: dict[str, float] = report["fields"]
    fields["crashes"] = -float(report["crashes"])
    return fields


def _check(path: Path) -> tuple[str, list[str], str | None, bool]:
    """Parse one raw document: (name, diagnostic codes, problem, failed)."""
    try:
        doc = parse_file(path)
    except UnsupportedFormat:
        if path.suffix.lower() in READABLE:
            return path.name, [], f"{path.name}: unsupported but readable suffix", True
        return path.name, [], None, False
    except ReadError as exc:
        return path.name, [], f"{path.name}: ReadError: {exc}", True
    except Exception as exc:
        return path.name, [], f"{path.name}: CRASH {type(exc).__name__}: {exc}", True
    return path.name, [d.code for d in doc.diagnostics], None, False


def never_crash(raw: Path) -> tuple[int, int, Counter[str], list[str]]:
    paths = sorted(p for p in raw.iterdir() if not p.name.endswith(".json"))
    codes: Counter[str] = Counter()
    problems: list[str] = []
    failures = 0
    with multiprocessing.Pool(os.cpu_count() or 1) as pool:
        for _name, diag_codes, problem, failed in pool.imap_unordered(_check, paths, 4):
            codes.update(diag_codes)
            failures += failed
            if problem:
                problems.append(problem)
    return len(paths), failures, codes, sorted(problems)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--update-baseline", action="store_true")
    a = ap.parse_args()
    t0 = time.perf_counter()
    fields = score(a.shared)
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    dropped = {k: (v, fields.get(k)) for k, v in baseline.items() if fields.get(k, -1e9) < v}
    for k, v in sorted(fields.items()):
        mark = "  DROPPED" if k in dropped else ""
        print(f"  {k:24s} {v:.4f} (baseline {baseline.get(k, float('nan')):.4f}){mark}")
    docs, failures, codes, problems = never_crash(a.shared / "corpus" / "raw")
    print(
        f"raw corpus: {docs} files, {failures} failures; diagnostics by code: "
        f"{dict(codes.most_common(10))}"
    )
    for line in problems[:20]:
        print("  " + line)
    print(f"accuracy run took {time.perf_counter() - t0:.1f}s")
    if a.update_baseline:
        new = {k: max(v, baseline.get(k, v)) for k, v in fields.items()}
        BASELINE.write_text(json.dumps(new, indent=1, sort_keys=True) + "\n")
        print(f"baseline written: {BASELINE}")
    if dropped or failures or any("CRASH" in p or "readable" in p for p in problems):
        print("FAILED: " + ", ".join(f"{k} {o} -> {n}" for k, (o, n) in dropped.items()))
        return 1
    print("accuracy: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
