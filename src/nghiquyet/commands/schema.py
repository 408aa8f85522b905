"""``nghiquyet schema``: print the JSON Schema (draft 2020-12) of ``nghiquyet parse`` output.

The schema is versioned: its ``$id`` names the version and it requires ``schema_version`` to
equal it. Fields are documented one by one in ``docs/schema.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from nghiquyet.writers.json import json_schema


def run(args: argparse.Namespace) -> int:
    """Print the schema to stdout."""
    indent = None if args.compact else 2
    sys.stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=indent) + "\n")
    return 0


def register(subparsers: Any) -> None:
    """Add the ``schema`` sub-command to the CLI."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "schema",
        help="print the JSON Schema of the document model",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--compact", action="store_true", help="one line, no indentation")
    parser.set_defaults(func=run)
