"""find_citations: every shape of reference, exact spans, never raises, never overlaps."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.citations.strategies import canonical_numbers, printed_variants

from nghiquyet.citations.find import find_citations
from nghiquyet.models import CitationKind, Relation

D = dt.date


def numbers(text: str) -> list[str | None]:
    return [c.number for c in find_citations(text) if c.kind is CitationKind.NUMBERED]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;", ["63/2025/QH15"]),
        ("Căn cứ Nghị định số 15/2022/NĐ-CP ngày 01 tháng 02 năm 2022;", ["15/2022/NĐ-CP"]),
        ("Thông tư số 01/2023/TT-BTC của Bộ Tài chính", ["01/2023/TT-BTC"]),
        ("Nghị quyết số 05/2022/NQ-HĐND ngày 08 tháng 7 năm 2022", ["05/2022/NQ-HĐND"]),
        ("Căn cứ Nghị quyết số 60/NQ-HĐND ngày 08 tháng 12 năm 2021", ["60/NQ-HĐND"]),
        ("Quyết định số 895/QĐ-TTg ngày 09 tháng 6 năm 2021", ["895/QĐ-TTg"]),
        ("Nghị quyết số 98/NQ-CP ngày 30 tháng 8 năm 2021 của Chính phủ", ["98/NQ-CP"]),
        ("Thông tư liên tịch số 89/2016/TTLT-BTC-BCT", ["89/2016/TTLT-BTC-BCT"]),
        ("Nghị quyết số 13-NQ/TW ngày 02 tháng 4 năm 2022 của Bộ Chính trị", ["13-NQ/TW"]),
        ("Hướng dẫn số 36-HD/VPTW", ["36-HD/VPTW"]),
        ("Luật số 11/2003/QH11", ["11/2003/QH11"]),
        ("Nghị định số 107-CP", ["107-CP"]),
        ("Nghị định 158/2018/NĐ-CP quy định", ["158/2018/NĐ-CP"]),
        ("THEO QUYẾT ĐỊNH SỐ 28/2021/QĐ-TTG CỦA THỦ TƯỚNG", ["28/2021/QĐ-TTg"]),
        ("*Căn cứ Nghị quyết số* *202/2025/QH15 ngày 12 tháng 6 năm 2025", ["202/2025/QH15"]),
        ("Nghị định số 08/2021/NĐ-\nCP ngày 28 tháng 01 năm 2021", ["08/2021/NĐ-CP"]),
        ("thực hiện Nghị quyết số 66-\nNQ/TW1 của Bộ Chính trị", ["66-NQ/TW"]),
        ("Chỉ thị số 37- CT/TW ngày 03 tháng 9 năm 2019", ["37-CT/TW"]),
        ("Quyết định số 416/QĐ- TTg", ["416/QĐ-TTg"]),
        ("(Công văn số 4736/BĐVN-TCBC ngày 20/10/2018)", ["4736/BĐVN-TCBC"]),
        ("Báo cáo thẩm tra số\n413/BC-UBPLTP15 ngày 03 tháng 6 năm 2025", ["413/BC-UBPLTP15"]),
        ("Biên bản họp thẩm định giá KBCB số 1400/BB-BYT ngày 28/10/2024", ["1400/BB-BYT"]),
        ("công văn số 3418/BVNTW ngày 31/10/2024", ["3418/BVNTW"]),
        ("Nghị quyết số 147/2020/ND-CP", ["147/2020/NĐ-CP"]),
        ("Căn cứ Nghị định của Chính phủ số 10/2021/NĐ-CP ngày 09/02/2021", ["10/2021/NĐ-CP"]),
        ("Quyết định của Thủ tướng Chính phủ số 1234/QĐ-TTg", ["1234/QĐ-TTg"]),
        # The number starts the next line (PDF text, table cells one per line)
        ("thực hiện Nghị quyết\n59-NQ/TW ngày 24 tháng 01 năm 2025", ["59-NQ/TW"]),
        ("9 \nNghị \nquyết \n119/2020/QH14 ngày \n19/6/2020", ["119/2020/QH14"]),
    ],
)
def test_numbered_shapes(text: str, expected: list[str]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("các Nghị quyết số 11/NQ-CP và 12/NQ-CP của Chính phủ", ["11/NQ-CP", "12/NQ-CP"]),
        (
            "các Quyết định số 290/2005/QĐ-TTg, số 142/2008/QĐ-TTg và số 57/2013/QĐ-TTg",
            ["290/2005/QĐ-TTg", "142/2008/QĐ-TTg", "57/2013/QĐ-TTg"],
        ),
        (
            "các Tờ trình số 2138/TTr-BCT ngày 25/3/2026, số 3390/TTr-BCT và số 374/BC-BCT",
            ["2138/TTr-BCT", "3390/TTr-BCT", "374/BC-BCT"],
        ),
        (
            "Luật số 80/2015/QH13 đã được sửa đổi, bổ sung bởi Luật số 63/2020/QH14",
            ["80/2015/QH13", "63/2020/QH14"],
        ),
        (
            "Nghị quyết số 98/NQ-CP ngày 30 tháng 8 năm 2021 của Chính phủ ban hành Chương "
            "trình hành động của Chính phủ thực hiện Nghị quyết số 59-NQ/TW của Bộ Chính trị",
            ["98/NQ-CP", "59-NQ/TW"],
        ),
    ],
)
def test_lists_and_chains(text: str, expected: list[str]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "các Quyết định số 1731/QĐ-BKHĐT ngày 29 tháng 12 năm 2021 ban hành Quy chế, "
            "số 1732/QĐ-BKHĐT ngày 29 tháng 12 năm 2021 về",
            ["1731/QĐ-BKHĐT", "1732/QĐ-BKHĐT"],
        ),
        (
            "Nghị định số 45/2014/NĐ-CP ngày 15 tháng 5 năm 2014 về thu tiền sử dụng đất, "
            "số 46/2014/NĐ-CP ngày 15 tháng 5 năm 2014 về thu tiền thuê đất",
            ["45/2014/NĐ-CP", "46/2014/NĐ-CP"],
        ),
        ("Quyết định số 1/QĐ-UB. Trong đó, số 5/BC-UB", ["1/QĐ-UB"]),
        ("theo Mẫu số 01/ĐK, số 02/ĐK", []),
    ],
)
def test_list_items_after_a_title(text: str, expected: list[str]) -> None:
    assert numbers(text) == expected


def test_list_item_takes_the_type_of_its_code() -> None:
    cites = find_citations("các Tờ trình số 2138/TTr-BCT và số 374/BC-BCT")
    assert [c.doc_type for c in cites] == ["Tờ trình", "Báo cáo"]


@pytest.mark.parametrize(
    ("text", "doc_type", "date"),
    [
        (
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            "Luật",
            D(2015, 6, 19),
        ),
        ("Căn cứ Bộ luật Dân sự ngày 24 tháng 11 năm 2015;", "Bộ luật", D(2015, 11, 24)),
        ("Căn cứ Luật Giáo dục nghề nghiệp ngày 27/11/2014;", "Luật", D(2014, 11, 27)),
        ("Căn cứ Luật tổ chức chính quyền\nđịa phương ngày 19/6/2015;", "Luật", D(2015, 6, 19)),
        (
            "Căn cứ Pháp lệnh Ưu đãi người có công ngày 29 tháng 6 năm 2005;",
            "Pháp lệnh",
            D(2005, 6, 29),
        ),
        # A name whose first word also starts a type word ("Quy chế", "Công văn", "Báo cáo")
        ("Căn cứ Luật Quy hoạch ngày 24 tháng 11 năm 2017;", "Luật", D(2017, 11, 24)),
        # ... or a later word of it ("Công" starts "Công văn", "Hợp" starts "Hợp đồng")
        ("Căn cứ Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013;", "Luật", D(2013, 6, 18)),
        # a PDF line padded before its wrap, or a markdown hard break ("  ") before it
        ("Căn cứ Luật Viên chức ngày 07     \ntháng 11 năm 2024;", "Luật", D(2024, 11, 7)),
        ("Căn cứ Luật Viên chức ngày 25 tháng  \n11 năm 2019;", "Luật", D(2019, 11, 25)),
        ("Căn cứ Luật Viên chức ngày 25 tháng 11 năm   \n  2019;", "Luật", D(2019, 11, 25)),
        ("Căn cứ Luật Viên chức ngày 25 tháng 11 ,\nnăm 2019;", "Luật", D(2019, 11, 25)),
    ],
)
def test_laws_by_name_and_date(text: str, doc_type: str, date: dt.date) -> None:
    (c,) = [c for c in find_citations(text) if c.kind is CitationKind.NAMED]
    assert (c.doc_type, c.date, c.number) == (doc_type, date, None)


@pytest.mark.parametrize(
    ("text", "number", "title"),
    [
        ("Căn cứ Luật Quy hoạch số 21/2017/QH14;", "21/2017/QH14", "Quy hoạch"),
        ("3. Luật Công nghệ cao số 133/2025/QH15 ngày 10", "133/2025/QH15", "Công nghệ cao"),
        ("theo Luật Báo chí số 103/2016/QH13.", "103/2016/QH13", "Báo chí"),
        ("tại Điều 81 của Luật Luật sư số 65/2006/QH11", "65/2006/QH11", "Luật sư"),
        ("(sau đây gọi tắt là Luật 69/2020/QH14) như sau:", "69/2020/QH14", None),
        # no "số" and no date after it: no hint word in the clause
        ("tại khoản 5 Điều 31 Luật Hóa chất 69/2025/QH15 đối với", "69/2025/QH15", "Hóa chất"),
        (
            "(sau đây gọi chung là Luật Khoa học và Công nghệ số 29/2013/QH13)",
            "29/2013/QH13",
            "Khoa học và Công nghệ",
        ),
    ],
)
def test_law_name_then_number(text: str, number: str, title: str | None) -> None:
    (c,) = find_citations(text)
    assert (c.kind, c.doc_type, c.number, c.title) == (
        CitationKind.NUMBERED,
        "Luật",
        number,
        title,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Căn cứ Luật Đất đai và Nghị định số 43/2014/NĐ-CP;",
        # a few words between the type word and its number
        "Căn cứ Luật Đất đai và Nghị định của Chính phủ số 43/2014/NĐ-CP;",
    ],
)
def test_a_law_name_still_stops_before_another_numbered_document(text: str) -> None:
    cites = find_citations(text)
    assert [(c.doc_type, c.number) for c in cites] == [
        ("Luật", None),
        ("Nghị định", "43/2014/NĐ-CP"),
    ]


def test_amending_law_of_two_laws_is_one_citation() -> None:
    text = (
        "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức\n"
        "chính quyền địa phương ngày 22 tháng 11 năm 2019;"
    )
    (c,) = find_citations(text)
    assert c.kind is CitationKind.NAMED and c.date == D(2019, 11, 22)
    assert c.title is not None and c.title.startswith("sửa đổi, bổ sung")


@pytest.mark.parametrize(
    ("text", "doc_type", "date"),
    [
        (
            "Luật Sửa đổi, bổ sung một số điều của Luật Đầu tư công, Luật Đầu tư theo phương thức "
            "đối tác công tư, Luật Đầu tư, Luật Nhà ở, Luật Đấu thầu, Luật Điện lực, Luật Doanh "
            "nghiệp, Luật Thuế tiêu thụ đặc biệt và Luật Thi hành án dân\nsự ngày 11 tháng 01 năm "
            "2022;",
            "Luật",
            D(2022, 1, 11),
        ),
        (
            "Pháp lệnh bổ sung, sửa đổi một số điều lệ về thuế công thương nghiệp và điều lệ về "
            "thuế hàng hóa ngày 17 tháng 11 năm 1987 và",
            "Pháp lệnh",
            D(1987, 11, 17),
        ),
        (
            "Căn cứ Luật Thuế thu nhập cá nhân sửa đổi, bổ sung một số điều của Luật Thuế thu nhập "
            "cá nhân ngày 21 tháng 11 năm 2007;",
            "Luật",
            D(2007, 11, 21),
        ),
    ],
)
def test_long_amending_law_names_keep_their_date(text: str, doc_type: str, date: dt.date) -> None:
    (c,) = [c for c in find_citations(text) if c.kind is CitationKind.NAMED]
    assert (c.doc_type, c.date) == (doc_type, date)


def test_a_long_name_that_is_no_amending_law_gets_no_date() -> None:
    text = (
        "theo Luật Đất đai và các quy định có liên quan mà cơ quan có thẩm quyền đã ban hành để "
        "hướng dẫn việc bồi thường, hỗ trợ, tái định cư cho người dân ngày 01 tháng 7 năm 2014"
    )
    assert all(c.date is None for c in find_citations(text))


def test_number_date_issuer_title() -> None:
    text = (
        "Nghị quyết số 45/2022/QH15 ngày 11 tháng 01 năm 2022 của Quốc hội về thí điểm một số "
        "cơ chế, chính sách đặc thù phát triển thành phố Cần Thơ;"
    )
    (c,) = find_citations(text)
    assert (c.doc_type, c.number, c.year, c.term, c.issuer_codes) == (
        "Nghị quyết",
        "45/2022/QH15",
        2022,
        "QH15",
        ("QH",),
    )
    assert (c.date, c.issuer) == (D(2022, 1, 11), "Quốc hội")
    assert c.title == "thí điểm một số cơ chế, chính sách đặc thù phát triển thành phố Cần Thơ"
    assert c.uri == "/akn/vn/act/nghi-quyet/2022-01-11/45-2022-qh15"
    assert text[c.span.start : c.span.end] == c.text
    assert c.text.endswith("của Quốc hội")


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "Quyết định số 22/2013/QĐ-TTg ngày 26 tháng 4 năm 2013 của Thủ tướng Chính phủ và ",
            "Thủ tướng Chính phủ",
        ),
        (
            "Nghị quyết số 60/NQ-HĐND ngày 08 tháng 12 năm 2021 của Hội đồng\nnhân dân thành phố "
            "về kết quả",
            "Hội đồng nhân dân thành phố",
        ),
    ],
)
def test_issuer(text: str, issuer: str) -> None:
    assert find_citations(text)[0].issuer == issuer


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("theo quy định tại khoản 2 Điều 3", CitationKind.INTERNAL),
        ("điểm a khoản 1 Điều này", CitationKind.INTERNAL),
        ("theo Chương II", CitationKind.INTERNAL),
        ("Nghị quyết này có hiệu lực", CitationKind.SELF),
        ("các Nghị quyết của Trung ương, Thành ủy", CitationKind.TITLE_ONLY),
        ("Điều 43 của Luật Việc làm.", CitationKind.TITLE_ONLY),
    ],
)
def test_other_kinds(text: str, kind: CitationKind) -> None:
    (c,) = find_citations(text)
    assert c.kind is kind
    assert c.number is None and c.date is None  # never invented


def test_external_pinpoint_is_not_internal() -> None:
    (c,) = find_citations("điểm g khoản 1 Điều 23 Nghị định số 47/2021/NĐ-CP")
    assert (c.number, c.target) == ("47/2021/NĐ-CP", "art_23__para_1__point_g")
    assert c.text == "Nghị định số 47/2021/NĐ-CP"


@pytest.mark.parametrize(
    "text",
    [
        "Hiến pháp năm 2013",
        "Mẫu số 01/ĐK",
        "Quyết định số..../2022/QĐ-TTg",
        "Số:           /BC-UBND",
        "có hiệu lực kể từ ngày 01 tháng 01 năm 2026",
        "Nghị quyết này đã được Hội đồng nhân dân tỉnh thông qua ngày 13 tháng 7 năm 2017.",
        "Luật Việc làm đang tham gia bảo hiểm thất nghiệp trước ngày 01 tháng 10 năm 2021",
        "Luật Đất đai có hiệu lực từ ngày 01/8/2024",
        "HS 2506.10.00; QCVN 01:2019/BYT",
        "địa chỉ số 331 đường Cầu Giấy",
    ],
)
def test_nothing_identifiable(text: str) -> None:
    assert [c for c in find_citations(text) if c.number or c.date] == []


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Căn cứ Nghị định số 15/2019/NĐ-CP", Relation.BASIS),
        (
            "Luật số 80/2015/QH13 được sửa đổi, bổ sung bởi Luật số 63/2020/QH14",
            Relation.AMENDED_BY,
        ),
        ("Bãi bỏ Thông tư số 09/2024/TT-BTTTT", Relation.REPEALS),
        ("thay thế Quyết định số 290/2005/QĐ-TTg", Relation.REPLACES),
        ("sửa đổi, bổ sung một số điều của Thông tư số 43/2025/TT-BCT", Relation.AMENDS),
        ("hướng dẫn thi hành Nghị định số 120/2020/NĐ-CP", Relation.GUIDES),
        ("triển khai thực hiện Nghị quyết số 59-NQ/TW", Relation.IMPLEMENTS),
        ("(Ban hành kèm theo Quyết định số 16/2026/QĐ-UBND)", Relation.ATTACHES),
        ("như Nghị định số 15/2019/NĐ-CP", None),
    ],
)
def test_relation(text: str, relation: Relation | None) -> None:
    assert find_citations(text)[-1].relation is relation


def test_spans_point_into_nfd_source() -> None:
    text = unicodedata.normalize("NFD", "Căn cứ Nghị định số 15/2022/NĐ-CP ngày 01/02/2022; xong")
    (c,) = find_citations(text)
    assert c.number == "15/2022/NĐ-CP"
    assert text[c.span.start : c.span.end] == c.text
    assert unicodedata.normalize("NFC", c.text) == "Nghị định số 15/2022/NĐ-CP ngày 01/02/2022"


def test_lines_and_columns() -> None:
    (c,) = find_citations("Dòng một\n  Nghị định số 15/2022/NĐ-CP")
    assert (c.span.line, c.span.column) == (2, 3)


@given(st.data())
def test_any_printed_number_after_a_type_word_is_found(data: st.DataObject) -> None:
    number = data.draw(canonical_numbers())
    printed = data.draw(printed_variants(number))
    word = data.draw(st.sampled_from(("Nghị quyết", "Văn bản", "Quyết định", "Công văn")))
    found = find_citations(f"Căn cứ {word} {printed.removeprefix('Số: ')} về việc;")
    assert [c.number for c in found] == [number]


TEXT_PIECES = st.sampled_from(
    [
        "Căn cứ ",
        "Luật ",
        "Nghị quyết ",
        "số ",
        "45/2022/QH15",
        "13-NQ/TW",
        "ngày ",
        "19 tháng 6 năm 2015",
        "19/6/2015",
        "của ",
        "Quốc hội",
        "khoản 2 ",
        "Điều 3",
        "điểm a ",
        "này",
        "; ",
        ", ",
        ".\n",
        "\n\n",
        "và ",
        "NĐ-\nCP",
        "/",
        "-",
        "– ",
        "**",
        "[",
        "]",
        "sửa đổi, bổ sung ",
        "Bộ luật ",
        "Chương II ",
        "Tổ chức ",
        "Thông tư liên tịch ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXT_PIECES | st.text(max_size=8), max_size=40).map("".join))
def test_never_raises_never_overlaps(text: str) -> None:
    cites = find_citations(text)
    ends = -1
    for c in cites:
        assert c.span.start >= ends
        assert text[c.span.start : c.span.end] == c.text
        ends = c.span.end


@pytest.mark.parametrize(
    "piece",
    ["1", "1/", "/", "-", "–", "số ", "Luật ", "Luật A ", "Nghị quyết số 1/", "ngày ", "NĐ-",
     "Số: 1/2/"],
)  # fmt: skip
def test_pathological_megabyte_returns(piece: str) -> None:
    text = piece * (1_000_000 // len(piece))
    assert isinstance(find_citations(text), list)


def test_title_only_law_name_stops_at_the_next_law_word() -> None:
    # A crawled title in capitals run into the note that cites the law by number.
    found = find_citations("LUẬT THỦY SẢN Luật Thủy sản số 18/2017/QH14 ngày 21 tháng 11 năm 2017")
    assert [(c.kind, c.number) for c in found] == [
        (CitationKind.TITLE_ONLY, None),
        (CitationKind.NUMBERED, "18/2017/QH14"),
    ]
    # ... but a name that starts with the word stays whole.
    (luat_su,) = find_citations("theo Luật Luật sư và")
    assert luat_su.text == "Luật Luật sư"


def test_portal_note_between_so_and_the_number() -> None:
    text = (
        "được sửa đổi theo Luật số [Khoản này được sửa đổi bởi Điều 5 Luật Đường bộ 2024] "
        "35/2018/QH14 như sau:"
    )
    assert numbers(text) == ["35/2018/QH14"]


@pytest.mark.parametrize(
    ("text", "number", "title"),
    [
        # "số" lost by a converter or a hard wrap: the number right after the law's name
        ("Căn cứ Luật Hải quan 54/2014/QH13 ngày 23 tháng 6 năm 2014;", "54/2014/QH13", "Hải quan"),
        ("Căn cứ Luật Bảo hiểm y tế\n25/2008/QH12 ngày 14 tháng 11 năm 2008;", "25/2008/QH12",
         "Bảo hiểm y tế"),
    ],
)  # fmt: skip
def test_law_name_then_number_without_so(text: str, number: str, title: str | None) -> None:
    (c,) = [c for c in find_citations(text) if c.kind is CitationKind.NUMBERED]
    assert (c.number, c.doc_type, c.title) == (number, "Luật", title)


def test_law_name_then_a_year_is_not_a_number() -> None:
    (c,) = find_citations("Căn cứ Luật Đất đai 2013;")
    assert (c.kind, c.number, c.date) == (CitationKind.TITLE_ONLY, None, None)


def test_so_without_diacritics_is_not_a_law_name() -> None:
    text = "Việc thi hành Luật so 81/2025/QH15 sửa đổi, bổ sung một số điều"
    assert all(c.title != "so" for c in find_citations(text))


@pytest.mark.parametrize(
    ("text", "number", "doc_type"),
    [
        # "số" misspelt or without its diacritics, right before the number
        ("Căn cứ Nghị định sổ 12/2019/NĐ-CP ngày 3/2/2019;", "12/2019/NĐ-CP", "Nghị định"),
        ("Xét Tờ trình so 731/TTr-SNV của Sở Nội vụ;", "731/TTr-SNV", "Tờ trình"),
        ("theo quyết định sô 42/2011/QĐ-TTg của Thủ tướng", "42/2011/QĐ-TTg", "Quyết định"),
        ("khoản 2 Điều 7 của Luật sổ 11/2018/QH14;", "11/2018/QH14", "Luật"),
        ("Việc thi hành Luật so 81/2025/QH15 sửa đổi", "81/2025/QH15", "Luật"),
    ],
)  # fmt: skip
def test_misspelt_so_before_a_number(text: str, number: str, doc_type: str) -> None:
    (c,) = [c for c in find_citations(text) if c.kind is CitationKind.NUMBERED]
    assert (c.number, c.doc_type) == (number, doc_type)


def test_misspelt_so_needs_a_type_word_and_a_digit() -> None:
    # (numbers without a year: a full one, "12/2019/NĐ-CP", is a citation wherever it stands)
    assert numbers("ghi vào sổ 12/NĐ-CP và so sánh") == []
    # (a number of the type word's own type a few words after it is one: "Báo cáo thẩm tra
    # 147/BC-HĐND"; not one of another type)
    assert numbers("Quyết định so sánh 12/BC-UBND") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a code glued to the next word by a PDF converter keeps its whole code
        ("theo Đề án số 27/ĐA-UBNDngày 4 tháng 3 năm 2021 của tỉnh", "27/ĐA-UBND"),
        ("Quyết định số 9/QĐ-TTgngày 2/3/2021", "9/QĐ-TTg"),
        ("Nghị định số 30/2019/NĐ-CPvề quản lý", "30/2019/NĐ-CP"),
        ("Quyết định số 9/QĐ-UBNDngàyx", "9/QĐ"),  # not a word after it: the code stops earlier
    ],
)
def test_code_glued_to_the_next_word(text: str, number: str) -> None:
    (c,) = [c for c in find_citations(text) if c.kind is CitationKind.NUMBERED]
    assert c.number == number


def test_glued_code_keeps_its_date() -> None:
    (c,) = find_citations("Đề án số 27/ĐA-UBNDngày 4 tháng 3 năm 2021")
    assert str(c.date) == "2021-03-04"


def test_colon_between_the_issuer_and_a_list_of_numbers() -> None:
    text = (
        "thực hiện các Nghị quyết của Chính phủ: số 01/NQ-CP ngày 08 tháng 01 năm 2024, "
        "số 02/NQ-CP ngày 05 tháng 01 năm 2024;"
    )
    found = [(c.doc_type, c.number, str(c.date)) for c in find_citations(text)]
    assert found == [
        ("Nghị quyết", "01/NQ-CP", "2024-01-08"),
        ("Nghị quyết", "02/NQ-CP", "2024-01-05"),
    ]


def test_padded_lines_of_a_pdf_text_layer() -> None:
    # A justified line ends in a run of spaces before its break: after a type word and its
    # colon, after "và" in a list, and before the date of a number.
    text = (
        "Xét đề nghị của Bộ Văn hoá, Thể thao và Du lịch tại các Tờ trình:                 \n"
        "Số 202/TTr-BVHTTDL ngày 11 tháng 5 năm 2026, Tờ trình số 3390/TTr-BCT và          \n"
        "số 374/BC-BCT ngày 30 tháng 5 năm 2026; Nghị định số 85/2024/NĐ-CP              \n"
        "ngày 10 tháng 7 năm 2024 của Chính phủ"
    )
    found = [(c.doc_type, c.number, str(c.date)) for c in find_citations(text)]
    assert found == [
        ("Tờ trình", "202/TTr-BVHTTDL", "2026-05-11"),
        ("Tờ trình", "3390/TTr-BCT", "None"),
        ("Báo cáo", "374/BC-BCT", "2026-05-30"),
        ("Nghị định", "85/2024/NĐ-CP", "2024-07-10"),
    ]


def test_law_word_and_its_number_on_two_lines() -> None:
    (c,) = find_citations("khoản 2 Điều 19 Luật\n69/2020/QH14 áp dụng")
    assert (c.doc_type, c.number, c.target) == ("Luật", "69/2020/QH14", "art_19__para_2")


def test_a_portal_note_between_so_and_the_number() -> None:
    text = (
        "2. Bãi bỏ Nghị quyết số [Khoản này được sửa đổi bởi Khoản 1 Điều 1 Luật sửa đổi Luật "
        "Đất đai 2024 có hiệu lực từ ngày 01/08/2024] 132/2020/QH14 ngày 17 tháng 11 năm 2020 "
        "của Quốc hội"
    )
    (c,) = find_citations(text)
    assert (c.doc_type, c.number, str(c.date)) == ("Nghị quyết", "132/2020/QH14", "2020-11-17")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gazette table flattened to one cell a line: type, issuer, number, date
        (
            "26 \nQuyết \nđịnh của \nTTCP \n26/2020/QĐ-TTg \nngày 14/9/2020 \nQuy định chi tiết",
            [("Quyết định", "26/2020/QĐ-TTg", "2020-09-14")],
        ),
        # an abbreviated or misspelt type word
        ("V/v hỗ trợ về nhà ở theo QĐ số 22/2013/QĐ-TTg", [("Quyết định", "22/2013/QĐ-TTg", None)]),
        (
            "sửa đổi, bổ sung Điều 14 Nghi định số 60/2014/NĐ-CP được",
            [("Nghị định", "60/2014/NĐ-CP", None)],
        ),
        (
            "(Promulgated with the Circular No 96/2020/TT-BTC)",
            [("Thông tư", "96/2020/TT-BTC", None)],
        ),
    ],
)
def test_a_number_no_type_word_names_takes_the_type_of_its_code(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = [(c.doc_type, c.number, c.date and str(c.date)) for c in find_citations(text)]
    assert [f for f in found if f[1]] == expected


@pytest.mark.parametrize(
    "text",
    [
        "https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=123084&Keyword=\n14/2007/TT-BL%C4%90TBXH",
        "theo Mẫu số 01/2020/TT-BTC",
        "tại Điều 23 Nghị định 3 5/2019/NĐ-CP.",  # split by a stray space: not "5/2019/NĐ-CP"
        "ngày 19/6/2015 và 12/2020",  # no code
        # a link's parameter wrapped onto the next line of a table cell
        "vbpq-toanvan.aspx?ItemID=46822&Keyword= \n74/2014/QH13  \n2.",
        "theo Mẫu số 01/2020/QH14",
        "theo số 45/2022/QH",  # no term: too little to tell a number
    ],
)
def test_no_bare_number_where_none_is_meant(text: str) -> None:
    assert [c.number for c in find_citations(text) if c.number] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A legislature's number names a Luật, Bộ luật or Nghị quyết of Quốc hội (or a Pháp
        # lệnh or Nghị quyết of UBTVQH): the type stays open.
        (
            "Luật Xử lý vi phạm hành chính số 15/2012/QH13 đã được sửa đổi, bổ sung một số điều"
            " theo số 21/2017/QH14, Luật Xử lý vi phạm hành chính",
            [("Luật", "15/2012/QH13"), (None, "21/2017/QH14")],
        ),
        # a footnote run into the body by a PDF layer, its first words on the page before
        (
            "số 05/2007/QH12, Luật An toàn thông tin mạng số 86/2015/QH13",
            [(None, "05/2007/QH12"), ("Luật", "86/2015/QH13")],
        ),
        (
            "theo số 07/2025/UBTVQH15 và 45/2022/QH15",
            [(None, "07/2025/UBTVQH15"), (None, "45/2022/QH15")],
        ),
        # a type code still gives the type
        ("theo số 26/2005/PL-UBTVQH11", [("Pháp lệnh", "26/2005/PL-UBTVQH11")]),
    ],
)
def test_a_bare_legislature_number_keeps_its_type_open(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert [(c.doc_type, c.number) for c in find_citations(text) if c.number] == expected


def test_a_colon_between_a_law_s_name_and_its_numbers() -> None:
    text = "Căn cứ Luật Xây dựng: số 50/2014/QH13 ngày 18/6/2014; số 62/2020/QH14 ngày 17/6/2020;"
    found = [(c.doc_type, c.number, c.date, c.title) for c in find_citations(text)]
    assert found == [
        ("Luật", "50/2014/QH13", D(2014, 6, 18), "Xây dựng"),
        ("Luật", "62/2020/QH14", D(2020, 6, 17), None),
    ]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("quy định tại Điều 23 Nghị định số 3 5/2019/NĐ-CP.", "35/2019/NĐ-CP"),
        ("điểm b khoản 1 Điều 54 Nghị định số 13 7/2026/NĐ-CP.", "137/2026/NĐ-CP"),
    ],
)
def test_a_sequence_split_by_a_stray_space_after_so(text: str, number: str) -> None:
    (c,) = find_citations(text)
    assert c.number == number


def test_a_split_sequence_needs_so_and_a_year() -> None:
    assert numbers("Nghị định 13 7/2026/NĐ-CP") == []
    assert numbers("Quyết định số 12 và 13/2020/QĐ-UBND") == ["13/2020/QĐ-UBND"]
    assert numbers("Quyết định số 5 12/QĐ-UBND") == []


@pytest.mark.parametrize(
    ("text", "doc_type", "number"),
    [
        (
            "quy định chi tiết một số điều của Luật Kiến trúc (Nghị định số 85/2020/NĐ-CP) và",
            "Nghị định",
            "85/2020/NĐ-CP",
        ),
        (
            "biện pháp thi hành Luật Xuất bản (Thông tư số 01/2020/TT-BTTTT) được sửa đổi",
            "Thông tư",
            "01/2020/TT-BTTTT",
        ),
    ],
)
def test_a_law_name_stops_before_a_bracketed_document(
    text: str, doc_type: str, number: str
) -> None:
    found = [(c.doc_type, c.number) for c in find_citations(text)]
    assert found == [("Luật", None), (doc_type, number)]


def test_brackets_inside_a_law_name_stay() -> None:
    (c,) = find_citations("Luật Đất đai (sửa đổi) số 31/2024/QH15")
    assert (c.doc_type, c.number, c.title) == ("Luật", "31/2024/QH15", "Đất đai (sửa đổi)")


def test_a_listed_pinpoint_runs_over_a_hard_wrap() -> None:
    text = "quy định tại Điều 4, Điều 5, \nĐiều 6 và Điều 9 Nghị định số 113/2015/NĐ-CP ngày"
    (c,) = find_citations(text)
    assert (c.number, c.target) == ("113/2015/NĐ-CP", "art_4")


def test_a_decree_number_after_a_law_name_is_not_the_law_s() -> None:
    found = [(c.doc_type, c.number) for c in find_citations("theo Luật Đất đai 15/2022/NĐ-CP")]
    assert found == [("Luật", None), ("Nghị định", "15/2022/NĐ-CP")]
    (c,) = find_citations("Pháp lệnh Bảo vệ công trình quốc phòng số 32-L/CTN hết hiệu lực")
    assert (c.doc_type, c.number) == ("Pháp lệnh", "32-L/CTN")


def test_a_long_issuer_before_a_colon_and_the_numbers() -> None:
    text = (
        "Căn cứ các Quyết định của Bộ trưởng Bộ Lao động - Thương binh và Xã hội: Số "
        "1025/QĐ-LĐTBXH ngày 03/8/2016 về việc công bố thủ tục hành chính; số 108/QĐ-LĐTBXH "
        "ngày 15/02/2022 về việc công bố thủ tục hành chính mới ban hành;"
    )
    found = [(c.doc_type, c.number, str(c.date)) for c in find_citations(text)]
    assert found == [
        ("Quyết định", "1025/QĐ-LĐTBXH", "2016-08-03"),
        ("Quyết định", "108/QĐ-LĐTBXH", "2022-02-15"),
    ]


def test_a_colon_after_an_issuer_needs_a_type_word_before_it() -> None:
    assert numbers("theo ý kiến của Bộ Tài chính: số 15/BTC-PC ngày 1/2/2020") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("theo Nghị định 64-CP ngày 27/9/1993 của Chính phủ", [("Nghị định", "64-CP")]),
        ("Pháp lệnh 37 - L/CTN về", [("Pháp lệnh", "37-L/CTN")]),
        ("Độc lập - Tự do - Hạnh phúc, lô 12-A", []),
    ],
)
def test_an_older_number_without_so(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.doc_type, c.number) for c in find_citations(text) if c.number] == expected


def test_gazette_page_break_between_so_and_the_number() -> None:
    # A Công báo page ends after "số": page header and page number stand between.
    for furniture in (
        "\n2 \nCÔNG BÁO/Số 242/Ngày 22-04-2026 \n",
        "\n\nCÔNG BÁO/Số 243/Ngày 22-04-2026 \n103\n \n \n",
    ):
        text = f"Báo cáo thẩm tra số{furniture}421/BC-UBPLTP15 ngày 03 tháng 6 năm 2025"
        (c,) = find_citations(text)
        assert (c.doc_type, c.number, c.date) == ("Báo cáo", "421/BC-UBPLTP15", D(2025, 6, 3))
        assert c.text == text


@pytest.mark.parametrize(
    ("text", "doc_type", "date", "issuer"),
    [
        (
            "Căn cứ Nghị quyết của Quốc hội ngày 11 tháng 01 năm 2022 về chính sách tài khóa;",
            "Nghị quyết",
            D(2022, 1, 11),
            "Quốc hội",
        ),
        (
            "thực hiện Quyết định của Thủ tướng Chính phủ ngày 12/3/2020 về việc",
            "Quyết định",
            D(2020, 3, 12),
            "Thủ tướng Chính phủ",
        ),
        ("theo Chỉ thị do Ban Bí thư ban hành, ngày 5-6-2019", None, None, None),
        # the date right after the type word, the issuer after it
        (
            "Bộ luật Dân sự năm 1995, Nghị quyết ngày 28-10-1995 của Quốc hội về việc thi hành",
            "Nghị quyết",
            D(1995, 10, 28),
            "Quốc hội",
        ),
        (
            "theo Quyết định\nngày 12 tháng 3 năm 2020 của Thủ tướng Chính phủ;",
            "Quyết định",
            D(2020, 3, 12),
            "Thủ tướng Chính phủ",
        ),
    ],
)
def test_a_document_by_type_word_and_date(
    text: str, doc_type: str | None, date: dt.date | None, issuer: str | None
) -> None:
    dated = [c for c in find_citations(text) if c.date]
    if doc_type is None:
        assert dated == []
        return
    (c,) = dated
    assert (c.kind, c.doc_type, c.number, c.date, c.issuer) == (
        CitationKind.NAMED,
        doc_type,
        None,
        date,
        issuer,
    )
    assert c.id == f"{'nghi-quyet' if doc_type == 'Nghị quyết' else 'quyet-dinh'}@{date}"


@pytest.mark.parametrize(
    "text",
    [
        # a number between the issuer and the date: numbered, as before
        "Nghị định của Chính phủ số 10/2021/NĐ-CP ngày 01/02/2021",
        # a subject before the date: the date is not the document's
        "Quyết định của Bộ về việc ban hành quy chế ngày 1/1/2020",
        # a common noun, not a document
        "theo quyết định của Bộ ngày 1/1/2020",
        "theo quyết định ngày 1/1/2020 của Bộ",
        # the document itself, and a heading in capitals
        "Nghị quyết này ngày 1/1/2020 có hiệu lực",
        "NGHỊ QUYẾT\nngày 11 tháng 01 năm 2022",
        # a table's heading, no year
        "Báo cáo ngày 25 tháng 3 năm báo cáo",
    ],
)
def test_no_dated_document_where_none_is_meant(text: str) -> None:
    assert [c for c in find_citations(text) if c.kind is CitationKind.NAMED] == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # no space between a date word and its number
        ("Nghị \nđịnh số 49/2013/NĐ-CP ngày14/5/2013 của Chính phủ", D(2013, 5, 14)),
        ("Thông tư số 29/2021/TT-BLĐTBXH ngày 28 tháng12 năm 2021", D(2021, 12, 28)),
        ("Đề án số\n354/ĐA-CP ngày 09tháng 5 năm 2025, Báo cáo", D(2025, 5, 9)),
        ("Nghị định số 154/2016/NĐ-CP ngày 16 tháng 11 năm2016 của", D(2016, 11, 16)),
        # a date word mistyped for another
        ("Nghị định số 82/2023/NĐ-CP ngày 28 ngày 11 năm 2023 của", D(2023, 11, 28)),
        ("Nghị định số 289/2025/NĐ-CP ngày 06 \ntháng 11 tháng 2025 của", D(2025, 11, 6)),
        ("Thông tư số 109/2016/TT-BTC\nngày 30 thảng 6 năm 2016 của Bộ", D(2016, 6, 30)),
        # the issuer before the date
        ("Nghị định số 211/2025/NĐ-CP của Chính phủ ngày \n25/7/2025 của", D(2025, 7, 25)),
        (
            "Nghị quyết số 72/2016/NQ-HĐND của Hội đồng\nnhân dân tỉnh ngày 08 tháng 12 năm 2016",
            D(2016, 12, 8),
        ),
    ],
)
def test_dates_as_printed(text: str, date: dt.date) -> None:
    (c,) = [c for c in find_citations(text) if c.number]
    assert c.number is not None and c.number in " ".join(text.split())
    assert c.date == date


def test_no_date_from_two_numbers_without_a_month_word() -> None:
    assert find_citations("Nghị định số 82/2023/NĐ-CP ngày 28 và 11 năm 2023")[0].date is None


def test_a_dash_for_the_slash_before_the_year() -> None:
    # hdnd-ragdemo 01-2017: "Thực hiện Nghị quyết ⏎ số 19-2017/NQ-CP ngày 06 tháng 02 năm 2017"
    (c,) = find_citations("Thực hiện Nghị quyết\nsố 19-2017/NQ-CP ngày 06 tháng 02 năm 2017")
    assert (c.doc_type, c.number, c.number_raw, c.date) == (
        "Nghị quyết",
        "19/2017/NQ-CP",
        "19-2017/NQ-CP",
        D(2017, 2, 6),
    )


@pytest.mark.parametrize(
    ("text", "number", "doc_type"),
    [
        ("theo QĐ 950/QĐ-TTg ngày 01/8/2025 của Thủ tướng", "950/QĐ-TTg", "Quyết định"),
        ("(QĐ số  613/QĐ-TTg)", "613/QĐ-TTg", "Quyết định"),
        ("theo CV 5141/SNNMT-KS ngày 2/3/2025", "5141/SNNMT-KS", "Công văn"),
        ("NĐ 15/2022/NĐ-CP", "15/2022/NĐ-CP", "Nghị định"),
        ("TT. 01/2023/TT-BTC và", "01/2023/TT-BTC", "Thông tư"),
    ],
)
def test_a_type_word_abbreviated_to_its_code(text: str, number: str, doc_type: str) -> None:
    (c,) = find_citations(text)
    assert (c.kind, c.number, c.doc_type) == (CitationKind.NUMBERED, number, doc_type)


@pytest.mark.parametrize("text", ["STT 12/QĐ-UB", "Mã số 12/QĐ-UB", "QĐ12/QĐ-UB", "số 12/QĐ-UB"])
def test_no_number_without_a_year_where_no_type_word_names_it(text: str) -> None:
    assert numbers(text) == []


def test_a_footnote_mark_glued_to_a_code_is_dropped_where_the_footnote_follows() -> None:
    text = (
        "thực hiện Nghị quyết số 66-\nNQ/TW1, Nghị quyết số \n140/NQ-CP2 \n \n"
        "1 Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị.\n"
        "2 Nghị quyết số 140/NQ-CP ngày 17/5/2025 của Chính phủ.\n"
    )
    assert numbers(text) == ["66-NQ/TW", "140/NQ-CP", "66-NQ/TW", "140/NQ-CP"]
    # no such footnote: the digits stay; a legislature's term is no mark
    assert numbers("Nghị quyết số 140/NQ-CP2 và") == ["140/NQ-CP2"]
    assert numbers("Luật số 45/2022/QH15\n15 Luật") == ["45/2022/QH15"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a lower-case type word and a descriptor: the number's type code names the same type
        ("báo cáo giải trình số 118/BC-UBND ngày 10 tháng 6 năm 2017", "118/BC-UBND"),
        # no "số", the descriptor wrapped
        ("Báo cáo thẩm\ntra 147/BC-HĐND ngày 16 tháng 6 năm 2017 của Ban", "147/BC-HĐND"),
    ],
)
def test_a_type_word_a_few_words_before_a_number_of_its_type(text: str, number: str) -> None:
    assert numbers(text) == [number]


@pytest.mark.parametrize(
    "text",
    ["quyết định điều chỉnh 12/BC-UBND", "Báo cáo theo Mẫu số 02/BC", "Báo cáo kết quả 12/QĐ-UBND"],
)
def test_no_number_of_another_type_or_a_form_after_a_type_word(text: str) -> None:
    assert numbers(text) == []


def test_an_issuer_is_never_another_document() -> None:
    text = "phù hợp với Luật Đấu thầu số 22/2023/QH15 của Nghị định số 63/2014/NĐ-CP;"
    cites = find_citations(text)
    assert [(c.number, c.issuer) for c in cites] == [
        ("22/2023/QH15", None),
        ("63/2014/NĐ-CP", None),
    ]


def test_a_licence_is_a_numbered_document_never_the_document_itself() -> None:
    text = "Căn cứ Giấy phép khai thác khoáng sản số 197/GP-BNNMT ngày 13/7/2026 của Bộ trưởng;"
    (c,) = find_citations(text)
    assert (c.kind, c.doc_type, c.number, c.date) == (
        CitationKind.NUMBERED,
        "Giấy phép",
        "197/GP-BNNMT",
        D(2026, 7, 13),
    )
    assert find_citations("Thời hạn của Giấy phép này là 5 năm.") == []


@pytest.mark.parametrize(
    ("text", "number", "date"),
    [
        # a code of one capital and a small letter, a typo: kept whole, its date found
        ("Quyết định số 866/QĐ-Tg ngày 18/7/2023 của Thủ tướng", "866/QĐ-Tg", D(2023, 7, 18)),
        ("Nghị định số 142/2025/NĐ-Cpngày 12/6/2025", "142/2025/NĐ-CP", D(2025, 6, 12)),
    ],
)
def test_a_code_of_a_capital_and_a_small_letter(text: str, number: str, date: dt.date) -> None:
    (c,) = find_citations(text)
    assert (c.number, c.date) == (number, date)
