"""Readers: bytes or a path -> :class:`SourceText` (decoded text the lexer can read).

A reader knows formats, not law. Each format module exposes
``read(data: bytes) -> tuple[str, str | None]`` (text, encoding); :data:`READERS` maps a
format name to it and :func:`sniff` picks the format from the bytes (and the file name as a
hint). Tables are linearised one cell per line, cell by cell, so two columns of a header are
never interleaved; bordered content tables become pipe rows. :func:`read_blocks` gives the
richer view (bold, italic, alignment, style, Word's numbering label) for DOCX, HTML and
Word 97-2003 .doc (alignment only).

An empty input (zero bytes) is a :class:`ReadError`: there is no document to parse.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import regex

from nghiquyet.errors import ReadError, UnsupportedFormat
from nghiquyet.readers import docx as _docx
from nghiquyet.readers import html as _html
from nghiquyet.readers import text as _text
from nghiquyet.readers.blocks import Block


@dataclass(frozen=True)
class SourceText:
    """Decoded text of one source, with what the reader found out about it."""

    text: str
    format: str = "text"
    encoding: str | None = None
    sha256: str | None = None
    path: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)


Reader = Callable[[bytes], "tuple[str, str | None]"]
"""A reader returns the decoded text and the encoding it used (None when not applicable)."""


# The .doc reader (olefile and the MS-DOC tables) loads on first use: most runs never read a
# .doc, and every command pays for what ``import nghiquyet`` loads.
def _read_doc(data: bytes) -> tuple[str, str | None]:
    from nghiquyet.readers import doc

    return doc.read(data)


def _read_doc_blocks(data: bytes) -> list[Block]:
    from nghiquyet.readers import doc

    return doc.read_blocks(data)


READERS: dict[str, Reader] = {
    "text": _text.read,
    "markdown": _text.read,
    "docx": _docx.read,
    "doc": _read_doc,
    "html": _html.read,
}

BlockReader = Callable[[bytes], list[Block]]
"""A reader of formatted blocks (see :mod:`nghiquyet.readers.blocks`)."""

BLOCK_READERS: dict[str, BlockReader] = {
    "docx": _docx.read_blocks,
    "doc": _read_doc_blocks,
    "html": _html.read_blocks,
}

# Magic numbers of formats we recognise but do not read.
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_UNSUPPORTED: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"{\\rtf", "RTF"),
)
# XML formats we recognise but do not read, by a root element near the top.
_UNSUPPORTED_XML: tuple[tuple[bytes, str], ...] = (
    (b"<w:wordDocument", "Word 2003 XML (.xml)"),
    (b"<pkg:package", "Word flat XML (.xml)"),
    (b"<office:document", "OpenDocument flat XML (.fodt)"),
)
# An HTML page, after any comments: "<!DOCTYPE html", "<html", "<body" near the top.
_HTML_HEAD = regex.compile(rb"<(?:!doctype\s+html|html|body)\b", regex.IGNORECASE)


def sniff(data: bytes, name: str | None = None) -> str:
    """The format of ``data``: "docx", "doc", "html", "markdown" or "text".

    Raises :class:`UnsupportedFormat` for known formats this library does not read. Any OLE2
    compound file is "doc"; the .doc reader rejects those that are not Word documents.
    """
    if data.startswith(_OLE2):
        return "doc"
    for magic, label in _UNSUPPORTED:
        if data.startswith(magic):
            raise UnsupportedFormat(f"{label} is not supported; convert it to .docx or text")
    suffix = Path(name).suffix.lower() if name else ""
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if suffix == ".docx":
        raise ReadError("not a .docx file: it is not a zip container")
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    for marker, label in _UNSUPPORTED_XML:
        if head.startswith(b"<") and marker in head:
            raise UnsupportedFormat(f"{label} is not supported; convert it to .docx or text")
    if suffix in (".html", ".htm") or (head.startswith(b"<") and _HTML_HEAD.search(head)):
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    return "text"


def read_bytes(data: bytes, *, name: str | None = None) -> SourceText:
    """Decode ``data`` (any supported format) to text.

    >>> read_bytes("Điều 1.".encode()).text
    'Điều 1.'
    """
    if not data:
        raise ReadError("empty file: no bytes to read")
    fmt = sniff(data, name)
    reader = READERS.get(fmt)
    if reader is None:
        raise UnsupportedFormat(f"no reader for {fmt} is installed")
    text, encoding = reader(data)
    return SourceText(
        text=text,
        format=fmt,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        path=name,
    )


def read_blocks(data: bytes, *, name: str | None = None) -> list[Block]:
    """The blocks of ``data`` with their formatting hints; text formats give one per line.

    >>> [b.text for b in read_blocks("Điều 1.\\n\\n1. Nội dung".encode())]
    ['Điều 1.', '1. Nội dung']
    """
    if not data:
        raise ReadError("empty file: no bytes to read")
    fmt = sniff(data, name)
    block_reader = BLOCK_READERS.get(fmt)
    if block_reader is not None:
        return block_reader(data)
    text, _ = READERS[fmt](data)
    return [Block(text=line.strip()) for line in text.splitlines() if line.strip()]


def read_path(path: str | Path) -> SourceText:
    """Read and decode the file at ``path``."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise ReadError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise ReadError(f"{p}: is a directory") from None
    except OSError as exc:
        raise ReadError(f"{p}: {exc.strerror or exc}") from None
    try:
        return read_bytes(data, name=str(p))
    except ReadError as exc:
        raise type(exc)(f"{p}: {exc}") from None


__all__ = [
    "BLOCK_READERS",
    "READERS",
    "Block",
    "SourceText",
    "read_blocks",
    "read_bytes",
    "read_path",
    "sniff",
]
