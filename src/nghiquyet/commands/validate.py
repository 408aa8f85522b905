"""``nghiquyet validate PATH...``: check documents against the formal rules, for CI.

Folders are searched for .txt, .md, .docx, .doc and .html files; ``-`` reads one document from
standard input (reported as --stdin-filename, which per-file-ignores also match). Exit
status: 0 when no finding reaches the --fail-on severity (default: warning), 1 when one
does, 2 on a usage error, a bad configuration, or a file that cannot be read (the other
files are still checked).

Configuration: [tool.nghiquyet.validate] in pyproject.toml or [validate] in nghiquyet.toml,
found from the first PATH upwards (keys: select, extend-select, ignore, fail-on,
per-file-ignores). Command-line options win. `nghiquyet rules` lists the rules.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from nghiquyet.commands.inputs import STDIN, read_input
from nghiquyet.errors import ReadError
from nghiquyet.models import Severity
from nghiquyet.validate.check import selected_rules
from nghiquyet.validate.config import load_config
from nghiquyet.validate.registry import RULES, unknown_codes
from nghiquyet.validate.report import REPORTERS, FileReport
from nghiquyet.validate.run import (
    check_file,
    check_source,
    discover,
    effective_selection,
    failed,
)

EXIT_FINDINGS = 1
EXIT_USAGE = 2


def _codes(text: str | None) -> list[str] | None:
    if text is None:
        return None
    return [c.strip().upper() for c in text.split(",") if c.strip()]


def _usage(message: str) -> int:
    print(f"nghiquyet validate: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _config_start(args: argparse.Namespace) -> Path:
    first = args.paths[0]
    if first == STDIN:
        return Path(args.stdin_filename) if args.stdin_filename else Path.cwd()
    return Path(first)


def run(args: argparse.Namespace) -> int:
    """Validate ``args.paths``; print the report on stdout, read errors on stderr."""
    select, extend, ignore = _codes(args.select), _codes(args.extend_select), _codes(args.ignore)
    bad = unknown_codes([*(select or []), *(extend or []), *(ignore or [])])
    if bad:
        return _usage(f"unknown rule code(s): {', '.join(bad)} (see 'nghiquyet rules')")
    config = load_config(Path(args.config) if args.config else None, start=_config_start(args))
    sel, ext, ign = effective_selection(config, select, extend or (), ignore or ())
    bad = unknown_codes([*(sel or []), *ext, *ign])
    if bad:
        return _usage(f"{config.path}: unknown rule code(s): {', '.join(bad)}")
    fail_on = Severity(args.fail_on) if args.fail_on else config.fail_on
    reports: list[FileReport] = []
    for path in args.paths:
        if path == STDIN:
            name = args.stdin_filename or "<stdin>"
            try:
                src = read_input(STDIN, name=args.stdin_filename)
            except ReadError as exc:
                reports.append(FileReport(path=name, error=f"{name}: {exc}"))
                continue
            reports.append(check_source(src, name, config, select=sel, ignore=ign, extend=ext))
            continue
        try:
            files = list(discover([path]))
        except ReadError as exc:
            return _usage(str(exc))
        reports.extend(check_file(f, config, select=sel, ignore=ign, extend=ext) for f in files)
    for rep in reports:
        if rep.error:
            print(f"nghiquyet: error: {rep.error}", file=sys.stderr)
    rules = {r.code: r for r in selected_rules(sel, ign, extend=ext)}
    sys.stdout.write(REPORTERS[args.format](reports, rules))
    if any(rep.error for rep in reports):
        return EXIT_USAGE
    findings = [f for rep in reports for f in rep.findings]
    return EXIT_FINDINGS if failed(findings, fail_on) else 0


def register(subparsers: Any) -> None:
    """Add the ``validate`` sub-command to the CLI."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "validate",
        help="check documents against the formal rules (for CI)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="file or folder to check (- for stdin)"
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=sorted(REPORTERS),
        default="text",
        help="output format (default: text)",
    )
    parser.add_argument(
        "--select", metavar="CODES", help="comma-separated rule codes or prefixes, or ALL"
    )
    parser.add_argument(
        "--extend-select", metavar="CODES", help="rules to run in addition to the selection"
    )
    parser.add_argument("--ignore", metavar="CODES", help="rule codes or prefixes to skip")
    parser.add_argument(
        "--fail-on",
        choices=[s.value for s in Severity],
        default=None,
        help="lowest severity that makes the exit status 1 (default: warning)",
    )
    parser.add_argument("--config", metavar="FILE", help="configuration file to use")
    parser.add_argument(
        "--stdin-filename", metavar="NAME", help="the file name to report for - (stdin)"
    )
    parser.set_defaults(func=run)


__all__ = ["RULES", "register", "run"]
