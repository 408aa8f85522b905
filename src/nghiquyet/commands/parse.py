"""``nghiquyet parse FILE... [--format FORMAT]``: parse files and print them.

Output goes to stdout. With ``--format json`` and several files, the output is one JSON
array of documents (always a single valid JSON value); with other formats each document is
preceded by a ``==> FILE <==`` line. A file that cannot be read is reported on stderr as
``nghiquyet: error: FILE: message``; the others are still printed and the exit status is 2.
``-`` reads one document from standard input.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from nghiquyet.commands.inputs import read_input
from nghiquyet.errors import ReadError
from nghiquyet.models import Document
from nghiquyet.parser import parse_source
from nghiquyet.writers import WRITERS

EXIT_READ_ERROR = 2


def _parse_all(paths: list[str]) -> tuple[list[tuple[str, Document]], int]:
    docs: list[tuple[str, Document]] = []
    status = 0
    for path in paths:
        try:
            docs.append((path, parse_source(read_input(path))))
        except ReadError as exc:
            print(f"nghiquyet: error: {_located(path, exc)}", file=sys.stderr)
            status = EXIT_READ_ERROR
    return docs, status


def _located(path: str, exc: ReadError) -> str:
    message = str(exc)
    return message if message.startswith(f"{path}:") else f"{path}: {message}"


def _write(docs: list[tuple[str, Document]], fmt: str, several: bool) -> str:
    writer = WRITERS[fmt]
    if not several:
        return "".join(_ensure_newline(writer(doc)) for _, doc in docs)
    if fmt == "json":
        body = ",\n".join(writer(doc) for _, doc in docs)
        return f"[\n{body}\n]\n" if docs else "[]\n"
    return "\n".join(f"==> {path} <==\n{_ensure_newline(writer(doc))}" for path, doc in docs)


def _ensure_newline(text: str) -> str:
    return text if text.endswith("\n") else text + "\n"


def run(args: argparse.Namespace) -> int:
    """Parse ``args.files`` and print them in ``args.format``; 2 if any file was unreadable."""
    docs, status = _parse_all(list(args.files))
    sys.stdout.write(_write(docs, args.format, several=len(args.files) > 1))
    return status


def register(subparsers: Any) -> None:
    """Add the ``parse`` sub-command to the CLI."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "parse",
        help="parse documents and print them (json, akn, text, md, tree)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="document to parse (- for stdin)")
    parser.add_argument(
        "-f",
        "--format",
        choices=sorted(WRITERS),
        default="json",
        help="output format (default: json)",
    )
    parser.set_defaults(func=run)
