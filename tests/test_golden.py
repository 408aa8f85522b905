"""Golden test: the seed's full JSON tree, reviewed by hand (fixtures/parser/).

Regenerate with ``pytest tests/test_golden.py --update-golden`` and read every line of the
diff before committing it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nghiquyet import parse_text

ROOT = Path(__file__).resolve().parents[1]
CASES = [("seeds/000_077e01998b7256ce.txt", "fixtures/parser/seed.expected.json")]


@pytest.mark.parametrize(("source", "expected"), CASES)
def test_golden(source: str, expected: str, update_golden: bool) -> None:
    text = (ROOT / source).read_text(encoding="utf-8")
    got = parse_text(text).model_dump(mode="json")
    path = ROOT / expected
    if update_golden:
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    want = json.loads(path.read_text(encoding="utf-8"))
    assert got == want
