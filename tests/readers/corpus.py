"""The shared corpus (read in place, never copied) and tree comparison."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from tests.conftest import corpus_missing

from nghiquyet.models import Document

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
DEV = CORPUS / "dev"
RAW = CORPUS / "raw"


def corpus_files(folder: Path, *suffixes: str) -> list[Path]:
    """Documents in ``folder`` with one of ``suffixes`` (empty when the corpus is missing)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in suffixes)


def need(folder: Path) -> None:
    """Skip the test (fail it in CI) when the shared corpus is not there."""
    if not folder.is_dir():
        corpus_missing(str(folder))


_POSITIONS = frozenset({"span", "spans", "formula_span", "source"})


def _fold(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _fold(v) for k, v in value.items() if k not in _POSITIONS}
    if isinstance(value, list):
        return [_fold(v) for v in value]
    if isinstance(value, str):
        return " ".join(unicodedata.normalize("NFC", value).split())
    return value


def tree(doc: Document) -> Any:
    """The document tree without positions or source info; strings NFC, white space folded."""
    return _fold(doc.model_dump(mode="json"))
