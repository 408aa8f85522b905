"""Text typed in the old TCVN3 (.VnTime) or VNI fonts, which Word keeps as the font's 8-bit
codes ("§iÒu 1."), decoded for the Word readers (.doc and .docx).

>>> from nghiquyet.readers.blocks import Block
>>> blocks, name = legacy_fonts([Block("§iÒu 1. Th«ng t\\xad nµy quy ®Þnh vÒ viÖc qu¶n lý")])
>>> (blocks[0].text, name)
('Điều 1. Thông tư này quy định về việc quản lý', 'tcvn3')
"""

from __future__ import annotations

from dataclasses import replace

import regex

from nghiquyet.readers.blocks import Block, clean_lines, to_text
from nghiquyet.readers.encodings import hidden_legacy
from nghiquyet.readers.legacy import LEGACY

# MS-DOC 2.9.73 (FcCompressed): the bytes of an 8-bit piece that are not Latin-1.
COMPRESSED = {
    0x82: "\u201a", 0x83: "\u0192", 0x84: "\u201e", 0x85: "\u2026", 0x86: "\u2020",
    0x87: "\u2021", 0x88: "\u02c6", 0x89: "\u2030", 0x8A: "\u0160", 0x8B: "\u2039",
    0x8C: "\u0152", 0x91: "\u2018", 0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d",
    0x95: "\u2022", 0x96: "\u2013", 0x97: "\u2014", 0x98: "\u02dc", 0x99: "\u2122",
    0x9A: "\u0161", 0x9B: "\u203a", 0x9C: "\u0153", 0x9F: "\u0178",
}  # fmt: skip

_UNCOMPRESSED = {ord(c): b for b, c in COMPRESSED.items()}


def eight_bit(text: str) -> bytes | None:
    """The bytes a legacy 8-bit font drew as ``text`` (Windows-1252, or the 8-bit piece
    mapping above); None when ``text`` has a character neither has."""
    try:
        return text.encode("cp1252")
    except UnicodeEncodeError:
        pass
    try:
        return text.translate(_UNCOMPRESSED).encode("latin-1")
    except UnicodeEncodeError:
        return None


SOFT = "\u00ad"
"""The optional hyphen: the TCVN3 "ư" (byte 0xAD), which LibreOffice saves as an optional
hyphen in .doc files and .docx keeps as this character. Dropped from blocks not decoded."""
_UNICODE_ONLY = regex.compile(
    "[^\x00-\xff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
"""A character no 8-bit font code gives (neither Windows-1252 nor Latin-1)."""


def legacy_fonts(blocks: list[Block]) -> tuple[list[Block], str | None]:
    """Blocks typed in a TCVN3 or VNI font (Word keeps the font's 8-bit codes: "§iÒu 1")
    decoded, when the document's 8-bit text as a whole is such mojibake; and the encoding."""
    raws: dict[int, bytes] = {}
    for i, block in enumerate(blocks):
        if block.text.isascii() or _UNICODE_ONLY.search(block.text):
            continue  # most blocks of a Unicode document: no 8-bit reading to try
        raw = eight_bit(block.text)
        if raw is not None:
            raws[i] = raw
    sample = "\n".join(blocks[i].text for i in raws)
    name = hidden_legacy(sample, b"\n".join(raws.values())) if raws else None
    decode = LEGACY[name] if name else None
    fixed = []
    for i, block in enumerate(blocks):
        if decode is not None and i in raws:
            fixed.append(replace(block, text=decode(raws[i])))
        elif SOFT in block.text:
            fixed.append(replace(block, text=clean_lines(block.text.replace(SOFT, ""))))
        else:
            fixed.append(block)
    return fixed, name


def text_of(blocks: list[Block], legacy: str | None) -> tuple[str, str | None]:
    """What a Word reader returns for ``blocks``: their text, and the encoding of their fonts
    ("tcvn3 (legacy font)", "vni (legacy font)") or None for Unicode text."""
    return to_text(blocks), f"{legacy} (legacy font)" if legacy else None


__all__ = ["COMPRESSED", "SOFT", "eight_bit", "legacy_fonts", "text_of"]
