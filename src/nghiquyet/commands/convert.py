"""``nghiquyet convert SRC... -o OUT``: convert files, folders and archives to JSON.

SRC are files, folders (recursive), .zip / .tar(.gz|.xz|.bz2) archives, or ``-`` for one
path per line on stdin. Resumable: rerun the same command after a crash or a change.
Exit status: 0 when every source converted, 1 when some failed (see OUT/errors.jsonl),
2 on a usage error.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from nghiquyet.batch.engines import ENGINES
from nghiquyet.batch.outputs import OUTPUTS
from nghiquyet.batch.progress import Progress
from nghiquyet.batch.run import convert
from nghiquyet.batch.sources import Limits, MiB

EXIT_FAILED = 1


def run(args: argparse.Namespace) -> int:
    """Convert ``args.sources`` into ``args.output``; print the summary on stderr."""
    limits = Limits(
        max_member_bytes=args.max_file_mb * MiB,
        max_total_bytes=args.max_total_mb * MiB,
        max_ratio=args.max_ratio,
    )
    progress = Progress(enabled=False if args.quiet else None)
    summary = convert(
        args.sources,
        args.output,
        format=args.format,
        jobs=args.jobs,
        engine=args.engine,
        scheduler=args.scheduler,
        timeout=args.timeout or None,
        memory_mb=args.memory_mb or None,
        retry_failed=args.retry_failed,
        limits=limits,
        stdin=sys.stdin if "-" in args.sources else None,
        progress=progress,
        verbose=args.verbose and not args.quiet,
    )
    if not args.quiet:
        print(summary.format(), file=sys.stderr)
    return 0 if summary.ok else EXIT_FAILED


def register(subparsers: Any) -> None:
    """Add the ``convert`` sub-command."""
    p: argparse.ArgumentParser = subparsers.add_parser(
        "convert",
        help="batch-convert files, folders and archives to JSON (resumable)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("sources", nargs="+", metavar="SRC", help="file, folder, archive, or -")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="output folder")
    p.add_argument(
        "--format",
        choices=sorted(OUTPUTS),
        default="json",
        help="one .json per document (default) or OUT/documents.jsonl",
    )
    p.add_argument(
        "-j", "--jobs", type=int, default=None, help="worker processes (default: all cores)"
    )
    p.add_argument("--engine", choices=sorted(ENGINES), default="local")
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler address for --engine dask (tcp://host:8786)",
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=120.0,
        metavar="S",
        help="seconds per document before it is stopped (0: none; default 120)",
    )
    p.add_argument(
        "--memory-mb",
        type=int,
        default=2048,
        metavar="MB",
        help="memory per document parse (0: none; default 2048)",
    )
    p.add_argument(
        "--max-file-mb",
        type=int,
        default=64,
        metavar="MB",
        help="largest document or archive member read (default 64)",
    )
    p.add_argument(
        "--max-total-mb",
        type=int,
        default=16384,
        metavar="MB",
        help="largest uncompressed archive (default 16384)",
    )
    p.add_argument(
        "--max-ratio",
        type=float,
        default=200.0,
        help="compression ratio taken as a zip bomb (default 200)",
    )
    p.add_argument(
        "--retry-failed", action="store_true", help="retry unchanged sources that failed before"
    )
    noise = p.add_mutually_exclusive_group()
    noise.add_argument("-q", "--quiet", action="store_true", help="no progress, no summary")
    noise.add_argument("-v", "--verbose", action="store_true", help="one line per document")
    p.set_defaults(func=run)
