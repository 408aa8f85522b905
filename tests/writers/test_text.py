"""The canonical text writer: layout of the official template, normalized numbering."""

from __future__ import annotations

import datetime as dt

import pytest

from nghiquyet.writers.text import recipient_line, render_text, vn_date, with_end_mark
from writers.samples import sample

EXPECTED = """\
HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ CẦN THƠ
Số: 05/NQ-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cần Thơ, ngày 08 tháng 7 năm 2022

NGHỊ QUYẾT
Về tình hình kinh tế - xã hội 6 tháng đầu năm 2022
HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ CẦN THƠ
KHÓA X, KỲ HỌP THỨ SÁU

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị quyết số 60/NQ-HĐND ngày 08 tháng 12 năm 2021;
Sau khi nghe Ủy ban nhân dân thành phố báo cáo.

QUYẾT NGHỊ:

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi
Thông qua kết quả theo khoản 3 Điều 2.

Điều 2. Tổ chức thực hiện
1. Giao Ủy ban nhân dân thành phố thực hiện.
2. Giao Thường trực giám sát.
3. Đối tượng áp dụng gồm:
a) Đối tượng thứ nhất;
đ) Đối tượng thứ hai.

Nghị quyết này có hiệu lực từ ngày ký./.

Nơi nhận:
- Chính phủ;
- Lưu: VT, HĐ.

TM. HỘI ĐỒNG NHÂN DÂN
CHỦ TỊCH
Phạm Văn Hiếu

Phụ lục I
BIỂU SỐ LIỆU

| STT | Nội dung |
| 1 | Thu ngân sách |
"""


def test_sample_renders_in_template_layout() -> None:
    assert render_text(sample()) == EXPECTED


def test_closing_already_in_body_is_not_repeated() -> None:
    doc = sample()
    art = doc.body[0].children[0].model_copy(update={"text": doc.closing.text})  # type: ignore[union-attr]
    chapter = doc.body[0].model_copy(update={"children": (art, *doc.body[0].children[1:])})
    last = doc.model_copy(update={"body": (chapter,)})
    assert render_text(last).count("có hiệu lực từ ngày ký") == 2
    only = doc.model_copy(update={"body": (art,)})
    text = render_text(only)
    assert text.count("có hiệu lực từ ngày ký") == 1
    assert "Điều 1. Phạm vi\nNghị quyết này có hiệu lực từ ngày ký./.\n" in text


@pytest.mark.parametrize(
    ("day", "printed"),
    [
        (dt.date(2022, 7, 8), "ngày 08 tháng 7 năm 2022"),
        (dt.date(2025, 2, 28), "ngày 28 tháng 02 năm 2025"),
        (dt.date(2024, 1, 1), "ngày 01 tháng 01 năm 2024"),
        (dt.date(2024, 12, 31), "ngày 31 tháng 12 năm 2024"),
    ],
)
def test_vn_date_pads_day_and_early_months(day: dt.date, printed: str) -> None:
    assert vn_date(day) == printed


@pytest.mark.parametrize(
    ("text", "last", "line"),
    [
        ("Chính phủ", False, "- Chính phủ;"),
        ("- Chính phủ;", False, "- Chính phủ;"),
        ("Lưu: VT", True, "- Lưu: VT."),
        ("- Lưu.: VT, HĐ, 250.", True, "- Lưu.: VT, HĐ, 250."),
    ],
)
def test_recipient_line(text: str, last: bool, line: str) -> None:
    assert recipient_line(text, last) == line


@pytest.mark.parametrize(
    ("line", "marked"),
    [("ký.", "ký./."), ("năm 2022", "năm 2022./."), ("ký./.", "ký./.")],
)
def test_end_mark_merges_with_full_stop(line: str, marked: str) -> None:
    assert with_end_mark(line) == marked


def test_empty_document_renders_one_newline() -> None:
    from nghiquyet.models import Document

    assert render_text(Document()) == "\n"
