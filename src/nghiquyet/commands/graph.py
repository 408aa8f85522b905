"""``nghiquyet graph OUT``: export the citation graph of a converted archive.

Reads OUT/catalogue.jsonl and OUT/citations.jsonl (written by ``nghiquyet convert``) and
prints JSON Lines (node and edge records), GraphML or Graphviz dot.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from nghiquyet.batch.export import EXPORTERS
from nghiquyet.errors import ReadError


def run(args: argparse.Namespace) -> int:
    """Write the graph of ``args.out`` to ``args.output`` (default: stdout)."""
    exporter = EXPORTERS[args.format]
    try:
        if args.output:
            with open(args.output, "w", encoding="utf-8") as fh:
                exporter(Path(args.out), fh)
        else:
            exporter(Path(args.out), sys.stdout)
    except FileNotFoundError as exc:
        raise ReadError(str(exc)) from None
    return 0


def register(subparsers: Any) -> None:
    """Add the ``graph`` sub-command."""
    p: argparse.ArgumentParser = subparsers.add_parser(
        "graph",
        help="export the citation graph of a converted archive",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("out", metavar="OUT", help="output folder of 'nghiquyet convert'")
    p.add_argument("--format", choices=sorted(EXPORTERS), default="jsonl")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.set_defaults(func=run)
