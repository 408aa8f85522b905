"""Parser benchmark: MB/s and docs/s end to end (text -> Document -> JSON), peak memory, and
linearity (a 10x larger input should take <= 11x the time).

Usage: python bench/parse_bench.py [--shared ../shared] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
import tracemalloc
from pathlib import Path

from nghiquyet import parse_text

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_077e01998b7256ce.txt"


def run(texts: list[str], repeat: int) -> tuple[float, float]:
    """Best-of-``repeat`` seconds for parsing and dumping all ``texts``; MB of input."""
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for text in texts:
            parse_text(text).model_dump_json()
        times.append(time.perf_counter() - t0)
    return min(times), size


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT / ".." / "shared")
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    dev = sorted(p for p in (a.shared / "corpus" / "dev").iterdir() if p.suffix in (".txt", ".md"))
    texts = [p.read_text(encoding="utf-8") for p in dev]
    secs, mb = run(texts, a.repeat)
    print(
        f"dev corpus text/md: {len(texts)} docs, {mb:.2f} MB in {secs:.2f}s: "
        f"{mb / secs:.2f} MB/s, {len(texts) / secs:.1f} docs/s"
    )
    seed = SEED.read_text(encoding="utf-8")
    one, mb1 = run([seed], a.repeat)
    ten, mb10 = run([seed * 10], a.repeat)
    print(
        f"seed x1: {mb1 / one:.2f} MB/s; seed x10 in one text: {mb10 / ten:.2f} MB/s; "
        f"time ratio x10/x1 = {ten / one:.1f} (linear: <= 11)"
    )
    tracemalloc.start()
    parse_text(seed * 10).model_dump_json()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory for seed x10 ({mb10:.2f} MB): {peak / 1e6:.1f} MB")
    per_doc = [run([t], 1)[0] for t in texts[:10]]
    print(
        f"median per-document time (first 10 dev docs): {statistics.median(per_doc) * 1e3:.1f} ms"
    )


if __name__ == "__main__":
    main()
