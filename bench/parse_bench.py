"""Parser benchmark: MB/s and docs/s end to end (text -> Document -> JSON), peak memory,
linearity (a 10x larger input should take <= 11x the time) and the share of each stage
(normalize, lexer, builder, citations, JSON). Times are CPU seconds (process_time), best of
``--repeat``, so other jobs on the machine disturb them less.

Usage: python bench/parse_bench.py [--shared ../shared] [--repeat 3] [--raw]
"""

from __future__ import annotations

import argparse
import statistics
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from nghiquyet import builder, lexer, parse_text
from nghiquyet.citations.document import cite_document
from nghiquyet.models import SourceInfo
from nghiquyet.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_077e01998b7256ce.txt"


def run(texts: list[str], repeat: int) -> tuple[float, float]:
    """Best-of-``repeat`` seconds for parsing and dumping all ``texts``; MB of input."""
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        for text in texts:
            parse_text(text).model_dump_json()
        times.append(time.process_time() - t0)
    return min(times), size


def stages(texts: list[str], repeat: int) -> None:
    """CPU seconds of each stage of parse_text over ``texts``, best of ``repeat``."""
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    info = SourceInfo(format="text", encoding=None, sha256="0" * 64, length=0)

    def best(run: Callable[[], object]) -> float:
        times = []
        for _ in range(repeat):
            t0 = time.process_time()
            run()
            times.append(time.process_time() - t0)
        return min(times)

    norms = [normalize(t) for t in texts]
    tokens = [lexer.tokenize(n) for n in norms]
    docs = [builder.build(k, n, source=info) for k, n in zip(tokens, norms, strict=True)]
    triples = list(zip(docs, texts, norms, strict=True))
    cited = [cite_document(d, t, norm=n) for d, t, n in triples]
    timed = {
        "normalize": best(lambda: [normalize(t) for t in texts]),
        "lexer": best(lambda: [lexer.tokenize(n) for n in norms]),
        "builder": best(
            lambda: [builder.build(k, n, source=info) for k, n in zip(tokens, norms, strict=True)]
        ),
        "citations": best(lambda: [cite_document(d, t, norm=n) for d, t, n in triples]),
        "json": best(lambda: [d.model_dump_json() for d in cited]),
    }
    total = sum(timed.values())
    for name, secs in timed.items():
        print(f"  {name:10s} {secs:7.2f} s {size / secs:8.2f} MB/s {secs / total:5.0%}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT / ".." / "shared")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--raw", action="store_true", help="also the raw corpus (slower)")
    a = ap.parse_args()
    dev = sorted(p for p in (a.shared / "corpus" / "dev").iterdir() if p.suffix in (".txt", ".md"))
    texts = [p.read_text(encoding="utf-8") for p in dev]
    secs, mb = run(texts, a.repeat)
    print(
        f"dev corpus text/md: {len(texts)} docs, {mb:.2f} MB in {secs:.2f}s: "
        f"{mb / secs:.2f} MB/s, {len(texts) / secs:.1f} docs/s"
    )
    print("stages on the dev corpus:")
    stages(texts, a.repeat)
    if a.raw:
        raw_dir = a.shared / "corpus" / "raw"
        raw = [
            p.read_text(encoding="utf-8", errors="replace")
            for p in sorted(raw_dir.iterdir())
            if p.suffix in (".txt", ".md")
        ]
        secs, mb = run(raw, 1)
        print(f"raw corpus text/md: {len(raw)} docs, {mb:.2f} MB: {mb / secs:.2f} MB/s")
        print("stages on the raw corpus:")
        stages(raw, 1)
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
