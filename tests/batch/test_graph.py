"""The archive's citation graph: catalogue, edges resolved in the archive, exports."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree

import pytest

from nghiquyet.batch import convert
from nghiquyet.cli import main

CITED = """BỘ CÔNG THƯƠNG
Số: 43/2025/TT-BCT
Hà Nội, ngày 04 tháng 7 năm 2025
THÔNG TƯ
Quy định về kỹ thuật an toàn
Điều 1. Phạm vi
Thông tư này quy định.
"""

CITING = """BỘ CÔNG THƯƠNG
Số: 67/2025/TT-BCT
Hà Nội, ngày 31 tháng 12 năm 2025
THÔNG TƯ
Sửa đổi Thông tư số 43/2025/TT-BCT
Căn cứ Thông tư số 43/2025/TT-BCT ngày 04 tháng 7 năm 2025 của Bộ trưởng Bộ Công Thương;
Điều 1. Sửa đổi
Bãi bỏ Điều 3 Thông tư số 43/2025/TT-BCT và Nghị định số 99/2099/NĐ-CP.
"""


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("graph") / "src"
    src.mkdir()
    (src / "tt43.txt").write_text(CITED, encoding="utf-8")
    (src / "tt67.txt").write_text(CITING, encoding="utf-8")
    out = src.parent / "out"
    summary = convert([src], out, jobs=1)
    assert summary.ok
    return out


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_catalogue_and_citations_resolve_in_the_archive_first(archive: Path) -> None:
    catalogue = {str(r["id"]): r for r in _lines(archive / "catalogue.jsonl")}
    assert set(catalogue) == {"43/2025/TT-BCT", "67/2025/TT-BCT"}
    assert catalogue["43/2025/TT-BCT"]["type"] == "Thông tư"
    assert catalogue["43/2025/TT-BCT"]["date"] == "2025-07-04"
    assert str(catalogue["67/2025/TT-BCT"]["path"]).endswith("tt67.txt")
    edges = _lines(archive / "citations.jsonl")
    inside = [e for e in edges if e["resolved"] == "archive"]
    assert {(e["from"], e["to"]) for e in inside} == {("67/2025/TT-BCT", "43/2025/TT-BCT")}
    assert len(inside) == 3
    assert {"basis"} <= {e["relation"] for e in inside}
    basis = next(e for e in inside if e["relation"] == "basis")
    assert basis["label"] == "căn cứ" and set(basis["span"]) == {"start", "end", "line"}  # type: ignore[arg-type]
    outside = [e for e in edges if e["to"] == "99/2099/NĐ-CP"]
    assert len(outside) == 1 and outside[0]["resolved"] is None


def test_summary_names_most_cited_and_unresolved(archive: Path) -> None:
    graph = json.loads((archive / "summary.json").read_text(encoding="utf-8"))["graph"]
    assert graph["most_cited"][0] == {
        "id": "43/2025/TT-BCT",
        "count": 3,
        "title": "Quy định về kỹ thuật an toàn",
    }
    assert {"target": "99/2099/NĐ-CP", "count": 1} in graph["unresolved"]


def test_graph_command_exports(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph", str(archive), "--format", "graphml"]) == 0
    root = ElementTree.fromstring(capsys.readouterr().out)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    nodes = {n.get("id") for n in root.iterfind(".//g:node", ns)}
    assert {"43/2025/TT-BCT", "67/2025/TT-BCT", "99/2099/NĐ-CP"} <= nodes
    targets = {e.get("target") for e in root.iterfind(".//g:edge", ns)}
    assert targets <= nodes
    assert main(["graph", str(archive), "--format", "dot"]) == 0
    dot = capsys.readouterr().out
    assert dot.startswith("digraph") and '"67/2025/TT-BCT" -> "43/2025/TT-BCT"' in dot
    out_file = archive.parent / "graph.jsonl"
    assert main(["graph", str(archive), "-o", str(out_file)]) == 0
    kinds = [r["element"] for r in _lines(out_file)]
    assert kinds.count("node") == 2 and kinds.count("edge") >= 4


def test_graph_command_without_conversion_is_an_error(tmp_path: Path) -> None:
    assert main(["graph", str(tmp_path)]) == 2
