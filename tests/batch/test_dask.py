"""The dask engine on a local cluster of 2 workers gives the local engine's outputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nghiquyet.batch import convert
from nghiquyet.errors import NghiquyetError

from .corpus import make_tree, make_zip

distributed = pytest.importorskip("distributed", reason="the optional extra nghiquyet[dask]")


def _manifest(out: Path) -> dict[str, tuple[str, str, str]]:
    recs = [json.loads(x) for x in (out / "manifest.jsonl").read_text().splitlines()]
    return {r["key"]: (r["sha256"], r["status"], r.get("output")) for r in recs}


def test_dask_engine_matches_local_engine(tmp_path: Path) -> None:
    tree = make_tree(tmp_path / "docs", copies=1)
    (tree / "copy0" / "old.pdf").write_bytes(b"%PDF-1.4\n")
    zipped = make_zip(tree, tmp_path / "docs.zip")
    local = convert([zipped], tmp_path / "local", jobs=1)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        remote = convert(
            [zipped], tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address
        )
        again = convert(
            [zipped], tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address
        )
    assert (remote.converted, remote.failures) == (local.converted, local.failures)
    assert (again.converted, again.unchanged) == (0, local.converted)
    assert _manifest(tmp_path / "dask") == _manifest(tmp_path / "local")
    outputs = list((tmp_path / "local" / "docs.zip").rglob("*.json"))
    assert len(outputs) == local.converted > 0
    for f in outputs:
        twin = tmp_path / "dask" / f.relative_to(tmp_path / "local")
        assert twin.read_bytes() == f.read_bytes()
    for name in ("catalogue.jsonl", "citations.jsonl", "errors.jsonl"):
        assert sorted((tmp_path / "dask" / name).read_text().splitlines()) == sorted(
            (tmp_path / "local" / name).read_text().splitlines()
        )


def test_dask_engine_needs_a_scheduler(tmp_path: Path) -> None:
    with pytest.raises(NghiquyetError, match="scheduler"):
        convert([tmp_path], tmp_path / "out", engine="dask")
