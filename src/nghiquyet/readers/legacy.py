"""Decoders for pre-Unicode Vietnamese encodings: Windows-1258, TCVN3 (ABC) and VNI-Windows.

Each decoder takes bytes and returns NFC text; :data:`LEGACY` maps the encoding name reported
in :attr:`SourceText.encoding` to its decoder. None of them can fail (every byte means
something); whether the result is Vietnamese is judged by :mod:`nghiquyet.readers.evidence`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import regex

from nghiquyet.readers.evidence import is_syllable
from nghiquyet.readers.tcvn3_table import TABLE as _TCVN3

_TCVN3_MAP = {i: c for i, c in enumerate(_TCVN3) if c != chr(i)}

# VNI-Windows: a base letter followed by one mark byte (read here as its Windows-1252 letter).
# Source: the VNI-Windows font layout (mark bytes 0xE0-0xFB after a vowel), checked against
# the spec's corpus samples "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Ñieàu", "Quyeát ñònh".
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRC, _BREVE = "\u0302", "\u0306"
# mark letter (lower case; its upper case is the same mark) -> (bases it may follow, marks)
_VNI_MARKS: dict[str, tuple[str, str]] = {
    "ù": ("aeiouyăâêôơư", _ACUTE),
    "ø": ("aeiouyăâêôơư", _GRAVE),
    "û": ("aeiouyăâêôơư", _HOOK),
    "õ": ("aeiouyăâêôơư", _TILDE),
    "ï": ("aeiouyăâêôơư", _DOT),
    "â": ("aeo", _CIRC),
    "á": ("aeo", _CIRC + _ACUTE),
    "à": ("aeo", _CIRC + _GRAVE),
    "å": ("aeo", _CIRC + _HOOK),
    "ã": ("aeo", _CIRC + _TILDE),
    "ä": ("aeo", _CIRC + _DOT),
    "ê": ("a", _BREVE),
    "é": ("a", _BREVE + _ACUTE),
    "è": ("a", _BREVE + _GRAVE),
    "ú": ("a", _BREVE + _HOOK),
    "ü": ("a", _BREVE + _TILDE),
    "ë": ("a", _BREVE + _DOT),
}
# Letters that are one byte of their own in VNI.
_VNI_LETTERS: dict[str, str] = {
    "ô": "ơ",
    "ö": "ư",
    "ñ": "đ",
    "ì": "ì",
    "í": "í",
    "æ": "ỉ",
    "ó": "ĩ",
    "ò": "ị",
    "î": "ỵ",
}
_VNI_LETTERS |= {k.upper(): v.upper() for k, v in _VNI_LETTERS.items()}
# A letter, then a mark (either case). Real text: "Vieät" -> "Việt", "ñöôïc" -> "được".
_VNI_PAIR = regex.compile("(?i)([a-zơư])([" + "".join(_VNI_MARKS) + "])")
_VNI_SINGLE = regex.compile("[" + "".join(_VNI_LETTERS) + "]")


def _vni_pair(match: regex.Match[str]) -> str:
    base, mark = str(match.group(1)), str(match.group(2))
    allowed, combining = _VNI_MARKS[mark.lower()]
    if base.lower() not in allowed:
        return base + mark
    return base + combining


def decode_vni(data: bytes) -> str:
    """Decode VNI-Windows bytes.

    >>> decode_vni("Ñieàu 1. Quyeát ñònh".encode("cp1252"))
    'Điều 1. Quyết định'
    """
    text = data.decode("cp1252", errors="replace")
    text = _VNI_SINGLE.sub(lambda m: _VNI_LETTERS[str(m.group(0))], text)
    # A mark may follow a horn letter decoded just above ("öù" -> "ứ"), so pairs come second.
    text = str(_VNI_PAIR.sub(_vni_pair, text))
    return unicodedata.normalize("NFC", text)


# VnTimeH (the capitals font) uses the lower-case codes: "CéNG HßA" is "CỘNG HÒA".
# Candidates only: words with two ASCII capitals ("CéNG", "HßA" -> "HòA" has H, A).
_WORD = regex.compile(r"(?<!\p{L})(?=\p{L}*?[A-Z]\p{L}*?[A-Z])\p{L}+")
_ASCII_UPPER = regex.compile(r"[A-Z]")


def _capitalise_vntimeh(text: str) -> str:
    """Upper-case words mixing two or more ASCII capitals with lower-case Vietnamese letters."""

    def fix(match: regex.Match[str]) -> str:
        word = str(match.group(0))
        if word.isupper() or any("a" <= c <= "z" for c in word):
            return word
        if len(_ASCII_UPPER.findall(word)) < 2:
            return word
        return word.upper()

    return str(_WORD.sub(fix, text))


# Bytes where VN1 puts a capital and Windows-1252 (which Word used with .VnTime fonts for
# smart punctuation) puts "…", "‘", "’", "“", "”", "•", "–", "—". Real files have both "CỘNG"
# and "“Điều": a word keeps them as letters only as far as it stays a Vietnamese syllable.
# Real text: "CỘNG HÒA", "“BỘ NỘI VỤ”…", "Lao động – Thương binh".
_AMBIGUOUS = {
    _TCVN3[b]: bytes([b]).decode("cp1252") for b in (0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97)
}
_AMBIGUOUS_WORD = regex.compile(r"\p{L}*[" + "".join(_AMBIGUOUS) + r"]\p{L}*")


def _punctuation_or_capital(match: regex.Match[str]) -> str:
    word = str(match.group(0))
    if len(word) == 1:  # " – ", "…": a lone capital vowel is not a word
        return _AMBIGUOUS[word]
    head = ""
    while word[:1] in _AMBIGUOUS and not is_syllable(word):
        head, word = head + _AMBIGUOUS[word[0]], word[1:]
    tail = ""
    while word[-1:] in _AMBIGUOUS and (not is_syllable(word) or word[-2:-1].islower()):
        tail, word = _AMBIGUOUS[word[-1]] + tail, word[:-1]
    return head + word + tail


def decode_tcvn3(data: bytes) -> str:
    """Decode TCVN3 (ABC) bytes with the glibc TCVN5712-1 table (see :data:`_AMBIGUOUS`).

    >>> decode_tcvn3("§iÒu 1. QuyÕt ®Þnh".encode("cp1252"))
    'Điều 1. Quyết định'
    >>> decode_tcvn3(b"C\\x97NG H\\x92A \\x93Th\\xabng t\\xad\\x94 \\x96 B\\x97")
    'CỘNG HÒA “Thông tư” – BỘ'
    """
    text = unicodedata.normalize("NFC", data.decode("latin-1").translate(_TCVN3_MAP))
    text = str(_AMBIGUOUS_WORD.sub(_punctuation_or_capital, text))
    return _capitalise_vntimeh(text)


def decode_cp1258(data: bytes) -> str:
    """Decode Windows-1258 bytes (tone marks are separate combining bytes) to NFC."""
    return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))


LEGACY: dict[str, Callable[[bytes], str]] = {
    "windows-1258": decode_cp1258,
    "tcvn3": decode_tcvn3,
    "vni": decode_vni,
}
"""Legacy decoders by the encoding name reported to callers."""

__all__ = ["LEGACY", "decode_cp1258", "decode_tcvn3", "decode_vni"]
