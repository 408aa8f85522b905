"""The validator on real documents of the dev corpus (read from ../shared, never copied).

Official Gazette (Công báo) and Quốc hội texts are correct official documents: no rule may
fire on them. The seed has exactly its two real mistakes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nghiquyet.parser import parse_text
from nghiquyet.readers import read_path
from nghiquyet.validate import validate

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev"
OFFICIAL = sorted([*DEV.glob("congbao__*.txt"), *DEV.glob("ubtvqh-dvhcvn__*.md")])


def _check(path: Path) -> list[tuple[int, str, str]]:
    text = read_path(path).text
    return [(f.line, f.code, f.message) for f in validate(parse_text(text), text)]


def test_seed_has_exactly_its_real_findings() -> None:
    found = _check(DEV / "seed__05-NQ-HDND-cantho-2022.md")
    assert [(line, code) for line, code, _ in found] == [(3, "NQ103"), (47, "NQ401")]
    assert "'05 /NQ-HĐND'" in found[0][2]
    assert "'45/2022/QH'" in found[1][2]


def test_the_corpus_is_there() -> None:
    assert len(OFFICIAL) >= 10


@pytest.mark.parametrize("path", OFFICIAL, ids=lambda p: p.name[:40])
def test_official_documents_are_clean(path: Path) -> None:
    assert _check(path) == []


def test_date_conflict_in_a_real_resolution() -> None:
    """NQ 11/2025/NQ-HĐND of Hà Nội cites 22/2022/NQ-HĐND as of 08/12/2022 and of 18/12/2022."""
    found = _check(DEV / "hanoi-ragdemo__NQso11.2025.md")
    conflicts = [m for _, code, m in found if code == "NQ402"]
    assert conflicts and all("22/2022/NQ-HĐND" in m for m in conflicts)
