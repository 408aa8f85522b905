"""Crash safety: SIGKILL at random points, then a rerun completes the set exactly once."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from nghiquyet.batch import convert
from nghiquyet.batch.manifest import Manifest
from nghiquyet.batch.outputs import JsonLines, JsonTree
from nghiquyet.models import Document

from .corpus import expected, make_tree, same_document, small_docs


def _run(cmd: list[str], wait: float | None) -> bool:
    """Run ``cmd``; SIGKILL its whole process group after ``wait`` s. True if killed."""
    proc = subprocess.Popen(
        cmd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        proc.wait(timeout=wait)
        return False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        return True


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_sigkill_then_rerun_gives_exactly_one_output_per_source(tmp_path: Path, fmt: str) -> None:
    tree = make_tree(tmp_path / "docs", copies=2)
    out = tmp_path / "out"
    cmd = [
        sys.executable,
        "-m",
        "nghiquyet",
        "convert",
        str(tree),
        "-o",
        str(out),
        "--format",
        fmt,
        "-j",
        "2",
        "-q",
    ]
    rng = random.Random(f"kill-{fmt}")
    kills = [_run(cmd, rng.uniform(0.3, 1.5))]
    kills += [_run(cmd, rng.uniform(0.3, 2.5)) for _ in range(2)]
    assert kills[0], "the first run must be killed mid-way"
    assert subprocess.run(cmd, timeout=300).returncode == 0
    sources = sorted(p for p in tree.rglob("*") if p.is_file())
    want = {p.name: expected(p) for p in small_docs()}
    if fmt == "json":
        outputs = {p: out / "docs" / f"{p.relative_to(tree).as_posix()}.json" for p in sources}
        docs = {str(p): Document.model_validate_json(o.read_bytes()) for p, o in outputs.items()}
        assert len(
            list(out.rglob("*.txt.json"))
            + list(out.rglob("*.md.json"))
            + list(out.rglob("*.docx.json"))
        ) == len(sources)
    else:
        lines = (out / JsonLines.NAME).read_bytes().split(b"\n")
        assert lines[-1] == b""
        parsed = [Document.model_validate_json(line) for line in lines[:-1]]
        docs = {str(d.source.path): d for d in parsed}
        assert len(parsed) == len(docs) == len(sources)
    assert set(docs) == {str(p) for p in sources}
    for path, doc in docs.items():
        assert same_document(doc, want[Path(path).name])
    records = [json.loads(x) for x in (out / "manifest.jsonl").read_text().splitlines()]
    assert len(records) == len(sources) and all(r["status"] == "done" for r in records)
    assert not any((out / ".tmp").iterdir())


def test_manifest_drops_a_truncated_last_line_and_appends_cleanly(tmp_path: Path) -> None:
    good = [{"key": k, "sha256": "s", "status": "done", "path": k} for k in ("a", "b")]
    text = "".join(json.dumps(r) + "\n" for r in good) + '{"key": "c", "sha2'
    (tmp_path / "manifest.jsonl").write_text(text)
    manifest = Manifest(tmp_path)
    assert sorted(manifest.entries) == ["a", "b"]
    manifest.record({"key": "c", "sha256": "t", "status": "failed", "path": "c"})
    manifest.close()
    lines = (tmp_path / "manifest.jsonl").read_text().splitlines()
    assert [json.loads(x)["key"] for x in lines] == ["a", "b", "c"]


def test_jsonl_reconcile_keeps_one_line_per_recorded_source(tmp_path: Path) -> None:
    manifest = Manifest(tmp_path)
    for key in ("a", "b"):
        manifest.record({"key": key, "sha256": f"h{key}", "status": "done", "path": f"/{key}"})
    manifest.close()

    def line(path: str, sha: str) -> bytes:
        doc = Document.model_validate({"source": {"path": path, "sha256": sha}})
        return doc.model_dump_json().encode() + b"\n"

    stale, dup = line("/a", "old"), line("/a", "ha")
    (tmp_path / JsonLines.NAME).write_bytes(stale + dup + dup + line("/x", "hx") + dup[:20])
    tmp = tmp_path / ".tmp"
    tmp.mkdir()
    JsonLines(tmp_path, tmp).prepare(manifest)
    assert (tmp_path / JsonLines.NAME).read_bytes() == dup
    assert sorted(manifest.entries) == ["a"]  # "b" has no line: it will be redone


def test_tree_output_refuses_paths_outside_out(tmp_path: Path) -> None:
    tree = JsonTree(tmp_path / "out", tmp_path)
    (tmp_path / "out").mkdir()
    os.symlink(tmp_path, tmp_path / "out" / "link")
    with pytest.raises(ValueError, match="leave the output folder"):
        tree.target("link/../../x.txt")
    with pytest.raises(ValueError, match="leave the output folder"):
        tree.target("link/x.txt")


def test_two_runs_cannot_write_the_same_output_folder(tmp_path: Path) -> None:
    from nghiquyet.batch.manifest import OutputLock
    from nghiquyet.errors import NghiquyetError

    with OutputLock(tmp_path), pytest.raises(NghiquyetError, match="another conversion"):
        convert([tmp_path / "nothing"], tmp_path, jobs=1)
