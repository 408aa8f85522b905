"""Reporters: findings of many files -> text, json, github (workflow commands), sarif 2.1.0.

Each reporter is ``(reports, rules) -> str`` in :data:`REPORTERS` by name.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from urllib.parse import quote

from nghiquyet import __version__
from nghiquyet.models import Severity
from nghiquyet.validate.registry import Finding, Rule


@dataclass(frozen=True)
class FileReport:
    """The findings of one file, its text (for showing lines) or why it could not be read."""

    path: str
    findings: tuple[Finding, ...] = ()
    source: str | None = None
    error: str | None = None
    _lines: list[str] = field(default_factory=list, repr=False, compare=False)

    def line(self, number: int) -> str | None:
        """Source line ``number`` (1-based) without its end, or None."""
        if self.source is None:
            return None
        if not self._lines:
            self._lines.extend(self.source.splitlines())
        return self._lines[number - 1] if 0 < number <= len(self._lines) else None


Reporter = Callable[[Sequence[FileReport], Mapping[str, Rule]], str]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


SHOWN = 100  # characters of a source line shown under a finding
_BEFORE = 30  # of them, before the finding's column when the line is cut
_SNAP = 12  # characters a cut may move to fall between words


def excerpt(line: str, column: int, width: int, limit: int = SHOWN) -> tuple[str, int, int]:
    """At most ``limit`` characters of ``line`` around ``column`` (0-based), cut ends marked
    with "…", and where the caret under it starts and how wide it is (at least 1).

    >>> excerpt("Số: 05 /NQ-HĐND", 4, 11)
    ('Số: 05 /NQ-HĐND', 4, 11)
    """
    column = max(0, min(column, len(line)))
    width = max(1, min(width, len(line) - column))
    if len(line) <= limit:
        return line, column, width
    start = max(0, min(column - _BEFORE, len(line) - limit))
    if start and (space := line.find(" ", start, min(start + _SNAP, column))) != -1:
        start = space + 1  # cut between words
    end = start + limit
    if end < len(line) and (space := line.rfind(" ", max(end - _SNAP, column + 1), end)) != -1:
        end = space
    shown = ("…" if start else "") + line[start:end] + ("…" if end < len(line) else "")
    caret = column - start + (1 if start else 0)
    return shown, caret, max(1, min(width, end - column))


def render_text(reports: Sequence[FileReport], rules: Mapping[str, Rule]) -> str:
    """``path:line:col: CODE [severity] message (name)``, the line, and a caret."""
    out: list[str] = []
    counts: Counter[Severity] = Counter()
    for rep in reports:
        for f in rep.findings:
            counts[f.severity] += 1
            out.append(
                f"{rep.path}:{f.line}:{f.column}: {f.code} [{f.severity.value}] "
                f"{f.message} ({f.name})"
            )
            text = rep.line(f.line) if f.span else None
            if text is not None:
                gutter = str(f.line)
                shown, column, width = excerpt(
                    text.rstrip(), f.column - 1, f.span.end - f.span.start if f.span else 1
                )
                out.append(f"  {gutter} | {shown}")
                out.append(f"  {' ' * len(gutter)} | {' ' * column}{'^' * width}")
    files = sum(1 for r in reports if r.error is None)
    total = sum(counts.values())
    if total:
        parts = [_plural(counts[s], s.value) for s in Severity if counts[s]]
        out.append(
            f"Found {_plural(total, 'finding')} in {_plural(files, 'file')} ({', '.join(parts)})."
        )
    else:
        out.append(f"All checks passed ({_plural(files, 'file')}).")
    return "\n".join(out) + "\n"


def _finding_json(path: str, f: Finding) -> dict[str, object]:
    return {
        "path": path,
        "code": f.code,
        "name": f.name,
        "severity": f.severity.value,
        "message": f.message,
        "line": f.line,
        "column": f.column,
        "end_line": f.span.end_line if f.span else f.line,
        "start": f.span.start if f.span else None,
        "end": f.span.end if f.span else None,
    }


def render_json(reports: Sequence[FileReport], rules: Mapping[str, Rule]) -> str:
    """``{"findings": [...], "errors": [...]}``, one object per finding."""
    data = {
        "version": __version__,
        "files": sum(1 for r in reports if r.error is None),
        "findings": [_finding_json(r.path, f) for r in reports for f in r.findings],
        "errors": [{"path": r.path, "message": r.error} for r in reports if r.error],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


_GH_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(reports: Sequence[FileReport], rules: Mapping[str, Rule]) -> str:
    """GitHub Actions workflow commands: ``::error file=…,line=…,col=…,title=…::message``."""
    out = []
    for rep in reports:
        for f in rep.findings:
            props = [f"file={_gh_prop(rep.path)}", f"line={f.line}", f"col={f.column}"]
            if f.span and f.span.end_line != f.line:
                props.append(f"endLine={f.span.end_line}")
            props.append(f"title={_gh_prop(f'{f.code} {f.name}')}")
            out.append(f"::{_GH_LEVEL[f.severity]} {','.join(props)}::{_gh_data(f.message)}")
        if rep.error:
            out.append(f"::error file={_gh_prop(rep.path)}::{_gh_data(rep.error)}")
    return "".join(line + "\n" for line in out)


SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
INFORMATION_URI = "https://pypi.org/project/nghiquyet/"


def _uri(path: str) -> str:
    return quote(PurePath(path).as_posix(), safe="/:._-~")


def _sarif_rule(r: Rule) -> dict[str, object]:
    return {
        "id": r.code,
        "name": r.name,
        "shortDescription": {"text": r.summary},
        "fullDescription": {"text": r.explanation},
        "help": {
            "text": f"{r.explanation}\nWrong: {r.wrong}\nRight: {r.right}\nSource: {r.source}",
        },
        "defaultConfiguration": {"level": _SARIF_LEVEL[r.severity], "enabled": r.default},
        "properties": {"legalSource": r.source, "tags": ["nghiquyet", r.code[:3]]},
    }


def render_sarif(reports: Sequence[FileReport], rules: Mapping[str, Rule]) -> str:
    """A SARIF 2.1.0 log with one run; every rule is described in ``tool.driver.rules``."""
    codes = sorted(rules)
    index = {c: i for i, c in enumerate(codes)}
    results: list[dict[str, object]] = []
    for rep in reports:
        for f in rep.findings:
            region: dict[str, object] = {"startLine": f.line, "startColumn": f.column}
            if f.span:
                region["endLine"] = max(f.span.end_line, f.line)
                text = rep.line(f.line)
                if text is not None:
                    region["snippet"] = {"text": text}
            result: dict[str, object] = {
                "ruleId": f.code,
                "level": _SARIF_LEVEL[f.severity],
                "message": {"text": f.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": _uri(rep.path)},
                            "region": region,
                        }
                    }
                ],
            }
            if f.code in index:
                result["ruleIndex"] = index[f.code]
            results.append(result)
    notifications = [
        {
            "level": "error",
            "message": {"text": rep.error},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(rep.path)}}}],
        }
        for rep in reports
        if rep.error
    ]
    run: dict[str, object] = {
        "tool": {
            "driver": {
                "name": "nghiquyet",
                "version": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [_sarif_rule(rules[c]) for c in codes],
            }
        },
        "invocations": [
            {
                "executionSuccessful": not notifications,
                "toolExecutionNotifications": notifications,
            }
        ],
        "results": results,
    }
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


REPORTERS: dict[str, Reporter] = {
    "text": render_text,
    "json": render_json,
    "github": render_github,
    "sarif": render_sarif,
}

__all__ = [
    "REPORTERS",
    "SHOWN",
    "FileReport",
    "Reporter",
    "excerpt",
    "render_github",
    "render_json",
    "render_sarif",
    "render_text",
]
