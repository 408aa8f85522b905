"""The ``nghiquyet parse`` sub-command: formats, several files, read errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nghiquyet.cli import main
from nghiquyet.models import Document

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_077e01998b7256ce.txt"


def test_json_single_file_is_one_document(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED)]) == 0
    out = capsys.readouterr().out
    doc = Document.model_validate_json(out)
    assert doc.source.path == str(SEED)
    assert "\\u" not in out


def test_json_several_files_is_an_array(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED), str(SEED), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and len(data) == 2
    assert all(d["schema_version"] == "1.0" for d in data)


def test_tree_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED), "--format", "tree"]) == 0
    assert capsys.readouterr().out.startswith(f"Source: {SEED}\nHeader\n")


def test_missing_file_exits_2_and_others_still_print(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "nope.txt"
    assert main(["parse", str(missing), str(SEED), "--format", "tree"]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"nghiquyet: error: {missing}: no such file\n"
    assert f"==> {SEED} <==" in captured.out


def test_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["parse", str(SEED), "--format", "pdf"])
    assert exc.value.code == 2


def test_schema_command_prints_the_versioned_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["schema_version"]["const"] == "1.0"
    assert main(["schema", "--compact"]) == 0
    assert capsys.readouterr().out.count("\n") == 1


@pytest.mark.parametrize("fmt", ["akn", "text", "md", "tree"])
def test_every_format_prints(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "Phạm Văn Hiếu" in out
