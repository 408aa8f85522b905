"""Số ký hiệu grammar: raw printed number -> canonical form (placeholder, being rewritten)."""

from __future__ import annotations

import unicodedata

import regex

_DASHES = regex.compile(r"[\u2010-\u2015\u2212]")
_FIX = {"ND": "NĐ", "QD": "QĐ", "HDND": "HĐND", "HDTP": "HĐTP", "TTG": "TTg", "BLDTBXH": "BLĐTBXH"}


def canonical_number(raw: str) -> str | None:
    """Canonical số ký hiệu, or None when ``raw`` is not one.

    >>> canonical_number("05 /NQ-HĐND")
    '05/NQ-HĐND'
    """
    s = unicodedata.normalize("NFC", raw).replace("\u00d0", "Đ")
    s = _DASHES.sub("-", s)
    s = "".join(s.split()).replace("//", "/")
    if "/" not in s and "-" not in s:
        return None
    head, sep, tail = s.partition("/")
    parts = [_FIX.get(p.upper(), p) for p in tail.split("-")] if sep else []
    return head + sep + "-".join(parts) if sep else s
