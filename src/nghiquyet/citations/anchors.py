"""Where a citation can start, found fast: the scanner runs its regexes only there.

Running the citation regexes at every offset costs ~1 µs a character. Instead, a few
single-literal scans find *anchors* — the word after a type word ("số", "này", "của", "do"),
a number right after one ("Nghị định 158/2018/NĐ-CP"), a law word ("Luật"), an
internal-reference word ("Điều 5", "khoản 2") — and a short look back over the words before
an anchor finds the type word where the citation starts. Lower-case comparisons run on a
lower-cased copy of the few words read back.

These scans use the standard ``re`` on purpose: a pattern that starts with a literal runs at
substring-search speed there, several times faster than the ``regex`` module, and none of
them needs Unicode properties.
"""

from __future__ import annotations

import re
from enum import Enum

from nghiquyet.citations.patterns import ABBREVIATION_BEFORE, LAW_TYPES, TYPE_WORDS


class Start(Enum):
    """What may start at a candidate offset, choosing the regex the scanner tries there."""

    TYPE = "type"  # a type word: Nghị quyết số ..., Nghị quyết này, Nghị quyết của ...
    LAW = "law"  # a law word: Luật Tổ chức ... ngày ..., Luật Việc làm
    INTERNAL = "internal"  # điểm a khoản 1 Điều 5, Chương II
    LIST_ITEM = "list_item"  # ", số 1732/QĐ-BKHĐT" further on in a list, its type word far back
    BARE = "bare"  # 26/2020/QĐ-TTg with no type word before it: a table cell, "QĐ số", a typo


# Type words by their number of words, lower case: {2: {"nghị quyết", ...}, 4: {...}}.
_TYPES: dict[int, frozenset[str]] = {}
for _name in TYPE_WORDS:
    _n = len(_name.split())
    _TYPES[_n] = _TYPES.get(_n, frozenset()) | {_name.lower()}
_LAW = frozenset(n.lower() for n in LAW_TYPES)
_LONGEST = max(_TYPES)
# Type words by their last word, longest first: {"quyết": ((2, "nghị quyết"), ...)}.
_BY_LAST: dict[str, tuple[tuple[int, str], ...]] = {}
for _size in sorted(_TYPES, reverse=True):
    for _name in sorted(_TYPES[_size]):
        _last = _name.split()[-1]
        _BY_LAST[_last] = (*_BY_LAST.get(_last, ()), (_size, _name))
_LAST_WORDS = frozenset(n.split()[-1] for names in _TYPES.values() for n in names)
MAX_DESCRIPTOR = 6  # words between a type word and "số": "Báo cáo thẩm tra số"
# Word separators read back, so "mới”(Chỉ thị số" still ends in the type word "chỉ thị".
_PUNCT = ":*_()[]“”\"'‘’,;"
_SPLIT = re.compile(r"[\s:*_()\[\]“”\"'‘’,;]+")
_LOOKBACK = 120  # characters read back from an anchor to find its type word

# The word after a type word: "số" or "Số" (one scan, from their "ố"; "SỐ", in titles, is found
# with the other capitals below), then a number: Nghị quyết số 45/2022/QH15; also after a
# portal's note that normalize() blanked: "Nghị quyết số [Khoản này được sửa đổi bởi ...]
# 132/2020/QH14" (see patterns.SO).
_DIGIT_AFTER = r"(?=[ \t:*_]{0,6}(?:\n[ \t*_]{0,4}){0,2}(?:[ ]{10,2000}+)?[0-9])"
_SO = re.compile("ố(?<=[sS]ố)" + _DIGIT_AFTER)


def _after(word: str, capital: bool) -> str:
    """``word`` where a type word may end just before it (``capital``: one whose first letter
    is upper case) — a superset of where :func:`candidates` finds one, cheap to test.

    After a letter and one space, the words before must end a type word spelled with single
    spaces: "Nghị quyết này" and "Thông\ntư của" are kept, "quy định của" and "hợp pháp của"
    are not. Any other separator keeps the word, for the look back to judge.
    """
    ends: dict[str, set[str]] = {}  # by the last letter of the type word
    for size, names in _TYPES.items():
        for name in names:
            words = name.split()
            for j in range(size):
                tail = re.escape(" ".join([*words[j:], word]))
                if j == 0:
                    # The whole name, its first letter upper case (or any case for "này").
                    lower = f"(?<!{tail})" if capital else ""
                    end = f"(?i:(?<={tail})){lower}"
                else:
                    # Its last words, the separator before them not a single space.
                    end = f"(?i:(?<={tail})(?<![^\\W\\d_] {tail}))"
                ends.setdefault(name[-1], set()).add(end)
    # Each group behind a test of the letter before the space: most words fail that.
    letters = "".join(sorted(ends))
    groups = "|".join(
        f"(?i:(?<={re.escape(f'{c} {word}')}))(?:{'|'.join(sorted(ends[c]))})" for c in sorted(ends)
    )
    return (
        rf"{word}(?![^\W\d_])"
        rf"(?:(?<![^\W\d_] {word})|(?i:(?<=[{letters}] {word}))(?:{groups}))"
    )


_AFTER = tuple(
    re.compile(_after(w, capital=w != "này"))
    # Nghị quyết này; các Nghị quyết của ...; ... do ... ban hành; Nghị quyết ngày 28-10-1995
    for w in ("này", "của", "do", "ngày")
)
_THIS = _AFTER[0]  # "này" follows a type word in any case: "quyết định này"
_DATE_WORD = _AFTER[3]  # "ngày" after a type word in sentence case, not a heading's capitals
_LIST_SEP = re.compile(r"(?:[,;]|\svà|\shoặc)[ \t]{0,3}\Z")  # "..., số 1732/QĐ-BKHĐT"
# Nghị định 158/2018/NĐ-CP (no "số"): found from its slash.
# "số" misspelt before that number: "Nghị định sổ 64/2014/NĐ-CP", "Tờ trình so 8468/TTr-STNMT"
_SO_TYPO_BEFORE = re.compile(r"(?<![^\W\d_])(?:[sS]o|sổ|sô)[ \t]{1,3}\Z")
# The sequence number before that slash: "158/", "05 /", party "13-NQ/"
_SEQ_BEFORE = re.compile(
    r"(?<![\w.])[0-9][0-9a-zđ.]{0,8}[ \t]{0,8}"
    r"(?:[-\u2010-\u2015\u2212][ \t]{0,3}[^\W\d_]{1,6}[ \t]{0,3})?\Z"
)
# A number with a year and a code after that slash, for a number no type word names:
# "Quyết định của TTCP ⏎26/2020/QĐ-TTg" (a table flattened to one cell a line), "theo QĐ số
# 22/2013/QĐ-TTg", "Nghi định số 60/2014/NĐ-CP" (a typo in the type word).
_YEAR_CODE_AFTER = re.compile(
    r"/[ \t]{0,8}(?:19|20)[0-9][0-9][ \t]{0,8}/{1,2}[ \t]{0,8}(?:\n[ \t]{0,8}){0,2}[A-ZĐ]"
)
# What may stand before it: not "=" or "%" (a URL), nor a digit and a space ("số 13 7/2026/NĐ-CP",
# a number split by a stray space: its tail is no number).
_BARE_BEFORE = frozenset(" \t\n(|:;,\"“'")
# An older number, no slash after its sequence: "Nghị định 64-CP", "Pháp lệnh 37-L/CTN".
_LEGACY = re.compile(r"(?<![\w./-])[0-9]{1,4}[ \t]?-[ \t]?[A-ZĐ]")
_DASH_CAPITAL = re.compile(r"-[ \t]?[A-ZĐ]")


def _legacy_numbers(text: str, start: int, end: int) -> list[int]:
    """Where a :data:`_LEGACY` number starts in ``[start, end)``: found from its dash and the
    capital after it (a literal search; a digit-class scan would cost four times more), then
    checked with the full regex."""
    found: list[int] = []
    for m in _DASH_CAPITAL.finditer(text, start, end):
        i = m.start()
        before = text[i - 1] if i >= 1 else ""
        if before.isdigit() or (before in (" ", "\t") and i >= 2 and text[i - 2].isdigit()):
            hit = _LEGACY.search(text, max(start, i - 6), m.end())
            if hit is not None and (not found or hit.start() > found[-1]):
                found.append(hit.start())
    return found
# A long issuer after "của" that a colon ends, before "số": its type word stands before "của".
_ISSUER_COLON = re.compile(r"(?<![^\W\d_])của[ \t]+[^\W\d_][^\n:;.]{0,120}:[ \t]*\Z")
_ISSUER_REACH = 140
# Law words as printed ("Bộ luật" is found from its "luật" only after "Bộ"). "Luật" and "Bộ luật"
# come from one literal scan of their shared "uật": ``{letter before it: offset of the start}``.
_LUAT = (re.compile(r"uật(?=\s)(?:(?<=Luật)|(?<=Bộ luật))"), {"L": 1, "l": 4})
_LAW_WORDS = tuple(re.compile(w + r"(?=\s)") for w in ("Pháp lệnh", "Hiến pháp"))
# Upper case words, found from a letter rare outside capitals: "LUẬT" from "Ậ", "SỐ" from "Ố".
_CAPS = {"Ậ": (2, re.compile(r"LUẬT(?=\s)")), "Ố": (1, re.compile("SỐ" + _DIGIT_AFTER))}
# Internal references.
_INTERNAL = (
    re.compile(r"Điều(?=\s{1,3}(?:[0-9]|này))"),  # Điều 5, Điều này
    re.compile(r"khoản(?=\s{1,3}(?:[0-9]|này))"),  # khoản 2 Điều 3
    re.compile(r"điểm(?=\s{1,3}[a-zđ]\W)"),  # điểm a khoản 1
    re.compile(r"Chương(?=\s{1,3}[IVXLC])"),  # Chương II
)

# Each scan with the word it starts with, or None where the regex is quicker on its own (a
# frequent word: "của", "do" in "doanh"). None of the words overlaps itself, so matches never
# overlap. Pairs, not a dict keyed by pattern: hashing a long ``re.Pattern`` costs microseconds.
_AFTER_SCANS = tuple(zip(_AFTER, ("này", None, None, "ngày"), strict=True))
_INTERNAL_SCANS = tuple(zip(_INTERNAL, ("Điều", "khoản", "điểm", "Chương"), strict=True))


# "số" before a number: "báo cáo giải trình số 118/BC-UBND"
_SO_BEFORE = re.compile(r"(?<![^\W\d_])(?:[sS]ố|SỐ)[ \t]{0,3}:?[ \t]{0,3}\Z")


def so_before(text: str, pos: int) -> int:
    """Where a "số" that ends just before ``pos`` starts, else ``pos``."""
    m = _SO_BEFORE.search(text, max(0, pos - 12), pos)
    return pos if m is None else m.start()


def _last_word(text: str, pos: int) -> str:
    """The word just before ``pos``, lower case, without glued punctuation."""
    words = text[max(0, pos - 24) : pos].rsplit(None, 1)
    return words[-1].strip(_PUNCT).lower() if words else ""


def type_word_before(text: str, pos: int, descriptor: bool = False) -> int | None:
    """Start of the type word that ends just before ``pos`` (after up to
    :data:`MAX_DESCRIPTOR` words when ``descriptor``), or None.

    >>> text = "Căn cứ Nghị quyết số 45"
    >>> type_word_before(text, text.index("số"))
    7
    """
    tries = MAX_DESCRIPTOR + 1 if descriptor else 1
    short = _SHORT_LOOKBACK[descriptor]
    if pos > short:
        # Most look backs need a few words only: read a short window first; its answer is
        # the long window's when it holds more words than the look back can reach.
        found = _type_word_in(text, pos, tries, short)
        if found != _TOO_FEW:
            return found
    found = _type_word_in(text, pos, tries, _LOOKBACK)
    return None if found == _TOO_FEW else found


# Short windows that hold enough words 95-99 % of the time (corpus): with, without descriptor.
_SHORT_LOOKBACK = {True: 72, False: 40}
_TOO_FEW = -1  # the window held too few words to decide


def _type_word_in(text: str, pos: int, tries: int, lookback: int) -> int | None:
    """:func:`type_word_before` reading ``lookback`` characters back; :data:`_TOO_FEW` when
    a shorter window than :data:`_LOOKBACK` holds too few whole words to be sure."""
    lo = max(0, pos - lookback)
    seg = text[lo:pos].lower()
    raw = [w for w in _SPLIT.split(seg) if w]
    if lo > 0 and raw and seg[:1].isalnum() and text[lo - 1].isalnum():
        raw = raw[1:]  # the first word may be cut
    n = len(raw)
    if lookback < _LOOKBACK and n < tries + _LONGEST:
        return _TOO_FEW  # a word the look back reads may be cut or missing here
    for skip in range(min(tries, n)):
        last = n - 1 - skip
        for size, name in _BY_LAST.get(raw[last], ()):
            first = last - size + 1
            if first < 0 or (skip and name in _LAW):
                continue
            if size == 1 or " ".join(raw[first : last + 1]) == name:
                idx = len(seg)
                for w in reversed(raw[first:]):
                    idx = seg.rfind(w, 0, idx)
                return lo + idx
    return None


def candidates(text: str, start: int, end: int) -> list[tuple[int, Start]]:
    """Offsets in ``[start, end)`` where a citation may start, sorted, with what may start.

    An offset keeps the first kind found there, except that a law word always wins.
    """
    found: dict[int, Start] = {}
    add = found.setdefault  # the first kind found at an offset stays (but see Start.LAW)
    kind_type, last_words = Start.TYPE, _LAST_WORDS
    numbers = [m.start() - 1 for m in _SO.finditer(text, start, end)]
    numbers = [p for p in numbers if p >= start]
    caps = _capitals(text, start, end)
    for p in sorted(numbers + caps.get("Ố", [])):
        at = type_word_before(text, p, descriptor=True)
        if at is None and text[max(0, p - 4) : p].rstrip(" \t").endswith(":"):
            # "các Quyết định của Bộ trưởng Bộ Lao động - Thương binh và Xã hội: Số 1025/..."
            issuer = _ISSUER_COLON.search(text, max(0, p - _ISSUER_REACH), p)
            if issuer is not None:
                at = type_word_before(text, issuer.start())
        if at is not None:
            add(at, kind_type)
        if _LIST_SEP.search(text, max(0, p - 8), p):
            add(p, Start.LIST_ITEM)
    for scan, word in _AFTER_SCANS:
        this, date = scan is _THIS, scan is _DATE_WORD
        for p in _starts(text, scan, word, start, end):
            if _last_word(text, p) in last_words:
                at = type_word_before(text, p)
                # "quy định của Bộ": only a capitalised type word names a document here;
                # before a date, not an upper-case one ("QUYẾT ĐỊNH" ⏎ "ngày ...": a heading)
                if at is not None and (
                    this or (text[at].isupper() and not (date and text[at + 1].isupper()))
                ):
                    add(at, kind_type)
    find = text.find
    i = find("/", start, end)
    while i != -1:
        if i >= 1 and (text[i - 1].isalnum() or text[i - 1] in " \t"):
            seq = _SEQ_BEFORE.search(text, max(0, i - 24), i)
            if seq is not None:
                p = seq.start()
                if p > 1 and text[p - 1] in " \t":
                    typo = _SO_TYPO_BEFORE.search(text, max(0, p - 8), p)
                    if typo is not None:
                        p = typo.start()
                at = None
                if p > 1 and text[p - 1] in " \t:\n" and _last_word(text, p) in last_words:
                    at = type_word_before(text, p)
                    if at is not None:
                        add(at, kind_type)
                p = seq.start()
                if (
                    at is None
                    and (p == 0 or text[p - 1] in _BARE_BEFORE)
                    and not (p >= 2 and text[p - 1] in " \t" and text[p - 2].isdigit())
                    and (
                        _YEAR_CODE_AFTER.match(text, i)
                        or ABBREVIATION_BEFORE.search(text, max(0, p - 12), p)
                        or type_word_before(text, so_before(text, p), descriptor=True) is not None
                    )
                ):
                    add(p, Start.BARE)
        i = find("/", i + 1, end)
    for p in _legacy_numbers(text, start, end):
        # Nghị định 64-CP (an older number without "số" nor a slash)
        if p > 1 and text[p - 1] in " \t:\n" and _last_word(text, p) in last_words:
            at = type_word_before(text, p)
            if at is not None:
                add(at, kind_type)
    scan, back = _LUAT
    laws = [m.start() - back[text[m.start() - 1]] for m in scan.finditer(text, start, end)]
    laws += caps.get("Ậ", [])
    for scan in _LAW_WORDS:
        laws += [m.start() for m in scan.finditer(text, start, end)]
    for p in laws:
        if p >= start and (p == 0 or not text[p - 1].isalpha()):  # not inside another word
            found[p] = Start.LAW
    kind_internal = Start.INTERNAL
    for scan, word in _INTERNAL_SCANS:
        for p in _starts(text, scan, word, start, end):
            if p == 0 or not text[p - 1].isalpha():
                add(p, kind_internal)
    return sorted(found.items())


def _starts(text: str, scan: re.Pattern[str], word: str | None, start: int, end: int) -> list[int]:
    """``[m.start() for m in scan.finditer(text, start, end)]`` for a scan whose every match
    starts with ``word``: ``str.find`` runs faster than ``re`` does once the word has
    look-arounds, which are then tried only where the word stands."""
    if word is None:
        return [m.start() for m in scan.finditer(text, start, end)]
    found = []
    find, match = text.find, scan.match
    i = find(word, start, end)
    while i != -1:
        if match(text, i, end):
            found.append(i)
        i = find(word, i + len(word), end)
    return found


def _capitals(text: str, start: int, end: int) -> dict[str, list[int]]:
    """Where each word of :data:`_CAPS` starts in ``[start, end)``, by its rare letter."""
    found: dict[str, list[int]] = {}
    find = text.find
    for letter, (back, word) in _CAPS.items():
        i = find(letter, start, end)
        while i != -1:
            if i - back >= start and word.match(text, i - back, end):
                found.setdefault(letter, []).append(i - back)
            i = find(letter, i + 1, end)
    return found


__all__ = ["MAX_DESCRIPTOR", "Start", "candidates", "so_before", "type_word_before"]
