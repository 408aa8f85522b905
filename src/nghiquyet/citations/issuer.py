"""The issuer named after a citation ("của Thủ tướng Chính phủ"), trimmed to the body's name.

The words after "của" run on into the sentence ("của Chính phủ phân quyền ..."); a known
name from :mod:`nghiquyet.vocab.issuers` ends the issuer, followed only by a place
("Hội đồng nhân dân tỉnh Bà Rịa-Vũng Tàu") when the body is a local one.

>>> clean_issuer("Thủ tướng Chính phủ hỗ trợ người")
'Thủ tướng Chính phủ'
>>> clean_issuer("Hội đồng nhân dân tỉnh Bà Rịa-Vũng Tàu")
'Hội đồng nhân dân tỉnh Bà Rịa-Vũng Tàu'
>>> issuer_codes("Bộ trưởng Bộ Tài chính")
('BTC',)
"""

from __future__ import annotations

import regex

from nghiquyet.vocab.issuers import ISSUERS

# Known names by their first word, longest first, folded for a prefix match.
_NAMES: dict[str, tuple[tuple[str, str], ...]] = {}
for _code, _names in ISSUERS.items():
    for _name in _names:
        _folded = _name.casefold()
        _NAMES[_folded.split()[0]] = (*_NAMES.get(_folded.split()[0], ()), (_folded, _code))
_NAMES = {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in _NAMES.items()}
# A place after a local body: " tỉnh Cao Bằng", " thành phố Cần Thơ", " cấp xã"
PLACE = regex.compile(
    r"\s+(?:(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)"
    r"(?:\s+\p{Lu}\p{L}*+(?:(?:\s|-)\p{Lu}\p{L}*+)*)?|cấp\s+(?:tỉnh|huyện|xã))"
)
_LOCAL = frozenset({"HĐND", "UBND", "TU", "HU", "ĐU"})


def _known(raw: str) -> tuple[int, str] | None:
    folded = raw.casefold()
    words = folded.split(maxsplit=1)
    for name, code in _NAMES.get(words[0], ()) if words else ():
        if folded.startswith(name) and (
            len(folded) == len(name) or not folded[len(name)].isalpha()
        ):
            return len(name), code
    return None


def clean_issuer(raw: str) -> str:
    """``raw`` cut after the known body's name (and its place); unknown names are kept."""
    known = _known(raw)
    if known is None:
        return raw
    end, code = known
    if code in _LOCAL:
        place = PLACE.match(raw, end)
        end = place.end() if place else end
    return raw[:end]


def issuer_codes(issuer: str) -> tuple[str, ...]:
    """The code of a printed issuer ("Thủ tướng Chính phủ" -> ("TTg",)), if known."""
    known = _known(issuer)
    return (known[1],) if known else ()


__all__ = ["PLACE", "clean_issuer", "issuer_codes"]
