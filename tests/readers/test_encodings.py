"""Encodings: detection with evidence, round trips through every legacy encoding, NFC."""

from __future__ import annotations

import unicodedata

import pytest
from tests.readers.builders import parsed
from tests.readers.corpus import DEV, need, tree
from tests.readers.legacy_encoders import ENCODERS

from nghiquyet import parse
from nghiquyet.errors import ReadError
from nghiquyet.readers import read_bytes
from nghiquyet.readers.encodings import decode
from nghiquyet.readers.evidence import is_syllable, judge
from nghiquyet.readers.legacy import decode_tcvn3, decode_vni
from nghiquyet.readers.tcvn3_table import TABLE

# Real text (the seed's header and first căn cứ, a decree's Điều 1), every tone and vowel.
SAMPLE = """HỘI ĐỒNG NHÂN DÂN
THÀNH PHỐ CẦN THƠ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cần Thơ, ngày 08 tháng 7 năm 2022
NGHỊ QUYẾT
Về tình hình thực hiện nhiệm vụ kinh tế - xã hội, quốc phòng - an ninh
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Điều 1. Phạm vi điều chỉnh
1. Nghị định này quy định mức trợ cấp, phụ cấp ưu đãi đối với người có công với cách mạng.
a) Thân nhân liệt sĩ; người hưởng chế độ ưu đãi: khuyết tật, giữa, đường, nghĩa, quỹ, ủy.
b) Cụm từ “Bộ Lao động – Thương binh và Xã hội” được thay bằng cụm từ “BỘ NỘI VỤ”…
HẰNG, HẲN, LẴNG, BẮC, NẶNG, BỊ, HÒA, NGỎ, VÕ, CÓ, HỌC, BỘ, MỲ, MỶ, MỸ, KÝ, KỴ, kỵ, mỹ.
NỪNG, ỬNG, ỮA, CỨ, LỰC, LỜI, Ở, GỠ, MỚI, LỢI, NGHĨA, nghĩa, CŨNG, cũng, “ÚT”, “Ụ”.
"""


@pytest.mark.parametrize("name", sorted(ENCODERS))
def test_round_trip_every_legacy_encoding(name: str) -> None:
    data = ENCODERS[name](SAMPLE)
    text, chosen = decode(data)
    assert chosen == name
    assert text == SAMPLE


@pytest.mark.parametrize("name", sorted(ENCODERS))
def test_round_trip_the_seed_and_parse_the_same_tree(name: str) -> None:
    need(DEV)
    seed = unicodedata.normalize("NFC", (DEV / "seed__05-NQ-HDND-cantho-2022.md").read_text())
    data = ENCODERS[name](seed)
    source = read_bytes(data, name="seed.txt")
    assert source.encoding == name
    assert source.text == seed
    doc = parse(data)
    assert doc.source is not None and doc.source.encoding == name
    assert tree(doc) == tree(parsed(seed))


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("\ufeffĐiều 1.".encode(), "utf-8-sig"),
        ("Điều 1.".encode("utf-16-le"), "utf-16-le"),
        ("Điều 1.".encode("utf-16-be"), "utf-16-be"),
        (b"\xff\xfe" + "Điều 1.".encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + "Điều 1.".encode("utf-16-be"), "utf-16-be"),
        ("Điều 1.".encode(), "utf-8"),
        (b"Dieu 1.", "utf-8"),
    ],
)
def test_unicode_forms(data: bytes, encoding: str) -> None:
    text, chosen = decode(data)
    assert (text, chosen) == ("Điều 1." if b"Dieu" not in data else "Dieu 1.", encoding)


def test_nfd_and_composite_text_become_nfc() -> None:
    composite = "Đi\u00ea\u0300u 1. Ngh\u0131\u0323 quy\u00ea\u0301t"  # Unikey "tổ hợp"
    nfd = unicodedata.normalize("NFD", "Điều 1. Nghị quyết")
    assert decode(nfd.encode())[0] == "Điều 1. Nghị quyết"
    assert decode(composite.encode())[0] == unicodedata.normalize("NFC", composite)


@pytest.mark.parametrize(
    ("seen_as_cp1252", "expected"),
    [  # Tell-tales quoted in the spec (§9), as found in real files.
        ("§iÒu 1.", "Điều 1."),
        ("Céng hßa x· héi chñ nghÜa ViÖt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
        ("QuyÕt ®Þnh", "Quyết định"),
        ("Th«ng t\xad", "Thông tư"),
        ("CéNG HßA", "CỘNG HÒA"),  # .VnTimeH: capitals drawn from lower-case codes
    ],
)
def test_tcvn3_spec_samples(seen_as_cp1252: str, expected: str) -> None:
    assert decode_tcvn3(seen_as_cp1252.encode("cp1252")) == expected


@pytest.mark.parametrize(
    ("seen_as_cp1252", "expected"),
    [
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
        ("Ñieàu 1. Quyeát ñònh", "Điều 1. Quyết định"),
        ("Thoâng tö", "Thông tư"),
        ("COÄNG HOØA", "CỘNG HÒA"),
        (
            "ñöôïc giao nhieäm vuï, ngöôøi khai, ñaêng kyù",
            "được giao nhiệm vụ, người khai, đăng ký",
        ),
    ],
)
def test_vni_spec_samples(seen_as_cp1252: str, expected: str) -> None:
    assert decode_vni(seen_as_cp1252.encode("cp1252")) == expected


def test_tcvn3_table_is_a_full_byte_table() -> None:
    assert len(TABLE) == 256
    assert TABLE[0xA7] == "Đ" and TABLE[0xAE] == "đ" and TABLE[0xAD] == "ư"
    assert [TABLE[b] for b in range(0xB0, 0xB5)] == [
        "\u0300",
        "\u0309",
        "\u0303",
        "\u0301",
        "\u0323",
    ]


def test_mojibake_saved_as_utf8_is_repaired_and_reported() -> None:
    data = "Céng hßa x· héi chñ nghÜa ViÖt Nam\n§iÒu 1. Ph¹m vi ®iÒu chØnh".encode()
    text, encoding = decode(data)
    assert text == "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐiều 1. Phạm vi điều chỉnh"
    assert encoding == "tcvn3 (read as windows-1252, saved as utf-8)"


@pytest.mark.parametrize(
    "text",
    [
        "Điều 1. Xem § 3 của Quy chế; giá 100 µg/m³ ± 5%.",
        "Café « crème » à Paris, l'été est chaud.",
        "Hội nghị ngày 08/7/2022 tại Cần Thơ.",
    ],
)
def test_good_utf8_is_left_alone(text: str) -> None:
    assert decode(text.encode()) == (text, "utf-8")


@pytest.mark.parametrize(
    "data",
    [
        "Le café « crème » coûte trop cher à Paris, où l'été est chaud.".encode("latin-1"),
        b"caf\xe9",
        bytes(range(0x80, 0x100)) * 4,
        "Điều 1. Phạm vi".encode()[:-3] + b"\xff\xfe\xfa rest",
    ],
)
def test_no_convincing_encoding_is_a_read_error(data: bytes) -> None:
    with pytest.raises(ReadError, match="no Vietnamese legacy encoding fits"):
        decode(data)


def test_a_few_damaged_bytes_in_utf8_become_u_fffd_and_are_counted() -> None:
    # A byte lost in copying ("Hệ" lost its first byte), amid many good characters.
    good = SAMPLE.encode()
    data = good + "Hệ tọa độ VN2000".encode().replace(b"\xe1\xbb\x87", b"\xbb\x87", 1)
    text, encoding = decode(data)
    # Each byte of the broken sequence is one U+FFFD, as Python's "replace" handler gives.
    assert (text, encoding) == (
        SAMPLE + "H\ufffd\ufffd tọa độ VN2000",
        "utf-8 (2 damaged, as U+FFFD)",
    )
    # A U+FFFD the file itself holds is not counted as damage.
    assert decode(b"\xef\xbf\xbd" + data)[1] == "utf-8 (2 damaged, as U+FFFD)"


def test_damaged_utf8_is_reported_by_the_parser() -> None:
    data = SAMPLE.encode() + b"\n\xbb\x87 t\xe1\xbb\x8da\n"
    doc = parse(data)
    assert doc.source.encoding is not None and doc.source.encoding.startswith("utf-8 (")
    lost = [d for d in doc.diagnostics if d.code == "NQP005"]
    assert len(lost) == 1 and lost[0].span is not None
    assert lost[0].span.line == SAMPLE.count("\n") + 2 and lost[0].span.column == 1


def test_many_damaged_bytes_are_not_read_as_utf8() -> None:
    # Good UTF-8 glued to Latin-1: too much damage for UTF-8, and no legacy encoding fits.
    data = SAMPLE.encode() + "café à l'été, où ça coûte".encode("latin-1") * 10
    with pytest.raises(ReadError, match="no Vietnamese legacy encoding fits"):
        decode(data)


def test_binary_is_a_read_error() -> None:
    with pytest.raises(ReadError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))


def test_evidence_counts_syllables() -> None:
    assert is_syllable("nghiêng") and is_syllable("khuya") and is_syllable("được")
    assert not is_syllable("Coổng") and not is_syllable("ĐIềUU")
    assert judge("Coäng hoøa").invalid == 2
