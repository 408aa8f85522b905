"""Benchmark find_citations: citations per second and MB/s over the corpus.

Usage: python bench/cite_bench.py [CORPUS_DIR ...] [--repeat N] [--prose] [--documents N]

``--prose`` also times a prose-only text (the corpus with every line that holds a digit
removed), the case the >= 50 MB/s target is about. Each line gives find_citations end to
end, then its stages: normalize() (shared with the parser) and the citation scan, and the
scan's parts: ``anchors`` (the literal scans that find where a citation may start),
``match`` (the citation regexes run there, hits assembled; includes ``anchors``) and
``models`` (the Citation models built from the hits). Times are CPU time, best of
``--repeat``; MB are UTF-8 megabytes.
``--documents N`` times parse_text() on the N largest texts and reports the share of it
spent in cite_document() (which normalizes the text again, then scans it).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from nghiquyet.citations.anchors import candidates
from nghiquyet.citations.document import cite_document
from nghiquyet.citations.find import _Scanner, _to_citation, find_citations, iter_citations
from nghiquyet.normalize import normalize
from nghiquyet.parser import parse_text

EXTS = {".txt", ".md"}


def _load(dirs: list[Path]) -> list[str]:
    texts = []
    for d in dirs:
        for p in sorted(d.iterdir()):
            if p.suffix.lower() in EXTS and not p.name.endswith(".gold.json"):
                texts.append(p.read_text(encoding="utf-8", errors="replace"))
    return texts


def _best(repeat: int, run: Callable[[], int]) -> tuple[float, int]:
    best, count = float("inf"), 0
    for _ in range(repeat):
        t0 = time.process_time()
        count = run()
        best = min(best, time.process_time() - t0)
    return best, count


def _report(name: str, texts: list[str], repeat: int) -> None:
    """find_citations end to end, then its two stages: normalize() and the scan."""
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    norms = [normalize(t) for t in texts]
    hits = [(_Scanner(n.text, 0, len(n.text)).run(), n) for n in norms]
    stages: list[tuple[str, Callable[[], int]]] = [
        ("find", lambda: sum(len(find_citations(t)) for t in texts)),
        ("normalize", lambda: len([normalize(t) for t in texts])),
        ("scan", lambda: sum(len(list(iter_citations(n))) for n in norms)),
        ("anchors", lambda: sum(len(candidates(n.text, 0, len(n.text))) for n in norms)),
        ("match", lambda: sum(len(_Scanner(n.text, 0, len(n.text)).run()) for n in norms)),
        ("models", lambda: sum(len([_to_citation(h, n) for h in hs]) for hs, n in hits)),
    ]
    for stage, run in stages:
        secs, count = _best(repeat, run)
        unit = {"normalize": "", "anchors": "starts/s"}.get(stage, "cit/s")
        rate = f"{count / secs:9.0f} {unit}" if unit else ""
        print(
            f"{name:7s} {stage:10s} {len(texts):4d} texts {size:7.2f} MB "
            f"{secs * 1000:9.1f} ms {size / secs:7.2f} MB/s {rate}"
        )


def _documents(texts: list[str], count: int, repeat: int) -> None:
    """parse_text() on the ``count`` largest texts, and the share of it cite_document() takes."""
    total_parse = total_cite = 0.0
    for text in sorted(texts, key=len, reverse=True)[:count]:
        parse, _ = _best(repeat, lambda t=text: len(parse_text(t).citations))
        doc = parse_text(text)
        cite, n = _best(repeat, lambda d=doc, t=text: len(cite_document(d, t).citations))
        total_parse, total_cite = total_parse + parse, total_cite + cite
        size = len(text.encode("utf-8")) / 1e3
        print(
            f"document {size:7.0f} KB parse {parse:6.3f} s cite_document {cite:6.3f} s "
            f"({cite / parse:4.0%}) {n:5d} citations"
        )
    print(f"documents  parse {total_parse:6.2f} s  cite_document {total_cite / total_parse:4.0%}")


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
    ap.add_argument("--documents", type=int, default=0, metavar="N")
    a = ap.parse_args()
    texts = _load(a.dirs)
    _report("corpus", texts, a.repeat)
    if a.prose:
        prose = [
            "\n".join(ln for ln in t.splitlines() if not any(c.isdigit() for c in ln))
            for t in texts
        ]
        _report("prose", prose, a.repeat)
    if a.documents:
        _documents(texts, a.documents, a.repeat)


if __name__ == "__main__":
    main()
