"""``convert``: sources -> outputs + manifest + graph + summary; ``iter_documents``.

The calling process reads and hashes each source, skips what the manifest says is done
and unchanged, hands the rest to an engine, and writes each result (output first, then its
manifest record). Only a bounded number of documents is in memory at any time.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from nghiquyet.batch.engines import ENGINES, EngineOptions
from nghiquyet.batch.graph import build_graph
from nghiquyet.batch.manifest import Manifest, OutputLock, clean_tmp
from nghiquyet.batch.outputs import OUTPUTS, Output, OutputError
from nghiquyet.batch.pool import LocalPool
from nghiquyet.batch.progress import Progress
from nghiquyet.batch.sources import DEFAULT_LIMITS, Limits, SourceItem, iter_sources
from nghiquyet.batch.summary import Summary, summarize
from nghiquyet.batch.worker import Converter, Result, Task, run_task
from nghiquyet.errors import NghiquyetError
from nghiquyet.models import Document

PathArg = str | os.PathLike[str]


def _as_list(sources: PathArg | Iterable[PathArg]) -> list[PathArg]:
    if isinstance(sources, str | os.PathLike):
        return [sources]
    return list(sources)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class _Run:
    """The state of one conversion: manifest, output, counters, keys seen."""

    def __init__(
        self,
        out: Path,
        output: Output,
        manifest: Manifest,
        progress: Progress,
        verbose: bool,
        retry_failed: bool,
    ) -> None:
        self.out = out
        self.output = output
        self.manifest = manifest
        self.progress = progress
        self.verbose = verbose
        self.retry_failed = retry_failed
        self.seen: set[str] = set()
        self.summary = Summary(out=str(out))

    def fail(
        self, key: str, path: str, sha: str | None, kind: str, error: str, size: int = 0
    ) -> None:
        self.manifest.record(
            {
                "key": key,
                "sha256": sha,
                "status": "failed",
                "path": path,
                "kind": kind,
                "error": error,
                "size": size,
            }
        )
        self.progress.update(failed=1)
        if self.verbose:
            self.progress.message(f"failed: {path}: {kind}: {error}")

    def tasks(self, items: Iterable[SourceItem]) -> Iterator[Task]:
        for item in items:
            if item.key in self.seen:
                continue
            self.seen.add(item.key)
            if item.problem is not None or item.data is None:
                problem = item.problem
                kind, error = (problem.kind, problem.message) if problem else ("read", "no data")
                self.fail(item.key, item.path, None, kind, error)
                continue
            sha = _sha256(item.data)
            if self._unchanged(item.key, sha):
                continue
            if not item.data:
                self.fail(item.key, item.path, sha, "empty", "empty file")
                continue
            yield Task(item.key, item.name, item.path, item.data, sha)

    def _unchanged(self, key: str, sha: str) -> bool:
        entry = self.manifest.get(key)
        if entry is None or entry.sha256 != sha:
            return False
        if entry.status == "done" and self.output.has(key):
            self.summary.unchanged += 1
            self.progress.update(skipped=1)
            return True
        return entry.status == "failed" and not self.retry_failed

    def store(self, result: Result) -> None:
        ref = result.output
        if not result.ok or (ref is None and result.payload is None):
            self.fail(
                result.key,
                result.path,
                result.sha256,
                result.kind or "internal",
                result.error or "",
                result.size,
            )
            return
        if ref is None:
            assert result.payload is not None
            try:
                ref = self.output.write(result.key, result.payload)
            except (OutputError, OSError) as exc:
                self.fail(result.key, result.path, result.sha256, "output", str(exc), result.size)
                return
        self.manifest.record(
            {
                "key": result.key,
                "sha256": result.sha256,
                "status": "done",
                "path": result.path,
                "output": ref,
                "size": result.size,
                "elapsed": round(result.elapsed, 4),
                "cpu": round(result.cpu, 4),
                "diagnostics": result.diagnostics,
                "graph": result.graph,
            }
        )
        self.summary.converted += 1
        self.summary.cpu += result.cpu
        self.summary.peak_worker_mb = max(self.summary.peak_worker_mb, result.peak_rss_mb)
        self.summary.bytes += result.size
        self.progress.update(done=1, size=result.size)
        if self.verbose:
            self.progress.message(f"converted: {result.path} ({result.elapsed:.2f} s)")


def convert(
    sources: PathArg | Iterable[PathArg],
    out: PathArg,
    *,
    format: str = "json",
    jobs: int | None = None,
    engine: str = "local",
    scheduler: Any = None,
    timeout: float | None = 120.0,
    memory_mb: int | None = 2048,
    retry_failed: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    converter: Converter | None = None,
    stdin: Iterable[str] | None = None,
    progress: Progress | None = None,
    verbose: bool = False,
) -> Summary:
    """Convert files, folders and archives to JSON in ``out``; resumable and idempotent.

    ``format`` is "json" (one ``<source>.json`` per document, mirroring the sources) or
    "jsonl" (``out/documents.jsonl``). ``out`` also receives ``manifest.jsonl``,
    ``errors.jsonl``, ``catalogue.jsonl``, ``citations.jsonl`` and ``summary.json``.
    A rerun skips sources whose SHA-256 is unchanged and redoes the others.
    """
    if format not in OUTPUTS:
        raise NghiquyetError(f"unknown output format {format!r}; choose from {sorted(OUTPUTS)}")
    if engine not in ENGINES:
        raise NghiquyetError(f"unknown engine {engine!r}; choose from {sorted(ENGINES)}")
    root = Path(out)
    root.mkdir(parents=True, exist_ok=True)
    with OutputLock(root):
        tmp_dir = clean_tmp(root)
        manifest = Manifest(root)
        output = OUTPUTS[format](root, tmp_dir)
        output.prepare(manifest)
        bar = progress or Progress(enabled=False)
        run = _Run(root, output, manifest, bar, verbose, retry_failed)
        sink = output if output.worker_writes else None
        opts = EngineOptions(jobs, timeout, memory_mb, converter, scheduler, sink)
        items = iter_sources(_as_list(sources), limits=limits, stdin=stdin)
        try:
            for result in ENGINES[engine](run.tasks(items), opts):
                run.store(result)
        finally:
            output.finish(manifest)
            manifest.close()
            bar.close()
        manifest.compact(tmp_dir)
        graph = build_graph(root, manifest, tmp_dir)
        run.summary.graph = graph.top()
        run.summary.elapsed = bar.elapsed
        return summarize(run.summary, manifest, run.seen, tmp_dir)


def iter_documents(
    sources: PathArg | Iterable[PathArg],
    *,
    jobs: int = 1,
    timeout: float | None = None,
    memory_mb: int | None = None,
    limits: Limits = DEFAULT_LIMITS,
    on_error: Callable[[Result], None] | None = None,
    stdin: Iterable[str] | None = None,
) -> Iterator[Document]:
    """Parse every document of files, folders and archives, for a pipeline of your own.

    With ``jobs=1`` documents come in source order, parsed in this process; with more they
    are parsed in worker processes (with ``timeout``/``memory_mb`` limits) and come in the
    order they finish. A source that fails is passed to ``on_error`` (skipped if None).
    ``Document.source`` holds each one's path and SHA-256.
    """

    def tasks() -> Iterator[Task]:
        for item in iter_sources(_as_list(sources), limits=limits, stdin=stdin):
            if item.data:
                yield Task(
                    item.key,
                    item.name,
                    item.path,
                    item.data,
                    _sha256(item.data),
                    keep_document=True,
                )
            elif on_error is not None:
                kind, error = (
                    (item.problem.kind, item.problem.message)
                    if item.problem
                    else ("empty", "empty file")
                )
                on_error(Result(item.key, item.path, "", 0, kind=kind, error=error))

    results: Iterable[Result]
    if jobs == 1:
        results = (run_task(t) for t in tasks())
    else:
        results = LocalPool(jobs, timeout=timeout, memory_mb=memory_mb).map(tasks())
    for result in results:
        if result.document is not None:
            yield result.document
        elif on_error is not None:
            on_error(result)


__all__ = ["convert", "iter_documents"]
