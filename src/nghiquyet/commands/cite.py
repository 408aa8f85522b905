"""``nghiquyet cite FILE... [--format json|table] [--basis] [--all]``: list citations.

Each file is parsed, so the document's own number and header are told apart from what it
cites, and its citations are resolved (typo variants, the built-in catalogue of laws; with
several files, against each other too). ``-`` reads text from stdin.

By default only references to other documents are listed (kinds ``numbered`` and
``named``); ``--all`` adds ``title_only``, ``self`` and ``internal`` ones; ``--basis`` lists
only the căn cứ. JSON output is one array of citations, each with its ``file``.

In the table, RESOLVED is the id a catalogue or a fuller citation gave, TARGET the node
pointed at: the pinpoint in the cited document ("khoản 2 Điều 3 Nghị định ...":
``art_3__para_2``) or, for an internal reference, the node of this document.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from nghiquyet.citations.catalogue import Catalogue
from nghiquyet.citations.resolve import resolve
from nghiquyet.commands.inputs import read_input
from nghiquyet.errors import ReadError
from nghiquyet.models import Citation, CitationKind, Document
from nghiquyet.parser import parse_source

EXIT_READ_ERROR = 2
DOCUMENT_KINDS = frozenset({CitationKind.NUMBERED, CitationKind.NAMED})
# Table columns: header, width, value.
COLUMNS: tuple[tuple[str, int], ...] = (
    ("LINE", 5),
    ("KIND", 10),
    ("TYPE", 12),
    ("NUMBER", 22),
    ("DATE", 10),
    ("RESOLVED", 14),
    ("TARGET", 14),
    ("TEXT", 0),
)


def _read(path: str) -> Document:
    return parse_source(read_input(path))


def _selected(doc: Document, args: argparse.Namespace) -> tuple[Citation, ...]:
    cites = doc.basis if args.basis else doc.citations
    return cites if args.all else tuple(c for c in cites if c.kind in DOCUMENT_KINDS)


def _row(c: Citation) -> tuple[str, ...]:
    return (
        str(c.span.line),
        c.kind.value,
        c.doc_type or "",
        c.number or "",
        c.date.isoformat() if c.date else "",
        c.resolved_id or "",
        c.target or "",
        " ".join(c.text.split()),
    )


def _table(rows: list[tuple[str, tuple[str, ...]]], several: bool) -> str:
    width = max((len(p) for p, _ in rows), default=4)
    cols = ((("FILE", width),) if several else ()) + COLUMNS
    lines = []
    for path, row in [("FILE", tuple(h for h, _ in COLUMNS)), *rows]:
        cells = ((path,) if several else ()) + row
        padded = (c.ljust(w) if w else c for c, (_, w) in zip(cells, cols, strict=True))
        lines.append("  ".join(padded).rstrip())
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    """Print the citations of ``args.files``; 2 if any file was unreadable."""
    docs: list[tuple[str, Document]] = []
    status = 0
    for path in args.files:
        try:
            docs.append((path, _read(path)))
        except ReadError as exc:
            print(f"nghiquyet: error: {path}: {exc}", file=sys.stderr)
            status = EXIT_READ_ERROR
    if len(docs) > 1:  # an archive resolves its own cross-references
        catalogue = Catalogue.from_documents(d for _, d in docs)
        docs = [(p, d.model_copy(update=_resolved(d, catalogue))) for p, d in docs]
    pairs = [(p, c) for p, d in docs for c in _selected(d, args)]
    if args.format == "json":
        records = [{"file": p, **c.model_dump(mode="json")} for p, c in pairs]
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(_table([(p, _row(c)) for p, c in pairs], several=len(docs) > 1))
    return status


def _resolved(doc: Document, catalogue: Catalogue) -> dict[str, Any]:
    own = doc.header.number
    return {
        "citations": resolve(doc.citations, catalogue, own_number=own).citations,
        "basis": resolve(doc.basis, catalogue, own_number=own).citations,
    }


def register(subparsers: Any) -> None:
    """Add the ``cite`` sub-command to the CLI."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "cite",
        help="list the documents a text cites (json or table)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="document to read ('-': stdin)")
    parser.add_argument(
        "-f", "--format", choices=("json", "table"), default="table", help="default: table"
    )
    parser.add_argument("--basis", action="store_true", help="only the căn cứ citations")
    parser.add_argument(
        "--all", action="store_true", help="also title-only, self and internal references"
    )
    parser.set_defaults(func=run)
