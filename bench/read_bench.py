#!/usr/bin/env python3
"""Reading speed of the DOCX, .doc and HTML readers, in MB/s of input (and of text produced).

Usage: python bench/read_bench.py [CORPUS_DIR] [--repeat N]

Reads every .docx, .doc and .html/.htm under CORPUS_DIR (default ../shared/corpus, read in place),
plus the legacy-encoding decoder on the .txt files re-encoded as TCVN3, and prints, per
format: files, input MB, best-of-N CPU seconds, input MB/s, output text MB/s.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from nghiquyet.readers import doc, docx, html
from nghiquyet.readers.encodings import decode
from nghiquyet.readers.tcvn3_table import TABLE

_TCVN3 = {c: bytes([b]) for b, c in enumerate(TABLE)}


def to_tcvn3(text: str) -> bytes | None:
    """``text`` in TCVN3, or None if a character has no TCVN3 byte."""
    try:
        return b"".join(_TCVN3[c] for c in text)
    except KeyError:
        return None


def bench(name: str, inputs: list[bytes], read: Callable[[bytes], str], repeat: int) -> None:
    if not inputs:
        print(f"{name:8} no input files")
        return
    size = sum(len(data) for data in inputs)
    best = float("inf")
    produced = 0
    for _ in range(repeat):
        started = time.process_time()
        produced = sum(len(read(data).encode()) for data in inputs)
        best = min(best, time.process_time() - started)
    print(
        f"{name:8} {len(inputs):4d} files {size / 1e6:8.2f} MB in {best:7.2f} s"
        f"  -> {size / 1e6 / best:7.2f} MB/s in, {produced / 1e6 / best:7.2f} MB/s text out"
    )


def main() -> None:
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=here.parent.parent / "shared" / "corpus")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    files = sorted(p for p in Path(args.corpus).rglob("*") if p.is_file())
    docx_inputs = [p.read_bytes() for p in files if p.suffix == ".docx"]
    doc_inputs = [p.read_bytes() for p in files if p.suffix == ".doc"]
    html_inputs = [p.read_bytes() for p in files if p.suffix in (".html", ".htm")]
    texts = [p.read_text(encoding="utf-8") for p in files if p.suffix == ".txt"][:100]
    legacy = [data for data in map(to_tcvn3, texts) if data is not None]
    bench("docx", docx_inputs, lambda data: docx.read(data)[0], args.repeat)
    bench("doc", doc_inputs, lambda data: doc.read(data)[0], args.repeat)
    bench("html", html_inputs, lambda data: html.read(data)[0], args.repeat)
    bench("tcvn3", legacy, lambda data: decode(data)[0], args.repeat)


if __name__ == "__main__":
    main()
