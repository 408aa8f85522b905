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
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from nghiquyet.models import Span

# Characters folded one-to-one (same length).
_FOLD = str.maketrans(
    {
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
    }
)
_FOLD_CHARS = regex.compile(
    "[\u00d0\u00f0\u00a0\u2007\u202f\u3000\t\u000b\u000c\u2028\u2029\u0085\uff0f]"
)
# Characters dropped (offsets shift).
_DROP = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\x00")
_PRIVATE_USE = regex.compile(r"[\uE000-\uF8FF]")

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
    r"|Văn\s+bản\s+hợp\s+nhất)[^\n.]{1,150}?\.[ ]+)(?=(?:Chương|Điều|Mục|Phần|CHƯƠNG|ĐIỀU)\s)",
    regex.MULTILINE,
)


def _blank_repeated_prefixes(text: str) -> str:
    if ". Điều" not in text and ". Chương" not in text:
        return text
    found = [(m.start("p"), m.end("p"), m.group("p")) for m in _NAMED_PREFIX.finditer(text)]
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
    _line_starts: tuple[int, ...] = field(default=(), repr=False)

    def source_offset(self, offset: int) -> int:
        """The source offset of normalized offset ``offset``."""
        if not self.breaks:
            return offset
        i = bisect.bisect_right(self._norm_keys, offset) - 1
        if i < 0:
            return offset
        norm_at, src_at = self.breaks[i]
        return min(src_at + (offset - norm_at), len(self.source))

    def source_position(self, source_offset: int) -> tuple[int, int]:
        """1-based (line, column) of a source offset."""
        i = bisect.bisect_right(self._line_starts, source_offset) - 1
        return i + 1, source_offset - self._line_starts[i] + 1

    def span(self, start: int, end: int) -> Span:
        """A :class:`Span` in source coordinates for normalized ``[start, end)``."""
        s = self.source_offset(start)
        e = max(s, self.source_offset(end))
        line, column = self.source_position(s)
        end_line, _ = self.source_position(max(s, e - 1))

        return Span(start=s, end=e, line=line, column=column, end_line=end_line)


def _line_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    find = text.find
    i = find("\n")
    while i != -1:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return tuple(starts)


_CLUSTER = regex.compile(r"[^\p{M}]\p{M}+|[\u00ad\u200b\u200c\u200d\u2060\ufeff\x00]")


def _nfc_with_map(text: str) -> tuple[str, list[tuple[int, int]]]:
    """NFC and drop invisible characters, recording offset breaks.

    Only clusters of a base letter and combining marks (and dropped characters) are
    touched, so text that is already NFC costs one C-level scan.
    """
    if unicodedata.is_normalized("NFC", text) and not any(c in text for c in _DROP):
        return text, []
    out: list[str] = []
    breaks: list[tuple[int, int]] = []
    shift = 0  # normalized length minus source length so far
    last = 0
    for m in _clusters(text):
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
    if not unicodedata.is_normalized("NFC", result):
        return _nfc_slow(text)
    return result, breaks


def _clusters(text: str) -> Iterator[regex.Match[str]]:
    """Combining clusters and dropped characters, skipping lines already in NFC."""
    pos = 0
    n = len(text)
    while pos < n:
        end = text.find("\n", pos)
        end = n if end == -1 else end + 1
        line = text[pos:end]
        if not unicodedata.is_normalized("NFC", line) or any(c in line for c in _DROP):
            yield from _CLUSTER.finditer(text, pos, end)
        pos = end


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


def _fold(match: regex.Match[str]) -> str:
    return str(match.group(0)).translate(_FOLD)


def _blank(match: regex.Match[str]) -> str:
    return " " * len(match.group(0))


def _blank_keep_lines(match: regex.Match[str]) -> str:
    return "".join("\n" if c == "\n" else " " for c in match.group(0))


def _break(match: regex.Match[str]) -> str:
    return "\n" + " " * (len(match.group(0)) - 1)


def normalize(source: str, *, markdown: bool = True) -> Normalized:
    """Normalize ``source`` for matching; see the module docstring.

    >>> normalize("**Ðiều 1.**").text
    '  Điều 1.  '
    """
    src = source.replace("\r\n", " \n").replace("\r", "\n")
    # \r\n -> " \n" keeps the length; a lone \r is a line break of its own.
    text, breaks = _nfc_with_map(src)
    text = _FOLD_CHARS.sub(_fold, text)
    text = _PRIVATE_USE.sub(" ", text)
    if markdown:
        if "<" in text:
            text = _BLOCK_TAG.sub(_break, text)
        text = _MARKUP.sub(_blank, text)
        if "[" in text:
            text = _EDITORIAL.sub(_blank_keep_lines, text)
        text = _SITE_PREFIX.sub(_blank, text)
        text = _blank_repeated_prefixes(text)
    brk = tuple(breaks)
    return Normalized(
        source=source,
        text=text,
        breaks=brk,
        _norm_keys=tuple(b[0] for b in brk),
        _line_starts=_line_starts(source),
    )


def fold_spaces(text: str) -> str:
    """Collapse runs of white space to one space and strip the ends."""
    return " ".join(text.split())


__all__ = ["Normalized", "fold_spaces", "normalize"]
