"""Vocabularies as data: document types (tên loại) and their codes.

Source: Luật Ban hành VBQPPL 80/2015/QH13 and 64/2025/QH15 (Art. 4), Nghị định 30/2020/NĐ-CP
Annex III (codes of văn bản hành chính). Adding a type is one line.
"""

from __future__ import annotations

from typing import NamedTuple


class DocType(NamedTuple):
    name: str  # sentence case, as the gold and users write it: "Nghị quyết"
    code: str | None  # type code in a số ký hiệu: "NQ"; None for Luật, Bộ luật, Hiến pháp


# Longest names first where one is a prefix of another ("Thông tư liên tịch" before "Thông tư").
DOC_TYPES: tuple[DocType, ...] = (
    DocType("Hiến pháp", None),
    DocType("Bộ luật", None),
    DocType("Luật", None),
    DocType("Pháp lệnh", "PL"),
    DocType("Lệnh", "L"),
    DocType("Nghị quyết liên tịch", "NQLT"),
    DocType("Nghị quyết", "NQ"),
    DocType("Nghị định", "NĐ"),
    DocType("Quyết định", "QĐ"),
    DocType("Thông tư liên tịch", "TTLT"),
    DocType("Thông tư", "TT"),
    DocType("Chỉ thị", "CT"),
    DocType("Văn bản hợp nhất", "VBHN"),
    DocType("Quy chế", "QC"),
    DocType("Quy định", "QyĐ"),
    DocType("Thông cáo", "TC"),
    DocType("Thông báo", "TB"),
    DocType("Hướng dẫn", "HD"),
    DocType("Chương trình", "CTr"),
    DocType("Kế hoạch", "KH"),
    DocType("Phương án", "PA"),
    DocType("Đề án", "ĐA"),
    DocType("Dự án", "DA"),
    DocType("Báo cáo", "BC"),
    DocType("Biên bản", "BB"),
    DocType("Tờ trình", "TTr"),
    DocType("Hợp đồng", "HĐ"),
    DocType("Công điện", "CĐ"),
    DocType("Bản ghi nhớ", "BGN"),
    DocType("Bản thỏa thuận", "BTT"),
    DocType("Giấy ủy quyền", "GUQ"),
    DocType("Giấy mời", "GM"),
    DocType("Giấy giới thiệu", "GGT"),
    DocType("Giấy nghỉ phép", "GNP"),
    DocType("Phiếu gửi", "PG"),
    DocType("Phiếu chuyển", "PC"),
    DocType("Phiếu báo", "PB"),
    DocType("Thông tri", None),
    DocType("Kết luận", "KL"),
    DocType("Công văn", None),
)

DOC_TYPE_BY_CODE: dict[str, DocType] = {t.code: t for t in DOC_TYPES if t.code}
DOC_TYPE_BY_NAME: dict[str, DocType] = {t.name.casefold(): t for t in DOC_TYPES}

__all__ = ["DOC_TYPES", "DOC_TYPE_BY_CODE", "DOC_TYPE_BY_NAME", "DocType"]
