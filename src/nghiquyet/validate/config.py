"""Validator configuration: ``[tool.nghiquyet.validate]`` in pyproject.toml, or
``[validate]`` in nghiquyet.toml.

.. code-block:: toml

    [tool.nghiquyet.validate]
    select = ["NQ"]             # rule codes or prefixes; default: every default rule
    ignore = ["NQ113"]
    fail-on = "warning"         # error | warning | info
    [tool.nghiquyet.validate.per-file-ignores]
    "drafts/*" = ["NQ101", "NQ502"]

The file is looked up from the first path validated, upwards; nghiquyet.toml wins over
pyproject.toml in the same folder.
"""

from __future__ import annotations

import fnmatch
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nghiquyet.errors import NghiquyetError
from nghiquyet.models import Severity

KEYS = frozenset({"select", "ignore", "extend-select", "fail-on", "per-file-ignores"})


class ConfigError(NghiquyetError):
    """The configuration file is unreadable or holds an unknown key or value."""


@dataclass(frozen=True)
class Config:
    """What the configuration says; ``root`` is the folder globs are relative to."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: Severity = Severity.WARNING
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    path: Path | None = None
    root: Path | None = None

    def ignores_for(self, file: str | Path) -> tuple[str, ...]:
        """The codes ignored for ``file`` by ``per-file-ignores`` (globs, relative to root)."""
        p = Path(file)
        try:
            rel = p.resolve().relative_to(self.root.resolve()) if self.root else p
        except ValueError:
            rel = p
        names = {rel.as_posix(), p.as_posix(), p.name}
        codes: list[str] = []
        for pattern, ignored in self.per_file_ignores:
            if any(fnmatch.fnmatchcase(n, pattern) for n in names):
                codes.extend(ignored)
        return tuple(codes)


def find_config(start: Path) -> Path | None:
    """The nearest nghiquyet.toml, or pyproject.toml with ``[tool.nghiquyet]``, from ``start``."""
    here = start.resolve()
    if here.is_file() or not here.exists():
        here = here.parent
    for folder in (here, *here.parents):
        own = folder / "nghiquyet.toml"
        if own.is_file():
            return own
        py = folder / "pyproject.toml"
        if py.is_file() and "nghiquyet" in _read(py).get("tool", {}):
            return py
    return None


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None


def _codes(path: Path, key: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: '{key}' must be a list of rule codes")
    return tuple(v.strip().upper() for v in value)


def parse_config(table: Mapping[str, object], path: Path) -> Config:
    """A :class:`Config` from the validate table of ``path``; raises :class:`ConfigError`."""
    unknown = sorted(set(table) - KEYS)
    if unknown:
        raise ConfigError(
            f"{path}: unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(KEYS))}"
        )
    fail_on = table.get("fail-on", Severity.WARNING.value)
    try:
        severity = Severity(str(fail_on).lower())
    except ValueError:
        raise ConfigError(f"{path}: fail-on must be error, warning or info") from None
    pfi = table.get("per-file-ignores", {})
    if not isinstance(pfi, dict):
        raise ConfigError(f"{path}: 'per-file-ignores' must be a table of glob = [codes]")
    return Config(
        select=_codes(path, "select", table["select"]) if "select" in table else None,
        extend_select=_codes(path, "extend-select", table.get("extend-select", [])),
        ignore=_codes(path, "ignore", table.get("ignore", [])),
        fail_on=severity,
        per_file_ignores=tuple(
            (glob, _codes(path, f"per-file-ignores.{glob}", v)) for glob, v in pfi.items()
        ),
        path=path,
        root=path.parent,
    )


def load_config(path: Path | None = None, *, start: Path | None = None) -> Config:
    """Read the configuration at ``path``, or the nearest one from ``start`` (default cwd).

    No file found: the default :class:`Config`.
    """
    found = path or find_config(start or Path.cwd())
    if found is None:
        return Config()
    if not found.is_file():
        raise ConfigError(f"{found}: no such configuration file")
    data = _read(found)
    if found.name == "pyproject.toml":
        table = data.get("tool", {}).get("nghiquyet", {}).get("validate", {})
    else:
        table = data.get("validate", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{found}: the validate section must be a table")
    return parse_config(table, found)


__all__ = ["Config", "ConfigError", "find_config", "load_config", "parse_config"]
