"""Export the citation graph of a converted archive: JSON Lines, GraphML or Graphviz dot.

Each exporter streams ``catalogue.jsonl`` (nodes) then ``citations.jsonl`` (edges) and
adds a node for every target outside the archive, marked ``external``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO
from xml.sax.saxutils import quoteattr

from nghiquyet.batch.graph import CATALOGUE_NAME, CITATIONS_NAME, node_id, read_jsonl

NODE_FIELDS = ("type", "number", "date", "issuer", "title", "path")
EDGE_FIELDS = ("relation", "label", "resolved")


class _Graph:
    """Nodes (first seen wins) and edges of an output folder, read lazily."""

    def __init__(self, out: Path) -> None:
        for name in (CATALOGUE_NAME, CITATIONS_NAME):
            if not (out / name).is_file():
                raise FileNotFoundError(f"{out / name}: run 'nghiquyet convert' first")
        self.out = out
        self.seen: set[str] = set()

    def nodes(self) -> list[tuple[str, dict[str, Any]]]:
        found = []
        for rec in read_jsonl(self.out / CATALOGUE_NAME):
            nid = node_id(rec, rec["path"])
            if nid not in self.seen:
                self.seen.add(nid)
                found.append((nid, rec))
        return found

    def edges(self) -> Any:
        return read_jsonl(self.out / CITATIONS_NAME)


def export_jsonl(out: Path, stream: TextIO) -> None:
    """One ``{"element": "node", ...}`` line per document, then one ``"edge"`` line per
    citation (the catalogue and citation records, with ``id`` set on every node)."""
    graph = _Graph(out)
    for nid, rec in graph.nodes():
        stream.write(json.dumps({"element": "node", **rec, "id": nid}, ensure_ascii=False) + "\n")
    for edge in graph.edges():
        stream.write(json.dumps({"element": "edge", **edge}, ensure_ascii=False) + "\n")


def export_graphml(out: Path, stream: TextIO) -> None:
    """GraphML with node keys (type, number, date, ...) and edge keys (relation, ...)."""
    graph = _Graph(out)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    for name in (*NODE_FIELDS, "external"):
        stream.write(f'  <key id="{name}" for="node" attr.name="{name}" attr.type="string"/>\n')
    for name in EDGE_FIELDS:
        stream.write(f'  <key id="{name}" for="edge" attr.name="{name}" attr.type="string"/>\n')
    stream.write('  <graph id="citations" edgedefault="directed">\n')
    for nid, rec in graph.nodes():
        stream.write(_xml_element("node", {"id": nid}, {k: rec.get(k) for k in NODE_FIELDS}))
    external: set[str] = set()
    for edge in graph.edges():
        target = str(edge["to"])
        if target not in graph.seen:
            external.add(target)
        attrs = {"source": edge["from"], "target": target}
        stream.write(_xml_element("edge", attrs, {k: edge.get(k) for k in EDGE_FIELDS}))
    for target in sorted(external):
        stream.write(_xml_element("node", {"id": target}, {"external": "true"}))
    stream.write("  </graph>\n</graphml>\n")


def _xml_element(tag: str, attrs: dict[str, str], data: dict[str, Any]) -> str:
    head = " ".join(f"{k}={quoteattr(str(v))}" for k, v in attrs.items())
    body = "".join(f'<data key="{k}">{_text(v)}</data>' for k, v in data.items() if v is not None)
    return f"    <{tag} {head}>{body}</{tag}>\n"


def _text(value: object) -> str:
    return quoteattr(str(value))[1:-1]


def _dot_id(value: object) -> str:
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def export_dot(out: Path, stream: TextIO) -> None:
    """Graphviz ``digraph``; edges to targets outside the archive are dashed."""
    graph = _Graph(out)
    stream.write("digraph citations {\n  node [shape=box];\n")
    for nid, rec in graph.nodes():
        label = rec.get("number") or rec.get("title") or nid
        stream.write(f"  {_dot_id(nid)} [label={_dot_id(label)}];\n")
    for edge in graph.edges():
        style = "" if edge.get("resolved") == "archive" else ", style=dashed"
        stream.write(
            f"  {_dot_id(edge['from'])} -> {_dot_id(edge['to'])} "
            f"[label={_dot_id(edge.get('label', ''))}{style}];\n"
        )
    stream.write("}\n")


EXPORTERS: dict[str, Callable[[Path, TextIO], None]] = {
    "jsonl": export_jsonl,
    "graphml": export_graphml,
    "dot": export_dot,
}
"""Format name -> exporter."""


__all__ = ["EXPORTERS", "export_dot", "export_graphml", "export_jsonl"]
