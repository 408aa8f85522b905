"""DOCX reader: layout and grid tables, line breaks, fields, revisions, notes, numbering."""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Callable

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from tests.readers.builders import W_NS, add_lines, add_numbering, set_numbered
from tests.readers.legacy_encoders import encode_tcvn3, encode_vni

from nghiquyet import parse_source
from nghiquyet.errors import ReadError, UnsupportedFormat
from nghiquyet.readers import opc, read_blocks, read_bytes
from nghiquyet.readers.blocks import CELL, ROW


def save(document: DocxDocument) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def text_of(build: Callable[[DocxDocument], object]) -> str:
    document = docx.Document()
    build(document)
    return read_bytes(save(document), name="x.docx").text


def lines_of(build: Callable[[DocxDocument], object]) -> list[str]:
    return [line for line in text_of(build).splitlines() if line]


def raw_paragraph(document: DocxDocument, inner_xml: str) -> None:
    """Append a paragraph written as raw WordprocessingML."""
    document.element.body.insert(-1, parse_xml(f"<w:p {W_NS}>{inner_xml}</w:p>"))


def header_table(document: DocxDocument) -> None:
    table = document.add_table(rows=2, cols=2)
    add_lines(table.cell(0, 0).paragraphs[0], ["CHÍNH PHỦ", "-------"], bold=True)
    add_lines(
        table.cell(0, 1).paragraphs[0],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
        bold=True,
    )
    table.cell(1, 0).paragraphs[0].add_run("Số: 182/2026/NĐ-CP")
    table.cell(1, 1).paragraphs[0].add_run("Hà Nội, ngày 22 tháng 5 năm 2026").italic = True


def test_header_table_is_read_cell_by_cell_never_interleaved() -> None:
    assert lines_of(header_table) == [
        "CHÍNH PHỦ",
        "-------",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 182/2026/NĐ-CP",
        "Hà Nội, ngày 22 tháng 5 năm 2026",
    ]


def test_header_table_gives_the_parser_its_header() -> None:
    def build(document: DocxDocument) -> None:
        header_table(document)
        document.add_paragraph("NGHỊ ĐỊNH")
        document.add_paragraph("Quy định mức hưởng trợ cấp")
        document.add_paragraph("Điều 1. Phạm vi điều chỉnh")

    from nghiquyet import parse

    doc = parse(read_bytes(save(_built(build)), name="x.docx").text)
    assert doc.header.number == "182/2026/NĐ-CP"
    assert doc.header.place == "Hà Nội"
    assert doc.header.issuer == "CHÍNH PHỦ"


def _built(build: Callable[[DocxDocument], object]) -> DocxDocument:
    document = docx.Document()
    build(document)
    return document


def test_line_breaks_in_a_signature_cell_are_not_glued() -> None:
    def build(document: DocxDocument) -> None:
        table = document.add_table(rows=1, cols=2)
        add_lines(table.cell(0, 0).paragraphs[0], ["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT."])
        add_lines(
            table.cell(0, 1).paragraphs[0], ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"]
        )

    assert lines_of(build) == [
        "Nơi nhận:",
        "- Như Điều 3;",
        "- Lưu: VT.",
        "TM. CHÍNH PHỦ",
        "KT. THỦ TƯỚNG",
        "PHÓ THỦ TƯỚNG",
    ]


def test_grid_table_becomes_pipe_rows() -> None:
    def build(document: DocxDocument) -> None:
        document.add_paragraph("Phụ lục I")
        table = document.add_table(rows=3, cols=3)
        table.style = "Table Grid"
        for r, row in enumerate([["STT", "Tên thủ tục", "Ghi chú"], ["1", "Cấp phép", ""]]):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        table.cell(2, 0).text = "2"
        table.cell(2, 1).merge(table.cell(2, 2)).text = "Gia hạn | điều chỉnh"

    text = text_of(build)
    assert text == (
        "Phụ lục I\n\n"
        "| STT | Tên thủ tục | Ghi chú |\n"
        "| 1 | Cấp phép |  |\n"
        "| 2 | Gia hạn \\| điều chỉnh |"
    )


def test_header_table_with_lines_drawn_is_read_as_layout() -> None:
    # Offices often keep Word's "Table Grid" lines on the header table: it is still the
    # header, read cell by cell, not a pipe row that glues issuer and quốc hiệu together.
    def build(document: DocxDocument) -> None:
        table = document.add_table(rows=2, cols=2)
        table.style = "Table Grid"
        table.cell(0, 0).text = "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG"
        table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
        table.cell(1, 0).text = "Số: 12/SCT-CN\nV/v kiểm tra an toàn"
        table.cell(1, 1).text = "Lào Cai, ngày 02 tháng 6 năm 2026"
        document.add_paragraph("Kính gửi: Công ty cổ phần Mông Sơn")

    data = save(_built(build))
    assert ROW not in {b.kind for b in read_blocks(data)}
    h = parse_source(read_bytes(data, name="x.docx")).header
    assert (h.doc_type, h.number, h.issuer) == ("Công văn", "12/SCT-CN", "SỞ CÔNG THƯƠNG")
    assert (h.place, str(h.date), h.title) == ("Lào Cai", "2026-06-02", "kiểm tra an toàn")


def test_vertically_merged_cells_are_read_once() -> None:
    def build(document: DocxDocument) -> None:
        table = document.add_table(rows=2, cols=2)
        table.style = "Table Grid"
        table.cell(0, 0).merge(table.cell(1, 0)).text = "Nhóm A"
        table.cell(0, 1).text = "x"
        table.cell(1, 1).text = "y"

    assert lines_of(build) == ["| Nhóm A | x |", "|  | y |"]


def test_nested_table_in_a_layout_cell() -> None:
    def build(document: DocxDocument) -> None:
        outer = document.add_table(rows=1, cols=2)
        outer.cell(0, 0).paragraphs[0].add_run("BỘ TÀI CHÍNH")
        inner = outer.cell(0, 1).add_table(rows=1, cols=1)
        inner.cell(0, 0).paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")

    assert lines_of(build) == ["BỘ TÀI CHÍNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]


def test_field_codes_do_not_leak_and_results_stay() -> None:
    def build(document: DocxDocument) -> None:
        raw_paragraph(
            document,
            '<w:r><w:t xml:space="preserve">Căn cứ </w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://vbpl.vn/x" '
            "</w:instrText></w:r>"
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            "<w:r><w:t>Luật Đất đai số 31/2024/QH15</w:t></w:r>"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            '<w:fldSimple w:instr=" PAGE "><w:r><w:t>;</w:t></w:r></w:fldSimple>',
        )

    assert text_of(build) == "Căn cứ Luật Đất đai số 31/2024/QH15;"


def test_deeply_nested_fields_take_linear_time() -> None:
    depth = 60_000
    opened = (
        '<w:r><w:fldChar w:fldCharType="begin"/><w:instrText>REF</w:instrText>'
        '<w:fldChar w:fldCharType="separate"/><w:t>x</w:t></w:r>'
    )
    closed = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    data = save(_built(lambda d: raw_paragraph(d, opened * depth + closed * depth)))
    started = time.process_time()
    blocks = read_blocks(data, name="x.docx")
    assert time.process_time() - started < 5  # ~1.5 s; quadratic was ~15 s
    assert [b.text for b in blocks] == ["x" * depth]


LEGACY_LINES = [
    "Điều 1. Phạm vi điều chỉnh",
    "1. Nghị quyết này quy định mức chi hỗ trợ cho công tác hòa giải ở cơ sở.",
    "Điều 2. Hiệu lực thi hành",
    "Nghị quyết này có hiệu lực kể từ ngày 01 tháng 8 năm 2024.",
]


def _legacy_docx(encode: Callable[[str], bytes], font: str) -> bytes:
    document = docx.Document()
    header_table(document)  # typed in a Unicode font
    for line in LEGACY_LINES:
        document.add_paragraph().add_run(encode(line).decode("cp1252")).font.name = font
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    row = ["1.", "Thù lao hòa giải viên", "200.000 đồng"]
    for cell, text in zip(table.rows[0].cells, row, strict=True):
        cell.paragraphs[0].add_run(encode(text).decode("cp1252")).font.name = font
    return save(document)


@pytest.mark.parametrize(
    ("encode", "font", "encoding"),
    [
        (encode_tcvn3, ".VnTime", "tcvn3 (legacy font)"),
        (encode_vni, "VNI-Times", "vni (legacy font)"),
    ],
)
def test_text_in_legacy_fonts_is_decoded(
    encode: Callable[[str], bytes], font: str, encoding: str
) -> None:
    data = _legacy_docx(encode, font)
    source = read_bytes(data, name="x.docx")
    assert source.encoding == encoding
    lines = [line for line in source.text.splitlines() if line]
    assert lines[:2] == ["CHÍNH PHỦ", "-------"]
    assert lines[-5:] == [*LEGACY_LINES, "| 1. | Thù lao hòa giải viên | 200.000 đồng |"]
    doc = parse_source(source)
    assert [a.title for a in doc.articles] == ["Phạm vi điều chỉnh", "Hiệu lực thi hành"]


def test_unicode_docx_has_no_legacy_encoding() -> None:
    document = docx.Document()
    header_table(document)
    for line in LEGACY_LINES:
        document.add_paragraph(line)
    document.add_paragraph("Café, naïve, § 3 Résumé")  # Latin-1 text is not TCVN3
    source = read_bytes(save(document), name="x.docx")
    assert source.encoding is None
    assert "Café, naïve, § 3 Résumé" in source.text


def test_tracked_changes_keep_accepted_text_only() -> None:
    def build(document: DocxDocument) -> None:
        raw_paragraph(
            document,
            '<w:r><w:t xml:space="preserve">Nghị định này có hiệu lực từ ngày </w:t></w:r>'
            '<w:del w:id="1" w:author="A"><w:r><w:delText>01 tháng 6</w:delText></w:r></w:del>'
            '<w:ins w:id="2" w:author="A"><w:r><w:t>01 tháng 7</w:t></w:r></w:ins>'
            '<w:moveFrom w:id="3" w:author="A"><w:r><w:t> (cũ)</w:t></w:r></w:moveFrom>'
            '<w:r><w:t xml:space="preserve"> năm 2026.</w:t></w:r>',
        )

    assert text_of(build) == "Nghị định này có hiệu lực từ ngày 01 tháng 7 năm 2026."


def test_footnotes_comments_and_hidden_text_stay_out() -> None:
    def build(document: DocxDocument) -> None:
        raw_paragraph(
            document,
            '<w:commentRangeStart w:id="0"/>'
            "<w:r><w:t>Điều 5. Hiệu lực thi hành</w:t></w:r>"
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            '<w:footnoteReference w:id="1"/></w:r>'
            '<w:commentRangeEnd w:id="0"/>'
            '<w:r><w:commentReference w:id="0"/></w:r>'
            "<w:r><w:rPr><w:vanish/></w:rPr><w:t> GHI CHÚ ẨN</w:t></w:r>",
        )

    data = with_part(
        save(_built(build)),
        "word/footnotes.xml",
        f'<w:footnotes {W_NS}><w:footnote w:id="1"><w:p><w:r><w:t>CHÚ THÍCH 1</w:t></w:r>'
        "</w:p></w:footnote></w:footnotes>",
    )
    assert read_bytes(data, name="x.docx").text == "Điều 5. Hiệu lực thi hành"


def with_part(data: bytes, name: str, xml: str) -> bytes:
    """``data`` with one more zip member (the reader must ignore it)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr(name, xml)
    return out.getvalue()


def test_text_box_is_read_once_not_from_both_alternatives() -> None:
    box = "<w:txbxContent><w:p><w:r><w:t>Mẫu số 01</w:t></w:r></w:p></w:txbxContent>"
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'

    def build(document: DocxDocument) -> None:
        raw_paragraph(
            document,
            f"<w:r><w:t>PHỤ LỤC</w:t></w:r><w:r><mc:AlternateContent {mc}>"
            f'<mc:Choice Requires="wps"><w:drawing>{box}</w:drawing></mc:Choice>'
            f"<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r>",
        )

    assert lines_of(build) == ["PHỤ LỤC", "Mẫu số 01"]


def test_word_numbering_labels_are_computed() -> None:
    def build(document: DocxDocument) -> None:
        add_numbering(document)
        for level, text in [
            (0, "Phạm vi điều chỉnh"),
            (1, "Nghị định này quy định:"),
            (2, "Mức trợ cấp;"),
            (2, "Mức phụ cấp."),
            (1, "Đối tượng áp dụng."),
            (0, "Hiệu lực thi hành"),
            (1, "Nghị định này có hiệu lực từ ngày ký."),
        ]:
            set_numbered(document.add_paragraph(text), level)

    assert lines_of(build) == [
        "Điều 1. Phạm vi điều chỉnh",
        "1. Nghị định này quy định:",
        "a) Mức trợ cấp;",
        "b) Mức phụ cấp.",
        "2. Đối tượng áp dụng.",
        "Điều 2. Hiệu lực thi hành",
        "1. Nghị định này có hiệu lực từ ngày ký.",
    ]


NUMBERING_VARIANTS = f"""
<w:abstractNum {W_NS} w:abstractNumId="91">
  <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/>
    <w:lvlText w:val="Chương %1"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlRestart w:val="0"/>
    <w:lvlText w:val="Điều %2."/></w:lvl>
  <w:lvl w:ilvl="2"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
  <w:lvl w:ilvl="3"><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%4."/></w:lvl>
</w:abstractNum>"""


def _variants(document: DocxDocument) -> None:
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(NUMBERING_VARIANTS))
    numbering.append(parse_xml(f'<w:num {W_NS} w:numId="91"><w:abstractNumId w:val="91"/></w:num>'))
    numbering.append(
        parse_xml(
            f'<w:num {W_NS} w:numId="92"><w:abstractNumId w:val="91"/>'
            '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="10"/></w:lvlOverride></w:num>'
        )
    )


def test_numbering_start_restart_bullets_and_overrides() -> None:
    def build(document: DocxDocument) -> None:
        _variants(document)
        for num, level, text in [
            ("91", 0, "QUY ĐỊNH CHUNG"),
            ("91", 1, "Phạm vi"),
            ("91", 3, "Khái niệm"),
            ("91", 2, "gạch đầu dòng"),
            ("91", 0, "ĐIỀU KHOẢN THI HÀNH"),
            ("91", 1, "Hiệu lực"),  # lvlRestart 0: Điều runs on across Chương
            ("92", 1, "Điều bổ sung"),  # a new instance that restarts at 10
            ("0", 1, "Không đánh số"),
        ]:
            set_numbered(document.add_paragraph(text), level, num)

    assert lines_of(build) == [
        "Chương III QUY ĐỊNH CHUNG",
        "Điều 1. Phạm vi",
        "1.1. Khái niệm",
        "- gạch đầu dòng",
        "Chương IV ĐIỀU KHOẢN THI HÀNH",
        "Điều 2. Hiệu lực",
        "Điều 10. Điều bổ sung",
        "Không đánh số",
    ]


def test_numbering_through_a_paragraph_style() -> None:
    def build(document: DocxDocument) -> None:
        add_numbering(document)
        styles = document.styles.element
        styles.append(
            parse_xml(
                f'<w:style {W_NS} w:type="paragraph" w:styleId="DieuStyle">'
                '<w:name w:val="Dieu"/><w:pPr><w:numPr><w:numId w:val="90"/></w:numPr></w:pPr>'
                "<w:rPr><w:b/></w:rPr></w:style>"
            )
        )
        document.add_paragraph("Phạm vi", style="Dieu")
        document.add_paragraph("Đối tượng", style="Dieu")

    assert lines_of(build) == ["Điều 1. Phạm vi", "Điều 2. Đối tượng"]


def test_blocks_carry_formatting_hints() -> None:
    document = docx.Document()
    header_table(document)
    title = document.add_paragraph()
    title.add_run("NGHỊ ĐỊNH").bold = True
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_heading("Chương I", level=1)
    document.add_paragraph().add_run("Căn cứ Hiến pháp;").italic = True
    blocks = read_blocks(save(document), name="x.docx")
    assert [b.kind for b in blocks[:2]] == [CELL, CELL]
    assert blocks[0].bold and blocks[3].italic  # issuer cell; the place-date cell
    nghi_dinh = next(b for b in blocks if b.text == "NGHỊ ĐỊNH")
    assert (nghi_dinh.bold, nghi_dinh.align, nghi_dinh.kind) == (True, "center", "paragraph")
    assert next(b for b in blocks if b.text == "Chương I").style == "heading 1"
    assert next(b for b in blocks if b.text == "Căn cứ Hiến pháp;").italic
    assert ROW not in {b.kind for b in blocks}


def test_empty_paragraphs_are_dropped_and_blocks_apart_by_a_blank_line() -> None:
    def build(document: DocxDocument) -> None:
        document.add_paragraph("Điều 1. Phạm vi")
        document.add_paragraph("   ")
        document.add_paragraph("")
        document.add_paragraph("Nội dung")

    assert text_of(build) == "Điều 1. Phạm vi\n\nNội dung"


# Bad input: each must fail fast with a clear error, never hang.


def _minimal() -> bytes:
    document = docx.Document()
    document.add_paragraph("Điều 1.")
    return save(document)


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        (b"PK\x03\x04 this is not really a zip" * 10, ReadError, "corrupt .docx"),
        (_minimal()[:3000], ReadError, "corrupt .docx"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", UnsupportedFormat, "PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), ReadError, "corrupt .doc"),
        (b"", ReadError, "empty file"),
        (b"Just text, renamed", ReadError, "not a zip container"),
    ],
    ids=["corrupt-zip", "truncated", "pdf", "word97", "empty", "text"],
)
def test_bad_docx_input(data: bytes, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        read_bytes(data, name="van-ban.docx")


def _zip(members: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return out.getvalue()


def test_other_office_and_plain_zips_are_unsupported() -> None:
    xlsx = _zip(
        {
            "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
            "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>",
            "xl/workbook.xml": "<workbook/>",
        }
    )
    with pytest.raises(UnsupportedFormat, match="Excel"):
        read_bytes(xlsx, name="x.docx")
    with pytest.raises(UnsupportedFormat, match="zip archive"):
        read_bytes(_zip({"a.txt": "x"}), name="x.zip")
    with pytest.raises(UnsupportedFormat, match="OpenDocument"):
        read_bytes(_zip({"mimetype": "application/vnd.oasis.opendocument.text"}), name="x.odt")


@pytest.mark.parametrize(
    ("head", "label"),
    [
        (
            b'<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument>',
            "2003",
        ),
        (b'<?xml version="1.0"?><pkg:package xmlns:pkg="urn">', "flat XML"),
    ],
)
def test_word_xml_formats_are_unsupported(head: bytes, label: str) -> None:
    with pytest.raises(UnsupportedFormat, match=label):
        read_bytes(head + b"<w:body/>", name="van-ban.xml")


def test_zip_bomb_is_refused_before_unpacking(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(opc, "MAX_UNPACKED", 10_000)
    bomb = with_part(_minimal(), "word/media/zeros.bin", "0" * 200_000)
    with pytest.raises(ReadError, match="unpacks to more than"):
        read_bytes(bomb, name="x.docx")


def test_entity_bomb_in_document_xml_is_not_expanded() -> None:
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 9))
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY l0 "lol">{lol}]>'
        f"<w:document {W_NS}><w:body><w:p><w:r><w:t>&l8;</w:t></w:r></w:p></w:body></w:document>"
    )
    data = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_minimal())) as src, zipfile.ZipFile(data, "w") as dst:
        for item in src.infolist():
            body = xml.encode() if item.filename == "word/document.xml" else src.read(item)
            dst.writestr(item, body)
    started = time.perf_counter()
    try:
        text = read_bytes(data.getvalue(), name="x.docx").text
    except ReadError:
        text = ""
    assert time.perf_counter() - started < 5
    assert "lol" * 100 not in text
