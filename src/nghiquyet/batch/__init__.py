"""Batch conversion of files, folders and archives to JSON (issue 7).

Modules, in pipeline order: :mod:`.sources` (what to read, safely) -> :mod:`.worker` (one
document) -> :mod:`.engines` / :mod:`.pool` (in parallel) -> :mod:`.outputs` and
:mod:`.manifest` (atomic, resumable) -> :mod:`.graph` (catalogue and citations) ->
:mod:`.summary`. :func:`convert` ties them together.
"""

from __future__ import annotations

from nghiquyet.batch.engines import ENGINES
from nghiquyet.batch.export import EXPORTERS
from nghiquyet.batch.outputs import OUTPUTS
from nghiquyet.batch.progress import Progress
from nghiquyet.batch.run import convert, iter_documents
from nghiquyet.batch.sources import DEFAULT_LIMITS, Limits, SourceItem, iter_sources
from nghiquyet.batch.summary import Summary
from nghiquyet.batch.worker import Result, Task

__all__ = [
    "DEFAULT_LIMITS",
    "ENGINES",
    "EXPORTERS",
    "OUTPUTS",
    "Limits",
    "Progress",
    "Result",
    "SourceItem",
    "Summary",
    "Task",
    "convert",
    "iter_documents",
    "iter_sources",
]
