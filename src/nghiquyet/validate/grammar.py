"""Small grammars the rules share: số ký hiệu shape, numbering sequences, dates, name folding.

Source: spec ``vn-format.md`` §2.1 (số ký hiệu), §3.4 (legislature terms), §4 (dates), §6
(numbering); Nghị định 30/2020/NĐ-CP Annex I; Nghị định 34/2016/NĐ-CP (as amended by
154/2020/NĐ-CP) Art. 58-60.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import NamedTuple

# -- số ký hiệu (§2.1), on canonical text ---------------------------------------------------
_SEQ = r"\d+[a-z]?(?:\.\d+)?"  # 05, 1249a, 66.19
_TOK = r"[A-ZĐ][A-ZĐ0-9]*g?(?:\([A-ZĐ]+\))?"  # CP, TTg, BLĐTBXH, UBPLTP15, SXD(KTXD)
_LEGIS = r"(?:QH|UBTVQH)\d{1,2}"  # QH15, UBTVQH15
_STATE = rf"{_SEQ}/(?:\d{{4}}/)?(?:{_LEGIS}|[A-ZĐ][A-Za-zĐ]*(?:-{_TOK})+)"  # 15/2022/NĐ-CP
_PARTY = rf"{_SEQ}-[A-ZĐ][A-Za-zĐ]*/[A-ZĐ][A-ZĐ0-9]*"  # 13-NQ/TW, 08-QĐi/TW
_LEGACY = rf"{_SEQ}[-/]{_TOK}|{_SEQ}-[A-ZĐ]+/[A-ZĐ][A-ZĐ0-9]*"  # 107-CP, 25/CP, 24-L/CTN
NUMBER = re.compile(rf"(?:{_STATE}|{_PARTY}|{_LEGACY})")
"""A well-formed số ký hiệu: ``45/2022/QH15``, ``05/NQ-HĐND``, ``13-NQ/TW``, ``107-CP``."""

LEGIS_NO_TERM = re.compile(r"\d+/\d{4}/(?:QH|UBTVQH)(?![0-9])")
"""A Quốc hội / UBTVQH number that lost its term: ``45/2022/QH`` (right: ``45/2022/QH15``)."""


class NumberParts(NamedTuple):
    """The fields of a State số ký hiệu: ``11/2025/NQ-HĐND`` -> ("11", 2025, ["NQ", "HĐND"])."""

    seq: str
    year: int | None
    tokens: tuple[str, ...]
    party: bool


def split_number(number: str) -> NumberParts | None:
    """Split a canonical số ký hiệu into its fields, or None when it has no "/".

    >>> split_number("11/2025/NQ-HĐND")
    NumberParts(seq='11', year=2025, tokens=('NQ', 'HĐND'), party=False)
    >>> split_number("60-NQ/TW")
    NumberParts(seq='60', year=None, tokens=('NQ', 'TW'), party=True)
    """
    m = re.fullmatch(rf"({_SEQ})-([A-ZĐ][A-Za-zĐ]*)/([A-ZĐ][A-ZĐ0-9]*)", number)
    if m:
        return NumberParts(m[1], None, (m[2], m[3]), True)
    head, sep, tail = number.partition("/")
    if not sep:
        return None
    year: int | None = None
    first, sep2, rest = tail.partition("/")
    if sep2 and re.fullmatch(r"\d{4}", first):
        year, tail = int(first), rest
    return NumberParts(head, year, tuple(t for t in tail.split("-") if t), False)


def is_well_formed(number: str) -> bool:
    """Whether ``number`` (canonical) fits the số ký hiệu grammar of spec §2.1."""
    return NUMBER.fullmatch(number) is not None


# -- legislature terms (§3.4) ----------------------------------------------------------------
TERMS: dict[int, tuple[int, int]] = {
    10: (1997, 2002),
    11: (2002, 2007),
    12: (2007, 2011),
    13: (2011, 2016),
    14: (2016, 2021),
    15: (2021, 2026),
    16: (2026, 2031),
}
"""Khóa of the Quốc hội -> (first, last) year; boundary years belong to both terms."""


# -- numbering sequences (§6) ----------------------------------------------------------------
POINT_LETTERS = "abcdđeghiklmnopqrstuvxy"
"""The Vietnamese order of điểm letters (no f, j, w, z)."""

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_to_int(text: str) -> int | None:
    """Value of a Roman numeral ("XIV" -> 14), or None when ``text`` is not one."""
    t = text.upper()
    if not t or any(c not in _ROMAN for c in t):
        return None
    total = 0
    for i, c in enumerate(t):
        v = _ROMAN[c]
        total += -v if i + 1 < len(t) and _ROMAN[t[i + 1]] > v else v
    return total


_ROMAN_STEPS = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
    (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def int_to_roman(value: int) -> str:
    """14 -> "XIV"."""
    out = []
    for v, r in _ROMAN_STEPS:
        while value >= v:
            out.append(r)
            value -= v
    return "".join(out)


class Ordinal(NamedTuple):
    """A printed number split into its base and insertion suffix: "10a" -> (10, "a")."""

    base: int
    suffix: str


def arabic_ordinal(number: str) -> Ordinal | None:
    """ "12" -> (12, ""), "10a" -> (10, "a"), "1a" -> (1, "a"); None otherwise."""
    m = re.fullmatch(r"(\d+)([a-zđ]\d*)?", number.strip().lower())
    return Ordinal(int(m[1]), m[2] or "") if m else None


def roman_ordinal(number: str) -> Ordinal | None:
    """ "VII" -> (7, ""), "VIIa" -> (7, "a"), "3" -> (3, ""); None otherwise."""
    m = re.fullmatch(r"([IVXLCDM]+|\d+)([a-zđ]?)", number.strip(), re.IGNORECASE)
    if not m:
        return None
    base = int(m[1]) if m[1].isdigit() else roman_to_int(m[1])
    return Ordinal(base, m[2].lower()) if base else None


def point_index(number: str) -> tuple[int, str] | None:
    """Position of a điểm letter in :data:`POINT_LETTERS` and any insertion suffix.

    "đ" -> (4, ""), "đ1" -> (4, "1"), "f" -> None (not a Vietnamese điểm letter).
    """
    m = re.fullmatch(r"([a-zđ])(\.?\d+)?", number.strip().lower())
    if not m or m[1] not in POINT_LETTERS:
        return None
    return POINT_LETTERS.index(m[1]), m[2] or ""


# -- dates (§4) ----------------------------------------------------------------------------
_DATE_WORDS = re.compile(r"ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})", re.IGNORECASE)
_DATE_SLASH = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})")


class PrintedDate(NamedTuple):
    """Day, month and year as printed (strings keep leading zeros) and where they start."""

    day: str
    month: str
    year: str
    words: bool  # "ngày D tháng M năm Y" (True) or "D/M/Y" (False)
    start: int

    def date(self) -> dt.date | None:
        """The calendar date, or None when it does not exist (30 tháng 02)."""
        try:
            return dt.date(int(self.year), int(self.month), int(self.day))
        except ValueError:
            return None


def find_date(text: str) -> PrintedDate | None:
    """The first printed date in ``text``: "Cần Thơ, ngày 08 tháng 7 năm 2022" -> 08, 7, 2022."""
    m = _DATE_WORDS.search(text)
    if m:
        return PrintedDate(m[1], m[2], m[3], True, m.start())
    m = _DATE_SLASH.search(text)
    if m:
        return PrintedDate(m[1], m[2], m[3], False, m.start())
    return None


# -- names ---------------------------------------------------------------------------------
_OLD_TONES = {
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "uỷ": "ủy",
    "uý": "úy",
    "uỳ": "ùy",
    "uỹ": "ũy",
    "uỵ": "ụy",
    "oè": "òe",
    "oé": "óe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
}
_OLD_TONE = re.compile(f"(?:{'|'.join(_OLD_TONES)})(?![a-zà-ỹđ])")  # open syllables only


_CONSOLIDATED = re.compile(r"XÁC THỰC VĂN BẢN HỢP NHẤT|VĂN BẢN HỢP NHẤT\s+-|\d/VBHN-")


def is_consolidated(number: str | None, source: str | None = None) -> bool:
    """Whether the document is a văn bản hợp nhất: its number ("111/VBHN-VPQH"), or its text
    ("XÁC THỰC VĂN BẢN HỢP NHẤT", the Công báo heading "VĂN BẢN HỢP NHẤT - BỘ ...")."""
    if number and "VBHN" in number.upper():
        return True
    return bool(source) and _CONSOLIDATED.search(source or "") is not None


def fold_name(text: str) -> str:
    """Key for comparing names: NFC, casefold, new tone placement, no punctuation.

    >>> fold_name("UỶ BAN  NHÂN DÂN") == fold_name("Ủy ban nhân dân")
    True
    """
    s = unicodedata.normalize("NFC", text).replace("\u00d0", "Đ").casefold()
    s = _OLD_TONE.sub(lambda m: _OLD_TONES[m[0]], s)
    return " ".join(re.sub(r"[*_#`\\,.;:\-–—]", " ", s).split())


__all__ = [
    "LEGIS_NO_TERM",
    "NUMBER",
    "POINT_LETTERS",
    "TERMS",
    "NumberParts",
    "Ordinal",
    "PrintedDate",
    "arabic_ordinal",
    "find_date",
    "fold_name",
    "int_to_roman",
    "is_consolidated",
    "is_well_formed",
    "point_index",
    "roman_ordinal",
    "roman_to_int",
    "split_number",
]
