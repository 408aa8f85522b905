"""The số ký hiệu grammar: canonical forms, parts, ids and URIs."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.citations.strategies import canonical_numbers, printed_variants

from nghiquyet.citations.canonical import (
    canonical_number,
    citation_id,
    footnote_mark,
    number_key,
    parse_number,
    work_uri,
)


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("45/2022/QH15", "45/2022/QH15"),
        ("15/2022/NĐ-CP", "15/2022/NĐ-CP"),
        ("01/2023/TT-BTC", "01/2023/TT-BTC"),
        ("05/2022/NQ-HĐND", "05/2022/NQ-HĐND"),
        ("05 /NQ-HĐND", "05/NQ-HĐND"),
        ("895/QĐ-TTg", "895/QĐ-TTg"),
        ("13-NQ/TW", "13-NQ/TW"),
        ("36-HD/VPTW", "36-HD/VPTW"),
        ("107-CP", "107-CP"),
        ("11/2003/QH11", "11/2003/QH11"),
        (
            "01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH",
            "01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH",
        ),
        ("3210/QĐ - U B ND", "3210/QĐ-UBND"),
        ("3467 /QD-BYT", "3467/QĐ-BYT"),
        ("147/2020/ND-CP", "147/2020/NĐ-CP"),
        ("135/2025/QHI5", "135/2025/QH15"),
        ("102/2017/NÐ-CP", "102/2017/NĐ-CP"),
        ("28/2021/QĐ-TTG", "28/2021/QĐ-TTg"),
        ("24/2026//NQ-CP", "24/2026/NQ-CP"),
        ("08/2022/NĐCP", "08/2022/NĐ-CP"),
        ("66-NQ/TW1", "66-NQ/TW"),
        ("66.19/2026/NQ-CP", "66.19/2026/NQ-CP"),
        ("2877/TT-SXD(KTXD)", "2877/TT-SXD(KTXD)"),
        ("5115/LĐTBXH-KHTC", "5115/LĐTBXH-KHTC"),
        ("26/2005/PL-UBTVQH11", "26/2005/PL-UBTVQH11"),
        ("15/2022/NĐ–CP", "15/2022/NĐ-CP"),
        ("Số: 60-NQ/TW", "60-NQ/TW"),
        ("19-2017/NQ-CP", "19/2017/NQ-CP"),  # a dash typed for the slash before the year
        ("19 - 2017/NQ-CP", "19/2017/NQ-CP"),
    ],
)
def test_canonical_number(raw: str, canonical: str) -> None:
    assert canonical_number(raw) == canonical


@pytest.mark.parametrize(
    "raw", ["..../2022/QĐ-TTg", "/BC-UBND", "01/01/2017", "2506.10.00", "", "Số:", "abc"]
)
def test_not_a_number(raw: str) -> None:
    assert canonical_number(raw) is None


def test_parts_of_a_normative_number() -> None:
    p = parse_number("01/2023/TT-BTC")
    assert p is not None
    assert (p.seq, p.year, p.type_code, p.issuer_codes, p.doc_type) == (
        "01",
        2023,
        "TT",
        ("BTC",),
        "Thông tư",
    )


def test_parts_of_a_legislature_number() -> None:
    p = parse_number("45/2022/QH15")
    assert p is not None
    assert (p.term, p.issuer_codes, p.type_code, p.problems) == ("QH15", ("QH",), None, ())


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("45/2022/QH", "missing_term"),
        ("31/2024/QH14", "year_outside_term"),
        ("142/2205/NĐ-CP", "impossible_year"),
    ],
)
def test_problems(raw: str, problem: str) -> None:
    p = parse_number(raw)
    assert p is not None and p.problems == (problem,)


def test_party_number() -> None:
    p = parse_number("13-NQ/TW")
    assert p is not None
    assert (p.shape, p.type_code, p.issuer_codes) == ("party", "NQ", ("TW",))


def test_number_key_ignores_zero_padding() -> None:
    assert number_key("05/NQ-HĐND") == number_key("5/NQ-HĐND")
    assert number_key("05/NQ-HĐND") != number_key("50/NQ-HĐND")


def test_ids_and_uris() -> None:
    assert citation_id("Luật", None, dt.date(2015, 6, 19)) == "luat@2015-06-19"
    assert citation_id("Nghị quyết", "45/2022/QH15", None) == "45/2022/QH15"
    assert work_uri("Nghị quyết", "05/NQ-HĐND", dt.date(2022, 7, 8)) == (
        "/akn/vn/act/nghi-quyet/2022-07-08/05-nq-hdnd"
    )
    assert (
        work_uri("Nghị định", "15/2022/NĐ-CP", None) == "/akn/vn/act/nghi-dinh/2022/15-2022-nd-cp"
    )
    assert work_uri(None, None, None) is None


@given(st.data())
def test_every_printed_variant_normalizes_to_one_id(data: st.DataObject) -> None:
    number = data.draw(canonical_numbers())
    printed = data.draw(printed_variants(number))
    assert canonical_number(printed) == number
    assert number_key(canonical_number(printed) or "") == number_key(number)


@given(st.text(max_size=60))
def test_canonical_number_never_raises(text: str) -> None:
    result = canonical_number(text)
    assert result is None or "/" in result or "-" in result


@pytest.mark.parametrize(
    ("raw", "mark"),
    [
        ("140/NQ-CP2", "2"),
        ("12/2020/QĐ-TTg12", "12"),
        ("45/2022/QH15", None),
        ("30/2016/UBTVQH14", None),
        ("421/BC-UBPLTP15", None),
        ("140/NQ-CP", None),
        ("66-NQ/TW1", None),
    ],
)
def test_footnote_mark(raw: str, mark: str | None) -> None:
    assert footnote_mark(raw) == mark


def test_party_department_codes_are_numbers() -> None:
    assert canonical_number("120-HD/BTGTU") == "120-HD/BTGTU"
    assert canonical_number("10-CV/VPTU") == "10-CV/VPTU"
    assert canonical_number("3-4/ABC") is None
