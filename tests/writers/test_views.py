"""Tree and Markdown writers: what people read."""

from __future__ import annotations

from nghiquyet.models import Document
from nghiquyet.writers import WRITERS
from nghiquyet.writers.markdown import escape, render_markdown
from nghiquyet.writers.tree import render_tree
from writers.samples import sample


def test_writers_registry_names() -> None:
    assert set(WRITERS) == {"json", "akn", "text", "md", "tree"}
    for write in WRITERS.values():
        assert write(Document()).endswith("\n") or write is WRITERS["json"]


def test_tree_outline() -> None:
    tree = render_tree(sample())
    assert "  number: 05/NQ-HĐND\n" in tree
    assert "  date: 2022-07-08\n" in tree
    assert "  session: KHÓA X, KỲ HỌP THỨ SÁU\n" in tree
    assert "  [basis] Căn cứ Luật Tổ chức" in tree
    assert "Body\n  Chương I QUY ĐỊNH CHUNG\n    Điều 1. Phạm vi\n" in tree
    assert "      3. Đối tượng áp dụng gồm:\n        a) Đối tượng thứ nhất;\n" in tree
    assert "Recipients (2)\n  - Chính phủ;\n  - Lưu: VT, HĐ.\n" in tree
    assert "Signatory\n  TM. HỘI ĐỒNG NHÂN DÂN\n  CHỦ TỊCH\n  Phạm Văn Hiếu\n" in tree
    assert "Appendices\n  Phụ lục I BIỂU SỐ LIỆU\n    [bảng 2 dòng]\n" in tree
    assert "Diagnostics (1)\n  3:5 warning NQP101 số ký hiệu có khoảng trắng\n" in tree


def test_tree_truncates_long_text() -> None:
    doc = sample()
    art = doc.body[0].children[0].model_copy(update={"text": "chữ " * 100})
    tree = render_tree(doc.model_copy(update={"body": (art,)}))
    line = next(x for x in tree.splitlines() if x.strip().startswith("chữ"))
    assert line.endswith("…") and len(line.strip()) == 100


def test_markdown_headings_and_escapes() -> None:
    md = render_markdown(sample())
    assert "\n# NGHỊ QUYẾT\n" in md
    assert "\n## Chương I\n\n**QUY ĐỊNH CHUNG**\n" in md
    assert "\n### Điều 2. Tổ chức thực hiện\n" in md
    assert "\n3\\. Đối tượng áp dụng gồm:\n" in md
    assert "\nđ) Đối tượng thứ hai.\n" in md
    assert "**Nơi nhận:**\n\n- Chính phủ;\n- Lưu: VT, HĐ.\n" in md
    assert md.endswith(
        "**Phạm Văn Hiếu**\n\n## Phụ lục I\n\n**BIỂU SỐ LIỆU**\n\n| STT | Nội dung | Số tiền |\n"
        "| --- | --- | --- |\n| 1 | Thu ngân sách | 100 |\n"
    )


def test_markdown_escape() -> None:
    assert escape("a *b* _c_") == "a \\*b\\* \\_c\\_"
    assert escape("- x") == "\\- x"
    assert escape("12. x") == "12\\. x"
    assert escape("x 1. y") == "x 1. y"
