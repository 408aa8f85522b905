"""Benchmark find_citations: citations per second and MB/s over the corpus.

Usage: python bench/cite_bench.py [CORPUS_DIR ...] [--repeat N] [--prose]

``--prose`` also times a prose-only text (the corpus with every line that holds a digit
removed), the case the >= 50 MB/s target is about.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from nghiquyet.citations.find import find_citations

EXTS = {".txt", ".md"}


def _load(dirs: list[Path]) -> list[str]:
    texts = []
    for d in dirs:
        for p in sorted(d.iterdir()):
            if p.suffix.lower() in EXTS and not p.name.endswith(".gold.json"):
                texts.append(p.read_text(encoding="utf-8", errors="replace"))
    return texts


def _time(texts: list[str], repeat: int) -> tuple[float, int]:
    best, count = float("inf"), 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        count = sum(len(find_citations(t)) for t in texts)
        best = min(best, time.perf_counter() - t0)
    return best, count


def _report(name: str, texts: list[str], repeat: int) -> None:
    size = sum(len(t.encode("utf-8")) for t in texts)
    secs, count = _time(texts, repeat)
    print(
        f"{name:8s} {len(texts):5d} texts {size / 1e6:8.2f} MB {count:7d} citations "
        f"{secs:7.2f} s {size / 1e6 / secs:7.2f} MB/s {count / secs:9.0f} cit/s"
    )


def main() -> None:
    here = Path(__file__).resolve().parents[1]
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "dirs",
        nargs="*",
        type=Path,
        default=[here.parent / "shared/corpus/dev", here.parent / "shared/corpus/raw"],
    )
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--prose", action="store_true")
    a = ap.parse_args()
    texts = _load(a.dirs)
    _report("corpus", texts, a.repeat)
    if a.prose:
        prose = [
            "\n".join(ln for ln in t.splitlines() if not any(c.isdigit() for c in ln))
            for t in texts
        ]
        _report("prose", prose, a.repeat)


if __name__ == "__main__":
    main()
