"""Parse-based fixtures: each ``fixtures/validate/<name>.md`` beside ``<name>.findings`` (one
``LINE CODE`` per expected finding). Together they make every default rule fire at least once
on text laid out as the official forms are; ``clean-*.md`` must give no finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from nghiquyet.models import SourceInfo
from nghiquyet.parser import parse_text
from nghiquyet.validate import RULES, validate

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "validate"
DOCUMENTS = sorted(FIXTURES.glob("*.md"))


def _findings(path: Path) -> list[tuple[int, str]]:
    text = path.read_text(encoding="utf-8")
    doc = parse_text(text, source=SourceInfo(path=str(path)))
    return [(f.line, f.code) for f in validate(doc, text)]


def _expected(path: Path) -> list[tuple[int, str]]:
    lines = path.with_suffix(".findings").read_text(encoding="utf-8").split()
    return [(int(n), c) for n, c in zip(lines[::2], lines[1::2], strict=True)]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_fixture_findings(path: Path) -> None:
    assert _findings(path) == _expected(path)


def test_clean_fixtures_are_clean() -> None:
    clean = [p for p in DOCUMENTS if p.stem.startswith("clean-")]
    assert clean
    assert all(_expected(p) == [] for p in clean)


def test_every_default_rule_fires_in_some_fixture() -> None:
    fired = {code for p in DOCUMENTS for _, code in _expected(p)}
    assert {c for c, r in RULES.items() if r.default and c.startswith("NQ")} <= fired
