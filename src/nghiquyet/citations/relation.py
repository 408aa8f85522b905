"""What the citing sentence says about a cited document: the verb phrase just before it.

A table, not a ladder: each row is (relation, phrase). The phrase that ends nearest to the
citation, within its clause, wins; on a tie the earlier row wins ("được sửa đổi, bổ sung bởi"
before "sửa đổi").
"""

from __future__ import annotations

import regex

from nghiquyet.models import Relation

RELATION_PHRASES: tuple[tuple[Relation, str], ...] = (
    # Luật số 80/2015/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 63/2020/QH14
    (
        Relation.AMENDED_BY,
        r"(?:được|bị)\s+sửa\s+đổi(?:,?\s+bổ\s+sung)?(?:\s+một\s+số\s+điều)?\s+(?:bởi|theo|tại)",
    ),
    (Relation.BASIS, r"[Cc]ăn\s+cứ(?:\s+vào)?"),  # Căn cứ Nghị định số 15/2019/NĐ-CP
    (Relation.REPEALS, r"bãi\s+bỏ|hết\s+hiệu\s+lực"),  # bãi bỏ Thông tư số 09/2024/TT-BTTTT
    (Relation.REPLACES, r"thay\s+thế"),  # thay thế Quyết định số 290/2005/QĐ-TTg
    (Relation.AMENDS, r"sửa\s+đổi|bổ\s+sung"),  # sửa đổi, bổ sung Thông tư 43/2025/TT-BCT
    (Relation.ATTACHES, r"kèm\s+theo"),  # Ban hành kèm theo Quyết định số 16/2026/QĐ-UBND
    (Relation.GUIDES, r"hướng\s+dẫn|quy\s+định\s+chi\s+tiết"),  # hướng dẫn Nghị định 120/2020
    (Relation.IMPLEMENTS, r"thực\s+hiện|triển\s+khai"),  # thực hiện Nghị quyết số 59-NQ/TW
)

_PHRASES = regex.compile(
    "|".join(f"(?P<r{i}>(?<!\\p{{L}})(?:{p}))" for i, (_, p) in enumerate(RELATION_PHRASES)),
    regex.IGNORECASE,
)
_CLAUSE_END = regex.compile(r"[.;:]\s|\n[ \t]*\n")
# The first word of every phrase: a window without one states no relation (a cheap test).
_FIRST_WORDS = regex.compile(
    r"được|bị|căn|bãi|hết|thay|sửa|bổ|kèm|hướng|quy|thực|triển", regex.IGNORECASE
)
WINDOW = 90  # how far before the citation a phrase may stand


def relation_before(text: str, start: int, floor: int = 0) -> Relation | None:
    """The relation stated just before ``text[start:]``, looking no further back than ``floor``.

    >>> s = "Luật số 80/2015/QH13 được sửa đổi, bổ sung bởi Luật số 63/2020/QH14"
    >>> relation_before(s, s.index("Luật số 63"))
    <Relation.AMENDED_BY: 'amended_by'>
    """
    lo = max(floor, start - WINDOW)
    window = text[lo:start]
    firsts = [m.start() for m in _FIRST_WORDS.finditer(window)]
    if not firsts:
        return None
    cut = 0
    for m in _CLAUSE_END.finditer(window):
        cut = m.end()
    best: tuple[int, int] | None = None
    # Every phrase starts with one of the first words, and no first word holds another: the
    # phrases tried where a first word starts are all the overlapping matches there are.
    match = _PHRASES.match
    for at in firsts:
        if at < cut or (m := match(window, at)) is None:
            continue
        row = m.lastindex - 1  # the one group that took part: r0, r1, ... (no nested groups)
        key = (m.end(), -row)
        if best is None or key > best:
            best = key
    return RELATION_PHRASES[-best[1]][0] if best else None


__all__ = ["RELATION_PHRASES", "relation_before"]
