"""The builder: hierarchy, header, preamble, footer and appendices from small real-shaped texts."""

from __future__ import annotations

import datetime as dt

import pytest

from nghiquyet import NodeKind, PreambleKind, parse_text

RESOLUTION = """\
HỘI ĐỒNG NHÂN DÂN
TỈNH BẮC GIANG
Số: 04/2017/NQ-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 12 tháng 7 năm 2017

NGHỊ QUYẾT
Quy định chế độ bồi dưỡng đối với người làm nhiệm vụ
tiếp công dân trên địa bàn tỉnh
HỘI ĐỒNG NHÂN DÂN TỈNH BẮC GIANG
KHÓA XVIII, KỲ HỌP THỨ 3

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 64/2014/NĐ-CP ngày 26 tháng 6 năm 2014 của Chính phủ;
Xét Tờ trình số 115/TTr-UBND ngày 28 tháng 6 năm 2017 của Ủy ban nhân dân tỉnh.

QUYẾT NGHỊ:

Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
1. Nghị quyết này quy định mức chi.
2. Đối tượng áp dụng:
a) Cán bộ tiếp công dân;
b) Người được giao nhiệm vụ.
Điều 2. Hiệu lực thi hành
Nghị quyết này đã được Hội đồng nhân dân tỉnh Bắc Giang khóa XVIII, kỳ họp thứ 3 thông qua \
ngày 12 tháng 7 năm 2017 và có hiệu lực từ ngày 01 tháng 8 năm 2017./.

Nơi nhận:
- Ủy ban Thường vụ Quốc hội;
- Chính phủ;
- Lưu: VT.
CHỦ TỊCH
Bùi Văn Hải
"""


def test_header_fields() -> None:
    h = parse_text(RESOLUTION).header
    assert h.issuer == "HỘI ĐỒNG NHÂN DÂN TỈNH BẮC GIANG"
    assert (h.number, h.number_raw) == ("04/2017/NQ-HĐND", "04/2017/NQ-HĐND")
    assert (h.place, h.date) == ("Bắc Giang", dt.date(2017, 7, 12))
    assert h.doc_type == "Nghị quyết"
    assert h.title == (
        "Quy định chế độ bồi dưỡng đối với người làm nhiệm vụ tiếp công dân trên địa bàn tỉnh"
    )
    assert h.session is not None and (h.session.term, h.session.sitting) == ("XVIII", "THỨ 3")
    assert h.national_title == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert set(h.spans) >= {"issuer", "number", "place", "date", "doc_type", "title"}


def test_field_spans_point_at_the_source() -> None:
    doc = parse_text(RESOLUTION)
    span = doc.header.spans["number"]
    assert RESOLUTION[span.start : span.end] == "Số: 04/2017/NQ-HĐND"
    assert span.line == 3


def test_preamble_items_and_formula() -> None:
    p = parse_text(RESOLUTION).preamble
    assert [i.kind for i in p.items] == [
        PreambleKind.BASIS,
        PreambleKind.BASIS,
        PreambleKind.CONSIDERATION,
    ]
    assert p.formula == "QUYẾT NGHỊ:"


def test_body_hierarchy() -> None:
    doc = parse_text(RESOLUTION)
    (chuong,) = doc.body
    assert (chuong.kind, chuong.number, chuong.title) == (NodeKind.CHUONG, "I", "QUY ĐỊNH CHUNG")
    art1, art2 = chuong.children
    assert (art1.kind, art1.number, art1.title) == (NodeKind.DIEU, "1", "Phạm vi điều chỉnh")
    k1, k2 = art1.children
    assert (k1.kind, k1.number, k1.text) == (
        NodeKind.KHOAN,
        "1",
        "Nghị quyết này quy định mức chi.",
    )
    assert [(d.kind, d.number) for d in k2.children] == [(NodeKind.DIEM, "a"), (NodeKind.DIEM, "b")]
    assert [c.kind for c in art2.children] == [NodeKind.PARAGRAPH]
    assert [a.number for a in doc.articles] == ["1", "2"]
    assert doc.article("2") is art2


def test_closing_dates_and_end_mark() -> None:
    closing = parse_text(RESOLUTION).closing
    assert closing is not None
    assert closing.adopted_on == dt.date(2017, 7, 12)
    assert closing.effective_on == dt.date(2017, 8, 1)
    assert closing.end_mark


def test_recipients_and_signatory() -> None:
    doc = parse_text(RESOLUTION)
    assert [r.text for r in doc.recipients] == [
        "Ủy ban Thường vụ Quốc hội;",
        "Chính phủ;",
        "Lưu: VT.",
    ]
    assert doc.signatory is not None
    assert (doc.signatory.title, doc.signatory.name) == ("CHỦ TỊCH", "Bùi Văn Hải")


def test_header_issuer_lost_comes_from_the_title_block() -> None:
    text = RESOLUTION.replace("HỘI ĐỒNG NHÂN DÂN\nTỈNH BẮC GIANG\n", "")
    assert parse_text(text).header.issuer == "HỘI ĐỒNG NHÂN DÂN TỈNH BẮC GIANG"


def test_parent_body_is_kept_apart() -> None:
    text = (
        "BỘ TÀI CHÍNH\nTỔNG CỤC HẢI QUAN\nSố: 778/TCHQ-GSQL\n"
        "V/v hướng dẫn thủ tục\nKính gửi: Cục Hải quan."
    )
    h = parse_text(text).header
    assert (h.parent_issuer, h.issuer) == ("BỘ TÀI CHÍNH", "TỔNG CỤC HẢI QUAN")
    assert (h.doc_type, h.title) == ("Công văn", "hướng dẫn thủ tục")


def test_signature_with_authority_lines() -> None:
    text = (
        "Điều 1. Hiệu lực\nNghị định có hiệu lực./.\n"
        "TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nLê Minh Khái"
    )
    sig = parse_text(text).signatory
    assert sig is not None
    assert sig.authority == ("TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG")
    assert (sig.title, sig.name) == ("PHÓ THỦ TƯỚNG", "Lê Minh Khái")


def test_amending_text_in_quotes_is_not_the_documents_own_structure() -> None:
    text = (
        "Điều 1. Sửa đổi\n1. Sửa đổi Điều 5 như sau:\n“Điều 5. Nội dung mới\n"
        "1. Khoản mới.”.\nĐiều 2. Hiệu lực\nThông tư này có hiệu lực./."
    )
    doc = parse_text(text)
    assert [a.number for a in doc.articles] == ["1", "2"]
    assert len([c for c in doc.articles[0].children if c.kind is NodeKind.KHOAN]) == 1


def test_attached_regulation_after_the_signature_is_an_appendix() -> None:
    text = (
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế.\nĐiều 2. Hiệu lực./.\n"
        "CHỦ TỊCH\nNguyễn Văn A\nQUY CHẾ\n(Ban hành kèm theo Quyết định số 12/2025/QĐ-UBND)\n"
        "Điều 1. Phạm vi\nĐiều 2. Đối tượng"
    )
    doc = parse_text(text)
    assert [a.number for a in doc.articles] == ["1", "2"]
    (app,) = doc.appendices
    assert app.kind == "attachment" and app.title == "QUY CHẾ"
    assert [n.number for n in app.children if n.kind is NodeKind.DIEU] == ["1", "2"]


def test_phu_luc_is_an_appendix_with_a_table() -> None:
    text = (
        "Điều 1. Nội dung./.\nPHỤ LỤC I\nDANH MỤC XÃ\n"
        "| STT | Tên xã | Diện tích |\n| 1 | Xã A | 12,5 |"
    )
    (app,) = parse_text(text).appendices
    assert (app.kind, app.number, app.title) == ("phu_luc", "I", "DANH MỤC XÃ")
    (table,) = app.children
    assert table.kind is NodeKind.TABLE
    assert table.rows == (("STT", "Tên xã", "Diện tích"), ("1", "Xã A", "12,5"))


def test_forms_inside_a_phu_luc_do_not_start_appendices() -> None:
    # A gazette issue that goes on with a Phụ lục: no body; the Phụ lục's forms, each with its
    # own "(Ban hành kèm theo ...)", are the Phụ lục's, up to the next Phụ lục (after a table
    # cell and a page break, not a wrapped reference).
    form = "ĐƠN VỊ BÁO CÁO\nMẫu số: B11-BH\n(Ban hành kèm theo Thông tư số 102/2018/TT-BTC)\n"
    text = (
        "BỘ TÀI CHÍNH\nPhụ lục số 04\nHỆ THỐNG BÁO CÁO TÀI CHÍNH\n"
        "(Ban hành kèm theo Thông tư số 102/2018/TT-BTC)\n"
        f"{form}STT\nChỉ tiêu\n{form}Mã số\nNăm\nCÔNG BÁO/Số 203 + 204/Ngày 18-02-2019\n13\n"
        "Phụ lục số 05\nHƯỚNG DẪN BỔ SUNG\n1. Nội dung."
    )
    doc = parse_text(text)
    assert doc.body == ()
    assert [(a.kind, a.number, a.title) for a in doc.appendices] == [
        ("phu_luc", "04", "HỆ THỐNG BÁO CÁO TÀI CHÍNH"),
        ("phu_luc", "05", "HƯỚNG DẪN BỔ SUNG"),
    ]


def test_out_of_order_articles_get_a_diagnostic() -> None:
    doc = parse_text("Điều 1. A\nĐiều 3. B")
    assert [d.code for d in doc.diagnostics if d.code == "NQP201"] == ["NQP201"]
    diag = next(d for d in doc.diagnostics if d.code == "NQP201")
    assert diag.span is not None and diag.span.line == 2


def test_portal_notes_in_brackets_are_not_text() -> None:
    text = (
        "QUỐC HỘI\nLuật số: 05/2022/QH15\nLUẬT [Điều này được hướng dẫn bởi Nghị định 1/2023/NĐ-CP]"
        " ĐIỆN ẢNH\nCăn cứ Hiến pháp;\nĐiều 1. Phạm vi"
    )
    h = parse_text(text).header
    assert (h.doc_type, h.title, h.number) == ("Luật", "ĐIỆN ẢNH", "05/2022/QH15")


def test_number_on_the_line_after_luat_so() -> None:
    h = parse_text("QUỐC HỘI\nLuật số:\n71/2014/QH13\nLUẬT\nSỬA ĐỔI THUẾ\nĐiều 1. A").header
    assert (h.issuer, h.number, h.number_raw) == ("QUỐC HỘI", "71/2014/QH13", "71/2014/QH13")


def test_signer_glued_to_the_appendix_heading() -> None:
    text = (
        "Điều 1. A./.\nNơi nhận:\n- Lưu: VT.\n"
        "TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Hồng Hà Phụ lục (Kèm theo Nghị định)"
    )
    sig = parse_text(text).signatory
    assert sig is not None and (sig.title, sig.name) == ("PHÓ THỦ TƯỚNG", "Trần Hồng Hà")


def test_consolidated_text_prints_its_number_at_the_end() -> None:
    text = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTHÔNG TƯ\n"
        "Hướng dẫn thực hiện trợ cấp\nĐiều 1. Phạm vi\nNội dung./.\n"
        "BỘ LAO ĐỘNG -\nTHƯƠNG BINH VÀ XÃ HỘI\nSố: 605/VBHN-BLĐTBXH\nXÁC THỰC VĂN BẢN HỢP NHẤT\n"
        "Hà Nội, ngày 16 tháng 02 năm 2024\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Bá Hoan"
    )
    doc = parse_text(text)
    h = doc.header
    assert (h.doc_type, h.number) == ("Thông tư", "605/VBHN-BLĐTBXH")
    assert (h.issuer, h.place) == ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Hà Nội")
    assert [c.kind for c in doc.articles[0].children] == [NodeKind.PARAGRAPH]
    assert doc.signatory is not None and doc.signatory.name == "Nguyễn Bá Hoan"


def test_consolidated_text_under_its_documents_reprinted_header() -> None:
    # The gazette reprints the consolidated decree's own header on top; the VBHN's number,
    # date and issuer, printed at the end, are the document's.
    text = (
        "VĂN BẢN HỢP NHẤT -\nBỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nCHÍNH PHỦ\n"
        "Số: 49/2018/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "30 tháng 3 năm 2018\nNGHỊ ĐỊNH\nQuy định về kiểm định chất lượng\n"
        "Điều 1. Phạm vi\nNội dung./.\n"
        "BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\nSố: 1798/VBHN-BLĐTBXH\n"
        "XÁC THỰC VĂN BẢN HỢP NHẤT\nHà Nội, ngày 18 tháng 5 năm 2023\nKT. BỘ TRƯỞNG\n"
        "THỨ TRƯỞNG\nLê Tấn Dũng"
    )
    doc = parse_text(text)
    h = doc.header
    assert (h.doc_type, h.number, str(h.date)) == ("Nghị định", "1798/VBHN-BLĐTBXH", "2023-05-18")
    assert (h.issuer, h.place) == ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Hà Nội")
    assert text[h.spans["number"].start : h.spans["number"].end].endswith("1798/VBHN-BLĐTBXH")
    assert [a.number for a in doc.articles] == ["1"]
    assert doc.signatory is not None and doc.signatory.name == "Lê Tấn Dũng"


def test_an_ordinary_number_is_kept_when_the_end_prints_no_consolidation() -> None:
    text = (
        "CHÍNH PHỦ\nSố: 49/2018/NĐ-CP\nHà Nội, ngày 30 tháng 3 năm 2018\nNGHỊ ĐỊNH\nVề A\n"
        "Điều 1. Phạm vi\nNội dung./.\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\nNguyễn Xuân Phúc"
    )
    h = parse_text(text).header
    assert (h.number, str(h.date), h.place) == ("49/2018/NĐ-CP", "2018-03-30", "Hà Nội")


def test_number_split_over_two_cells() -> None:
    h = parse_text("ỦY BAN NHÂN DÂN\nSố: 18\n/2025/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc\nĐiều 1. A").header
    assert (h.number, h.number_raw) == ("18/2025/QĐ-UBND", "18/2025/QĐ-UBND")


def test_term_printed_apart_from_qh() -> None:
    assert parse_text("QUỐC HỘI\nLuật số:\n75/2006/QH 11\nLUẬT\nA\nĐiều 1. B").header.number == (
        "75/2006/QH11"
    )


def test_bare_article_headings_in_sequence() -> None:
    doc = parse_text(
        "Điều 1 Đất đai thuộc sở hữu toàn dân.\nĐiều 2 Nhà nước giao đất.\nĐiều 3 Cấm lấn chiếm."
    )
    assert [a.number for a in doc.articles] == ["1", "2", "3"]


def test_bare_article_out_of_sequence_is_prose() -> None:
    doc = parse_text("Điều 1. Phạm vi\nNội dung theo\nĐiều 5 Luật Đất đai.")
    assert [a.number for a in doc.articles] == ["1"]


def test_wrapped_reference_to_phu_luc_does_not_end_the_body() -> None:
    text = (
        "Điều 2. Mẫu trang phục\nMẫu trang phục thực hiện theo quy định tại\n"
        "Phụ lục II ban hành kèm theo Thông tư này.\nĐiều 3. Hiệu lực thi hành\nCó hiệu lực./.\n"
        "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Xuân Định"
    )
    doc = parse_text(text)
    assert [a.number for a in doc.articles] == ["2", "3"]
    assert doc.signatory is not None and doc.signatory.name == "Lê Xuân Định"


def test_wrapped_authority_block_under_the_title() -> None:
    text = (
        "NGHỊ QUYẾT\nQUY ĐỊNH MỨC TRÍCH\nHỘI ĐỒNG NHÂN DÂN TỈNH BÀ RỊA-VŨNG\nTÀU\n"
        "KHOÁ VI, KỲ HỌP THỨ NĂM\nCăn cứ Luật A;\nĐiều 1. B"
    )
    h = parse_text(text).header
    assert (h.issuer, h.title) == ("HỘI ĐỒNG NHÂN DÂN TỈNH BÀ RỊA-VŨNG TÀU", "QUY ĐỊNH MỨC TRÍCH")


def test_wrapped_party_number_is_not_a_khoan() -> None:
    doc = parse_text("Điều 1. A\n1. Thực hiện Quy định số\n232-QĐ/TW, ngày 20 tháng 01 năm 2025;")
    assert [c.number for c in doc.articles[0].children if c.kind is NodeKind.KHOAN] == ["1"]


def test_amending_text_in_straight_quotes() -> None:
    text = (
        "Điều 1. Sửa đổi\n1. Sửa đổi Điều 10 như sau:\n"
        '"Điều 10. Nội dung mới\n1. Khoản một.\n2. Khoản hai."\n2. Bãi bỏ Điều 11.\n'
        "Điều 2. Hiệu lực"
    )
    doc = parse_text(text)
    assert [a.number for a in doc.articles] == ["1", "2"]
    assert [c.number for c in doc.articles[0].children if c.kind is NodeKind.KHOAN] == ["1", "2"]


def test_repeated_portal_name_before_headings_is_blanked() -> None:
    text = "\n".join(
        f"Luật Doanh nghiệp 2020. Điều {i}. Nội dung {i}\nNội dung chi tiết." for i in (1, 2, 3)
    )
    doc = parse_text(text)
    assert [(a.number, a.title) for a in doc.articles] == [
        ("1", "Nội dung 1"),
        ("2", "Nội dung 2"),
        ("3", "Nội dung 3"),
    ]


def test_formula_ending_with_a_comma_does_not_swallow_the_first_article() -> None:
    text = (
        "Căn cứ Hiến pháp;\nQuốc hội ban hành Luật sửa đổi Luật thuế số 04/2007/QH12,\n"
        "Điều 1.\nSửa đổi một số điều."
    )
    doc = parse_text(text)
    assert [a.number for a in doc.articles] == ["1"]
    assert doc.preamble.formula is not None


def test_title_line_starting_with_a_dash() -> None:
    text = (
        "NGHỊ QUYẾT\nVỀ PHÁT TRIỂN KINH TẾ\n- XÃ HỘI TRÊN ĐỊA BÀN TỈNH HÀ GIANG\n"
        "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG\nKHÓA XVII - KỲ HỌP THỨ NĂM\nCăn cứ Luật A;\nĐiều 1. B"
    )
    h = parse_text(text).header
    assert h.title == "VỀ PHÁT TRIỂN KINH TẾ - XÃ HỘI TRÊN ĐỊA BÀN TỈNH HÀ GIANG"
    assert h.issuer == "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG"


def test_a_trich_yeu_starting_like_a_consideration_is_the_title() -> None:
    text = (
        "CHÍNH PHỦ\nSố: 20/2020/NĐ-CP\nHà Nội, ngày 17 tháng 02 năm 2020\n\nNGHỊ ĐỊNH\n"
        "Thực hiện thí điểm quản lý lao động, tiền lương, tiền thưởng đối với một số\n"
        "tập đoàn kinh tế, tổng công ty nhà nước\n\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n"
        "Xét đề nghị của Bộ trưởng Bộ Lao động - Thương binh và Xã hội;\n\n"
        "Chính phủ ban hành Nghị định thực hiện thí điểm.\n\nĐiều 1. Phạm vi\nNội dung.\n"
    )
    doc = parse_text(text)
    assert doc.header.title == (
        "Thực hiện thí điểm quản lý lao động, tiền lương, tiền thưởng đối với một số "
        "tập đoàn kinh tế, tổng công ty nhà nước"
    )
    kinds = [i.kind for i in doc.preamble.items]
    assert kinds == [PreambleKind.BASIS, PreambleKind.CONSIDERATION]


def test_a_title_line_citing_a_number_is_not_the_so_line() -> None:
    text = (
        "NGHỊ QUYẾT\nVỀ VIỆC SỬA ĐỔI, BỔ SUNG NGHỊ QUYẾT\n"
        "SỐ 72/2016/NQ-HĐND NGÀY 08 THÁNG 12 NĂM 2016 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH\n"
        "HỘI ĐỒNG NHÂN DÂN TỈNH ĐỒNG THÁP\nKHÓA IX - KỲ HỌP THỨ NĂM\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "QUYẾT NGHỊ:\nĐiều 1. Sửa đổi\nNội dung.\n"
    )
    doc = parse_text(text)
    assert doc.header.number is None
    assert doc.header.title == (
        "VỀ VIỆC SỬA ĐỔI, BỔ SUNG NGHỊ QUYẾT SỐ 72/2016/NQ-HĐND NGÀY 08 THÁNG 12 NĂM 2016 "
        "CỦA HỘI ĐỒNG NHÂN DÂN TỈNH"
    )
    assert doc.citations[0].number == "72/2016/NQ-HĐND"


def test_footnote_quote_broken_by_a_page_does_not_hide_the_first_articles() -> None:
    # A VBHN footnote quoting an amending act's căn cứ runs on at the next page's foot.
    text = (
        "Căn cứ Luật A;\nChính phủ ban hành Nghị định.1\n"
        "1 Nghị định số 12/2020/NĐ-CP có căn cứ ban hành như sau:\n“Căn cứ Luật B;\n"
        "Căn cứ Luật C;\nCÔNG BÁO/Số 10/Ngày 02-01-2024\n5\nChương I\nQUY ĐỊNH CHUNG\n"
        "Điều 1. Phạm vi\n1. Nội dung một.\nĐiều 2. Đối tượng\n"
        "Theo đề nghị của Bộ trưởng.”.\nĐiều 3. Hiệu lực"
    )
    doc = parse_text(text)
    assert [a.number for a in doc.articles] == ["1", "2", "3"]
    assert doc.body[-1].kind is NodeKind.CHUONG and doc.body[-1].number == "I"


def test_quoted_first_article_without_a_page_break_stays_quoted() -> None:
    text = (
        "Căn cứ Luật A;\nChính phủ ban hành Nghị định.\nMột số nội dung như sau:\n"
        "“Căn cứ Luật B;\nĐiều 1. Phạm vi\nĐiều 2. Đối tượng”.\nĐiều 3. Hiệu lực"
    )
    assert [a.number for a in parse_text(text).articles] == ["3"]


def test_unquoted_article_of_another_act_after_its_announcement_is_not_own() -> None:
    # A VBHN prints the closing articles of the acts it merges, after "... quy định như sau:".
    text = (
        "Điều 1. Phạm vi\n1. Nội dung.\nĐiều 2. Đối tượng\n1. Cơ quan.\n2. Tổ chức.\n"
        "3 Điều 4 của Nghị định số 10/2020/NĐ-CP, có hiệu lực từ ngày ký, quy định như sau:\n"
        "Điều 4. Hiệu lực thi hành\n1. Có hiệu lực từ ngày ký.\n2. Bãi bỏ văn bản cũ.\n"
        "Điều 3. Trách nhiệm\nCác bộ thi hành."
    )
    doc = parse_text(text)
    assert [a.number for a in doc.articles] == ["1", "2", "3"]
    assert [len([c for c in a.children if c.kind is NodeKind.KHOAN]) for a in doc.articles] == [
        1,
        2,
        0,
    ]


def test_straight_quote_closed_by_a_curly_one_ends_the_amending_text() -> None:
    text = (
        "Điều 1. Sửa đổi Thông tư số 10/2020/TT-BTC\n1. Bổ sung Điều 5a như sau:\n"
        '"Điều 5a. Nội dung mới\n1. Khoản một.\n2. Khoản hai.”.\n2. Bãi bỏ Điều 6.\n'
        "Điều 2. Hiệu lực\nThông tư này có hiệu lực./."
    )
    doc = parse_text(text)
    assert [a.number for a in doc.articles] == ["1", "2"]
    assert [c.number for c in doc.articles[0].children if c.kind is NodeKind.KHOAN] == ["1", "2"]
    # A line that opens with " and closes with ” is a whole quotation.
    one_line = (
        'Điều 1. Sửa đổi\n1. Bổ sung Điều 5a như sau:\n"Điều 5a. Nội dung mới.”\nĐiều 2. Hiệu lực'
    )
    assert [a.number for a in parse_text(one_line).articles] == ["1", "2"]


def test_footnote_quote_split_by_a_page_after_the_first_articles() -> None:
    text = (
        "Điều 1. Phạm vi\nNội dung.\nĐiều 2. Hiệu lực2\n1. Có hiệu lực từ ngày ký.\n"
        "2 Điều 4 của Nghị định số 12/2020/NĐ-CP quy định như sau:\n“Điều 4. Hiệu lực\n"
        "1. Có hiệu lực từ ngày 01 tháng 7 năm 2020.\nCÔNG BÁO/Số 10/Ngày 02-01-2024\n7\n"
        "Điều 3. Trách nhiệm thi hành\n1. Các bộ thi hành.\n2. Các tỉnh thi hành.\n"
        "Điều 5. Trách nhiệm\nCác bộ thi hành.”.\nCÔNG BÁO/Số 10/Ngày 02-01-2024\n8\n"
        "Điều 4. Tổ chức thực hiện\nBộ trưởng chịu trách nhiệm."
    )
    doc = parse_text(text)
    assert [a.number for a in doc.articles] == ["1", "2", "3", "4"]
    assert [len([c for c in a.children if c.kind is NodeKind.KHOAN]) for a in doc.articles] == [
        0,
        1,
        2,
        0,
    ]


def test_quote_never_closed_ends_at_the_next_amending_article() -> None:
    # "“1. Nộp hồ sơ" opens amending text that the source never closes.
    text = (
        "Điều 1. Sửa đổi, bổ sung một số khoản của Điều 5\n"
        "1. Sửa đổi, bổ sung khoản 1 như sau: “1. Nộp hồ sơ đăng ký kiểm tra\n"
        "a) Người nhập khẩu lập 01 bộ hồ sơ.\n"
        "2. Sửa đổi, bổ sung khoản 4 như sau:\n“4. Cấp Giấy chứng nhận\n"
        "Điều 2. Sửa đổi, bổ sung một số điểm, khoản của Điều 7\n"
        "1. Sửa đổi, bổ sung điểm a khoản 3 như sau:\n“a) Kiểm tra hồ sơ.”.\n"
        "Điều 3. Điều khoản chuyển tiếp\nHồ sơ đã nộp được giải quyết theo quy định cũ."
    )
    doc = parse_text(text)
    assert [a.number for a in doc.articles] == ["1", "2", "3"]
    # Khoản 2 of Điều 1 stays inside the open quotation: nothing there tells where it ends.
    assert [len([c for c in a.children if c.kind is NodeKind.KHOAN]) for a in doc.articles] == [
        1,
        1,
        0,
    ]


def test_quoted_article_of_the_amended_act_stays_quoted() -> None:
    # Inside amending text, "Điều 2. Sửa đổi ..." of the amended act does not end it when the
    # open article of the document is not an amending one.
    text = (
        "Điều 1. Phạm vi điều chỉnh\n1. Điều 1 được quy định như sau:\n“Điều 1. Phạm vi\n"
        "Điều 2. Sửa đổi hồ sơ\nNội dung."
    )
    assert [a.number for a in parse_text(text).articles] == ["1"]


def test_authority_line_without_the_place_name_is_not_the_titles() -> None:
    # "UỶ BAN NHÂN DÂN TỈNH" / "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" under the title: the issuer
    # printed without its province.
    for line in ("UỶ BAN NHÂN DÂN TỈNH", "CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH"):
        text = (
            "UỶ BAN NHÂN DÂN TỈNH GIA LAI\nSố: 31/2011/QĐ-UBND\n"
            "Gia Lai, ngày 10 tháng 11 năm 2011\nQUYẾT ĐỊNH\n"
            "VỀ VIỆC BAN HÀNH QUY ĐỊNH MIỄN, GIẢM TIỀN SỬ DỤNG ĐẤT\n"
            f"{line}\nCăn cứ Luật Tổ chức HĐND và UBND năm 2003;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành Quy định."
        )
        header = parse_text(text).header
        assert header.title == "VỀ VIỆC BAN HÀNH QUY ĐỊNH MIỄN, GIẢM TIỀN SỬ DỤNG ĐẤT"
        assert header.issuer == "UỶ BAN NHÂN DÂN TỈNH GIA LAI"
    # A last title line naming another body stays the title's.
    other = text.replace("CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH", "CỦA BỘ TÀI CHÍNH")
    assert parse_text(other).header.title.endswith("SỬ DỤNG ĐẤT CỦA BỘ TÀI CHÍNH")


def test_numbered_list_nested_in_a_diem_is_not_khoan() -> None:
    # Markdown: "3. Các đơn vị" / "    a) Khối Bệnh viện" / "    1. Bệnh viện ..." (indented).
    text = (
        "Điều 3. Cơ cấu tổ chức\n1. Lãnh đạo Sở.\n2. Các phòng.\n3. Các đơn vị sự nghiệp\n"
        "    a) Khối Bệnh viện\n    1. Bệnh viện Xanh Pôn\n    2. Bệnh viện Thanh Nhàn\n"
        "    3. Bệnh viện Đức Giang\n    4. Bệnh viện Sơn Tây\n"
        "    b) Khối Trung tâm\n    1. Trung tâm Cấp cứu 115\n"
        "Điều 4. Giám đốc Sở\n1. Giám đốc Sở.\n2. Phó Giám đốc Sở."
    )
    doc = parse_text(text)
    assert [len([c for c in a.children if c.kind is NodeKind.KHOAN]) for a in doc.articles] == [
        3,
        2,
    ]
    # An indented khoản that goes on from the one above (a PDF layer's indent) stays a khoản.
    pdf = "Điều 1. Nội dung\n1. Một\na) Điểm a;\n   2. Hai\nb) Điểm b."
    assert [c.number for c in parse_text(pdf).articles[0].children] == ["1", "2"]


def test_title_in_brackets_with_emphasis_marks() -> None:
    # Markdown: "(*thực hiện khoản 4 và 5 Điều 35 Luật Thủ đô*)"; the blanked "*" leave no space.
    text = (
        "QUYẾT ĐỊNH\nQuy định sử dụng Quỹ phát triển hoạt động sự nghiệp\n"
        "(*thực hiện khoản 4 và 5 Điều 35 Luật Thủ đô*)\n\n"
        "Căn cứ Luật Thủ đô ngày 28 tháng 6 năm 2024;\nĐiều 1. Phạm vi"
    )
    assert parse_text(text).header.title == (
        "Quy định sử dụng Quỹ phát triển hoạt động sự nghiệp "
        "(thực hiện khoản 4 và 5 Điều 35 Luật Thủ đô)"
    )


def test_khoan_number_with_a_footnote_mark_in_a_consolidated_text() -> None:
    text = (
        "Điều 9. Xác định quỹ tiền lương\n"
        "1.4 Việc xác định mức tiền lương bình quân được thực hiện theo quy định.\n"
        "2. Khi xác định quỹ tiền lương, chỉ tiêu lợi nhuận được thay bằng doanh thu.\n"
        "3.5Quỹ tiền thưởng được xác định theo năm.\n"
        "4 Khoản này được sửa đổi tại khoản 3 Điều 4 của Thông tư số 12/2024/TT-BLĐTBXH.\n"
        "5 Khoản này được bổ sung tại khoản 4 Điều 4 của Thông tư số 12/2024/TT-BLĐTBXH.\n"
        "Điều 10. Sub-numbered items\n"
        "1. Nội dung gồm:\n1.1 Mục tiêu chung của chương trình;\n2.1 Mục tiêu cụ thể.\n"
    )
    doc = parse_text(text)
    nine, ten = doc.articles
    assert [c.number for c in nine.children if c.kind is NodeKind.KHOAN] == ["1", "2", "3"]
    # No footnote 1 follows: "1.1" / "2.1" are sub-numbered items, not khoản.
    assert [c.number for c in ten.children if c.kind is NodeKind.KHOAN] == ["1"]


def test_footnote_marks_whose_notes_follow_the_signature() -> None:
    # A portal copy of a VBHN prints every footnote at the end, after the signature.
    text = (
        "Điều 8. Trách nhiệm của cơ quan quản lý thuế\n1. Tổ chức thu thuế.\n"
        "2.15 Tuyên truyền, phổ biến pháp luật về thuế.\n3.16 Cơ quan quản lý thuế giải thích.\n"
        "4. Giữ bí mật thông tin.\nĐiều 9. Nội dung\n1. Gồm:\n2.1 Mục tiêu cụ thể.\n"
        "CHỦ NHIỆM\nNguyễn Hạnh Phúc\n"
        "15 Khoản này được sửa đổi, bổ sung theo quy định tại khoản 5 Điều 1 của Luật số "
        "21/2012/QH13.\n16 Khoản này được sửa đổi, bổ sung theo quy định tại khoản 5 Điều 1 của "
        "Luật số 21/2012/QH13.\n"
    )
    eight, nine = parse_text(text).articles
    assert [c.number for c in eight.children if c.kind is NodeKind.KHOAN] == ["1", "2", "3", "4"]
    # No footnote 1 anywhere: "2.1" stays a sub-numbered item of khoản 1.
    assert [c.number for c in nine.children if c.kind is NodeKind.KHOAN] == ["1"]


def test_quotation_left_open_ends_at_the_next_amending_article() -> None:
    unclosed = (
        "Điều 1. Sửa đổi, bổ sung Điều 3\n1. Nội dung.\n"
        "Điều 2. Bổ sung Điều 4a vào sau Điều 4\n“Điều 4a. Thẩm quyền xác nhận\n"
        "1. Thẩm quyền thuộc Giám đốc chi nhánh.\n2. Trường hợp thay đổi trụ sở.\n"
        "Điều 3. Thay thế cụm từ, Phụ lục\n1. Thay thế cụm từ “Cục” bằng cụm từ “Vụ”.\n"
        "Điều 4. Hiệu lực thi hành\nThông tư này có hiệu lực./."
    )
    doc = parse_text(unclosed)
    assert [a.number for a in doc.articles] == ["1", "2", "3", "4"]
    assert [len([c for c in a.children if c.kind is NodeKind.KHOAN]) for a in doc.articles] == [
        1,
        0,
        1,
        0,
    ]
    # Closed by a straight quote: '“5. ... tính thuế.".'
    straight = (
        "Điều 1. Sửa đổi Nghị định số 68/2026/NĐ-CP\n2. Sửa đổi khoản 5 Điều 8 như sau:\n"
        '“5. Sử dụng hóa đơn điện tử\na) Hộ kinh doanh áp dụng hóa đơn điện tử.".\n'
        "Điều 2. Bổ sung khoản 15 Điều 4 Nghị định số 320/2025/NĐ-CP\nNội dung./."
    )
    assert [a.number for a in parse_text(straight).articles] == ["1", "2"]
    # A quoted article of the amended act that is not titled as an amendment stays quoted.
    quoted = (
        "Điều 1. Sửa đổi Điều 1 và Điều 2 như sau:\n“Điều 1. Phạm vi điều chỉnh\nNội dung.\n"
        "Điều 2. Đối tượng áp dụng\nNội dung.”.\nĐiều 2. Hiệu lực thi hành\nCó hiệu lực./."
    )
    assert [a.number for a in parse_text(quoted).articles] == ["1", "2"]


def test_rule_under_the_title_is_not_part_of_it() -> None:
    text = (
        "CHÍNH PHỦ\nSố: 116/NQ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 29 tháng 4 năm 2026\n\nNGHỊ QUYẾT\n"
        "Về Kế hoạch phòng ngừa, ứng phó, khắc phục hậu quả\nthiên tai\n_____________\n\n"
        "CHÍNH PHỦ\n\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n"
        "QUYẾT NGHỊ:\nĐiều 1. Ban hành Kế hoạch./."
    )
    title = parse_text(text).header.title
    assert title == "Về Kế hoạch phòng ngừa, ứng phó, khắc phục hậu quả thiên tai"


def test_consolidated_title_with_its_footnote_mark_and_a_renamed_act_note() -> None:
    head = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nNGHỊ ĐỊNH\n"
    note = (
        "Nghị định số 121/2016/NĐ-CP ngày 24 tháng 8 năm 2016 thực hiện thí điểm quản lý lao "
        "động đối với Tập đoàn Viễn thông Quân đội, có hiệu lực kể từ ngày 10 tháng 10 năm "
        "2016, được sửa đổi, bổ sung bởi:\n"
        "1. Nghị định số 82/2021/NĐ-CP ngày 06 tháng 9 năm 2021 của Chính phủ.\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n"
        "Điều 1. Phạm vi điều chỉnh\nNội dung./."
    )
    want = (
        "Thực hiện thí điểm quản lý lao động, tiền lương đối với Tập đoàn Công nghiệp - Viễn "
        "thông Quân đội"
    )
    # The note run into the title line, which does not repeat the (since renamed) title.
    glued = head + "Thực hiện thí điểm quản lý lao động, tiền lương đối với\n"
    glued += "Tập đoàn Công nghiệp - Viễn thông Quân đội1\n" + note
    assert parse_text(glued).header.title == want
    # The title cut by blank lines after "đối với".
    cut = head + "Thực hiện thí điểm quản lý lao động, tiền lương đối với\n\n"
    cut += "Tập đoàn Công nghiệp - Viễn thông Quân đội1\n\n\n" + note
    assert parse_text(cut).header.title == want


def test_row_numbers_of_a_flattened_table_are_not_khoan() -> None:
    text = (
        "Điều 1. Danh mục dịch vụ viễn thông bắt buộc quản lý chất lượng\n"
        "1. Ban hành kèm theo Thông tư này Danh mục dịch vụ:\nSTT\nTên dịch vụ\n"
        "Quy chuẩn kỹ thuật\n1.\nDịch vụ truy nhập Internet băng rộng cố định mặt đất\n"
        "QCVN 34:2022/BTTTT\n2. Dịch vụ điện thoại trên mạng viễn thông di động mặt đất\n"
        "QCVN 36:2022/BTTTT\n3. Dịch vụ truy nhập Internet trên mạng viễn thông di động\n"
        "QCVN 81:2019/BTTTT\n"
        "2. Trường hợp các văn bản được viện dẫn được sửa đổi thì thực hiện theo văn bản mới.\n"
        "Điều 2. Hiệu lực thi hành\n1. Thông tư này có hiệu lực từ ngày 15 tháng 7 năm 2026.\n"
        "2. Bare number on its own line, text below:\n3.\nNội dung khoản 3.\n"
    )
    one, two = parse_text(text).articles
    assert [c.number for c in one.children if c.kind is NodeKind.KHOAN] == ["1", "2"]
    # A bare "3." that goes on in order is a khoản.
    assert [c.number for c in two.children if c.kind is NodeKind.KHOAN] == ["1", "2", "3"]


def test_stray_dot_between_the_consolidated_number_and_its_date() -> None:
    text = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTHÔNG TƯ\n"
        "Hướng dẫn quản lý lao động\nĐiều 1. Phạm vi\nNội dung./.\n"
        "BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\nSố: 466/VBHN-BLĐTBXH\n.\n\n"
        "XÁC THỰC VĂN BẢN HỢP NHẤT\n\nHà Nội, ngày 10 tháng  02 năm 2025\nKT. BỘ TRƯỞNG\n"
        "THỨ TRƯỞNG\n\nLê Văn Thanh"
    )
    h = parse_text(text).header
    assert (h.number, h.place, h.date) == ("466/VBHN-BLĐTBXH", "Hà Nội", dt.date(2025, 2, 10))


def test_joint_number_wrapped_after_a_dash() -> None:
    text = (
        "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO -\nTÒA ÁN NHÂN DÂN TỐI CAO -\nBỘ CÔNG AN\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 01/2022/TTLT-VKSNDTC-\nTANDTC-BCA\nHà Nội, ngày 18 tháng 02 năm 2022\n\n"
        "THÔNG TƯ LIÊN TỊCH\nQuy định về phối hợp giữa các cơ quan\n\n"
        "Căn cứ Bộ luật Tố tụng hình sự ngày 27 tháng 11 năm 2015;\nĐiều 1. Phạm vi\nNội dung./."
    )
    h = parse_text(text).header
    assert h.number == "01/2022/TTLT-VKSNDTC-TANDTC-BCA"
    assert h.issuer == "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - TÒA ÁN NHÂN DÂN TỐI CAO - BỘ CÔNG AN"


def test_inserted_article_after_a_quotation_closed_too_early_is_not_own() -> None:
    text = (
        "Điều 12. Bổ sung Mục 2a vào sau Mục 2 Chương IV\n“Mục 2a\nTẠM ĐÌNH CHỈ\n"
        "Điều 28a. Sự kiện bất khả kháng\n1. Sự kiện bất khả kháng là sự kiện khách quan.\n"
        "2. Việc áp dụng phải có căn cứ.”.\n"
        "Điều 28b. Ban hành quyết định tạm đình chỉ\n1. Người giải quyết khiếu nại ban hành.\n"
        "2. Thời hạn được tính lại.”.\n"
        "Điều 13. Bổ sung Điều 30a vào sau Điều 30\nNội dung.\n"
    )
    arts = parse_text(text).articles
    assert [a.number for a in arts] == ["12", "13"]
    assert not [c for c in arts[0].children if c.kind is NodeKind.KHOAN]


def test_reversed_opening_quote_opens_amending_text() -> None:
    text = (
        "Điều 1. Sửa đổi Thông tư số 07/2017/TT-BLĐTBXH\n1. Sửa đổi, bổ sung Điều 1 như sau:\n"
        "\u201fĐiều 1. Phạm vi điều chỉnh\n1. Thông tư này quy định về tuyển dụng.\n"
        "2. Thông tư này áp dụng đối với nhà giáo.”\n2. Sửa đổi khoản 2 Điều 2 như sau:\n"
        "\u201f2. Nhà giáo được hưởng nguyên lương.”\nĐiều 2. Hiệu lực thi hành\nCó hiệu lực./."
    )
    doc = parse_text(text)
    assert [len([c for c in a.children if c.kind is NodeKind.KHOAN]) for a in doc.articles] == [
        2,
        0,
    ]


def test_quotation_mark_left_open_inside_a_sentence_does_not_quote_what_follows() -> None:
    text = (
        "Điều 6. Quỹ tiền lương\n1. Tiền lương được tính trong đơn giá.\n"
        "2. Quỹ tiền lương của công ty do Công ty mẹ “Tập đoàn Công nghiệp - Viễn thông Quân "
        "đội nắm giữ 100% vốn điều lệ được xác định theo năm.\n"
        "3. Khi xác định quỹ tiền lương thực hiện, công ty loại trừ yếu tố khách quan.\n"
        "Điều 7. Hiệu lực thi hành\nNghị định có hiệu lực./."
    )
    six = parse_text(text).articles[0]
    assert [c.number for c in six.children if c.kind is NodeKind.KHOAN] == ["1", "2", "3"]


def test_footnote_run_into_the_one_before_still_marks_its_khoan() -> None:
    text = (
        "Điều 19. Trách nhiệm của Ủy ban nhân dân cấp tỉnh\n1. Chủ trì phối hợp.\n"
        "2. Cấp giấy phép.\n3.22 Báo cáo Bộ Công Thương:\na) Tình hình quản lý.\n"
        "21 Điểm này được bãi bỏ theo quy định tại điểm a khoản 4 Điều 37, có hiệu lực kể từ "
        "ngày 01 tháng 7 năm 2025\n22 Khoản này được sửa đổi theo quy định tại khoản 10 Điều 1, "
        "có hiệu lực kể từ ngày 01 tháng 7 năm 2025.\n"
    )
    nineteen = parse_text(text).articles[0]
    assert [c.number for c in nineteen.children if c.kind is NodeKind.KHOAN] == ["1", "2", "3"]


def test_label_of_a_numbered_line_with_double_spaces() -> None:
    doc = parse_text("Điều 1. Phạm vi\n1. Theo Kế hoạch số 2401/KH-UBND  ngày 05 tháng 9.\n")
    (khoan,) = doc.articles[0].children
    assert khoan.label == "1."


# --- the căn cứ of a consolidated text (VBHN) in the gazette -----------------------------

VBHN_HEAD = (
    "CÔNG BÁO/Số 503 + 504/Ngày 01-7-2022\n73\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nNGHỊ ĐỊNH\n"
    "Thực hiện thí điểm quản lý lao động, tiền lương đối với Tập đoàn Công nghiệp - Viễn thông "
    "Quân đội1\n"
    "Nghị định số 121/2016/NĐ-CP ngày 24 tháng 8 năm 2016 thực hiện thí điểm quản lý lao động, "
    "tiền lương đối với Tập đoàn Viễn thông Quân đội, có hiệu lực kể từ ngày 10 tháng 10 năm "
    "2016, được sửa đổi, bổ sung bởi:\n"
    "1. Nghị định số 74/2020/NĐ-CP ngày 01 tháng 7 năm 2020 của Chính phủ sửa đổi, bổ sung một "
    "số điều của Nghị định số 121/2016/NĐ-CP, có hiệu lực kể từ ngày 15 tháng 8 năm 2020;\n"
    "2. Nghị định số 82/2021/NĐ-CP ngày 06 tháng 9 năm 2021 của Chính phủ về kéo dài thời gian "
    "thực hiện, có hiệu lực kể từ ngày 06 tháng 9 năm 2021.\n"
)
VBHN_BASIS = (
    "Căn cứ Luật tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n"
    "Căn cứ Bộ luật lao động ngày 18 tháng 6 năm 2012;\n"
)
VBHN_REST = (
    "Theo đề nghị của Bộ trưởng Bộ Lao động - Thương binh và Xã hội;\n"
    "Chính phủ ban hành Nghị định về kéo dài thời gian thực hiện thí điểm.\n"
    "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định việc thí điểm.\n"
)


def _basis(text: str) -> list[tuple[str | None, str | None]]:
    doc = parse_text(text)
    return [(c.doc_type, str(c.date) if c.date else None) for c in doc.basis]


def test_numbered_acts_of_a_consolidation_note_come_before_the_basis() -> None:
    doc = parse_text(VBHN_HEAD + VBHN_BASIS + VBHN_REST)
    assert _basis(VBHN_HEAD + VBHN_BASIS + VBHN_REST) == [
        ("Luật", "2015-06-19"),
        ("Bộ luật", "2012-06-18"),
    ]
    assert doc.preamble.formula is not None
    assert [n.number for n in doc.articles] == ["1"]


def test_gazette_furniture_inside_a_consolidation_note() -> None:
    stamp = (
        "Người ký: Cổng Thông tin điện tử Chính phủ\nEmail: thongtinchinhphu@chinhphu.vn\n"
        "Cơ quan: Văn phòng Chính phủ\nThời gian ký: 06.07.2022 09:49:41 +07:00\n74\n"
        "CÔNG BÁO/Số 503 + 504/Ngày 01-7-2022\n"
    )
    text = VBHN_HEAD.replace("1. Nghị định số 74", stamp + "1. Nghị định số 74")
    assert len(_basis(text + VBHN_BASIS + VBHN_REST)) == 2


def test_footnote_at_the_page_foot_after_the_basis_is_not_basis() -> None:
    footnote = (
        "1 Tên gọi này được sửa đổi theo quy định tại khoản 1 Điều 1 Nghị định số "
        "82/2021/NĐ-CP ngày 06 tháng 9 năm 2021 của Chính phủ.\n"
    )
    text = VBHN_HEAD + VBHN_BASIS + footnote + VBHN_REST
    assert _basis(text) == [("Luật", "2015-06-19"), ("Bộ luật", "2012-06-18")]


def test_numbered_lines_that_name_no_act_are_not_a_consolidation_note() -> None:
    text = (
        "BỘ TÀI CHÍNH\nSố: 12/BTC-TCT\nV/v hướng dẫn chính sách thuế\n"
        "1. Về thuế giá trị gia tăng, có hiệu lực từ ngày 01 tháng 7 năm 2025.\n"
        "Căn cứ Thông tư số 80/2021/TT-BTC ngày 29 tháng 9 năm 2021 của Bộ Tài chính;\n"
        "2. Cục Thuế hướng dẫn người nộp thuế thực hiện.\n"
    )
    doc = parse_text(text)
    assert not doc.preamble.items and not doc.basis


def test_basis_citing_a_number_before_its_date_is_no_place_date() -> None:
    text = (
        "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\nSố: 32/2025/QĐ-UBND\nHà Nội, ngày 16 tháng 4 năm 2025\n"
        "QUYẾT ĐỊNH\nBan hành Định mức kinh tế kỹ thuật sản phẩm, dịch vụ thủy lợi khác\n"
        "Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017;\n"
        "*Căn cứ Nghị định số 67/2018/NĐ-CP, ngày 14 tháng 5 năm 2018 của Chính phủ quy định "
        "chi tiết thi hành một số điều của Luật Thủy lợi;*\n"
        "Căn cứ Nghị định số 32/2019/NĐ-CP ngày 10 tháng 4 năm 2019 của Chính phủ;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Định mức.\n"
    )
    doc = parse_text(text)
    assert [c.number for c in doc.basis if c.number] == ["67/2018/NĐ-CP", "32/2019/NĐ-CP"]
    assert doc.preamble.formula == "QUYẾT ĐỊNH:"
    assert doc.header.date is not None and doc.header.date.isoformat() == "2025-04-16"


def test_consideration_whose_hard_wrap_puts_a_dash_first() -> None:
    text = (
        "NGHỊ QUYẾT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ QUYẾT SỐ 02/2014/NQ-HĐND\n"
        "HỘI ĐỒNG NHÂN DÂN TỈNH HẬU GIANG\nKHÓA IX KỲ HỌP THỨ SÁU\n"
        "Căn cứ Luật Hợp tác xã ngày 20 tháng 11 năm 2012;\n"
        "Xét Tờ trình số 120/TTr-UBND ngày 21 tháng 6 năm 2017 của Ủy ban nhân dân tỉnh Hậu Giang "
        "về việc thông qua Đề án giai đoạn 2014\n"
        "- 2016 và định hướng đến năm 2020; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách.\n"
        "QUYẾT NGHỊ:\nĐiều 1. Sửa đổi, bổ sung một số điều.\n"
    )
    doc = parse_text(text)
    assert doc.preamble.formula == "QUYẾT NGHỊ:"
    assert doc.preamble.items[-1].text.endswith("Ban Kinh tế - Ngân sách.")


def test_dashed_list_after_a_consideration_ending_in_a_colon_stays_out() -> None:
    text = (
        "NGHỊ QUYẾT\nVỀ CHƯƠNG TRÌNH GIÁM SÁT NĂM 2018\n"
        "HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI\nKHÓA XI, KỲ HỌP THỨ BA\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Xét các báo cáo sau:\n- Báo cáo số 12/BC-UBND của Ủy ban nhân dân tỉnh;\n"
        "Điều 1. Thông qua chương trình.\n"
    )
    doc = parse_text(text)
    assert doc.preamble.items[-1].text == "Xét các báo cáo sau:"


def test_page_foot_footnote_with_its_entries_between_two_basis_lines() -> None:
    text = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTHÔNG TƯ1\n"
        "Hướng dẫn một số nội dung về chào bán, phát hành chứng khoán\n"
        "Căn cứ Luật Chứng khoán ngày 26 tháng 11 năm 2019;\n"
        "1 Văn bản này được hợp nhất từ 03 Thông tư sau:\n"
        "- Thông tư số 118/2020/TT-BTC ngày 31 tháng 12 năm 2020 của Bộ trưởng Bộ Tài chính;\n"
        "- Thông tư số 19/2025/TT-BTC ngày 05 tháng 05 năm 2025 của Bộ trưởng Bộ Tài chính.\n"
        "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "CÔNG BÁO/Số 181/Ngày 03-04-2026\n3\n"
        "Văn bản hợp nhất này không thay thế 03 Thông tư nêu trên.\n"
        "Căn cứ Nghị định số 87/2017/NĐ-CP ngày 26 tháng 7 năm 2017 của Chính phủ;\n"
        "Theo đề nghị của Chủ tịch Ủy ban Chứng khoán Nhà nước,\n"
        "Bộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn một số nội dung về chào bán.\n"
        "Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn.\n"
    )
    doc = parse_text(text)
    assert [c.number or c.doc_type for c in doc.basis] == ["Luật", "87/2017/NĐ-CP"]
    assert doc.preamble.formula is not None
    assert [n.number for n in doc.articles] == ["1"]
    # An entry whose last line is only its number, in capitals ("... Thông tư số" /
    # "24/2020/TT-BTC).").
    wrapped = text.replace("số 19/2025/TT-BTC ngày", "số\n19/2025/TT-BTC).\nngày")
    assert [c.number or c.doc_type for c in parse_text(wrapped).basis] == [
        "Luật",
        "87/2017/NĐ-CP",
    ]


_EARLY_CLOSE = (
    "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 70/2015/NĐ-CP\n"
    "1. Sửa đổi, bổ sung Điều 14 như sau:\n“Điều 14. Thủ tục đăng ký\n"
    "1. Hồ sơ gồm:\na) Tờ khai đăng ký;\n{early}\n{later}\n"
    "{n}. Sửa đổi, bổ sung Điều 15 như sau:\n“Điều 15. Thủ tục khác\nNội dung.”.\n"
    "Điều 2. Hiệu lực thi hành\nNghị định này có hiệu lực./.\n"
)


@pytest.mark.parametrize(
    ("early", "later"),
    [
        (  # NĐ 74/2025
            "b) Thanh toán chi phí đối với các đối tượng theo quy định tại điểm c khoản 4 của "
            "Điều 31 của Luật Bảo hiểm y tế.”.",
            "2. Quỹ bảo hiểm y tế bảo đảm khám bệnh, chữa bệnh thường xuyên.\n"
            "3. Việc bảo đảm y tế cho nhiệm vụ sẵn sàng chiến đấu, thiên tai, thảm họa, dịch bệnh "
            "truyền nhiễm thuộc nhóm A hoặc tình trạng khẩn cấp và thời chiến đối với quân đội, "
            "công an, cơ yếu thực hiện theo quy định của pháp luật liên quan.”.",
        ),
        (  # NĐ 247/2025
            "b) Bản sao điện tử được chứng thực từ bản chính Giấy chứng nhận an toàn kỹ thuật và "
            "bảo vệ môi trường tàu biển”",
            "2. Tổ chức, cá nhân nộp trực tiếp 01 bộ hồ sơ.\n3. Chủ tàu nộp lệ phí đăng ký tàu "
            "biển, trả toàn bộ chi phí gửi hồ sơ, văn bản và các chi phí liên quan đến chuyển "
            "khoản.”",
        ),
        (  # NĐ 14/2026
            "b) Dịch vụ cung cấp suất ăn hàng không.”.",
            "2. Doanh nghiệp được phép thực hiện kinh doanh các dịch vụ quy định tại khoản 1 Điều "
            "này sau khi được cấp Giấy phép cung cấp dịch vụ hàng không tại cảng hàng không, sân "
            "bay.”.",
        ),
    ],
)
def test_quotation_closed_too_early_goes_on_to_its_real_close(early: str, later: str) -> None:
    one, two = parse_text(_EARLY_CLOSE.format(early=early, later=later, n=2)).articles
    assert [c.number for c in one.children if c.kind is NodeKind.KHOAN] == ["1", "2"]
    assert two.number == "2"


@pytest.mark.parametrize(
    "later",
    [
        # NĐ 35/2023: the next amendment's quotation lacks its opening mark.
        "2. Bổ sung điểm đ khoản 1 Điều 43 như sau:\nđ) Trường hợp chủ đầu tư thuê đất để đầu "
        "tư xây dựng thì bổ sung thêm hợp đồng thuê đất hợp pháp.”.",
        # Luật Hải quan 2005: the next quotation opens inside its announcing line.
        "2. Điều 17 được sửa đổi, bổ sung như sau: “Điều 17. Địa điểm làm thủ tục hải quan\n"
        "Địa điểm làm thủ tục hải quan là trụ sở Chi cục Hải quan cửa khẩu.”",
    ],
)
def test_quotation_closed_in_place_stays_closed(later: str) -> None:
    text = _EARLY_CLOSE.format(early="b) Tờ khai khác.”.", later=later, n=3)
    one = parse_text(text).articles[0]
    assert [c.number for c in one.children if c.kind is NodeKind.KHOAN] == ["1", "2", "3"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("I. QUAN ĐIỂM", "II. ĐỐI TƯỢNG, PHẠM VI, THỜI GIAN THỰC HIỆN"),  # QĐ 892/QĐ-TTg
        ("I. QUAN ĐIỂM CHỈ ĐẠO", "II. MỤC TIÊU"),  # QĐ 982/QĐ-TTg
        # NQ 80/NQ-HĐND: a heading wrapped over two lines in capitals.
        ("I. GIÁM SÁT TẠI\nKỲ HỌP CỦA HỘI ĐỒNG NHÂN DÂN TỈNH", "II. GIÁM SÁT\nCHUYÊN ĐỀ"),
    ],
)
def test_roman_sections_of_a_plan_approved_in_an_article_hold_its_items(
    first: str, second: str
) -> None:
    text = (
        "Điều 1. Phê duyệt Đề án với những nội dung sau:\n"
        f"{first}\n1. Phát triển nguồn nhân lực.\n2. Xây dựng đội ngũ.\n"
        f"{second}\n1. Đối tượng\na) Cán bộ;\nb) Công chức.\n2. Phạm vi cả nước.\n"
        "Điều 2. Tổ chức thực hiện\n1. Bộ Ngoại giao chủ trì.\n2. Bộ Nội vụ phối hợp.\n"
    )
    doc = parse_text(text)
    one, two = doc.articles
    assert not [c for c in one.children if c.kind is NodeKind.KHOAN]
    sections = [c for c in one.children if c.kind is NodeKind.PARAGRAPH]
    assert [s.text for s in sections] == [first.replace("\n", " "), second.replace("\n", " ")]
    assert [[k.number for k in s.children] for s in sections] == [["1", "2"], ["1", "2"]]
    assert [c.number for c in two.children] == ["1", "2"]
    assert not [d for d in doc.diagnostics if d.code == "NQP201"]


@pytest.mark.parametrize(
    ("mark", "rows"),
    [
        (  # TT 152/2025/TT-BTC
            "Mẫu số S2a-HKD\n(Kèm theo Thông tư số 152/2025/TT-BTC\nngày 31 tháng 12 năm 2025 "
            "của Bộ trưởng\nBộ Tài chính)",
            "1. Ngành nghề...\nTổng cộng (1)\n2. Ngành nghề...\nTổng cộng (2)\n3. Ngành nghề...",
        ),
        (  # TT 58/2026/TT-BTC, a form with lettered rows
            "Mẫu số S2c- HKD",
            "1. Doanh thu và thu nhập\n2. Chi phí\na) Chi phí nguyên liệu, vật liệu;\n"
            "b) Chi phí tiền lương, tiền công;\n3. Chênh lệch {(3) = (1) – (2)}",
        ),
    ],
)
def test_numbered_rows_of_a_form_printed_in_an_article_are_not_khoan(mark: str, rows: str) -> None:
    text = (
        "Điều 5. Trường hợp hộ kinh doanh nộp thuế theo tỷ lệ\n1. Chứng từ kế toán là hóa đơn.\n"
        "2. Sổ kế toán\n2.1. Sổ doanh thu bán hàng hóa, dịch vụ\nĐịa chỉ:.............\n"
        f"{mark}\nSỔ DOANH THU BÁN HÀNG HÓA, DỊCH VỤ\nChứng từ\nDiễn giải\nSố tiền\n{rows}\n"
        "Ngày … tháng … năm …\nNGƯỜI ĐẠI DIỆN HỘ KINH DOANH\n(Ký, ghi rõ họ tên)\n"
        "a) Sổ này được mở để ghi doanh thu.\n3. Hộ kinh doanh lưu trữ sổ kế toán.\n"
        "Điều 6. Hiệu lực thi hành\nThông tư này có hiệu lực./.\n"
    )
    doc = parse_text(text)
    five = doc.articles[0]
    assert [c.number for c in five.children if c.kind is NodeKind.KHOAN] == ["1", "2", "3"]
    two = five.children[1]
    assert [c.number for c in two.children if c.kind is NodeKind.DIEM] == ["a"]
    assert not [d for d in doc.diagnostics if d.code == "NQP201"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Chỉ thị 21/CT-TTg
        ("I. NGUYÊN TẮC, YÊU CẦU SẮP XẾP THÔN, TỔ DÂN PHỐ", "II. TỔ CHỨC THỰC HIỆN"),
        # Nghị quyết 122/NQ-CP: headings in sentence case, one wrapped after a ";".
        (
            "I. Về quan điểm, định hướng chỉ đạo, điều hành",
            "II. Về tình hình kinh tế - xã hội tháng 4 và 4 tháng đầu năm 2026;\n"
            "phương hướng, nhiệm vụ và giải pháp trọng tâm tháng 5 và thời gian tới",
        ),
        # Công văn 778/TCHQ-GSQL
        (
            "I. Các Chi cục Hải quan trên toàn quốc",
            "II. Các Chi cục Hải quan đã triển khai Hệ thống kết nối, trao đổi thông tin điện "
            "tử với doanh nghiệp kinh doanh cảng, kho, bãi",
        ),
    ],
)
def test_roman_sections_of_a_body_without_articles_hold_its_items(first: str, second: str) -> None:
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 21/CT-TTg\nCHỈ THỊ\nVề sắp xếp thôn, tổ dân phố\n"
        "Thời gian qua, việc sắp xếp đã đạt kết quả.\nThủ tướng Chính phủ yêu cầu như sau:\n"
        f"{first}\n1. Bảo đảm sự lãnh đạo của Đảng.\n2. Bảo đảm công khai, minh bạch.\n"
        f"{second}\n1. Các bộ, ngành triển khai.\na) Rà soát;\nb) Báo cáo.\n"
        "2. Bộ Nội vụ theo dõi, đôn đốc.\n"
    )
    doc = parse_text(text)
    sections = doc.body[-2:]
    assert [n.text for n in sections] == [first, second.replace("\n", " ")]
    assert [[k.number for k in n.children] for n in sections] == [["1", "2"], ["1", "2"]]
    assert not [d for d in doc.diagnostics if d.code == "NQP201"]


@pytest.mark.parametrize(
    "line",
    [
        "I. Nguồn vốn ngân sách nhà nước được bố trí đầy đủ.",
        "II. Các cơ quan phối hợp thực hiện;",
    ],
)
def test_roman_numbered_sentence_is_no_section(line: str) -> None:
    text = f"Điều 1. Phạm vi\n1. Nội dung.\n{line}\n2. Khác.\nĐiều 2. Hiệu lực\nCó hiệu lực./.\n"
    one = parse_text(text).articles[0]
    assert [c.number for c in one.children if c.kind is NodeKind.KHOAN] == ["1", "2"]


@pytest.mark.parametrize(
    ("sub", "point"),
    [
        # TT 58/2026/TT-BTC
        ("1.2. Sổ tài sản cố định (Mẫu số S4b-DNSN)", "a) Biểu mẫu sổ kế toán"),
        # NQ 110/2017/NQ-HĐND
        (
            "1.2. Tổng vốn xổ số kiến thiết năm 2017 là 1.200 tỷ đồng, dự kiến điều chỉnh như sau:",
            "a) Điều chỉnh giảm kế hoạch vốn của 08 dự án, tổng số vốn điều chỉnh giảm là 41 tỷ "
            "đồng.",
        ),
    ],
)
def test_points_under_a_sub_numbered_part_of_a_khoan_letter_anew(sub: str, point: str) -> None:
    text = (
        "Điều 6. Sổ kế toán\n1. Sổ kế toán gồm:\n1.1. Sổ theo dõi công nợ\n"
        "a) Biểu mẫu sổ kế toán\nb) Nội dung\nc) Phương pháp ghi sổ\n"
        f"{sub}\n{point}\nb) Nội dung khác.\n2. Báo cáo tài chính.\n"
    )
    doc = parse_text(text)
    one = doc.articles[0].children[0]
    assert [(c.kind, c.number) for c in one.children] == [
        (NodeKind.TIET, "1.1."),
        (NodeKind.DIEM, "a"),
        (NodeKind.DIEM, "b"),
        (NodeKind.DIEM, "c"),
        (NodeKind.TIET, "1.2."),
        (NodeKind.DIEM, "a"),
        (NodeKind.DIEM, "b"),
    ]
    assert not [d for d in doc.diagnostics if d.code == "NQP201"]


def test_amending_text_opened_by_a_single_quotation_mark() -> None:
    # NĐ 21/2026/NĐ-CP: "‘" opens the amended article, "”." closes it.
    text = (
        "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 193/2025/NĐ-CP\n"
        "20. Sửa đổi, bổ sung Điều 61 như sau:\n‘Điều 61. Cấp giấy phép khai thác khoáng sản\n"
        "1. Tổ chức, cá nhân được xem xét cấp giấy phép khai thác khoáng sản.\n"
        "2. Bộ trưởng Bộ Nông nghiệp và Môi trường quy định mẫu văn bản.”.\n"
        "21. Sửa đổi, bổ sung khoản 3 Điều 62 như sau:\n“3. Hồ sơ đề nghị.”.\n"
        "Điều 2. Hiệu lực thi hành\nNghị định này có hiệu lực./.\n"
    )
    one = parse_text(text).articles[0]
    assert [c.number for c in one.children if c.kind is NodeKind.KHOAN] == ["20", "21"]


@pytest.mark.parametrize(
    ("line", "note", "number"),
    [
        # VBHN 2021/VBHN-BLĐTBXH: khoản 5, footnote 8
        (
            "58. (được bãi bỏ)",
            "8 Khoản này được bãi bỏ theo quy định tại điểm l khoản 21 Điều 1 của Nghị định số "
            "24/2022/NĐ-CP, có hiệu lực kể từ ngày 15 tháng 6 năm 2022.",
            "5",
        ),
        # the same footnote number without its note on the page: khoản 58 as printed
        ("58. (được bãi bỏ)", "Ghi chú khác.", "58"),
    ],
)
def test_khoan_number_fused_with_its_footnote_mark(line: str, note: str, number: str) -> None:
    text = (
        "Điều 3. Điều kiện\n1. Có đề án.\n2. Có đất.\n3. Có vốn.\n4. Có nhà giáo.\n"
        f"{line}\nĐiều 4. Hiệu lực thi hành\nCó hiệu lực./.\n{note}\n"
    )
    three = parse_text(text).articles[0]
    assert [c.number for c in three.children if c.kind is NodeKind.KHOAN][-1] == number


@pytest.mark.parametrize(
    "rows",
    [
        # VBHN 1166/VBHN-BLĐTBXH: a salary table flattened one cell per line
        "Chức danh\nLoại 1\nLoại 2\n1. Chủ tịch Hội đồng thành viên, Hội đồng\nquản trị\n70\n60\n"
        "2. Thành viên Hội đồng thành viên, Hội\nđồng quản trị; Trưởng ban kiểm soát\n60\n50\n"
        "3. Kiểm soát viên\n50\n40",
        # Luật Hải quan sửa đổi 2005: the amended article's khoản, its quotation opened mid-line
        "1. Hồ sơ hải quan gồm có:\na) Tờ khai hải quan;\nb) Hoá đơn thương mại;\n"
        '2. Hồ sơ hải quan được nộp, xuất trình cho cơ quan hải quan tại trụ sở Hải quan."',
    ],
)
def test_run_of_numbered_rows_that_the_next_khoan_follows_out_of_order(rows: str) -> None:
    text = (
        "Điều 7. Mức lương\n1. Mức lương cơ bản được quy định như sau:\n"
        f"{rows}\n2. Loại công ty quy định tại khoản 1 Điều này được xác định như sau:\n"
        "a) Loại 1;\nb) Loại 2.\nĐiều 8. Hiệu lực thi hành\nCó hiệu lực./.\n"
    )
    doc = parse_text(text)
    seven = doc.articles[0]
    assert [c.number for c in seven.children if c.kind is NodeKind.KHOAN] == ["1", "2"]
    assert not [d for d in doc.diagnostics if d.code == "NQP201"]


@pytest.mark.parametrize(
    ("line", "points"),
    [
        (  # Nghị định 82/2020/NĐ-CP (a portal copy)
            "a) Hành nghề công chứng khi không đủ điều kiện;\nb) Giả mạo chữ ký của công chứng "
            "viên; [Điểm này bị bãi bỏ bởi Khoản 2 Điều 2 Nghị định 117/2024/NĐ-CP có hiệu lực từ "
            "ngày 15/11/2024] c) Công chứng hợp đồng, giao dịch mà không có đầy đủ chữ ký.",
            ["a", "b", "c"],
        ),
        (  # Luật Tài nguyên nước 2023 (a portal copy)
            "Vùng cấm khai thác được khoanh định tại các khu vực sau đây: [Khoản này được hướng "
            "dẫn bởi Điều 33 Nghị định 53/2024/NĐ-CP có hiệu lực từ ngày 01/07/2024] a) Khu vực "
            "có mực nước dưới đất bị suy giảm liên tục và có nguy cơ vượt ngưỡng khai thác nước "
            "dưới đất;",
            ["a"],
        ),
    ],
)
def test_item_printed_after_a_portal_note_starts_its_own_line(line: str, points: list[str]) -> None:
    text = f"Điều 5. Vi phạm quy định\n1. Phạt tiền đối với một trong các hành vi sau:\n{line}\n"
    one = parse_text(text).articles[0].children[0]
    assert [c.number for c in one.children if c.kind is NodeKind.DIEM] == points


@pytest.mark.parametrize(
    "body",
    [
        # a pre-2000 law's dash khoản, each after a note (Luật Đất đai 1993, a portal copy)
        "Điều 3 [Điều này được sửa đổi bởi Khoản 2 Điều 1 Luật 1998] 1- Nhà nước bảo hộ quyền. "
        "[Khoản này được hướng dẫn bởi Nghị định 17/1999/NĐ-CP] 2- Hộ gia đình được giao đất."
        "\n3- Quyền và nghĩa vụ do Chính phủ quy định.",
        # the next khoản's number alone at the end of the line, its text on the next line
        "Điều 3. Điều chỉnh hợp đồng\n1. Việc điều chỉnh do Thủ tướng phê duyệt. [Khoản này được"
        " hướng dẫn bởi Nghị định 146/2025/NĐ-CP] 2.\nBộ Công Thương điều chỉnh giấy chứng nhận."
        "\n3. Chính phủ quy định hồ sơ.",
    ],
)
def test_khoan_printed_after_a_portal_note_starts_its_own_line(body: str) -> None:
    (article,) = parse_text(body).articles
    assert [c.number for c in article.children if c.kind is NodeKind.KHOAN] == ["1", "2", "3"]
