"""HTML reader: content container, blocks, tables, and safe parsing of hostile pages."""

from __future__ import annotations

import time

import pytest
from tests.readers.corpus import DEV, need
from tests.readers.legacy_encoders import encode_cp1258

from nghiquyet.errors import ReadError
from nghiquyet.readers import html, read_blocks, read_bytes, sniff
from nghiquyet.readers.blocks import CELL, ROW

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Văn bản</title>
<script>var x = "Điều 99. Không phải văn bản";</script><style>p{{margin:0}}</style></head>
<body>
<div id="header"><ul class="menu"><li><a href="/">Trang chủ</a></li></ul></div>
<div class="box"><div class="toanvancontent" id="toanvancontent">{body}</div></div>
<div id="footer"><p>Bản quyền thuộc về Bộ Tư pháp</p></div>
</body></html>"""


def read_page(body: str) -> str:
    return read_bytes(PAGE.format(body=body).encode(), name="page.html").text


def test_container_is_found_and_site_chrome_left_out() -> None:
    body = "<p>Điều 1. Phạm vi điều chỉnh</p>" + "<p>Nội dung của điều luật.</p>" * 10
    text = read_page(body)
    assert text.startswith("Điều 1. Phạm vi điều chỉnh\n\nNội dung")
    for chrome in ("Trang chủ", "Bản quyền", "Điều 99", "margin"):
        assert chrome not in text


def test_page_without_a_known_container_drops_navigation() -> None:
    page = (
        "<html><body><nav>Trang chủ | Tra cứu</nav><header>Cổng thông tin</header>"
        "<div class='main-menu'>Văn bản mới</div><article><p>Điều 1. Phạm vi</p>"
        "<p>1. Nội dung.</p></article><footer>Liên hệ</footer>"
        "<script>alert('x')</script></body></html>"
    )
    assert read_bytes(page.encode()).text == "Điều 1. Phạm vi\n\n1. Nội dung."


def test_br_p_div_and_nbsp_map_to_the_same_blocks_as_text() -> None:
    body = (
        "<p align='center'><strong>NGHỊ ĐỊNH</strong></p>"
        "<div>Căn cứ Luật Tổ chức Chính phủ<br/>ngày 18 tháng 02 năm 2025;</div>"
        "<p>Điều&nbsp;1.&nbsp;&nbsp;Phạm vi</p>"
        "<p>\n   1.   Nội\n dung    được\tgộp khoảng trắng.  </p>"
        "<p>&nbsp;</p><pre>a  b\n c</pre>" + "<p>x</p>" * 30
    )
    lines = read_page(body).split("\n\n")
    assert lines[:5] == [
        "NGHỊ ĐỊNH",
        "Căn cứ Luật Tổ chức Chính phủ\nngày 18 tháng 02 năm 2025;",
        "Điều 1.  Phạm vi",
        "1. Nội dung được gộp khoảng trắng.",
        "a  b\nc",
    ]


def test_header_table_is_read_cell_by_cell_and_grid_table_as_rows() -> None:
    body = (
        "<table border='0'><tr><td><p><b>CHÍNH PHỦ</b></p><p>-------</p></td>"
        "<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>Độc lập - Tự do - Hạnh phúc</p>"
        "</td></tr><tr><td>Số: 182/2026/NĐ-CP</td><td><i>Hà Nội, ngày 22 tháng 5 năm 2026</i>"
        "</td></tr></table>"
        "<p>PHỤ LỤC I</p>"
        "<table border='1'><thead><tr><th>STT</th><th>Tên</th><th>Ghi chú</th></tr></thead>"
        "<tbody><tr><td>1</td><td>Cấp<br>phép</td><td></td></tr></tbody></table>"
        "<table style='border-collapse:collapse'><tr><td style='border:solid windowtext 1.0pt'>"
        "a</td><td style='border:solid windowtext 1.0pt'>b</td></tr></table>" + "<p>x</p>" * 30
    )
    blocks = read_blocks(PAGE.format(body=body).encode(), name="p.html")
    assert [(b.kind, b.text) for b in blocks[:8]] == [
        (CELL, "CHÍNH PHỦ"),
        (CELL, "-------"),
        (CELL, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
        (CELL, "Số: 182/2026/NĐ-CP"),
        (CELL, "Hà Nội, ngày 22 tháng 5 năm 2026"),
        ("paragraph", "PHỤ LỤC I"),
        (ROW, "| STT | Tên | Ghi chú |"),
        (ROW, "| 1 | Cấp phép |  |"),
    ]
    assert blocks[8] == blocks[8].__class__(text="| a | b |", kind=ROW)
    assert blocks[0].bold and blocks[4].italic and not blocks[3].bold


def test_hidden_elements_are_left_out() -> None:
    body = "<p>Điều 1.</p><p style='display:none'>ẩn</p><span hidden>x</span>" + "<p>y</p>" * 40
    assert "ẩn" not in read_page(body)


def test_malformed_html_still_parses() -> None:
    page = "<html><body><div id='content'><p>Điều 1. Phạm vi<p>2. B<b>old<td>x</div></i>".encode()
    text = read_bytes(page, name="x.html").text
    assert text.startswith("Điều 1. Phạm vi\n\n2. Bold")


def test_declared_legacy_charset_is_used() -> None:
    page = encode_cp1258(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
        "</head><body><p>Nghị quyết</p></body></html>"
    )
    source = read_bytes(page, name="x.htm")
    assert (source.text, source.encoding) == ("Nghị quyết", "windows-1258")


def test_sniff_finds_html_after_leading_comments() -> None:
    data = b"<!--Timer:00:00:00.0035426-->\n<!DOCTYPE html>\n<html><body></body></html>"
    assert sniff(data) == "html"
    assert sniff(b"**Ngh\xe1\xbb\x8b quy\xe1\xba\xbft** <br>") == "text"


# Hostile pages: bounded time and memory, nothing fetched or expanded.


def _timed(data: bytes) -> tuple[str, float]:
    started = time.perf_counter()
    try:
        text = read_bytes(data, name="x.html").text
    except ReadError:
        text = ""
    return text, time.perf_counter() - started


def test_deep_nesting_bomb() -> None:
    data = (
        b"<html><body>"
        + b"<div>" * 100_000
        + b"s\xc3\xa2u"
        + b"</div>" * 100_000
        + b"</body></html>"
    )
    text, seconds = _timed(data)
    assert seconds < 10
    assert len(text) < 100


def test_huge_entity_is_not_expanded() -> None:
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    data = f'<!DOCTYPE html [<!ENTITY l0 "lol">{lol}]><html><body><p>&l9;</p></body></html>'
    text, seconds = _timed(data.encode())
    assert seconds < 5
    assert "lollol" not in text


def test_external_entities_are_never_loaded(tmp_path: pytest.TempPathFactory) -> None:
    secret = tmp_path / "secret.txt"  # type: ignore[operator]
    secret.write_text("BÍ MẬT")
    data = (
        f'<!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<html><body><p>&x;</p><img src="http://127.0.0.1:9/x.png"></body></html>'
    )
    text, seconds = _timed(data.encode())
    assert "BÍ MẬT" not in text and seconds < 5


def test_oversized_input_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html, "MAX_BYTES", 1000)
    with pytest.raises(ReadError, match="larger than"):
        read_bytes(b"<html><body>" + b"<p>x</p>" * 500 + b"</body></html>", name="x.html")


def test_empty_page_is_a_read_error() -> None:
    with pytest.raises(ReadError):
        read_bytes(b"   \n", name="x.html")


def test_vbpl_page_from_the_corpus() -> None:
    need(DEV)
    page = DEV / "vbpl-html__vbpl_96172_101-2015-QH13.html"
    source = read_bytes(page.read_bytes(), name=page.name)
    assert source.format == "html" and source.encoding == "utf-8"
    assert source.text.startswith("BỘ LUẬT\n\nTỐ TỤNG HÌNH SỰ")
    assert "510. Quy định chi tiết" in source.text
    for chrome in ("Trang chủ", "Google", "function(", "Văn bản liên quan"):
        assert chrome not in source.text
