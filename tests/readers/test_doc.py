"""Word 97-2003 .doc: piece table, fields, tables, errors, and a LibreOffice-made fixture.

``fixtures/doc/nghi-quyet.doc`` was made from ``nghi-quyet.fodt`` (beside it) with
``soffice --headless --convert-to doc``; ``nghi-quyet.txt`` is the text the reader gives,
checked by hand against the source: the page header, footer and footnote are left out, the
hyperlink field keeps its result, the bordered table is a pipe table with its empty cell and
its merged cells read once. ``tcvn3.doc`` was made the same way from ``tcvn3.fodt``, a
document typed in the .VnTime font (its text is the TCVN3 bytes of ``tcvn3.txt``), and
``lists.doc`` from ``lists.fodt``, whose Điều, khoản and điểm are numbered by a Word list,
and ``outline.doc``, whose Điều are numbered through their paragraph style (Heading 1).
"""

from __future__ import annotations

import contextlib
import io
import struct
import time
from pathlib import Path

import olefile
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.readers.legacy_encoders import encode_tcvn3, encode_vni

from nghiquyet import parse_file
from nghiquyet.errors import ReadError, UnsupportedFormat
from nghiquyet.readers import read_blocks, read_bytes
from nghiquyet.readers.blocks import CELL, PARAGRAPH, ROW, Block
from nghiquyet.readers.doc import _blocks
from nghiquyet.readers.doclists import read_lists, style_papx
from nghiquyet.readers.legacyfonts import eight_bit, legacy_fonts
from nghiquyet.readers.msdoc import (
    Para,
    WordText,
    _decode,
    _fc_lcb,
    _para,
    _sprms,
    from_streams,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "doc"
DOC = FIXTURES / "nghi-quyet.doc"
TCVN3 = FIXTURES / "tcvn3.doc"
LISTS = FIXTURES / "lists.doc"
OUTLINE = FIXTURES / "outline.doc"


def _streams(data: bytes) -> dict[str, bytes]:
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        names = ("WordDocument", "1Table", "Data")
        return {name: ole.openstream(name).read() for name in names if ole.exists(name)}


def _with_stream(data: bytes, name: str, stream: bytes) -> bytes:
    """``data`` with one stream replaced by bytes of the same length."""
    buf = io.BytesIO(data)
    with olefile.OleFileIO(buf, write_mode=True) as ole:
        ole.write_stream(name, stream)
    return buf.getvalue()


def _patched_word(data: bytes, at: int, value: bytes) -> bytes:
    word = bytearray(_streams(data)["WordDocument"])
    word[at : at + len(value)] = value
    return _with_stream(data, "WordDocument", bytes(word))


# --- the fixture, end to end -------------------------------------------------------------


def test_fixture_reads_to_the_reviewed_text() -> None:
    source = read_bytes(DOC.read_bytes(), name=DOC.name)
    assert source.format == "doc" and source.encoding is None
    assert source.text + "\n" == (FIXTURES / "nghi-quyet.txt").read_text(encoding="utf-8")


def test_fixture_blocks_keep_tables_and_alignment() -> None:
    blocks = read_blocks(DOC.read_bytes(), name=DOC.name)
    kinds = [(b.kind, b.text) for b in blocks]
    assert kinds[:6] == [
        (CELL, "HỘI ĐỒNG NHÂN DÂN"),
        (CELL, "TỈNH LÀO CAI"),
        (CELL, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        (CELL, "Độc lập - Tự do - Hạnh phúc"),
        (CELL, "Số: 12/2024/NQ-HĐND"),
        (CELL, "Lào Cai, ngày 10 tháng 7 năm 2024"),
    ]
    assert [t for k, t in kinds if k == ROW] == [
        "| STT | Nội dung chi | Mức chi |",
        "| 1. | Thù lao hòa giải viên (mỗi vụ việc) | 200.000 đồng |",
        "| 2. | Hỗ trợ tập huấn |  |",
        "| 3. | Văn phòng phẩm | 50.000 đồng |",
        "| 4. | Nước uống |  |",  # merged with the cell above: read once
        "| 5. | Chi khác theo thực tế |",  # spans two columns: one wide cell
    ]
    assert blocks[6] == blocks[6].__class__(text="NGHỊ QUYẾT", kind=PARAGRAPH, align="center")
    text = "\n".join(b.text for b in blocks)
    for left_out in ("Đầu trang", "Chân trang", "Chú thích", "HYPERLINK", "vbpl.vn"):
        assert left_out not in text


def test_fixture_parses_like_a_docx() -> None:
    doc = parse_file(DOC)
    h = doc.header
    assert (h.doc_type, h.number, h.issuer) == (
        "Nghị quyết",
        "12/2024/NQ-HĐND",
        "HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI",
    )
    assert (h.place, str(h.date)) == ("Lào Cai", "2024-07-10")
    assert h.title == "Quy định mức chi hỗ trợ cho công tác hòa giải ở cơ sở"
    assert [a.number for a in doc.articles] == ["1", "2"]
    assert sum(1 for c in doc.articles[0].children if c.kind.value == "khoan") == 2
    assert doc.signatory is not None and doc.signatory.name == "Nguyễn Văn A"
    assert len(doc.recipients) == 2


# --- list numbering ------------------------------------------------------------------------


def test_word_list_numbers_are_restored() -> None:
    blocks = read_blocks(LISTS.read_bytes(), name=LISTS.name)
    assert [(b.label, b.text) for b in blocks] == [
        (None, "NGHỊ QUYẾT"),
        ("Điều 1.", "Điều 1. Phạm vi điều chỉnh"),
        ("1.", "1. Khoản một."),
        ("a)", "a) điểm một;"),
        ("b)", "b) điểm hai."),
        ("2.", "2. Khoản hai."),
        ("Điều 2.", "Điều 2. Hiệu lực"),
    ]
    assert read_bytes(LISTS.read_bytes()).text + "\n" == (FIXTURES / "lists.txt").read_text(
        encoding="utf-8"
    )
    doc = parse_file(LISTS)
    assert [a.number for a in doc.articles] == ["1", "2"]
    assert [c.number for c in doc.articles[0].children] == ["1", "2"]


def test_numbering_through_the_paragraph_style() -> None:
    text = read_bytes(OUTLINE.read_bytes()).text
    assert text + "\n" == (FIXTURES / "outline.txt").read_text(encoding="utf-8")
    assert [a.number for a in parse_file(OUTLINE).articles] == ["1", "2"]


def test_paragraph_numbering_wins_over_the_style() -> None:
    ilfo = struct.pack("<HH", 0x460B, 2)
    assert _para([], (1, 0)) == Para(list_id=1, list_level=0)  # from the style
    assert _para(list(_sprms(ilfo + struct.pack("<HB", 0x260A, 1))), (1, 0)).list_id == 2
    no_list = list(_sprms(struct.pack("<HH", 0x460B, 0)))
    assert _para(no_list, (1, 3)) == Para(list_id=0, list_level=3)  # ilfo 0: not numbered


def test_truncated_style_sheets_give_the_styles_read_so_far() -> None:
    streams = _streams(OUTLINE.read_bytes())
    word, table = streams["WordDocument"], streams["1Table"]
    stsh = _fc_lcb(word, 1)
    whole = style_papx(table, stsh)
    assert any(grpprl.startswith(b"\x0a\x26") for grpprl, _ in whole.values())  # sprmPIlvl
    for cut in range(stsh[0], stsh[0] + stsh[1], 11):
        part = style_papx(table[:cut], stsh)  # never raises
        assert all(whole[istd] == value for istd, value in part.items())


def test_truncated_list_tables_give_the_lists_read_so_far() -> None:
    streams = _streams(LISTS.read_bytes())
    word, table = streams["WordDocument"], streams["1Table"]
    lst, lfo = _fc_lcb(word, 73), _fc_lcb(word, 74)
    whole = read_lists(table, lst, lfo)
    assert whole.abstracts and whole.instances["1"].abstract in whole.abstracts
    for cut in range(lst[0], lfo[0] + 40, 7):
        part = read_lists(table[:cut], lst, lfo)  # never raises
        assert set(part.abstracts) <= set(whole.abstracts)


# --- legacy fonts ---------------------------------------------------------------------------


def test_tcvn3_font_is_decoded() -> None:
    source = read_bytes(TCVN3.read_bytes(), name=TCVN3.name)
    assert source.encoding == "tcvn3 (legacy font)"
    assert source.text + "\n" == (FIXTURES / "tcvn3.txt").read_text(encoding="utf-8")
    doc = parse_file(TCVN3)
    assert (doc.header.doc_type, doc.header.number) == ("Quyết định", "25/2003/QĐ-UB")
    assert [len(a.children) for a in doc.articles] == [0, 2]


def test_tcvn3_font_in_an_8_bit_piece() -> None:
    """Word 97 keeps 8-bit text in compressed pieces: the same document, its piece rewritten."""
    data = TCVN3.read_bytes()
    streams = _streams(data)
    word, table = bytearray(streams["WordDocument"]), bytearray(streams["1Table"])
    text = from_streams(bytes(word), bytes(table)).text
    raw = eight_bit(text)
    assert raw is not None and len(raw) == len(text)
    word[2048 : 2048 + len(raw)] = raw  # where LibreOffice put the UTF-16 piece
    clx = struct.unpack_from("<I", word, 154 + 8 * 33)[0]  # fcClx
    struct.pack_into("<I", table, clx + 15, (2048 * 2) | 0x40000000)  # the one PCD's fc
    data = _with_stream(_with_stream(data, "WordDocument", bytes(word)), "1Table", bytes(table))
    source = read_bytes(data, name="x.doc")
    assert source.encoding == "tcvn3 (legacy font)"
    assert source.text + "\n" == (FIXTURES / "tcvn3.txt").read_text(encoding="utf-8")


def _blocks_of(*texts: str) -> list[Block]:
    return [Block(text=t) for t in texts]


def test_legacy_fonts_decode_only_the_8_bit_blocks() -> None:
    tcvn3 = encode_tcvn3("Điều 1. Quyết định này có hiệu lực").decode("cp1252")
    vni = encode_vni("Điều 2. Thông tư này quy định chi tiết").decode("cp1252")
    blocks = _blocks_of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", tcvn3, "Số: 12/2024/NQ-HĐND")
    fixed, name = legacy_fonts(blocks)
    assert name == "tcvn3"
    assert [b.text for b in fixed] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",  # a Unicode font: kept
        "Điều 1. Quyết định này có hiệu lực",
        "Số: 12/2024/NQ-HĐND",
    ]
    assert (
        legacy_fonts(_blocks_of(vni, "Điều 3."))[0][0].text
        == "Điều 2. Thông tư này quy định chi tiết"
    )


def test_latin_1_text_is_not_a_legacy_font() -> None:
    blocks = _blocks_of("Café, naïve, § 3 Résumé", "Điều 1. Phạm vi", "hòa\u00adgiải")
    fixed, name = legacy_fonts(blocks)
    assert name is None
    assert [b.text for b in fixed] == ["Café, naïve, § 3 Résumé", "Điều 1. Phạm vi", "hòagiải"]


# --- piece table ----------------------------------------------------------------------------


def _plc(pieces: list[tuple[int, int, int, bool]]) -> bytes:
    """A PlcPcd: CPs, then 8-byte PCDs whose fc has the fCompressed bit."""
    cps = [pieces[0][0]] + [last for _, last, _, _ in pieces]
    pcds = b"".join(
        struct.pack("<HIH", 0, (fc * 2) | 0x40000000 if compressed else fc, 0)
        for _, _, fc, compressed in pieces
    )
    return struct.pack(f"<{len(cps)}I", *cps) + pcds


def test_compressed_and_unicode_pieces() -> None:
    word = bytearray(64)
    word[10:18] = b"\x93Lu\x96t\x94\x80\r"  # 8-bit: Word's mapping of 0x82-0x9F, else Latin-1
    word[32:44] = "Điều 1".encode("utf-16-le")
    text, pieces = _decode(bytes(word), 14, _plc([(0, 8, 10, True), (8, 14, 32, False)]))
    assert text == "“Lu–t”\x80\rĐiều 1"
    assert pieces == [(0, 10, 1), (8, 32, 2)]


def test_text_after_the_main_document_is_left_out() -> None:
    word = "Điều 1.\rFootnote\r".encode("utf-16-le")
    text, _ = _decode(word, 8, _plc([(0, 17, 0, False)]))
    assert text == "Điều 1.\r"


@pytest.mark.parametrize(
    ("word", "plc", "message"),
    [
        (bytes(8), _plc([(0, 20, 0, False)]), "beyond the end"),
        (bytes(64), _plc([(0, 4, 0, True), (4, 2, 8, True)]), "out of order"),
        (bytes(64), b"\x00" * 7, "wrong size"),
    ],
    ids=["beyond", "order", "size"],
)
def test_broken_piece_tables(word: bytes, plc: bytes, message: str) -> None:
    with pytest.raises(ReadError, match=message):
        _decode(word, 10, plc)


# --- text to blocks ------------------------------------------------------------------------


def _text_blocks(text: str) -> list[tuple[str, str]]:
    word = WordText(text, ((0, 0, 2),), (), (), ())  # no paragraph properties
    return [(b.kind, b.text) for b in legacy_fonts(_blocks(word))[0]]


def test_fields_keep_their_result_only() -> None:
    nested = "Căn cứ \x13 HYPERLINK \x13 REF x \x14y\x15 \x01\x14Luật\x15 số \x13 PAGE \x15;\r"
    assert _text_blocks(nested) == [(PARAGRAPH, "Căn cứ Luật số ;")]


def test_deeply_nested_fields_take_linear_time() -> None:
    text = "\x13\x14" * 50_000 + "Điều 1." + "\x15" * 50_000 + "\r"
    started = time.process_time()
    assert _text_blocks(text) == [(PARAGRAPH, "Điều 1.")]
    assert time.process_time() - started < 5  # ~0.1 s; quadratic was minutes


def test_control_characters() -> None:
    text = "a\x0bb\rhòa\x1egiải\x1f viên\x01\x08\x02\x05 x\ty\x0cSau ngắt trang\r"
    assert _text_blocks(text) == [
        (PARAGRAPH, "a\nb"),
        (PARAGRAPH, "hòa-giải viên x y"),
        (PARAGRAPH, "Sau ngắt trang"),
    ]


def test_tables_without_properties_use_the_double_cell_mark() -> None:
    text = "UBND\x07CỘNG HÒA\x07\x07Số: 1\x07Hà Nội\x07\x07Điều 1.\r"
    assert _text_blocks(text) == [
        (CELL, "UBND"),
        (CELL, "CỘNG HÒA"),
        (CELL, "Số: 1"),
        (CELL, "Hà Nội"),
        (PARAGRAPH, "Điều 1."),
    ]


def _word_with(text: str, props: dict[int, Para]) -> WordText:
    """A one-piece UTF-16 text whose marks at the given indexes have these properties."""
    marks = sorted(props)
    return WordText(
        text,
        ((0, 0, 2),),
        tuple(2 * i for i in marks),
        tuple(2 * i + 2 for i in marks),
        tuple(props[i] for i in marks),
    )


def test_row_ends_and_merged_cells_follow_the_properties() -> None:
    text = "STT\x07Nội dung\x07\x07\x07" + "1.\x07A\x07\x07\x07" + "Điều 2.\r"
    cell = Para(in_table=True, depth=1)
    first = Para(in_table=True, row_end=True, depth=1, borders=True)
    second = Para(in_table=True, row_end=True, depth=1, borders=True, merged=("", "h", ""))
    props = {3: cell, 12: cell, 13: cell, 14: cell, 16: cell, 17: cell, 18: second}
    props |= {i: cell for i in (text.index("\x07"), 11)}
    props[text.index("\x07\x07\x07") + 2] = first
    word = _word_with(text, props)
    assert [(b.kind, b.text) for b in _blocks(word)] == [
        (ROW, "| STT | Nội dung |  |"),  # an empty third cell, not a row end
        (ROW, "| 1. | A |"),  # the second cell was merged into the first: read once
        (PARAGRAPH, "Điều 2."),
    ]


def test_table_definition_borders_and_merges() -> None:
    tc = struct.pack("<HH", 0x0001, 500) + b"\x08\x01\x00\x00" * 4  # first of a merged set
    merged = struct.pack("<HH", 0x0002, 500) + b"\xff\xff\xff\xff" * 4  # merged into it
    below = struct.pack("<HH", 0x0020, 500) + b"\x00\x00\x00\x00" * 4  # merged with above
    operand = bytes([3]) + struct.pack("<4h", 0, 500, 1000, 1500) + tc + merged + below
    size = struct.pack("<H", len(operand) + 1)
    para = _para(_sprms(struct.pack("<H", 0xD608) + size + operand))
    assert (para.borders, para.merged) == (True, ("", "h", "v"))
    no_lines = bytes([1]) + struct.pack("<2h", 0, 500) + below
    grpprl = struct.pack("<H", 0xD608) + struct.pack("<H", len(no_lines) + 1) + no_lines
    assert _para(_sprms(grpprl)).borders is False


def test_last_paragraph_without_a_mark_is_kept() -> None:
    assert _text_blocks("Điều 1.\rNội dung") == [(PARAGRAPH, "Điều 1."), (PARAGRAPH, "Nội dung")]


# --- paragraph properties ------------------------------------------------------------------


def test_paragraph_properties_of_a_bordered_row_end() -> None:
    single = b"\x08\x01\x00\x00"  # BRC80: width 8, type 1 (single line)
    borders80 = struct.pack("<HB", 0xD605, 24) + single * 4 + b"\x00" * 8
    grpprl = struct.pack("<HBHBHB", 0x2416, 1, 0x2417, 1, 0x2461, 1) + borders80
    assert _para(_sprms(grpprl)) == Para(
        in_table=True, row_end=True, depth=1, align="center", borders=True
    )


def test_nil_and_none_borders_are_not_lines() -> None:
    grpprl = struct.pack("<HB", 0xD605, 24) + b"\xff" * 12 + b"\x00" * 12
    assert _para(_sprms(struct.pack("<HB", 0x2416, 1) + grpprl)).borders is False
    assert _para(_sprms(b"\x16\x24")) == Para()  # an operand cut off: ignored, not an error


# --- errors --------------------------------------------------------------------------------


def test_encrypted_doc_is_unsupported() -> None:
    data = _patched_word(
        DOC.read_bytes(), 0x0B, bytes([_streams(DOC.read_bytes())["WordDocument"][0x0B] | 0x01])
    )
    with pytest.raises(UnsupportedFormat, match="encrypted"):
        read_bytes(data, name="x.doc")


def test_word95_is_unsupported() -> None:
    data = _patched_word(DOC.read_bytes(), 2, struct.pack("<H", 0x0068))
    with pytest.raises(UnsupportedFormat, match=r"Word 6\.0/95"):
        read_bytes(data, name="x.doc")


def test_other_ole2_files_are_unsupported() -> None:
    data = DOC.read_bytes().replace(
        "WordDocument".encode("utf-16-le"), "WordDocumenX".encode("utf-16-le")
    )
    with pytest.raises(UnsupportedFormat, match="without a WordDocument stream"):
        read_bytes(data, name="x.xls")


def test_missing_table_stream_is_a_read_error() -> None:
    data = DOC.read_bytes().replace("1Table".encode("utf-16-le"), "2Table".encode("utf-16-le"))
    with pytest.raises(ReadError, match="1Table stream is missing"):
        read_bytes(data, name="x.doc")


@pytest.mark.parametrize("size", [8, 600, 4096, 10_000])
def test_truncated_doc_is_a_read_error(size: int) -> None:
    with pytest.raises(ReadError, match=r"corrupt \.doc"):
        read_bytes(DOC.read_bytes()[:size], name="x.doc")


# --- fuzzing -------------------------------------------------------------------------------

_FIXTURE = DOC.read_bytes()
_STREAMS = [_streams(path.read_bytes()) for path in (DOC, LISTS, OUTLINE)]


def _mutate(data: bytes, edits: list[tuple[int, bytes]]) -> bytes:
    out = bytearray(data)
    for at, chunk in edits:
        at %= len(out)
        out[at : at + len(chunk)] = chunk
    return bytes(out)


_EDITS = st.lists(st.tuples(st.integers(0, 1 << 20), st.binary(min_size=1, max_size=8)), max_size=6)


@settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(edits=_EDITS, cut=st.integers(0, len(_FIXTURE)))
def test_fuzzed_files_raise_only_read_errors(edits: list[tuple[int, bytes]], cut: int) -> None:
    data = _mutate(_FIXTURE, edits)[: max(cut, 8)]
    with contextlib.suppress(ReadError):
        read_bytes(data, name="x.doc")


@settings(max_examples=300, deadline=2000)
@given(which=st.sampled_from([0, 1, 2]), word_edits=_EDITS, table_edits=_EDITS)
def test_fuzzed_streams_raise_only_read_errors(
    which: int, word_edits: list[tuple[int, bytes]], table_edits: list[tuple[int, bytes]]
) -> None:
    streams = _STREAMS[which]
    word = _mutate(streams["WordDocument"], word_edits)
    table = _mutate(streams["1Table"], table_edits)
    try:
        words = from_streams(word, table, streams.get("Data", b""))
    except ReadError:
        return
    _blocks(words)


@settings(max_examples=200, deadline=2000)
@given(word=st.binary(max_size=2048), table=st.binary(max_size=512))
def test_random_streams_raise_only_read_errors(word: bytes, table: bytes) -> None:
    word = b"\xec\xa5\xc1\x00" + word
    with contextlib.suppress(ReadError):
        _blocks(from_streams(word, table))
