"""normalize()'s shortcuts give the text the plain pipeline of full regex passes gives."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nghiquyet import normalize as N


def _reference(source: str, markdown: bool = True) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Every step of normalize() as one full pass over the text, no shortcut."""
    src = source.replace("\r\n", " \n").replace("\r", "\n")
    text, breaks = src, []
    if not unicodedata.is_normalized("NFC", src) or any(c in src for c in N._DROP):
        text, breaks = N._nfc_with_map(src)
    text = N._FOLD_CHARS.sub(N._fold, text)
    text = N._PRIVATE_USE.sub(" ", text)
    if markdown:
        text = N._BLOCK_TAG.sub(N._break, text)
        text = N._MARKUP.sub(N._blank, text)
        text = N._EDITORIAL.sub(N._blank_keep_lines, text)
        text = N._SITE_PREFIX.sub(N._blank, text)
        found = [(m.start("p"), m.end("p"), m.group("p")) for m in N._NAMED_PREFIX.finditer(text)]
        for a, b, p in found:
            if sum(q == p for _, _, q in found) >= 3:
                text = text[:a] + " " * (b - a) + text[b:]
    return text, tuple(breaks)


PIECES = st.sampled_from(
    [
        "a", "Đ", " ", "  ", "\n", "\n\n", "*", "**", "_", "___", "\\", "\\-", "<", ">", "&",
        "#", "## ", "> ", "[", "]", ".", ":", "<br>", "<b>", "</span>", "&nbsp;", "&NBSP;",
        "e\u0301", "\u0301", "\u0323", "ẹ", "\u00ad", "\ufeff", "\x00", "\u200b", "\u00a0",
        "\t", "\x0c", "\r\n", "\r", "\uf0a3", "\u2028", "\u00d0", "\u212a", "\u1fef", "≥",
        "Điều 1", "Chương II", "Nghị định 5/2020/NĐ-CP. Điều 1", "\nLuật Đất đai. Điều ",
        "Nghị\nđịnh 12-CP.  Chương ", "\nVăn bản hợp nhất 1/VBHN. Điều ", "Luật X. Chương ",
        "[Khoản này được hướng dẫn bởi Điều 7]", "[bị bãi bỏ", "được sửa đổi]",
    ]
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(PIECES, max_size=60), st.booleans())
def test_normalize_matches_the_full_passes(pieces: list[str], markdown: bool) -> None:
    source = "".join(pieces)
    norm = N.normalize(source, markdown=markdown)
    assert (norm.text, norm.breaks) == _reference(source, markdown)


@pytest.mark.parametrize("prefix", ["Luật Đất đai 2024. ", "Hiến pháp 2013. "])
def test_repeated_site_prefixes_are_blanked(prefix: str) -> None:
    text = "".join(f"{prefix}Điều {i}. Tiêu đề\n" for i in range(1, 4))
    assert N.normalize(text).text.splitlines()[0] == " " * len(prefix) + "Điều 1. Tiêu đề"


def test_line_positions() -> None:
    norm = N.normalize("ab\ncd\n\nef")
    assert [norm.source_position(i) for i in (0, 3, 4, 6, 7, 8)] == [
        (1, 1), (2, 1), (2, 2), (3, 1), (4, 1), (4, 2)
    ]  # fmt: skip


def _maybe_marks() -> set[int]:
    """Characters that compose with the character before them (NFC quick check Maybe)."""
    marks = set()
    for cp in range(0x110000):
        d = unicodedata.decomposition(chr(cp))
        parts = d.split()
        if len(parts) == 2 and not d.startswith("<"):
            first, second = chr(int(parts[0], 16)), chr(int(parts[1], 16))
            if unicodedata.normalize("NFC", first + second) == chr(cp):
                marks.add(ord(second))
    return marks


def test_nfc_inert_ranges_are_inert() -> None:
    maybe = _maybe_marks()
    for lo, hi in N.NFC_INERT:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            assert unicodedata.category(ch) != "Cn", hex(cp)  # assigned: properties are stable
            assert unicodedata.combining(ch) == 0, hex(cp)
            assert unicodedata.normalize("NFC", ch) == ch, hex(cp)
            assert cp not in maybe, hex(cp)


def test_positions_in_any_order() -> None:
    source = "ab\ncd\n\nef\n"
    expected = {}
    for off in range(len(source) + 1):
        before = source[:off]
        expected[off] = (before.count("\n") + 1, off - (before.rfind("\n") + 1) + 1)
    norm = N.normalize(source)
    order = [*range(len(source) + 1), 3, 0, 9, 4, 4, 10, 1]
    assert [norm.source_position(off) for off in order] == [expected[off] for off in order]
    span = norm.span(3, 9)
    assert span == N.Span(start=3, end=9, line=2, column=1, end_line=4)
    assert span.model_fields_set == set(N.Span.model_fields)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["a", " ", "\n", "*", "\u0301", "\u0323", "\u00ad", "\u212a",
                                 "\u0903", "ẹ", "Đ", "\x00"]), max_size=30))  # fmt: skip
def test_nfc_from_marks_is_nfc_with_map(chars: list[str]) -> None:
    text = "".join(chars)
    marks = [m.start() for m in N._SPECIAL.finditer(text)]
    result, breaks, found = N._nfc_marked(text, marks, {text[i] for i in marks})
    assert (result, breaks) == N._nfc_with_map(text)
    assert found == [m.start() for m in N._SPECIAL.finditer(result)]


def test_norm_offset_inverts_source_offset() -> None:
    source = unicodedata.normalize("NFD", "Xét Tờ trình\u00ad số 5") + " và"
    norm = N.normalize(source)
    assert norm.text == "Xét Tờ trình số 5 và"
    for i in range(len(norm.text) + 1):
        assert norm.norm_offset(norm.source_offset(i)) == i
    assert norm.norm_offset(len(source)) == len(norm.text)
