"""``nghiquyet rules [CODE...]``: list the validation rules, or explain some of them.

Without a code: one line per rule (code, severity, name, summary); rules marked "(off)" run
only when selected. With codes or prefixes: the full explanation with a wrong and a right
example and the legal source. ``--format json`` prints the same as data, ``--format
markdown`` the rule reference of docs/validate.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from nghiquyet.validate.check import selected_rules
from nghiquyet.validate.registry import RULES, Rule, unknown_codes


def _explain(r: Rule) -> str:
    indent = "\n    "
    return (
        f"{r.code} {r.name} [{r.severity.value}]{'' if r.default else ' (off by default)'}\n"
        f"\n{r.summary}\n\n{r.explanation}\n"
        f"\nWrong:\n    {r.wrong.replace(chr(10), indent)}"
        f"\nRight:\n    {r.right.replace(chr(10), indent)}\n"
        f"\nSource: {r.source}\n"
    )


_FAMILIES = {
    "0": "Parser diagnostics (NQ0xx)",
    "1": "Header (NQ1xx)",
    "2": "Structure (NQ2xx)",
    "3": "Preamble (NQ3xx)",
    "4": "Citations (NQ4xx)",
    "5": "Footer (NQ5xx)",
}


def rules_markdown(rules: list[Rule]) -> str:
    """The rule reference of docs/validate.md (``nghiquyet rules -f markdown``)."""
    out: list[str] = []
    family = None
    for r in rules:
        if r.code.startswith("NQ") and r.code[2] != family:
            family = r.code[2]
            out.append(f"### {_FAMILIES.get(family, family)}\n")
        off = ", off unless selected" if not r.default else ""
        out.append(f"#### {r.code} `{r.name}` ({r.severity.value}{off})\n")
        out.append(f"{r.summary} {r.explanation}\n")
        out.append(f"```text\n# wrong\n{r.wrong}\n# right\n{r.right}\n```\n")
        out.append(f"Source: {r.source}.\n")
    return "\n".join(out)


def _as_json(r: Rule) -> dict[str, object]:
    return {
        "code": r.code,
        "name": r.name,
        "severity": r.severity.value,
        "default": r.default,
        "summary": r.summary,
        "explanation": r.explanation,
        "wrong": r.wrong,
        "right": r.right,
        "source": r.source,
    }


def run(args: argparse.Namespace) -> int:
    """Print the rules named in ``args.codes`` (all when none); 2 for an unknown code."""
    codes = [c.upper() for c in args.codes]
    bad = unknown_codes(codes)
    if bad:
        print(f"nghiquyet rules: error: unknown rule code(s): {', '.join(bad)}", file=sys.stderr)
        return 2
    chosen = selected_rules(codes or ["ALL"])
    if args.format == "markdown":
        sys.stdout.write(rules_markdown(chosen))
    elif args.format == "json":
        sys.stdout.write(json.dumps([_as_json(r) for r in chosen], ensure_ascii=False, indent=2))
        sys.stdout.write("\n")
    elif codes:
        sys.stdout.write("\n".join(_explain(r) for r in chosen))
    else:
        width = max(len(r.name) for r in chosen)
        for r in chosen:
            off = "" if r.default else " (off)"
            print(f"{r.code}  {r.severity.value:<7}  {r.name:<{width}}  {r.summary}{off}")
    return 0


def register(subparsers: Any) -> None:
    """Add the ``rules`` sub-command to the CLI."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "rules",
        help="list the validation rules or explain one",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("codes", nargs="*", metavar="CODE", help="rule code or prefix")
    parser.add_argument(
        "-f",
        "--format",
        choices=("text", "json", "markdown"),
        default="text",
        help="output format (markdown: the reference in docs/validate.md)",
    )
    parser.set_defaults(func=run)


__all__ = ["RULES", "register", "rules_markdown", "run"]
