"""Corpus report: which documents' trees changed between two versions of the parser.

Usage:
    python bench/corpus_report.py snapshot OUT.json [--shared ../shared]
    python bench/corpus_report.py compare OLD.json NEW.json

``snapshot`` parses every dev and raw document (two processes) and records, per document, a
short summary (header fields, Điều numbers, khoản counts, recipients, signatory, citation
numbers, diagnostic codes) and a hash of the full JSON tree. ``compare`` lists the documents
whose summary changed, field by field, so a parser change can be reviewed before it merges.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import sys
from pathlib import Path
from typing import Any

from nghiquyet import parse_file
from nghiquyet.errors import ReadError

READABLE = {".txt", ".md", ".docx", ".doc", ".html", ".htm"}


def summary(path: Path) -> tuple[str, dict[str, Any]]:
    """The summary of one document (or its read error)."""
    key = f"{path.parent.name}/{path.name}"
    try:
        doc = parse_file(path)
    except ReadError as exc:
        return key, {"error": f"{type(exc).__name__}: {exc}"}
    h = doc.header
    arts = doc.articles
    return key, {
        "header": [h.doc_type, h.number, h.issuer, h.place, str(h.date), h.title],
        "articles": [a.number for a in arts],
        "clauses": [sum(1 for c in a.children if c.kind.value == "khoan") for a in arts],
        "recipients": len(doc.recipients),
        "signatory": [doc.signatory.title, doc.signatory.name] if doc.signatory else None,
        "citations": [
            c.number or (c.date and str(c.date)) for c in doc.citations if c.number or c.date
        ],
        "diagnostics": sorted(d.code for d in doc.diagnostics),
        "hash": hashlib.sha256(doc.model_dump_json().encode()).hexdigest()[:16],
    }


def snapshot(shared: Path, out: Path) -> None:
    corpus = shared / "corpus"
    paths = sorted(
        p for d in ("dev", "raw") for p in (corpus / d).iterdir() if p.suffix.lower() in READABLE
    )
    with multiprocessing.Pool(2) as pool:
        result = dict(pool.imap_unordered(summary, paths, 4))
    out.write_text(json.dumps(result, ensure_ascii=False, sort_keys=True, indent=0) + "\n")
    print(f"{len(result)} documents -> {out}")


def compare(old_path: Path, new_path: Path) -> int:
    old = json.loads(old_path.read_text(encoding="utf-8"))
    new = json.loads(new_path.read_text(encoding="utf-8"))
    changed = 0
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key, {}), new.get(key, {})
        if a.get("hash") == b.get("hash") and a.get("error") == b.get("error"):
            continue
        changed += 1
        print(key)
        for field in sorted(set(a) | set(b)):
            if field != "hash" and a.get(field) != b.get(field):
                print(f"  {field}: {a.get(field)!r}\n  {' ' * len(field)}→ {b.get(field)!r}")
    print(f"{changed} of {len(set(old) | set(new))} documents changed")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("snapshot")
    s.add_argument("out", type=Path)
    s.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared"
    )
    c = sub.add_parser("compare")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    a = ap.parse_args()
    if a.cmd == "snapshot":
        snapshot(a.shared, a.out)
        return 0
    return compare(a.old, a.new)


if __name__ == "__main__":
    sys.exit(main())
