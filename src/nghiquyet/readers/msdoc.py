"""Word 97-2003 binary documents (MS-DOC): the container, the FIB, the piece table, and the
table properties of paragraphs.

:func:`open_word` takes the bytes of a ``.doc`` file and gives the main document text (the
first ``ccpText`` characters of the piece table, control characters and all) with, for each
paragraph mark, the table facts the block reader needs. Footnotes, headers, footers,
comments, endnotes and text boxes follow the main text in the same character stream and are
left out. Every malformed structure is a :class:`ReadError`; an encrypted or obfuscated file
and a Word 6/95 file are :class:`UnsupportedFormat`.
"""

from __future__ import annotations

import bisect
import io
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import olefile

from nghiquyet.errors import ReadError, UnsupportedFormat
from nghiquyet.readers.doclists import read_lists, style_papx
from nghiquyet.readers.legacyfonts import COMPRESSED
from nghiquyet.readers.wordnum import Numbering

_MAGIC = 0xA5EC
_WORD95_NFIB = 0x0068
"""The FIB version of Word 95; it and older ones (Word 6) use another layout."""
_ENCRYPTED, _WHICH_TABLE, _OBFUSCATED = 0x0100, 0x0200, 0x8000
_CLX_INDEX = 33
"""Index of fcClx/lcbClx in FibRgFcLcb97."""
_PAPX_INDEX = 13
"""Index of fcPlcfBtePapx/lcbPlcfBtePapx in FibRgFcLcb97."""
_STSH_INDEX, _LST_INDEX, _LFO_INDEX = 1, 73, 74
"""Indexes of fcStshf, fcPlfLst and fcPlfLfo (style sheet, list definitions, instances)."""
_PAGE = 512
MAX_TEXT = 64 * 1024 * 1024
"""Most characters of main text accepted (a corrupt FIB must not allocate without bound)."""

# Paragraph and table sprms read (MS-DOC 2.6.2, 2.6.3).
_IN_TABLE, _TTP, _ITAP = 0x2416, 0x2417, 0x6649
_JC80, _JC = 0x2403, 0x2461
_ILFO, _ILVL = 0x460B, 0x260A
_DEF_TABLE, _CHG_TABS, _HUGE_PAPX = 0xD608, 0xC615, 0x6646
_BORDERS80, _BORDERS, _SET_BRC80, _SET_BRC = 0xD605, 0xD613, 0xD620, 0xD62F
_VERT_MERGE = 0xD62B
_OPERAND_SIZE = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}
"""Operand size by the sprm's spra bits (6 is variable)."""
_ALIGN = {0: "left", 1: "center", 2: "right", 3: "both", 4: "distribute"}


@dataclass(frozen=True)
class Para:
    """What a paragraph's properties say about it (defaults: a body paragraph)."""

    in_table: bool = False
    row_end: bool = False
    depth: int = 0
    align: str | None = None
    borders: bool = False
    merged: tuple[str, ...] = ()
    list_id: int = 0
    """The list instance numbering the paragraph (1-based, 0: none) and its level."""
    list_level: int = 0
    """For a row end, per cell: "h" merged into the cell before it, "v" into the cell above
    (Word shows neither's own text), "" not merged."""


_BODY = Para()
_MERGED = {2: "h", 3: "h"}
"""TCGRF.horzMerge of a cell merged into the one before it: bit 1 is Word 97's fMerged (bit 0,
fFirstMerged, starts a merged set), as the corpus's Word files set them. (LibreOffice writes
one wide cell instead.)"""


@dataclass(frozen=True)
class WordText:
    """The main text of a Word document and a look-up of each paragraph mark's properties."""

    text: str
    pieces: tuple[tuple[int, int, int], ...]
    """(first character index, stream offset, bytes per character) of each text piece."""
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    props: tuple[Para, ...]
    """``props[i]`` holds from stream offset ``starts[i]`` up to ``ends[i]`` (FKP runs)."""
    lists: Numbering = field(default_factory=Numbering)

    def para(self, index: int) -> Para:
        """The properties of the paragraph whose mark is ``text[index]``."""
        p = bisect.bisect_right(self.pieces, (index, 1 << 62)) - 1
        if p < 0 or index >= len(self.text):
            return _BODY
        first, offset, width = self.pieces[p]
        fc = offset + (index - first) * width
        i = bisect.bisect_right(self.starts, fc) - 1
        if i < 0 or fc >= self.ends[i]:
            return _BODY
        return self.props[i]


def _u16(data: bytes, at: int) -> int:
    return int.from_bytes(data[at : at + 2], "little") if at + 2 <= len(data) else -1


def _u32(data: bytes, at: int) -> int:
    return int.from_bytes(data[at : at + 4], "little") if at + 4 <= len(data) else -1


def _streams(data: bytes) -> tuple[bytes, bytes, bytes]:
    """The WordDocument stream, the table stream it names and the Data stream (or b"")."""
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
        try:
            has_word = ole.exists("WordDocument")
            word = bytes(ole.openstream("WordDocument").read()) if has_word else b""
            name = "1Table" if _u16(word, 0x0A) & _WHICH_TABLE else "0Table"
            table = bytes(ole.openstream(name).read()) if has_word and ole.exists(name) else None
            extra = bytes(ole.openstream("Data").read()) if has_word and ole.exists("Data") else b""
        finally:
            ole.close()
    except Exception as exc:  # olefile raises OSError and, on some corrupt input, others
        raise ReadError(f"corrupt .doc: not a readable OLE2 compound file ({exc})") from None
    if not has_word:
        raise UnsupportedFormat(
            "OLE2 compound file without a WordDocument stream (not a Word .doc: an Excel "
            ".xls, PowerPoint .ppt or other Office file?) is not supported"
        )
    _check_fib(word)
    if table is None:
        raise ReadError(f"corrupt .doc: the {name} stream is missing")
    return word, table, extra


def _check_fib(word: bytes) -> None:
    """Raise unless the FIB is a Word 97+ one of a document that is not encrypted."""
    flags = _u16(word, 0x0A)
    if _u16(word, 0) != _MAGIC or flags < 0:
        raise ReadError("corrupt .doc: the WordDocument stream has no Word file header")
    if _u16(word, 2) <= _WORD95_NFIB:
        raise UnsupportedFormat("Word 6.0/95 .doc is not supported; save it as .docx")
    if flags & (_ENCRYPTED | _OBFUSCATED):
        raise UnsupportedFormat("encrypted .doc (password protected) is not supported")


def _fc_lcb(word: bytes, index: int) -> tuple[int, int]:
    """The (fc, lcb) pair ``index`` of the FIB's FibRgFcLcb; (0, 0) when the FIB is shorter."""
    csw = _u16(word, 32)
    cslw = _u16(word, 34 + 2 * csw)
    at = 34 + 2 * csw + 2 + 4 * cslw
    count = _u16(word, at)
    if csw < 0 or cslw < 0 or index >= count:
        return 0, 0
    fc, lcb = _u32(word, at + 2 + 8 * index), _u32(word, at + 6 + 8 * index)
    return (fc, lcb) if fc >= 0 and lcb >= 0 else (0, 0)


def _ccp_text(word: bytes) -> int:
    csw = _u16(word, 32)
    cslw = _u16(word, 34 + 2 * csw)
    if cslw < 4:
        raise ReadError("corrupt .doc: the file header has no text length")
    ccp = _u32(word, 34 + 2 * csw + 2 + 12)
    if not 0 <= ccp <= MAX_TEXT:
        raise ReadError(f"corrupt .doc: impossible text length {ccp}")
    return ccp


def _piece_table(clx: bytes) -> bytes:
    """The PlcPcd of a Clx, after any Prc (property modifiers) before it."""
    at = 0
    while at < len(clx):
        kind = clx[at]
        if kind == 1:
            size = struct.unpack_from("<h", clx, at + 1)[0] if at + 3 <= len(clx) else -1
            if size < 0:
                break
            at += 3 + size
        elif kind == 2:
            size = _u32(clx, at + 1)
            if size < 4 or at + 5 + size > len(clx):
                break
            return clx[at + 5 : at + 5 + size]
        else:
            break
    raise ReadError("corrupt .doc: no piece table")


def _pieces(plc: bytes) -> Iterator[tuple[int, int, int, bool]]:
    """(first cp, last cp + 1, stream offset, compressed) of each text piece."""
    n = (len(plc) - 4) // 12
    if n <= 0 or len(plc) != 4 + 12 * n:
        raise ReadError("corrupt .doc: the piece table has a wrong size")
    cps = struct.unpack_from(f"<{n + 1}I", plc)
    for i in range(n):
        fc = _u32(plc, 4 * (n + 1) + 8 * i + 2)
        compressed = bool(fc & 0x40000000)
        start = (fc & 0x3FFFFFFF) // 2 if compressed else fc & 0x3FFFFFFF
        yield cps[i], cps[i + 1], start, compressed


def _decode(word: bytes, ccp: int, plc: bytes) -> tuple[str, list[tuple[int, int, int]]]:
    parts: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    done = 0
    for first, last, fc, compressed in _pieces(plc):
        if first >= ccp:
            break
        if last < first:
            raise ReadError("corrupt .doc: the piece table is out of order")
        count = min(last, ccp) - first
        width = 1 if compressed else 2
        raw = word[fc : fc + count * width]
        if len(raw) != count * width:
            raise ReadError("corrupt .doc: a text piece lies beyond the end of the file")
        if compressed:
            text = raw.decode("latin-1").translate(COMPRESSED)
        else:
            text = raw.decode("utf-16-le", errors="replace")
        parts.append(text)
        pieces.append((done, fc, width))
        done += count
    return "".join(parts), pieces


def _brc_set(operand: bytes, size: int, first: int) -> bool:
    """Whether any border of ``operand`` (BRC80: 4 bytes, BRC: 8) is drawn."""
    type_at = 1 if size == 4 else 5
    for at in range(first, len(operand) - size + 1, size):
        brc = operand[at : at + size]
        if brc != b"\xff" * size and brc[type_at] not in (0, 0xFF):
            return True
    return False


def _def_table(operand: bytes) -> tuple[bool, list[str]]:
    """A TDefTableOperand: whether any cell draws a border, and each cell's merge (TC80s)."""
    if not operand:
        return False, []
    at = 1 + 2 * (operand[0] + 1)  # after NumberOfColumns and rgdxaCenter
    tcs = [operand[p : p + 20] for p in range(at, len(operand) - 19, 20)][: operand[0]]
    merged = [_MERGED.get(tc[0] & 3, "v" if (tc[0] >> 5) & 3 == 1 else "") for tc in tcs]
    return any(_brc_set(tc[4:], 4, 0) for tc in tcs), merged


def _sprms(grpprl: bytes) -> Iterator[tuple[int, bytes]]:
    """(sprm, operand) of each Prl; stops at the first that runs past the end."""
    at = 0
    while at + 2 <= len(grpprl):
        sprm = _u16(grpprl, at)
        at += 2
        spra = sprm >> 13
        if spra != 6:
            size = _OPERAND_SIZE[spra]
        elif sprm == _DEF_TABLE:
            cb = _u16(grpprl, at)
            at, size = at + 2, cb - 1
        elif sprm == _CHG_TABS and at < len(grpprl) and grpprl[at] == 0xFF:
            return  # the rare long form; nothing the reader needs follows
        elif at < len(grpprl):
            at, size = at + 1, grpprl[at]
        else:
            return
        if size < 0 or at + size > len(grpprl):
            return
        yield sprm, grpprl[at : at + size]
        at += size


def _para(prls: list[tuple[int, bytes]], style: tuple[int, int] | None = None) -> Para:
    """The properties the Prls set; list numbering not set there comes from ``style``."""
    in_table = row_end = borders = False
    depth = 0
    align: str | None = None
    merged: list[str] = []
    for sprm, op in prls:
        value = op[0] if op else 0
        if sprm == _IN_TABLE:
            in_table = bool(value)
        elif sprm == _TTP:
            row_end = bool(value)
        elif sprm == _ITAP and len(op) == 4:
            depth = int.from_bytes(op, "little", signed=True)
        elif sprm in (_JC, _JC80):
            align = _ALIGN.get(value)
        elif sprm == _BORDERS80:
            borders = borders or _brc_set(op, 4, 0)
        elif sprm == _BORDERS:
            borders = borders or _brc_set(op, 8, 0)
        elif sprm == _SET_BRC80:
            borders = borders or _brc_set(op, 4, 3)
        elif sprm == _SET_BRC:
            borders = borders or _brc_set(op, 8, 3)
        elif sprm == _DEF_TABLE:
            drawn, merged = _def_table(op)
            borders = borders or drawn
        elif sprm == _VERT_MERGE and len(op) == 2 and op[0] < len(merged):
            merged[op[0]] = "v" if op[1] == 1 else ""
    if in_table and depth == 0:
        depth = 1
    list_id, list_level = _list_sprms(prls)
    if list_id is None and style is not None:
        list_id = style[0]
    if list_level is None:
        list_level = style[1] if style is not None else 0
    return Para(
        in_table or depth > 0,
        row_end,
        depth,
        align,
        borders,
        tuple(merged),
        list_id or 0,
        list_level,
    )


def _papx(page: bytes, k: int, crun: int) -> bytes:
    """The style index (2 bytes) and grpprl of run ``k`` of a PAPX FKP page."""
    offset = page[4 * (crun + 1) + 13 * k] * 2
    if not offset:
        return b""
    cb = page[offset]
    size, body = (2 * cb - 1, offset + 1) if cb else (2 * page[offset + 1], offset + 2)
    return page[body : body + size]


StyleLists = dict[int, tuple[int, int]]
"""The (list instance, level) a paragraph style numbers its paragraphs with, by istd."""


def _style_lists(table: bytes, word: bytes) -> StyleLists:
    """Numbering through paragraph styles, each inheriting what its base style sets."""
    styles = style_papx(table, _fc_lcb(word, _STSH_INDEX))
    own = {istd: _list_sprms(_sprms(grpprl)) for istd, (grpprl, _) in styles.items()}
    out: StyleLists = {}
    for istd in styles:
        ilfo = ilvl = None
        seen: set[int] = set()
        current = istd
        while current in styles and current not in seen and (ilfo is None or ilvl is None):
            seen.add(current)
            style_ilfo, style_ilvl = own[current]
            ilfo = style_ilfo if ilfo is None else ilfo
            ilvl = style_ilvl if ilvl is None else ilvl
            current = styles[current][1]
        if ilfo:
            out[istd] = (ilfo, ilvl or 0)
    return out


def _list_sprms(prls: Iterable[tuple[int, bytes]]) -> tuple[int | None, int | None]:
    """The list instance and level the Prls set (None: not set)."""
    ilfo = ilvl = None
    for sprm, op in prls:
        if sprm == _ILFO and len(op) == 2:
            ilfo = int.from_bytes(op, "little")
        elif sprm == _ILVL and op:
            ilvl = op[0]
    return ilfo, ilvl


def _prls(grpprl: bytes, data: bytes) -> Iterator[tuple[int, bytes]]:
    """The Prls of a PAPX, with a sprmPHugePapx replaced by those it points to in Data."""
    for sprm, operand in _sprms(grpprl):
        if sprm == _HUGE_PAPX and len(operand) == 4:
            at = int.from_bytes(operand, "little")
            yield from _sprms(data[at + 2 : at + 2 + max(_u16(data, at), 0)])
        else:
            yield sprm, operand


def _fkp_runs(
    word: bytes, table: bytes, data: bytes, styles: StyleLists
) -> tuple[list[int], list[int], list[Para]]:
    """Paragraph property runs (starts, ends, properties) from the PAPX FKP pages."""
    fc, lcb = _fc_lcb(word, _PAPX_INDEX)
    plc = table[fc : fc + lcb]
    n = (len(plc) - 4) // 8
    starts: list[int] = []
    ends: list[int] = []
    props: list[Para] = []
    cache: dict[bytes, Para] = {}
    for i in range(max(n, 0)):
        pn = _u32(plc, 4 * (n + 1) + 4 * i) & 0x3FFFFF
        page = word[pn * _PAGE : (pn + 1) * _PAGE]
        crun = page[-1] if len(page) == _PAGE else 0
        if 4 * (crun + 1) + 13 * crun > _PAGE - 1:
            continue
        fcs = struct.unpack_from(f"<{crun + 1}I", page) if crun else ()
        for k in range(crun):
            start, end = fcs[k], fcs[k + 1]
            if end <= start or (ends and start < ends[-1]):
                continue  # empty, overlapping or out of order: keep what came first
            papx = _papx(page, k, crun)
            para = cache.get(papx)
            if para is None:
                style = styles.get(_u16(papx, 0)) if styles else None
                para = cache[papx] = _para(list(_prls(papx[2:], data)), style)
            starts.append(start)
            ends.append(end)
            props.append(para)
    return starts, ends, props


def open_word(data: bytes) -> WordText:
    """The main text and paragraph properties of a Word 97-2003 ``.doc`` file."""
    return from_streams(*_streams(data))


def from_streams(word: bytes, table: bytes, data: bytes = b"") -> WordText:
    """The main text and paragraph properties from the WordDocument, table and Data streams."""
    _check_fib(word)
    ccp = _ccp_text(word)
    fc, lcb = _fc_lcb(word, _CLX_INDEX)
    if lcb == 0 or fc + lcb > len(table):
        raise ReadError("corrupt .doc: the piece table is missing or out of bounds")
    text, pieces = _decode(word, ccp, _piece_table(table[fc : fc + lcb]))
    starts, ends, props = _fkp_runs(word, table, data, _style_lists(table, word))
    lists = read_lists(table, _fc_lcb(word, _LST_INDEX), _fc_lcb(word, _LFO_INDEX))
    return WordText(text, tuple(pieces), tuple(starts), tuple(ends), tuple(props), lists)


__all__ = ["MAX_TEXT", "Para", "WordText", "from_streams", "open_word"]
