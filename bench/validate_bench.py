"""Time validation against parsing over a corpus folder.

    python bench/validate_bench.py [FOLDER] [--repeat N]

Prints, per file and in total, the time to parse and the time of the rules alone; the issue's
budget is: validating (parse + rules) the whole dev corpus takes no longer than 2x parsing it.
Also prints the findings per rule. Default folder: ../shared/corpus/dev.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from nghiquyet.errors import ReadError
from nghiquyet.parser import parse_text
from nghiquyet.readers import read_path
from nghiquyet.validate import validate
from nghiquyet.validate.run import discover

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(DEFAULT))
    ap.add_argument("--repeat", type=int, default=3, help="best of N runs per file")
    ap.add_argument("--quiet", action="store_true", help="totals only")
    args = ap.parse_args(argv)
    total_parse = total_rules = 0.0
    per_rule: Counter[str] = Counter()
    files = 0
    for path in discover([args.folder]):
        try:
            text = read_path(path).text
        except ReadError as exc:
            print(f"skip {path.name}: {exc}", file=sys.stderr)
            continue
        best_parse = best_rules = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            doc = parse_text(text)
            t1 = time.perf_counter()
            findings = validate(doc, text)
            t2 = time.perf_counter()
            best_parse, best_rules = min(best_parse, t1 - t0), min(best_rules, t2 - t1)
        per_rule.update(f.code for f in findings)
        total_parse += best_parse
        total_rules += best_rules
        files += 1
        if not args.quiet:
            print(f"{path.name[:60]:<60} parse {best_parse * 1000:8.1f} ms  "
                  f"rules {best_rules * 1000:7.2f} ms  findings {len(findings)}")  # fmt: skip
    ratio = (total_parse + total_rules) / total_parse if total_parse else 0.0
    print(f"{files} files: parse {total_parse:.3f} s, rules {total_rules:.3f} s, "
          f"validate = parse + rules = {ratio:.3f}x parse (budget 2x)")  # fmt: skip
    print("findings per rule:", ", ".join(f"{c} {n}" for c, n in sorted(per_rule.items())))
    return 0 if ratio <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
