"""Gazette page breaks cut out of the text the citation scanner reads.

A Công báo PDF text layer prints a page header and a page number at every page break,
wherever the break falls, inside a citation too: "Nghị định số" ⏎ "CÔNG BÁO/Số 275/Ngày
15-05-2026" ⏎ "102" ⏎ "143/2016/NĐ-CP", "131/2021/NĐ-" ⏎ ... ⏎ "CP", "ngày 21 tháng 10" ⏎ ...
⏎ "năm 2013". The scanner reads a view of the normalized text where each such break (the
header line, one page number line above or below it, the blank lines around) is one line
break; the view is a :class:`Normalized` of the same source, so spans still point into it.
"""

from __future__ import annotations

import bisect
import re

from nghiquyet.normalize import Normalized

# The header line: "CÔNG BÁO/Số 275/Ngày 15-05-2026", "CÔNG BÁO/ Số 851 + 852/Ngày 01-7-2025".
_HEADER = re.compile(
    r"CÔNG BÁO ?/ ?Số ?[0-9][0-9 +]{0,14}/ ?Ngày ?[0-9]{1,2}-[0-9]{1,2}-[0-9]{4}[ \t]*\n"
)
# The digital signature stamp some layers print at the foot of the first page ("Người ký: CỔNG
# THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ" / "Email: ..." / "Cơ quan: ..." / "Thời gian ký: ...").
_STAMP = re.compile(r"(?:Người ký|Ký bởi|Email|Cơ quan|Ngày ký|Thời gian ký) ?:")
_LINES = 8  # lines read above or below a header: blank, a page number, the stamp
_PAGES = 2  # page number lines ("85" / "85" where a layer printed it twice)
_SPACES = 200  # trailing or leading spaces cut with a page break, at most
_INDENT = re.compile(r"[ \t]*")
class PageView:
    """The normalized text with its gazette page breaks cut (:attr:`norm`), and the way from a
    normalized offset to the view's (:meth:`offset`)."""

    def __init__(self, norm: Normalized) -> None:
        self.cuts = _page_breaks(norm.text)
        self.norm = _cut(norm, self.cuts) if self.cuts else norm
        self._cut_starts = [a for a, _ in self.cuts]
        # View offset of the "\n" left of each cut, and the shift after it.
        self._starts: list[int] = []
        self._shifts: list[int] = []
        shift = 0
        for a, b in self.cuts:
            self._starts.append(a - shift)
            shift += b - a - 1
            self._shifts.append(shift)

    def offset(self, pos: int) -> int:
        """The view offset of normalized offset ``pos`` (inside a cut: that cut's line break)."""
        i = bisect.bisect_right(self._cut_starts, pos) - 1
        if i < 0:
            return pos
        if pos < self.cuts[i][1]:
            return self._starts[i]
        return pos - self._shifts[i]


def _page_breaks(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each page break in ``text``, in order: the header line and the
    blank, page number and stamp lines around it, from the end of the text line above to the
    start of the text below."""
    cuts: list[tuple[int, int]] = []
    i = text.find("CÔNG BÁO")
    while i != -1:
        head = _HEADER.match(text, i)
        line = text.rfind("\n", max(0, i - _SPACES), i) if head is not None else -1
        if head is not None and line != -1 and not text[line + 1 : i].strip(" \t"):
            start, pages = _above(text, line)
            end = _below(text, head.end(), pages)
            if not cuts or start >= cuts[-1][1]:
                cuts.append((start, end))
        i = text.find("CÔNG BÁO", i + 8)
    return cuts


def _above(text: str, nl: int) -> tuple[int, int]:
    """Where the furniture above the header whose line starts after ``nl`` (a line break)
    begins: after the last text line, its trailing spaces included; and the page number lines
    it holds."""
    pages = 0
    for _ in range(_LINES):
        prev = text.rfind("\n", 0, nl)
        words = text[prev + 1 : nl].strip(" \t")
        if words.isdigit() and len(words) <= 4 and pages < _PAGES:
            pages += 1
        elif words and not _STAMP.match(words):
            break
        if prev == -1:
            break
        nl = prev
    start = nl
    while start > nl - _SPACES and text[start - 1] in " \t":
        start -= 1
    return start, pages


def _below(text: str, pos: int, pages: int) -> int:
    """Where the text below a header resumes, from ``pos`` (the start of the next line)."""
    for _ in range(_LINES):
        nl = text.find("\n", pos)
        words = text[pos : len(text) if nl == -1 else nl].strip(" \t")
        if words.isdigit() and len(words) <= 4 and pages < _PAGES:
            pages += 1
        elif words or nl == -1:
            break
        pos = nl + 1
    indent = _INDENT.match(text, pos, pos + _SPACES)
    return pos if indent is None else indent.end()


def _cut(norm: Normalized, cuts: list[tuple[int, int]]) -> Normalized:
    """``norm`` with each cut replaced by one line break; breaks composed to the source."""
    text, old = norm.text, norm.breaks
    pieces: list[str] = []
    breaks: list[tuple[int, int]] = []
    last = shift = j = 0
    for a, b in cuts:
        pieces += (text[last:a], "\n")
        last = b
        while j < len(old) and old[j][0] <= a:
            breaks.append((old[j][0] - shift, old[j][1]))
            j += 1
        while j < len(old) and old[j][0] <= b:
            j += 1  # inside the cut: source_offset(b) below accounts for it
        breaks.append((a - shift + 1, norm.source_offset(b)))
        shift += b - a - 1
    pieces.append(text[last:])
    breaks += [(n - shift, s) for n, s in old[j:]]
    return Normalized(
        source=norm.source,
        text="".join(pieces),
        breaks=tuple(breaks),
        _norm_keys=tuple(n for n, _ in breaks),
    )


__all__ = ["PageView"]
