"""Akoma Ntoso writer: structure, eIds, refs, and validity against the official XSD."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree

from nghiquyet.models import Document, Node, NodeKind, Span
from nghiquyet.writers.akn import to_akn
from nghiquyet.writers.akn_text import NS
from strategies import documents
from writers.akn_schema import eids, errors
from writers.samples import DEV_FILES, WORK_URI, parsed, sample

A = {"a": NS}
ID = "/a:akomaNtoso/a:act/a:meta/a:identification"


def _root(doc: Document) -> etree._Element:
    return etree.fromstring(to_akn(doc).encode("utf-8"))


def test_sample_validates_with_unique_eids() -> None:
    xml = to_akn(sample())
    assert errors(xml) == []
    ids = eids(xml)
    assert len(ids) == len(set(ids))


def test_sample_eids_follow_the_naming_convention() -> None:
    ids = set(eids(to_akn(sample())))
    expected = {
        "chp_I",
        "art_1",
        "art_2",
        "art_2__para_1",
        "art_2__para_3",
        "art_2__para_3__point_a",
        "art_2__para_3__point_đ",
        "att_1",
        "att_1__table_1",
        "citation_1",
        "citation_2",
        "recital_1",
        "formula_1",
    }
    assert expected <= ids


def test_frbr_identification() -> None:
    root = _root(sample())
    work = "/akn/vn/act/nghi-quyet/2022-07-08/05-nq-hdnd"
    assert root.xpath(f"{ID}/a:FRBRWork/a:FRBRuri/@value", namespaces=A) == [work]
    assert root.xpath(f"{ID}/a:FRBRWork/a:FRBRdate/@date", namespaces=A) == ["2022-07-08"]
    assert root.xpath(f"{ID}/a:FRBRExpression/a:FRBRuri/@value", namespaces=A)[0] == (
        f"{work}/vie@2022-07-08"
    )
    assert root.xpath(f"{ID}//a:FRBRlanguage/@language", namespaces=A) == ["vie"]
    assert root.xpath(f"{ID}/a:FRBRManifestation/a:FRBRthis/@value", namespaces=A)[0] == (
        f"{work}/vie@2022-07-08/!main.xml"
    )


def test_preface_preamble_and_conclusions() -> None:
    root = _root(sample())
    assert root.xpath("string(//a:preface//a:docNumber)", namespaces=A) == "05/NQ-HĐND"
    assert root.xpath("string(//a:preface//a:docType)", namespaces=A) == "NGHỊ QUYẾT"
    assert root.xpath("//a:preface//a:docDate/@date", namespaces=A) == ["2022-07-08"]
    assert root.xpath("string(//a:longTitle//a:docTitle)", namespaces=A).startswith("Về tình")
    assert len(root.xpath("//a:preamble/a:citations/a:citation", namespaces=A)) == 2
    assert len(root.xpath("//a:preamble/a:recitals/a:recital", namespaces=A)) == 1
    assert root.xpath("string(//a:formula/a:p)", namespaces=A) == "QUYẾT NGHỊ:"
    assert len(root.xpath("//a:conclusions//a:blockList/a:item", namespaces=A)) == 2
    assert root.xpath("string(//a:signature/a:person)", namespaces=A) == "Phạm Văn Hiếu"
    roles = root.xpath("//a:signature/a:role/text()", namespaces=A)
    assert roles == ["TM. HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH"]


def test_citations_become_refs() -> None:
    root = _root(sample())
    hrefs = root.xpath("//a:ref/@href", namespaces=A)
    assert WORK_URI in hrefs
    assert "#art_2__para_3" in hrefs
    ref = root.xpath("//a:citation[@eId='citation_2']//a:ref", namespaces=A)[0]
    assert ref.text.startswith("Nghị quyết số 60/NQ-HĐND")
    assert ref.getparent().text == "Căn cứ "
    assert ref.tail == ";"


def test_body_elements_by_level() -> None:
    root = _root(sample())
    art = root.xpath("//a:article[@eId='art_2']", namespaces=A)[0]
    assert art.xpath("string(a:num)", namespaces=A) == "Điều 2."
    assert art.xpath("string(a:heading)", namespaces=A) == "Tổ chức thực hiện"
    para = art.xpath("a:paragraph[@eId='art_2__para_3']", namespaces=A)[0]
    assert para.xpath("string(a:intro/a:p)", namespaces=A) == "Đối tượng áp dụng gồm:"
    assert para.xpath("a:point/a:num/text()", namespaces=A) == ["a)", "đ)"]


def test_duplicate_numbers_get_distinct_eids() -> None:
    at = Span(start=0, end=0, line=1, end_line=1)
    twin = Node(kind=NodeKind.DIEU, number="1", text="x", span=at)
    xml = to_akn(Document(body=(twin, twin)))
    assert errors(xml) == []
    assert [e for e in eids(xml) if e.startswith("art")] == ["art_1", "art_1-2"]


def test_empty_document_and_control_characters_still_validate() -> None:
    assert errors(to_akn(Document())) == []
    at = Span(start=0, end=0, line=1, end_line=1)
    odd = Node(kind=NodeKind.DIEU, number="1\x0b", title="a\x00b\ufffe", text="\x1fc", span=at)
    assert errors(to_akn(Document(body=(odd,)))) == []


@settings(
    max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(documents())
def test_generated_documents_validate(doc: Document) -> None:
    xml = to_akn(doc)
    assert errors(xml) == []
    ids = eids(xml)
    assert len(ids) == len(set(ids))


@pytest.mark.skipif(not DEV_FILES, reason="dev corpus not found (../shared/corpus/dev)")
@pytest.mark.parametrize("path", DEV_FILES, ids=lambda p: p.name[:60])
def test_dev_corpus_validates(path: Path) -> None:
    xml = to_akn(parsed(path))
    assert errors(xml) == []
    ids = eids(xml)
    assert len(ids) == len(set(ids))


def test_undated_documents_take_the_year_of_their_number_or_a_marked_placeholder() -> None:
    header = sample().header.model_copy(update={"date": None, "number": "45/2022/QH15"})
    root = _root(sample().model_copy(update={"header": header, "closing": None}))
    assert root.xpath(f"{ID}/a:FRBRWork/a:FRBRuri/@value", namespaces=A) == [
        "/akn/vn/act/nghi-quyet/2022/45-2022-qh15"
    ]
    assert root.xpath(f"{ID}/a:FRBRWork/a:FRBRdate/@name", namespaces=A) == ["year"]
    bare = _root(Document())
    assert bare.xpath(f"{ID}/a:FRBRWork/a:FRBRdate/@name", namespaces=A) == ["unknown"]
    assert errors(to_akn(Document())) == []


def test_refs_match_citations_across_source_line_breaks() -> None:
    doc = sample()
    wrapped = doc.citations[0].model_copy(
        update={"text": "Nghị quyết số 60/NQ-HĐND ngày 08 tháng\n12 năm  2021"}
    )
    root = _root(doc.model_copy(update={"citations": (wrapped,)}))
    refs = root.xpath("//a:citation[@eId='citation_2']//a:ref", namespaces=A)
    assert [r.get("href") for r in refs] == [WORK_URI]


def test_dash_sub_points_are_counted() -> None:
    at = Span(start=0, end=0, line=1, end_line=1)
    dashes = tuple(
        Node(kind=NodeKind.TIET, number="-", label="-", text=t, span=at) for t in ("x;", "y.")
    )
    art = Node(kind=NodeKind.DIEU, number="1", children=dashes, span=at)
    xml = to_akn(Document(body=(art,)))
    assert errors(xml) == []
    assert [e for e in eids(xml) if e.startswith("art")] == [
        "art_1",
        "art_1__indent_1",
        "art_1__indent_2",
    ]
