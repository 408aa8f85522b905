"""The archive's citation graph: ``catalogue.jsonl`` and ``citations.jsonl`` in OUT.

Built from the manifest after a conversion. A citation resolves against the archive's own
catalogue first (:class:`~nghiquyet.citations.catalogue.Catalogue` of the converted
documents), then keeps the id the parser resolved it to (the built-in known laws), and is
otherwise left unresolved with its canonical form as the target.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nghiquyet.batch.manifest import Manifest
from nghiquyet.citations.catalogue import Catalogue, Entry
from nghiquyet.models import CitationKind

CATALOGUE_NAME = "catalogue.jsonl"
CITATIONS_NAME = "citations.jsonl"

RELATION_LABELS: dict[str, str] = {
    "basis": "căn cứ",
    "amends": "sửa đổi",
    "amended_by": "được sửa đổi",
    "repeals": "bãi bỏ",
    "replaces": "thay thế",
    "guides": "hướng dẫn",
    "implements": "thực hiện",
    "attaches": "ban hành kèm theo",
    "other": "other",
}
"""Relation value -> its Vietnamese label in ``citations.jsonl``."""


@dataclass
class GraphStats:
    """What the graph holds: counts, the most cited documents, the unresolved targets."""

    documents: int = 0
    edges: int = 0
    resolved: int = 0
    cited: Counter[str] = field(default_factory=Counter)
    unresolved: Counter[str] = field(default_factory=Counter)
    titles: dict[str, str] = field(default_factory=dict)

    def top(self, n: int = 10) -> dict[str, Any]:
        """The ``n`` most cited archive documents and most frequent unresolved targets."""
        return {
            "documents": self.documents,
            "edges": self.edges,
            "resolved_in_archive": self.resolved,
            "most_cited": [
                {"id": i, "count": c, "title": self.titles.get(i)}
                for i, c in self.cited.most_common(n)
            ],
            "unresolved": [{"target": t, "count": c} for t, c in self.unresolved.most_common(n)],
        }


def node_id(entry: dict[str, Any], path: str) -> str:
    """The graph node of a converted document: its canonical id, else ``source:<path>``."""
    return str(entry["id"]) if entry.get("id") else f"source:{path}"


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _lookup(archive: Catalogue, c: dict[str, Any]) -> Entry | None:
    """What ``archive(citation)`` answers for the citation recorded as ``c`` (without
    building the Citation: a large archive has millions of edges)."""
    if c.get("number"):
        return archive.get(c["number"])
    if c["kind"] == CitationKind.NAMED.value and c.get("doc_type") and c.get("date"):
        return archive.named(c["doc_type"], dt.date.fromisoformat(c["date"]), c.get("title"))
    return None


def _dumps(obj: dict[str, Any]) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def build_graph(out: Path, manifest: Manifest, tmp_dir: Path) -> GraphStats:
    """Write ``catalogue.jsonl`` and ``citations.jsonl`` from the manifest; return stats."""
    stats = GraphStats()
    entries: list[Entry] = []
    cat_tmp = tmp_dir / f"{CATALOGUE_NAME}.tmp"
    with open(cat_tmp, "wb") as fh:
        for rec in _done(manifest):
            e = rec["graph"]["entry"]
            line = {**e, "path": rec["path"], "output": rec.get("output")}
            fh.write(_dumps(line))
            stats.documents += 1
            if e.get("id"):
                entries.append(
                    Entry(
                        e["id"],
                        e.get("type"),
                        e.get("number"),
                        _date(e.get("date")),
                        e.get("issuer"),
                        e.get("title"),
                    )
                )
                stats.titles.setdefault(e["id"], e.get("title") or "")
    archive = Catalogue(entries)
    cite_tmp = tmp_dir / f"{CITATIONS_NAME}.tmp"
    with open(cite_tmp, "wb") as fh:
        for rec in _done(manifest):
            source = node_id(rec["graph"]["entry"], rec["path"])
            for c in rec["graph"]["cites"]:
                fh.write(_dumps(_edge(source, rec["path"], c, archive, stats)))
    cat_tmp.replace(out / CATALOGUE_NAME)
    cite_tmp.replace(out / CITATIONS_NAME)
    return stats


def _done(manifest: Manifest) -> Iterator[dict[str, Any]]:
    return (r for r in manifest.records() if r["status"] == "done" and r.get("graph"))


def _edge(
    source: str, path: str, c: dict[str, Any], archive: Catalogue, stats: GraphStats
) -> dict[str, Any]:
    hit = _lookup(archive, c)
    target: str | None
    resolved: str | None
    if hit is not None:
        target, resolved = hit.id, "archive"
        stats.cited[hit.id] += 1
        stats.resolved += 1
    elif c.get("resolved_id"):
        target, resolved = c["resolved_id"], "known"
    else:
        target, resolved = c.get("id") or c.get("number"), None
        stats.unresolved[str(target)] += 1
    stats.edges += 1
    start, end, line = c["span"]
    relation = c.get("relation") or "other"
    return {
        "from": source,
        "to": target,
        "resolved": resolved,
        "relation": relation,
        "label": RELATION_LABELS.get(relation, relation),
        "span": {"start": start, "end": end, "line": line},
        "path": path,
    }


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a JSON Lines file."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


__all__ = [
    "CATALOGUE_NAME",
    "CITATIONS_NAME",
    "RELATION_LABELS",
    "GraphStats",
    "build_graph",
    "node_id",
    "read_jsonl",
]
