"""Small real documents from the shared corpus, and archives built from them in tmp dirs."""

from __future__ import annotations

import io
import shutil
import tarfile
import zipfile
from pathlib import Path

from tests.conftest import corpus_missing

from nghiquyet.models import Document
from nghiquyet.parser import parse_file

DEV = (Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "dev").resolve()

# Small and quick to parse, one of each source format seen in the corpus.
SMALL = (
    "hdnd-ragdemo__05-nq-hdnd.md",
    "hdnd-ragdemo__26-2017-nq-hdnd.md",
    "ocr-qd3467-page1__qwen3_30b.md",
    "tvpl-congbot__file_data_19.md",
    "sct-laocai__TT-67-2025-TT-BCT-sua-doi-TT-43-2025.docx",
    "hanoi-ragdemo__VanBanGoc_QD-20.2025.md",
)


def small_docs() -> list[Path]:
    """The small dev documents; skips the test (fails it in CI) without the corpus."""
    paths = [DEV / name for name in SMALL]
    missing = [p.name for p in paths if not p.is_file()]
    if missing:
        corpus_missing(missing[0])
    return paths


def make_tree(root: Path, copies: int = 2) -> Path:
    """``root`` holding ``copies`` sub-folders, each with the small documents."""
    for n in range(copies):
        sub = root / f"copy{n}"
        sub.mkdir(parents=True)
        for p in small_docs():
            shutil.copyfile(p, sub / p.name)
    return root


def make_zip(tree: Path, path: Path) -> Path:
    """A zip of every file under ``tree``, with names relative to it."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in sorted(tree.rglob("*")):
            if f.is_file():
                zf.write(f, f.relative_to(tree).as_posix())
    return path


def make_tar(tree: Path, path: Path) -> Path:
    """A tar.gz of every file under ``tree``, with names relative to it."""
    with tarfile.open(path, "w:gz") as tf:
        for f in sorted(tree.rglob("*")):
            if f.is_file():
                tf.add(f, f.relative_to(tree).as_posix())
    return path


def add_bytes(tf: tarfile.TarFile, name: str, data: bytes) -> None:
    """Add a regular member with ``data`` to an open tar."""
    info = tarfile.TarInfo(name)
    info.size = len(data)
    tf.addfile(info, io.BytesIO(data))


def expected(path: Path) -> Document:
    """What ``parse_file`` gives for ``path``, the reference for converted outputs."""
    return parse_file(path)


def same_document(got: Document, want: Document) -> bool:
    """Equal apart from ``source.path`` (the batch records where the bytes came from)."""
    strip = {"source": {"path"}}
    return got.model_dump(exclude=strip) == want.model_dump(exclude=strip)
