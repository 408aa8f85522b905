"""``nghiquyet tokens FILE``: print the lexer's token stream (one line per token, or JSON).

``-`` reads the document from standard input.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from nghiquyet.commands.inputs import read_input
from nghiquyet.parser import tokenize


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "tokens", help="print the lexer's token stream of a document"
    )
    p.add_argument("file", help="a .txt, .md, .docx, .doc or .html document (- for stdin)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    source = read_input(args.file)
    tokens = tokenize(source.text)
    out = sys.stdout
    if args.format == "json":
        json.dump([t.model_dump(mode="json") for t in tokens], out, ensure_ascii=False, indent=1)
        out.write("\n")
        return 0
    for tok in tokens:
        out.write(f"{tok.span.line:>5}:{tok.span.column:<3} {tok.kind.value:<15} {tok.text}\n")
    return 0
