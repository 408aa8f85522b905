#!/usr/bin/env python3
"""Batch conversion speed: docs/s and MB/s for 1 and all cores; peak memory vs archive size.

Usage: python bench/convert_bench.py [CORPUS_DIR] [--copies 50] [--as folder|zip|tar.gz]
                                     [--jobs 1,2] [--max-kb N]

Builds an archive of ``--copies`` copies of the documents of CORPUS_DIR (default
../shared/corpus/dev; gold and meta files left out, documents over ``--max-kb`` too) in a
temporary folder, converts it once per ``--jobs`` value, each in a fresh process, and
prints docs/s, MB/s, the speed-up over the first value, and the peak RSS of the converting
process and of its largest worker. ``--memory-check`` also converts half as many copies, to
show the parent's peak memory does not grow with the archive.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from nghiquyet.batch.sources import DOCUMENT_SUFFIXES

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = (ROOT / ".." / "shared" / "corpus" / "dev").resolve()


def documents(corpus: Path, max_kb: int | None) -> list[Path]:
    """The documents of ``corpus`` (not the .gold.json / .meta.json files)."""
    found = sorted(p for p in corpus.iterdir() if p.suffix.lower() in DOCUMENT_SUFFIXES)
    return [p for p in found if max_kb is None or p.stat().st_size <= max_kb * 1024]


def build(docs: list[Path], copies: int, kind: str, where: Path) -> Path:
    """``copies`` copies of ``docs`` as a folder, a zip or a tar.gz under ``where``."""
    tree = where / "archive"
    for n in range(copies):
        sub = tree / f"copy{n:03}"
        sub.mkdir(parents=True)
        for p in docs:
            os.link(p, sub / p.name) if _same_device(p, where) else shutil.copyfile(p, sub / p.name)
    if kind == "folder":
        return tree
    if kind == "zip":
        path = where / "archive.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for f in sorted(tree.rglob("*")):
                zf.write(f, f.relative_to(tree).as_posix())
    else:
        path = where / "archive.tar.gz"
        subprocess.run(
            ["tar", "--hard-dereference", "-czf", str(path), "-C", str(tree), "."], check=True
        )
    shutil.rmtree(tree)
    return path


def _same_device(a: Path, b: Path) -> bool:
    return a.stat().st_dev == b.stat().st_dev


def run_one(src: str, out: str, jobs: int) -> None:
    """Convert in this process and print one JSON line of measures (``--one`` mode)."""
    from nghiquyet.batch import convert

    started = time.perf_counter()
    summary = convert([src], out, jobs=jobs)
    wall = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF)
    print(
        json.dumps(
            {
                "jobs": jobs,
                "docs": summary.converted,
                "failed": summary.failed,
                "mb": summary.bytes / 1e6,
                "wall": wall,
                "parent_rss_mb": own.ru_maxrss / 1024,
                "worker_rss_mb": summary.peak_worker_mb,
                "parent_cpu": own.ru_utime + own.ru_stime,
                "worker_cpu": summary.cpu,
            }
        )
    )


def measure(src: Path, jobs: int, where: Path) -> dict[str, float]:
    """Run one conversion of ``src`` in a fresh process; its measures."""
    out = where / f"out-{jobs}-{time.monotonic_ns()}"
    cmd = [sys.executable, __file__, "--one", str(src), str(out), str(jobs)]
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    shutil.rmtree(out)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--one":
        run_one(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--copies", type=int, default=50)
    ap.add_argument("--as", dest="kind", choices=("folder", "zip", "tar.gz"), default="folder")
    ap.add_argument("--jobs", default=f"1,{os.cpu_count() or 1}")
    ap.add_argument("--max-kb", type=int, default=None, help="leave out larger documents")
    ap.add_argument("--memory-check", action="store_true")
    args = ap.parse_args()
    docs = documents(args.corpus, args.max_kb)
    print(
        f"{len(docs)} documents x {args.copies} copies as {args.kind}; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    with tempfile.TemporaryDirectory(prefix="nq-bench-") as tmp:
        where = Path(tmp)
        src = build(docs, args.copies, args.kind, where)
        base: dict[str, float] | None = None
        for jobs in (int(j) for j in args.jobs.split(",")):
            m = measure(src, jobs, where)
            base = base or m
            # Wall-clock speed-up, and the same at equal CPU speed: the parse CPU per second
            # of wall time over the first run's (a shared host's CPU speed drifts by tens of
            # per cent between runs; this ratio does not see that drift).
            busy = m["worker_cpu"] / m["wall"]
            print(
                f"jobs {jobs}: {m['docs']:.0f} docs ({m['failed']:.0f} failed) "
                f"in {m['wall']:.1f} s = {m['docs'] / m['wall']:.1f} docs/s, "
                f"{m['mb'] / m['wall']:.2f} MB/s, x{base['wall'] / m['wall']:.2f} "
                f"(at equal CPU speed x{busy / (base['worker_cpu'] / base['wall']):.2f}); "
                f"parse CPU {m['worker_cpu']:.1f} s ({m['worker_cpu'] / m['wall']:.2f} busy); "
                f"peak RSS parent {m['parent_rss_mb']:.0f} MB (CPU {m['parent_cpu']:.1f} s), "
                f"largest worker {m['worker_rss_mb']:.0f} MB"
            )
        if args.memory_check:
            half_where = where / "half"
            half_where.mkdir()
            half = build(docs, max(1, args.copies // 2), args.kind, half_where)
            m = measure(half, 1, where)
            print(
                f"half the copies, jobs 1: peak RSS parent {m['parent_rss_mb']:.0f} MB, "
                f"largest worker {m['worker_rss_mb']:.0f} MB"
            )


if __name__ == "__main__":
    main()
