"""Issuer codes of số ký hiệu and the names that print them.

Sources: Nghị định 30/2020/NĐ-CP Annex III (codes of administrative documents), the list of
ministries after the March 2025 merger (Nghị định 25/2025 ... 45/2025, one per ministry), Quy
định 66-QĐ/TW (Party organs), and codes seen in the corpus (docs/citations.md). Adding an issuer
is one line: ``"CODE": ("name", "other name", ...)``; names are matched case-insensitively as
the start of the words after "của" ("của Bộ trưởng Bộ Tài chính" -> BTC).
"""

from __future__ import annotations

# code -> names printed for it (lower case is fine; matching folds case).
ISSUERS: dict[str, tuple[str, ...]] = {
    # Quốc hội and its organs; "QH15" carries the term, the bare code names the body.
    "QH": ("Quốc hội",),
    "UBTVQH": ("Ủy ban Thường vụ Quốc hội", "Ủy ban thường vụ Quốc hội"),
    "VPQH": ("Văn phòng Quốc hội",),
    "UBPLTP": ("Ủy ban Pháp luật và Tư pháp",),
    "CTN": ("Chủ tịch nước",),
    # Chính phủ
    "CP": ("Chính phủ",),
    "TTg": ("Thủ tướng Chính phủ", "Thủ tướng"),
    "VPCP": ("Văn phòng Chính phủ",),
    # Courts, procuracy, audit
    "TANDTC": ("Tòa án nhân dân tối cao", "Chánh án Tòa án nhân dân tối cao"),
    "HĐTP": ("Hội đồng Thẩm phán Tòa án nhân dân tối cao", "Hội đồng Thẩm phán"),
    "VKSNDTC": ("Viện kiểm sát nhân dân tối cao", "Viện trưởng Viện kiểm sát nhân dân tối cao"),
    "KTNN": ("Kiểm toán nhà nước", "Tổng Kiểm toán nhà nước"),
    "UBTWMTTQVN": ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",),
    # Ministries (2025 names first, then the ones merged away, still cited)
    "BQP": ("Bộ Quốc phòng", "Bộ trưởng Bộ Quốc phòng"),
    "BCA": ("Bộ Công an", "Bộ trưởng Bộ Công an"),
    "BNG": ("Bộ Ngoại giao", "Bộ trưởng Bộ Ngoại giao"),
    "BNV": ("Bộ Nội vụ", "Bộ trưởng Bộ Nội vụ"),
    "BTP": ("Bộ Tư pháp", "Bộ trưởng Bộ Tư pháp"),
    "BTC": ("Bộ Tài chính", "Bộ trưởng Bộ Tài chính"),
    "BCT": ("Bộ Công Thương", "Bộ trưởng Bộ Công Thương"),
    "BNNMT": ("Bộ Nông nghiệp và Môi trường", "Bộ trưởng Bộ Nông nghiệp và Môi trường"),
    "BXD": ("Bộ Xây dựng", "Bộ trưởng Bộ Xây dựng"),
    "BVHTTDL": ("Bộ Văn hóa, Thể thao và Du lịch", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"),
    "BKHCN": ("Bộ Khoa học và Công nghệ", "Bộ trưởng Bộ Khoa học và Công nghệ"),
    "BGDĐT": ("Bộ Giáo dục và Đào tạo", "Bộ trưởng Bộ Giáo dục và Đào tạo"),
    "BYT": ("Bộ Y tế", "Bộ trưởng Bộ Y tế"),
    "BDTTG": ("Bộ Dân tộc và Tôn giáo", "Bộ trưởng Bộ Dân tộc và Tôn giáo"),
    "NHNN": ("Ngân hàng Nhà nước Việt Nam", "Thống đốc Ngân hàng Nhà nước Việt Nam"),
    "TTCP": ("Thanh tra Chính phủ", "Tổng Thanh tra Chính phủ"),
    "BKHĐT": ("Bộ Kế hoạch và Đầu tư", "Bộ trưởng Bộ Kế hoạch và Đầu tư"),
    "BLĐTBXH": (
        "Bộ Lao động - Thương binh và Xã hội",
        "Bộ trưởng Bộ Lao động - Thương binh và Xã hội",
    ),
    "LĐTBXH": (),  # older code of the same ministry ("5115/LĐTBXH-KHTC")
    "BGTVT": ("Bộ Giao thông vận tải", "Bộ trưởng Bộ Giao thông vận tải"),
    "BTTTT": ("Bộ Thông tin và Truyền thông", "Bộ trưởng Bộ Thông tin và Truyền thông"),
    "BNNPTNT": (
        "Bộ Nông nghiệp và Phát triển nông thôn",
        "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn",
    ),
    "BTNMT": ("Bộ Tài nguyên và Môi trường", "Bộ trưởng Bộ Tài nguyên và Môi trường"),
    "UBDT": ("Ủy ban Dân tộc",),
    "BNN": (),
    "BVHTT": (),
    "BGD": (),
    "TCCP": (),
    "HĐBT": ("Hội đồng Bộ trưởng",),
    "TCHQ": ("Tổng cục Hải quan",),
    "TCT": ("Tổng cục Thuế",),
    # Local government
    "HĐND": ("Hội đồng nhân dân",),
    "UBND": ("Ủy ban nhân dân", "Uỷ ban nhân dân"),
    "UB": (),
    # Party organs (in "13-NQ/TW" the organ follows the slash)
    "TW": ("Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư", "Trung ương"),
    "VPTW": ("Văn phòng Trung ương Đảng",),
    "TU": ("Tỉnh ủy", "Thành ủy", "Ban Chấp hành Đảng bộ tỉnh", "Ban Thường vụ Tỉnh ủy"),
    "HU": ("Huyện ủy",),
    "ĐU": ("Đảng ủy",),
    "BCĐ": ("Ban Chỉ đạo",),
    "BCĐTW": (),
    "BTCTW": ("Ban Tổ chức Trung ương",),
    "UBKTTW": ("Ủy ban Kiểm tra Trung ương",),
}

# Codes of provincial departments (Sở) and council committees seen in numbers.
LOCAL_UNIT_CODES: tuple[str, ...] = (
    "STC", "STP", "SNV", "SXD", "SCT", "SYT", "SNNMT", "SGDĐT", "SLĐTBXH", "SKHĐT",
    "KTNS", "VHXH", "BPC", "KTXH", "VP",
)  # fmt: skip

__all__ = ["ISSUERS", "LOCAL_UNIT_CODES"]
