"""A one-line progress bar on stderr: documents, MB/s, errors. Silent unless on a terminal."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Counts what a run did and, when ``enabled``, redraws one status line (``\\r``)."""

    def __init__(self, enabled: bool | None = None, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.start = time.monotonic()
        self.done = 0
        self.skipped = 0
        self.failed = 0
        self.bytes = 0
        self._drawn = 0.0

    @property
    def elapsed(self) -> float:
        """Seconds since the run started."""
        return max(time.monotonic() - self.start, 1e-9)

    def update(self, *, done: int = 0, skipped: int = 0, failed: int = 0, size: int = 0) -> None:
        """Add to the counters; redraw at most ten times a second."""
        self.done += done
        self.skipped += skipped
        self.failed += failed
        self.bytes += size
        now = time.monotonic()
        if self.enabled and now - self._drawn >= 0.1:
            self._drawn = now
            self._draw()

    def line(self) -> str:
        """The status line."""
        rate = self.bytes / (1 << 20) / self.elapsed
        return (
            f"{self.done + self.failed} docs ({self.skipped} unchanged), "
            f"{self.done / self.elapsed:.1f} docs/s, {rate:.2f} MB/s, {self.failed} errors"
        )

    def _draw(self) -> None:
        self.stream.write("\r\x1b[K" + self.line())
        self.stream.flush()

    def message(self, text: str) -> None:
        """Print a line above the bar (``--verbose``)."""
        if self.enabled:
            self.stream.write("\r\x1b[K")
        self.stream.write(text + "\n")
        if self.enabled:
            self._draw()
        self.stream.flush()

    def close(self) -> None:
        """Leave the last status on its own line."""
        if self.enabled:
            self._draw()
            self.stream.write("\n")
            self.stream.flush()


__all__ = ["Progress"]
