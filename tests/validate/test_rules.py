"""Every built-in rule on hand-built documents: at least one case that triggers it and one
that does not (the near miss a careless rule would flag)."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest

from nghiquyet.models import (
    CitationKind,
    Closing,
    Diagnostic,
    Document,
    Preamble,
    PreambleItem,
    PreambleKind,
    Recipient,
    Severity,
    Signatory,
)
from nghiquyet.validate import RULES, validate
from validate.hand_built import (
    BASELINE,
    HEADER,
    basis,
    chuong,
    cite,
    diem,
    dieu,
    khoan,
    para,
    span,
    with_,
    with_header,
)


class Case(NamedTuple):
    code: str
    doc: Document
    fires: bool
    why: str
    source: str | None = None


def body(*nodes: object) -> Document:
    return with_(body=nodes)


def recipients(*texts: str) -> Document:
    return with_(
        recipients=tuple(Recipient(text=t, span=span(46 + i)) for i, t in enumerate(texts))
    )


def preamble(*texts: str, formula: str | None = "QUYẾT NGHỊ:") -> Document:
    items = tuple(basis(t, 20 + i) for i, t in enumerate(texts))
    return with_(preamble=Preamble(items=items, formula=formula))


def citations(*cs: object) -> Document:
    return with_(citations=cs)


D = dt.date
HĐND = "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ CẦN THƠ"
CASES = [
    # NQ001 parser diagnostics (off by default; run when selected below)
    Case(
        "NQ001",
        with_(diagnostics=(Diagnostic(code="NQP101", severity=Severity.INFO, message="x"),)),
        True,
        "a diagnostic",
    ),
    Case("NQ001", BASELINE, False, "no diagnostics"),
    # header
    Case("NQ101", with_header(number=None, number_raw=None), True, "no number"),
    Case("NQ101", with_header(number="/NQ-HĐND", number_raw="   /NQ-HĐND"), True, "blank"),
    Case("NQ101", BASELINE, False, "05/NQ-HĐND"),
    Case("NQ101", with_header(number=None, number_raw=None, doc_type="Hiến pháp"), False, "HP"),
    Case(
        "NQ102",
        with_header(number="45/2022/QH", number_raw="45/2022/QH", doc_type="Luật"),
        True,
        "no term",
    ),
    Case("NQ102", with_header(number="45/2022/NĐ", number_raw="45/2022/NĐ"), True, "no issuer"),
    Case("NQ102", with_header(number="13-NQ/TW", number_raw="13-NQ/TW"), False, "Party"),
    Case(
        "NQ102",
        with_header(number="66.19/2026/NQ-CP", issuer="CHÍNH PHỦ", date=D(2026, 1, 5)),
        False,
        "dotted",
    ),
    Case("NQ103", with_header(number_raw="05 /NQ-HĐND"), True, "stray space", "Số: 05 /NQ-HĐND"),
    Case(
        "NQ103",
        with_header(
            number="08/2021/NĐ-CP",
            number_raw="08/2021/ND-CP",
            issuer="CHÍNH PHỦ",
            doc_type="Nghị định",
            date=D(2021, 2, 1),
        ),
        True,
        "lost Đ",
    ),
    Case(
        "NQ103",
        with_header(number_raw="08/2021/NĐ-\nCP", number="08/2021/NĐ-CP"),
        False,
        "wrapped in a PDF column",
    ),
    Case("NQ103", BASELINE, False, "as printed"),
    Case("NQ104", with_header(number="05/QĐ-HĐND"), True, "QĐ on a Nghị quyết"),
    Case("NQ104", with_header(number="45/2019/QH14", doc_type="Nghị định"), True, "QH Nghị định"),
    Case(
        "NQ104",
        with_header(number="45/2019/QH14", doc_type="Bộ luật", issuer="QUỐC HỘI"),
        False,
        "Bộ luật of QH",
    ),
    Case("NQ104", with_header(number="111/VBHN-VPQH", doc_type="Luật"), False, "VBHN"),
    Case("NQ104", with_header(number="5973/UBND-KT", doc_type="Công văn"), False, "công văn"),
    Case("NQ105", with_header(number="05/NQ-UBND"), True, "UBND on an HĐND resolution"),
    Case(
        "NQ105",
        with_header(number="1205/QĐ-BKHĐT", doc_type="Quyết định", issuer="BỘ KẾ HOẠCH VÀ ĐẦU TƯ"),
        False,
        "'hoạch' is not an old tone placement",
    ),
    Case("NQ105", with_header(number="05/QĐ-UBND", issuer=HĐND), True, "the issue's example"),
    Case(
        "NQ105",
        with_header(
            number="07/2024/TT-BLĐTBXH",
            doc_type="Thông tư",
            date=D(2024, 7, 31),
            issuer="BỘ LAO ĐỘNG THƯƠNG BINH VÀ XÃ HỘI",
        ),
        False,
        "hyphen lost in the issuer",
    ),
    Case(
        "NQ105",
        with_header(
            number="01/2022/TTLT-VKSNDTC-TANDTC",
            doc_type="Thông tư liên tịch",
            issuer="TÒA ÁN NHÂN DÂN TỐI CAO - VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO",
            date=D(2022, 3, 1),
        ),
        False,
        "joint",
    ),
    Case("NQ106", with_header(number="12/2024/NQ-HĐND"), True, "year 2024, dated 2022"),
    Case(
        "NQ106",
        with_header(number="45/2019/QH15", doc_type="Luật", issuer="QUỐC HỘI"),
        True,
        "2019 not in QH15",
    ),
    Case("NQ106", with_header(number="12/2022/NQ-HĐND"), False, "same year"),
    Case("NQ110", with_header(issuer=None), True, "no issuer"),
    Case("NQ110", BASELINE, False, "issuer"),
    Case(
        "NQ101",
        with_header(number=None, number_raw=None),
        False,
        "a consolidated text prints its number at the end",
        "LUẬT\nBẢO HIỂM XÃ HỘI\n...\nXÁC THỰC VĂN BẢN HỢP NHẤT\n",
    ),
    Case("NQ111", with_header(date=None, date_raw=None, place=None), True, "no date line"),
    Case("NQ111", with_header(place=None), True, "no place"),
    Case(
        "NQ111",
        with_header(
            date=None,
            date_raw=None,
            place=None,
            doc_type="Luật",
            number="45/2019/QH14",
            issuer="QUỐC HỘI",
        ),
        False,
        "a law",
    ),
    Case(
        "NQ112", with_header(date=None, date_raw="Hà Nội, ngày 30 tháng 02 năm 2025"), True, "30/02"
    ),
    Case("NQ112", with_header(date_raw="Hà Nội, ngày 29 tháng 02 năm 2024"), False, "leap day"),
    Case("NQ113", with_header(date_raw="Cần Thơ, ngày 8 tháng 7 năm 2022"), True, "ngày 8"),
    Case("NQ113", with_header(date_raw="Cần Thơ, ngày 18 tháng 2 năm 2022"), True, "tháng 2"),
    Case("NQ113", with_header(date_raw="Cần Thơ, ngày 08 tháng 7 năm 2022"), False, "tháng 7"),
    Case("NQ114", with_header(doc_type=None), True, "no tên loại"),
    Case("NQ114", with_header(doc_type=None, number="5973/UBND-KT"), False, "công văn"),
    Case("NQ115", with_header(title=None), True, "no trích yếu"),
    Case("NQ115", BASELINE, False, "trích yếu"),
    # structure
    Case("NQ201", body(dieu("1"), dieu("3")), True, "gap"),
    Case("NQ201", body(dieu("2"), dieu("3")), True, "starts at 2"),
    Case("NQ201", body(dieu("1"), dieu("2"), dieu("4"), dieu("3")), True, "steps back"),
    Case("NQ201", body(dieu("1"), dieu("10"), dieu("10a"), dieu("11")), True, "gap 1->10"),
    Case(
        "NQ201",
        body(chuong("I", dieu("1"), dieu("2")), chuong("II", dieu("3"))),
        False,
        "across chapters",
    ),
    Case("NQ201", body(dieu("1"), dieu("1a"), dieu("2")), False, "inserted 1a"),
    Case("NQ202", body(dieu("1"), dieu("2"), dieu("2")), True, "repeated"),
    Case("NQ202", body(dieu("1"), dieu("2")), False, "distinct"),
    Case("NQ203", body(dieu("1", khoan("1"), khoan("3"))), True, "gap"),
    Case("NQ203", body(dieu("1", khoan("2"))), True, "starts at 2"),
    Case(
        "NQ203",
        body(dieu("1", khoan("1"), khoan("2")), dieu("2", khoan("1"))),
        False,
        "restarts per Điều",
    ),
    Case("NQ204", body(dieu("1", khoan("1", diem("a"), diem("b"), diem("d")))), True, "skip c"),
    Case(
        "NQ204",
        body(dieu("1", khoan("1", diem("a"), diem("b"), diem("c"), diem("d"), diem("e")))),
        True,
        "đ missing",
    ),
    Case("NQ204", body(dieu("1", khoan("1", diem("a"), diem("f")))), True, "f"),
    Case("NQ204", body(dieu("1", khoan("1", diem("a"), diem("a")))), True, "repeated"),
    Case(
        "NQ204",
        body(dieu("1", khoan("1", *(diem(c) for c in "abcdđeghiklmnopqrstuvxy")))),
        False,
        "the whole alphabet",
    ),
    Case(
        "NQ204",
        body(dieu("1", khoan("1", diem("đ"))), dieu("2", khoan("1", diem("a")))),
        True,
        "starts at đ",
    ),
    Case(
        "NQ204",
        body(dieu("1", khoan("1", diem("a"), diem("b"), diem("b1"), diem("c")))),
        False,
        "inserted b1",
    ),
    Case("NQ205", body(chuong("I", dieu("1")), chuong("III", dieu("2"))), True, "gap"),
    Case("NQ205", body(chuong("II", dieu("1"))), True, "starts at II"),
    Case(
        "NQ205",
        body(
            chuong("I", dieu("1")),
            chuong("II", dieu("2")),
            chuong("IIa", dieu("3")),
            chuong("III", dieu("4")),
        ),
        False,
        "inserted IIa",
    ),
    Case("NQ206", body(dieu("1"), dieu("2", title=None)), True, "empty"),
    Case("NQ206", body(dieu("1"), dieu("2", title="Hiệu lực thi hành")), False, "title only"),
    Case(
        "NQ207",
        body(chuong("I", para("Các cơ quan thực hiện như sau."), dieu("1"))),
        True,
        "text under a Chương",
    ),
    Case("NQ207", body(dieu("1"), para("Văn bản trôi nổi."), dieu("2")), True, "between Điều"),
    Case(
        "NQ207",
        body(chuong("I", para("VÀ QUY CHẾ HOẠT ĐỘNG"), dieu("1"))),
        False,
        "wrapped chapter title",
    ),
    Case("NQ207", body(para("Xét đề nghị ..."), dieu("1")), False, "before the first Điều"),
    Case("NQ207", body(para("Kính gửi: ..."), para("Nội dung công văn.")), False, "công văn"),
    Case(
        "NQ203",
        body(dieu("1", khoan("1"), khoan("2"), khoan("3"), khoan("1"), khoan("2"))),
        False,
        "sub-lists under I., II. restart at 1",
    ),
    Case(
        "NQ203",
        body(dieu("1", khoan("1"), khoan("2"), khoan("2"))),
        True,
        "repeated",
    ),
    Case(
        "NQ203",
        body(
            dieu(
                "1",
                khoan("1").model_copy(update={"label": "1."}),
                khoan("470").model_copy(update={"label": "470 -"}),
                khoan("2").model_copy(update={"label": "2."}),
            )
        ),
        False,
        "a table cell '470 - 478' read as a khoản",
    ),
    Case(
        "NQ201",
        with_(
            body=(dieu("1"), dieu("3")), header=HEADER.model_copy(update={"number": "40/VBHN-VPQH"})
        ),
        False,
        "consolidated text",
    ),
    # preamble
    Case("NQ301", preamble("Căn cứ Luật A.", "Theo đề nghị của B;"), True, "'.' not last"),
    Case("NQ301", preamble("Căn cứ Luật A;", "Căn cứ Luật B"), True, "nothing at the end"),
    Case(
        "NQ301",
        preamble("*Căn cứ Luật A;*", "Xét Tờ trình số 1/TTr-UBND."),
        False,
        "markup and last '.'",
    ),
    Case("NQ301", preamble("Căn cứ Luật A;", "Xét đề nghị của Chính phủ,"), False, "last ','"),
    Case("NQ302", with_(basis=(cite("05/NQ-HĐND"),)), True, "cites itself"),
    Case("NQ302", BASELINE, False, "cites 60/NQ-HĐND"),
    Case("NQ303", with_(basis=(cite("15/2023/NĐ-CP", date=D(2023, 1, 5)),)), True, "later"),
    Case("NQ303", with_(basis=(cite("15/2023/NĐ-CP"),)), True, "numbered in a later year"),
    Case("NQ303", with_(basis=(cite("15/2022/NĐ-CP", date=D(2022, 7, 8)),)), False, "same day"),
    Case("NQ304", preamble("Căn cứ Luật A;", formula=None), True, "no formula"),
    Case("NQ304", preamble("Căn cứ Luật A;"), False, "QUYẾT NGHỊ:"),
    # citations
    Case("NQ401", citations(cite("45/2022/QH15", raw="45/2022/QH")), True, "resolved, raw lacks"),
    Case("NQ401", citations(cite("45/2022/QH")), True, "no term"),
    Case(
        "NQ401",
        citations(cite("40/2026/NĐ", raw="40/2026/NĐ-СР", text="Nghị định số 40/2026/NĐ-СР")),
        True,
        "Cyrillic СР",
    ),
    Case(
        "NQ401",
        citations(cite("13-NQ/TW"), cite("98/NQ-CP"), cite("895/QĐ-TTg")),
        False,
        "good numbers",
    ),
    Case(
        "NQ402",
        citations(
            cite("45/2022/QH15", date=D(2022, 1, 11)), cite("45/2022/QH15", date=D(2022, 1, 12))
        ),
        True,
        "two dates",
    ),
    Case(
        "NQ402",
        citations(cite("11/NQ-CP", date=D(2022, 1, 30)), cite("11/NQ-CP", date=D(2021, 2, 3))),
        False,
        "yearless number, another year",
    ),
    Case(
        "NQ402",
        citations(cite("11/NQ-CP", date=D(2022, 1, 30)), cite("11/NQ-CP", date=D(2022, 2, 3))),
        True,
        "yearless, same year",
    ),
    Case("NQ403", citations(cite("45/2019/QH15")), True, "year outside QH15"),
    Case("NQ403", citations(cite("45/2022/QH15", date=D(2021, 1, 11))), True, "date year"),
    Case("NQ403", citations(cite("45/2019/QH14", date=D(2019, 11, 20))), False, "consistent"),
    Case(
        "NQ404",
        citations(cite(None, kind=CitationKind.INTERNAL, text="khoản 2 Điều 7 Nghị quyết này")),
        True,
        "no Điều 7",
    ),
    Case(
        "NQ404",
        citations(cite(None, kind=CitationKind.INTERNAL, text="khoản 5 Điều 3 của Nghị quyết này")),
        True,
        "no khoản 5",
    ),
    Case(
        "NQ404",
        citations(
            cite(None, kind=CitationKind.INTERNAL, text="điểm g khoản 1 Điều 2 Nghị quyết này")
        ),
        True,
        "no điểm g",
    ),
    Case(
        "NQ404",
        citations(
            cite(None, kind=CitationKind.INTERNAL, text="khoản 3 Điều này", line=31, start=3100)
        ),
        True,
        "Điều này",
    ),
    Case(
        "NQ404",
        citations(
            cite(None, kind=CitationKind.INTERNAL, text="khoản 7 Điều 1 Nghị quyết này", start=5)
        ),
        False,
        "inside a quote",
        "“khoản 7 Điều 1 Nghị quyết này”",
    ),
    Case("NQ404", BASELINE, False, "khoản 2 Điều 3, điểm đ khoản 1 Điều 2"),
    Case(
        "NQ404",
        citations(cite(None, kind=CitationKind.INTERNAL, text="Điều 7 Nghị quyết này")),
        False,
        "the parser lost Điều 7, the source prints it",
        "...\nĐiều 7. Hiệu lực thi hành\n...",
    ),
    Case(
        "NQ404",
        citations(cite(None, kind=CitationKind.INTERNAL, text="khoản 3 Điều 92", start=0)),
        False,
        "bare reference, another act named before",
        "theo Bộ luật Lao động: khoản 3 Điều 92; khoản 3 Điều 96.",
    ),
    # footer
    Case("NQ501", recipients("- Chính phủ;", "- UBND thành phố."), True, "no Lưu"),
    Case("NQ501", recipients("- Chính phủ;", "- Lưu."), True, "Lưu without an office"),
    Case("NQ501", recipients("- Chính phủ;", "- Lưu: HC, PLTP."), False, "Quốc hội: HC"),
    Case("NQ501", recipients("- Chính phủ;", "- Lưu.: VT, HĐ, 250."), False, "seed's Lưu.:"),
    Case(
        "NQ501",
        with_(
            recipients=(Recipient(text="- Lưu Văn phòng Trung ương Đảng.", span=span(47)),),
            header=HEADER.model_copy(update={"number": "60-NQ/TW"}),
        ),
        False,
        "Party",
    ),
    Case("NQ501", with_(recipients=()), False, "Công báo prints no nơi nhận"),
    Case("NQ502", with_(signatory=None), True, "no signature"),
    Case("NQ502", with_(signatory=Signatory(title="CHỦ TỊCH", span=span(49))), True, "no name"),
    Case("NQ502", BASELINE, False, "signed"),
    Case(
        "NQ502",
        with_(signatory=None),
        False,
        "Công báo heading of a consolidated text",
        "VĂN BẢN HỢP NHẤT - BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n",
    ),
    Case("NQ503", with_(closing=Closing(text="... thông qua.", end_mark=False)), True, "no ./."),
    Case("NQ503", with_(closing=None), True, "no closing"),
    Case("NQ503", BASELINE, False, "./."),
    Case(
        "NQ504",
        with_(
            signatory=Signatory(
                authority=("TM. ỦY BAN NHÂN DÂN",), title="CHỦ TỊCH", name="A", span=span(49)
            )
        ),
        True,
        "TM. UBND on HĐND",
    ),
    Case(
        "NQ504",
        with_(
            signatory=Signatory(
                authority=("TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH"),
                title="PHÓ CHỦ TỊCH",
                name="A",
                span=span(49),
            ),
            header=HEADER.model_copy(update={"issuer": "ỦY BAN NHÂN DÂN TỈNH KON TUM"}),
        ),
        False,
        "TM. UBND on UBND, old tone",
    ),
    Case(
        "NQ504",
        with_(
            signatory=Signatory(
                authority=("KT. BỘ TRƯỞNG",), title="THỨ TRƯỞNG", name="A", span=span(49)
            )
        ),
        False,
        "KT. is not TM.",
    ),
]


def _id(case: Case) -> str:
    return f"{case.code}-{'fires' if case.fires else 'ok'}-{case.why}"


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_rule_case(case: Case) -> None:
    findings = validate(case.doc, case.source, select=[case.code])
    assert all(f.code == case.code for f in findings)
    assert bool(findings) is case.fires, [f.message for f in findings]


def test_every_rule_has_a_firing_and_a_silent_case() -> None:
    builtin = {c for c in RULES if c.startswith("NQ")}
    firing = {c.code for c in CASES if c.fires}
    silent = {c.code for c in CASES if not c.fires}
    assert builtin <= firing
    assert builtin <= silent


def test_baseline_is_clean_under_every_rule() -> None:
    assert validate(BASELINE, select=["ALL"]) == []


def test_messages_name_the_problem() -> None:
    [f] = validate(
        body(dieu("1", khoan("1", diem("a"), diem("b"), diem("c"), diem("d"), diem("e")))),
        select=["NQ204"],
    )
    assert f.message == "điểm numbering skips to e after d (expected đ)"
    [f] = validate(with_header(date_raw="Hà Nội, ngày 8 tháng 2 năm 2022"), select=["NQ113"])
    assert f.message == "write ngày 08 and tháng 02 (leading zero)"
    assert f.line == 5 and f.severity is Severity.WARNING


def test_parser_diagnostic_keeps_its_severity() -> None:
    doc = with_(
        diagnostics=(
            Diagnostic(code="NQP203", severity=Severity.ERROR, message="odd", span=span(9)),
        )
    )
    assert validate(doc) == []  # off by default
    [f] = validate(doc, select=["NQ001"])
    assert (f.code, f.severity, f.message, f.line) == ("NQ001", Severity.ERROR, "[NQP203] odd", 9)


def test_consideration_items_are_checked_too() -> None:
    items = (
        PreambleItem(kind=PreambleKind.CONSIDERATION, text="Xét Tờ trình số 1", span=span(20)),
        PreambleItem(kind=PreambleKind.BASIS, text="Căn cứ Luật A;", span=span(21)),
    )
    doc = with_(preamble=Preamble(items=items, formula="QUYẾT NGHỊ:"))
    assert [f.line for f in validate(doc, select=["NQ301"])] == [20]


def test_a_wrapped_basis_line_is_read_to_the_next_item() -> None:
    source = (
        "Căn cứ Luật A được sửa đổi bởi\nLuật số 1/2020/QH14;\nCăn cứ Luật B;\n\n---\n\n"
        "# QUYẾT NGHỊ:"
    )
    first = source.index("Căn cứ Luật A")
    second = source.index("Căn cứ Luật B")
    formula = source.index("QUYẾT NGHỊ")
    items = (
        PreambleItem(
            kind=PreambleKind.BASIS,
            text="Căn cứ Luật A được sửa đổi bởi",
            span=span(1, first, first + 30),
        ),
        PreambleItem(
            kind=PreambleKind.BASIS, text="Căn cứ Luật B", span=span(3, second, second + 13)
        ),
    )
    pre = Preamble(items=items, formula="QUYẾT NGHỊ:", formula_span=span(7, formula, formula + 11))
    assert validate(with_(preamble=pre), source, select=["NQ301"]) == []
    assert len(validate(with_(preamble=pre), None, select=["NQ301"])) == 2
