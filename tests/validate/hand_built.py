"""Hand-built documents for rule tests: a clean baseline and small builders to break it.

The baseline is a Nghị quyết of an HĐND laid out as spec §4-§7 describes; every built-in
rule is silent on it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from nghiquyet.models import (
    Citation,
    CitationKind,
    Closing,
    Document,
    Header,
    Node,
    NodeKind,
    Preamble,
    PreambleItem,
    PreambleKind,
    Recipient,
    Signatory,
    Span,
)


def span(line: int, start: int | None = None, end: int | None = None) -> Span:
    """A span on ``line`` (offsets default to line * 100)."""
    s = line * 100 if start is None else start
    return Span(start=s, end=s + 10 if end is None else end, line=line, column=1, end_line=line)


def node(kind: NodeKind, number: str | None, *children: Node, line: int = 50, **kw: Any) -> Node:
    return Node(kind=kind, number=number, children=children, span=span(line), **kw)


def dieu(number: str, *children: Node, line: int = 50, **kw: Any) -> Node:
    kw.setdefault("title", "Nội dung")
    return node(NodeKind.DIEU, number, *children, line=line, **kw)


def khoan(number: str, *children: Node, line: int = 51) -> Node:
    return node(NodeKind.KHOAN, number, *children, line=line, text="Nội dung khoản.")


def diem(letter: str, line: int = 52) -> Node:
    return node(NodeKind.DIEM, letter, line=line, text="nội dung điểm;")


def para(text: str, line: int = 60) -> Node:
    return node(NodeKind.PARAGRAPH, None, line=line, text=text)


def chuong(number: str, *children: Node, line: int = 40) -> Node:
    return node(NodeKind.CHUONG, number, *children, line=line, title="QUY ĐỊNH CHUNG")


def basis(text: str, line: int = 20) -> PreambleItem:
    return PreambleItem(kind=PreambleKind.BASIS, text=text, span=span(line))


def cite(
    number: str | None,
    *,
    raw: str | None = None,
    date: dt.date | None = None,
    kind: CitationKind = CitationKind.NUMBERED,
    text: str | None = None,
    line: int = 55,
    start: int | None = None,
) -> Citation:
    return Citation(
        kind=kind,
        text=text or f"Nghị quyết số {raw or number}",
        span=span(line, start),
        number=number,
        number_raw=raw or number,
        date=date,
    )


HEADER = Header(
    issuer="HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ CẦN THƠ",
    number="05/NQ-HĐND",
    number_raw="05/NQ-HĐND",
    place="Cần Thơ",
    date=dt.date(2022, 7, 8),
    date_raw="Cần Thơ, ngày 08 tháng 7 năm 2022",
    doc_type="Nghị quyết",
    title="Về tình hình thực hiện nhiệm vụ kinh tế - xã hội 6 tháng đầu năm 2022",
    national_title="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto="Độc lập - Tự do - Hạnh phúc",
    spans={"number": span(3), "date": span(5), "issuer": span(1), "doc_type": span(7)},
)

BASELINE = Document(
    header=HEADER,
    preamble=Preamble(
        items=(
            basis("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", 20),
            basis("Căn cứ Nghị quyết số 60/NQ-HĐND ngày 08 tháng 12 năm 2021;", 21),
            PreambleItem(
                kind=PreambleKind.CONSIDERATION,
                text="Sau khi nghe Ủy ban nhân dân thành phố báo cáo.",
                span=span(22),
            ),
        ),
        formula="QUYẾT NGHỊ:",
        formula_span=span(23),
    ),
    body=(
        dieu("1", para("Tình hình kinh tế - xã hội ổn định.", 31), line=30),
        dieu(
            "2",
            khoan(
                "1",
                diem("a", 33),
                diem("b", 34),
                diem("c", 35),
                diem("d", 36),
                diem("đ", 37),
                diem("e", 38),
                line=32,
            ),
            khoan("2", line=39),
            line=31,
        ),
        dieu("3", khoan("1", line=41), khoan("2", line=42), line=40),
        dieu("4", para("Nghị quyết này có hiệu lực từ ngày thông qua./.", 44), line=43),
    ),
    closing=Closing(text="Nghị quyết này ... thông qua ngày 08 tháng 7 năm 2022./.", end_mark=True),
    recipients=(
        Recipient(text="- Chính phủ;", span=span(46)),
        Recipient(text="- Lưu: VT, HĐ.", span=span(47)),
    ),
    signatory=Signatory(authority=(), title="CHỦ TỊCH", name="Phạm Văn Hiếu", span=span(49)),
    basis=(cite("60/NQ-HĐND", date=dt.date(2021, 12, 8), line=21),),
    citations=(
        cite("60/NQ-HĐND", date=dt.date(2021, 12, 8), line=21),
        cite("45/2022/QH15", date=dt.date(2022, 1, 11), line=32),
        cite(None, kind=CitationKind.INTERNAL, text="khoản 2 Điều 3", line=41),
        cite(None, kind=CitationKind.INTERNAL, text="điểm đ khoản 1 Điều 2", line=42),
    ),
)


def with_header(**changes: Any) -> Document:
    """The baseline with header fields replaced."""
    return BASELINE.model_copy(update={"header": HEADER.model_copy(update=changes)})


def with_(**changes: Any) -> Document:
    """The baseline with document fields replaced."""
    return BASELINE.model_copy(update=changes)
