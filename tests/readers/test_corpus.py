"""Real inputs: the corpus DOCX and Word 97 .doc files, and DOCX/HTML versions of the dev texts.

The dev texts are written as DOCX (header table, Word numbering) and as portal-like HTML by
:mod:`tests.readers.builders`; the readers must give back the same text, and the parser the
same tree as for the clean text.
"""

from __future__ import annotations

import io
import json
import unicodedata
import zipfile
from pathlib import Path
from typing import Protocol

import pytest
from tests.readers.builders import (
    docx_from_text,
    html_from_text,
    paragraphs,
    parsed,
    strip_markdown,
)
from tests.readers.corpus import DEV, RAW, corpus_files, need, tree

from nghiquyet import parse_file
from nghiquyet.readers import read_bytes, read_path

DEV_TEXTS = corpus_files(DEV, ".txt", ".md")
DEV_DOCX_HTML = corpus_files(DEV, ".docx", ".html")
RAW_DOCX = corpus_files(RAW, ".docx")
RAW_DOC = corpus_files(RAW, ".doc")
TREE_BUDGET = 30_000
"""Tree equality is checked for dev texts up to this many characters (parse time)."""


class Builder(Protocol):
    def __call__(self, text: str, *, header: bool = ...) -> bytes: ...


def _ids(paths: list[Path]) -> list[str]:
    return [p.name for p in paths]


def canonical(text: str, *, html: bool = False) -> str:
    """The clean text a reader should give back: NFC, paragraphs apart by one blank line.

    In HTML a no-break space is a space (and a line of only spaces is empty).
    """
    if html:
        text = text.replace("\u00a0", " ")
    joined = "\n\n".join("\n".join(group) for group in paragraphs(text))
    return unicodedata.normalize("NFC", joined)


def clean(path: Path, text: str) -> str:
    """The clean text of a source: markdown emphasis and headings are formatting in DOCX/HTML."""
    return strip_markdown(text) if path.suffix == ".md" else text


def small(path: Path) -> bool:
    return path.stat().st_size <= TREE_BUDGET


TREE_TEXTS = [p for p in DEV_TEXTS if small(p)]


@pytest.mark.parametrize("path", DEV_TEXTS, ids=_ids(DEV_TEXTS))
@pytest.mark.parametrize(
    ("suffix", "build"), [(".docx", docx_from_text), (".html", html_from_text)]
)
def test_dev_text_as_docx_and_html_reads_back(path: Path, suffix: str, build: Builder) -> None:
    text = path.read_text(encoding="utf-8")
    data = build(text, header=small(path))  # the header split needs a parse
    expected = canonical(clean(path, text), html=suffix == ".html")
    assert read_bytes(data, name="x" + suffix).text == expected


@pytest.mark.parametrize("path", TREE_TEXTS, ids=_ids(TREE_TEXTS))
def test_dev_text_as_docx_and_html_parses_to_the_same_tree(path: Path, tmp_path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    expected = tree(parsed(clean(path, text)))
    for suffix, build in ((".docx", docx_from_text), (".html", html_from_text)):
        target = tmp_path / ("document" + suffix)
        target.write_bytes(build(text))
        doc = parse_file(target)
        assert doc.source.format == suffix[1:]
        assert tree(doc) == expected, suffix


def test_seed_docx_uses_word_numbering_and_a_header_table() -> None:
    need(DEV)
    seed = (DEV / "seed__05-NQ-HDND-cantho-2022.md").read_text(encoding="utf-8")
    data = docx_from_text(seed)
    xml = _document_xml(data).decode()
    assert "<w:tbl>" in xml and "<w:b/>" in xml and xml.count("<w:numPr>") >= 4
    assert "Điều 1." not in xml  # Word prints the labels ...
    text = read_bytes(data, name="seed.docx").text
    assert all(f"\n\nĐiều {n}. " in text for n in range(1, 5))  # ... and so does the reader


def _document_xml(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("word/document.xml")


@pytest.mark.parametrize("path", DEV_DOCX_HTML, ids=_ids(DEV_DOCX_HTML))
def test_dev_docx_and_html_header_facts_match_gold(path: Path) -> None:
    gold = json.loads(path.with_name(path.name + ".gold.json").read_text(encoding="utf-8"))
    text = read_path(path).text
    head = text[:3000]
    for key in ("number", "issuer", "title"):
        if gold.get(key):
            assert " ".join(gold[key].split()).casefold() in " ".join(head.split()).casefold()
    if gold.get("articles"):
        assert f"Điều {gold['articles'][-1]}." in text.replace("Ðiều", "Điều")


@pytest.mark.parametrize("path", RAW_DOCX, ids=_ids(RAW_DOCX))
def test_raw_docx_read_without_field_codes(path: Path) -> None:
    source = read_path(path)
    assert source.format == "docx"
    assert len(source.text) > 1000
    for leak in ("HYPERLINK", "MERGEFORMAT", "PAGEREF", "\x00"):
        assert leak not in source.text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in source.text.upper().replace("HOÀ", "HÒA")


def test_raw_corpus_has_word97_documents() -> None:
    need(RAW)
    assert len(RAW_DOC) >= 10


@pytest.mark.parametrize("path", RAW_DOC, ids=_ids(RAW_DOC))
def test_raw_word97_doc_parses_to_a_header_and_articles(path: Path) -> None:
    doc = parse_file(path)
    assert doc.source.format == "doc"
    assert doc.header.doc_type
    assert doc.header.number or doc.header.doc_type == "Hiến pháp"  # 1959: no số ký hiệu
    numbers = [a.number for a in doc.articles]
    assert len(numbers) >= 9 and numbers[:3] == ["1", "2", "3"]
    assert any(a.children for a in doc.articles)  # khoản were found, not only headings
    text = read_path(path).text
    for leak in ("HYPERLINK", "MERGEFORMAT", "PAGEREF", "\x00", "\x07", "\x13", "\r"):
        assert leak not in text
    assert "CỘNG HÒA" in text.upper().replace("HOÀ", "HÒA")
