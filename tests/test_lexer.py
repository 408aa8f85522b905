"""The lexer: one typed token per logical line, parametrized over real lines."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import ROOT, SHARED, corpus_missing

from nghiquyet import NodeKind, TokenKind, lexer, parse_text, tokenize
from nghiquyet import patterns as P
from nghiquyet.lexer import LINE_RULES, Groups, Rule, classify, segments
from nghiquyet.normalize import fold_spaces, normalize

K = TokenKind


@pytest.mark.parametrize(
    ("line", "kind", "groups"),
    [
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", K.QUOC_HIEU, {}),
        ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", K.QUOC_HIEU, {}),
        ("Độc lập - Tự do - Hạnh phúc", K.TIEU_NGU, {}),
        ("Độc lập – Tự do – Hạnh phúc", K.TIEU_NGU, {}),
        ("Số: 05 /NQ-HĐND", K.SO_KY_HIEU, {"raw": "05 /NQ-HĐND"}),
        ("Số 60-NQ/TW", K.SO_KY_HIEU, {"raw": "60-NQ/TW"}),
        ("Luật số: 45/2019/QH14", K.SO_KY_HIEU, {"raw": "45/2019/QH14"}),
        ("Số: 20   /2025/QĐ-UBND", K.SO_KY_HIEU, {"raw": "20   /2025/QĐ-UBND"}),
        (
            "Cần Thơ, ngày 08 tháng 7 năm 2022",
            K.DIA_DANH_NGAY,
            {"place": "Cần Thơ", "day": "08", "month": "7", "year": "2022"},
        ),
        ("NGHỊ QUYẾT", K.TEN_LOAI, {"doc_type": "NGHỊ QUYẾT"}),
        ("LUẬT ĐẤU THẦU", K.TEN_LOAI, {"doc_type": "LUẬT", "title": "ĐẤU THẦU"}),
        ("KHÓA X, KỲ HỌP THỨ SÁU", K.SESSION, {"term": "X", "sitting": "THỨ SÁU"}),
        ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", K.CAN_CU, {}),
        ("Xét Tờ trình số 115/TTr-UBND ngày 28 tháng 6 năm 2017;", K.CONSIDERATION, {}),
        ("Theo đề nghị của Bộ trưởng Bộ Tư pháp;", K.CONSIDERATION, {}),
        ("QUYẾT NGHỊ:", K.FORMULA, {"formula": "QUYẾT NGHỊ:"}),
        ("Chính phủ ban hành Nghị định về họ, hụi, biêu, phường.", K.FORMULA, {}),
        ("Chương I", K.CHUONG, {"number": "I", "title": ""}),
        ("Chương II: QUY ĐỊNH CHUNG", K.CHUONG, {"number": "II", "title": "QUY ĐỊNH CHUNG"}),
        ("PHẦN THỨ NHẤT:NHỮNG QUY ĐỊNH CHUNG", K.PHAN, {"number": "THỨ NHẤT"}),
        ("PHẦN THỨ HAI NHỮNG QUY ĐỊNH CHUNG", K.PHAN, {"title": "NHỮNG QUY ĐỊNH CHUNG"}),
        ("Mục 1. QUY ĐỊNH CHUNG", K.MUC, {"number": "1", "title": "QUY ĐỊNH CHUNG"}),
        ("Điều 1. Phạm vi điều chỉnh", K.DIEU, {"number": "1", "title": "Phạm vi điều chỉnh"}),
        ("Điều 10a. Bổ sung", K.DIEU, {"number": "10a", "title": "Bổ sung"}),
        ("ĐIỀU 2", K.DIEU, {"number": "2", "title": ""}),
        (
            "1. Nghị định này quy định ...",
            K.KHOAN,
            {"number": "1", "text": "Nghị định này quy định ..."},
        ),
        ("2- Việc tổ chức họ", K.KHOAN, {"number": "2", "text": "Việc tổ chức họ"}),
        ("2-Việc tổ chức họ", K.KHOAN, {"number": "2", "text": "Việc tổ chức họ"}),
        # a form's code wrapped to the line's start: "... mẫu số" / "09-MST ban hành kèm ..."
        ("09-MST ban hành kèm theo Thông tư này", K.PARAGRAPH, {}),
        ("20-ĐK-TCT ban hành kèm theo Thông tư này", K.PARAGRAPH, {}),
        # a consolidated text's footnote, not khoản 45
        ("45 .Điều này được sửa đổi, bổ sung theo quy định tại khoản 4 Điều 1", K.PARAGRAPH, {}),
        ("1. Điều 2 được sửa đổi, bổ sung như sau:", K.KHOAN, {"number": "1"}),
        ("1.Định mức được áp dụng", K.KHOAN, {"number": "1", "text": "Định mức được áp dụng"}),
        ("a) Có hành vi xâm phạm;", K.DIEM, {"number": "a", "text": "Có hành vi xâm phạm;"}),
        ("đ) Nội dung khác.", K.DIEM, {"number": "đ", "text": "Nội dung khác."}),
        ("1.1. Tiểu mục", K.TIET, {"number": "1.1.", "text": "Tiểu mục"}),
        ("PHỤ LỤC I", K.PHU_LUC, {"number": "I"}),
        ("Nơi nhận:", K.NOI_NHAN, {"rest": ""}),
        ("TM. HỘI ĐỒNG NHÂN DÂN", K.SIGN_AUTHORITY, {"prefix": "TM", "body": "HỘI ĐỒNG NHÂN DÂN"}),
        ("KT. CHỦ TỊCH", K.SIGN_AUTHORITY, {"prefix": "KT", "body": "CHỦ TỊCH"}),
        ("KT.THỐNG ĐỐC", K.SIGN_AUTHORITY, {"prefix": "KT", "body": "THỐNG ĐỐC"}),
        ("CÔNG BÁO/Số 312/Ngày 07-06-2026", K.NOISE, {}),
        ("38", K.NOISE, {}),
        ("-------", K.SEPARATOR, {}),
        ("HỘI ĐỒNG NHÂN DÂN TỈNH BẮC GIANG", K.CAPS, {}),
        ("Trong bối cảnh dịch bệnh COVID-19 còn tiềm ẩn nguy cơ", K.PARAGRAPH, {}),
    ],
)
def test_classify_real_lines(line: str, kind: TokenKind, groups: dict[str, str]) -> None:
    got_kind, got_groups = classify(line)
    assert got_kind is kind
    for key, value in groups.items():
        assert got_groups.get(key) == value


@pytest.mark.parametrize(
    "line",
    [
        "sống, thích ứng với tình hình mới",  # "số" inside a word is not "Số:"
        "số 123/2025/QH15;",  # a wrapped citation, not the header's number
        "Đầu năm 2022, Quốc hội ban hành Nghị quyết số 45/2022/QH",  # prose, not the formula
        "thực hiện công tác phòng, chống tham nhũng",  # lower case: not a consideration
        "Điều 584 của Bộ luật Dân sự",  # wrapped prose, not an article
        "Phần mềm quản lý văn bản",  # prose, not a Phần
        "Mục tiêu của chương trình",  # prose, not a Mục
        "10.000 đồng cho mỗi người",  # an amount, not a khoản
        "003.Q/BCB-VĐTC, 004.N/BCB-VĐTC.",  # a wrapped list of report codes, not a khoản
        "04.N.QLĐKKD Tổng số lao động đăng ký",  # an indicator's code
        "3.ĐTB + 2.ĐTNTH + ĐTNLT",  # a formula
        "1 - Tỷ lệ % trên doanh thu",  # a formula's term
        "10 - < 50",  # a range in a flattened table
        "16 - Điều 5 Thông tư số 68/2024/TT-BTC ngày 18 tháng 9 năm 2024",  # a footnote
        "Chương III và Chương IV Nghị định này là mức phạt đối với cá nhân",  # wrapped prose
        "Mục 2 của Chương này được áp dụng",  # wrapped prose, not a Mục
        "Nghị quyết số 46/2016/NQ-HĐND ngày 08/12/2016",  # a wrapped citation, not "Số:"
        "Phụ lục III ban hành kèm theo Nghị định này quy định chi tiết danh mục",  # prose
    ],
)
def test_prose_is_not_structure(line: str) -> None:
    assert classify(line)[0] in (TokenKind.PARAGRAPH, TokenKind.CAPS)


def test_wrapped_lines_join_into_one_token() -> None:
    text = "Căn cứ Luật Tổ chức chính quyền\nđịa phương ngày 19 tháng 6 năm 2015;\n"
    (tok,) = tokenize(text)
    assert tok.kind is TokenKind.CAN_CU
    assert tok.text == "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
    assert (tok.span.start, tok.span.end, tok.span.line, tok.span.end_line) == (
        0,
        len(text) - 1,
        1,
        2,
    )


def test_hyphen_wrap_joins_without_space() -> None:
    (tok,) = tokenize("dịch bệnh COVID-\n19, Ủy ban nhân dân")
    assert tok.text == "dịch bệnh COVID-19, Ủy ban nhân dân"


def test_page_break_inside_a_paragraph_joins_lower_case_continuation() -> None:
    tokens = tokenize("các tỉnh/thành phố nước ngoài. Triển\n\nkhai hiệu quả các nhiệm vụ.")
    assert [t.text for t in tokens] == [
        "các tỉnh/thành phố nước ngoài. Triển khai hiệu quả các nhiệm vụ."
    ]


def test_structure_lines_are_never_joined() -> None:
    kinds = [t.kind for t in tokenize("Điều 1. Phạm vi\n1. Nội dung a\na) điểm\nb) điểm")]
    assert kinds == [K.DIEU, K.KHOAN, K.DIEM, K.DIEM]


def test_glued_header_line_is_cut_at_anchors() -> None:
    line = "Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH"
    kinds = [(t.kind, t.text) for t in tokenize(line)]
    assert kinds == [
        (K.SO_KY_HIEU, "Số: 435/QĐ-UBND"),
        (K.DIA_DANH_NGAY, "Kon Tum, ngày 04 tháng 5 năm 2020"),
        (K.TEN_LOAI, "QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH"),
    ]


def test_two_columns_merged_by_a_converter_are_split() -> None:
    line = "HỘI ĐỒNG NHÂN DÂN TỈNH X          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert [t.kind for t in tokenize(line)] == [K.CAPS, K.QUOC_HIEU]


def test_glued_signature_block_is_cut() -> None:
    tokens = tokenize("TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Lê Minh Khái")
    assert [t.text for t in tokens] == [
        "TM. CHÍNH PHỦ",
        "KT. THỦ TƯỚNG",
        "PHÓ THỦ TƯỚNG",
        "Lê Minh Khái",
    ]


def test_pipe_table_rows_with_two_cells_are_read_cell_by_cell() -> None:
    text = "| ỦY BAN NHÂN DÂN TỈNH X | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
    assert [t.kind for t in tokenize(text)] == [K.CAPS, K.QUOC_HIEU, K.SEPARATOR]


def test_wide_table_rows_stay_rows() -> None:
    (tok,) = tokenize("| 1 | Xã A | 12,5 |")
    assert tok.kind is K.TABLE_ROW
    assert tok.groups == {"0": "1", "1": "Xã A", "2": "12,5"}


def test_rows_with_empty_cells_in_a_wide_table_stay_rows() -> None:
    text = (
        "| STT | Nội dung chi | Mức chi |\n|---|---|---|\n"
        "| 1. | Thù lao hòa giải viên | 200.000 đồng |\n"
        "| 2. | Hỗ trợ tập huấn |  |\n"
        "| 3. |  |  |\n"
    )
    toks = tokenize(text)
    assert [t.kind for t in toks] == [K.TABLE_ROW, K.SEPARATOR] + [K.TABLE_ROW] * 3
    assert toks[3].groups == {"0": "2.", "1": "Hỗ trợ tập huấn", "2": ""}


def test_header_rows_with_spacer_cells_are_read_cell_by_cell() -> None:
    text = (
        "| ỦY BAN NHÂN DÂN TỈNH X | | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "| Số: 12/QĐ-UBND | | X, ngày 3 tháng 8 năm 2020 |\n"
        "\n| 1. | Nội dung | 200.000 đồng |\n"  # another table: its width does not count
    )
    assert [t.kind for t in tokenize(text)][:4] == [
        K.CAPS,
        K.QUOC_HIEU,
        K.SO_KY_HIEU,
        K.DIA_DANH_NGAY,
    ]


def test_recipients_after_noi_nhan() -> None:
    kinds = [t.kind for t in tokenize("Nơi nhận:\n- Chính phủ;\n- Lưu: VT.")]
    assert kinds == [K.NOI_NHAN, K.RECIPIENT, K.RECIPIENT]


def test_spans_point_into_the_original_text_for_nfd_input() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "Mở đầu\nĐiều 1. Phạm vi điều chỉnh")
    tok = tokenize(text)[1]
    assert tok.kind is K.DIEU
    assert unicodedata.normalize("NFC", text[tok.span.start : tok.span.end]) == (
        "Điều 1. Phạm vi điều chỉnh"
    )
    assert tok.span.line == 2


def test_number_printed_on_the_line_after_so() -> None:
    tokens = tokenize("Số:\n29/2001/QH10 Hà Nội, ngày 29 tháng 6 năm 2001 LUẬT HẢI QUAN")
    assert [t.kind for t in tokens] == [K.SO_KY_HIEU, K.CAPS, K.DIA_DANH_NGAY, K.TEN_LOAI]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THÔNG TƯ1", (K.TEN_LOAI, "THÔNG TƯ")),  # a footnote number glued to the tên loại
        ("Hà Nội, ngày <u>28</u> tháng <u>02</u> năm 2025", (K.DIA_DANH_NGAY, None)),
    ],
)
def test_tolerated_noise(text: str, expected: tuple[TokenKind, str | None]) -> None:
    (tok,) = tokenize(text)
    assert tok.kind is expected[0]
    if expected[1]:
        assert tok.groups["doc_type"] == expected[1]


def test_glued_header_line_is_cut_again_inside_each_piece() -> None:
    line = (
        "QUỐC HỘI ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc "
        "--------------- Luật số: 02/2011/QH13 Hà Nội, ngày 11 tháng 11 năm 2011 LUẬT KHIẾU NẠI"
    )
    kinds = [t.kind for t in tokenize(line) if t.kind is not K.SEPARATOR]
    assert kinds == [K.CAPS, K.QUOC_HIEU, K.TIEU_NGU, K.SO_KY_HIEU, K.DIA_DANH_NGAY, K.TEN_LOAI]


def test_basis_glued_after_a_title_in_capitals() -> None:
    kinds = [t.kind for t in tokenize("THÔNG TƯ QUY ĐỊNH KỸ THUẬT Căn cứ Luật Đất đai;")]
    assert kinds == [K.TEN_LOAI, K.CAN_CU]


def test_caps_title_glued_to_prose_is_cut() -> None:
    kinds = [t.kind for t in tokenize("LUẬT THUẾ THU NHẬP CÁ NHÂN Luật Thuế số 04/2007/QH12")]
    assert kinds == [K.TEN_LOAI, K.PARAGRAPH]


def test_interleaved_footer_columns_keep_recipients() -> None:
    text = "Nơi nhận:       TM. CHÍNH PHỦ\n- Chính phủ;     THỦ TƯỚNG\n- Lưu: VT.\n"
    kinds = [t.kind for t in tokenize(text)]
    assert kinds == [K.NOI_NHAN, K.SIGN_AUTHORITY, K.RECIPIENT, K.CAPS, K.RECIPIENT]


def test_portal_prefix_before_headings_is_dropped() -> None:
    tokens = tokenize("Nghị định 47/2021/NĐ-CP. Điều 1. Phạm vi điều chỉnh")
    assert [(t.kind, t.text) for t in tokens] == [(K.DIEU, "Điều 1. Phạm vi điều chỉnh")]


def test_heading_word_and_number_on_two_lines() -> None:
    (tok,) = tokenize("Điều\n3. Giải thích từ ngữ")
    assert (tok.kind, tok.groups["number"]) == (K.DIEU, "3")


def test_heading_word_wrapped_onto_the_line_before() -> None:
    tokens = tokenize(
        "Chương II QUYỀN VÀ NGHĨA VỤ Điều\n7. Quyền của người nộp\n"
        "(được bãi bỏ) Điều\n8. Nghĩa vụ\n1. Nộp đủ.\nvà khoản 3 Điều\n9. Nội dung khác."
    )
    assert [(t.kind, t.groups.get("number")) for t in tokens] == [
        (K.CHUONG, "II"),
        (K.DIEU, "7"),
        (K.PARAGRAPH, None),
        (K.DIEU, "8"),
        (K.KHOAN, "1"),
        (K.PARAGRAPH, None),
        (K.KHOAN, "9"),
    ]
    assert tokens[0].groups["title"] == "QUYỀN VÀ NGHĨA VỤ"


def test_reference_list_starting_a_line_is_not_a_heading() -> None:
    # "... tại" / "Chương II, Điều 9 và Mục 2, Điều 11 ...": a wrapped list of references.
    assert classify("Chương II, Điều 9 và khoản 1 Điều 11.")[0] is K.PARAGRAPH
    assert classify("Mục 2, Điều 11, Điều 13 Thông tư này")[0] is K.PARAGRAPH
    assert classify("Chương II. QUY ĐỊNH CỤ THỂ")[0] is K.CHUONG


def test_gazette_signing_stamp_is_furniture() -> None:
    # The e-signature stamp a gazette PDF prints at a page's foot, inside a wrapped sentence.
    tokens = tokenize(
        "1. Việc chia sẻ dữ liệu trong lĩnh vực bảo\nNgười ký: CỔNG THÔNG TIN ĐIỆN TỬ\n"
        "Email: congbao@example.vn\nCơ quan: VĂN PHÒNG\nhiểm xã hội được thực hiện."
    )
    assert [t.kind for t in tokens] == [K.NOISE, K.NOISE, K.NOISE, K.KHOAN]
    assert tokens[-1].text.endswith("lĩnh vực bảo hiểm xã hội được thực hiện.")
    assert classify("Người ký quyết định là Chủ tịch.")[0] is K.PARAGRAPH


def test_first_khoan_printed_on_the_dieu_line() -> None:
    kinds = [t.kind for t in tokenize("Điều 2 1- Người sử dụng đất.\n2- Nhà nước.")]
    assert kinds == [K.DIEU, K.KHOAN, K.KHOAN]


def test_columns_merged_with_single_spaces_are_split() -> None:
    text = (
        "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ CẦN THƠ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 05/NQ-HĐND Độc lập - Tự do - Hạnh phúc\n"
    )
    assert [(t.kind, t.text) for t in tokenize(text)] == [
        (K.CAPS, "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ CẦN THƠ"),
        (K.QUOC_HIEU, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        (K.SO_KY_HIEU, "Số: 05/NQ-HĐND"),
        (K.TIEU_NGU, "Độc lập - Tự do - Hạnh phúc"),
    ]


def _first_rule(rules: tuple[tuple[TokenKind, Rule], ...], text: str) -> tuple[TokenKind, Groups]:
    for kind, rule in rules:
        groups = rule(text)
        if groups is not None:
            return kind, groups
    raise AssertionError("the paragraph rule always matches")


def test_quick_paths_give_what_the_rules_give() -> None:
    """classify() skips rules for prose, bullets and lower-case lines; on every line of the
    dev corpus and the seed it must answer what trying the rules in order answers."""
    corpus = SHARED / "corpus" / "dev"
    if not corpus.is_dir():
        corpus_missing(str(corpus))
    paths = [*sorted(corpus.glob("*.txt")), *sorted(corpus.glob("*.md")), *ROOT.glob("seeds/*.txt")]
    checked = 0
    for path in paths:
        for seg in segments(normalize(path.read_text(encoding="utf-8"))):
            text = seg.text
            first = text[:1]
            if first.isdigit():
                continue  # the digit rules are the whole story there
            rules = lexer._LOWER_RULES if first.islower() else LINE_RULES
            assert classify(text) == _first_rule(rules, text), text
            checked += 1
    assert checked > 5000


def _classify_every_rule(text: str) -> tuple[TokenKind, Groups]:
    """classify() as it was before the first-character gates: each branch's rules in order."""
    first = text[:1]
    if first.isdigit():
        return _first_rule(lexer._DIGIT_RULES, text)
    if first.islower():
        if ")" not in text[:6] and "." not in text[:6]:
            vv = P.VV.match(text)
            return K.PARAGRAPH, ({"vv": vv.group("title")} if vv else {})
        return _first_rule(lexer._LOWER_RULES, text)
    if first in lexer._BULLETS:
        return _first_rule(lexer._BULLET_RULES, text)
    if (
        not lexer._MAY_BE_STRUCTURE.match(text)
        and text.find("ban hành", 0, 300) == -1
        and text.upper() != text
        and (len(text) > 130 or not any(n in text for n in lexer._SEARCH_NEEDLES))
    ):
        return K.PARAGRAPH, {}
    return _first_rule(LINE_RULES, text)


def _corpus_lines() -> list[str]:
    corpus = SHARED / "corpus" / "dev"
    paths = [*sorted(corpus.glob("*.txt")), *sorted(corpus.glob("*.md")), *ROOT.glob("seeds/*.txt")]
    return [s.text for p in paths for s in segments(normalize(p.read_text(encoding="utf-8")))]


def test_gated_rules_give_what_every_rule_gives_on_real_lines() -> None:
    lines = _corpus_lines()
    assert len(lines) > 5000
    for text in lines:
        assert classify(text) == _classify_every_rule(text), text


# Starts of line rules, with case variants and characters that case-fold onto ASCII letters
# (K KELVIN SIGN, ſ LONG S), to build lines the first-character gates must not misjudge.
_STARTS = [
    "Điều 2", "ĐIỀU", "điều", "Chương", "CHƯƠNG", "Mục", "Phần", "PHẦN", "Phụ lục", "PHỤ LỤC",
    "Tiểu mục", "Căn cứ", "Xét", "Theo đề nghị", "Để thi hành", "Số:", "SỐ", "số", "Luật số:",
    "Nơi nhận:", "NƠI NHẬN", "TM.", "KT.", "Q.", "T/M", "KHÓA", "KHOÁ", "Khóa", "kỳ họp",
    "QUYẾT NGHỊ:", "NGHỊ QUYẾT", "CHỈ THỊ:", "BAN HÀNH:", "V/v", "v/v", "CÔNG BÁO/Số",
    "Trang 2", "Ký bởi:", "Epas: 12", "Source:", "Signature Not Verified", "(Đã ký)", "[1]",
    "<img", "![a](b)", "ban hành Nghị định", "Chính phủ", "1.", "1-", "12", "1.1.", "a)",
    "đ1)", "a.1)", "iv)", "- ", "+ ", "• ", "– ", "---", "***", "===", "|", ".", ";", ",",
    "K", "ſ", "ß", "ǅ", "\u0345", "Ⓐ", "ⓐ", "ª", "\x1c", "\u2003", " ", "CỘNG HÒA", "Hà Nội",
    ", ngày 5 tháng 6 năm 2020", "Độc lập - Tự do - Hạnh phúc", "VIỆT NAM", "X", "a", "A",
    "Email: a@b.vn", "EMAIL:", "Người ký:", "Cơ quan:", "Thời gian ký:",
]  # fmt: skip
_PIECES = st.sampled_from(_STARTS)


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=6))
def test_gated_rules_give_what_every_rule_gives(pieces: list[str]) -> None:
    text = "".join(pieces).strip()
    assert classify(text) == _classify_every_rule(text)


def test_first_character_gates_admit_every_match() -> None:
    lines = [*_corpus_lines(), *(a + b for a in _STARTS for b in ["", *_STARTS])]
    for pattern, gate in lexer._FIRST_CHAR.items():
        for text in lines:
            if pattern.match(text):
                assert gate.match(text[:1]), (pattern.pattern, text)
    for text in lines:
        if P.SO_KY_HIEU.match(text):
            assert lexer._holds_so(text), text


def test_separator_lines_start_with_a_separator_character() -> None:
    """segments() tries P.SEPARATOR only on lines starting with one of _SEPARATOR_FIRST."""
    gate = lexer._FIRST_CHAR[P.SEPARATOR]
    for cp in range(0x110000):
        ch = chr(cp)
        if gate.match(ch) and not ch.isspace():  # a stripped line starts with no space
            assert ch in lexer._SEPARATOR_FIRST, hex(cp)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=" \t\n\x0b\x1c\u00a0\u2003\u3000\u200bab.Đ-", max_size=20))
def test_fold_is_fold_spaces(text: str) -> None:
    assert lexer._fold(text) == fold_spaces(text)


_SPACES = st.text(alphabet=" \u2003\x1c", max_size=4)


@settings(max_examples=3000, deadline=None)
@given(
    st.tuples(
        st.sampled_from(["", "1", "Số: 5/QĐ ", ",", "x, "]),
        st.sampled_from(["Hà Nội", "TP. Hồ Chí Minh", "Huế", "A" * 70, "hà nội", "1"]),
        _SPACES,
        st.sampled_from([",", ", ,", ""]),
        _SPACES,
        st.sampled_from(["ngày", "NGÀY", "Ngày", "nGÀY", "ngay", "n gày"]),
        st.sampled_from([" 05 tháng 6 năm 2020", "25 / 02 /2026", " 1 tháng 1 năm 99"]),
    ),
    st.integers(0, 12),
)
def test_place_date_guard_admits_every_match(pieces: tuple[str, ...], pos: int) -> None:
    text = "".join(pieces)
    if P.DIA_DANH_NGAY.match(text, pos):
        assert lexer._may_be_place_date(text, pos)


def test_dieu_glued_after_a_chapter_title_in_capitals() -> None:
    # A portal's crawl ran "Điều 64." onto the chapter's title line.
    text = "Chương IV\nBẢO VỆ TỔ QUỐC Điều 64.\nBảo vệ Tổ quốc là sự nghiệp của toàn dân."
    toks = tokenize(text)
    assert [(t.kind, t.text) for t in toks[1:3]] == [
        (K.CAPS, "BẢO VỆ TỔ QUỐC"),
        (K.DIEU, "Điều 64."),
    ]


def test_dieu_in_prose_after_capitals_is_not_cut() -> None:
    (tok,) = tokenize("UBND tỉnh thực hiện Điều 5. Ngay.")
    assert tok.kind is K.PARAGRAPH


def test_wrapped_reference_to_a_chapter_is_not_a_heading() -> None:
    # "... vào trước Điều 14 trong Mục 2" / "Chương II như sau:" (a hard wrap, or a portal's
    # prefix blanked before "Chương"): the line goes on the sentence.
    text = (
        "Điều 1. Sửa đổi Luật Đê điều\n8. Bổ sung Điều 13a vào trước Điều 14 trong Mục 2\n"
        "Chương II như sau:\n“Điều 13a. Quy hoạch đê điều.”.\n9. Bãi bỏ Điều 15.\n"
        "Điều 2. Hiệu lực"
    )
    doc = parse_text(text)
    assert [n.kind for n in doc.body] == [NodeKind.DIEU, NodeKind.DIEU]
    assert [c.number for c in doc.articles[0].children if c.kind is NodeKind.KHOAN] == ["8", "9"]
    assert doc.articles[0].children[0].text.endswith("trong Mục 2 Chương II như sau:")
    # A heading with its title in capitals, after a finished sentence, stays a heading.
    heading = "Điều 1. Phạm vi\nNội dung.\nChương II\nQUY ĐỊNH CỤ THỂ\nĐiều 2. Hồ sơ"
    assert parse_text(heading).body[-1].kind is NodeKind.CHUONG


@pytest.mark.parametrize("name", ["Nghị định", "Thông tư liên tịch", "Chỉ thị", "Quy chế"])
def test_wrapped_reference_to_a_part_of_this_document(name: str) -> None:
    # "... trong" / "Mục 2 Thông tư liên tịch này.": any tên loại + "này" is no section title.
    text = (
        f"Điều 1. Phạm vi\n1. Áp dụng các biện pháp trong\nMục 2 {name} này.\n2. Hai.\n"
        "Điều 2. Hiệu lực"
    )
    doc = parse_text(text)
    assert [n.kind for n in doc.body] == [NodeKind.DIEU, NodeKind.DIEU]
    assert [c.number for c in doc.articles[0].children] == ["1", "2"]


def test_tieu_muc_whose_number_went_to_the_next_line() -> None:
    # A portal prints "Tiểu mục" / "2. QUYỀN SỬ DỤNG": not a khoản 2 of the article above.
    text = (
        "Điều 188. Quyền chiếm hữu\n1. Người được giao tài sản chiếm hữu.\n"
        "2. Người được giao tài sản sử dụng.\nTiểu mục\n2. QUYỀN SỬ DỤNG\n"
        "Điều 189. Quyền sử dụng\nQuyền sử dụng là quyền khai thác công dụng."
    )
    kinds = [t.kind for t in tokenize(text)]
    assert TokenKind.TIEU_MUC in kinds
    doc = parse_text(text)
    assert [c.number for c in doc.articles[0].children if c.kind is NodeKind.KHOAN] == ["1", "2"]


def test_wrapped_chapter_reference_after_a_blank_line() -> None:
    # A crawl puts a blank line inside the sentence: "... quy định tại Mục 1" / "" /
    # "Chương XI của Bộ luật này." goes on the khoản, the next khoản stays in the article.
    text = (
        "Điều 3. Giải thích từ ngữ\n1. Người lao động là người làm việc, trừ trường hợp quy "
        "định tại Mục 1\n\nChương XI của Bộ luật này.\n2. Người sử dụng lao động là doanh "
        "nghiệp.\nĐiều 4. Chính sách"
    )
    doc = parse_text(text)
    assert [n.kind for n in doc.body] == [NodeKind.DIEU, NodeKind.DIEU]
    assert [c.number for c in doc.articles[0].children if c.kind is NodeKind.KHOAN] == ["1", "2"]


def test_article_inserted_inside_a_sentence_by_a_portal() -> None:
    # A portal prints an added article ("Điều 49a") where the sentence it cuts breaks.
    text = (
        "Điều 49. Kiểm tra\n1. Việc gửi báo cáo được thực hiện theo quy định tại\n"
        "Điều 49a. Kiểm soát chất lượng kiểm toán 1. Kiểm toán nhà nước kiểm soát chất lượng."
        " khoản 3 Điều 48 của Luật này.\nĐiều 50. Công khai"
    )
    assert [a.number for a in parse_text(text).articles] == ["49", "49a", "50"]
    # A wrapped reference stays one: "... quy định tại" / "Điều 19. 3. Thay thế ...".
    wrapped = "Điều 7. Thay thế\n1. Thay thế cụm từ tại khoản 1 Điều 18 và\nĐiều 19. Nội dung."
    assert [a.number for a in parse_text(wrapped).articles] == ["7"]


def test_article_printed_on_one_line_with_its_khoan() -> None:
    # A portal prints an added article on one line: "Điều 49a. Title 1. Text. 2. Text. 3. ...".
    text = (
        "Điều 49. Kiểm tra\nNội dung.\n"
        "Điều 49a. Kiểm soát chất lượng kiểm toán 1. Kiểm toán nhà nước kiểm soát chất lượng"
        " theo khoản 1. Điều 5. 2. Kiểm soát được thực hiện thường xuyên; a) Hằng năm. 3. Tổng"
        " Kiểm toán nhà nước quy định cụ thể.\nĐiều 50. Công khai"
    )
    doc = parse_text(text)
    art = doc.articles[1]
    assert (art.number, art.title) == ("49a", "Kiểm soát chất lượng kiểm toán")
    khoan = [c for c in art.children if c.kind is NodeKind.KHOAN]
    assert [c.number for c in khoan] == ["1", "2", "3"]
    assert text[khoan[1].span.start : khoan[1].span.end].startswith("2. Kiểm soát")
    # Numbers out of order, or a lone "1.", leave the line whole.
    assert parse_text("Điều 1. Phạm vi 2. Một. 1. Hai.").articles[0].children == ()


@pytest.mark.parametrize(
    ("text", "points"),
    [
        # a portal prints an amended khoản on one line, its points inline
        (
            "Điều 5. Thẩm quyền\n2a. Đội trưởng Đội đặc nhiệm có quyền: a) Phạt cảnh cáo; "
            "b) Phạt tiền đến 10.000.000 đồng; c) Tịch thu tang vật.",
            ["a", "b", "c"],
        ),
        # the first point wrapped onto its khoản's line, the others on lines of their own
        (
            "Điều 33. Điều tra\n1.\nXây dựng bản đồ chất lượng đất a) Tích hợp, tiếp biên bản đồ;"
            "\nb) Tổng hợp nội dung bản đồ;\nc) Biên tập bản đồ.",
            ["a", "b", "c"],
        ),
        # a reference is no point: "điểm a) khoản 1"
        ("Điều 1. Áp dụng\n1. Theo điểm a) Khoản 1 Điều 3; b) Khoản 2 Điều 4.", []),
        # a lone "a)" with nothing after it, or letters out of order, leave the line whole
        ("Điều 1. Loại\n1. Gồm 2 loại a) Xanh và b) Đỏ.", []),
        ("Điều 1. Loại\n1. Gồm: a) Xanh; c) Đỏ.", []),
        # a crawl ran points on after the one that starts the line
        (
            "Điều 1. Tội\n3. Phạm tội:\na) Cây trồng;\nb) Rừng sản xuất; c) Rừng phòng hộ; d) Rừng"
            " đặc dụng;\nđ) Gây thiệt hại.",
            ["a", "b", "c", "d", "đ"],
        ),
        # ... never at a reference, nor at a letter out of order
        ("Điều 1. Áp dụng\n1. Gồm:\na) Theo quy định tại điểm b) Khoản 2;\nb) Khác.", ["a", "b"]),
        ("Điều 1. Loại\n1. Gồm:\na) Xanh; c) Đỏ.", ["a"]),
    ],
)
def test_points_printed_on_the_line_before(text: str, points: list[str]) -> None:
    (khoan,) = [c for c in parse_text(text).articles[0].children if c.kind is NodeKind.KHOAN]
    assert [c.number for c in khoan.children if c.kind is NodeKind.DIEM] == points
    for point in khoan.children:
        if point.kind is NodeKind.DIEM:
            assert text[point.span.start : point.span.end].startswith(point.number + ") ")


def test_first_khoan_number_at_the_end_of_a_wrapped_title() -> None:
    # A crawl put "1." at the end of the article title's wrapped line.
    text = (
        "Điều 44. Loại nhà và\ntiêu chuẩn diện tích nhà ở công vụ 1.\nNhà ở công vụ bao gồm"
        " nhà biệt thự.\n2. Tiêu chuẩn diện tích.\nĐiều 45. Quy định tại\nkhoản 1.\nNội dung."
    )
    first, second = parse_text(text).articles
    assert first.title == "Loại nhà và tiêu chuẩn diện tích nhà ở công vụ"
    assert [c.number for c in first.children if c.kind is NodeKind.KHOAN] == ["1", "2"]
    # "... tại khoản 1.": a reference, not a number
    assert second.title == "Quy định tại khoản 1."


def test_part_heading_with_its_first_chapter_on_one_line() -> None:
    text = (
        "Phần thứ hai XỬ PHẠT VI PHẠM HÀNH CHÍNH Chương I CÁC HÌNH THỨC XỬ PHẠT\n"
        "Điều 21. Các hình thức xử phạt\nNội dung.\nChương II THẨM QUYỀN\nĐiều 22. Một\nNội dung."
    )
    (part,) = parse_text(text).body
    assert (part.kind, part.title) == (NodeKind.PHAN, "XỬ PHẠT VI PHẠM HÀNH CHÍNH")
    assert [(c.kind, c.number) for c in part.children] == [
        (NodeKind.CHUONG, "I"),
        (NodeKind.CHUONG, "II"),
    ]
    # A part whose title goes on in prose keeps its line: "Phần này quy định ... Chương II".
    prose = "Phần thứ hai quy định về Chương II Luật này.\nĐiều 1. Một"
    assert TokenKind.CHUONG not in [t.kind for t in tokenize(prose)]


def test_wrapped_reference_to_a_chapter_of_this_decree() -> None:
    # "... quy định tại" / "Chương V Nghị định này.": "Nghị định này" is no chapter title.
    text = (
        "Điều 2. Thẩm quyền\n1. Mức phạt tiền.\n2. Người có thẩm quyền xử phạt được quy định tại"
        "\nChương V Nghị định này.\n3. Thẩm quyền lập biên bản.\nĐiều 3. Hiệu lực"
    )
    doc = parse_text(text)
    assert [n.kind for n in doc.body] == [NodeKind.DIEU, NodeKind.DIEU]
    khoan = [c.number for c in doc.articles[0].children if c.kind is NodeKind.KHOAN]
    assert khoan == ["1", "2", "3"]


def test_chapter_heading_with_its_first_article_on_one_line() -> None:
    text = (
        "Điều 8. Cấp tài khoản\nNội dung.\n"
        "Chương II QUY ĐỊNH VỀ CỔNG THÔNG TIN MỘT CỬA QUỐC GIA Điều 9. Nguyên tắc hoạt động\n"
        "1. Tuân thủ pháp luật.\n2. Đảm bảo tính chính xác.\nĐiều 10. Kết nối"
    )
    doc = parse_text(text)
    assert [a.number for a in doc.articles] == ["8", "9", "10"]
    chapter = doc.body[-1]
    assert (chapter.kind, chapter.title) == (
        NodeKind.CHUONG,
        "QUY ĐỊNH VỀ CỔNG THÔNG TIN MỘT CỬA QUỐC GIA",
    )
    assert [c.number for c in doc.articles[1].children] == ["1", "2"]


def test_wrapped_reference_to_a_chapter_joins_the_line_before() -> None:
    text = (
        "b) Phạt tiền đến 3.750.000 đồng đối với hành vi vi phạm quy định tại\n"
        "Chương II Nghị định này.\n3. Đội trưởng có quyền:\n"
    )
    kinds = [t.kind for t in tokenize(text)]
    assert kinds == [TokenKind.DIEM, TokenKind.KHOAN]
    # A chapter heading after a finished sentence stays a heading.
    assert TokenKind.CHUONG in [t.kind for t in tokenize("Nội dung.\nChương II\nQUY ĐỊNH\n")]


def test_article_number_wrapped_onto_its_own_line_is_not_a_khoan() -> None:
    text = (
        "2. Thay thế cụm từ “Cục” bằng cụm từ “Vụ” tại khoản 1, khoản 2 Điều\n19.\n"
        "3. Thay thế cụm từ “Vụ trưởng” bằng cụm từ “Cục trưởng”.\n"
    )
    toks = tokenize(text)
    assert [(t.kind, t.groups.get("number")) for t in toks] == [
        (TokenKind.KHOAN, "2"),
        (TokenKind.KHOAN, "3"),
    ]
    assert toks[0].text.endswith("khoản 2 Điều 19.")


def test_chapter_heading_run_onto_the_last_line_after_a_portal_note() -> None:
    # "... thời hạn sử dụng. [Khoản này được hướng dẫn bởi ...] Chương IV CẤP, QUẢN LÝ ...":
    # the note is blanked, the next chapter's heading starts there.
    text = (
        "Chương III\nCẤP THẺ\nĐiều 25. Thẻ căn cước\n1. Nội dung thẻ.\n"
        "2. Chính phủ quy định thời hạn sử dụng. [Khoản này được hướng dẫn bởi Chương V Nghị "
        "định 70/2024/NĐ-CP có hiệu lực từ ngày 01/07/2024] Chương IV CẤP, QUẢN LÝ CĂN CƯỚC "
        "ĐIỆN TỬ\nĐiều 31. Căn cước điện tử\n1. Mỗi công dân có một căn cước điện tử."
    )
    doc = parse_text(text)
    assert [(n.kind, n.number) for n in doc.body] == [
        (NodeKind.CHUONG, "III"),
        (NodeKind.CHUONG, "IV"),
    ]
    assert doc.body[1].title == "CẤP, QUẢN LÝ CĂN CƯỚC ĐIỆN TỬ"
    assert [len([c for c in a.children if c.kind is NodeKind.KHOAN]) for a in doc.articles] == [
        2,
        1,
    ]
    # The same after a điểm, whose line starts in lower case.
    diem = "Điều 1. Quyền\n1. Quyền:\na) Được khai thác. Chương VIII NGHĨA VỤ CỦA CHỦ RỪNG\n"
    assert [n.kind for n in parse_text(diem + "Điều 2. Nghĩa vụ").body] == [
        NodeKind.DIEU,
        NodeKind.CHUONG,
    ]
    # A reference in prose is no heading: "... theo Chương II Nghị định này."
    prose = "Điều 1. Phạm vi\n1. Xử phạt theo quy định tại Chương II Nghị định này."
    assert [n.kind for n in parse_text(prose).body] == [NodeKind.DIEU]


def test_year_wrapped_after_nam_is_not_a_page_number() -> None:
    # A hard wrap right after "năm" leaves the year alone on a line: it is text.
    tokens = tokenize("1. Đạt chỉ số cạnh tranh đến năm\n2030\nCÔNG BÁO/Số 242/Ngày 22-04-2026\n2")
    assert [t.kind for t in tokens] == [K.NOISE, K.NOISE, K.KHOAN]
    assert tokens[-1].text == "1. Đạt chỉ số cạnh tranh đến năm 2030"
    doc = parse_text(
        "NGHỊ QUYẾT\nVỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ NĂM\n2025\n"
        "QUYẾT NGHỊ:\nĐiều 1. Sắp xếp.\n"
    )
    assert doc.header.title == "VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ NĂM 2025"
    # Not across furniture: a flattened table's "Năm" / "3" / "1969" (the year follows a number).
    assert [t.text for t in tokenize("Tháng Năm\n3\n1969")] == ["3", "1969", "Tháng Năm"]
    # A page number after a sentence that does not end with "năm" stays furniture.
    assert [t.kind for t in tokenize("Điều 3. Hiệu lực từ năm nay\n2030")] == [K.NOISE, K.DIEU]


# A khoản's or điểm's label alone on its line, its text on the next (real lines from the raw
# corpus): one token, as if printed on one line, whose span covers both lines.
@pytest.mark.parametrize(
    ("text", "kind", "number", "body"),
    [
        (
            "2.\nKỹ thuật bảo vệ, cải tạo, phục hồi đất quy định tại Điều 54 Luật Đất đai.",
            K.KHOAN,
            "2",
            "Kỹ thuật bảo vệ, cải tạo, phục hồi đất quy định tại Điều 54 Luật Đất đai.",
        ),
        (
            "6.\nChính phủ quy định chi tiết Điều này.",
            K.KHOAN,
            "6",
            "Chính phủ quy định chi tiết Điều này.",
        ),
        # the text wraps on: the label takes the whole logical line
        (
            "1.\nGiao Ủy ban nhân dân tỉnh\nhoàn thiện, phê duyệt Dự án rà soát.",
            K.KHOAN,
            "1",
            "Giao Ủy ban nhân dân tỉnh hoàn thiện, phê duyệt Dự án rà soát.",
        ),
        # a blank line between, as a Markdown conversion leaves
        ("10.\n\nPhí đăng ký giao dịch bảo đảm", K.KHOAN, "10", "Phí đăng ký giao dịch bảo đảm"),
        # after a label, "Căn cứ ..." and "Thực hiện ..." are prose, not a preamble's lines
        (
            "e)\nCăn cứ khác theo thỏa thuận hoặc theo quy định của Bộ luật Dân sự, luật khác"
            " liên quan.",
            K.DIEM,
            "e",
            "Căn cứ khác theo thỏa thuận hoặc theo quy định của Bộ luật Dân sự, luật khác"
            " liên quan.",
        ),
        (
            "2.\nThực hiện quyền giám sát tối cao việc tuân theo Hiến pháp, luật và nghị quyết của"
            " Quốc hội;",
            K.KHOAN,
            "2",
            "Thực hiện quyền giám sát tối cao việc tuân theo Hiến pháp, luật và nghị quyết của"
            " Quốc hội;",
        ),
    ],
)
def test_lone_label_takes_the_next_line_as_its_text(
    text: str, kind: TokenKind, number: str, body: str
) -> None:
    (tok,) = tokenize(text)
    assert (tok.kind, tok.groups) == (kind, {"number": number, "text": body, "lone": "1"})
    assert (tok.span.start, tok.span.end) == (0, len(text))
    assert tok.span.end_line == text.count("\n") + 1
    (node,) = parse_text("Điều 1. Phạm vi\n" + text).articles[0].children
    assert (node.number, node.text, node.children) == (number, body, ())


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("1.\n2.", [K.KHOAN, K.KHOAN]),  # another number
        (
            "9.\n3. Tình hình hoạt động sản xuất kinh doanh của doanh nghiệp tại khu công nghiệp",
            [K.KHOAN, K.KHOAN],
        ),
        ("a)\nb) Do bên được bảo lãnh không thực hiện nghĩa vụ trước thời hạn;", [K.DIEM, K.DIEM]),
        ("2.\nĐiều 3. Hiệu lực thi hành", [K.KHOAN, K.DIEU]),  # an article
        ("3.\nChương II\nQUY HOẠCH TÀI NGUYÊN NƯỚC", [K.KHOAN, K.CHUONG, K.CAPS]),  # a heading
        ("4.\nNHỮNG QUY ĐỊNH CHUNG", [K.KHOAN, K.CAPS]),  # a line in capitals
        ("1.\n……………..……………xác định giá đất", [K.KHOAN, K.PARAGRAPH]),  # a form's blank
        ("1.\n| Luật | Số 74/2014/QH13 | ngày 27/11/2014 |", [K.KHOAN, K.TABLE_ROW]),
    ],
)
def test_lone_label_is_not_joined_to_a_structure_line(text: str, kinds: list[TokenKind]) -> None:
    tokens = tokenize(text)
    assert [t.kind for t in tokens] == kinds
    assert tokens[0].groups["text"] == ""


def test_lone_row_number_of_a_flattened_table_stays_a_row() -> None:
    # A table read one cell per line inside a khoản: "2." / "Hỗ trợ tập huấn" numbers back
    # below the article's khoản 2, so it is a row (a paragraph), not a second khoản 2.
    text = (
        "Điều 1. Mức chi\n1. Phạm vi.\n2. Mức chi: theo bảng sau.\n1.\nThù lao\n2.\nHỗ trợ tập huấn"
    )
    (article,) = parse_text(text).articles
    assert [(c.kind, c.number) for c in article.children] == [
        (NodeKind.KHOAN, "1"),
        (NodeKind.KHOAN, "2"),
    ]
    rows = article.children[1].children
    assert [r.text for r in rows] == ["1. Thù lao", "2. Hỗ trợ tập huấn"]


def test_cong_dien_formula_line() -> None:
    assert classify("THỦ TƯỚNG CHÍNH PHỦ điện:")[0] is TokenKind.FORMULA
    assert classify("Nguồn điện:")[0] is TokenKind.PARAGRAPH


@pytest.mark.parametrize("line", ["y). Người đứng đầu trạm y tế xã báo cáo;", "x);", "i). Sau đó"])
def test_bracketed_word_that_a_wrap_put_first_is_not_a_point(line: str) -> None:
    # "... kỹ thuật" / "y). Người ...": the last word of a parenthesis, not a điểm or tiết label.
    assert classify(line)[0] is K.PARAGRAPH
    text = "Điều 1. Trực\n1. Bố trí:\nb) Trạm y tế bố trí người (bác sỹ, kỹ thuật\n" + line
    text += "\nc) Cơ sở công lập."
    (khoan,) = parse_text(text).articles[0].children
    b, c = khoan.children
    assert (b.number, b.text.endswith("kỹ thuật " + line)) == ("b", True)
    assert (c.number, c.text) == ("c", "Cơ sở công lập.")


@pytest.mark.parametrize(
    ("line", "numbers"),
    [
        # a crawl ran the next khoản on after the one that starts the line
        ("2. Xây dựng nhà ở; 3. Xây dựng cơ sở hạ tầng; 4. Cải tạo các khu nhà.", ["2", "3", "4"]),
        ("2. Kiểm kê di sản. 3. Yếu tố gốc cấu thành di tích.", ["2", "3"]),
        # never a form's blanks, a reference or a number out of order
        ("2. Họ và tên: .................. 3. Giới tính: Nam", ["2"]),
        ("2. Theo quy định tại khoản 3. Nội dung khác.", ["2"]),
        ("2. Nội dung. 4. Nội dung khác.", ["2"]),
    ],
)
def test_khoan_run_on_after_the_one_that_starts_the_line(line: str, numbers: list[str]) -> None:
    text = f"Điều 11. Nhà ở\n1. Phạm vi.\n{line}"
    (article,) = parse_text(text).articles
    assert [c.number for c in article.children if c.kind is NodeKind.KHOAN] == ["1", *numbers]
    for node in article.children:
        assert text[node.span.start : node.span.end].startswith(f"{node.number}. ")


def test_chapter_section_and_article_run_onto_the_last_line_after_a_portal_note() -> None:
    text = (
        "Chương II\nQUẢN LÝ\nĐiều 19. Thực hiện nhiệm vụ\n1. Chính phủ.\n"
        "2. Các cơ quan chuyên môn giúp Ủy ban nhân dân. [Khoản này được sửa đổi bởi Khoản 2 "
        "Điều 8 Luật 2025] Chương III [Chế độ được hướng dẫn bởi Chương II Thông tư 45/2018/TT-BTC"
        "] CHẾ ĐỘ QUẢN LÝ TÀI SẢN CÔNG Mục 1. QUY ĐỊNH CHUNG Điều 20. Tài sản công tại cơ quan\n"
        "1. Nhà làm việc.\n2. Quyền sử dụng đất."
    )
    doc = parse_text(text)
    assert [(n.kind, n.number) for n in doc.body] == [
        (NodeKind.CHUONG, "II"),
        (NodeKind.CHUONG, "III"),
    ]
    (section,) = doc.body[1].children
    assert (section.kind, section.number, section.title) == (NodeKind.MUC, "1", "QUY ĐỊNH CHUNG")
    assert [(a.number, len(a.children)) for a in doc.articles] == [("19", 2), ("20", 2)]
    # ... also after a repealed khoản's "(được bãi bỏ)"
    repealed = (
        "Mục 3\nSỬ DỤNG\nĐiều 86. Đất\n1. Hình thức.\n2.[69] (được bãi bỏ) Mục 4. XỬ LÝ TÀI SẢN "
        "Điều 87. Hình thức xử lý\n1. Thu hồi.\n2. Điều chuyển."
    )
    doc = parse_text(repealed)
    assert [(n.kind, n.number) for n in doc.body] == [(NodeKind.MUC, "3"), (NodeKind.MUC, "4")]
    assert [(a.number, len(a.children)) for a in doc.articles] == [("86", 2), ("87", 2)]


@pytest.mark.parametrize(
    "text",
    [
        # the first khoản on the heading's line, its number footnote-marked (a VBHN's portal copy)
        "Điều\n79. Nộp tiền phạt nhiều lần 1.[129] Việc nộp tiền phạt nhiều lần khi:\n"
        "a) Bị phạt tiền;\n2. Người bị phạt nộp đơn.",
        # ... or its number after a mark of its own on the line
        "Điều 54. Giao quyền xử phạt\n[63] 1.[64] Người có thẩm quyền giao quyền.\n"
        "2. Việc giao quyền bằng văn bản.",
        # a title holding a ";", its first khoản's number wrapped onto its second line
        "Điều 4. Đối tượng điều tra, đánh giá đất đai;\nbảo vệ, cải tạo, phục hồi đất 1.\n"
        "Đối tượng điều tra là đất.\n2. Đối tượng bảo vệ.",
    ],
)
def test_first_khoan_on_a_heading_line_with_footnote_marks(text: str) -> None:
    (article,) = parse_text(text).articles
    assert [c.number for c in article.children if c.kind is NodeKind.KHOAN] == ["1", "2"]
    assert not article.title.endswith(("1.", "]"))


def test_wrapped_chapter_reference_after_a_blank_line_and_a_reference_word() -> None:
    # "... tối đa quy định tại" / "" / "Chương II Nghị định này.": a crawl's wrap, not a chapter.
    text = (
        "Chương I\nQUY ĐỊNH CHUNG\nĐiều 3. Nguyên tắc\n1. Xếp lương.\n"
        "2. Tiền lương không vượt quá mức tối đa quy định tại\n\nChương II Nghị định này.\n"
        "3. Mức tiền lương tối đa.\nChương II\nMỨC TIỀN LƯƠNG\nĐiều 4. Mức lương cơ bản"
    )
    doc = parse_text(text)
    assert [(n.kind, n.number) for n in doc.body] == [
        (NodeKind.CHUONG, "I"),
        (NodeKind.CHUONG, "II"),
    ]
    three = doc.articles[0]
    assert [c.number for c in three.children if c.kind is NodeKind.KHOAN] == ["1", "2", "3"]
    assert three.children[1].text.endswith("quy định tại Chương II Nghị định này.")


def test_wrapped_list_of_chapter_references_is_no_heading() -> None:
    assert (
        classify("Chương III; Chương IV; các Điều 78, 79 và 80; Chương VII Nghị định này.")[0]
        is K.PARAGRAPH
    )
    assert classify("Mục 1; Mục 2 Chương II")[0] is K.PARAGRAPH
    text = (
        "Điều 88. Thẩm quyền\n1. Chủ tịch các cấp:\nc) Chủ tịch cấp tỉnh xử phạt hành vi tại "
        "Chương II;\nChương III; Chương IV; các Điều 78, 79 và 80; Chương VII Nghị định này.\n"
        "2. Thanh tra:\na) Chánh Thanh tra xử phạt."
    )
    (article,) = parse_text(text).body
    assert [c.number for c in article.children if c.kind is NodeKind.KHOAN] == ["1", "2"]
