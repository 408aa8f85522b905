"""Engines map tasks to results: ``local`` (worker processes) or ``dask`` (a cluster).

An engine only converts; reading sources and the manifest stay in the calling process, so
every engine produces the same outputs and manifest. Local workers write tree outputs
themselves when given a sink (the payloads then never cross a pipe); Dask workers, which
may run on other machines, return them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from nghiquyet.batch.pool import LocalPool
from nghiquyet.batch.worker import Converter, Result, Sink, Task, failure, run_task
from nghiquyet.errors import NghiquyetError


@dataclass(frozen=True)
class EngineOptions:
    """How to run: processes, per-document limits, converter, Dask scheduler.

    ``scheduler`` is a scheduler address ("tcp://host:8786") or a ``distributed.Client``.
    ``sink``, when given, is where local workers write each document's JSON themselves.
    """

    jobs: int | None = None
    timeout: float | None = 120.0
    memory_mb: int | None = 2048
    converter: Converter | None = None
    scheduler: Any = None
    sink: Sink | None = None


def local_engine(tasks: Iterable[Task], opts: EngineOptions) -> Iterator[Result]:
    """Convert in ``opts.jobs`` local worker processes, with time and memory limits."""
    pool = LocalPool(
        opts.jobs,
        timeout=opts.timeout,
        memory_mb=opts.memory_mb,
        converter=opts.converter,
        sink=opts.sink,
    )
    yield from pool.map(tasks)


def dask_engine(tasks: Iterable[Task], opts: EngineOptions) -> Iterator[Result]:
    """Convert on a Dask distributed cluster, at most two tasks per worker thread in flight.

    The time limit is not enforced here (a Dask task cannot be stopped); the memory limit
    is the workers' own (their nanny restarts a worker past it, reported as "crash").
    """
    try:
        # Imported by name: typed as Any, so mypy passes with or without the extra installed.
        distributed: Any = importlib.import_module("distributed")
    except ImportError:
        raise NghiquyetError(
            "the dask engine needs dask and distributed: pip install 'nghiquyet[dask]'"
        ) from None
    if opts.scheduler is None:
        raise NghiquyetError("the dask engine needs a scheduler address (--scheduler)")
    own = not isinstance(opts.scheduler, distributed.Client)
    client = distributed.Client(opts.scheduler) if own else opts.scheduler
    try:
        limit = max(2, 2 * sum(client.nthreads().values()))
        pending: dict[Any, Task] = {}
        done = distributed.as_completed()
        for task in tasks:
            fut = client.submit(run_task, task, opts.converter, pure=False)
            pending[fut.key] = task
            done.add(fut)
            while len(pending) >= limit:
                yield _outcome(next(done), pending)
        for fut in done:
            yield _outcome(fut, pending)
    finally:
        if own:
            client.close()


def _outcome(fut: Any, pending: dict[Any, Task]) -> Result:
    task = pending.pop(fut.key)
    try:
        result: Result = fut.result()
        return result
    except Exception as exc:  # a lost worker must not stop the batch
        return failure(task, "crash", f"{type(exc).__name__}: {exc}")


Engine = Callable[[Iterable[Task], EngineOptions], Iterator[Result]]

ENGINES: dict[str, Engine] = {"local": local_engine, "dask": dask_engine}
"""Engine name -> engine."""


__all__ = ["ENGINES", "Engine", "EngineOptions", "dask_engine", "local_engine"]
