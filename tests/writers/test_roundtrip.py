"""Round trips: Document -> text/JSON -> Document, and parse(render(parse(x))) on real documents.

"The same tree" is :func:`nghiquyet.writers.compare.comparable` restricted to :data:`TREE`:
spans, printed labels, raw forms, source info and diagnostics are not compared, and strings
are compared with white space folded. Citations are derived from the text by the citation
engine; for real documents their identity (kind, number, type, date) must survive too.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from nghiquyet.errors import NghiquyetError
from nghiquyet.models import Document
from nghiquyet.parser import parse_text
from nghiquyet.writers.compare import comparable
from nghiquyet.writers.markdown import render_markdown
from nghiquyet.writers.text import render_text
from strategies import documents, markdown_noise, mutated, wrapped
from writers.samples import DEV_FILES, parsed, sample

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_077e01998b7256ce.txt"
needs_corpus = pytest.mark.skipif(not DEV_FILES, reason="dev corpus not found (../shared)")

TREE = ("header", "preamble", "body", "closing", "recipients", "signatory", "appendices")
"""The parts of a Document compared as its tree (``basis``/``citations`` are derived)."""

SETTINGS = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    # Shrinking a whole document takes minutes; the minimal inputs are in NOISY_PAIRS.
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def tree(doc: Document) -> dict[str, Any]:
    """The tree of ``doc``, equal modulo spans."""
    content = comparable(doc)
    return {key: content[key] for key in TREE}


def citation_ids(doc: Document) -> list[tuple[str, str | None, str | None, str | None]]:
    """What identifies each citation: kind, canonical number, type, date."""
    return [
        (c.kind.value, c.number, c.doc_type, c.date.isoformat() if c.date else None)
        for c in doc.citations
    ]


@SETTINGS
@given(documents())
def test_generated_document_survives_canonical_text(doc: Document) -> None:
    assert tree(parse_text(render_text(doc))) == tree(doc)


@SETTINGS
@given(documents())
def test_generated_document_survives_markdown(doc: Document) -> None:
    assert tree(parse_text(render_markdown(doc))) == tree(doc)


@SETTINGS
@given(st.data())
def test_generated_document_survives_hard_wraps_and_markdown_noise(data: st.DataObject) -> None:
    doc = data.draw(documents())
    text = data.draw(markdown_noise(data.draw(wrapped(render_text(doc)))))
    assert tree(parse_text(text)) == tree(doc)


# Each pair: the canonical text, and the same document as sources print it. Both must give the
# same tree. These are the smallest inputs found by the round trips above and on the corpus.
NOISY_PAIRS: dict[str, tuple[str, str]] = {
    "recipient wrapped": (
        "Điều 1. X\n\nY./.\n\nNơi nhận:\n- Ủy ban Thường vụ Quốc hội;\n- Lưu: VT.\n\n"
        "CHỦ TỊCH\nNguyễn Văn An\n",
        "Điều 1. X\n\nY./.\n\nNơi nhận:\n- Ủy ban Thường vụ  \nQuốc hội;\n- Lưu: VT.\n\n"
        "CHỦ TỊCH\nNguyễn Văn An\n",
    ),
    "formula wrapped": (
        "Căn cứ Luật A;\n\nBộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn.\n\n"
        "Điều 1. X\n\nY.\n",
        "Căn cứ Luật A;\n\nBộ trưởng Bộ Tài chính ban hành  \nThông tư hướng dẫn.\n\n"
        "Điều 1. X\n\nY.\n",
    ),
    "chapter title wrapped": (
        "Chương I\nNHỮNG QUY ĐỊNH CHUNG\n\nĐiều 1. X\n\nY.\n",
        "Chương I\nNHỮNG QUY ĐỊNH  \nCHUNG\n\nĐiều 1. X\n\nY.\n",
    ),
    "closing wrapped before khóa": (
        "Điều 1. Hiệu lực\n\nNghị quyết này đã được Hội đồng nhân dân tỉnh khóa X, kỳ họp "
        "thứ nhất thông qua ngày 23 tháng 02 năm 2026./.\n",
        "Điều 1. Hiệu lực\n\nNghị quyết này đã được Hội đồng nhân dân tỉnh  \nkhóa X, kỳ họp "
        "thứ nhất thông qua ngày 23 tháng 02 năm 2026./.\n",
    ),
    "article text without blank line": (
        "Điều 1. Phạm vi điều chỉnh\n\nNghị quyết này quy định mức chi.\n",
        "Điều 1. Phạm vi điều chỉnh\nNghị quyết này quy định mức chi.\n",
    ),
}


@pytest.mark.parametrize(("canonical", "noisy"), NOISY_PAIRS.values(), ids=list(NOISY_PAIRS))
def test_noisy_layout_reads_as_canonical(canonical: str, noisy: str) -> None:
    assert tree(parse_text(noisy)) == tree(parse_text(canonical))


def _edited(**changes: str) -> Document:
    """The hand-made sample with header fields or Điều 1's paragraph replaced."""
    doc = sample()
    if "paragraph" in changes:
        chapter = doc.body[0]
        art = chapter.children[0]
        para = art.children[0].model_copy(update={"text": changes.pop("paragraph")})
        art = art.model_copy(update={"children": (para,)})
        chapter = chapter.model_copy(update={"children": (art, *chapter.children[1:])})
        doc = doc.model_copy(update={"body": (chapter,)})
    return doc.model_copy(update={"header": doc.header.model_copy(update=changes)})


# Small documents whose canonical text the parser has read differently (found on the corpus).
DOCUMENTS: dict[str, Document] = {
    "sample": sample(),
    "trích yếu ending with the issuer's name": _edited(
        issuer="BỘ KHOA HỌC VÀ CÔNG NGHỆ",
        number="32/2026/TT-BKHCN",
        doc_type="Thông tư",
        title="Quy định danh mục thuộc phạm vi quản lý của Bộ Khoa học và Công nghệ",
    ),
    "quốc hiệu and tiêu ngữ quoted in running text": _edited(
        paragraph="Quốc hiệu gồm 2 dòng chữ “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” và "
        "“Độc lập - Tự do - Hạnh phúc” đặt canh giữa."
    ),
}


@pytest.mark.parametrize("doc", DOCUMENTS.values(), ids=list(DOCUMENTS))
def test_document_survives_canonical_text(doc: Document) -> None:
    assert tree(parse_text(render_text(doc))) == tree(doc)


@needs_corpus
@pytest.mark.parametrize("path", DEV_FILES, ids=lambda p: p.name[:60])
def test_dev_document_survives_canonical_text(path: Path) -> None:
    first = parsed(path)
    again = parse_text(render_text(first))
    assert tree(again) == tree(first)
    assert citation_ids(again) == citation_ids(first)


@needs_corpus
@pytest.mark.parametrize("path", DEV_FILES, ids=lambda p: p.name[:60])
def test_dev_document_survives_json(path: Path) -> None:
    doc = parsed(path)
    assert Document.model_validate_json(doc.model_dump_json()) == doc


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.text(max_size=400))
def test_arbitrary_text_never_crashes(text: str) -> None:
    with contextlib.suppress(NghiquyetError):
        parse_text(text)


@settings(max_examples=30, deadline=None, derandomize=True)
@given(st.data())
def test_mutated_documents_never_crash(data: st.DataObject) -> None:
    source = data.draw(st.sampled_from((SEED.read_text(encoding="utf-8"), "")))
    if not source:
        source = render_text(data.draw(documents()))
    with contextlib.suppress(NghiquyetError):
        parse_text(data.draw(mutated(source)))
