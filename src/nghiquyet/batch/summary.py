"""The end of a run: counts, failures by kind, throughput, diagnostics, the citation graph.

:func:`summarize` streams the manifest once, writes ``errors.jsonl`` (one line per failed
source: path, kind, error, diagnostics) and returns a :class:`Summary`.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Set
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nghiquyet.batch.manifest import Manifest, atomic_write

ERRORS_NAME = "errors.jsonl"
SUMMARY_NAME = "summary.json"


@dataclass
class Summary:
    """What a conversion did. ``failed`` counts this run's sources that have no output."""

    out: str
    converted: int = 0
    unchanged: int = 0
    failed: int = 0
    bytes: int = 0
    elapsed: float = 0.0
    cpu: float = 0.0
    peak_worker_mb: float = 0.0
    failures: dict[str, int] = field(default_factory=dict)
    diagnostics: list[tuple[str, int]] = field(default_factory=list)
    graph: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when every source of the run has an output."""
        return self.failed == 0

    @property
    def docs_per_second(self) -> float:
        """Documents converted per second in this run."""
        return self.converted / self.elapsed if self.elapsed else 0.0

    @property
    def mb_per_second(self) -> float:
        """Megabytes of source converted per second in this run."""
        return self.bytes / (1 << 20) / self.elapsed if self.elapsed else 0.0

    def to_dict(self) -> dict[str, Any]:
        """The summary as JSON data (``summary.json``)."""
        return {
            "out": self.out,
            "converted": self.converted,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "failures": self.failures,
            "bytes": self.bytes,
            "elapsed": round(self.elapsed, 3),
            "docs_per_second": round(self.docs_per_second, 2),
            "mb_per_second": round(self.mb_per_second, 3),
            "worker_cpu_seconds": round(self.cpu, 2),
            "peak_worker_mb": round(self.peak_worker_mb, 1),
            "diagnostics": [{"code": c, "count": n} for c, n in self.diagnostics],
            "graph": self.graph,
        }

    def format(self) -> str:
        """The summary as a few lines of text."""
        lines = [
            f"converted {self.converted}, unchanged {self.unchanged}, failed {self.failed} "
            f"in {self.elapsed:.1f} s ({self.docs_per_second:.1f} docs/s, "
            f"{self.mb_per_second:.2f} MB/s) -> {self.out}"
        ]
        if self.failures:
            kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.failures.items()))
            lines.append(f"failures: {kinds} (see {ERRORS_NAME})")
        if self.diagnostics:
            lines.append("diagnostics: " + ", ".join(f"{c} {n}" for c, n in self.diagnostics))
        g = self.graph
        if g:
            lines.append(
                f"citations: {g['edges']} from {g['documents']} documents, "
                f"{g['resolved_in_archive']} resolved in the archive"
            )
            if g["most_cited"]:
                top = "; ".join(f"{d['id']} ({d['count']})" for d in g["most_cited"][:5])
                lines.append(f"most cited: {top}")
            if g["unresolved"]:
                top = "; ".join(f"{d['target']} ({d['count']})" for d in g["unresolved"][:5])
                lines.append(f"not in the archive: {top}")
        return "\n".join(lines)


def summarize(
    summary: Summary, manifest: Manifest, keys: Set[str], tmp_dir: Path, top: int = 10
) -> Summary:
    """Fill ``summary`` from the manifest records of ``keys``; write ``errors.jsonl`` and
    ``summary.json``."""
    out = Path(summary.out)
    failures: Counter[str] = Counter()
    diagnostics: Counter[str] = Counter()
    tmp = tmp_dir / f"{ERRORS_NAME}.tmp"
    with open(tmp, "w", encoding="utf-8") as errors:
        for rec in manifest.records():
            if rec["key"] not in keys:
                continue
            diagnostics.update(rec.get("diagnostics") or {})
            if rec["status"] == "failed":
                failures[rec.get("kind") or "internal"] += 1
                line = {k: rec.get(k) for k in ("path", "kind", "error", "diagnostics", "key")}
                errors.write(json.dumps(line, ensure_ascii=False) + "\n")
    tmp.replace(out / ERRORS_NAME)
    summary.failed = sum(failures.values())
    summary.failures = dict(failures)
    summary.diagnostics = diagnostics.most_common(top)
    text = json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n"
    atomic_write(out / SUMMARY_NAME, text.encode("utf-8"), tmp_dir)
    return summary


__all__ = ["ERRORS_NAME", "SUMMARY_NAME", "Summary", "summarize"]
