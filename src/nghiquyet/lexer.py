"""Lexer (stub, being written)."""
from __future__ import annotations

from nghiquyet.models import Token
from nghiquyet.normalize import Normalized


def tokenize(norm: Normalized) -> list[Token]:
    return []
