"""convert: outputs equal per-file parse results; resume, errors, limits, JSON Lines."""

from __future__ import annotations

import json
import shutil
import tarfile
import zipfile
from pathlib import Path

import pytest

from nghiquyet.batch import convert, iter_documents
from nghiquyet.batch.outputs import JsonLines
from nghiquyet.batch.worker import Result
from nghiquyet.models import Document

from .corpus import add_bytes, expected, make_tar, make_tree, make_zip, same_document, small_docs
from .hooks import misbehave


def _records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_folder_zip_and_tar_outputs_equal_parse(tmp_path: Path) -> None:
    tree = make_tree(tmp_path / "docs", copies=2)
    zipped = make_zip(tree, tmp_path / "docs.zip")
    tarred = make_tar(tree, tmp_path / "docs.tar.gz")
    out = tmp_path / "out"
    summary = convert([tree, zipped, tarred], out, jobs=2)
    n = len(small_docs())
    assert summary.ok and summary.converted == 3 * 2 * n and summary.failed == 0
    want = {p.name: expected(p) for p in small_docs()}
    for root in ("docs", "docs.zip", "docs.tar.gz"):
        files = sorted((out / root).rglob("*.json"))
        assert len(files) == 2 * n
        for f in files:
            got = Document.model_validate_json(f.read_bytes())
            name = f.name.removesuffix(".json")
            assert same_document(got, want[name]), f
            assert got.source.sha256 == expected(tree / "copy0" / name).source.sha256
            assert got.source.path is not None and got.source.path.endswith(name)
    member = Document.model_validate_json(
        (out / "docs.zip/copy1" / f"{small_docs()[0].name}.json").read_bytes()
    )
    assert member.source.path == f"{zipped}!copy1/{small_docs()[0].name}"
    catalogue = _records(out / "catalogue.jsonl")
    assert len(catalogue) == 3 * 2 * n
    assert {"id", "type", "number", "date", "issuer", "title", "path"} <= set(catalogue[0])
    manifest = _records(out / "manifest.jsonl")
    assert len(manifest) == 3 * 2 * n and {r["status"] for r in manifest} == {"done"}


def test_rerun_skips_unchanged_and_redoes_changed(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    docs = small_docs()[:3]
    for p in docs:
        shutil.copyfile(p, src / p.name)
    out = tmp_path / "out"
    assert convert([src], out, jobs=1, format="jsonl").converted == 3
    again = convert([src], out, jobs=1, format="jsonl")
    assert (again.converted, again.unchanged) == (0, 3)
    shutil.copyfile(docs[0], src / docs[1].name)  # a source changes
    third = convert([src], out, jobs=1, format="jsonl")
    assert (third.converted, third.unchanged) == (1, 2)
    lines = (out / JsonLines.NAME).read_text(encoding="utf-8").splitlines()
    got = {d.source.path: d for d in map(Document.model_validate_json, lines)}
    assert len(lines) == len(got) == 3
    assert same_document(got[str(src / docs[1].name)], expected(docs[0]))
    assert len(_records(out / "manifest.jsonl")) == 3


def test_bad_documents_are_reported_and_the_rest_converted(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    good = small_docs()[0]
    shutil.copyfile(good, src / good.name)
    (src / "old.pdf").write_bytes(b"%PDF-1.4\n" + b"\0" * 100)
    (src / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    (src / "empty.md").write_bytes(b"")
    (src / "slow.txt").write_text("Điều 1.")
    (src / "greedy.txt").write_text("Điều 1.")
    (src / "crash.txt").write_text("Điều 1.")
    out = tmp_path / "out"
    summary = convert([src], out, jobs=2, timeout=5.0, memory_mb=256, converter=misbehave)
    assert not summary.ok and summary.converted == 1
    assert summary.failures == {
        "unsupported": 1,
        "read": 1,
        "empty": 1,
        "timeout": 1,
        "memory": 1,
        "crash": 1,
    }
    errors = {Path(str(r["path"])).name: r for r in _records(out / "errors.jsonl")}
    assert set(errors) == {
        "old.pdf",
        "binary.txt",
        "empty.md",
        "slow.txt",
        "greedy.txt",
        "crash.txt",
    }
    assert "not supported" in str(errors["old.pdf"]["error"])
    assert (out / "src" / f"{good.name}.json").is_file()
    assert json.loads((out / "summary.json").read_text())["failed"] == 6
    # Unchanged failures are not retried, and still reported.
    again = convert([src], out, jobs=1, timeout=5.0, converter=misbehave)
    assert (again.converted, again.unchanged, again.failed) == (0, 1, 6)


def test_hostile_archives_convert_safely(tmp_path: Path) -> None:
    empty_tar = tmp_path / "empties.tar"
    with tarfile.open(empty_tar, "w") as tf:
        for n in range(10_000):
            add_bytes(tf, f"e/{n:05}.txt", b"")
        add_bytes(tf, "../../escape.txt", "Điều 1.".encode())
    evil_zip = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil_zip, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("../../../escape.txt", "Điều 1.")
        zf.writestr("/tmp/abs.txt", "Điều 1.")
        zf.writestr("bomb.txt", b"\0" * (70 << 20))
        zf.writestr("ok/doc.txt", "Điều 1. Phạm vi điều chỉnh")
    out = tmp_path / "out"
    summary = convert([empty_tar, evil_zip], out, jobs=1)
    assert summary.converted == 1 and summary.failures == {"empty": 10_000, "unsafe": 3, "bomb": 1}
    outputs = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert outputs == ["evil.zip/ok/doc.txt.json", "summary.json"]
    assert not list(tmp_path.rglob("escape.txt")) and not Path("/tmp/abs.txt.json").exists()
    assert len(_records(out / "errors.jsonl")) == 10_004


def test_iter_documents_yields_parse_results_and_errors(tmp_path: Path) -> None:
    tree = make_tree(tmp_path / "docs", copies=1)
    (tree / "copy0" / "old.pdf").write_bytes(b"%PDF-1.4\n")
    zipped = make_zip(tree, tmp_path / "docs.zip")
    failed: list[Result] = []
    docs = list(iter_documents(zipped, on_error=failed.append))
    want = [expected(p) for p in sorted(small_docs())]
    assert len(docs) == len(want)
    assert all(same_document(g, w) for g, w in zip(docs, want, strict=True))
    assert [(r.path, r.kind) for r in failed] == [(f"{zipped}!copy0/old.pdf", "unsupported")]
    parallel = {d.source.path: d for d in iter_documents([zipped], jobs=2)}
    assert parallel == {d.source.path: d for d in docs}


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_cli_convert_and_exit_status(
    tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from nghiquyet.cli import main

    src = tmp_path / "src"
    src.mkdir()
    shutil.copyfile(small_docs()[1], src / small_docs()[1].name)
    out = tmp_path / "out"
    assert main(["convert", str(src), "-o", str(out), "--format", fmt, "-j", "1"]) == 0
    assert "converted 1" in capsys.readouterr().err
    (src / "bad.txt").write_bytes(b"\xff\xfe\x00\xd8")  # a lone surrogate in UTF-16
    assert main(["convert", str(src), "-o", str(out), "--format", fmt, "-q"]) == 1
    assert capsys.readouterr().err == ""


def test_worker_writes_tree_outputs_itself(tmp_path: Path) -> None:
    """With a sink the payload stays in the worker: the result carries only its path."""
    from nghiquyet.batch.outputs import JsonTree
    from nghiquyet.batch.worker import Task, run_task

    doc = small_docs()[0]
    data = doc.read_bytes()
    tmp = tmp_path / "out" / ".tmp"
    tmp.mkdir(parents=True)
    sink = JsonTree(tmp_path / "out", tmp)
    task = Task(f"src/{doc.name}", doc.name, str(doc), data, "0" * 64)
    result = run_task(task, sink=sink)
    assert result.ok and result.payload is None and result.output == f"src/{doc.name}.json"
    written = Document.model_validate_json((tmp_path / "out" / result.output).read_bytes())
    assert same_document(written, expected(doc))
    escaping = Task("../outside", doc.name, str(doc), data, "0" * 64)
    failed = run_task(escaping, sink=sink)
    assert (failed.kind, failed.output) == ("output", None)
    assert not (tmp_path / "outside.json").exists()
