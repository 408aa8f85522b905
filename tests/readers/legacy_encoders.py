"""Encoders into the legacy Vietnamese encodings, written independently of the decoders.

Windows-1258 uses Python's codec with the tone split off as a combining mark; TCVN3 inverts
the byte table (a letter missing from it is written base + tone byte); VNI spells each
letter as its base plus one mark byte from the VNI-Windows layout.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from nghiquyet.readers.tcvn3_table import TABLE

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def _split(ch: str) -> tuple[str, str]:
    """(letter without tone, tone mark or "")."""
    decomposed = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in decomposed if c in _TONE_MARKS)
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    return base, tone


def encode_cp1258(text: str) -> bytes:
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            base, tone = _split(ch)
            out += base.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


_TCVN3_INVERSE = {c: bytes([b]) for b, c in enumerate(TABLE)}


# Smart punctuation Word stored with .VnTime fonts at its Windows-1252 bytes.
_CP1252_PUNCTUATION = frozenset("…‘’“”•–—")


def encode_tcvn3(text: str) -> bytes:
    out = bytearray()
    for ch in text:
        if ch in _CP1252_PUNCTUATION:
            out += ch.encode("cp1252")
        elif ch in _TCVN3_INVERSE:
            out += _TCVN3_INVERSE[ch]
        else:
            base, tone = _split(ch)
            out += _TCVN3_INVERSE[base] + _TCVN3_INVERSE[tone]
    return bytes(out)


# VNI-Windows marks, by (modifier, tone): "" / "^" (circumflex) / "(" (breve).
_VNI_TONE = {"": "", "\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_CIRC = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_I = {"": "i", "\u0300": "ì", "\u0301": "í", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def _vni_letter(ch: str) -> str:
    lower = ch.lower()
    base, tone = _split(lower)
    if base == "đ":
        out = "ñ"
    elif base == "i":
        out = _VNI_I[tone]
    elif base == "y" and tone == "\u0323":
        out = "î"
    elif base in "âêô":
        out = {"â": "a", "ê": "e", "ô": "o"}[base] + _VNI_CIRC[tone]
    elif base == "ă":
        out = "a" + _VNI_BREVE[tone]
    elif base in "ơư":
        out = {"ơ": "ô", "ư": "ö"}[base] + _VNI_TONE[tone]
    elif base.isascii():
        out = base + _VNI_TONE[tone]
    else:
        raise ValueError(f"not a Vietnamese letter: {ch!r}")
    return out.upper() if ch != lower else out


def encode_vni(text: str) -> bytes:
    return "".join(
        _vni_letter(ch) if ch.isalpha() and not ch.isascii() else ch for ch in text
    ).encode("cp1252")


ENCODERS: dict[str, Callable[[str], bytes]] = {
    "windows-1258": encode_cp1258,
    "tcvn3": encode_tcvn3,
    "vni": encode_vni,
}
