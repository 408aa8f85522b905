"""Header and signature blocks as real documents print them (portal crawls, Công báo PDF
text layers, old laws): each test is a small text shaped like a document of the raw corpus."""

from __future__ import annotations

import datetime as dt

import pytest

from nghiquyet import parse_text
from nghiquyet.header import build_header, strip_consolidation_note
from nghiquyet.models import Signatory, Span, Token, TokenKind

# The first line of a portal crawl's header: issuer, quốc hiệu and tiêu ngữ run together.
QH_LINE = "QUỐC HỘI ******** CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ****\n"
BODY = "Điều 1. Phạm vi điều chỉnh\nNghị quyết này quy định về thủ tục hành chính.\n"


def _sig(text: str) -> tuple[str | None, str | None]:
    sig: Signatory | None = parse_text(text).signatory
    assert sig is not None
    return sig.title, sig.name


# --- signature block ---------------------------------------------------------------------


def test_signature_image_remains_glued_to_the_title_line() -> None:
    text = (
        BODY + "TM. CHÍNH PHỦ \nKT. THỦ TƯỚNG \n     PHÓ THỦ TƯỚNGy] \n \nHồ Quốc Dũng \n \n \n\n"
        "CÔNG BÁO/Số 246/Ngày 23-04-2026 \n7 \n \nPhụ lục I \n"
        "(Kèm theo Nghị quyết số 66.16/2026/NQ-CP \nngày 07 tháng 4 năm 2026 của Chính phủ) \n"
    )
    assert _sig(text) == ("PHÓ THỦ TƯỚNG", "Hồ Quốc Dũng")


def test_signature_image_remains_glued_to_the_name_line() -> None:
    text = BODY + "TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\ny]Phạm Thị Thanh Trà\n"
    assert _sig(text) == ("PHÓ THỦ TƯỚNG", "Phạm Thị Thanh Trà")


def test_lone_bracket_between_title_and_name() -> None:
    text = BODY + "THỦ TƯỚNG\n[ \n\nLê Minh Hưng\n"
    assert _sig(text) == ("THỦ TƯỚNG", "Lê Minh Hưng")


def test_markdown_signature_image_before_the_name() -> None:
    text = (
        BODY + "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n**PHÓ CHỦ TỊCH**\n\n"
        "![Seal/Signature]  \n**Lê Hồng Sơn**\n"
    )
    assert _sig(text) == ("PHÓ CHỦ TỊCH", "Lê Hồng Sơn")


@pytest.mark.parametrize(
    "note", ["*(ký, đóng dấu)*", "(Ký, ghi rõ họ tên, đóng dấu)", "(Chữ ký, dấu)", "(ký)"]
)
def test_how_it_is_signed_between_title_and_name(note: str) -> None:
    text = BODY + f"TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n{note}\n\n**Lê Hồng Sơn**\n"
    assert _sig(text) == ("PHÓ CHỦ TỊCH", "Lê Hồng Sơn")


def test_name_run_into_a_footnote_by_the_pdf_layer() -> None:
    text = (
        BODY + "BỘ TÀI CHÍNH\nXÁC THỰC VĂN BẢN HỢP NHẤT\nSố: 03/VBHN-BTC\n"
        "Hà Nội, ngày 12 tháng 02 năm 2026\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n \n"
        "CÔNG BÁO/Số 130/Ngày 28-02-2026\n52\n"
        "Cao Anh Tuấn năm 2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thuế"
        " giá trị gia tăng, có hiệu lực từ ngày 01 tháng 01 năm 2026.\n"
    )
    assert _sig(text) == ("THỨ TRƯỞNG", "Cao Anh Tuấn")


def test_two_word_capitals_after_a_title_are_not_a_glued_name() -> None:
    # "Bộ Tài chính hướng dẫn ..." under a title line is text, not "Bộ Tài" the signer.
    text = BODY + "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nBộ Tài chính hướng dẫn thi hành Nghị định này.\n"
    assert _sig(text) == ("THỨ TRƯỞNG", None)


def test_signer_printed_by_name_with_the_signature_mark() -> None:
    text = (
        "QUỐC HỘI\nSố: 28/2001/QH10\nLUẬT\nDI SẢN VĂN HOÁ\n"
        "Điều 74. Chính phủ quy định chi tiết và hướng dẫn thi hành Luật này.\n"
        "Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa X, kỳ họp thứ 9"
        " thông qua ngày 29 tháng 6 năm 2001.\nNguyễn Văn An (Đã ký)\n"
    )
    doc = parse_text(text)
    assert doc.signatory is not None
    assert (doc.signatory.title, doc.signatory.name) == (None, "Nguyễn Văn An")
    assert [a.number for a in doc.articles] == ["74"]


def test_a_sentence_about_signed_contracts_is_not_a_signature() -> None:
    text = BODY + "Điều 2. Hợp đồng\nCác hợp đồng Đã ký\nĐiều 3. Hiệu lực\nNội dung.\n"
    doc = parse_text(text)
    assert doc.signatory is None
    assert [a.number for a in doc.articles] == ["1", "2", "3"]


def test_authority_and_title_on_one_line_keep_the_title() -> None:
    text = BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG\n"
    assert _sig(text + "Vũ Ngọc Anh\n") == ("PHÓ TỔNG CỤC TRƯỞNG", "Vũ Ngọc Anh")
    text = BODY + "Nơi nhận:\n- Lưu: VT.\nTL. BỘ TRƯỞNG CHÁNH VĂN PHÒNG\nNguyễn Đức Tâm\n"
    assert _sig(text) == ("CHÁNH VĂN PHÒNG", "Nguyễn Đức Tâm")
    text = BODY + "TM. CHÍNH PHỦ KT.\nTHỦ TƯỚNG PHÓ THỦ TƯỚNG\nTrần Hồng Hà\n"
    assert _sig(text) == ("PHÓ THỦ TƯỚNG", "Trần Hồng Hà")
    # A title that only starts like two titles stays whole.
    assert _sig(BODY + "CHỦ TỊCH QUỐC HỘI\nVương Đình Huệ\n") == (
        "CHỦ TỊCH QUỐC HỘI",
        "Vương Đình Huệ",
    )


def test_authority_title_and_name_on_one_line() -> None:
    text = (
        BODY + "Nơi nhận: - Như trên; - Lưu: VT, NCC.\n"
        "TL. BỘ TRƯỞNG CỤC TRƯỞNG CỤC NGƯỜI CÓ CÔNG Hoàng Công Thái\n|---|---|\n"
    )
    assert _sig(text) == ("CỤC TRƯỞNG CỤC NGƯỜI CÓ CÔNG", "Hoàng Công Thái")


def test_signature_after_an_unclosed_quotation() -> None:
    text = (
        "Điều 142. Sửa đổi\n2. Điều 4 được sửa đổi như sau:\n“Điều 4. Phân loại đô thị\n"
        "Đô thị được phân thành các loại.\nĐiều 143. Hướng dẫn thi hành\n"
        "Chính phủ quy định chi tiết.\nCHỦ TỊCH QUỐC HỘI\nNguyễn Sinh Hùng\n"
    )
    assert _sig(text) == ("CHỦ TỊCH QUỐC HỘI", "Nguyễn Sinh Hùng")


def test_noi_nhan_in_a_sentence_does_not_end_the_body() -> None:
    text = (
        "Điều 10. Báo cáo tài chính\n1. Về trách nhiệm lập và nộp báo cáo tài chính\n"
        "Nơi nhận báo cáo tài chính của doanh nghiệp siêu nhỏ được thực hiện theo\n"
        "quy định của pháp luật có liên quan.\nĐiều 11. Hiệu lực thi hành\nNội dung./.\n"
        "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTạ Anh Tuấn\n"
    )
    doc = parse_text(text)
    assert [a.number for a in doc.articles] == ["10", "11"]
    assert len(doc.recipients) == 0
    assert doc.signatory is not None and doc.signatory.name == "Tạ Anh Tuấn"


def test_consolidated_law_keeps_the_certifying_signer() -> None:
    text = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLUẬT\n"
        "THUẾ TIÊU THỤ ĐẶC BIỆT\nĐiều 1. Phạm vi điều chỉnh\nNội dung./.\n"
        "VĂN PHÒNG QUỐC HỘI\nSố: 111/VBHN-VPQH\nXÁC THỰC VĂN BẢN HỢP NHẤT\n"
        "Hà Nội, ngày 20 tháng 5 năm 2026\nCHỦ NHIỆM\nLê Quang Mạnh\n"
    )
    doc = parse_text(text)
    assert (doc.header.number, doc.header.issuer) == ("111/VBHN-VPQH", "VĂN PHÒNG QUỐC HỘI")
    assert doc.signatory is not None
    assert (doc.signatory.title, doc.signatory.name) == ("CHỦ NHIỆM", "Lê Quang Mạnh")


# --- header ------------------------------------------------------------------------------


def test_certification_line_is_not_part_of_the_issuer() -> None:
    text = (
        "BỘ TÀI CHÍNH\nXÁC THỰC VĂN BẢN HỢP NHẤT\nSố: 19/VBHN-BTC\n"
        "Hà Nội, ngày 04 tháng 6 năm 2026\nNGHỊ ĐỊNH\nQuy định chi tiết một số điều\n" + BODY
    )
    h = parse_text(text).header
    assert (h.issuer, h.number) == ("BỘ TÀI CHÍNH", "19/VBHN-BTC")


def test_old_law_title_names_issuer_and_number() -> None:
    text = (
        QH_LINE
        + "Số:\n29/2001/QH10 Hà Nội, ngày 29 tháng 6 năm 2001 LUẬT CỦA QUỐC HỘI NƯỚC CỘNG HOÀ"
        " XÃ HỘI CHỦ NGHĨA VIỆT NAM SỐ 29/2001/QH10 VỀ HẢI QUAN Để góp phần bảo đảm thực hiện"
        " chính sách của Nhà nước;\nCăn cứ vào Hiến pháp năm 1992;\n"
        "Điều 1. Chính sách về hải quan\n"
    )
    h = parse_text(text).header
    assert (h.doc_type, h.number, h.issuer) == ("Luật", "29/2001/QH10", "QUỐC HỘI")
    assert (h.date, h.title) == (dt.date(2001, 6, 29), "VỀ HẢI QUAN")


def test_old_law_title_ends_with_number_date_and_issuer() -> None:
    text = (
        QH_LINE
        + "Số: 24-L/CTN\nHà Nội, ngày 14 tháng 7 năm 1993 LUẬT ĐẤT ĐAI SỐ 24-L/CTN NGÀY 14/07/1993"
        " CỦA QUỐC HỘI Đất đai là tài nguyên quốc gia vô cùng quý giá;\n"
        "Căn cứ vào các điều 17, 18 và 84 của Hiến pháp;\nĐiều 1 Đất đai thuộc sở hữu toàn dân.\n"
    )
    h = parse_text(text).header
    assert (h.doc_type, h.number, h.title) == ("Luật", "24-L/CTN", "ĐẤT ĐAI")


def test_old_decree_title_and_amending_law_title() -> None:
    text = (
        QH_LINE.replace("QUỐC HỘI", "CHÍNH PHỦ")
        + "Số:\n61-CP Hà Nội, ngày 05 tháng 7 năm 1994\nNGHỊ ĐỊNH CỦA CHÍNH PHỦ SỐ 61-CP NGÀY 05"
        " THÁNG 7 NĂM 1994 VỀ MUA BÁN VÀ KINH DOANH NHÀ Ở\nCHÍNH PHỦ\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 30 tháng 9 năm 1992;\nĐiều 1. Phạm vi\n"
    )
    assert parse_text(text).header.title == "VỀ MUA BÁN VÀ KINH DOANH NHÀ Ở"
    text = (
        QH_LINE
        + "Số:\n42/2005/QH11\nHà Nội, ngày 14 tháng 6 năm 2005 LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU"
        " CỦA LUẬT HẢI QUAN CỦA QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM SỐ 42/2005/QH11"
        " NGÀY 14 THÁNG 6 NĂM 2005\nCăn cứ vào Hiến pháp năm 1992;\nĐiều 1. Sửa đổi\n"
    )
    h = parse_text(text).header
    assert (h.number, h.title) == ("42/2005/QH11", "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT HẢI QUAN")


def test_title_naming_another_texts_issuer_is_kept() -> None:
    title = (
        "SỬA ĐỔI ĐIỂM G KHOẢN 1 ĐIỀU 23 NGHỊ ĐỊNH SỐ 47/2021/NĐ-CP NGÀY 01 THÁNG 4 NĂM 2021"
        " CỦA CHÍNH PHỦ QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT DOANH NGHIỆP"
    )
    text = (
        f"CHÍNH PHỦ\nSố: 16/2023/NĐ-CP\nHà Nội, ngày 25 tháng 4 năm 2023\nNGHỊ ĐỊNH\n{title}\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nĐiều 1. Phạm vi\n"
    )
    assert parse_text(text).header.title == title
    text = (
        "CHÍNH PHỦ\nSố: 01/NQ-CP\nHà Nội, ngày 05 tháng 01 năm 2024\nNGHỊ QUYẾT\n"
        "VỀ CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\nĐiều 1. A\n"
    )
    assert parse_text(text).header.title == "VỀ CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ"


def test_old_resolution_title_with_the_authority_line_glued() -> None:
    text = (
        QH_LINE
        + "Số: 23/2003/QH11\nHà Nội, ngày 26 tháng 11 năm 2003 NGHỊ QUYẾT VỀ NHÀ ĐẤT DO NHÀ NƯỚC ĐÃ"
        " QUẢN LÝ TRƯỚC NGÀY 01 THÁNG 7 NĂM 1991 QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        " Xét thấy, trong sự nghiệp đấu tranh giải phóng dân tộc;\nCăn cứ vào Hiến pháp;\n"
        "Điều 1: Nhà nước không xem xét lại.\n"
    )
    h = parse_text(text).header
    assert h.title == "VỀ NHÀ ĐẤT DO NHÀ NƯỚC ĐÃ QUẢN LÝ TRƯỚC NGÀY 01 THÁNG 7 NĂM 1991"


@pytest.mark.parametrize(
    ("authority", "title"),
    [
        # the title's last word wrapped onto the authority line under it
        ("ĐỒNG HỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO", "THIỆT HẠI NGOÀI HỢP ĐỒNG"),
        # a signer's title before the issuer: the authority line, not the title
        ("CHỦ TỊCH HỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO", "THIỆT HẠI NGOÀI HỢP"),
        ("HỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO", "THIỆT HẠI NGOÀI HỢP"),
    ],
)
def test_title_word_wrapped_onto_the_authority_line(authority: str, title: str) -> None:
    text = (
        "HỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 02/2022/NQ-HĐTP\nHà Nội, ngày 06 tháng 9 năm 2022\n"
        f"NGHỊ QUYẾT\nHƯỚNG DẪN VỀ TRÁCH NHIỆM BỒI THƯỜNG\nTHIỆT HẠI NGOÀI HỢP\n{authority}\n"
        "Căn cứ Luật Tổ chức Tòa án nhân dân;\nĐiều 1. Phạm vi\nNội dung.\n"
    )
    assert parse_text(text).header.title == "HƯỚNG DẪN VỀ TRÁCH NHIỆM BỒI THƯỜNG " + title


def test_tên_loại_run_onto_the_session_line() -> None:
    text = (
        "QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLuật số:\n"
        "78/2006/QH11\nHà Nội, ngày 29 tháng 11 năm 2006\nQUỐC HỘI NƯỚC\n"
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKhoá XI, kỳ họp thứ 10 (Từ ngày 17 tháng 10 đến"
        " ngày 29 tháng 11năm 2006) LUẬT QUẢN LÝ THUẾ\nCăn cứ vào Hiến pháp năm 1992;\n"
        "Điều 1. Phạm vi điều chỉnh\n"
    )
    h = parse_text(text).header
    assert (h.doc_type, h.number, h.title) == ("Luật", "78/2006/QH11", "QUẢN LÝ THUẾ")
    assert h.session is not None and h.session.term == "XI"
    assert h.session.sitting is not None and "LUẬT" not in h.session.sitting


def test_draft_mark_before_the_tên_loại() -> None:
    text = (
        "QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Luật số: … /2016/QH14\nDỰ THẢO 24.10.2016 LUẬT VỀ HỘI\n"
        "Căn cứ Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam;\nĐiều 1. Phạm vi điều chỉnh\n"
    )
    h = parse_text(text).header
    assert (h.doc_type, h.issuer, h.title, h.number) == ("Luật", "QUỐC HỘI", "VỀ HỘI", None)


def test_unit_printed_on_its_parent_bodys_line() -> None:
    text = (
        "BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 2135/QĐ-TCHQ\nHà Nội, ngày 31 tháng 07 năm 2015\n"
        "QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH QUY TRÌNH XÁC ĐỊNH TRƯỚC MÃ SỐ ĐỐI VỚI HÀNG HÓA XUẤT KHẨU,"
        " NHẬP KHẨU TỔNG CỤC TRƯỞNG TỔNG CỤC HẢI QUAN\nCăn cứ Luật Hải quan số 54/2014/QH13;\n"
        "Điều 1. Ban hành Quy trình.\n"
    )
    h = parse_text(text).header
    assert (h.issuer, h.parent_issuer) == ("TỔNG CỤC HẢI QUAN", "BỘ TÀI CHÍNH")
    assert h.title == (
        "VỀ VIỆC BAN HÀNH QUY TRÌNH XÁC ĐỊNH TRƯỚC MÃ SỐ ĐỐI VỚI HÀNG HÓA XUẤT KHẨU, NHẬP KHẨU"
    )


def test_ministry_name_without_a_unit_is_one_body() -> None:
    text = "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 07/2024/TT-BLĐTBXH\nTHÔNG TƯ\nQuy định\n"
    h = parse_text(text + BODY).header
    assert (h.issuer, h.parent_issuer) == ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", None)


def test_consolidation_note_run_into_the_title() -> None:
    text = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTHÔNG TƯ\n"
        "Quy định về điều lệ trung tâm giáo dục nghề nghiệp Thông tư số 57/2015/TT-BLĐTBXH ngày"
        " 25 tháng 12 năm 2015 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội quy định về điều"
        " lệ trung tâm giáo dục nghề nghiệp, có hiệu lực kể từ 10 tháng 2 năm 2016, được sửa đổi,"
        " bổ sung bởi:\nCăn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;\n" + BODY
    )
    assert parse_text(text).header.title == "Quy định về điều lệ trung tâm giáo dục nghề nghiệp"


def test_title_citing_a_decree_is_not_a_consolidation_note() -> None:
    title = (
        "Hướng dẫn thi hành một số điều của Nghị định số 09/2013/NĐ-CP ngày 11 tháng 01 năm 2013"
        " của Chính phủ quy định chi tiết thi hành Luật Phòng, chống mua bán người, có hiệu lực"
        " từ ngày ký"
    )
    text = f"BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 35/2013/TT-BLĐTBXH\nTHÔNG TƯ\n{title}\n"
    assert parse_text(text + "Căn cứ Luật Phòng, chống mua bán người;\n" + BODY).header.title == (
        title
    )


def test_consolidation_note_is_found_among_many_starts_in_linear_time() -> None:
    # A megabyte title of note starts ("Nghị định số 1 ngày"): each start was tested against the
    # whole title (quadratic: 40 kB took 2 s, a megabyte hours).
    starts = "Nghị định số 1 ngày " * (1_000_000 // 20)
    title = "Quy định chi tiết một số điều " + starts + "có hiệu lực"
    assert strip_consolidation_note(title) == title
    # The last start whose note repeats the title before it is where the note begins.
    head = "Quy định về điều lệ trung tâm " + "Luật số 2 ngày " * 3 + "x"
    note = "Thông tư số 5 ngày 1 của Bộ trưởng " + head + " và " + "Luật số 2 ngày " * 9
    assert strip_consolidation_note(f"{head} {note}, có hiệu lực") == head


def test_old_law_title_ends_with_the_term_that_passed_it() -> None:
    text = (
        QH_LINE + "Số:\n35/2009/QH12 Hà Nội, ngày 18 tháng 6 năm 2009 LUẬT TRÁCH NHIỆM BỒI THƯỜNG"
        " CỦA NHÀ NƯỚC CỦA QUỐC HỘI KHOÁ XII, KỲ HỌP THỨ 5\nCăn cứ Hiến pháp năm 1992;\n" + BODY
    )
    assert parse_text(text).header.title == "TRÁCH NHIỆM BỒI THƯỜNG CỦA NHÀ NƯỚC"


def test_resolution_title_naming_the_council_term_is_kept() -> None:
    title = "BAN HÀNH CHƯƠNG TRÌNH GIÁM SÁT NĂM 2018 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG KHÓA XVII"
    text = (
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 94/NQ-HĐND\nHà Giang, ngày 08 tháng 12 năm 2017\n"
        f"NGHỊ QUYẾT\n{title}\nCăn cứ Luật Tổ chức chính quyền địa phương;\n" + BODY
    )
    assert parse_text(text).header.title == title


def test_date_line_run_into_a_vv_title() -> None:
    text = (
        "BỘ KẾ HOẠCH VÀ ĐẦU TƯ\n-----------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 3397/BKHĐT-QLKTTW\nV/v hướng dẫn áp dụng quy định tại"
        " Điều 162 Luật DN 2014 Hà Nội, ngày 23 tháng 5 năm 2019 Kính gửi: Tổng công ty Khí Việt"
        " Nam-CTCP (PV GAS) Phúc đáp Công văn số 615/KVN-PC, Bộ Kế hoạch và Đầu tư có ý kiến:\n"
        "1. Về chấp thuận các hợp đồng.\n"
    )
    h = parse_text(text).header
    assert (h.doc_type, h.place, h.date) == ("Công văn", "Hà Nội", dt.date(2019, 5, 23))
    assert h.title == "hướng dẫn áp dụng quy định tại Điều 162 Luật DN 2014"


@pytest.mark.parametrize(
    ("line", "entries"),
    [
        ("Nơi nhận: Như trên; Lưu: VT.", ["Như trên;", "Lưu: VT."]),
        ("Nơi nhận: - Như Điều 3; - Lưu: VT.", ["Như Điều 3;", "Lưu: VT."]),
        (
            "Nơi nhận: Như Điều 3; UBND tỉnh; Lưu: VT, TH.",
            ["Như Điều 3;", "UBND tỉnh;", "Lưu: VT, TH."],
        ),
        # without the archive entry, ";" may be inside one entry: kept whole
        ("Nơi nhận: Các sở: Tài chính; Nội vụ", ["Các sở: Tài chính; Nội vụ"]),
    ],
)
def test_entries_on_the_noi_nhan_line(line: str, entries: list[str]) -> None:
    doc = parse_text(BODY + line + "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n")
    assert [r.text for r in doc.recipients] == entries


def test_recipient_wrapped_onto_a_second_line() -> None:
    text = (
        # A DOCX reader gives one paragraph per line, so the wrapped line stands alone.
        "Trên đây là Báo cáo công tác quản lý nhà nước về khoáng sản năm 2025./.\n\nNơi nhận:\n\n"
        "- Như trên;\n\n- Cục Khoáng sản Việt Nam;\n\n- Các sở: Nông nghiệp và Môi trường,\n\n"
        "Tài chính, Công Thương, Xây dựng;\n\n- Lưu: VT, KT.\n\nKT. CHỦ TỊCH\n\nPHÓ CHỦ TỊCH\n\n"
        "Nguyễn Thành Sinh\n"
    )
    doc = parse_text(text)
    assert len(doc.recipients) == 4
    assert doc.recipients[2].text.endswith("Công Thương, Xây dựng;")
    assert doc.signatory is not None and doc.signatory.name == "Nguyễn Thành Sinh"


def test_signature_column_interleaved_with_a_wrapped_recipient() -> None:
    # A pandoc grid table read row by row: the nơi nhận and signature columns alternate.
    text = (
        "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.\nNơi nhận:\n"
        "T/M BAN CHẤP HÀNH TRUNG ƯƠNG\n- Các ban đảng, đảng ủy trực thuộc\nTỔNG BÍ THƯ\n"
        "Trung ương,\n- Các tỉnh ủy, thành ủy,\n- Lưu Văn phòng Trung ương Đảng.\nTô Lâm\n"
    )
    doc = parse_text(text)
    assert doc.signatory is not None
    assert (doc.signatory.title, doc.signatory.name) == ("TỔNG BÍ THƯ", "Tô Lâm")
    assert [r.text for r in doc.recipients] == [
        "Các ban đảng, đảng ủy trực thuộc Trung ương,",
        "Các tỉnh ủy, thành ủy,",
        "Lưu Văn phòng Trung ương Đảng.",
    ]


def test_draft_with_a_blank_number_and_date() -> None:
    text = (
        "BỘ LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\nSố:\n/2015/TT-BLĐTBXH\n"
        "Hà Nội, ngày     tháng     năm 2015 DỰ THẢO LẦN 4 THÔNG TƯ HƯỚNG DẪN THỰC HIỆN MỘT SỐ"
        " ĐIỀU CỦA NGHỊ ĐỊNH SỐ 119/2014/NĐ-CP VỀ KHIẾU NẠI, TỐ CÁO\n"
        "Căn cứ Bộ luật Lao động ngày 18 tháng 6 năm 2012;\n" + BODY
    )
    doc = parse_text(text)
    h = doc.header
    assert (h.doc_type, h.issuer, h.number, h.date) == (
        "Thông tư",
        "BỘ LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI",
        None,
        None,
    )
    assert h.title == (
        "HƯỚNG DẪN THỰC HIỆN MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 119/2014/NĐ-CP VỀ KHIẾU NẠI, TỐ CÁO"
    )
    assert h.place == "Hà Nội"  # the date left blank before the draft's mark: the place stays
    assert "NQP102" in [d.code for d in doc.diagnostics]


def test_vv_title_citing_a_dated_text_keeps_it() -> None:
    # A "V/v" line as the lexer hands it over whole; the cited date is not the header's.
    vv = "thực hiện Kết luận của Tỉnh ủy Lào Cai, ngày 05 tháng 6 năm 2026 về khoáng sản"
    span = Span(start=0, end=1, line=1, column=1, end_line=1)
    tokens = [
        Token(kind=TokenKind.CAPS, text="ỦY BAN NHÂN DÂN TỈNH LÀO CAI", span=span),
        Token(
            kind=TokenKind.SO_KY_HIEU,
            text="Số: 5973/UBND-KT",
            span=span,
            groups={"raw": "5973/UBND-KT"},
        ),
        Token(kind=TokenKind.PARAGRAPH, text=f"V/v {vv}", span=span, groups={"vv": vv}),
    ]
    header, _ = build_header(tokens)
    assert (header.title, header.date) == (vv, None)


def test_signature_run_onto_the_last_recipient() -> None:
    text = (
        BODY + "Nơi nhận:\n- Như Điều 3;\n- Lãnh đạo Bộ (để báo cáo);\n"
        "- Lưu: VT, TXNK (30b) KT. TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Nguyễn Dương Thái QUY"
        " TRÌNH XÁC ĐỊNH TRƯỚC MÃ SỐ (Ban hành kèm theo Quyết định số 2135/QĐ-TCHQ)\n"
    )
    doc = parse_text(text)
    assert doc.signatory is not None
    assert (doc.signatory.title, doc.signatory.name) == ("PHÓ TỔNG CỤC TRƯỞNG", "Nguyễn Dương Thái")
    assert [r.text for r in doc.recipients][-1] == "Lưu: VT, TXNK (30b)"
    text = (
        BODY + "Nơi nhận:\n- Website Tổng cục Hải quan;\n- Lưu VT;\n"
        "TCHQ.(195) KT. BỘ TRƯỞNG THỨ TRƯỞNG Vũ Thị Mai DANH MỤC CÁC BIỂU MẪU\n"
    )
    doc = parse_text(text)
    assert doc.signatory is not None
    assert (doc.signatory.title, doc.signatory.name) == ("THỨ TRƯỞNG", "Vũ Thị Mai")
    assert [r.text for r in doc.recipients][-1] == "Lưu VT; TCHQ.(195)"


def test_recipient_naming_a_person_is_not_a_glued_signature() -> None:
    text = BODY + "Nơi nhận:\n- TT. Nguyễn Văn A (để b/c);\n- Lưu: VT.\nKT. CHỦ TỊCH\n"
    doc = parse_text(text + "PHÓ CHỦ TỊCH\nLê Hồng Sơn\n")
    assert doc.signatory is not None and doc.signatory.name == "Lê Hồng Sơn"
    assert len(doc.recipients) == 2


def test_date_filled_in_by_hand_and_underlined() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\nSố: 32/2025/QĐ-UBND\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Hà Nội, ngày _16_ tháng _4_ năm 2025\n\n---\n\n## QUYẾT ĐỊNH\n\n"
        "Ban hành Định mức kinh tế kỹ thuật sản phẩm, dịch vụ thủy lợi khác\n\n"
        "Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017;\n\n" + BODY
    )
    h = parse_text(text).header
    assert (h.place, h.date, h.doc_type) == ("Hà Nội", dt.date(2025, 4, 16), "Quyết định")


@pytest.mark.parametrize(
    "line",
    [
        "Yên Bái, ngày       tháng      năm 2024",
        "Yên Bái, ngày ... tháng ... năm 20..",
        "Yên Bái, ngày       tháng 4 năm 2024",  # only the day left blank
        "Yên Bái, ngày 12 tháng       năm 2024",
    ],
)
def test_date_left_blank_keeps_the_place(line: str) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"Độc lập - Tự do - Hạnh phúc\n\nSố:      /KH-UBND\n\n{line}\n\nKẾ HOẠCH\n\n"
        "Triển khai chương trình chuyển đổi số năm 2024\n\n" + BODY
    )
    h = parse_text(text).header
    assert (h.place, h.date, h.doc_type) == ("Yên Bái", None, "Kế hoạch")
    assert h.title == "Triển khai chương trình chuyển đổi số năm 2024"


@pytest.mark.parametrize(
    ("authority", "issuer"),
    [
        ("BỘ TRƯỞNG BỘ Y TẾ", "BỘ Y TẾ"),
        ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"),
        ("GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG TỈNH LÀO CAI"),
        ("THỦ TƯỚNG CHÍNH PHỦ", "THỦ TƯỚNG CHÍNH PHỦ"),  # an issuer's name of its own
    ],
)
def test_header_lost_the_issuer_takes_the_body_the_authority_line_names(
    authority: str, issuer: str
) -> None:
    # A scan's OCR lost the issuer cell; the authority line under the title still names it.
    text = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 3467/QĐ-BYT\n"
        f"Hà Nội, ngày 15 tháng 11 năm 2024\nQUYẾT ĐỊNH\nGiá dịch vụ khám bệnh\n{authority}\n"
        "Căn cứ Luật Giá ngày 19 tháng 6 năm 2023;\nQUYẾT ĐỊNH:\n" + BODY
    )
    h = parse_text(text).header
    assert (h.issuer, h.title) == (issuer, "Giá dịch vụ khám bệnh")


def test_blank_date_in_prose_is_not_the_place() -> None:
    text = "NGHỊ QUYẾT\nVề phí\n\n" + BODY + "Yên Bái, ngày tháng năm 2024\n"
    assert parse_text(text).header.place is None


def test_constitution_title_cut_at_the_quốc_hiệu() -> None:
    text = (
        "QUỐC HỘI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "---------------\nHà Nội, ngày 28 tháng 11 năm 2013\nHIẾN PHÁP NƯỚC CỘNG HÒA XÃ HỘI CHỦ"
        " NGHĨA VIỆT NAM\nLỜI NÓI ĐẦU\nTrải qua mấy nghìn năm lịch sử, Nhân dân Việt Nam lao"
        " động cần cù, sáng tạo.\nChương I\nCHẾ ĐỘ CHÍNH TRỊ\nĐiều 1. Nước Cộng hòa xã hội chủ"
        " nghĩa Việt Nam là một nước độc lập.\n"
    )
    h = parse_text(text).header
    assert (h.doc_type, h.title) == ("Hiến pháp", "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert h.national_title == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


def test_old_law_title_with_the_quốc_hiệu_on_its_own_line() -> None:
    text = (
        "QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do -Hạnh phúc\n"
        "Số: 13/2003/QH11\nHà Nội , ngày 26 tháng 11 năm 2003\n"
        "LUẬT SỐ13/2003/QH11 CỦA QUỐC HỘI NƯỚC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVỀ ĐẤT ĐAI\n"
        "Căn cứ vào Hiến pháp năm 1992;\n" + BODY
    )
    h = parse_text(text).header
    assert (h.number, h.title) == ("13/2003/QH11", "VỀ ĐẤT ĐAI")


def test_tên_loại_and_sentence_case_title_on_one_line() -> None:
    text = (
        "Số 70/KH-UBND\n\nCần Thơ, ngày 15 tháng 9 năm 2025\n\n"
        "# KẾ HOẠCH Thực hiện công tác dân vận trên địa bàn thành phố Cần Thơ\n\n"
        "Thực hiện Luật Thực hiện dân chủ ở cơ sở năm 2022;\n\n# I. MỤC ĐÍCH, YÊU CẦU\n"
    )
    h = parse_text(text).header
    assert (h.doc_type, h.number, h.date) == ("Kế hoạch", "70/KH-UBND", dt.date(2025, 9, 15))
    assert h.title == "Thực hiện công tác dân vận trên địa bàn thành phố Cần Thơ"


def test_title_ending_with_nước_before_a_late_quốc_hiệu_block() -> None:
    # PDF reading order: the quốc hiệu block printed after the title.
    text = (
        "QUỐC HỘI\nLuật số: 28/2023/QH15\nLUẬT\nTÀI NGUYÊN NƯỚC\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n" + BODY
    )
    h = parse_text(text).header
    assert (h.title, h.national_title) == ("TÀI NGUYÊN NƯỚC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")


def test_certification_glued_after_a_repealed_article_is_the_signature() -> None:
    text = (
        "LUẬT\nTHANH TRA\nĐiều 1. Phạm vi\nNội dung.\nĐiều 2.\n"
        "[12] (được bãi bỏ) XÁC THỰC VĂN BẢN HỢP NHẤT CHỦ NHIỆM Trần Văn Bình\n"
    )
    doc = parse_text(text)
    assert doc.signatory is not None
    assert (doc.signatory.title, doc.signatory.name) == ("CHỦ NHIỆM", "Trần Văn Bình")
    assert [a.number for a in doc.articles] == ["1", "2"]


def test_vbhn_closing_block_printed_after_its_last_appendix() -> None:
    text = (
        "BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTHÔNG TƯ\n"
        "Quy định về khám bệnh\nĐiều 1. Phạm vi\nNội dung.\nĐiều 2. Hiệu lực\nCó hiệu lực./.\n"
        "PHỤ LỤC I\nMẪU BÁO CÁO\n1. Tên cơ sở\nTổng cộng\nBỘ Y TẾ\nSố: 15/VBHN-BYT\n"
        "XÁC THỰC VĂN BẢN HỢP NHẤT\nHà Nội, ngày 3 tháng 4 năm 2024\nKT. BỘ TRƯỞNG\n"
        "THỨ TRƯỞNG\nLê Văn An\n"
    )
    doc = parse_text(text)
    assert doc.signatory is not None
    assert (doc.signatory.title, doc.signatory.name) == ("THỨ TRƯỞNG", "Lê Văn An")
    assert (doc.header.number, doc.header.date) == ("15/VBHN-BYT", dt.date(2024, 4, 3))
    (app,) = doc.appendices
    assert "Lê Văn An" not in app.model_dump_json()


def test_three_signature_blocks_of_a_joint_circular_then_the_noi_nhan() -> None:
    text = (
        "Điều 1. Hiệu lực\nThông tư liên tịch này có hiệu lực./.\n"
        "KT. BỘ TRƯỞNG BỘ TÀI CHÍNH\nTHỨ TRƯỞNG\nTrần Văn An\n"
        "KT. BỘ TRƯỞNG BỘ Y TẾ\nTHỨ TRƯỞNG\nLê Thị Bình\n"
        "KT. BỘ TRƯỞNG BỘ CÔNG THƯƠNG\nTHỨ TRƯỞNG\nPhạm Văn Cường\n"
        "Nơi nhận:\n- Văn phòng Chính phủ;\n- Lưu: VT.\n"
    )
    doc = parse_text(text)
    assert doc.signatory is not None and doc.signatory.name == "Trần Văn An"
    assert len(doc.recipients) == 2
    assert doc.appendices == ()


def test_portal_title_above_the_header_does_not_end_it() -> None:
    text = (
        "# Thực hiện chế độ trợ cấp đối với người có công của tỉnh\n\n"
        "| ỦY BAN NHÂN DÂN TỈNH AN GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "|---|---|\n| Số: 12/QĐ-UBND | An Giang, ngày 3 tháng 8 năm 2020 |\n\n"
        "QUYẾT ĐỊNH\n\nVỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\n"
        "QUYẾT ĐỊNH:\n\nĐiều 1. Công bố thủ tục.\n"
    )
    h = parse_text(text).header
    assert (h.doc_type, h.title) == ("Quyết định", "VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH")
    assert (h.number, h.issuer) == ("12/QĐ-UBND", "ỦY BAN NHÂN DÂN TỈNH AN GIANG")


def test_date_line_with_the_month_filled_in_by_hand_in_a_wide_blank() -> None:
    text = (
        "SỞ XÂY DỰNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 15 /SXD-QLN          Yên Bái, ngày 9 tháng            4     năm 2026\n"
        "V/v báo cáo tình hình nhà ở\n\nKính gửi: Ủy ban nhân dân tỉnh.\n"
    )
    h = parse_text(text).header
    assert (h.place, h.date) == ("Yên Bái", dt.date(2026, 4, 9))
    assert (h.doc_type, h.title) == ("Công văn", "báo cáo tình hình nhà ở")


def test_recipient_going_on_into_an_abbreviation_in_capitals() -> None:
    # A grid table cell wraps "- Tỉnh ủy, HĐND, UBND, Đoàn" / "ĐBQH," / "Ủy ban MTTQVN tỉnh;".
    text = (
        "Điều 1. Hiệu lực\nNghị quyết này có hiệu lực từ ngày ký./.\n"
        "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCHỦ TỊCH\nNơi nhận:\n- Chính phủ;\n"
        "- Kiểm toán nhà nước;\nTrần Thanh Mẫn\n- Tỉnh ủy, HĐND, UBND, Đoàn\nĐBQH,\n"
        "Ủy ban MTTQVN tỉnh Cà Mau;\n- Lưu: HC, PLTP.\n"
    )
    doc = parse_text(text)
    assert [r.text for r in doc.recipients] == [
        "Chính phủ;",
        "Kiểm toán nhà nước;",
        "Tỉnh ủy, HĐND, UBND, Đoàn ĐBQH, Ủy ban MTTQVN tỉnh Cà Mau;",
        "Lưu: HC, PLTP.",
    ]
    assert doc.signatory is not None and doc.signatory.name == "Trần Thanh Mẫn"
    # A signer's title after the last entry stays the signature's.
    plain = "Điều 1. Hiệu lực\nNơi nhận:\n- Như trên;\n- Lưu: VT\nBỘ TRƯỞNG\nNguyễn Văn An\n"
    doc = parse_text(plain)
    assert len(doc.recipients) == 2 and doc.signatory is not None
    assert doc.signatory.title == "BỘ TRƯỞNG"


def test_ocr_noi_nhan_with_the_authority_on_its_line_and_tilde_bullets() -> None:
    # An OCR layer reads both columns into one line and "-" as "~".
    text = (
        "Điều 3. Trách nhiệm thi hành\nCác bộ trưởng chịu trách nhiệm thi hành./.\n"
        "Nơi nhận: TM. CHÍNH PHỦ\n- Ban Bí thư Trung ương Đảng;\n"
        "~ Thủ tướng, các Phó Thủ tướng Chính phủ;\n\n~ Các bộ, cơ quan ngang bộ;\n"
        "- VPCP: BTCN, các PCN, Trợ lý TTg,\ncác Vụ, Cục, Công báo;\n~ Lưu: VT, CN (2).\n"
    )
    doc = parse_text(text)
    assert [r.text for r in doc.recipients] == [
        "Ban Bí thư Trung ương Đảng;",
        "Thủ tướng, các Phó Thủ tướng Chính phủ;",
        "Các bộ, cơ quan ngang bộ;",
        "VPCP: BTCN, các PCN, Trợ lý TTg, các Vụ, Cục, Công báo;",
        "Lưu: VT, CN (2).",
    ]
    assert doc.signatory is None  # no title or name line left: "CHÍNH PHỦ" is not a title
    signed = text + "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nTrần Hồng Hà\n"
    sig = parse_text(signed).signatory
    assert sig is not None
    assert (sig.authority, sig.title, sig.name) == (
        ("TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG"),
        "PHÓ THỦ TƯỚNG",
        "Trần Hồng Hà",
    )


def test_ocr_recipients_that_lost_their_dash() -> None:
    text = (
        "Điều 1. Nội dung\nKế hoạch này được triển khai./.\nNơi nhận:\n- Bộ Nội vụ;\n"
        "- TT.TU, TT.HĐNDTP;\nCT, các PCT UBND TP;\nUBMTTQVNTP\n- Ban TG&DVTU;\n"
        "Sở, ban ngành thành phố;\n- Lưu: VT.\n"
    )
    assert [r.text for r in parse_text(text).recipients] == [
        "Bộ Nội vụ;",
        "TT.TU, TT.HĐNDTP;",
        "CT, các PCT UBND TP;",
        "UBMTTQVNTP",
        "Ban TG&DVTU;",
        "Sở, ban ngành thành phố;",
        "Lưu: VT.",
    ]
    # A line wrapped from an entry that did not end goes on it, and the signature stays.
    wrapped = (
        "Điều 1. Nội dung\nNơi nhận:\n- Các sở: Nông nghiệp và Môi trường,\n"
        "Tài chính, Xây dựng;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thành Sinh\n"
    )
    doc = parse_text(wrapped)
    assert [r.text for r in doc.recipients] == [
        "Các sở: Nông nghiệp và Môi trường, Tài chính, Xây dựng;",
        "Lưu: VT.",
    ]
    assert doc.signatory is not None and doc.signatory.name == "Nguyễn Thành Sinh"


def test_a_megabyte_noi_nhan_cleans_each_line_at_most_twice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Entries with split syllables, each followed by one that lost its dash: every footer test
    # on a line (title? name? entry between two entries?) cleaned it again, ~4 rejoins a line
    # (~4.6 s CPU for a megabyte). Cleaned once, and the cleaned text once more: <= 2.
    import nghiquyet.footer as footer

    calls = 0
    rejoin = footer.rejoin

    def counted(text: str) -> str:
        nonlocal calls
        calls += 1
        return rejoin(text)

    monkeypatch.setattr(footer, "rejoin", counted)
    footer._clean_short.cache_clear()
    unit = "- Sở Tà i chính;\nCT, các pct ubndtp Qu ả ng Ng ãi;\n"
    count = 1_000_000 // len(unit)
    doc = parse_text(BODY + "Nơi nhận:\n" + unit * count)
    # The last line has no dashed entry after it: not an entry.
    assert len(doc.recipients) == 2 * count - 1
    assert doc.recipients[-2].text == "CT, các pct ubndtp Quảng Ngãi;"
    assert calls <= 2 * (2 * count) + 10


# --- crawls that split syllables and codes with spaces -----------------------------------

CRAWL_HEAD = (
    "| ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
    "Độc lập - Tự do - Hạnh phúc --------------- |\n|---|---|\n"
    "| Số: 3210/QĐ - U B ND | T hành phố Hồ Chí M inh, ngày 28 tháng 6 năm 2014 |\n\n"
    "QUYẾT ĐỊNH\n\nVỀ BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN THÔNG TƯ SỐ 09/2013/TT-BXD\n\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n\n"
)


def test_code_of_the_number_split_by_a_crawl() -> None:
    doc = parse_text(CRAWL_HEAD)
    assert doc.header.number == "3210/QĐ-UBND"
    span = doc.header.spans["number"]
    assert CRAWL_HEAD[span.start : span.end] == "Số: 3210/QĐ - U B ND"


def test_signer_name_split_into_pieces_that_are_syllables_each() -> None:
    text = CRAWL_HEAD + (
        "| Nơi nhận: - Như Điều 3; - Lưu: VT, ( Đ T M T /C h g ) H. "
        "| KT. CHỦ TỊ CH P HÓ CHỦ T Ị CH Ngu y ễn Hữu Tín |\n|---|---|\n"
    )
    assert _sig(text) == ("PHÓ CHỦ TỊCH", "Nguyễn Hữu Tín")


# --- footnote marks in the title ---------------------------------------------------------

GAZETTE_VBHN = (
    "CÔNG BÁO/Số 95 + 96/Ngày 17-01-2025\n61\nVĂN BẢN HỢP NHẤT -\n"
    "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nTHÔNG TƯ\n"
    "Hướng dẫn thực hiện chế độ tiền lương, thù lao, tiền thưởng đối với\n"
    "người quản lý, Kiểm soát viên1 công ty trách nhiệm hữu hạn\n"
    "Thông tư số 27/2016/TT-BLĐTBXH ngày 01 tháng 9 năm 2016 của Bộ trưởng\n"
    "Bộ Lao động - Thương binh và Xã hội hướng dẫn thực hiện chế độ tiền lương, có hiệu lực\n"
    "từ ngày 15 tháng 10 năm 2016, được sửa đổi, bổ sung bởi:\n"
    "Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;\nĐiều 1. Phạm vi điều chỉnh\n"
)


def test_footnote_mark_of_a_consolidated_title_in_the_gazette() -> None:
    title = parse_text(GAZETTE_VBHN).header.title
    assert title is not None and title.endswith("Kiểm soát viên công ty trách nhiệm hữu hạn")


def test_inserted_point_named_in_an_ordinary_title_keeps_its_number() -> None:
    text = (
        "CHÍNH PHỦ\nSố: 12/2025/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 10 tháng 01 năm 2025\nNGHỊ ĐỊNH\n"
        "Sửa đổi, bổ sung điểm d và bổ sung điểm d1 vào sau điểm d khoản 7\n"
        "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nĐiều 1. Phạm vi điều chỉnh\n"
    )
    title = parse_text(text).header.title
    assert title == "Sửa đổi, bổ sung điểm d và bổ sung điểm d1 vào sau điểm d khoản 7"


# --- the signer's authority under a sentence-case title ---------------------------------

LENH = (
    "CHỦ TỊCH NƯỚC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 05/2023/L-CTN\nHà Nội, ngày 08 tháng 12 năm 2023\nLỆNH\nVề việc công bố Luật\n"
    "CHỦ TỊCH\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Căn cứ Điều 88 và Điều 91 của Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
    "Căn cứ Điều 80 của Luật Ban hành văn bản quy phạm pháp luật;\nNAY CÔNG BỐ\n"
    "Luật Nhà ở\n"
    "Đã được Quốc hội khóa XV, kỳ họp thứ 6 thông qua ngày 27 tháng 11 năm 2023.\n"
    "CHỦ TỊCH NƯỚC\nVõ Văn Thưởng\n"
)


def test_lenh_cong_bo_title_stops_at_the_signers_authority() -> None:
    header = parse_text(LENH).header
    assert (header.doc_type, header.issuer) == ("Lệnh", "CHỦ TỊCH NƯỚC")
    assert header.title == "Về việc công bố Luật"


def test_lenh_cong_bo_signature_after_the_preamble_with_no_dieu() -> None:
    assert _sig(LENH) == ("CHỦ TỊCH NƯỚC", "Võ Văn Thưởng")


@pytest.mark.parametrize(
    ("issuer", "authority"),
    [
        ("KIỂM TOÁN NHÀ NƯỚC", "TỔNG KIỂM TOÁN NHÀ NƯỚC"),  # the title's words are the issuer's
        ("HỘI ĐỒNG NHÂN DÂN\nTỈNH AN GIANG", "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH AN GIANG"),
        ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM", "CHỦ TỊCH ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM"),
    ],
)
def test_authority_line_under_the_title_is_not_title(issuer: str, authority: str) -> None:
    text = (
        f"{issuer}\nSố: 03/2022/QĐ-KTNN\nHà Nội, ngày 05 tháng 10 năm 2022\nQUYẾT ĐỊNH\n"
        f"Ban hành Quy trình kiểm toán\n{authority}\n"
        "Căn cứ Luật Kiểm toán nhà nước ngày 24 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n" + BODY
    )
    assert parse_text(text).header.title == "Ban hành Quy trình kiểm toán"


def test_capital_title_lines_after_a_capital_title_stay_title() -> None:
    text = (
        "CHÍNH PHỦ\nSố: 10/2024/NĐ-CP\nHà Nội, ngày 12 tháng 01 năm 2024\nNGHỊ ĐỊNH\n"
        "QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT ĐẤT ĐAI\nVỀ BỒI THƯỜNG, HỖ TRỢ\n"
        "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;\n" + BODY
    )
    title = parse_text(text).header.title
    assert title == "QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT ĐẤT ĐAI VỀ BỒI THƯỜNG, HỖ TRỢ"


# --- ranks and degrees before the signer's name -----------------------------------------


@pytest.mark.parametrize(
    "printed",
    [
        "GS.TS. Trần Văn Thuấn",
        "PGS. TS. Trần Văn Thuấn",
        "TS. Trần Văn Thuấn",
        "ThS. BS. Trần Văn Thuấn",
        "BS. CKII. Trần Văn Thuấn",
        "Thượng tướng Trần Văn Thuấn",
        "Thiếu tướng Trần Văn Thuấn",
        "Đại tá Trần Văn Thuấn",
    ],
)
def test_rank_or_degree_before_the_name(printed: str) -> None:
    text = BODY + f"Nơi nhận:\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n{printed}\n"
    assert _sig(text) == ("THỨ TRƯỞNG", "Trần Văn Thuấn")


# --- portal crawls: cells run together -----------------------------------------------------


def test_vv_title_run_into_the_date_cell() -> None:
    text = (
        "BỘ TÀI CHÍNH\nSố: 99/BTC-TCT V/v hướng dẫn thuế Hà Nội, ngày 15 tháng 01 năm 2021\n"
        "Kính gửi: Cục Thuế các tỉnh, thành phố\nBộ Tài chính hướng dẫn như sau.\n"
    )
    header = parse_text(text).header
    assert (header.doc_type, header.number) == ("Công văn", "99/BTC-TCT")
    assert (header.place, header.date) == ("Hà Nội", dt.date(2021, 1, 15))
    assert header.title == "hướng dẫn thuế"


def test_signature_run_onto_a_one_line_noi_nhan() -> None:
    text = (
        BODY + "Nơi nhận: - Văn phòng Trung ương; - Lưu: VT, CST. KT. BỘ TRƯỞNG THỨ TRƯỞNG "
        "Vũ Thị Mai\n"
    )
    doc = parse_text(text)
    assert [r.text for r in doc.recipients] == ["Văn phòng Trung ương;", "Lưu: VT, CST."]
    assert _sig(text) == ("THỨ TRƯỞNG", "Vũ Thị Mai")


# --- Party documents -----------------------------------------------------------------------


def test_party_department_number_and_parent_committee() -> None:
    text = (
        "TỈNH ỦY LÀO CAI\nBAN TUYÊN GIÁO\n*\nSố 120-HD/BTGTU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Lào Cai, ngày 20 tháng 5 năm 2023\nHƯỚNG DẪN\ntuyên truyền kỷ niệm ngày thành lập Đảng\n"
        "Thực hiện chủ trương của Trung ương.\n"
    )
    header = parse_text(text).header
    assert (header.number, header.issuer) == ("120-HD/BTGTU", "BAN TUYÊN GIÁO")
    assert header.parent_issuer == "TỈNH ỦY LÀO CAI"


def test_district_party_committee_under_its_provincial_party_organisation() -> None:
    text = (
        "ĐẢNG BỘ TỈNH THANH HÓA\nHUYỆN ỦY NGA SƠN\n*\nSố 05-NQ/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Nga Sơn, ngày 20 tháng 5 năm 2023\nNGHỊ QUYẾT\nvề phát triển nông nghiệp\n"
        "Thực hiện chủ trương của Tỉnh ủy.\n"
    )
    header = parse_text(text).header
    assert (header.issuer, header.parent_issuer) == ("HUYỆN ỦY NGA SƠN", "ĐẢNG BỘ TỈNH THANH HÓA")


def test_two_titles_one_signer_holds() -> None:
    text = (
        "VĂN PHÒNG CHÍNH PHỦ\nSố: 12/QĐ-VPCP\nHà Nội, ngày 03 tháng 01 năm 2024\nQUYẾT ĐỊNH\n"
        "Ban hành Quy chế làm việc\nBỘ TRƯỞNG, CHỦ NHIỆM VĂN PHÒNG CHÍNH PHỦ\n"
        "Căn cứ Nghị định số 79/2022/NĐ-CP;\nQUYẾT ĐỊNH:\n"
        + BODY
        + "Nơi nhận:\n- Lưu: VT.\nBỘ TRƯỞNG, CHỦ NHIỆM\nTrần Văn Sơn\n"
    )
    assert parse_text(text).header.title == "Ban hành Quy chế làm việc"
    assert _sig(text) == ("BỘ TRƯỞNG, CHỦ NHIỆM", "Trần Văn Sơn")


def test_cong_dien_formula_ends_a_hard_wrapped_title() -> None:
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 95/CĐ-TTg\nHà Nội, ngày 22 tháng 9 năm 2023\nCÔNG ĐIỆN\n"
        "Về việc tập trung ứng phó bão số 4\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n"
        "- Bộ trưởng các Bộ: Quốc phòng, Công an;\n- Chủ tịch Ủy ban nhân dân các tỉnh.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, NN (2).\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nTrần Lưu Quang\n"
    )
    header = parse_text(text).header
    assert (header.doc_type, header.title) == ("Công điện", "Về việc tập trung ứng phó bão số 4")
    assert _sig(text) == ("PHÓ THỦ TƯỚNG", "Trần Lưu Quang")


@pytest.mark.parametrize(
    "noi_nhan",
    [
        "Nơi nhận:\nNhư trên;\nBộ Tài chính;\nLưu: VT.\n",  # dashes lost by a converter
        "*Nơi nhận:*\n* Như trên;\n* Bộ Tài chính;\n* Lưu: VT.\n",  # markdown "* " bullets
    ],
)
def test_noi_nhan_entries_without_dashes(noi_nhan: str) -> None:
    text = BODY + noi_nhan + "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nCao Anh Tuấn\n"
    doc = parse_text(text)
    assert [r.text for r in doc.recipients] == ["Như trên;", "Bộ Tài chính;", "Lưu: VT."]
    assert _sig(text) == ("THỨ TRƯỞNG", "Cao Anh Tuấn")


def test_undashed_lines_without_an_archive_entry_are_not_recipients() -> None:
    text = BODY + "Nơi nhận:\nNhư trên;\nBộ Tài chính;\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nCao Anh Tuấn\n"
    assert parse_text(text).recipients == ()


_DECISION_BODY = (
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n" + BODY
)


@pytest.mark.parametrize(
    ("head", "authority", "issuer"),
    [
        ("UBND TỈNH LÀO CAI\n", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "UBND TỈNH LÀO CAI"),
        (
            "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\n",
            "GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH LÀO CAI",
            "SỞ CÔNG THƯƠNG",
        ),
        ("", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"),
    ],
)
def test_authority_line_under_a_capital_title(head: str, authority: str, issuer: str) -> None:
    text = (
        f"{head}Số: 12/QĐ-UBND\nLào Cai, ngày 03 tháng 01 năm 2024\nQUYẾT ĐỊNH\n"
        f"VỀ VIỆC BAN HÀNH QUY CHẾ\n{authority}\n" + _DECISION_BODY
    )
    header = parse_text(text).header
    assert (header.title, header.issuer) == ("VỀ VIỆC BAN HÀNH QUY CHẾ", issuer)


def test_a_title_line_naming_a_signer_after_a_linking_word_stays_title() -> None:
    text = (
        "UBND TỈNH LÀO CAI\nSố: 12/QĐ-UBND\nLào Cai, ngày 03 tháng 01 năm 2024\nQUYẾT ĐỊNH\n"
        "VỀ VIỆC ỦY QUYỀN CHO\nGIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH LÀO CAI\n" + _DECISION_BODY
    )
    title = parse_text(text).header.title
    assert title == "VỀ VIỆC ỦY QUYỀN CHO GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH LÀO CAI"
