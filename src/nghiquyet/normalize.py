"""Normalize source text for matching, keeping a map back to the exact source offsets.

:func:`normalize` returns a :class:`Normalized`: the text in NFC with look-alike and invisible
characters folded (Ð→Đ, NBSP→space, zero-width and soft hyphens dropped) and, for markdown,
markup blanked out with spaces (``**``, ``\\-``, leading ``#``, ``<br>``, portal notes in
brackets), so that regexes see
clean words. Blanking keeps lengths; only NFC and dropped characters shift offsets, and those
shifts are recorded so :meth:`Normalized.span` always points into the caller's original text.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

import regex

from nghiquyet.models import Span, trusted

# Characters folded one-to-one (same length).
_FOLD_TO = {
    "\u00d0": "Đ",  # Ð ETH (CP1252 reading of CP1258 Đ)
    "\u00f0": "đ",  # ð from OCR
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u3000": " ",
    "\t": " ",
    "\u000b": " ",
    "\u000c": "\n",  # page break
    "\u2028": "\n",
    "\u2029": "\n",
    "\u0085": "\n",
    "\uff0f": "/",
    "\u201f": "\u201c",  # ‟ reversed opening quote of some PDF layers: an opening “
}
_FOLD = str.maketrans(_FOLD_TO)
_FOLD_CHARS = regex.compile(
    "[\u00d0\u00f0\u00a0\u2007\u202f\u3000\t\u000b\u000c\u2028\u2029\u0085\uff0f\u201f]"
)
# Characters dropped (offsets shift).
_DROP = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\x00")
_PRIVATE_USE = regex.compile(r"[\uE000-\uF8FF]")
_PRIVATE_RANGE = (0xE000, 0xF8FF)

# Code point ranges NFC leaves alone wherever they stand: combining class 0, quick check Yes,
# never the second half of a composition (tests/test_normalize.py checks this). A text of
# these characters alone is NFC.
NFC_INERT = (
    (0x0000, 0x02FF),  # ASCII, Latin-1, Latin Extended-A and -B, IPA, modifier letters
    (0x1EA0, 0x1EF9),  # Vietnamese letters
    (0x2002, 0x2064),  # spaces, punctuation
    (0x2190, 0x2328),  # arrows, mathematical operators, technical symbols
    (0x232B, 0x23FF),
    (0x2500, 0x27BF),  # box drawing, shapes, symbols, dingbats
    (0x3000, 0x3000),
    _PRIVATE_RANGE,
    (0xFF0F, 0xFF0F),
)
# What starts a markup match (besides marks at a line start, found on their own), and what
# some step below rewrites: these and the characters outside NFC_INERT are "special".
# ("*" is not among them: every "*" is blanked, by one replace.)
_MARKUP_FIRST = "_\\<&"
_REWRITTEN = {*_FOLD, *map(ord, _DROP), *map(ord, _MARKUP_FIRST), ord("[")}


def _without(ranges: tuple[tuple[int, int], ...], points: set[int]) -> list[tuple[int, int]]:
    """``ranges`` of code points less ``points``."""
    kept: list[tuple[int, int]] = []
    for lo, hi in ranges:
        start = lo
        for cp in [*sorted(c for c in points if lo <= c <= hi), hi + 1]:
            if start < cp:
                kept.append((start, cp - 1))
            start = cp + 1
    return kept


def _char_class(ranges: list[tuple[int, int]]) -> str:
    return "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


# A special character: one outside NFC_INERT, or one some step rewrites.
_PLAIN = [r for r in NFC_INERT if r != _PRIVATE_RANGE]
_SPECIAL = re.compile("[^" + _char_class(_without(tuple(_PLAIN), _REWRITTEN)) + "]")


def _nfc_inert(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in NFC_INERT)


# Markdown / HTML markup blanked to spaces (same length). Each alternative names real text:
#   **Điều 1.**   *Căn cứ*   1\.   \-\-\--   ### Điều 3   <br>   <div align="center">
_MARKUP = regex.compile(
    r"""
      (?P<emph>\*{1,3}|_{2,3})                   # **bold**, *italic*, __bold__
    | \\(?=[-.*_\#|\\()\[\]<>`~+!:;'"])            # pandoc escapes: 1\.  \-
    | \\$                                           # pandoc hard line break
    | ^[ ]{0,3}\#{1,6}(?=[ ]|$)                     # ATX heading marks
    | ^[ ]{0,3}>[ ]?                                # block quote
    | </?(?:span|b|i|u|em|strong|sup|sub|center|font|a)\b[^<>\n]{0,200}>
    | &nbsp;
    | \\(?=[ ])                                   # pandoc grid-table line break "\   "
    """,
    regex.VERBOSE | regex.MULTILINE | regex.IGNORECASE,
)


# Editorial notes a legal portal inserts in square brackets: not the document's text.
#   "[Khoản này được hướng dẫn bởi Điều 7 Nghị định 145/2020/NĐ-CP ...]"
_EDITORIAL = regex.compile(
    r"\[[^\[\]]{0,800}?(?:được\s+hướng\s+dẫn|được\s+sửa\s+đổi|bị\s+bãi\s+bỏ|được\s+bãi\s+bỏ"
    r"|hết\s+hiệu\s+lực|được\s+bổ\s+sung|bị\s+thay\s+thế|được\s+thay\s+thế|được\s+đính\s+chính"
    r"|được\s+quy\s+định\s+chi\s+tiết|bị\s+đình\s+chỉ|được\s+hợp\s+nhất)[^\[\]]{0,800}\]"
)

# The end of every _SITE_PREFIX match, cheap to look for first.
_SITE_TAIL = re.compile(r"\.[ ]+(?:Chương|Điều|Mục|Phần|CHƯƠNG|ĐIỀU|MỤC|PHẦN)")

# A portal's prefix before each heading: "Nghị định 47/2021/NĐ-CP. Điều 1. Phạm vi ...".
_SITE_PREFIX = regex.compile(
    r"^[ ]{0,3}(?:Nghị\s+định|Thông\s+tư(?:\s+liên\s+tịch)?|Luật|Bộ\s+luật|Nghị\s+quyết"
    r"|Quyết\s+định|Pháp\s+lệnh|Văn\s+bản\s+hợp\s+nhất)\s+\d{1,5}[/\-][0-9A-Za-zĐđ/\-]{1,40}\.[ ]+"
    r"(?=(?:Chương|Điều|Mục|Phần|CHƯƠNG|ĐIỀU|MỤC|PHẦN)\s)",
    regex.MULTILINE,
)

# The same with the portal's own name of the document: "Luật Doanh nghiệp 2020. Điều 1. ...";
# blanked only when one prefix opens at least three headings (never a sentence of the text).
_NAMED_PREFIX = regex.compile(
    r"^[ ]{0,3}(?P<p>(?:Luật|Bộ\s+luật|Nghị\s+định|Thông\s+tư|Nghị\s+quyết|Quyết\s+định|Pháp\s+lệnh"
    r"|Hiến\s+pháp|Văn\s+bản\s+hợp\s+nhất)[^\n.]{1,150}?\.[ ]+)"
    r"(?=(?:Chương|Điều|Mục|Phần|CHƯƠNG|ĐIỀU)\s)",
    regex.MULTILINE,
)


def _blank_repeated_prefixes(text: str) -> str:
    if ". Điều" not in text and ". Chương" not in text:
        return text
    lines = _line_starts_at(text, _DOC_LINE, _FIRST_DOC_LINE)
    found = [
        (m.start("p"), m.end("p"), m.group("p")) for m in _matches_at(_NAMED_PREFIX, text, lines)
    ]
    counts = Counter(p for _, _, p in found)
    spans = [(a, b) for a, b, p in found if counts[p] >= 3]
    if not spans:
        return text
    out, last = [], 0
    for a, b in spans:
        out.append(text[last:a])
        out.append(" " * (b - a))
        last = b
    out.append(text[last:])
    return "".join(out)


# Block-level HTML tags end a line: replaced by a newline padded to the tag's length.
_BLOCK_TAG = regex.compile(
    r"</?(?:br|p|div|tr|td|th|table|tbody|thead|li|ul|ol|h[1-6])\b[^<>\n]{0,200}>", regex.IGNORECASE
)


@dataclass(frozen=True)
class Normalized:
    """Normalized text plus the map back to the source.

    ``breaks`` lists (normalized offset, source offset) pairs at every place where the
    difference between the two changes; between breaks the texts run in step.
    """

    source: str
    text: str
    breaks: tuple[tuple[int, int], ...] = ()
    _norm_keys: tuple[int, ...] = field(default=(), repr=False)
    # The last source position asked for: (offset, line, offset of the line's start). Asked
    # in order, positions cost a count of the line breaks since the last one.
    _cursor: list[tuple[int, int, int]] = field(
        default_factory=lambda: [(0, 1, 0)], repr=False, compare=False
    )

    @cached_property
    def _line_starts(self) -> tuple[int, ...]:
        """Source offsets where lines start, for positions asked out of order."""
        lines = self.source.split("\n")
        return (0, *itertools.accumulate(map((1).__add__, map(len, lines[:-1]))))

    def source_offset(self, offset: int) -> int:
        """The source offset of normalized offset ``offset``."""
        if not self.breaks:
            return offset
        i = bisect.bisect_right(self._norm_keys, offset) - 1
        if i < 0:
            return offset
        norm_at, src_at = self.breaks[i]
        return min(src_at + (offset - norm_at), len(self.source))

    @cached_property
    def _source_keys(self) -> tuple[int, ...]:
        return tuple(src for _, src in self.breaks)

    def norm_offset(self, source_offset: int) -> int:
        """The normalized offset of source offset ``source_offset`` (inside a character that
        normalizing merged or dropped: the offset of what it became)."""
        if not self.breaks:
            return source_offset
        i = bisect.bisect_right(self._source_keys, source_offset) - 1
        if i < 0:
            return min(source_offset, len(self.text))
        norm_at, src_at = self.breaks[i]
        return min(norm_at + (source_offset - src_at), len(self.text))

    def source_position(self, source_offset: int) -> tuple[int, int]:
        """1-based (line, column) of a source offset."""
        at, line, start = self._cursor[0]
        if source_offset >= at:
            breaks = self.source.count("\n", at, source_offset)
            if breaks:
                line += breaks
                start = self.source.rfind("\n", at, source_offset) + 1
        else:
            i = bisect.bisect_right(self._line_starts, source_offset) - 1
            line, start = i + 1, self._line_starts[i]
        self._cursor[0] = (source_offset, line, start)
        return line, source_offset - start + 1

    def span(self, start: int, end: int) -> Span:
        """A :class:`Span` in source coordinates for normalized ``[start, end)``."""
        if self.breaks:
            s = self.source_offset(start)
            e = max(s, self.source_offset(end))
        else:
            s, e = start, max(start, end)
        # source_position(s), then source_position(max(s, e - 1)), inlined for the forward case.
        source, cursor = self.source, self._cursor
        at, line, line_start = cursor[0]
        if s >= at:
            if breaks := source.count("\n", at, s):
                line += breaks
                line_start = source.rfind("\n", at, s) + 1
        else:
            line, _ = self.source_position(s)
            line_start = cursor[0][2]
        end_line, last = line, e - 1
        if last > s:
            if breaks := source.count("\n", s, last):
                end_line += breaks
                cursor[0] = (last, end_line, source.rfind("\n", s, last) + 1)
            else:
                cursor[0] = (last, line, line_start)
        else:
            cursor[0] = (s, line, line_start)
        fields = {"start": s, "end": e, "line": line, "column": s - line_start + 1}
        fields["end_line"] = end_line
        return trusted(Span, fields)


_CLUSTER = regex.compile(r"[^\p{M}]\p{M}+|[\u00ad\u200b\u200c\u200d\u2060\ufeff\x00]")


def _nfc_with_map(text: str) -> tuple[str, list[tuple[int, int]]]:
    """NFC and drop invisible characters, recording offset breaks.

    Only clusters of a base letter and combining marks (and dropped characters) are
    touched, so text that is already NFC costs one C-level scan.
    """
    lines = _unsettled_lines(text)
    if not lines:
        return text, []
    out: list[str] = []
    breaks: list[tuple[int, int]] = []
    shift = 0  # normalized length minus source length so far
    last = 0
    clusters = (m for start, end in lines for m in _CLUSTER.finditer(text, start, end))
    for m in clusters:
        a, b = m.span()
        chunk = m.group(0)
        piece = "" if chunk in _DROP else unicodedata.normalize("NFC", chunk)
        out.append(text[last:a])
        out.append(piece)
        last = b
        if len(piece) != b - a:
            shift += len(piece) - (b - a)
            breaks.append((b + shift, b))
    out.append(text[last:])
    result = "".join(out)
    if _UNSETTLED.search(result) and not unicodedata.is_normalized("NFC", result):
        return _nfc_slow(text)
    return result, breaks


# A character that may make its line not NFC, or that is dropped.
_UNSETTLED = re.compile("[^" + _char_class(_without(NFC_INERT, {ord(c) for c in _DROP})) + "]")


def _unsettled_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the lines (with their line break) that are not NFC or hold a
    dropped character. NFC never acts across a line break, and a line of NFC-inert
    characters is NFC, so only lines holding another character are checked."""
    lines = []
    end = 0
    for m in _UNSETTLED.finditer(text):
        at = m.start()
        if at < end:
            continue
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at) + 1 or len(text)
        line = text[start:end]
        if not unicodedata.is_normalized("NFC", line) or any(c in line for c in _DROP):
            lines.append((start, end))
    return lines


def _nfc_slow(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Character by character: for the rare compositions without combining marks."""
    out: list[str] = []
    breaks: list[tuple[int, int]] = []
    norm_len = 0
    for i, ch in enumerate(text):
        if ch in _DROP:
            breaks.append((norm_len, i + 1))
            continue
        piece = unicodedata.normalize("NFC", ch)
        out.append(piece)
        norm_len += len(piece)
        if len(piece) != 1:
            breaks.append((norm_len, i + 1))
    return "".join(out), breaks


_MARK = regex.compile(r"\p{M}")


def _nfc_marked(
    text: str, marks: list[int], special: set[str]
) -> tuple[str, list[tuple[int, int]], list[int]]:
    """:func:`_nfc_with_map` without a scan of its own; also returns the offsets of the
    result's special characters.

    ``marks`` are the offsets of ``text``'s special characters and ``special`` the set of
    them. Every unsettled character is special and every ``\\p{M}`` one unsettled, so the
    clusters are read off ``marks``: a run of marks with the character before it, or a
    dropped character.
    """
    unsettled = {c for c in special if c in _DROP or not _nfc_inert(c)}
    lines = _lines_to_settle(text, [i for i in marks if text[i] in unsettled])
    if not lines:
        return text, [], marks
    is_mark = {c: c in unsettled and _MARK.match(c) is not None for c in special}
    pieces: dict[str, tuple[str, list[int], int]] = {}  # cluster -> NFC, specials, change
    out: list[str] = []
    breaks: list[tuple[int, int]] = []
    found: list[int] = []
    shift = last = j = 0  # j: how many of ``marks`` are placed
    for start, end in lines:
        first = bisect.bisect_left(marks, start, j)
        found += [i + shift for i in marks[j:first]]
        j, stop = first, bisect.bisect_left(marks, end, first)
        while j < stop:
            a = b = marks[j]
            j += 1
            c = text[a]
            if is_mark[c]:  # a run of marks, on the character before it
                b += 1
                while j < stop and marks[j] == b and is_mark[text[b]]:
                    b, j = b + 1, j + 1
                if a == start:  # none: the run stays as it is
                    found += range(a + shift, b + shift)
                    continue
                a -= 1
                if found and found[-1] == a + shift:
                    found.pop()  # that character was special
            elif c in _DROP and not (j < stop and marks[j] == a + 1 and is_mark[text[a + 1]]):
                b += 1  # a dropped character (the run of marks after one takes it)
            else:
                found.append(a + shift)  # stays as it is
                continue
            chunk = text[a:b]
            if chunk not in pieces:
                piece = "" if chunk in _DROP else unicodedata.normalize("NFC", chunk)
                specials = [m.start() for m in _SPECIAL.finditer(piece)]
                pieces[chunk] = (piece, specials, len(piece) - len(chunk))
            piece, specials, delta = pieces[chunk]
            if specials:
                found += [a + shift + i for i in specials]
            out.append(text[last:a])
            out.append(piece)
            last = b
            if delta:
                shift += delta
                breaks.append((b + shift, b))
    out.append(text[last:])
    found += [i + shift for i in marks[j:]]
    result = "".join(out)
    left = {result[i] for i in found}
    if any(c in _DROP or not _nfc_inert(c) for c in left) and not unicodedata.is_normalized(
        "NFC", result
    ):
        result, breaks = _nfc_slow(text)
        found = [m.start() for m in _SPECIAL.finditer(result)]
    return result, breaks, found


def _lines_to_settle(text: str, points: list[int]) -> list[tuple[int, int]]:
    """:func:`_unsettled_lines` given ``points``, the offsets of the unsettled characters.
    A line is checked word by word: a space never combines, so it is NFC when each word
    with an unsettled character is."""
    lines = []
    is_nfc = unicodedata.is_normalized
    k, n = 0, len(points)
    while k < n:
        at = points[k]
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at) + 1 or len(text)
        stop = bisect.bisect_left(points, end, k)
        checked = -1  # end of the last word checked
        for i in points[k:stop]:
            if text[i] in _DROP:
                break
            if i >= checked:
                word = text.rfind(" ", start, i) + 1 or start
                checked = text.find(" ", i, end)
                checked = end if checked == -1 else checked
                if not is_nfc("NFC", text[word:checked]):
                    break
        else:
            k = stop
            continue
        lines.append((start, end))
        k = stop
    return lines


def _fold(match: regex.Match[str]) -> str:
    return str(match.group(0)).translate(_FOLD)


# Where a _MARKUP match may start: a markup character (with the run of emphasis marks after
# it), or a line opening with a heading or quote mark.
_LINE_MARK = re.compile(r"\n[ ]{0,3}[#>]")
_FIRST_LINE_MARK = re.compile(r"[ ]{0,3}[#>]")
# Lines that may open with a document's name (a portal's prefix before a heading).
_DOC_LINE = re.compile(r"\n[ ]{0,3}(?:Nghị|Thông|Luật|Bộ|Quyết|Pháp|Hiến|Văn)")
_FIRST_DOC_LINE = re.compile(r"[ ]{0,3}(?:Nghị|Thông|Luật|Bộ|Quyết|Pháp|Hiến|Văn)")


def _line_starts_at(text: str, pattern: re.Pattern[str], first: re.Pattern[str]) -> list[int]:
    """Starts of the lines that ``first`` matches from (``pattern`` is "\\n" + ``first``)."""
    found = [m.start() + 1 for m in pattern.finditer(text)]
    return [0, *found] if first.match(text) else found


def _matches_at(
    pattern: regex.Pattern[str], text: str, starts: list[int]
) -> list[regex.Match[str]]:
    """``list(pattern.finditer(text))`` when no match can start outside ``starts`` (sorted)
    and none is empty."""
    found = []
    last = 0
    match = pattern.match
    for at in starts:
        if at >= last and (m := match(text, at)) is not None:
            found.append(m)
            last = m.end()
    return found


def _sub_at(
    pattern: regex.Pattern[str],
    repl: Callable[[regex.Match[str]], str],
    text: str,
    starts: list[int],
) -> str:
    """``pattern.sub(repl, text)`` under the conditions of :func:`_matches_at`."""
    out: list[str] = []
    last = 0
    for m in _matches_at(pattern, text, starts):
        out.append(text[last : m.start()])
        out.append(repl(m))
        last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _blank(match: regex.Match[str]) -> str:
    return " " * len(match.group(0))


def _blank_keep_lines(match: regex.Match[str]) -> str:
    return "".join("\n" if c == "\n" else " " for c in match.group(0))


def _break(match: regex.Match[str]) -> str:
    return "\n" + " " * (len(match.group(0)) - 1)


def normalize(source: str, *, markdown: bool = True) -> Normalized:
    """Normalize ``source`` for matching; see the module docstring.

    Each step runs only when the text holds a character it acts on: one scan for special
    characters decides, so plain NFC prose costs little more than that scan.

    >>> normalize("**Ðiều 1.**").text
    '  Điều 1.  '
    """
    src = source.replace("\r\n", " \n").replace("\r", "\n") if "\r" in source else source
    # \r\n -> " \n" keeps the length; a lone \r is a line break of its own.
    marks = [m.start() for m in _SPECIAL.finditer(src)]  # offsets of special characters
    special = {src[i] for i in marks}
    text, breaks = src, list[tuple[int, int]]()
    if any(c in _DROP or not _nfc_inert(c) for c in special):
        text, breaks, marks = _nfc_marked(src, marks, special)
        special = {text[i] for i in marks}
    for c in special:
        if c in _FOLD_TO:  # one to one, and no character is folded twice
            text = text.replace(c, _FOLD_TO[c])
    if any(_PRIVATE_RANGE[0] <= ord(c) <= _PRIVATE_RANGE[1] for c in special):
        text = _PRIVATE_USE.sub(" ", text)
    if markdown:
        if "<" in special:
            text = _BLOCK_TAG.sub(_break, text)
        # Later steps keep lengths, so ``marks`` stay offsets into ``text``. Every "*" is
        # blanked (on its own or inside a tag), so they are blanked at once, after the rest.
        starts = [i for i in marks if text[i] in _MARKUP_FIRST]
        if "#" in text or ">" in text:
            starts += _line_starts_at(text, _LINE_MARK, _FIRST_LINE_MARK)
        text = _sub_at(_MARKUP, _blank, text, sorted(starts))
        if "*" in text:
            text = text.replace("*", " ")
        if "[" in special:
            opening = [i for i in marks if text[i] == "["]
            text = _sub_at(_EDITORIAL, _blank_keep_lines, text, opening)
        if _SITE_TAIL.search(text):  # else no ". Điều" or ". Chương" either
            lines = _line_starts_at(text, _DOC_LINE, _FIRST_DOC_LINE)
            text = _sub_at(_SITE_PREFIX, _blank, text, lines)
            text = _blank_repeated_prefixes(text)
    brk = tuple(breaks)
    return Normalized(source=source, text=text, breaks=brk, _norm_keys=tuple(b[0] for b in brk))


def fold_spaces(text: str) -> str:
    """Collapse runs of white space to one space and strip the ends."""
    return " ".join(text.split())


__all__ = ["Normalized", "fold_spaces", "normalize"]
