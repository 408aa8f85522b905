"""Reporters: text with the offending line, json, GitHub workflow commands, SARIF 2.1.0."""

from __future__ import annotations

import json

import jsonschema

from nghiquyet.models import Severity, Span
from nghiquyet.validate import RULES
from nghiquyet.validate.registry import Finding
from nghiquyet.validate.report import (
    SHOWN,
    FileReport,
    excerpt,
    render_github,
    render_json,
    render_sarif,
    render_text,
)
from validate.sarif_schema import SARIF_2_1_0_SUBSET

SOURCE = "HỘI ĐỒNG NHÂN DÂN\nSố: 05 /NQ-HĐND\nCần Thơ, ngày 8 tháng 7 năm 2022\n"
NUMBER = Finding(
    code="NQ103",
    name="number-as-printed",
    severity=Severity.WARNING,
    message="số ký hiệu printed as '05 /NQ-HĐND'; write '05/NQ-HĐND'",
    span=Span(start=22, end=33, line=2, column=5, end_line=2),
)
DATE = Finding(
    code="NQ113",
    name="date-padding",
    severity=Severity.INFO,
    message="write ngày 08 (leading zero)",
    span=Span(start=43, end=70, line=3, column=10, end_line=3),
)
WHOLE = Finding(
    code="NQ502",
    name="missing-signatory",
    severity=Severity.ERROR,
    message="the document has no signature block",
)
REPORTS = [
    FileReport(path="nq/05 cần thơ.md", findings=(NUMBER, DATE, WHOLE), source=SOURCE),
    FileReport(path="nq/broken.doc", error="nq/broken.doc: Word 97-2003 (.doc) is not supported"),
]


def test_text_shows_position_line_and_caret() -> None:
    out = render_text(REPORTS, RULES).splitlines()
    assert out[0] == (
        "nq/05 cần thơ.md:2:5: NQ103 [warning] số ký hiệu printed as '05 /NQ-HĐND'; "
        "write '05/NQ-HĐND' (number-as-printed)"
    )
    assert out[1] == "  2 | Số: 05 /NQ-HĐND"
    assert out[2] == "    |     ^^^^^^^^^^^"
    assert out[-2] == (
        "nq/05 cần thơ.md:1:1: NQ502 [error] the document has no signature block "
        "(missing-signatory)"
    )
    assert out[-1] == "Found 3 findings in 1 file (1 error, 1 warning, 1 info)."


def test_long_lines_are_cut_around_the_finding() -> None:
    line = "Đầu năm 2022, " + "x" * 200 + " Nghị quyết số 45/2022/QH ngày 11" + " y" * 100
    column = line.index("Nghị quyết")
    shown, caret, width = excerpt(line, column, len("Nghị quyết số 45/2022/QH"))
    assert shown.startswith("…") and shown.endswith("…")
    assert len(shown) <= SHOWN + 2
    assert shown[caret : caret + width] == "Nghị quyết số 45/2022/QH"
    # a span running past the cut is underlined up to it
    shown, caret, width = excerpt(line, column, 500)
    assert caret + width == len(shown) - 1
    # the start and the end of a line are cut on one side only
    shown, caret, width = excerpt(line, 0, 3)
    assert shown.endswith("…") and line.startswith(shown[:-1]) and (caret, width) == (0, 3)
    shown, caret, width = excerpt(line, len(line) - 2, 2)
    assert shown.startswith("…") and line.endswith(shown[1:])
    assert shown[caret:] == line[-2:] and width == 2


def test_long_lines_are_cut_between_words() -> None:
    line = " ".join(f"từ{i}" for i in range(100))
    column = line.index("từ50")
    shown, caret, width = excerpt(line, column, 4)
    assert shown[caret : caret + width] == "từ50"
    assert shown[1:].split()[0].startswith("từ") and shown[1] != " "
    assert all(w in line.split() for w in shown.strip("…").split())


def test_text_when_clean() -> None:
    assert (
        render_text([FileReport(path="a.md", source="")], RULES) == "All checks passed (1 file).\n"
    )


def test_json_is_one_object_with_findings_and_errors() -> None:
    data = json.loads(render_json(REPORTS, RULES))
    assert data["files"] == 1
    assert data["findings"][0] == {
        "path": "nq/05 cần thơ.md",
        "code": "NQ103",
        "name": "number-as-printed",
        "severity": "warning",
        "message": NUMBER.message,
        "line": 2,
        "column": 5,
        "end_line": 2,
        "start": 22,
        "end": 33,
    }
    assert data["findings"][2]["start"] is None
    assert data["errors"] == [{"path": "nq/broken.doc", "message": REPORTS[1].error}]


def test_github_workflow_commands() -> None:
    lines = render_github(REPORTS, RULES).splitlines()
    assert lines[0] == (
        "::warning file=nq/05 cần thơ.md,line=2,col=5,title=NQ103 number-as-printed::"
        "số ký hiệu printed as '05 /NQ-HĐND'; write '05/NQ-HĐND'"
    )
    assert lines[1].startswith("::notice file=")
    assert lines[2].startswith("::error file=nq/05 cần thơ.md,line=1,col=1,")
    assert lines[3] == "::error file=nq/broken.doc::" + str(REPORTS[1].error)


def test_github_escapes_data_and_properties() -> None:
    f = WHOLE.model_copy(update={"message": "50% done\nnext"})
    [line] = render_github([FileReport(path="a,b:c.md", findings=(f,))], RULES).splitlines()
    assert line == (
        "::error file=a%2Cb%3Ac.md,line=1,col=1,title=NQ502 missing-signatory::50%25 done%0Anext"
    )


def test_sarif_is_valid_against_the_schema() -> None:
    log = json.loads(render_sarif(REPORTS, RULES))
    validator = jsonschema.Draft4Validator(
        SARIF_2_1_0_SUBSET, format_checker=jsonschema.FormatChecker()
    )
    assert [e.message for e in validator.iter_errors(log)] == []
    run = log["runs"][0]
    assert log["version"] == "2.1.0"
    assert run["tool"]["driver"]["name"] == "nghiquyet"
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted(RULES)
    first = run["results"][0]
    assert rules[first["ruleIndex"]]["id"] == "NQ103"
    assert first["level"] == "warning" and run["results"][1]["level"] == "note"
    loc = first["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "nq/05%20c%E1%BA%A7n%20th%C6%A1.md"
    assert loc["region"] == {
        "startLine": 2,
        "startColumn": 5,
        "endLine": 2,
        "snippet": {"text": "Số: 05 /NQ-HĐND"},
    }
    assert run["invocations"][0]["executionSuccessful"] is False
    assert run["invocations"][0]["toolExecutionNotifications"][0]["level"] == "error"


def test_sarif_schema_subset_rejects_what_sarif_rejects() -> None:
    log = json.loads(render_sarif(REPORTS, RULES))
    log["runs"][0]["results"][0]["level"] = "fatal"
    del log["runs"][0]["tool"]["driver"]["name"]
    log["runs"][0]["results"][1]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    errors = list(jsonschema.Draft4Validator(SARIF_2_1_0_SUBSET).iter_errors(log))
    assert len(errors) == 3
