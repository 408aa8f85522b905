"""The CLI front: sub-command registry, tokens, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nghiquyet.cli import main

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_077e01998b7256ce.txt"


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "parse" in capsys.readouterr().err


def test_tokens_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tokens", str(SEED)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.split() == ["3:1", "so_ky_hieu", "Số:", "05", "/NQ-HĐND"]


def test_tokens_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tokens", str(SEED), "--format", "json"]) == 0
    tokens = json.loads(capsys.readouterr().out)
    assert tokens[0]["kind"] == "so_ky_hieu"
    assert tokens[0]["groups"] == {"raw": "05 /NQ-HĐND"}


def test_read_error_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tokens", str(tmp_path / "missing.txt")]) == 2
    assert "no such file" in capsys.readouterr().err
