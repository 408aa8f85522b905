"""The parse pipeline: readers -> normalize -> lexer -> builder -> citations."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from nghiquyet import builder, lexer
from nghiquyet.citations.document import cite_document
from nghiquyet.errors import ReadError
from nghiquyet.models import Document, SourceInfo, Token
from nghiquyet.normalize import normalize
from nghiquyet.readers import SourceText, read_bytes, read_path

PathLike = str | os.PathLike[str]


def tokenize(text: str) -> list[Token]:
    """The lexer's token stream for ``text``: one typed token per logical line.

    >>> [t.kind.value for t in tokenize("Điều 1. Phạm vi\\n1. Nội dung")]
    ['dieu', 'khoan']
    """
    return lexer.tokenize(normalize(text))


def parse_text(text: str, *, source: SourceInfo | None = None) -> Document:
    """Parse a document given as plain text or markdown.

    Never raises for odd content: problems become ``Document.diagnostics``.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_text() takes str, not {type(text).__name__}")
    norm = normalize(text)
    tokens = lexer.tokenize(norm)
    info = source or SourceInfo(
        format="text",
        encoding=None,
        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        length=len(text),
    )
    doc = builder.build(tokens, norm, source=info)
    return cite_document(doc, text, norm=norm)


def parse_source(src: SourceText, *, path: str | None = None) -> Document:
    """Parse text a reader decoded; ``path`` overrides the path recorded in the output."""
    info = SourceInfo(
        path=path if path is not None else src.path,
        format=src.format,
        encoding=src.encoding,
        sha256=src.sha256,
        length=len(src.text),
    )
    return parse_text(src.text, source=info)


def parse_file(path: PathLike) -> Document:
    """Parse the file at ``path`` (.txt, .md, .docx, .doc, .html).

    Raises :class:`~nghiquyet.errors.ReadError` (or its subclass ``UnsupportedFormat``) when
    the file cannot be read as a document.
    """
    return parse_source(read_path(Path(path)))


def parse(source: str | bytes | PathLike) -> Document:
    """Parse text (``str``), raw file bytes (``bytes``) or a file (``Path``).

    A ``str`` is always text, never a path: use :func:`parse_file` or pass a ``Path``.
    """
    if isinstance(source, str):
        return parse_text(source)
    if isinstance(source, bytes | bytearray | memoryview):
        return parse_source(read_bytes(bytes(source)))
    if isinstance(source, os.PathLike):
        return parse_file(Path(source))
    raise ReadError(f"cannot parse a {type(source).__name__}")
