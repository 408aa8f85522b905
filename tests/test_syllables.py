"""Joining syllables that a crawl split with spaces."""

from __future__ import annotations

import pytest

from nghiquyet import parse_text
from nghiquyet.syllables import is_syllable, rejoin


@pytest.mark.parametrize(
    ("split", "joined"),
    [
        ("Qu ả ng Ngãi", "Quảng Ngãi"),
        ("CHỦ TỊCH Đặ ng Văn Minh", "CHỦ TỊCH Đặng Văn Minh"),
        ("KT. CHỦ TỊ CH P HÓ CHỦ T Ị CH", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH"),
        ("ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"),
        ("T hành phố Hồ Chí M inh,", "Thành phố Hồ Chí Minh,"),
    ],
)
def test_split_syllables_are_joined(split: str, joined: str) -> None:
    assert rejoin(split) == joined


@pytest.mark.parametrize(
    "text",
    [
        "Ngu y ễn Hữu Tín",  # each piece is a syllable: nothing tells them apart from words
        "theo điểm b khoản 2 Điều 5",
        "- CT, các PCT UBND tỉnh;",
        "Lưu: VT, KT(Thủy, Nho).",
        "TM. ỦY BAN NHÂN DÂN",
        "Chương IV QUY ĐỊNH CHUNG",
    ],
)
def test_words_stay_apart(text: str) -> None:
    assert rejoin(text) == text


def test_syllables() -> None:
    words = "quảng nghiêng khuỷu thuyền hoạch oanh huỳnh giường nguyễn tuyết quốc ếch TỊCH"
    assert all(is_syllable(w) for w in words.split())
    assert not any(is_syllable(w) for w in ("ng", "Đặ", "dâ", "T", "CH", "hồch", "UBND"))


def test_split_place_and_signer_of_a_crawl() -> None:
    text = (
        "| ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
        "| Số: 1351/QĐ-UBND | Qu ả ng Ngãi, ngày 04 tháng 10 năm 2022 |\n\n"
        "QUYẾT ĐỊNH\n\nCÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\n"
        "QUYẾT ĐỊNH:\n\nĐiều 1. Công bố kèm theo Quyết định này danh mục.\n\n"
        "| Nơi nhận: - Như Điều 1; - Lưu: VT. | CHỦ TỊCH Đặ ng Văn Minh |\n|---|---|\n"
    )
    doc = parse_text(text)
    assert doc.header.place == "Quảng Ngãi"
    assert doc.signatory is not None
    assert (doc.signatory.title, doc.signatory.name) == ("CHỦ TỊCH", "Đặng Văn Minh")
    # The spans still point at the source as printed.
    span = doc.header.spans["place"]
    assert "Qu ả ng Ngãi" in text[span.start : span.end]
