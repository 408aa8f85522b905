"""The ``nghiquyet`` command line: a thin argparse front over the library.

Each sub-command lives in ``nghiquyet.commands.<name>`` and exposes
``register(subparsers) -> None``, which adds its parser and sets ``func(args) -> int``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from nghiquyet import __version__
from nghiquyet.errors import NghiquyetError

# Order is the order of ``nghiquyet --help``.
COMMANDS: tuple[str, ...] = (
    "parse",
    "tokens",
    "cite",
    "validate",
    "rules",
    "convert",
    "graph",
    "schema",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nghiquyet",
        description="Parse, cite, validate and convert Vietnamese legal documents.",
    )
    parser.add_argument("--version", action="version", version=f"nghiquyet {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"nghiquyet.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"nghiquyet.commands.{name}":
                raise
            continue
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args))
    except NghiquyetError as exc:
        print(f"nghiquyet: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
