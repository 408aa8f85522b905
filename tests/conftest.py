"""Shared test configuration: the shared corpus location and golden-file updates."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()


def corpus_missing(what: str) -> None:
    """The shared corpus is not beside the project: fail in CI (where it must be), else skip
    (a copy of the project without ``../shared``)."""
    if os.environ.get("CI"):
        pytest.fail(f"CI without the shared corpus: {what}")
    pytest.skip(f"shared corpus not found: {what}")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite golden files in fixtures/ from the current output (read every diff!)",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
