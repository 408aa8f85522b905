"""Evidence that decoded text is Vietnamese: count well-formed and ill-formed syllables.

Only words with a non-ASCII letter are judged, since they are what a wrong decoding changes.
A word is well formed when, tone removed, it is onset + vowel nucleus + coda of Vietnamese
spelling and carries at most one tone. A wrong guess between Windows-1258, TCVN3 and VNI
yields words such as "Coổng", "§iỉu" or "Cộng" split by symbols, which fail this test.

>>> judge("Cộng hòa xã hội chủ nghĩa Việt Nam")
Evidence(valid=7, invalid=0)
>>> judge("Coäng hoøa").invalid
2
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

import regex

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")

# Vowel nuclei of Vietnamese spelling, tone removed, with their glide endings (-i -y -o -u).
_NUCLEI = tuple(
    " ".join(
        (
            "a ă â e ê i o ô ơ u ư y",
            "ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi",
            "ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê",
            "iêu oai oao oay oeo uây uôi ươi ươu uyê yêu uya uyu oo",
        )
    ).split(" ")
)
# A syllable: onset? nucleus coda?. Real words: "nghiêng", "quyết", "được", "giữa", "khuya".
_SYLLABLE = regex.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"(?:" + "|".join(sorted(_NUCLEI, key=len, reverse=True)) + r")"
    r"(?:ng|nh|ch|[cmnpt])?"
)
_WORD = regex.compile(r"[\p{L}\p{M}]+")
# Non-ASCII symbols a legacy mis-decoding leaves among letters ("§", "µ", "¸", "·", "�").
# Allowed: typographic quotes, dashes, bullets and the signs of technical text ("±", "m²", "°C").
_JUNK = regex.compile(
    r"[\p{S}\p{Po}\p{Co}\p{Cn}\p{Cc}\ufffd--[\x00-\x7f°±×÷•…‰€²³¹¼½¾\u2010-\u2027\u2030-\u205e\n\r\t\f]]",
    regex.V1,
)


@dataclass(frozen=True)
class Evidence:
    """How many judged words look like Vietnamese syllables, and how many do not."""

    valid: int
    invalid: int

    @property
    def score(self) -> int:
        """Valid words minus a heavy penalty for invalid ones."""
        return self.valid - 4 * self.invalid


@functools.lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """True when ``word`` is spelled like one Vietnamese syllable.

    >>> is_syllable("Nghĩa"), is_syllable("Coổng")
    (True, False)
    """
    decomposed = unicodedata.normalize("NFD", word.casefold())
    tones = sum(1 for c in decomposed if c in _TONES)
    if tones > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return _SYLLABLE.fullmatch(base) is not None


def judge(text: str, *, limit: int = 200_000) -> Evidence:
    """Count well- and ill-formed non-ASCII words in the first ``limit`` characters."""
    sample = text[:limit]
    valid = invalid = 0
    for match in _WORD.finditer(sample):
        word = match.group(0)
        if word.isascii():
            continue
        if is_syllable(word):
            valid += 1
        else:
            invalid += 1
    invalid += len(_JUNK.findall(sample))
    return Evidence(valid=valid, invalid=invalid)


__all__ = ["Evidence", "is_syllable", "judge"]
