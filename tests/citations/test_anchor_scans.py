"""The grouped and merged anchor scans find what one literal scan per word found."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nghiquyet.citations import anchors as A
from nghiquyet.citations import patterns as P
from nghiquyet.citations.anchors import Start, candidates
from nghiquyet.citations.find import _Scanner
from nghiquyet.normalize import normalize

PIECES = st.sampled_from(
    [
        "Nghị", "quyết", "định", "Quyết", "NGHỊ", "QUYẾT", "Thông", "tư", "liên", "tịch", "Báo",
        "cáo", "Luật", "luật", "LUẬT", "Bộ", "BỘ", "Pháp", "pháp", "lệnh", "Hiến", "hiến", "của",
        "Của", "số", "Số", "SỐ", "này", "do", "doanh", "và", ",", ";", "(", ")", "“", "”", ":",
        "\n", "*", "Chỉ", "thị", "Công", "văn", "Điều", "khoản", "điểm", "Chương", "II", "a)",
        "45/2022/QH15", "5", "12", "ſ", "K", "ố", "Ố", "uật", "háp", "quy", "ban", "hành",
        "Bộ luật", "Pháp lệnh", "Hiến pháp", "số 5", "SỐ 12", "Số: 45", "Nghị quyết này",
        "ngày", "ngày 5", "QĐ", "CV số", "950/QĐ-TTg",
    ]
)  # fmt: skip
SEPARATORS = st.sampled_from([" ", "  ", "", "\t", ", ", ":", "\n", " \n "])
TEXTS = st.lists(st.tuples(PIECES, SEPARATORS), max_size=50).map(
    lambda words: "".join(w + s for w, s in words)
)


def _after_flat(word: str, capital: bool) -> str:
    """``anchors._after`` as it was: one flat alternation, the look-ahead last."""
    ends = set()
    for size, names in A._TYPES.items():
        for name in names:
            words = name.split()
            for j in range(size):
                tail = re.escape(" ".join([*words[j:], word]))
                if j == 0:
                    lower = f"(?<!{tail})" if capital else ""
                    ends.add(f"(?i:(?<={tail})){lower}")
                else:
                    ends.add(f"(?i:(?<={tail})(?<![^\\W\\d_] {tail}))")
    return rf"{word}(?:(?<![^\W\d_] {word})|{'|'.join(sorted(ends))})(?![^\W\d_])"


_FLAT_AFTER = tuple(
    re.compile(_after_flat(w, capital=w != "này")) for w in ("này", "của", "do", "ngày")
)
_SO_WORDS = tuple(re.compile(w + A._DIGIT_AFTER) for w in ("số", "Số", "SỐ"))
_ALL_LAW_WORDS = tuple(
    re.compile(w + r"(?=\s)") for w in ("Luật", "LUẬT", "Bộ luật", "Pháp lệnh", "Hiến pháp")
)


def _candidates_one_scan_a_word(text: str, start: int, end: int) -> list[tuple[int, Start]]:
    """``candidates`` with a literal scan for each word, as it was."""
    found: dict[int, Start] = {}
    add = found.setdefault
    for scan in _SO_WORDS:
        for m in scan.finditer(text, start, end):
            p = m.start()
            at = A.type_word_before(text, p, descriptor=True)
            if at is not None:
                add(at, Start.TYPE)
            if A._LIST_SEP.search(text, max(0, p - 8), p):
                add(p, Start.LIST_ITEM)
    for scan in _FLAT_AFTER:
        for m in scan.finditer(text, start, end):
            p = m.start()
            if A._last_word(text, p) in A._LAST_WORDS:
                at = A.type_word_before(text, p)
                # before "ngày", not an upper-case type word (a heading)
                caps = scan is _FLAT_AFTER[3] and text[at + 1].isupper() if at is not None else 0
                if at is not None and (scan is _FLAT_AFTER[0] or (text[at].isupper() and not caps)):
                    add(at, Start.TYPE)
    i = text.find("/", start, end)
    while i != -1:
        if i >= 1 and (text[i - 1].isalnum() or text[i - 1] in " \t"):
            seq = A._SEQ_BEFORE.search(text, max(0, i - 24), i)
            if seq is not None:
                p = seq.start()
                at = None
                if p > 1 and text[p - 1] in " \t:\n" and A._last_word(text, p) in A._LAST_WORDS:
                    at = A.type_word_before(text, p)
                    if at is not None:
                        add(at, Start.TYPE)
                split = p >= 2 and text[p - 1] in " \t" and text[p - 2].isdigit()
                before = p == 0 or text[p - 1] in A._BARE_BEFORE
                named = (
                    A._YEAR_CODE_AFTER.match(text, i)
                    or P.ABBREVIATION_BEFORE.search(text[:p])
                    or A.type_word_before(text, A.so_before(text, p), descriptor=True) is not None
                )
                if at is None and before and not split and named:
                    add(p, Start.BARE)
        i = text.find("/", i + 1, end)
    for m in A._LEGACY.finditer(text, start, end):  # the regex alone, slow, as it was
        p = m.start()
        if p > 1 and text[p - 1] in " \t:\n" and A._last_word(text, p) in A._LAST_WORDS:
            at = A.type_word_before(text, p)
            if at is not None:
                add(at, Start.TYPE)
    for scan in _ALL_LAW_WORDS:
        for m in scan.finditer(text, start, end):
            p = m.start()
            if p == 0 or not text[p - 1].isalpha():
                found[p] = Start.LAW
    for scan in A._INTERNAL:
        for m in scan.finditer(text, start, end):
            p = m.start()
            if p == 0 or not text[p - 1].isalpha():
                add(p, Start.INTERNAL)
    return sorted(found.items())


@settings(max_examples=600, deadline=None)
@given(TEXTS)
def test_grouped_after_scans_match_the_flat_ones(text: str) -> None:
    for grouped, flat in zip(A._AFTER, _FLAT_AFTER, strict=True):
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]


@settings(max_examples=600, deadline=None)
@given(TEXTS, st.integers(0, 30), st.integers(0, 30))
def test_candidates_match_one_scan_a_word(text: str, cut_start: int, cut_end: int) -> None:
    start, end = min(cut_start, len(text)), max(0, len(text) - cut_end)
    assert candidates(text, start, end) == _candidates_one_scan_a_word(text, start, end)


def test_the_letter_tests_agree_with_the_names_in_any_case() -> None:
    # Any character in place of a type word's last letter: the grouped scans decide as the
    # flat ones (the letter test before each group folds case as the names' look-behinds).
    by_letter = {n[-1]: n for names in A._TYPES.values() for n in sorted(names)}
    chars = [*map(chr, range(0x250)), *map(chr, range(0x1E00, 0x1F00)), *"ſKİıẞΩÅ"]
    for name in by_letter.values():
        for head in (name[:-1], name[:-1].capitalize(), name[:-1].upper()):
            for ch in chars:
                for (word, grouped), flat in zip(
                    zip(("này", "của", "do", "ngày"), A._AFTER, strict=True),
                    _FLAT_AFTER,
                    strict=True,
                ):
                    text = f"{head}{ch} {word}"
                    at = len(text) - len(word)
                    assert (grouped.match(text, at) is None) == (flat.match(text, at) is None)


def test_bare_type_regex_is_the_full_one_without_numbers() -> None:
    for text in ["Nghị quyết này", "các Nghị quyết của Trung ương", "Quyết định do Bộ trưởng"]:
        full, bare = P.TYPE_CITATION.match(text, 0), P.TYPE_BARE_CITATION.match(text, 0)
        if full is None:
            assert bare is None
            continue
        assert bare is not None and full.span() == bare.span()
        assert full["type"] == bare["type"]


class _AlwaysAhead(_Scanner):
    def _number_ahead(self, at: int) -> bool:
        return True


CLAUSES = st.lists(
    st.sampled_from(
        [
            "Luật Đất đai", "Luật Tổ chức Chính phủ", "Bộ luật Dân sự", "Luật này", "Luật",
            "ngày 19 tháng 6 năm 2015", "ngày 5/6/2020", "số 45/2022/QH15", "số", "ngày",
            "Nghị quyết", "Nghị định của Chính phủ", "Quyết định", "này", "của", "Bộ Tài chính",
            "được Quốc hội thông qua", "năm 2019", ";", ".", ",", "\n", "\n\n", "về",
            "15/2022/NĐ-CP", "Trung ương", "Điều 5", "khoản 2", "hướng dẫn", "Việc làm", "5", "a",
        ]
    ),
    max_size=30,
).map(" ".join)  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(CLAUSES)
def test_no_digit_ahead_means_no_number_nor_date(text: str) -> None:
    norm = normalize(text)
    fast = _Scanner(norm.text, 0, len(norm.text)).run()
    assert fast == _AlwaysAhead(norm.text, 0, len(norm.text)).run()
