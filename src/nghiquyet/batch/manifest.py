"""The manifest: an append-only JSON Lines log in OUT of what became of each source.

One record per line, the last record of a key wins: ``{"key", "sha256", "status"
("done" | "failed"), "path", "output", "kind", "error", "diagnostics", "graph", ...}``.
A record is appended with one ``write`` after the output is in place, so a kill at any
moment leaves at worst one output without its record (redone on the next run) and a
truncated last line (dropped on load). :meth:`Manifest.compact` rewrites the log with one
line per key. In memory only the key, hash, status and line number are kept.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nghiquyet.errors import NghiquyetError

MANIFEST_NAME = "manifest.jsonl"
TMP_DIR = ".tmp"


def atomic_write(path: Path, data: bytes, tmp_dir: Path | None = None) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    folder = tmp_dir or path.parent
    tmp = folder / f".{path.name}.{os.getpid()}.tmp"
    with open(tmp, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def append(fd: int, data: bytes) -> None:
    """Append ``data`` to the file ``fd`` (opened with O_APPEND), all of it.

    One ``write`` call in practice; a short write is continued, and since only this process
    appends, the line stays contiguous.
    """
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def clean_tmp(out: Path) -> Path:
    """The temporary-file folder of ``out``, emptied of what a killed run left there."""
    folder = out / TMP_DIR
    folder.mkdir(parents=True, exist_ok=True)
    for leftover in folder.iterdir():
        leftover.unlink(missing_ok=True)
    return folder


class OutputLock:
    """An exclusive lock on OUT (``OUT/.lock``), so two runs never write the same folder.

    The kernel releases it when the process dies, even by SIGKILL.
    """

    def __init__(self, out: Path) -> None:
        self.path = out / ".lock"
        self._fd: int | None = None

    def __enter__(self) -> OutputLock:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:  # pragma: no cover - not POSIX: no lock
            pass
        except OSError:
            os.close(fd)
            raise NghiquyetError(
                f"{self.path.parent}: another conversion is writing there"
            ) from None
        self._fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


@dataclass(frozen=True)
class Entry:
    """What the manifest says about one key: hash, status and where its record is."""

    sha256: str | None
    status: str
    line: int


def complete_lines(path: Path) -> Iterator[bytes]:
    """The newline-terminated lines of ``path``; a truncated last line is left out."""
    if not path.exists():
        return
    with open(path, "rb") as fh:
        for line in fh:
            if line.endswith(b"\n"):
                yield line


class Manifest:
    """The manifest of one output folder."""

    def __init__(self, out: Path) -> None:
        self.path = out / MANIFEST_NAME
        self.entries: dict[str, Entry] = {}
        self._lines = 0
        self._load()
        self._fd: int | None = None

    def _load(self) -> None:
        for n, line in enumerate(complete_lines(self.path)):
            self._lines = n + 1
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            self.entries[rec["key"]] = Entry(rec.get("sha256"), rec["status"], n)

    def get(self, key: str) -> Entry | None:
        """The entry of ``key``, or None."""
        return self.entries.get(key)

    def forget(self, key: str) -> None:
        """Treat ``key`` as never converted (its output is gone)."""
        self.entries.pop(key, None)

    def record(self, rec: dict[str, Any]) -> None:
        """Append one record (one write call: a kill leaves it whole or truncated)."""
        if self._fd is None:
            self._repair_tail()
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        line = json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n"
        append(self._fd, line.encode("utf-8"))
        self.entries[rec["key"]] = Entry(rec.get("sha256"), rec["status"], self._lines)
        self._lines += 1

    def _repair_tail(self) -> None:
        if not self.path.exists():
            return
        with open(self.path, "rb+") as fh:
            data_end = fh.seek(0, os.SEEK_END)
            if data_end == 0:
                return
            fh.seek(data_end - 1)
            if fh.read(1) == b"\n":
                return
            # A killed run left half a line: cut back to the last newline.
            pos = data_end
            while pos > 0:
                step = min(65536, pos)
                fh.seek(pos - step)
                chunk = fh.read(step)
                nl = chunk.rfind(b"\n")
                if nl >= 0:
                    fh.truncate(pos - step + nl + 1)
                    return
                pos -= step
            fh.truncate(0)

    def close(self) -> None:
        """Flush the log to disk and close it."""
        if self._fd is not None:
            os.fsync(self._fd)
            os.close(self._fd)
            self._fd = None

    def records(self) -> Iterator[dict[str, Any]]:
        """The current record of every key, in log order."""
        current = {e.line for e in self.entries.values()}
        for n, line in enumerate(complete_lines(self.path)):
            if n in current:
                yield json.loads(line)

    def compact(self, tmp_dir: Path) -> None:
        """Rewrite the log with one line per key, when it holds stale lines."""
        self.close()
        if self._lines == len(self.entries):
            return
        tmp = tmp_dir / f"{MANIFEST_NAME}.{os.getpid()}.tmp"
        entries: dict[str, Entry] = {}
        with open(tmp, "wb") as fh:
            for n, rec in enumerate(self.records()):
                line = json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n"
                fh.write(line.encode("utf-8"))
                entries[rec["key"]] = Entry(rec.get("sha256"), rec["status"], n)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
        self.entries, self._lines = entries, len(entries)


__all__ = [
    "MANIFEST_NAME",
    "Entry",
    "Manifest",
    "OutputLock",
    "append",
    "atomic_write",
    "clean_tmp",
    "complete_lines",
]
