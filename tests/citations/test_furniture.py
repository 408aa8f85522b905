"""Citations split by a Công báo page break (page header and page number inside them)."""

from __future__ import annotations

import datetime as dt
import time
import unicodedata

import pytest

from nghiquyet.citations.find import find_citations, iter_citations
from nghiquyet.citations.furniture import PageView
from nghiquyet.normalize import normalize

# Page breaks as the Công báo text layers print them: the page number below or above the
# header, blank lines around (raw corpus, 2021-2026).
BELOW = " \n\nCÔNG BÁO/Số 276/Ngày 16-05-2026 \n60\n \n \n"
ABOVE = " \n\n \n8 \nCÔNG BÁO/Số 261 + 262/Ngày 06-3-2022 \n  \n"
PADDED = " \n\n \n \nCÔNG BÁO/Số 659 + 660/Ngày 05-7-2021 \n21 \n \n"


@pytest.mark.parametrize("brk", [BELOW, ABOVE, PADDED])
@pytest.mark.parametrize(
    ("before", "after", "number", "date"),
    [
        # "khoản 1, 2, 3, 4 Điều 16 Nghị định số 131/2021/NĐ- ⏎ ... ⏎ CP và khoản 2"
        ("Điều 16 Nghị định số 131/2021/NĐ-", "CP và khoản 2", "131/2021/NĐ-CP", None),
        # "Nghị định số ⏎ ... ⏎ 143/2016/NĐ-CP đã được sửa đổi"
        ("Điều 8 Nghị định số", "143/2016/NĐ-CP đã được sửa đổi", "143/2016/NĐ-CP", None),
        # "Thông tư số 76/2018/TT-BTC ngày 17 ⏎ ... ⏎ tháng 8 năm 2018 của Bộ trưởng"
        (
            "Thông tư số 76/2018/TT-BTC ngày 17",
            "tháng 8 năm 2018 của Bộ trưởng Bộ Tài chính;",
            "76/2018/TT-BTC",
            dt.date(2018, 8, 17),
        ),
        # "Thông tư số 94/2025/TT-BNNMT ngày ⏎ ... ⏎ 31/12/2025 của Bộ trưởng"
        (
            "Thông tư số 94/2025/TT-BNNMT ngày",
            "31/12/2025 của Bộ",
            "94/2025/TT-BNNMT",
            dt.date(2025, 12, 31),
        ),
        # "Nghị định số 136/2013/NĐ-CP ngày 21 tháng 10 ⏎ ... ⏎ năm 2013 của Chính phủ"
        (
            "Nghị định số 136/2013/NĐ-CP ngày 21 tháng 10",
            "năm 2013 của Chính phủ",
            "136/2013/NĐ-CP",
            dt.date(2013, 10, 21),
        ),
    ],
)
def test_a_page_break_inside_a_citation(
    brk: str, before: str, after: str, number: str, date: dt.date | None
) -> None:
    text = before + brk + after
    (c,) = [c for c in find_citations(text) if c.number]
    assert (c.number, c.date) == (number, date)
    assert text[c.span.start : c.span.end] == c.text
    assert c.text.startswith(("Nghị định số", "Thông tư số"))


def test_the_issuer_after_a_page_break() -> None:
    # "... ngày 29 tháng 9 năm 2021 của Bộ trưởng Bộ Tài ⏎ ... ⏎ chính"
    text = "Thông tư số 80/2021/TT-BTC ngày 29 tháng 9 năm 2021 của Bộ trưởng Bộ Tài" + BELOW
    text += "chính;"
    (c,) = find_citations(text)
    assert c.issuer == "Bộ trưởng Bộ Tài chính"
    assert c.text == text[: text.index(";")]


def test_a_type_word_split_by_a_page_break() -> None:
    text = "theo quy định tại Nghị" + PADDED + "định số 35/2021/NĐ-CP ngày 31/3/2021"
    (c,) = find_citations(text)
    assert (c.doc_type, c.number, c.date) == ("Nghị định", "35/2021/NĐ-CP", dt.date(2021, 3, 31))
    assert c.span.start == text.index("Nghị")


def test_spans_stay_exact_in_a_decomposed_source() -> None:
    text = unicodedata.normalize(
        "NFD", "Căn cứ Thông tư số 27/2016/TT-" + BELOW + "BLĐTBXH ngày 01 tháng 9 năm 2016;"
    )
    (c,) = find_citations(text)
    assert c.number == "27/2016/TT-BLĐTBXH"
    assert c.text == text[c.span.start : c.span.end]
    shown = unicodedata.normalize("NFC", c.text)
    assert shown.startswith("Thông tư số 27") and shown.endswith("năm 2016")


def test_text_that_only_names_the_gazette_is_kept() -> None:
    # Not a page header: no line of its own, or not the header's shape.
    for text in (
        "đăng CÔNG BÁO/Số 276/Ngày 16-05-2026 Nghị định số 1/2020/NĐ-\nCP",
        "Nghị định số 1/2020/NĐ-\n\nCÔNG BÁO điện tử\n\nCP",
    ):
        assert PageView(normalize(text)).norm.text == normalize(text).text


def test_offsets_into_the_view() -> None:
    text = "a số" + BELOW + "12/2020/NĐ-CP b"
    view = PageView(normalize(text))
    assert view.norm.text == "a số\n12/2020/NĐ-CP b"
    assert view.offset(text.index("12/")) == view.norm.text.index("12/")
    assert view.offset(text.index("CÔNG")) == 4  # inside the break: its line break
    assert view.offset(2) == 2
    norm = normalize(text)
    # iter_citations' start and end are offsets into the normalized text, as before.
    (c,) = iter_citations(norm, 0, len(norm.text))
    assert c.number == "12/2020/NĐ-CP"
    assert not list(iter_citations(norm, text.index("12/") + 1, len(norm.text)))


@pytest.mark.parametrize(
    "piece",
    [
        "số \n\nCÔNG BÁO/Số 1/Ngày 1-1-2026 \n1\n",
        "CÔNG BÁO",
        "CÔNG BÁO/Số 1/Ngày 1-1-2026 \n",
        "\n\n\n\nCÔNG BÁO/Số 1 + 2/Ngày 01-1-2026\n\n",
        "Nghị định số 1/2020/NĐ-\n\nCÔNG BÁO/Số 2/Ngày 1-1-2026\n3\n\nCP ",
    ],
)
def test_a_megabyte_of_page_breaks_is_quick(piece: str) -> None:
    text = piece * (1_000_000 // len(piece))
    t0 = time.process_time()
    cites = find_citations(text)
    assert time.process_time() - t0 < 10
    assert all(c.text == text[c.span.start : c.span.end] for c in cites[:100])


def test_a_signature_stamp_and_a_doubled_page_number() -> None:
    # The first page's foot: the digital signature stamp, then the next page's header.
    stamp = (
        " \nNgười ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\nEmail: thongtinchinhphu@chinhphu.vn\n"
        "Cơ quan: VĂN PHÒNG CHÍNH PHỦ\nThời gian ký: 14.11.2024 14:49:09 +07:00\n\n \n \n"
        "CÔNG BÁO/Số 1239 + 1240/Ngày 10-11-2024 \n3 \n \n"
    )
    text = "của Thông tư số 07/2023/TT-BLĐTBXH ngày 28 tháng 8 năm" + stamp + "2023 của Bộ trưởng"
    (c,) = find_citations(text)
    assert (c.number, c.date) == ("07/2023/TT-BLĐTBXH", dt.date(2023, 8, 28))
    doubled = " \n\n \n \n85\n85 \n   \n \nCÔNG BÁO/Số 233 + 234/Ngày 02-02-2025 \n  \n"
    text = "Thông tư số 27/2018/TT-BLĐTBXH ngày 25 tháng 12" + doubled + "năm 2018 của Bộ"
    (c,) = find_citations(text)
    assert c.date == dt.date(2018, 12, 25)
