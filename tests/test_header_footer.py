"""Header and signature blocks as real documents print them (portal crawls, Công báo PDF
text layers, old laws): each test is a small text shaped like a document of the raw corpus."""

from __future__ import annotations

from nghiquyet import parse_text
from nghiquyet.models import Signatory

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
