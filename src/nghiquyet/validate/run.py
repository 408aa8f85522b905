"""Validate files and folders: find documents, read, parse, check, apply per-file ignores.

Line and column numbers refer to the decoded text of each file (for .docx, .doc and .html: the
text the reader extracted, one paragraph or cell per line).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from nghiquyet.errors import ReadError
from nghiquyet.models import Severity, SourceInfo
from nghiquyet.parser import parse_text
from nghiquyet.readers import SourceText, read_path
from nghiquyet.validate.check import validate
from nghiquyet.validate.config import Config
from nghiquyet.validate.registry import SEVERITY_RANK, Finding
from nghiquyet.validate.report import FileReport

SUFFIXES = frozenset({".txt", ".md", ".markdown", ".docx", ".doc", ".html", ".htm"})
"""File name endings validated when a folder is given (a file given by name always is)."""


def discover(paths: Iterable[str | Path]) -> Iterator[Path]:
    """The files named, and the documents under the folders named, each once, in order.

    Raises :class:`ReadError` for a path that does not exist.
    """
    seen: set[Path] = set()
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(
                f
                for f in p.rglob("*")
                if f.is_file()
                and f.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
        elif p.exists():
            found = [p]
        else:
            raise ReadError(f"{p}: no such file or directory")
        for f in found:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                yield f


def check_file(
    path: Path,
    config: Config,
    *,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
    extend: Sequence[str] = (),
) -> FileReport:
    """Read, parse and validate one file; read errors are returned, not raised.

    ``per-file-ignores`` of ``config`` drop findings after the selection, whatever selected
    them.
    """
    try:
        src = read_path(path)
    except ReadError as exc:
        return FileReport(path=str(path), error=str(exc))
    return check_source(src, str(path), config, select=select, ignore=ignore, extend=extend)


def check_source(
    src: SourceText,
    name: str,
    config: Config,
    *,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
    extend: Sequence[str] = (),
) -> FileReport:
    """Parse and validate decoded text reported as file ``name`` (e.g. read from stdin)."""
    info = SourceInfo(
        path=name,
        format=src.format,
        encoding=src.encoding,
        sha256=src.sha256,
        length=len(src.text),
    )
    doc = parse_text(src.text, source=info)
    dropped = tuple(c.upper() for c in config.ignores_for(name))
    findings = [
        f
        for f in validate(doc, src.text, select=select, ignore=ignore, extend_select=extend)
        if not f.code.startswith(dropped) and "ALL" not in dropped
    ]
    return FileReport(
        path=name,
        findings=tuple(f.model_copy(update={"path": name}) for f in findings),
        source=src.text,
    )


def effective_selection(
    config: Config,
    select: Sequence[str] | None = None,
    extend_select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> tuple[tuple[str, ...] | None, tuple[str, ...], tuple[str, ...]]:
    """Command-line options over the configuration: ``(select, extend, ignore)``.

    ``--select`` replaces the configured selection; ``--extend-select`` and ``--ignore`` add
    to the configured ones.
    """
    sel = tuple(select) if select is not None else config.select
    return sel, (*config.extend_select, *extend_select), (*config.ignore, *ignore)


def failed(findings: Iterable[Finding], threshold: Severity) -> bool:
    """Whether any finding is at or above ``threshold`` severity."""
    level = SEVERITY_RANK[threshold]
    return any(SEVERITY_RANK[f.severity] >= level for f in findings)


__all__ = ["SUFFIXES", "check_file", "discover", "effective_selection", "failed"]
