"""Detect and decode the text encodings of Vietnamese documents; the result is always NFC.

Order of evidence: a byte-order mark; UTF-16 without a mark (NUL bytes on one side of most
pairs); strict UTF-8; UTF-8 with a few damaged byte sequences among many good ones (each
replaced by U+FFFD, the count in the encoding's name); then the legacy encodings of
:data:`~nghiquyet.readers.legacy.LEGACY`, each judged by how many of its words are
well-formed Vietnamese syllables. A legacy guess is
taken only with strong evidence; otherwise :class:`ReadError` says what was tried, so a wrong
guess never becomes silent mojibake. UTF-8 text that is itself TCVN3 or VNI seen through
Windows-1252 ("§iÒu", "Ñieàu") is repaired the same way and reported as such.

>>> decode("Điều 1.".encode("utf-16"))
('Điều 1.', 'utf-16-le')
>>> decode("§iÒu 1. Th«ng t\\xad nµy quy ®Þnh".encode("cp1252"))
('Điều 1. Thông tư này quy định', 'tcvn3')
"""

from __future__ import annotations

import unicodedata

import regex

from nghiquyet.errors import ReadError
from nghiquyet.readers.evidence import Evidence, judge
from nghiquyet.readers.legacy import LEGACY

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

MIN_VALID = 3
"""Fewest well-formed Vietnamese words a legacy guess needs."""
MAX_INVALID_RATIO = 0.1
"""Most ill-formed words (and stray symbols) a legacy guess may have, as a share of all."""
_SAMPLE = 4096
# Letters TCVN3 ("§iÒu", "®Þnh", "µ") and VNI ("Ñieàu", "ñöôïc") leave when read as Windows-1252.
_TELLTALE = regex.compile(r"[§®µ¸¹·¶ÖÞ¬«ª©ÑñöäïøË]")


def _utf16_without_bom(data: bytes) -> str | None:
    """The UTF-16 byte order when NUL bytes fill one side of most byte pairs."""
    head = data[:_SAMPLE] if len(data) % 2 == 0 else b""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    if odd >= pairs * 0.3 and even <= pairs * 0.02:
        return "utf-16-le"
    if even >= pairs * 0.3 and odd <= pairs * 0.02:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ReadError(f"invalid {encoding} at byte {exc.start}") from None


def _convincing(evidence: Evidence) -> bool:
    total = evidence.valid + evidence.invalid
    return evidence.valid >= MIN_VALID and evidence.invalid <= total * MAX_INVALID_RATIO


MAX_DAMAGED_RATIO = 0.02
"""Most damaged UTF-8 sequences a text read as UTF-8 may have, as a share of its good
multi-byte characters (a legacy 8-bit text has about as many bad sequences as accents)."""
MIN_GOOD = 50
"""Fewest good multi-byte UTF-8 characters before damaged sequences are read past."""


def _damaged_utf8(data: bytes) -> tuple[str, int] | None:
    """``data`` read as UTF-8 with its few damaged sequences replaced by U+FFFD, and their
    count; None when they are too many for UTF-8 to be the encoding."""
    text = data.decode("utf-8", "replace")
    marks = text.count("\ufffd")
    damaged = marks - data.count(b"\xef\xbf\xbd")
    good = len(text) - len(text.encode("ascii", "ignore")) - marks
    if good < MIN_GOOD or damaged > good * MAX_DAMAGED_RATIO:
        return None
    return text, damaged


LEGACY_SAMPLE = 64 * 1024
"""Bytes each legacy candidate decodes to be judged; the winner then decodes everything."""


def best_legacy(data: bytes) -> tuple[str, str, Evidence]:
    """The legacy encoding whose decoding of ``data`` looks most like Vietnamese.

    Candidates are judged on the first :data:`LEGACY_SAMPLE` bytes (cut at a line end).
    """
    sample = data[:LEGACY_SAMPLE]
    if len(data) > LEGACY_SAMPLE and b"\n" in sample:
        sample = sample[: sample.rindex(b"\n")]
    judged = [(name, judge(decoder(sample))) for name, decoder in LEGACY.items()]
    name, evidence = max(judged, key=lambda item: item[1].score)
    return name, LEGACY[name](data), evidence


def _legacy(data: bytes, why: str) -> tuple[str, str]:
    name, text, evidence = best_legacy(data)
    if not _convincing(evidence):
        raise ReadError(
            f"{why}; no Vietnamese legacy encoding fits either (best guess {name}: "
            f"{evidence.valid} well-formed, {evidence.invalid} ill-formed words)"
        )
    return text, name


def hidden_legacy(text: str, raw: bytes) -> str | None:
    """The legacy encoding (TCVN3 or VNI) of ``raw`` when ``text``, those bytes read as
    Windows-1252, is mojibake ("§iÒu", "Ñieàu") rather than Vietnamese; else None."""
    if _TELLTALE.search(text, 0, _SAMPLE * 4) is None:
        return None
    found = judge(text, limit=_SAMPLE * 8)
    if _convincing(found) or found.invalid < MIN_VALID:
        return None
    name, _, evidence = best_legacy(raw)
    if name == "windows-1258" or not _convincing(evidence):
        return None
    return name


def _repair_mojibake(text: str) -> tuple[str, str] | None:
    """TCVN3/VNI text that was read as Windows-1252 and saved as UTF-8, decoded properly."""
    try:
        raw = text.encode("cp1252")
    except UnicodeEncodeError:
        return None
    name = hidden_legacy(text, raw)
    if name is None:
        return None
    return LEGACY[name](raw), f"{name} (read as windows-1252, saved as utf-8)"


def decode(data: bytes) -> tuple[str, str]:
    """Decode text bytes to NFC text; return it and the name of the encoding chosen.

    Raises :class:`ReadError` for binary data and for bytes no encoding explains.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom) :], encoding.removesuffix("-sig"))
            return unicodedata.normalize("NFC", text), encoding
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return unicodedata.normalize("NFC", _strict(data, utf16)), utf16
    if b"\x00" in data[:_SAMPLE]:
        raise ReadError("binary data: NUL bytes in a text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        damaged = _damaged_utf8(data)
        if damaged is not None:
            text, count = damaged
            return unicodedata.normalize("NFC", text), f"utf-8 ({count} damaged, as U+FFFD)"
        text, name = _legacy(data, f"not valid UTF-8 at byte {exc.start}")
        return text, name
    repaired = _repair_mojibake(text)
    if repaired is not None:
        return repaired
    return unicodedata.normalize("NFC", text), "utf-8"


__all__ = [
    "MAX_DAMAGED_RATIO",
    "MAX_INVALID_RATIO",
    "MIN_GOOD",
    "MIN_VALID",
    "best_legacy",
    "decode",
    "hidden_legacy",
]
