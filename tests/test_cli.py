"""The CLI front: sub-command registry, tokens, exit codes."""

from __future__ import annotations

import io
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


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_parse_reads_stdin_bytes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    """``-`` is standard input, decoded like a file (a UTF-16 export too)."""
    _stdin(monkeypatch, SEED.read_text(encoding="utf-8").encode(encoding))
    assert main(["parse", "-"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["header"]["number"] == "05/NQ-HĐND"
    assert [n["number"] for n in doc["body"]] == ["1", "2", "3", "4"]


def test_parse_empty_stdin_is_a_read_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"")
    assert main(["parse", "-"]) == 2
    assert capsys.readouterr().err.strip() == "nghiquyet: error: -: empty file: no bytes to read"


def test_tokens_and_cite_read_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, SEED.read_bytes())
    assert main(["tokens", "-"]) == 0
    assert capsys.readouterr().out.splitlines()[0].split()[:2] == ["3:1", "so_ky_hieu"]
    _stdin(monkeypatch, SEED.read_bytes())
    assert main(["cite", "-", "--format", "json"]) == 0
    numbers = [c["number"] for c in json.loads(capsys.readouterr().out)]
    assert "13-NQ/TW" in numbers
