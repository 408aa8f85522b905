"""Small hand-made documents and the dev corpus location, for the writer tests."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

from nghiquyet.models import (
    Appendix,
    Citation,
    CitationKind,
    Closing,
    Diagnostic,
    Document,
    Header,
    Node,
    NodeKind,
    Preamble,
    PreambleItem,
    PreambleKind,
    Recipient,
    Session,
    Severity,
    Signatory,
    Span,
)
from nghiquyet.parser import parse_file

SHARED = Path(__file__).resolve().parents[3] / "shared"
DEV = SHARED / "corpus" / "dev"
DEV_FILES = (
    sorted(
        p
        for p in DEV.glob("*")
        if p.is_file() and not p.name.endswith((".gold.json", ".meta.json"))
    )
    if DEV.is_dir()
    else []
)


@cache
def parsed(path: Path) -> Document:
    """``parse_file(path)``, once per test session (the corpus takes seconds to parse)."""
    return parse_file(path)


AT = Span(start=0, end=10, line=3, column=5, end_line=3)
BASIS_TEXT = "Nghị quyết số 60/NQ-HĐND ngày 08 tháng 12 năm 2021"
CLOSING = "Nghị quyết này có hiệu lực từ ngày 18 tháng 7 năm 2022./."
WORK_URI = "/akn/vn/act/nghi-quyet/2021-12-08/60-nq-hdnd"


def node(
    kind: NodeKind, number: str | None, text: str = "", title: str | None = None, *children: Node
) -> Node:
    """A body node at :data:`AT`."""
    return Node(kind=kind, number=number, text=text, title=title, children=children, span=AT)


def sample() -> Document:
    """A Nghị quyết of a council with every part filled: the writers' reference input."""
    points = (
        node(NodeKind.DIEM, "a", "Đối tượng thứ nhất;"),
        node(NodeKind.DIEM, "đ", "Đối tượng thứ hai."),
    )
    art2 = node(
        NodeKind.DIEU,
        "2",
        "",
        "Tổ chức thực hiện",
        node(NodeKind.KHOAN, "1", "Giao Ủy ban nhân dân thành phố thực hiện."),
        node(NodeKind.KHOAN, "2", "Giao Thường trực giám sát."),
        node(NodeKind.KHOAN, "3", "Đối tượng áp dụng gồm:", None, *points),
    )
    art1 = node(
        NodeKind.DIEU,
        "1",
        "",
        "Phạm vi",
        node(NodeKind.PARAGRAPH, None, "Thông qua kết quả theo khoản 3 Điều 2."),
    )
    table = Node(
        kind=NodeKind.TABLE,
        rows=(("STT", "Nội dung", "Số tiền"), ("1", "Thu ngân sách", "100")),
        span=AT,
    )
    art3 = node(NodeKind.DIEU, "3", "", "Hiệu lực", node(NodeKind.PARAGRAPH, None, CLOSING))
    chapter = node(NodeKind.CHUONG, "I", "", "QUY ĐỊNH CHUNG", art1, art2, art3)
    return Document(
        header=Header(
            issuer="HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ CẦN THƠ",
            number="05/NQ-HĐND",
            number_raw="05 /NQ-HĐND",
            place="Cần Thơ",
            date=dt.date(2022, 7, 8),
            doc_type="Nghị quyết",
            title="Về tình hình kinh tế - xã hội 6 tháng đầu năm 2022",
            session=Session(text="KHÓA X, KỲ HỌP THỨ SÁU", term="X", sitting="THỨ SÁU", span=AT),
            national_title="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            motto="Độc lập - Tự do - Hạnh phúc",
            spans={"number": AT},
        ),
        preamble=Preamble(
            items=(
                PreambleItem(
                    kind=PreambleKind.BASIS,
                    text="Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                    span=AT,
                ),
                PreambleItem(kind=PreambleKind.BASIS, text=f"Căn cứ {BASIS_TEXT};", span=AT),
                PreambleItem(
                    kind=PreambleKind.CONSIDERATION,
                    text="Sau khi nghe Ủy ban nhân dân thành phố báo cáo.",
                    span=AT,
                ),
            ),
            formula="QUYẾT NGHỊ:",
            formula_span=AT,
        ),
        body=(chapter,),
        closing=Closing(text=CLOSING, effective_on=dt.date(2022, 7, 18), end_mark=True, span=AT),
        recipients=(
            Recipient(text="Chính phủ;", span=AT),
            Recipient(text="Lưu: VT, HĐ.", span=AT),
        ),
        signatory=Signatory(
            authority=("TM. HỘI ĐỒNG NHÂN DÂN",), title="CHỦ TỊCH", name="Phạm Văn Hiếu", span=AT
        ),
        appendices=(
            Appendix(
                number="I", label="Phụ lục I", title="BIỂU SỐ LIỆU", children=(table,), span=AT
            ),
        ),
        citations=(
            Citation(
                kind=CitationKind.NUMBERED,
                text=BASIS_TEXT,
                span=AT,
                number="60/NQ-HĐND",
                uri=WORK_URI,
            ),
            Citation(
                kind=CitationKind.INTERNAL, text="khoản 3 Điều 2", span=AT, target="art_2__para_3"
            ),
        ),
        diagnostics=(
            Diagnostic(
                code="NQP101",
                severity=Severity.WARNING,
                message="số ký hiệu có khoảng trắng",
                span=AT,
            ),
        ),
    )
