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
# Before it: the end of the last text line, blank lines, at most one page number line.
_BEFORE = re.compile(
    r"[ \t]*\n(?:[ \t]*\n){0,3}(?P<page>[ \t]*[0-9]{1,4}[ \t]*\n(?:[ \t]*\n){0,3})?[ \t]*\Z"
)
_REACH = 60  # characters _BEFORE may span
# After it: blank lines and a page number line (unless one stood above), up to the next text.
_AFTER = re.compile(r"(?:[ \t]*\n){0,3}(?:[ \t]*[0-9]{1,4}[ \t]*\n(?:[ \t]*\n){0,3})?[ \t]*")
_AFTER_BLANK = re.compile(r"(?:[ \t]*\n){0,3}[ \t]*")


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
    """``[start, end)`` of each page break in ``text``, in order; each starts at a line end."""
    cuts: list[tuple[int, int]] = []
    i = text.find("CÔNG BÁO")
    while i != -1:
        head = _HEADER.match(text, i)
        before = _BEFORE.search(text, max(0, i - _REACH), i) if head is not None else None
        if head is not None and before is not None:
            after = (_AFTER_BLANK if before["page"] else _AFTER).match(text, head.end())
            start, end = before.start(), after.end() if after is not None else head.end()
            if not cuts or start >= cuts[-1][1]:
                cuts.append((start, end))
        i = text.find("CÔNG BÁO", i + 8)
    return cuts


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
