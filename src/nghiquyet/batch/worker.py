"""One document in, one result out: the unit of work of every engine.

:func:`run_task` never raises: a failure becomes a :class:`Result` with an error ``kind``
(see :data:`ERROR_KINDS`). It runs in a worker process (local engine) or on a Dask worker.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from nghiquyet.citations.catalogue import entry_of
from nghiquyet.errors import ReadError, UnsupportedFormat
from nghiquyet.models import CitationKind, Document
from nghiquyet.parser import parse_source
from nghiquyet.readers import read_bytes


@dataclass(frozen=True)
class Task:
    """A document to convert: its key, member name, shown path, bytes and their SHA-256."""

    key: str
    name: str
    path: str
    data: bytes
    sha256: str
    keep_document: bool = False


@dataclass(frozen=True)
class Result:
    """What became of one task.

    ``payload`` is the document's JSON (or ``document`` the object, when the task asked to
    keep it; ``output`` the path relative to OUT, when the worker wrote the JSON itself);
    ``graph`` the catalogue entry and citation edges; ``kind``/``error`` say why it failed.
    ``diagnostics`` counts the document's diagnostic codes; ``peak_rss_mb`` is the
    converting process's peak memory so far, ``cpu`` the CPU seconds the conversion took.
    """

    key: str
    path: str
    sha256: str
    size: int
    payload: str | None = None
    output: str | None = None
    document: Document | None = None
    graph: dict[str, Any] | None = None
    diagnostics: dict[str, int] = field(default_factory=dict)
    kind: str | None = None
    error: str | None = None
    elapsed: float = 0.0
    cpu: float = 0.0
    peak_rss_mb: float = 0.0

    @property
    def ok(self) -> bool:
        """True when the document was converted."""
        return self.kind is None


Converter = Callable[[Task], Document]
"""Turns a task's bytes into a Document; raises on unreadable input."""


class Sink(Protocol):
    """Where a worker may store a document's JSON itself (see ``outputs.JsonTree``)."""

    def write(self, key: str, payload: str) -> str:
        """Store ``payload``; return the output's path relative to OUT."""


def parse_task(task: Task) -> Document:
    """The default converter: read the bytes (format sniffed from the name), then parse."""
    return parse_source(read_bytes(task.data, name=task.name), path=task.path)


ERROR_KINDS: tuple[tuple[type[BaseException], str], ...] = (
    (UnsupportedFormat, "unsupported"),
    (ReadError, "read"),
    (MemoryError, "memory"),
    (RecursionError, "recursion"),
    (Exception, "internal"),
)
"""Exception class -> error kind, first match wins. Engines add "timeout" and "crash"."""


def error_kind(exc: BaseException) -> str:
    """The error kind of an exception raised while converting."""
    return next((kind for cls, kind in ERROR_KINDS if isinstance(exc, cls)), "internal")


_SKIPPED_KINDS = frozenset({CitationKind.INTERNAL, CitationKind.SELF})


def graph_record(doc: Document) -> dict[str, Any]:
    """The catalogue entry and the outgoing citations of ``doc``, as plain JSON data.

    The entry is :func:`~nghiquyet.citations.catalogue.entry_of` (None without number and
    date); each citation keeps what a catalogue lookup needs, its relation and its span.
    """
    entry = entry_of(doc)
    cites = [
        {
            "kind": c.kind.value,
            "id": c.id,
            "number": c.number,
            "doc_type": c.doc_type,
            "date": c.date.isoformat() if c.date else None,
            "title": c.title,
            "resolved_id": c.resolved_id,
            "relation": c.relation.value if c.relation else "other",
            "span": [c.span.start, c.span.end, c.span.line],
        }
        for c in doc.citations
        if c.kind not in _SKIPPED_KINDS and (c.id or c.number)
    ]
    head = doc.header
    return {
        "entry": {
            "id": entry.id if entry else None,
            "type": head.doc_type,
            "number": entry.number if entry else head.number,
            "date": entry.date.isoformat() if entry and entry.date else None,
            "issuer": head.issuer,
            "title": head.title,
        },
        "cites": cites,
    }


def run_task(task: Task, converter: Converter | None = None, sink: Sink | None = None) -> Result:
    """Convert one task; never raises.

    With a ``sink`` the worker writes the document's JSON itself and the result carries only
    the output's path, so the calling process never receives the (large) payload.
    """
    start, cpu = time.perf_counter(), time.process_time()
    try:
        doc = (converter or parse_task)(task)
        payload = None if task.keep_document else doc.model_dump_json()
        diagnostics = dict(Counter(d.code for d in doc.diagnostics))
        output = None
        if sink is not None and payload is not None:
            try:
                output, payload = sink.write(task.key, payload), None
            except (OSError, ValueError) as exc:
                return failure(task, "output", str(exc), time.perf_counter() - start)
        return Result(
            task.key,
            task.path,
            task.sha256,
            len(task.data),
            payload=payload,
            output=output,
            document=doc if task.keep_document else None,
            graph=graph_record(doc),
            diagnostics=diagnostics,
            elapsed=time.perf_counter() - start,
            cpu=time.process_time() - cpu,
            peak_rss_mb=peak_rss_mb(),
        )
    except Exception as exc:  # one bad document must not stop the batch
        return failure(
            task, error_kind(exc), str(exc) or type(exc).__name__, time.perf_counter() - start
        )


def peak_rss_mb() -> float:
    """The peak resident memory of this process so far, in MiB (0 where unknown)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not POSIX
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def failure(task: Task, kind: str, error: str, elapsed: float = 0.0) -> Result:
    """A failed result for ``task``."""
    return Result(
        task.key, task.path, task.sha256, len(task.data), kind=kind, error=error, elapsed=elapsed
    )
