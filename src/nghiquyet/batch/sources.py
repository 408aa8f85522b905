"""Sources: files, folders, zip and tar archives -> one :class:`SourceItem` per document.

Nothing is extracted to disk: archive members are read into memory under size caps. Every
item has a *key*, a sanitized relative path ("dev/a.txt", "laws.zip/2020/b.docx") from which
the output path is derived, so no key can point outside the output folder. Anything unsafe
(path traversal, absolute names, links, bombs) becomes an item with a ``problem`` instead of
data; enumeration never stops because of one bad entry.
"""

from __future__ import annotations

import os
import re
import stat
import tarfile
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePosixPath
from typing import IO

MiB = 1 << 20

DOCUMENT_SUFFIXES: frozenset[str] = frozenset(
    {".txt", ".md", ".markdown", ".docx", ".html", ".htm", ".xhtml", ".doc", ".pdf", ".rtf"}
)
"""Suffixes taken as documents; ``.pdf``/``.rtf`` are listed so they are reported."""


@dataclass(frozen=True)
class Limits:
    """Caps that keep hostile inputs harmless.

    ``max_ratio`` is uncompressed / compressed size above which a member (zip) or a whole
    compressed tar is a bomb, once it is larger than ``ratio_floor`` bytes.
    """

    max_member_bytes: int = 64 * MiB
    max_total_bytes: int = 16 * 1024 * MiB
    max_ratio: float = 200.0
    ratio_floor: int = 8 * MiB
    max_members: int = 2_000_000


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Problem:
    """Why an item has no data: ``kind`` ("unsafe", "bomb", "too-large", "read") and a text."""

    kind: str
    message: str


@dataclass(frozen=True)
class SourceItem:
    """One document to convert, or one entry that could not be read safely.

    ``key`` is the sanitized relative path used for outputs and the manifest; ``name`` the
    file or member name (its suffix guides format sniffing); ``path`` the source as shown
    to users ("dev/a.txt", "laws.zip!2020/b.docx").
    """

    key: str
    name: str
    path: str
    data: bytes | None = None
    problem: Problem | None = None


def _fail(key: str, name: str, shown: str, kind: str, message: str) -> SourceItem:
    return SourceItem(key, name, shown, None, Problem(kind, message))


_DRIVE = re.compile(r"^[A-Za-z]:")


def safe_relative(name: str) -> str | None:
    """``name`` as a clean relative POSIX path, or None if it is absolute or climbs out.

    >>> safe_relative("a/./b\\\\c.txt"), safe_relative("../x"), safe_relative("/etc/passwd")
    ('a/b/c.txt', None, None)
    """
    name = name.replace("\\", "/")
    if "\x00" in name or name.startswith("/") or _DRIVE.match(name):
        return None
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if not parts or ".." in parts:
        return None
    return "/".join(parts)


def _is_document(name: str) -> bool:
    return PurePosixPath(name).suffix.lower() in DOCUMENT_SUFFIXES


def _unsafe_name(name: str) -> str:
    absolute = name.replace("\\", "/").startswith("/") or _DRIVE.match(name)
    return "absolute path" if absolute else "path traversal"


class _Budget:
    """Running totals of one archive against the caps."""

    def __init__(self, limits: Limits, compressed: int) -> None:
        self.limits = limits
        self.compressed = max(compressed, 1)
        self.total = 0
        self.members = 0

    def exceeded(self, add: int) -> str | None:
        self.total += add
        self.members += 1
        lim = self.limits
        if self.members > lim.max_members:
            return f"more than {lim.max_members} members"
        if self.total > lim.max_total_bytes:
            return f"uncompressed size exceeds {lim.max_total_bytes} bytes"
        if self.total > lim.ratio_floor and self.total / self.compressed > lim.max_ratio:
            return f"compression ratio above {lim.max_ratio:g}"
        return None


def _member(prefix: str, display: str, raw: str) -> tuple[str, str] | Problem:
    rel = safe_relative(raw)
    if rel is None:
        return Problem("unsafe", f"{_unsafe_name(raw)}: {raw!r}")
    return f"{prefix}/{rel}", f"{display}!{rel}"


def iter_zip(path: Path, prefix: str, limits: Limits) -> Iterator[SourceItem]:
    """The documents of a zip file, read in memory under ``limits``."""
    display = str(path)
    budget = _Budget(limits, path.stat().st_size)
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            where = _member(prefix, display, info.filename)
            if isinstance(where, Problem):
                yield SourceItem(f"{prefix}!{info.filename}", info.filename, display, None, where)
                continue
            key, shown = where
            if stat.S_ISLNK(info.external_attr >> 16):
                yield _fail(key, info.filename, shown, "unsafe", "symbolic link entry not followed")
                continue
            if not _is_document(info.filename):
                continue
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > limits.ratio_floor and ratio > limits.max_ratio:
                yield _fail(key, info.filename, shown, "bomb", f"compression ratio {ratio:.0f}")
                continue
            if info.file_size > limits.max_member_bytes:
                yield _fail(
                    key,
                    info.filename,
                    shown,
                    "too-large",
                    f"{info.file_size} bytes > {limits.max_member_bytes}",
                )
                continue
            over = budget.exceeded(info.file_size)
            if over:
                yield _fail(prefix, path.name, display, "bomb", over)
                return
            yield _read_capped(key, info.filename, shown, partial(zf.open, info), limits)


def iter_tar(path: Path, prefix: str, limits: Limits) -> Iterator[SourceItem]:
    """The documents of a tar file (plain, gz, bz2, xz), streamed in one pass."""
    display = str(path)
    budget = _Budget(limits, path.stat().st_size)
    with tarfile.open(path, mode="r|*") as tf:
        for member in tf:
            if member.isdir():
                continue
            where = _member(prefix, display, member.name)
            if isinstance(where, Problem):
                yield SourceItem(f"{prefix}!{member.name}", member.name, display, None, where)
                continue
            key, shown = where
            if not member.isfile():
                what = (
                    f"link to {member.linkname!r}"
                    if member.issym() or member.islnk()
                    else ("special file")
                )
                yield _fail(key, member.name, shown, "unsafe", f"{what} not followed")
                continue
            over = budget.exceeded(member.size)
            if over:
                yield _fail(prefix, path.name, display, "bomb", over)
                return
            if not _is_document(member.name):
                continue
            if member.size > limits.max_member_bytes:
                yield _fail(
                    key,
                    member.name,
                    shown,
                    "too-large",
                    f"{member.size} bytes > {limits.max_member_bytes}",
                )
                continue
            if member.size == 0:
                yield SourceItem(key, member.name, shown, b"")
                continue
            opener = _tar_opener(tf, member)
            yield _read_capped(key, member.name, shown, opener, limits)


def _tar_opener(tf: tarfile.TarFile, member: tarfile.TarInfo) -> Callable[[], IO[bytes]]:
    def open_member() -> IO[bytes]:
        handle = tf.extractfile(member)
        if handle is None:
            raise OSError("not a regular file")
        return handle

    return open_member


def _read_capped(
    key: str, name: str, shown: str, opener: Callable[[], IO[bytes]], limits: Limits
) -> SourceItem:
    try:
        with opener() as handle:
            data = handle.read(limits.max_member_bytes + 1)
    except (OSError, zipfile.BadZipFile, tarfile.TarError, EOFError, ValueError) as exc:
        return _fail(key, name, shown, "read", str(exc) or type(exc).__name__)
    if len(data) > limits.max_member_bytes:
        return _fail(key, name, shown, "bomb", f"member grows past {limits.max_member_bytes} bytes")
    return SourceItem(key, name, shown, data)


Expander = Callable[[Path, str, Limits], Iterator[SourceItem]]

ARCHIVES: tuple[tuple[str, Expander], ...] = (
    (".zip", iter_zip),
    (".tar", iter_tar),
    (".tar.gz", iter_tar),
    (".tgz", iter_tar),
    (".tar.xz", iter_tar),
    (".txz", iter_tar),
    (".tar.bz2", iter_tar),
)
"""Archive suffixes and the function that lists their documents."""


def archive_expander(name: str) -> Expander | None:
    """The expander for an archive file name, or None if it is not an archive."""
    low = name.lower()
    return next((fn for suffix, fn in ARCHIVES if low.endswith(suffix)), None)


def _read_file(path: Path, key: str, limits: Limits) -> SourceItem:
    try:
        size = path.stat().st_size
        if size > limits.max_member_bytes:
            return _fail(
                key, path.name, str(path), "too-large", f"{size} bytes > {limits.max_member_bytes}"
            )
        return SourceItem(key, path.name, str(path), path.read_bytes())
    except OSError as exc:
        return _fail(key, path.name, str(path), "read", exc.strerror or str(exc))


def _expand_file(path: Path, key: str, limits: Limits) -> Iterator[SourceItem]:
    expander = archive_expander(path.name)
    if expander is None:
        yield _read_file(path, key, limits)
        return
    try:
        yield from expander(path, key, limits)
    except (OSError, zipfile.BadZipFile, tarfile.TarError, EOFError) as exc:
        yield _fail(key, path.name, str(path), "read", str(exc))


def iter_folder(root: Path, prefix: str, limits: Limits) -> Iterator[SourceItem]:
    """Documents and archives under ``root``, sorted; links are followed only inside it."""
    real_root = os.path.realpath(root)
    for here, dirs, files in os.walk(root, followlinks=False):
        dirs.sort()
        for name in sorted(files):
            full = Path(here) / name
            rel = full.relative_to(root).as_posix()
            key = f"{prefix}/{rel}"
            if not (_is_document(name) or archive_expander(name)):
                continue
            if full.is_symlink():
                target = os.path.realpath(full)
                if os.path.commonpath([real_root, target]) != real_root:
                    yield _fail(
                        key,
                        name,
                        str(full),
                        "unsafe",
                        f"symbolic link out of the source folder: {target}",
                    )
                    continue
                if not os.path.isfile(target):
                    continue
            yield from _expand_file(full, key, limits)


def iter_path(path: Path, label: str, limits: Limits = DEFAULT_LIMITS) -> Iterator[SourceItem]:
    """The documents of one source argument, keyed under ``label``."""
    prefix = safe_relative(label) or "source"
    if path.is_dir():
        yield from iter_folder(path, prefix, limits)
    elif path.is_file():
        yield from _expand_file(path, prefix, limits)
    else:
        yield _fail(prefix, path.name, str(path), "read", "no such file or folder")


def _label(path: Path, taken: set[str], *, mirror: bool) -> str:
    if mirror:  # keep the path: "/data/a/b.txt" -> "data/a/b.txt", "../x.txt" -> "_/x.txt"
        text = str(path) if path.is_absolute() else os.path.relpath(path)
        parts = ["_" if part == ".." else part for part in Path(text).parts if part != "/"]
        base = safe_relative("/".join(parts)) or path.name
    else:
        base = path.resolve().name if path.name in ("", ".", "..") else path.name
    label, n = base, 1
    while label in taken:
        n += 1
        label = f"{base}~{n}"
    taken.add(label)
    return label


def iter_sources(
    sources: Iterable[str | os.PathLike[str]],
    *,
    limits: Limits = DEFAULT_LIMITS,
    stdin: Iterable[str] | None = None,
) -> Iterator[SourceItem]:
    """Every document of ``sources``; ``"-"`` reads one path per line from ``stdin``.

    An argument is keyed by its base name ("corpus/dev" -> "dev/..."); a path read from
    ``stdin`` keeps its relative path, so ``find . | nghiquyet convert -`` mirrors the tree.
    """
    taken: set[str] = set()
    listed: set[str] = set()
    for src in sources:
        if os.fspath(src) == "-":
            for line in stdin or ():
                line = line.strip()
                if line and os.path.abspath(line) not in listed:  # a path listed twice
                    listed.add(os.path.abspath(line))
                    p = Path(line)
                    yield from iter_path(p, _label(p, taken, mirror=True), limits)
            continue
        p = Path(src)
        yield from iter_path(p, _label(p, taken, mirror=False), limits)


__all__ = [
    "ARCHIVES",
    "DEFAULT_LIMITS",
    "DOCUMENT_SUFFIXES",
    "Limits",
    "Problem",
    "SourceItem",
    "archive_expander",
    "iter_folder",
    "iter_path",
    "iter_sources",
    "iter_tar",
    "iter_zip",
    "safe_relative",
]
