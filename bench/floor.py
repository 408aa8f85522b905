"""The floor under the speed targets: what the output contract alone costs, with no parsing.

Issue targets: >= 20 MB/s per core for parse_text + JSON, >= 50 MB/s for find_citations on
prose. This script times the parts of that work that no parser design can skip, on the
same texts as bench/parse_bench.py and bench/cite_bench.py:

parse (dev corpus, text/markdown):
  ``models``  making the tree's models again from their finished fields with the quickest
              constructor there is (``models.trusted``: no validation, shared field sets);
  ``json``    ``Document.model_dump_json()`` (pydantic-core, in Rust);
  ``lines``   splitting the text into lines and trying one precompiled regex per line.
find_citations (prose: the corpus without the lines that hold a digit):
  ``nfc``     the scan normalize() starts with, for characters that are not NFC-inert (the
              least NFC work there is: quicker than ``unicodedata.is_normalized``);
  ``words``   one ``str.count`` (a C substring scan) per word a citation can start from;
  ``models``  making the Citation models find_citations returns (with their spans) again
              from their finished fields, with ``models.trusted``.
Then what the target leaves for everything else: the time per candidate offset (a place
where a citation may start, ``anchors.candidates``) that is not yet spent at 50 MB/s.

If the floor's MB/s is near or under a target, the target cannot be met in CPython with
this contract, whatever the parser does; then only a compiled core (lexer, builder and
serializer together) could get there. CPU time, best of ``--repeat``.

Usage: python bench/floor.py [--shared ../shared] [--repeat 5]
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from nghiquyet import find_citations, parse_text
from nghiquyet.citations.anchors import candidates
from nghiquyet.models import Document, trusted
from nghiquyet.normalize import _SPECIAL, normalize

ROOT = Path(__file__).resolve().parents[1]
# Words (and the slash of a number) the citation scanner must find in any design: a type
# word's follower, a law word, an internal reference, a number.
CITATION_WORDS = (
    "số", "này", "của", "do", "ngày", "/", "Luật", "luật", "Pháp lệnh", "Hiến pháp",
    "Điều", "khoản", "điểm", "Chương",
)  # fmt: skip
_ANY_LINE = re.compile(r"[ \t]*(?:Điều|Chương|Mục|[0-9]+\.|[a-zđ]\))")


def _best(repeat: int, run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        run()
        best = min(best, time.process_time() - t0)
    return best


_Made = tuple[type[BaseModel], dict[str, Any], set[str]]


def _constructions(model: BaseModel, out: list[_Made]) -> list[_Made]:
    """The ``trusted`` calls that make ``model`` and its sub-models, children first, with
    their fields ready (the builder's own work of gathering them is not counted)."""
    for value in model.__dict__.values():
        if isinstance(value, BaseModel):
            _constructions(value, out)
        elif isinstance(value, (list, tuple)):
            for v in value:
                if isinstance(v, BaseModel):
                    _constructions(v, out)
    out.append((type(model), dict(model.__dict__), set(model.model_fields_set)))
    return out


def _texts(folder: Path) -> list[str]:
    return [
        p.read_text(encoding="utf-8", errors="replace")
        for p in sorted(folder.iterdir())
        if p.suffix in (".txt", ".md")
    ]


def _row(name: str, secs: float, size: float, note: str = "") -> None:
    print(f"  {name:8s} {secs * 1e3:8.1f} ms {size / secs:8.1f} MB/s  {note}")


def parse_floor(texts: list[str], repeat: int) -> None:
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    docs: list[Document] = [parse_text(t) for t in texts]
    made: list[_Made] = []
    for d in docs:
        _constructions(d, made)
    count = len(made)
    models = _best(repeat, lambda: [trusted(cls, f, s) for cls, f, s in made])
    dump = _best(repeat, lambda: [d.model_dump_json() for d in docs])
    match = _ANY_LINE.match
    lines = _best(repeat, lambda: [[match(ln) for ln in t.splitlines()] for t in texts])
    print(f"parse + JSON, dev corpus: {len(texts)} docs, {size:.2f} MB, {count} models")
    _row("models", models, size, f"({models / count * 1e6:.2f} µs a model)")
    _row("json", dump, size)
    _row("lines", lines, size)
    _row("floor", models + dump + lines, size, "(target: 20 MB/s)")


def citation_floor(texts: list[str], repeat: int) -> None:
    prose = [
        "\n".join(ln for ln in t.splitlines() if not any(c.isdigit() for c in ln)) for t in texts
    ]
    size = sum(len(t.encode("utf-8")) for t in prose) / 1e6
    nfc = _best(repeat, lambda: [_SPECIAL.findall(t) for t in prose])
    words = _best(repeat, lambda: [t.count(w) for t in prose for w in CITATION_WORDS])
    made: list[_Made] = []
    for t in prose:
        for c in find_citations(t):
            _constructions(c, made)
    cited = sum(1 for cls, _, _ in made if cls.__name__ == "Citation")
    models = _best(repeat, lambda: [trusted(cls, f, s) for cls, f, s in made])
    starts = sum(len(candidates(n.text, 0, len(n.text))) for n in map(normalize, prose))
    floor = nfc + words + models
    left = size / 50 - floor
    print(f"find_citations, prose: {len(prose)} texts, {size:.2f} MB, {cited} citations")
    _row("nfc", nfc, size)
    _row("words", words, size, f"({len(CITATION_WORDS)} scans)")
    _row("models", models, size, f"({models / cited * 1e6:.2f} µs a citation)")
    _row("floor", floor, size, "(target: 50 MB/s)")
    print(
        f"  at 50 MB/s, {left * 1e3:.0f} ms are left for {starts} candidate offsets: "
        f"{max(left, 0) / starts * 1e6:.1f} µs each to try the citation regexes there, "
        "read the look back, resolve and place the spans"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT / ".." / "shared")
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    corpus = a.shared / "corpus"
    parse_floor(_texts(corpus / "dev"), a.repeat)
    citation_floor(_texts(corpus / "dev") + _texts(corpus / "raw"), a.repeat)


if __name__ == "__main__":
    main()
