"""Laws usually cited by name and date, without their number: the built-in catalogue.

Source: docs/citations.md and the corpus survey in shared/spec/vn-format.md §8.1, where each
number/date pair is confirmed by a document that prints both (or one in each of two documents).
One line per law: (number, tên loại, name after the tên loại, adoption date YYYY-MM-DD).
"""

from __future__ import annotations

from typing import NamedTuple


class KnownLaw(NamedTuple):
    number: str  # "77/2015/QH13"
    doc_type: str  # "Luật", "Bộ luật"
    name: str  # "Tổ chức chính quyền địa phương"
    date: str  # "2015-06-19"


KNOWN_LAWS: tuple[KnownLaw, ...] = (
    KnownLaw("76/2015/QH13", "Luật", "Tổ chức Chính phủ", "2015-06-19"),
    KnownLaw("77/2015/QH13", "Luật", "Tổ chức chính quyền địa phương", "2015-06-19"),
    KnownLaw("80/2015/QH13", "Luật", "Ban hành văn bản quy phạm pháp luật", "2015-06-22"),
    KnownLaw("83/2015/QH13", "Luật", "Ngân sách nhà nước", "2015-06-25"),
    KnownLaw(
        "47/2019/QH14",
        "Luật",
        "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền"
        " địa phương",
        "2019-11-22",
    ),
    KnownLaw(
        "63/2020/QH14",
        "Luật",
        "sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật",
        "2020-06-18",
    ),
    KnownLaw("63/2025/QH15", "Luật", "Tổ chức Chính phủ", "2025-02-18"),
    KnownLaw("64/2025/QH15", "Luật", "Ban hành văn bản quy phạm pháp luật", "2025-02-19"),
    KnownLaw("65/2025/QH15", "Luật", "Tổ chức chính quyền địa phương", "2025-02-19"),
    KnownLaw("72/2025/QH15", "Luật", "Tổ chức chính quyền địa phương", "2025-06-16"),
    KnownLaw(
        "87/2025/QH15",
        "Luật",
        "sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật",
        "2025-06-25",
    ),
    KnownLaw("91/2015/QH13", "Bộ luật", "Dân sự", "2015-11-24"),
    KnownLaw("45/2019/QH14", "Bộ luật", "Lao động", "2019-11-20"),
    KnownLaw("45/2013/QH13", "Luật", "Đất đai", "2013-11-29"),
    KnownLaw("31/2024/QH15", "Luật", "Đất đai", "2024-01-18"),
    KnownLaw("59/2020/QH14", "Luật", "Doanh nghiệp", "2020-06-17"),
    KnownLaw("61/2020/QH14", "Luật", "Đầu tư", "2020-06-17"),
    KnownLaw("39/2019/QH14", "Luật", "Đầu tư công", "2019-06-13"),
    KnownLaw("38/2019/QH14", "Luật", "Quản lý thuế", "2019-06-13"),
    KnownLaw("22/2023/QH15", "Luật", "Đấu thầu", "2023-06-23"),
    KnownLaw("15/2012/QH13", "Luật", "Xử lý vi phạm hành chính", "2012-06-20"),
    KnownLaw("54/2014/QH13", "Luật", "Hải quan", "2014-06-23"),
    KnownLaw("43/2019/QH14", "Luật", "Giáo dục", "2019-06-14"),
)

__all__ = ["KNOWN_LAWS", "KnownLaw"]
