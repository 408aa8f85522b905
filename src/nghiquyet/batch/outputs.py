"""Where converted documents go: a mirrored tree of ``.json`` files or one JSON Lines file.

Both write atomically: a tree file through a temporary file and a rename; a JSON Lines
document as one ``write`` of a whole line. :meth:`prepare` (before a run) and
:meth:`finish` (after it) reconcile the outputs with the manifest, so a killed run leaves
no truncated, missing or duplicated document after the next one.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Protocol

from nghiquyet.batch.manifest import Manifest, append, atomic_write, complete_lines


class OutputError(ValueError):
    """An output path would leave the output folder."""


class Output(Protocol):
    """A destination for converted documents.

    ``worker_writes`` says whether local worker processes may call :meth:`write`
    themselves (each call atomic, no state kept in the calling process).
    """

    worker_writes: bool

    def prepare(self, manifest: Manifest) -> None:
        """Make outputs and manifest agree before a run."""

    def has(self, key: str) -> bool:
        """Whether the output of a done ``key`` is still there."""

    def write(self, key: str, payload: str) -> str:
        """Store one document's JSON; return the output's path relative to OUT."""

    def finish(self, manifest: Manifest) -> None:
        """Make outputs and manifest agree after a run; close files."""


class JsonTree:
    """One ``<key>.json`` per document under OUT, mirroring the sources."""

    worker_writes = True

    def __init__(self, out: Path, tmp_dir: Path) -> None:
        self.out = out
        self.root = out.resolve()
        self.tmp_dir = tmp_dir

    def target(self, key: str) -> Path:
        """The output file of ``key``; raises :class:`OutputError` outside OUT."""
        path = self.out / f"{key}.json"
        real = path.parent.resolve() / path.name
        if not real.is_relative_to(self.root) or real == self.root:
            raise OutputError(f"output of {key!r} would leave the output folder")
        return path

    def prepare(self, manifest: Manifest) -> None:
        """Nothing to do: tree files are whole or absent."""

    def has(self, key: str) -> bool:
        """Whether ``<key>.json`` exists."""
        return self.target(key).is_file()

    def write(self, key: str, payload: str) -> str:
        """Write ``<key>.json`` atomically."""
        path = self.target(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, payload.encode("utf-8"), self.tmp_dir)
        return f"{key}.json"

    def finish(self, manifest: Manifest) -> None:
        """Nothing to do."""


def line_identity(line: bytes) -> tuple[str | None, str | None] | None:
    """``(source.path, source.sha256)`` of one document line, read without parsing it all."""
    text = line.decode("utf-8", errors="replace")
    at = text.find('"source":', 0, 200)
    try:
        if at < 0:
            src = json.loads(text).get("source") or {}
        else:
            src, _ = json.JSONDecoder().raw_decode(text, at + len('"source":'))
    except ValueError:
        return None
    return src.get("path"), src.get("sha256")


class JsonLines:
    """All documents in ``OUT/documents.jsonl``, one per line, each source exactly once."""

    NAME = "documents.jsonl"
    # Lines are appended and deduplicated by this process only: a worker killed with its
    # parent could otherwise append after the next run has reconciled the file.
    worker_writes = False

    def __init__(self, out: Path, tmp_dir: Path) -> None:
        self.path = out / self.NAME
        self.tmp_dir = tmp_dir
        self._fd: int | None = None

    def _reconcile(self, manifest: Manifest) -> None:
        wanted = {
            (rec.get("path"), rec.get("sha256")): rec["key"]
            for rec in manifest.records()
            if rec["status"] == "done"
        }
        kept: set[str] = set()
        dirty = False
        size = self.path.stat().st_size if self.path.exists() else 0
        seen = 0
        for line in complete_lines(self.path):
            seen += len(line)
            key = wanted.get(line_identity(line) or (None, None))
            if key is None or key in kept:
                dirty = True
            else:
                kept.add(key)
        dirty = dirty or seen != size
        if dirty:
            tmp = self.tmp_dir / f"{self.NAME}.{os.getpid()}.tmp"
            with open(tmp, "wb") as fh:
                kept_again: set[str] = set()
                for line in complete_lines(self.path):
                    key = wanted.get(line_identity(line) or (None, None))
                    if key is not None and key not in kept_again:
                        kept_again.add(key)
                        fh.write(line)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        for key in set(wanted.values()) - kept:
            manifest.forget(key)

    def prepare(self, manifest: Manifest) -> None:
        """Drop truncated, duplicated, stale and unrecorded lines; forget keys without one."""
        self._reconcile(manifest)

    def has(self, key: str) -> bool:
        """Always true after :meth:`prepare`."""
        return True

    def write(self, key: str, payload: str) -> str:
        """Append one line in one write."""
        if self._fd is None:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        append(self._fd, (payload + "\n").encode("utf-8"))
        return self.NAME

    def finish(self, manifest: Manifest) -> None:
        """Close the file and drop lines of sources that changed during this run."""
        if self._fd is not None:
            os.fsync(self._fd)
            os.close(self._fd)
            self._fd = None
        self._reconcile(manifest)


OUTPUTS: dict[str, type[JsonTree] | type[JsonLines]] = {"json": JsonTree, "jsonl": JsonLines}
"""Output format name -> output class."""


__all__ = ["OUTPUTS", "JsonLines", "JsonTree", "Output", "OutputError", "line_identity"]
