"""Writer throughput: MB/s of each writer in WRITERS, against the parser, on the dev corpus.

Usage: python bench/write_bench.py [--shared ../shared] [--repeat 3]

Throughput is measured in MB of *source text* per second, so writers and the parser compare
directly. Exits 1 when the JSON writer is slower than the parser (issue 8's requirement).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from nghiquyet import parse_file, parse_text
from nghiquyet.models import Document
from nghiquyet.writers import WRITERS

READABLE = {".txt", ".md", ".docx", ".html", ".htm"}


def best_seconds(run: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` timed runs of ``run``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).parents[1].parent / "shared")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    paths = sorted(
        p for p in (args.shared / "corpus" / "dev").iterdir() if p.suffix.lower() in READABLE
    )
    docs: list[Document] = [parse_file(p) for p in paths]
    texts = [WRITERS["text"](d) for d in docs]
    megabytes = sum(d.source.length for d in docs) / 1e6

    def parse_all() -> None:
        for text in texts:
            parse_text(text)

    text_mb = sum(len(t) for t in texts) / 1e6
    rates = {"parse (canonical text)": text_mb / best_seconds(parse_all, args.repeat)}
    for name, write in WRITERS.items():
        rates[f"write {name}"] = megabytes / best_seconds(
            lambda write=write: [write(d) for d in docs], args.repeat
        )
    print(f"{len(docs)} documents, {megabytes:.2f} MB of source text, best of {args.repeat}")
    for name, rate in rates.items():
        print(f"  {name:24} {rate:8.2f} MB/s")
    ok = rates["write json"] >= rates["parse (canonical text)"]
    print("json writer is", "not slower" if ok else "SLOWER", "than the parser")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
