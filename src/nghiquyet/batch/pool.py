"""The local engine: worker processes with a per-document time and memory limit.

Each worker takes one task at a time over its own pipe, so the parent always knows which
document a worker is on and since when; the next task is read from the source while the
workers are busy, so a free worker gets it at once. A worker past its time limit is killed and
replaced; one that dies (segfault, out of memory) is replaced too. Memory is capped in the
worker with ``RLIMIT_AS`` (address space above what the worker uses when it starts), so
an oversized parse raises ``MemoryError`` there and is reported as kind "memory".
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkServerContext, SpawnContext
from multiprocessing.process import BaseProcess
from typing import Any

from nghiquyet.batch.worker import Converter, Result, Sink, Task, failure, run_task


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _limit_memory(megabytes: int | None) -> None:
    if not megabytes:
        return
    try:
        import resource

        with open("/proc/self/statm") as fh:
            used = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        cap = used + megabytes * (1 << 20)
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ImportError, OSError, ValueError):  # pragma: no cover - not Linux
        pass


_READY = "ready"
_START_TIMEOUT = 300.0


def _worker(
    conn: Connection, memory_mb: int | None, converter: Converter | None, sink: Sink | None
) -> None:
    _limit_memory(memory_mb)
    conn.send(_READY)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        result = run_task(task, converter, sink)
        try:
            conn.send(result)
        except MemoryError:
            conn.send(failure(task, "memory", "result too large for the memory limit"))
        except OSError:
            return  # the parent is gone (killed): nothing to report to
        if result.kind == "memory":
            return  # a fresh process is cheaper than trusting a heap that ran out


@dataclass
class _Slot:
    proc: BaseProcess
    conn: Connection
    task: Task | None = None
    started: float = 0.0


class LocalPool:
    """``jobs`` worker processes; :meth:`map` converts tasks and yields results as they end."""

    def __init__(
        self,
        jobs: int | None = None,
        *,
        timeout: float | None = 120.0,
        memory_mb: int | None = 2048,
        converter: Converter | None = None,
        sink: Sink | None = None,
    ) -> None:
        self.jobs = max(1, jobs or default_jobs())
        self.sink = sink
        self.timeout = timeout
        self.memory_mb = memory_mb
        self.converter = converter
        # forkserver: workers never inherit the parent's threads or open files.
        self._ctx: ForkServerContext | SpawnContext
        if "forkserver" in mp.get_all_start_methods():
            self._ctx = mp.get_context("forkserver")
            # Workers fork from a server that has imported the parser once.
            self._ctx.set_forkserver_preload(["nghiquyet.batch.worker"])
        else:  # pragma: no cover - not POSIX
            self._ctx = mp.get_context("spawn")

    def _spawn(self) -> _Slot:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(
            target=_worker, args=(child, self.memory_mb, self.converter, self.sink), daemon=True
        )
        proc.start()
        child.close()
        # Wait until the worker can take a task, so its start-up is not charged to the
        # first document's time limit.
        try:
            ready = parent.poll(_START_TIMEOUT) and parent.recv() == _READY
        except (EOFError, OSError):
            ready = False
        if not ready:
            proc.kill()
            raise RuntimeError("a worker process did not start")
        return _Slot(proc, parent)

    def _retire(self, slot: _Slot) -> None:
        slot.conn.close()
        if slot.proc.is_alive():
            slot.proc.kill()
        slot.proc.join(5)

    def map(self, tasks: Iterable[Task]) -> Iterator[Result]:
        """Results of ``tasks``, in completion order; at most ``jobs`` tasks in flight."""
        source = iter(tasks)
        slots: list[_Slot] = []  # started on demand: no process when nothing is to do
        ahead: Task | None = None  # read before it is needed, while the workers are busy
        exhausted = False
        try:
            while True:
                while not exhausted:
                    idle = next((i for i, s in enumerate(slots) if s.task is None), None)
                    if idle is None and len(slots) >= self.jobs:
                        ahead = ahead or next(source, None)
                        exhausted = ahead is None
                        break
                    task, ahead = ahead or next(source, None), None
                    if task is None:
                        exhausted = True
                        break
                    if idle is None:
                        slots.append(self._spawn())
                        idle = len(slots) - 1
                    slots[idle] = self._dispatch(slots[idle], task)
                busy = [i for i, s in enumerate(slots) if s.task is not None]
                if not busy:
                    return
                ready = set(self._wait([slots[i] for i in busy]))
                for i in busy:
                    result = self._collect(slots[i], slots[i].conn in ready)
                    if result is None:
                        continue
                    if result.kind in _RESTART:
                        self._retire(slots[i])
                        slots[i] = self._spawn()
                    else:
                        slots[i].task = None
                    yield result
        finally:
            for slot in slots:
                with contextlib.suppress(OSError):
                    slot.conn.send(None)
            for slot in slots:
                slot.proc.join(2 if slot.task is None else 0)
                self._retire(slot)

    def _dispatch(self, slot: _Slot, task: Task) -> _Slot:
        for _ in range(2):
            try:
                slot.conn.send(task)
                slot.task, slot.started = task, time.monotonic()
                return slot
            except OSError:  # the worker died while idle: replace it once
                self._retire(slot)
                slot = self._spawn()
        raise RuntimeError("cannot start a worker process")

    def _wait(self, busy: list[_Slot]) -> list[Any]:
        conns = [s.conn for s in busy]
        if self.timeout is None:
            return wait(conns)
        deadline = min(s.started for s in busy) + self.timeout
        return wait(conns, max(0.0, deadline - time.monotonic()))

    def _collect(self, slot: _Slot, ready: bool) -> Result | None:
        task = slot.task
        assert task is not None
        elapsed = time.monotonic() - slot.started
        if ready:
            try:
                result: Result = slot.conn.recv()
                return result
            except (EOFError, OSError):
                slot.proc.join(1)
                code = slot.proc.exitcode
                return failure(task, "crash", f"worker process died (exit code {code})", elapsed)
        if self.timeout is not None and elapsed >= self.timeout:
            return failure(task, "timeout", f"stopped after {self.timeout:g} s", elapsed)
        return None


_RESTART = frozenset({"timeout", "crash", "memory"})
"""Error kinds after which a worker process is replaced."""
