"""The public parse API: inputs of every kind, bad input, and regexes under pressure."""

from __future__ import annotations

import contextlib
import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import nghiquyet
from nghiquyet import Document, NghiquyetError, ReadError, parse, parse_file

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_077e01998b7256ce.txt"


def test_parse_accepts_text_bytes_and_paths() -> None:
    text = SEED.read_text(encoding="utf-8")
    from_text = parse(text)
    from_bytes = parse(text.encode("utf-8"))
    from_path = parse(SEED)
    assert from_text.header == from_bytes.header == from_path.header
    assert from_path.source.path == str(SEED)
    assert from_path.source.format == "text"
    assert from_path.source.sha256 is not None and len(from_path.source.sha256) == 64


def test_seed_scorer_contract() -> None:
    d = parse_file(SEED).model_dump(mode="json")
    assert d["schema_version"] == nghiquyet.SCHEMA_VERSION
    assert d["header"]["number"] == "05/NQ-HĐND"
    assert d["header"]["date"] == "2022-07-08"
    assert [n["kind"] for n in d["body"]] == ["dieu"] * 4
    assert [n["number"] for n in d["body"]] == ["1", "2", "3", "4"]
    assert d["signatory"]["name"] == "Phạm Văn Hiếu"
    assert len(d["recipients"]) == 17


def test_nfd_input_parses_like_nfc() -> None:
    text = SEED.read_text(encoding="utf-8")
    nfd = unicodedata.normalize("NFD", text)
    a, b = parse(text), parse(nfd)
    skip = {"spans": True, "session": {"span"}}
    assert a.header.model_dump(exclude=skip) == b.header.model_dump(exclude=skip)
    assert [x.number for x in a.articles] == [x.number for x in b.articles]
    span = b.header.spans["number"]
    assert unicodedata.normalize("NFC", nfd[span.start : span.end]) == "Số: 05 /NQ-HĐND"


def test_crlf_and_bom_input() -> None:
    text = SEED.read_text(encoding="utf-8").replace("\n", "\r\n")
    doc = parse(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert doc.header.date == dt.date(2022, 7, 8)
    assert len(doc.articles) == 4


@pytest.mark.parametrize("text", ["", "   \n\n  ", "xin chào", "\x00\x01\x02"])
def test_odd_text_gives_a_document_with_diagnostics(text: str) -> None:
    doc = parse(text)
    assert isinstance(doc, Document)
    assert doc.diagnostics


def test_missing_file_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no such file"):
        parse_file(tmp_path / "absent.txt")


def test_directory_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError):
        parse_file(tmp_path)


def test_binary_and_non_utf8_are_read_errors(tmp_path: Path) -> None:
    binary = tmp_path / "x.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(ReadError):
        parse_file(binary)


def test_corrupt_word97_is_a_read_error(tmp_path: Path) -> None:
    doc = tmp_path / "x.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(ReadError, match=r"corrupt \.doc"):
        parse_file(doc)


def test_parse_rejects_other_types() -> None:
    with pytest.raises(NghiquyetError):
        parse(12345)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "unit",
    [
        *("1", ".", " ", "Điều ", "Số: ", "1/", "-", "a)", "ngày 1 tháng ", "“", "*", "|"),
        *("Căn cứ ", "UBND TỈNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "),
        "Tiểu mục\n",  # lines a token joins: one string grown line by line was quadratic
    ],
)
def test_one_megabyte_lines_do_not_hang(unit: str) -> None:
    text = unit * (1_000_000 // len(unit))
    doc = parse(text)  # returns: no catastrophic backtracking (the suite's time budget guards it)
    assert isinstance(doc, Document)


@pytest.mark.parametrize(
    ("head", "unit", "tail"),
    [
        ("Chương I", "\u2002", "a"),  # spaces, then the lower case of a wrapped reference
        ("Mục 1", "\u2002", "a"),
        ("NGHỊ QUYẾT\n\nVỀ VIỆC A", " -", " x"),  # a title's rule, not at its end
        ("Điều 1. A 1. B. 2. C. ", "x 5. Y. ", ""),  # an article and its khoản on one line
        ("Điều 1. A\n\nNơi nhận:\n- A;\n\nCHỦ TỊCH\n\n", "T ", ""),  # split syllables
    ],
)
def test_one_megabyte_lines_around_a_head_do_not_hang(head: str, unit: str, tail: str) -> None:
    text = head + unit * (1_000_000 // len(unit)) + tail
    assert isinstance(parse(text), Document)


def test_a_megabyte_of_numbers_without_type_words_is_linear() -> None:
    text = " 1/2020/QĐ-TTg" * (1_000_000 // 14)  # each a bare number; no date after any
    assert len(parse(text).citations) == 1_000_000 // 14


def test_a_megabyte_basis_line_keeps_every_citation() -> None:
    unit = (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015, "
        "Nghị định số 15/2022/NĐ-CP và khoản 2 Điều 3; "
    )
    count = 1_000_000 // len(unit)
    doc = parse(unit * count)  # linear: one search per căn cứ region, not one per citation
    assert len(doc.basis) == len(doc.citations) == 3 * count


def test_many_short_lines() -> None:
    text = "Điều 1. A\n" + "1. x\n" * 20_000
    doc = parse(text)
    assert len(doc.articles[0].children) == 20_000


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("Điều 1.a)-/:;\n “”*#|ĐđSốQHNQCP0123456789 TMKT")),
        max_size=400,
    )
)
def test_never_raises_on_generated_text(text: str) -> None:
    assert isinstance(parse(text), Document)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_any_unicode(text: str) -> None:
    doc = parse(text)
    for node in doc.walk():
        assert 0 <= node.span.start <= node.span.end <= len(text)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300))
def test_bytes_give_a_document_or_a_read_error(data: bytes) -> None:
    with contextlib.suppress(ReadError):
        assert isinstance(parse(data), Document)
