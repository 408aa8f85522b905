"""The shortcuts the scanner takes for speed give the answers of the slow paths they skip."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nghiquyet.citations import relation
from nghiquyet.citations.anchors import _LOOKBACK, MAX_DESCRIPTOR, _type_word_in, type_word_before
from nghiquyet.citations.canonical import parse_number
from nghiquyet.citations.find import find_citations
from nghiquyet.citations.resolve import _families, _family, _same_family

WORDS = st.sampled_from(
    [
        "Nghị", "quyết", "định", "Quyết", "Thông", "tư", "liên", "tịch", "Báo", "cáo", "thẩm",
        "tra", "Luật", "luật", "Bộ", "của", "số", "này", "do", "và", ",", ";", "(", ")", "“",
        "”", ":", "\n", "Chỉ", "thị", "Kế", "hoạch", "Công", "văn", "hỏa", "tốc", "xyz",
        "giải", "Tờ", "trình", "Hiến", "pháp", "Pháp", "lệnh", "45/2022/QH15", "Điều", "5",
    ]
)  # fmt: skip
SEPARATORS = st.sampled_from([" ", "  ", "", "\t", ", ", ":", "\n"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(WORDS, SEPARATORS), min_size=1, max_size=60), st.booleans())
def test_short_look_back_agrees_with_the_full_one(words: list[tuple[str, str]], desc: bool) -> None:
    text = "".join(w + s for w, s in words) + "số 45"
    for pos in range(len(text) + 1):
        tries = MAX_DESCRIPTOR + 1 if desc else 1
        assert type_word_before(text, pos, desc) == _type_word_in(text, pos, tries, _LOOKBACK)


NUMBERS = [
    "45/2022/QH", "45/2022/QH15", "045/2022/QH15", "45/2022/QH14", "45/2021/QH15",
    "31/2024/QH14", "31/2024/QH15", "45/2022/UBTVQH15", "45/2022/NQ-UBTVQH15", "15/2022/NĐ-CP",
    "13-NQ/TW", "45/NQ-CP", "45/2022/NQ-CP", "5/2022/QH15",
]  # fmt: skip


def test_families_are_what_same_family_accepts() -> None:
    parts = [p for n in NUMBERS if (p := parse_number(n)) is not None]
    cites = find_citations("; ".join(f"Nghị quyết số {n}" for n in NUMBERS))
    families = _families(cites)
    for bad in parts:
        grouped = [good for _, good in families.get(_family(bad), [])]
        expected = [
            g for c in cites if (g := parse_number(c.number or "")) and _same_family(bad, g)
        ]
        assert grouped == expected


def test_found_citations_set_the_fields_they_always_set() -> None:
    (c,) = find_citations("Căn cứ Nghị định số 15/2022/NĐ-CP;")
    assert c.model_fields_set == set(type(c).model_fields) - {"resolved_id"}


def test_found_citations_are_what_validation_builds() -> None:
    text = (
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Nghị quyết số 45/2022/QH15 "
        "của Quốc hội về thí điểm; điểm a khoản 1 Điều 5 Nghị định số 15/2022/NĐ-CP; Chương II;"
        " các Nghị quyết của Trung ương; Luật Việc làm; Nghị quyết này; Quyết định số 1731/QĐ-"
        "BKHĐT ngày 01/02/2022, số 1732/QĐ-BKHĐT; Chỉ thị 13-CT/TW"
    )
    found = find_citations(text)
    assert len(found) >= 9
    for c in found:
        valid = type(c).model_validate(c.model_dump())
        assert valid == c
        assert valid.model_dump_json() == c.model_dump_json()
        for name in type(c).model_fields:
            assert type(getattr(valid, name)) is type(getattr(c, name)), name
        assert type(valid.span.start) is type(c.span.start)


RELATION_WORDS = st.sampled_from(
    [
        "được", "bị", "sửa", "đổi", "bổ", "sung", "bởi", "theo", "tại", "Căn", "căn", "cứ",
        "vào", "bãi", "bỏ", "hết", "hiệu", "lực", "thay", "thế", "kèm", "hướng", "dẫn", "quy",
        "định", "chi", "tiết", "thực", "hiện", "triển", "khai", "một", "số", "điều", "Luật",
        "hếtthay", "bịt", ".", ";", ":", "\n\n", "xyz",
    ]
)  # fmt: skip


def _relation_by_overlapped_scan(text: str, start: int, floor: int = 0) -> object:
    """relation_before() as first written: every overlapping match of the phrases."""
    window = text[max(floor, start - relation.WINDOW) : start]
    cut = 0
    for m in relation._CLAUSE_END.finditer(window):
        cut = m.end()
    best = None
    for m in relation._PHRASES.finditer(window, cut, overlapped=True):
        key = (m.end(), -(m.lastindex - 1))
        if best is None or key > best:
            best = key
    return relation.RELATION_PHRASES[-best[1]][0] if best else None


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(RELATION_WORDS, SEPARATORS), min_size=1, max_size=40))
def test_relation_from_first_words_is_the_overlapped_scan(words: list[tuple[str, str]]) -> None:
    text = "".join(w + s for w, s in words) + "Luật số 1"
    for pos in range(0, len(text) + 1, 3):
        assert relation.relation_before(text, pos) == _relation_by_overlapped_scan(text, pos)
