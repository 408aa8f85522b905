"""Syllables that a crawl split with spaces ("Qu ả ng Ngãi", "Đặ ng Văn Minh"), joined back.

A piece is joined to its neighbours only when it cannot be a Vietnamese syllable on its own
("ng", "Đặ", "T") and the joined word is one ("Quảng", "Đặng", "THÀNH"); words that are
syllables each ("Ngu y ễn") stay apart. Used on field values (place, issuer, signature lines),
never on the text that spans point into.
"""

from __future__ import annotations

import functools
import unicodedata

import regex

# Tone marks (grave, acute, tilde, hook above, dot below); the vowel marks stay.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_SYLLABLE = regex.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"(?P<vowels>[aăâeêioôơuưy]{1,3})(?P<coda>ch|nh|ng|[cmnpt])?"
)
# A piece that may be a split syllable's: consonants only, or a word ending in ă / â.
_SUSPECT = regex.compile(
    r"(?:^|(?<=\s))(?:[bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX]{1,3}"
    r"|\p{L}{0,3}[ăằắẳẵặâầấẩẫậĂẰẮẲẴẶÂẦẤẨẪẬ])(?=\s|$)"
)
_MAX_PIECES = 4
_VOWELS = frozenset("aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")


@functools.lru_cache(maxsize=4096)
def is_syllable(word: str) -> bool:
    """True for a word that is one Vietnamese syllable ("quảng", "TỊCH"; not "ng", "đặ")."""
    bare = unicodedata.normalize("NFD", word.lower())
    bare = unicodedata.normalize("NFC", "".join(c for c in bare if c not in _TONES))
    m = _SYLLABLE.fullmatch(bare)
    if m is None:
        return False
    coda, last = m["coda"], m["vowels"][-1]
    if coda is None:
        return last not in "ăâ"  # ă and â never end a syllable: "đă" is the head of "đăng"
    return coda not in ("ch", "nh") or last in "aêiy"  # "ách", "ếch", "ính", never "ồch"


def _cased(word: str) -> bool:
    """ "Quảng", "quảng" or "QUẢNG": one word's casing, not "QuẢng" or "bKhoản"."""
    return word.isupper() or word[1:].islower()


def _joins(pieces: list[str]) -> list[str]:
    """The best split of a run of letter pieces into words: fewest pieces that are no syllable,
    then fewest syllables swallowed by a join and joined words opening with a vowel (so "CHỦ
    T Ị CH" gives "CHỦ TỊCH", not "CHỦT ỊCH"; "C H Í M I NH" "CHÍ MINH", not "CHÍM INH"),
    then fewest joins."""
    n = len(pieces)
    # best[end]: (cost, joins, size of the last word) of the best split of pieces[:end]; the
    # words are read back from the sizes (a list copied at each step took quadratic time).
    best: list[tuple[int, int, int] | None] = [(0, 0, 0)] + [None] * n
    for end in range(1, n + 1):
        for size in range(1, min(_MAX_PIECES, end) + 1):
            prev = best[end - size]
            if prev is None:
                continue
            part = pieces[end - size : end]
            word = "".join(part)
            if size == 1:
                cost = 0 if is_syllable(word) else 10
            elif is_syllable(word) and _cased(word):
                cost = sum(1 for p in part if is_syllable(p)) + (word[0].lower() in _VOWELS)
            else:
                continue
            cand = (prev[0] + cost, prev[1] + size - 1, size)
            cur = best[end]
            if cur is None or cand[:2] < cur[:2]:
                best[end] = cand
    words: list[str] = []
    end = n
    while end:
        step = best[end]
        assert step is not None  # a piece on its own is always a split
        words.append("".join(pieces[end - step[2] : end]))
        end -= step[2]
    return words[::-1]


def rejoin(text: str) -> str:
    """``text`` with its split syllables joined ("Qu ả ng Ngãi" -> "Quảng Ngãi")."""
    if not _SUSPECT.search(text):
        return text
    out: list[str] = []
    run: list[str] = []
    for word in text.split(" "):
        core = word.rstrip(".,;:")
        if core.isalpha():
            run.append(core)
            if core == word:
                continue
            out.extend(_joins(run))
            out[-1] += word[len(core) :]  # "M inh," keeps its comma
        else:
            out.extend(_joins(run))
            out.append(word)
        run = []
    out.extend(_joins(run))
    return " ".join(out)


def rejoin_name(text: str) -> str:
    """A person's name whose syllables a crawl split into pieces that are syllables each
    ("Ngu y ễn Hữu Tín" -> "Nguyễn Hữu Tín"): each lower-case piece joins the capitalised word
    before it while the join is one syllable. Only a name's words are capitalised, so the
    result is kept only when every word then is; otherwise ``text`` comes back unchanged."""
    words = text.split()
    if len(words) < 3 or not words[0][:1].isupper():
        return text
    out: list[str] = []
    for word in words:
        if out and word[:1].islower() and word.isalpha() and is_syllable(out[-1] + word):
            out[-1] += word
        else:
            out.append(word)
    if len(out) == len(words) or not all(w[:1].isupper() and w[1:].islower() for w in out):
        return text
    return " ".join(out)


__all__ = ["is_syllable", "rejoin", "rejoin_name"]
