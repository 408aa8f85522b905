"""Citations: find references in text, normalize them, resolve them.

Pipeline: :mod:`.find` (text -> raw matches with spans) -> :mod:`.canonical` (số ký hiệu
grammar -> canonical id / URI) -> :mod:`.resolve` (variants, internal references, catalogue).
"""

from __future__ import annotations

from nghiquyet.citations.canonical import canonical_number

__all__ = ["canonical_number"]
