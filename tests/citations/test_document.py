"""cite_document: what a parsed document cites, its căn cứ, and internal links."""

from __future__ import annotations

import json
import unicodedata

import pytest
from tests.conftest import SHARED, corpus_missing

from nghiquyet.citations.document import cite_document
from nghiquyet.models import (
    Citation,
    CitationKind,
    Document,
    Header,
    Node,
    NodeKind,
    Preamble,
    PreambleItem,
    PreambleKind,
    Relation,
    Span,
)
from nghiquyet.parser import parse_file, parse_text

SOURCE = (
    "Nghị quyết 05/NQ-HĐND - Cổng thông tin\n"
    "Số: 05/NQ-HĐND\n"
    "Căn cứ Luật Tổ chức chính quyền\n"
    "địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức "
    "Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;\n"
    "Xét Tờ trình số 138/TTr-UBND ngày 20 tháng 6 năm 2022;\n"
    "Điều 1. Thực hiện Nghị quyết số 13-NQ/TW ngày 02 tháng 4 năm 2022 của Bộ Chính trị.\n"
    "1. Theo khoản 2 Điều này và điểm a khoản 1 Điều 2 [Khoản này được hướng dẫn bởi Nghị "
    "định 155/2025/NĐ-CP].\n"
    "Điều 2. Ban hành kèm theo Nghị quyết số 05/NQ-HĐND.\n"
    "1. Nội dung.\n"
    "a) Một.\n"
    "Nghị quyết này có hiệu lực từ ngày ký.\n"
)


def span(text: str, needle: str, *, end: str | None = None) -> Span:
    start = SOURCE.index(text)
    stop = SOURCE.index(end, start) + len(end) if end else start + len(text)
    line = SOURCE.count("\n", 0, start) + 1
    return Span(start=start, end=stop, line=line, end_line=SOURCE.count("\n", 0, stop) + 1)


def node(kind: NodeKind, number: str, at: str, *children: Node) -> Node:
    return Node(kind=kind, number=number, span=span(at, at), children=children)


DOC = Document(
    header=Header(number="05/NQ-HĐND", doc_type="Nghị quyết", spans={"number": span("Số:", "")}),
    preamble=Preamble(
        items=(
            # As a parser may give it: cut at the hard wrap.
            PreambleItem(kind=PreambleKind.BASIS, text="Căn cứ ...", span=span("Căn cứ Luật", "")),
            PreambleItem(
                kind=PreambleKind.CONSIDERATION, text="Xét ...", span=span("Xét", "", end=";")
            ),
        )
    ),
    body=(
        node(NodeKind.DIEU, "1", "Điều 1.", node(NodeKind.KHOAN, "1", "1. Theo")),
        node(
            NodeKind.DIEU,
            "2",
            "Điều 2.",
            node(NodeKind.KHOAN, "1", "1. Nội", node(NodeKind.DIEM, "a", "a) Một")),
        ),
    ),
)


@pytest.fixture(scope="module")
def cited() -> Document:
    return cite_document(DOC, SOURCE)


def keys(cites: tuple[Citation, ...]) -> list[str]:
    return [c.number or f"{c.doc_type}@{c.date}" for c in cites if c.number or c.date]


def test_citations_in_order_without_own_number_site_title_or_editorial(cited: Document) -> None:
    assert keys(cited.citations) == [
        "Luật@2015-06-19",
        "Luật@2019-11-22",
        "138/TTr-UBND",
        "13-NQ/TW",
    ]


def test_basis_runs_over_the_hard_wrap_and_stops_at_xet(cited: Document) -> None:
    assert keys(cited.basis) == ["Luật@2015-06-19", "Luật@2019-11-22"]
    assert all(c.relation is Relation.BASIS for c in cited.basis)
    assert cited.basis[0].resolved_id == "77/2015/QH13"


def test_internal_references_link_to_nodes(cited: Document) -> None:
    internal = {c.text: c.target for c in cited.citations if c.kind is CitationKind.INTERNAL}
    assert internal["khoản 2 Điều này"] is None  # Điều 1 has no khoản 2
    assert internal["điểm a khoản 1 Điều 2"] == "art_2__para_1__point_a"


def test_self_reference_resolves_to_own_number(cited: Document) -> None:
    (self_ref,) = [c for c in cited.citations if c.kind is CitationKind.SELF]
    assert self_ref.resolved_id == "05/NQ-HĐND"


def test_spans_point_into_the_source(cited: Document) -> None:
    for c in cited.citations:
        assert SOURCE[c.span.start : c.span.end] == c.text


SEED = sorted((SHARED / "seeds").glob("*.txt"))


@pytest.mark.skipif(not SEED, reason="shared seeds missing")
def test_seed_document_resolves_its_typo() -> None:
    doc = parse_file(SEED[0])
    numbers = [c.number for c in doc.citations if c.number]
    assert "45/2022/QH" not in numbers
    assert numbers.count("45/2022/QH15") == 2
    assert any(d.code == "NQC101" for d in doc.diagnostics)


DEV = SHARED / "corpus" / "dev"
SAMPLES = [
    "seed__05-NQ-HDND-cantho-2022.md",
    "tvpl-johnpa__Quyet_dinh_435_QD-UBND_nam_2020.txt",
    "ubtvqh-dvhcvn__1658_NQ-UBTVQH15.md",
    "hanoi-ragdemo__NQso11.2025.md",
]


def _gold_key(c: dict[str, str]) -> str:
    return c["number"] if c.get("number") else f"{c['doc_type']}@{c['date']}"


@pytest.mark.parametrize("name", SAMPLES)
def test_dev_documents_match_gold(name: str) -> None:
    path = DEV / name
    if not path.exists():
        corpus_missing(str(path))
    gold = json.loads((DEV / f"{name}.gold.json").read_text(encoding="utf-8"))
    doc = parse_file(path)
    for field in ("basis", "citations"):
        got = keys(getattr(doc, field))
        assert [g.upper() for g in got] == [_gold_key(c).upper() for c in gold[field]], field


LISTED = (
    "NGHỊ QUYẾT\n"
    "Điều 1. Phạm vi\n"
    "1. Nội dung gồm:\n"
    "a) Việc một;\n"
    "b) Việc hai theo quy định tại các điểm a, b và c khoản 1 Điều 2 Nghị quyết này.\n"
    "2. Các khoản 2, 3 Điều 2 không áp dụng.\n"
    "Điều 2. Đối tượng\n"
    "1. Gồm:\n"
    "a) Một;\n"
    "b) Hai;\n"
    "c) Ba.\n"
    "2. Khác.\n"
    "3. Còn lại.\n"
)


def test_a_listed_reference_links_to_the_path_after_the_list() -> None:
    doc = parse_text(LISTED)
    internal = {
        " ".join(c.text.split()): c.target
        for c in doc.citations
        if c.kind is CitationKind.INTERNAL
    }
    # not "điểm a" of the enclosing khoản 1 of Điều 1, nor khoản 2 of Điều 1
    assert internal["điểm a, b và c khoản 1 Điều 2"] == "art_2__para_1__point_a"
    assert internal["khoản 2, 3 Điều 2"] == "art_2__para_2"


def test_decomposed_consideration_on_a_basis_line_is_not_basis() -> None:
    # NFD text (a Mac export): "Theo đề nghị" decomposed still ends the căn cứ clause.
    text = (
        "QUYẾT ĐỊNH\n"
        "Căn cứ Quyết định số 2045/QĐ-BGDĐT ngày 01/8/2024 của Bộ trưởng; Theo đề nghị của "
        "Giám đốc Sở tại Tờ trình số 107/TTr-SGDĐT ngày 09/8/2024.\n"
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành.\n"
    )
    for source in (text, unicodedata.normalize("NFD", text)):
        doc = parse_text(source)
        assert keys(doc.basis) == ["2045/QĐ-BGDĐT"]
        assert keys(doc.citations) == ["2045/QĐ-BGDĐT", "107/TTr-SGDĐT"]
