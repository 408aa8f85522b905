"""The eId scheme shared by the AKN writer and internal-reference resolution."""

from __future__ import annotations

import pytest

from nghiquyet.models import NodeKind
from nghiquyet.writers.eids import clean_number, eid_for, nested

K = NodeKind


@pytest.mark.parametrize(
    ("path", "eid"),
    [
        ([(K.DIEU, "1")], "art_1"),
        ([(K.DIEU, "2"), (K.KHOAN, "3"), (K.DIEM, "a")], "art_2__para_3__point_a"),
        ([(K.CHUONG, "II"), (K.DIEU, "5")], "art_5"),
        ([(K.PHAN, "1"), (K.CHUONG, "I"), (K.MUC, "2")], "part_1__chp_I__sec_2"),
        ([(K.DIEU, "10a"), (K.KHOAN, "1a")], "art_10a__para_1a"),
        ([(K.DIEU, "3"), (K.KHOAN, "1"), (K.DIEM, "đ")], "art_3__para_1__point_đ"),
    ],
)
def test_eid_for(path: list[tuple[NodeKind, str]], eid: str) -> None:
    assert eid_for(path) == eid


def test_eid_for_with_attachment_prefix() -> None:
    assert eid_for([(K.DIEU, "1")], prefix="att_1") == "att_1__art_1"


def test_nested_matches_eid_for() -> None:
    chapter = nested("", K.CHUONG, "I")
    article = nested(chapter, K.DIEU, "2")
    assert nested(nested(article, K.KHOAN, "3"), K.DIEM, "a") == "art_2__para_3__point_a"
    assert nested("att_1__chp_I", K.DIEU, "2", root="att_1") == "att_1__art_2"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [(" 2 ", "2"), ("a.1", "a.1"), ("-", "nn"), ("thứ nhất", "thứ-nhất"), ("1)", "1")],
)
def test_clean_number(raw: str, clean: str) -> None:
    assert clean_number(raw) == clean
