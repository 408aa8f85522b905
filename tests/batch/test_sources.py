"""Sources: folder walking, archive members in memory, and hostile archives."""

from __future__ import annotations

import os
import stat
import tarfile
import zipfile
from pathlib import Path

import pytest

from nghiquyet.batch.sources import DEFAULT_LIMITS, Limits, iter_sources, safe_relative

from .corpus import add_bytes, make_tar, make_tree, make_zip, small_docs


@pytest.mark.parametrize(
    ("name", "clean"),
    [
        ("a/b.txt", "a/b.txt"),
        ("./a//b.txt", "a/b.txt"),
        ("a\\b.txt", "a/b.txt"),
        ("../../etc/passwd", None),
        ("a/../../x.txt", None),
        ("/etc/passwd", None),
        ("C:\\Windows\\x.txt", None),
        ("a\x00b.txt", None),
    ],
)
def test_safe_relative(name: str, clean: str | None) -> None:
    assert safe_relative(name) == clean


def test_folder_zip_and_tar_list_the_same_documents(tmp_path: Path) -> None:
    tree = make_tree(tmp_path / "docs", copies=2)
    (tree / "copy0" / "notes.json").write_text("{}")  # not a document suffix: ignored
    zipped = make_zip(tree, tmp_path / "docs.zip")
    tarred = make_tar(tree, tmp_path / "docs.tar.gz")
    keys = {}
    for src in (tree, zipped, tarred):
        items = list(iter_sources([src]))
        assert all(i.problem is None for i in items)
        keys[src.name] = sorted(i.key.split("/", 1)[1] for i in items)
        assert len(items) == 2 * len(small_docs())
    assert keys["docs"] == keys["docs.zip"] == keys["docs.tar.gz"]
    member = next(iter_sources([zipped]))
    assert member.path.startswith(f"{zipped}!copy0/")
    assert member.data == (tree / member.key.split("/", 1)[1]).read_bytes()


def _problems(src: Path, limits: Limits = DEFAULT_LIMITS) -> dict[str, tuple[str, str]]:
    return {
        i.name: (i.problem.kind, i.problem.message)
        for i in iter_sources([src], limits=limits)
        if i.problem
    }


def test_zip_slip_absolute_and_symlink_entries_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "evil.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("../../escaped.txt", "Điều 1.")
        zf.writestr("/etc/cron.d/x.txt", "Điều 1.")
        link = zipfile.ZipInfo("link.txt")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(link, "/etc/passwd")
        zf.writestr("fine/ok.txt", "Điều 1. Phạm vi")
    problems = _problems(path)
    assert problems["../../escaped.txt"][0] == "unsafe"
    assert "traversal" in problems["../../escaped.txt"][1]
    assert problems["/etc/cron.d/x.txt"] == ("unsafe", "absolute path: '/etc/cron.d/x.txt'")
    assert problems["link.txt"][0] == "unsafe"
    good = [i for i in iter_sources([path]) if i.problem is None]
    assert [i.key for i in good] == ["evil.zip/fine/ok.txt"]
    assert not (tmp_path.parent / "escaped.txt").exists()


def test_zip_bomb_is_detected_by_ratio_without_inflating(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bomb.txt", b"\0" * (4 << 20))
        zf.writestr("ok.txt", "Điều 1.")
    limits = Limits(ratio_floor=1 << 20, max_ratio=100)
    assert _problems(path, limits)["bomb.txt"][0] == "bomb"
    assert [i.name for i in iter_sources([path], limits=limits) if i.data] == ["ok.txt"]


def test_archive_total_size_cap_stops_the_archive(tmp_path: Path) -> None:
    path = tmp_path / "big.tar"
    with tarfile.open(path, "w") as tf:
        for n in range(5):
            add_bytes(tf, f"d{n}.txt", b"x" * 1000)
    items = list(iter_sources([path], limits=Limits(max_total_bytes=2500)))
    assert [i.data is not None for i in items] == [True, True, False]
    assert items[-1].problem is not None and items[-1].problem.kind == "bomb"


def test_tar_links_traversal_and_absolute_names_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "evil.tar.gz"
    with tarfile.open(path, "w:gz") as tf:
        sym = tarfile.TarInfo("passwd.txt")
        sym.type, sym.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tf.addfile(sym)
        hard = tarfile.TarInfo("hard.txt")
        hard.type, hard.linkname = tarfile.LNKTYPE, "/etc/passwd"
        tf.addfile(hard)
        add_bytes(tf, "../up.txt", b"x")
        add_bytes(tf, "/abs.txt", b"x")
        add_bytes(tf, "ok.txt", "Điều 1.".encode())
    problems = _problems(path)
    assert problems["passwd.txt"] == ("unsafe", "link to '/etc/passwd' not followed")
    assert problems["hard.txt"][0] == "unsafe"
    assert problems["../up.txt"][0] == problems["/abs.txt"][0] == "unsafe"
    assert [i.key for i in iter_sources([path]) if i.data] == ["evil.tar.gz/ok.txt"]


def test_folder_symlink_out_of_source_is_not_followed(tmp_path: Path) -> None:
    root = tmp_path / "src"
    root.mkdir()
    (root / "inside.txt").write_text("Điều 1.")
    os.symlink("/etc/passwd", root / "passwd.txt")
    os.symlink(root / "inside.txt", root / "alias.txt")
    items = {i.name: i for i in iter_sources([root])}
    bad = items["passwd.txt"].problem
    assert bad is not None and bad.kind == "unsafe" and items["passwd.txt"].data is None
    assert items["alias.txt"].data == items["inside.txt"].data == "Điều 1.".encode()


def test_oversized_file_is_reported_not_read(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_bytes(b"x" * 2000)
    (item,) = iter_sources([tmp_path / "big.txt"], limits=Limits(max_member_bytes=1000))
    assert item.problem is not None and item.problem.kind == "too-large" and item.data is None


def test_stdin_list_mirrors_relative_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.txt").write_text("Điều 1.")
    (tmp_path / "y.txt").write_text("Điều 2.")
    monkeypatch.chdir(tmp_path)
    listed = ["a/b/x.txt\n", "\n", "y.txt\n", "./y.txt\n", f"{tmp_path}/a/b/x.txt\n"]
    items = list(iter_sources(["-"], stdin=listed))
    assert [i.key for i in items] == ["a/b/x.txt", "y.txt"]
    elsewhere = tmp_path / "a"
    monkeypatch.chdir(elsewhere)
    keys = [i.key for i in iter_sources(["-"], stdin=["../y.txt", str(tmp_path / "y.txt")])]
    assert keys == ["_/y.txt"]
    absolute = str(tmp_path / "y.txt")
    assert [i.key for i in iter_sources(["-"], stdin=[absolute])] == [absolute.lstrip("/")]
