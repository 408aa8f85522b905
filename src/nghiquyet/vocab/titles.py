"""Words that open the name of an issuing body, and the titles of signatories.

Source: Nghị định 30/2020/NĐ-CP Annex I (thể thức: tên cơ quan, chức vụ người ký) and the
headers of the documents in the shared corpus. Upper case, NFC; match on a line's start.
"""

from __future__ import annotations

# A line of the header that starts with one of these names a body of its own
# ("BỘ TÀI CHÍNH" above "TỔNG CỤC HẢI QUAN"); any other capital line continues the one above
# ("ỦY BAN NHÂN DÂN" / "TỈNH KON TUM").
ORGAN_HEADS: tuple[str, ...] = (
    "BỘ ",
    "ỦY BAN",
    "UỶ BAN",
    "UBND",
    "HỘI ĐỒNG",
    "HĐND",
    "SỞ ",
    "TỔNG CỤC",
    "CỤC ",
    "VĂN PHÒNG",
    "BAN ",
    "TÒA ÁN",
    "TOÀ ÁN",
    "VIỆN KIỂM SÁT",
    "KIỂM TOÁN NHÀ NƯỚC",
    "CHÍNH PHỦ",
    "QUỐC HỘI",
    "THỦ TƯỚNG",
    "CHỦ TỊCH NƯỚC",
    "NGÂN HÀNG NHÀ NƯỚC",
    "ĐOÀN ĐẠI BIỂU",
    "TỈNH ỦY",
    "THÀNH ỦY",
    "HUYỆN ỦY",
    "QUẬN ỦY",
    "THỊ ỦY",
    "ĐẢNG ỦY",
    "ĐẢNG BỘ",
    "ĐẢNG ĐOÀN",
    "BAN CÁN SỰ ĐẢNG",
    "BẢO HIỂM XÃ HỘI",
    "THANH TRA",
    "TRƯỜNG ",
    "BỆNH VIỆN",
    "TRUNG TÂM",
    "CÔNG AN",
    "BỘ CHỈ HUY",
)

# Names printed on two lines whose second line starts like a body of its own.
COMPOUND_ISSUERS: tuple[str, ...] = (
    "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
    "UỶ BAN THƯỜNG VỤ QUỐC HỘI",
    "HỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO",
    "HỘI ĐỒNG THẨM PHÁN TOÀ ÁN NHÂN DÂN TỐI CAO",
    "THỦ TƯỚNG CHÍNH PHỦ",
    "VĂN PHÒNG QUỐC HỘI",
    "VĂN PHÒNG CHÍNH PHỦ",
    "BAN CHẤP HÀNH TRUNG ƯƠNG",
    "ĐOÀN ĐẠI BIỂU QUỐC HỘI",
)

# Titles a signatory signs with ("CHỦ TỊCH", "KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG").
SIGNER_TITLES: tuple[str, ...] = (
    "CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "THỦ TƯỚNG",
    "PHÓ THỦ TƯỚNG",
    "BỘ TRƯỞNG",
    "THỨ TRƯỞNG",
    "CHÁNH ÁN",
    "PHÓ CHÁNH ÁN",
    "VIỆN TRƯỞNG",
    "PHÓ VIỆN TRƯỞNG",
    "TỔNG KIỂM TOÁN",
    "PHÓ TỔNG KIỂM TOÁN",
    "CHỦ NHIỆM",
    "PHÓ CHỦ NHIỆM",
    "TỔNG BÍ THƯ",
    "BÍ THƯ",
    "PHÓ BÍ THƯ",
    "THỐNG ĐỐC",
    "PHÓ THỐNG ĐỐC",
    "TỔNG THANH TRA",
    "GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC",
    "CỤC TRƯỞNG",
    "PHÓ CỤC TRƯỞNG",
    "TỔNG CỤC TRƯỞNG",
    "PHÓ TỔNG CỤC TRƯỞNG",
    "VỤ TRƯỞNG",
    "CHÁNH VĂN PHÒNG",
    "PHÓ CHÁNH VĂN PHÒNG",
    "TRƯỞNG BAN",
    "PHÓ TRƯỞNG BAN",
    "TỔNG THƯ KÝ",
    "TRƯỞNG ĐOÀN",
    "PHÓ TRƯỞNG ĐOÀN",
    "CHỦ TỊCH NƯỚC",
    "CHỦ TỊCH QUỐC HỘI",
    "TỔNG GIÁM ĐỐC",
    "PHÓ TỔNG GIÁM ĐỐC",
    "CHÁNH THANH TRA",
    "TRƯỞNG PHÒNG",
    "HIỆU TRƯỞNG",
    "TƯ LỆNH",
)

__all__ = ["COMPOUND_ISSUERS", "ORGAN_HEADS", "SIGNER_TITLES"]
