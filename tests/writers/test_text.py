"""The canonical text writer: layout of the official template, normalized numbering."""

from __future__ import annotations

import datetime as dt

import pytest

from nghiquyet.models import Closing, Document, Node, NodeKind
from nghiquyet.writers.text import recipient_line, render_text, vn_date, with_end_mark
from writers.samples import AT, node, sample

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

Điều 3. Hiệu lực

Nghị quyết này có hiệu lực từ ngày 18 tháng 7 năm 2022./.

Nơi nhận:
- Chính phủ;
- Lưu: VT, HĐ.

TM. HỘI ĐỒNG NHÂN DÂN
CHỦ TỊCH
Phạm Văn Hiếu

Phụ lục I
BIỂU SỐ LIỆU

| STT | Nội dung | Số tiền |
| 1 | Thu ngân sách | 100 |
"""


def test_sample_renders_in_template_layout() -> None:
    assert render_text(sample()) == EXPECTED


def test_closing_printed_once_when_the_body_holds_it() -> None:
    text = render_text(sample())
    assert text.count("có hiệu lực từ ngày 18 tháng 7") == 1
    assert (
        "Điều 3. Hiệu lực\n\nNghị quyết này có hiệu lực từ ngày 18 tháng 7 năm 2022./.\n\n" in text
    )


def test_closing_outside_the_body_is_printed_with_end_mark() -> None:
    doc = sample()
    chapter = doc.body[0].model_copy(update={"children": doc.body[0].children[:2]})
    closing = Closing(text="Nghị quyết này có hiệu lực từ ngày ký.", end_mark=True, span=AT)
    text = render_text(doc.model_copy(update={"body": (chapter,), "closing": closing}))
    assert "đ) Đối tượng thứ hai.\n\nNghị quyết này có hiệu lực từ ngày ký./.\n\nNơi" in text


def test_inline_formula_is_not_repeated() -> None:
    doc = sample()
    last = doc.preamble.items[-1].model_copy(update={"text": "Xét đề nghị, QUYẾT ĐỊNH:"})
    preamble = doc.preamble.model_copy(update={"items": (*doc.preamble.items[:-1], last)})
    text = render_text(doc.model_copy(update={"preamble": preamble}))
    assert "Xét đề nghị, QUYẾT ĐỊNH:\n\nChương I" in text
    assert "QUYẾT NGHỊ:" not in text


def test_white_space_runs_fold_to_one_space() -> None:
    doc = sample()
    header = doc.header.model_copy(update={"title": "Về tình  hình\nkinh tế"})
    assert "\nVề tình hình kinh tế\n" in render_text(doc.model_copy(update={"header": header}))


def test_sub_points_keep_their_printed_markers() -> None:
    dash = Node(kind=NodeKind.TIET, number="-", label="-", text="Hộ nghèo;", span=AT)
    sub = Node(kind=NodeKind.TIET, number="a.1", label="a.1)", text="Hộ mới;", span=AT)
    art = node(NodeKind.DIEU, "1", "", "X", node(NodeKind.KHOAN, "1", "Gồm:", None, dash, sub))
    text = render_text(Document(body=(art,)))
    assert "1. Gồm:\n- Hộ nghèo;\na.1) Hộ mới;\n" in text


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
    ("text", "line"),
    [
        ("Chính phủ;", "- Chính phủ;"),
        ("- Chính phủ;", "- Chính phủ;"),
        ("Lưu: VT, ĐMDN (2b). Quân", "- Lưu: VT, ĐMDN (2b). Quân"),
    ],
)
def test_recipient_line_keeps_punctuation_as_printed(text: str, line: str) -> None:
    assert recipient_line(text) == line


@pytest.mark.parametrize(
    ("line", "marked"),
    [("ký.", "ký./."), ("năm 2022", "năm 2022./."), ("ký./.", "ký./.")],
)
def test_end_mark_merges_with_full_stop(line: str, marked: str) -> None:
    assert with_end_mark(line) == marked


def test_empty_document_renders_one_newline() -> None:
    assert render_text(Document()) == "\n"
