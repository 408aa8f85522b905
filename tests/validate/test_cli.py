"""``nghiquyet validate`` and ``nghiquyet rules`` end to end: exit codes, selection,
configuration, per-file ignores, folders, formats."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from nghiquyet.cli import main

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "validate"
CLEAN = FIXTURES / "clean-nghi-quyet.md"
BROKEN = FIXTURES / "broken-nghi-quyet.md"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["validate", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def codes(out: str) -> list[str]:
    return [f["code"] for f in json.loads(out)["findings"]]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with a clean and a broken document and no configuration yet."""
    (tmp_path / "docs" / "drafts").mkdir(parents=True)
    shutil.copy(CLEAN, tmp_path / "docs" / "clean.md")
    shutil.copy(BROKEN, tmp_path / "docs" / "drafts" / "broken.md")
    (tmp_path / "docs" / "notes.json").write_text("{}", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_clean_file_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(CLEAN))
    assert (code, out) == (0, "All checks passed (1 file).\n")


def test_findings_exit_1_and_show_file_line_col(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(BROKEN))
    assert code == 1
    assert f"{BROKEN}:4:1: NQ104 [error]" in out
    assert "  4 | Số: 12 /QĐ-UBND" in out


def test_fail_on_threshold(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(capsys, str(BROKEN), "--select", "NQ103,NQ113", "--fail-on", "error")
    assert code == 0
    code, _, _ = run(capsys, str(BROKEN), "--select", "NQ103,NQ113")
    assert code == 1


def test_select_and_ignore_prefixes(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, str(BROKEN), "--select", "NQ1", "--ignore", "NQ10", "-f", "json")
    assert codes(out) == ["NQ113"]
    _, out, _ = run(capsys, str(BROKEN), "--ignore", "NQ1,NQ2,NQ3,NQ4,NQ501,NQ503", "-f", "json")
    assert codes(out) == ["NQ504"]


def test_unknown_code_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(CLEAN), "--select", "NQ999")
    assert (code, out) == (2, "")
    assert "unknown rule code(s): NQ999" in err


def test_missing_path_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "no/such/file.md")
    assert code == 2 and "no such file or directory" in err


def test_unreadable_file_exits_2_but_others_are_checked(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "docs" / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)
    code, out, err = run(capsys, "docs", "-f", "json")  # a folder's .doc files are checked
    assert code == 2
    assert "corrupt .doc" in err
    data = json.loads(out)
    assert data["files"] == 2 and data["errors"][0]["path"] == "docs/old.doc"


def test_folder_is_searched_for_documents(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, "docs", "-f", "json")
    data = json.loads(out)
    assert data["files"] == 2  # notes.json is not a document
    assert {f["path"] for f in data["findings"]} == {str(Path("docs/drafts/broken.md"))}


def test_pyproject_configuration(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.nghiquyet.validate]\nselect = ["NQ1"]\n'
        'ignore = ["NQ103"]\nfail-on = "error"\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "docs", "-f", "json")
    assert codes(out) == ["NQ104", "NQ105", "NQ113"] and code == 1
    code, out, _ = run(capsys, "docs", "-f", "json", "--select", "NQ113")
    assert codes(out) == ["NQ113"] and code == 0  # a warning under fail-on = "error"


def test_nghiquyet_toml_with_per_file_ignores(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "nghiquyet.toml").write_text(
        '[validate]\nextend-select = ["NQ001"]\n'
        '[validate.per-file-ignores]\n"docs/drafts/*" = ["NQ1", "NQ2", "NQ3", "NQ4", "NQ5"]\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "docs", "-f", "json")
    found = json.loads(out)["findings"]
    assert found and {f["code"] for f in found} == {"NQ001"}  # NQ1-NQ5 dropped in drafts/
    (project / "nghiquyet.toml").write_text(
        '[validate.per-file-ignores]\n"broken.md" = ["ALL"]\n', encoding="utf-8"
    )
    code, out, _ = run(capsys, "docs", "-f", "json")
    assert codes(out) == [] and code == 0


def test_bad_configuration_is_a_usage_error(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "nghiquyet.toml").write_text('[validate]\nselct = ["NQ1"]\n', encoding="utf-8")
    code, _, err = run(capsys, "docs")
    assert code == 2 and "unknown key(s) selct" in err


def test_sarif_and_github_formats(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, str(BROKEN), "-f", "sarif")
    assert json.loads(out)["runs"][0]["results"][0]["ruleId"] == "NQ103"
    _, out, _ = run(capsys, str(BROKEN), "-f", "github")
    assert out.splitlines()[0].startswith(f"::warning file={BROKEN},line=4,col=1,title=NQ103")


def test_rules_lists_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("NQ001  warning  parser-diagnostic")
    assert lines[0].endswith("(off)")
    assert any(line.startswith("NQ504  error    signatory-authority") for line in lines)


def test_rules_explains_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "nq113"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("NQ113 date-padding [warning]\n")
    assert "Wrong:\n    Cần Thơ, ngày 8 tháng 7 năm 2022" in out
    assert "Right:\n    Cần Thơ, ngày 08 tháng 7 năm 2022" in out
    assert "Source: Nghị định 30/2020/NĐ-CP" in out


def test_rules_json_and_unknown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "NQ5", "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["code"] for r in data] == ["NQ501", "NQ502", "NQ503", "NQ504"]
    assert main(["rules", "XX1"]) == 2
    capsys.readouterr()
    assert main(["rules", "NQ203", "-f", "markdown"]) == 0
    assert capsys.readouterr().out.startswith(
        "### Structure (NQ2xx)\n\n#### NQ203 `clause-sequence`"
    )


def test_stdin_is_reported_under_stdin_filename(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-`` reads standard input; --stdin-filename names it and per-file-ignores match it."""
    data = BROKEN.read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code, out, _ = run(capsys, "-", "--stdin-filename", "docs/drafts/x.md")
    assert code == 1
    assert "docs/drafts/x.md:4:1: NQ104 [error]" in out
    (project / "pyproject.toml").write_text(
        '[tool.nghiquyet.validate]\nper-file-ignores = {"docs/drafts/*" = ["ALL"]}\n',
        encoding="utf-8",
    )
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code, out, _ = run(capsys, "-", "--stdin-filename", "docs/drafts/x.md")
    assert (code, out) == (0, "All checks passed (1 file).\n")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8"))
    code, _, err = run(capsys, "-")
    assert code == 2
    assert "<stdin>: empty file" in err
