"""Builder (stub, being written)."""
from __future__ import annotations

from nghiquyet.models import Document, SourceInfo, Token
from nghiquyet.normalize import Normalized


def build(tokens: list[Token], norm: Normalized, *, source: SourceInfo) -> Document:
    return Document(source=source)
