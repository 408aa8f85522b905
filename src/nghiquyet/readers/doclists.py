"""Word 97-2003 list definitions (MS-DOC PlfLst, LVL, PlfLfo) as :class:`Numbering`.

A paragraph numbered by Word names a list instance (sprmPIlfo, 1-based into the PlfLfo) and a
level (sprmPIlvl), directly or through its paragraph style (:func:`style_papx` reads the
style sheet); the instance names its list (lsid) and may override start numbers and levels.
The same :class:`~nghiquyet.readers.wordnum.Counter` as for DOCX then replays the labels
("Điều 1.", "a)"). A truncated or inconsistent table gives the lists read so far.
"""

from __future__ import annotations

import struct

from nghiquyet.readers.wordnum import Instance, Level, Numbering

_NFC = {
    0: "decimal",
    1: "upperRoman",
    2: "lowerRoman",
    3: "upperLetter",
    4: "lowerLetter",
    22: "decimalZero",
    23: "bullet",
    56: "vietnameseCounting",
    255: "none",
}
"""MS-DOC number formats (nfc) by value; others are read as decimal."""
_LVLF = 28
_LSTF = 28
_LFO = 16


class _Short(Exception):
    """The table ends inside a structure."""


def _unpack(fmt: str, buf: bytes, at: int) -> tuple[int, ...]:
    if at < 0 or at + struct.calcsize(fmt) > len(buf):
        raise _Short
    return struct.unpack_from(fmt, buf, at)


def _level(buf: bytes, at: int) -> tuple[Level, int]:
    """The LVL at ``at`` and the offset after it."""
    start, nfc, flags = _unpack("<iBB", buf, at)
    cb_chpx, cb_papx, restart_lim = _unpack("<BBB", buf, at + 24)
    xst = at + _LVLF + cb_papx + cb_chpx
    (cch,) = _unpack("<H", buf, xst)
    end = xst + 2 + 2 * cch
    if end > len(buf):
        raise _Short
    raw = buf[xst + 2 : end].decode("utf-16-le", errors="replace")
    text = "".join(f"%{ord(c) + 1}" if ord(c) < 9 else c for c in raw)  # 0-8: level numbers
    level = Level(
        start=start,
        fmt=_NFC.get(nfc, "decimal"),
        text=text,
        restart=restart_lim if flags & 0x08 else None,  # fNoRestart: ilvlRestartLim decides
        legal=bool(flags & 0x04),
    )
    return level, end


def _lists(table: bytes, fc: int, lcb: int, out: dict[str, dict[int, Level]]) -> None:
    """The lists of PlfLst by lsid, with their LVLs (which follow the PlfLst), into ``out``."""
    (count,) = _unpack("<h", table, fc)
    at = fc + lcb
    for i in range(max(count, 0)):
        lsid, _ = _unpack("<iI", table, fc + 2 + _LSTF * i)
        (flags,) = _unpack("<B", table, fc + 2 + _LSTF * i + 26)
        levels: dict[int, Level] = {}
        out[str(lsid)] = levels
        for ilvl in range(1 if flags & 0x01 else 9):  # fSimpleList: one level
            levels[ilvl], at = _level(table, at)


def _instances(table: bytes, fc: int, out: dict[str, Instance]) -> None:
    """The list instances of PlfLfo by 1-based index, with their overrides, into ``out``."""
    (count,) = _unpack("<I", table, fc)
    count = min(count, (len(table) - fc) // _LFO)
    at = fc + 4 + _LFO * count
    for i in range(count):
        lsid, _, _, overrides = _unpack("<iIIB", table, fc + 4 + _LFO * i)
        at += 4  # LFOData.cp
        levels: dict[int, Level] = {}
        starts: dict[int, int] = {}
        for _ in range(overrides):
            start, flags = _unpack("<iI", table, at)
            at += 8
            ilvl = flags & 0x0F
            if flags & 0x10:
                starts[ilvl] = start
            if flags & 0x20:  # fFormatting: a whole LVL follows
                levels[ilvl], at = _level(table, at)
        out[str(i + 1)] = Instance(str(lsid), levels, starts)


def style_papx(table: bytes, stsh: tuple[int, int]) -> dict[int, tuple[bytes, int]]:
    """The paragraph properties (grpprl) and base style of each paragraph style, by istd.

    The STSH is an STSHI (style count, STD base size) then one length-prefixed STD per
    style: its base (stk, istdBase), name, and for a paragraph style (stk 1) a UpxPapx first.
    """
    fc, lcb = stsh
    out: dict[int, tuple[bytes, int]] = {}
    if not lcb:
        return out
    try:
        (cb_stshi,) = _unpack("<H", table, fc)
        count, base_size = _unpack("<HH", table, fc + 2)
        at = fc + 2 + cb_stshi
        for istd in range(count):
            (cb_std,) = _unpack("<H", table, at)
            std, at = at + 2, at + 2 + cb_std
            if at > fc + lcb:
                break
            if cb_std == 0:
                continue
            (kind_base,) = _unpack("<H", table, std + 2)
            if kind_base & 0x0F != 1:  # stk 1: a paragraph style
                continue
            (cch,) = _unpack("<H", table, std + base_size)
            upx = std + base_size + 2 + 2 * cch + 2  # after the name and its terminator
            (cb_upx,) = _unpack("<H", table, upx)
            if upx + 2 + cb_upx <= min(at, len(table)):
                out[istd] = (table[upx + 4 : upx + 2 + cb_upx], kind_base >> 4)  # after istd
    except _Short:
        pass
    return out


def read_lists(table: bytes, plf_lst: tuple[int, int], plf_lfo: tuple[int, int]) -> Numbering:
    """The numbering of a document from its table stream and the FIB's PlfLst/PlfLfo."""
    abstracts: dict[str, dict[int, Level]] = {}
    instances: dict[str, Instance] = {}
    try:
        if plf_lst[1]:
            _lists(table, *plf_lst, abstracts)
        if plf_lfo[1]:
            _instances(table, plf_lfo[0], instances)
    except _Short:
        pass
    return Numbering(abstracts=abstracts, instances=instances)


__all__ = ["read_lists", "style_papx"]
