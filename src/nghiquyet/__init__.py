"""nghiquyet: Vietnamese legal documents as a typed tree.

>>> from nghiquyet import parse_text
>>> doc = parse_text("Điều 1. Phạm vi điều chỉnh\\n1. Nghị quyết này quy định ...")
>>> doc.body[0].kind.value, doc.body[0].number
('dieu', '1')
"""

from __future__ import annotations

__version__ = "0.1.0"

from nghiquyet.batch import Summary, convert, iter_documents
from nghiquyet.citations import Catalogue, find_citations, resolve
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
from nghiquyet.parser import parse, parse_file, parse_source, parse_text, tokenize
from nghiquyet.readers import SourceText, read_blocks
from nghiquyet.validate import RULES, Finding, rule, validate
from nghiquyet.writers import WRITERS, json_schema, render_markdown, render_text, to_akn

__all__ = [
    "RULES",
    "SCHEMA_VERSION",
    "WRITERS",
    "Appendix",
    "Catalogue",
    "Citation",
    "CitationKind",
    "Closing",
    "Diagnostic",
    "Document",
    "Finding",
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
    "SourceText",
    "Span",
    "Summary",
    "Token",
    "TokenKind",
    "UnsupportedFormat",
    "__version__",
    "convert",
    "find_citations",
    "iter_documents",
    "json_schema",
    "parse",
    "parse_file",
    "parse_source",
    "parse_text",
    "read_blocks",
    "render_markdown",
    "render_text",
    "resolve",
    "rule",
    "to_akn",
    "tokenize",
    "validate",
]
