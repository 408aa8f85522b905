"""nghiquyet: Vietnamese legal documents as a typed tree.

>>> from nghiquyet import parse_text
>>> doc = parse_text("Điều 1. Phạm vi điều chỉnh\\n1. Nghị quyết này quy định ...")
>>> doc.body[0].kind.value, doc.body[0].number
('dieu', '1')
"""

from __future__ import annotations

__version__ = "0.1.0"

from nghiquyet.errors import NghiquyetError, ReadError, UnsupportedFormat
from nghiquyet.models import (
    SCHEMA_VERSION,
    Appendix,
    Citation,
    CitationKind,
    Closing,
    Diagnostic,
    Document,
    Header,
    Node,
    NodeKind,
    Preamble,
    PreambleItem,
    PreambleKind,
    Recipient,
    Relation,
    Severity,
    Signatory,
    SourceInfo,
    Span,
    Token,
    TokenKind,
)
from nghiquyet.parser import parse, parse_file, parse_text, tokenize

__all__ = [
    "SCHEMA_VERSION",
    "Appendix",
    "Citation",
    "CitationKind",
    "Closing",
    "Diagnostic",
    "Document",
    "Header",
    "NghiquyetError",
    "Node",
    "NodeKind",
    "Preamble",
    "PreambleItem",
    "PreambleKind",
    "ReadError",
    "Recipient",
    "Relation",
    "Severity",
    "Signatory",
    "SourceInfo",
    "Span",
    "Token",
    "TokenKind",
    "UnsupportedFormat",
    "__version__",
    "parse",
    "parse_file",
    "parse_text",
    "tokenize",
]
