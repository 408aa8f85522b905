"""Resolution: typo variants within one text, the catalogue, and what stays unresolved."""

from __future__ import annotations

import datetime as dt

import pytest

from nghiquyet.citations.catalogue import Catalogue, Entry, same_name
from nghiquyet.citations.find import find_citations
from nghiquyet.citations.resolve import resolve
from nghiquyet.models import Citation, CitationKind, Document, Header

SEED_LINES = (
    "Quốc hội ban hành Nghị quyết số 45/2022/QH ngày 11 tháng 01 năm 2022 về thí điểm;\n"
    "Tiếp tục triển khai thực hiện Nghị quyết số 45/2022/QH15 ngày 11 tháng 01 năm 2022 của "
    "Quốc hội về thí điểm một số cơ chế."
)


def test_seed_typo_resolves_to_the_full_form() -> None:
    result = resolve(find_citations(SEED_LINES))
    first, second = result.citations
    assert (first.number, first.number_raw, first.resolved_id) == (
        "45/2022/QH15",
        "45/2022/QH",
        "45/2022/QH15",
    )
    assert first.term == "QH15" and second.number == "45/2022/QH15"
    assert [d.code for d in result.diagnostics] == ["NQC101", "NQC103"]
    assert result.diagnostics[0].span == first.span


def test_a_different_date_is_a_different_document() -> None:
    text = (
        "Nghị quyết số 45/2022/QH ngày 12 tháng 3 năm 2022; "
        "Nghị quyết số 45/2022/QH15 ngày 11 tháng 01 năm 2022"
    )
    first, _ = resolve(find_citations(text)).citations
    assert (first.number, first.resolved_id) == ("45/2022/QH", None)


def test_no_full_form_stays_unresolved_with_a_diagnostic() -> None:
    result = resolve(find_citations("Nghị quyết số 45/2022/QH ngày 11 tháng 01 năm 2022"))
    (c,) = result.citations
    assert (c.number, c.resolved_id) == ("45/2022/QH", None)
    assert [d.code for d in result.diagnostics] == ["NQC101"]


def test_two_candidates_are_never_merged() -> None:
    text = "Nghị quyết số 45/2022/QH; Nghị quyết số 45/2022/QH15; Nghị quyết số 45/2022/UBTVQH15"
    first = resolve(find_citations(text)).citations[0]
    assert first.number == "45/2022/QH15"  # UBTVQH is another body: not a candidate


def test_year_outside_term_is_reported() -> None:
    result = resolve(find_citations("Luật Đất đai số 31/2024/QH14"))
    assert [d.code for d in result.diagnostics] == ["NQC102", "NQC105"]  # known: 31/2024/QH15
    assert result.citations[0].number == "31/2024/QH14"  # reported, not rewritten


def test_builtin_catalogue_names_unnumbered_laws() -> None:
    text = (
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật Tổ chức chính quyền "
        "địa phương ngày 19 tháng 6 năm 2015; Luật Hoạt động giám sát ngày 20 tháng 11 năm 2015"
    )
    got = [c.resolved_id for c in resolve(find_citations(text)).citations]
    assert got == ["76/2015/QH13", "77/2015/QH13", None]


def test_resolution_keeps_the_printed_date_and_adds_no_number() -> None:
    (c,) = resolve(find_citations("Bộ luật Dân sự ngày 24 tháng 11 năm 2015")).citations
    assert (c.number, c.date, c.resolved_id) == (None, dt.date(2015, 11, 24), "91/2015/QH13")
    assert c.uri == "/akn/vn/act/bo-luat/2015-11-24/91-2015-qh13"


def test_wrong_printed_date_is_reported() -> None:
    text = "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2015"
    result = resolve(find_citations(text))
    assert result.citations[0].resolved_id is None
    assert [d.code for d in result.diagnostics] == ["NQC104"]


def test_injected_lookup() -> None:
    calls: list[Citation] = []

    def lookup(c: Citation) -> Entry | None:
        calls.append(c)
        return Entry("mine", number=c.number)

    (c,) = resolve(find_citations("Nghị định số 15/2019/NĐ-CP"), catalogue=lookup).citations
    assert c.resolved_id == "mine" and len(calls) == 1


def test_empty_catalogue_resolves_nothing() -> None:
    (c,) = resolve(
        find_citations("Bộ luật Dân sự ngày 24 tháng 11 năm 2015"), Catalogue()
    ).citations
    assert c.resolved_id is None


def test_catalogue_from_documents() -> None:
    doc = Document(
        header=Header(
            number="15/2019/NĐ-CP",
            doc_type="Nghị định",
            date=dt.date(2019, 2, 1),
            title="Quy định chi tiết ...",
        )
    )
    cat = Catalogue.from_documents([doc])
    assert cat.get("15/2019/ND-CP") is not None
    assert cat.get("15 / 2019 / NĐ–CP") == cat.get("15/2019/NĐ-CP")
    (c,) = resolve(find_citations("theo Nghị định số 15/2019/NĐ-CP"), cat).citations
    assert c.resolved_id == "15/2019/NĐ-CP"
    assert "77/2015/QH13" in {e.id for e in cat}  # built-in laws are kept


def test_self_reference_resolves_to_own_number() -> None:
    (c,) = resolve(find_citations("Nghị quyết này"), own_number="05/NQ-HĐND").citations
    assert (c.kind, c.resolved_id) == (CitationKind.SELF, "05/NQ-HĐND")


def test_same_name() -> None:
    assert same_name("Luật Tổ chức chính quyền địa phương", "Tổ chức Chính quyền địa phương")
    assert not same_name("Tổ chức Chính phủ", "Tổ chức chính quyền địa phương")


def test_wrong_printed_number_is_reported() -> None:
    result = resolve(find_citations("Luật Tổ chức chính quyền địa phương số 75/2025/QH15"))
    assert result.citations[0].resolved_id is None
    codes = [d.code for d in result.diagnostics]
    assert codes == ["NQC105", "NQC105"]  # 65/2025/QH15 and 72/2025/QH15 are both known


def test_a_number_without_its_leading_zero_takes_the_padded_id() -> None:
    # hdnd/congbao: "Nghị định số 04/2023/NĐ-CP ..." and later "Nghị định số 4/2023/NĐ-CP".
    text = (
        "Căn cứ Nghị định số 04/2023/NĐ-CP ngày 13 tháng 02 năm 2023 của Chính phủ; "
        "theo quy định tại Nghị định số 4/2023/NĐ-CP."
    )
    result = resolve(find_citations(text))
    full, short = result.citations
    assert (short.number, short.id, short.resolved_id) == (
        "4/2023/NĐ-CP",
        "04/2023/NĐ-CP",
        "04/2023/NĐ-CP",
    )
    assert full.id == "04/2023/NĐ-CP" and short.uri == full.uri
    assert [d.code for d in result.diagnostics] == ["NQC103"]


def test_a_yearless_number_without_its_zero_needs_the_same_date() -> None:
    text = "Quyết định số 7/QĐ-UBND; Quyết định số 07/QĐ-UBND ngày 02/02/2021"
    first, _ = resolve(find_citations(text)).citations
    assert (first.id, first.resolved_id) == ("7/QĐ-UBND", None)
    text = "Quyết định số 7/QĐ-UBND ngày 02/02/2021; Quyết định số 07/QĐ-UBND ngày 02/02/2021"
    first, _ = resolve(find_citations(text)).citations
    assert first.resolved_id == "07/QĐ-UBND"
    text = "Nghị định số 4/2023/NĐ-CP ngày 5/5/2023; Nghị định số 04/2023/NĐ-CP ngày 13/02/2023"
    first, _ = resolve(find_citations(text)).citations
    assert first.resolved_id is None


def test_an_impossible_year_takes_the_number_cited_in_full() -> None:
    text = (
        "Căn cứ Nghị định số 142/2025/NĐ-CP ngày 12/6/2025; Nghị định số 142/2024/NĐ-CP; "
        "theo Mẫu số 10 ban hành kèm theo Nghị định số 142/2205/NĐ-CP"
    )
    r = resolve(find_citations(text))
    assert [c.number for c in r.citations] == ["142/2025/NĐ-CP", "142/2024/NĐ-CP", "142/2025/NĐ-CP"]
    assert r.citations[2].number_raw == "142/2205/NĐ-CP"
    assert (r.citations[2].year, r.citations[2].resolved_id) == (2025, "142/2025/NĐ-CP")
    assert [d.code for d in r.diagnostics] == ["NQC106", "NQC103"]


@pytest.mark.parametrize(
    "text",
    [
        # not cited in full elsewhere
        "Nghị định số 142/2205/NĐ-CP",
        # two candidates, one digit each away
        "Nghị định số 142/2025/NĐ-CP; Nghị định số 142/2005/NĐ-CP; Nghị định số 142/2205/NĐ-CP",
        # another date
        "Nghị định số 142/2025/NĐ-CP ngày 12/6/2025; Nghị định số 142/2205/NĐ-CP ngày 1/2/2025",
    ],
)
def test_an_impossible_year_is_kept_as_printed_when_unsure(text: str) -> None:
    r = resolve(find_citations(text))
    assert r.citations[-1].number == "142/2205/NĐ-CP"
    assert r.citations[-1].resolved_id is None
    assert "NQC106" in [d.code for d in r.diagnostics]
