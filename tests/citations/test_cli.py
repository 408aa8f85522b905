"""``nghiquyet cite``: json and table output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nghiquyet.cli import main

TEXT = """NGHỊ QUYẾT
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 15/2019/NĐ-CP ngày 01 tháng 02 năm 2019 của Chính phủ;
Xét Tờ trình số 138/TTr-UBND ngày 20 tháng 6 năm 2022;
QUYẾT NGHỊ:
Điều 1. Thực hiện khoản 2 Điều này và Nghị quyết số 13-NQ/TW.
"""


@pytest.fixture
def doc_file(tmp_path: Path) -> Path:
    path = tmp_path / "nq.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_json(doc_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite", "--format", "json", str(doc_file)]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["number"] or r["date"] for r in records] == [
        "2015-06-19",
        "15/2019/NĐ-CP",
        "138/TTr-UBND",
        "13-NQ/TW",
    ]
    assert {r["file"] for r in records} == {str(doc_file)}
    assert records[0]["resolved_id"] == "77/2015/QH13"


def test_table_all_kinds(doc_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite", "--all", str(doc_file)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:3] == ["LINE", "KIND", "TYPE"]
    assert any("internal" in line and "khoản 2 Điều này" in line for line in out)


def test_table_keeps_resolved_id_and_pinpoint_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "pin.txt"
    path.write_text(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Theo khoản 2 Điều 3 Nghị định số 15/2022/NĐ-CP.\n",
        encoding="utf-8",
    )
    assert main(["cite", str(path)]) == 0
    head, law, decree = capsys.readouterr().out.splitlines()
    cols = head.split()
    assert cols[5:7] == ["RESOLVED", "TARGET"]
    at = head.index("RESOLVED"), head.index("TARGET"), head.index("TEXT")
    assert law[at[0] : at[1]].strip() == "77/2015/QH13"
    assert law[at[1] : at[2]].strip() == ""
    assert decree[at[0] : at[1]].strip() == ""
    assert decree[at[1] : at[2]].strip() == "art_3__para_2"


def test_basis_only(doc_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite", "--basis", "-f", "json", str(doc_file)]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["number"] or r["date"] for r in records] == ["2015-06-19", "15/2019/NĐ-CP"]


def test_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite", str(tmp_path / "missing.txt")]) == 2
    assert "missing.txt" in capsys.readouterr().err
