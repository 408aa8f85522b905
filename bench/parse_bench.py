"""Parser benchmark: MB/s and docs/s end to end (text -> Document -> JSON), peak memory,
linearity (a 10x larger input should take <= 11x the time), the share of each stage
(normalize, lexer, builder, citations, JSON) and of the garbage collector. Times are CPU
seconds (process_time), best of ``--repeat``, so other jobs on the machine disturb them less.

``--against DIR`` times another version of the parser back to back with this one: DIR holds
its ``src`` (e.g. ``git worktree add /tmp/old 7a37a45``); both run in turns, in fresh
processes, ``--rounds`` times, and each figure is the best of all its runs.

Usage: python bench/parse_bench.py [--shared ../shared] [--repeat 3] [--raw]
       python bench/parse_bench.py --against DIR [--rounds 3] [--repeat 3]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
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


class _Collector:
    """CPU seconds the cyclic garbage collector spends, per generation (via ``gc.callbacks``)."""

    def __init__(self) -> None:
        self.secs = [0.0, 0.0, 0.0]
        self.runs = [0, 0, 0]
        self._t0 = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._t0 = time.process_time()
        else:
            self.secs[info["generation"]] += time.process_time() - self._t0
            self.runs[info["generation"]] += 1

    def __enter__(self) -> _Collector:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self)


STAGES = ("normalize", "lexer", "builder", "citations", "json")


def _staged_pass(texts: list[str], info: SourceInfo) -> tuple[list[float], list[float]]:
    """One end-to-end pass, parse_text's steps inlined and timed one by one.

    Returns the seconds of each stage (``STAGES``) and of each collector generation; the
    collector's time is also inside the stage it interrupted.
    """
    clock = time.process_time
    secs = [0.0] * len(STAGES)
    with _Collector() as collector:
        for text in texts:
            t0 = clock()
            norm = normalize(text)
            t1 = clock()
            tokens = lexer.tokenize(norm)
            t2 = clock()
            doc = builder.build(tokens, norm, source=info)
            t3 = clock()
            doc = cite_document(doc, text, norm=norm)
            t4 = clock()
            doc.model_dump_json()
            t5 = clock()
            for i, (a, b) in enumerate(((t0, t1), (t1, t2), (t2, t3), (t3, t4), (t4, t5))):
                secs[i] += b - a
    return secs, collector.secs


def stages(texts: list[str], repeat: int) -> dict[str, float]:
    """CPU seconds of each stage of parse_text over ``texts`` (printed), and of the collector.

    The stages are timed inside end-to-end passes, document after document as parse_text
    runs them, so they add up to the end-to-end time; the figures come from the quickest of
    ``repeat`` passes. (Timing each stage over the whole corpus on its own, with every
    stage's output kept alive, hid the collector: with so many objects alive it hardly ever
    runs a full collection, and the sum of per-stage minima was ~0.2 s under the end-to-end
    time on the dev corpus.) ``collector`` is the part of the total the garbage collector
    took, already counted in the stage it interrupted.
    """
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    info = SourceInfo(format="text", encoding=None, sha256="0" * 64, length=0)
    passes = [_staged_pass(texts, info) for _ in range(repeat)]
    secs, collected = min(passes, key=lambda p: sum(p[0]))
    timed = dict(zip(STAGES, secs, strict=True))
    total = sum(secs)
    for name, s in timed.items():
        print(f"  {name:10s} {s:7.2f} s {size / s:8.2f} MB/s {s / total:5.0%}")
    gen = ", ".join(f"gen{g} {s * 1e3:.0f} ms" for g, s in enumerate(collected))
    print(f"  {'sum':10s} {total:7.2f} s, of which garbage collector {sum(collected):.3f} s")
    print(f"  {'':10s} ({gen})")
    return {**timed, "collector": sum(collected)}


def collector_share(texts: list[str], repeat: int) -> float:
    """The share of end-to-end time the garbage collector takes (its callbacks timed)."""
    shares = []
    for _ in range(repeat):
        with _Collector() as collector:
            secs, _ = run(texts, 1)
        shares.append(sum(collector.secs) / secs)
    return min(shares)


def _figures(shared: Path, repeat: int) -> dict[str, float]:
    """End-to-end and stage seconds on the dev corpus (what --against compares)."""
    texts = _dev_texts(shared)
    secs, _ = run(texts, repeat)
    return {"end to end": secs, **stages(texts, repeat)}


def against(other: Path, shared: Path, rounds: int, repeat: int) -> None:
    """This parser and the one in ``other``/src timed in turns; best of all runs each."""
    texts = _dev_texts(shared)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    best: dict[str, dict[str, float]] = {"other": {}, "this": {}}
    code = "import json, parse_bench as b; "
    code += f"print(json.dumps(b._figures(b.Path({str(shared)!r}), {repeat})))"
    for _ in range(rounds):
        for name, src in (("other", other / "src"), ("this", ROOT / "src")):
            env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(src), str(ROOT / "bench")])}
            out = subprocess.run(
                [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
            ).stdout
            figures = json.loads(out.strip().splitlines()[-1])
            for key, secs in figures.items():
                best[name][key] = min(secs, best[name].get(key, secs))
    print(f"dev corpus, {mb:.2f} MB, {len(texts)} docs; best of {rounds} x {repeat} runs each:")
    print(f"  {'':10s} {other.name + ' (other)':>22s} {'this':>22s}  speed-up")
    for key, mine in best["this"].items():
        theirs = best["other"][key]
        # The collector's seconds are inside the stages'; a rate of MB/s means nothing there.
        rate = (lambda s: f"{mb / s:6.2f} MB/s") if key != "collector" else (lambda s: " " * 11)
        cells = [f"{s:6.3f} s {rate(s)}" for s in (theirs, mine)]
        print(f"  {key:10s} {cells[0]:>22s} {cells[1]:>22s}  {theirs / mine:5.2f}x")
    e2e = best["this"]["end to end"], best["other"]["end to end"]
    print(f"  docs/s: {len(texts) / e2e[1]:.1f} (other) -> {len(texts) / e2e[0]:.1f} (this)")


def _dev_texts(shared: Path) -> list[str]:
    dev = sorted(p for p in (shared / "corpus" / "dev").iterdir() if p.suffix in (".txt", ".md"))
    return [p.read_text(encoding="utf-8") for p in dev]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT / ".." / "shared")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--raw", action="store_true", help="also the raw corpus (slower)")
    ap.add_argument("--against", type=Path, help="a tree holding another version's src/")
    ap.add_argument("--rounds", type=int, default=3, help="turns each for --against")
    a = ap.parse_args()
    if a.against:
        against(a.against.resolve(), a.shared.resolve(), a.rounds, a.repeat)
        return
    texts = _dev_texts(a.shared)
    secs, mb = run(texts, a.repeat)
    print(
        f"dev corpus text/md: {len(texts)} docs, {mb:.2f} MB in {secs:.2f}s: "
        f"{mb / secs:.2f} MB/s, {len(texts) / secs:.1f} docs/s"
    )
    print("stages on the dev corpus:")
    stages(texts, a.repeat)
    print(f"garbage collector: {collector_share(texts, a.repeat):.0%} of end-to-end time")
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
