"""Word 97-2003 (.doc) -> blocks -> text.

The main document text (see :mod:`nghiquyet.readers.msdoc`) is cut into blocks at its marks:
``\\r`` ends a paragraph, ``\\x07`` ends a table cell, and the ``\\x07`` the paragraph
properties call a row end (or, without properties, a ``\\x07`` right after a cell's) ends a
table row; a page or section break ``\\x0c`` ends a paragraph too. Tables become blocks as in
:mod:`nghiquyet.readers.blocks` (a table with drawn borders and two or more columns is a grid).
Fields ``\\x13 code \\x14 result \\x15`` keep their result; ``\\x0b`` is a line break,
``\\x1e`` (non-breaking hyphen) a hyphen, a tab a space; optional hyphens ``\\x1f`` and other
control characters (pictures, drawn objects, footnote references) are dropped.

A paragraph numbered by a Word list gets the label Word shows ("Điều 1.", "a)"; see
:mod:`nghiquyet.readers.doclists`). Text typed in the old TCVN3 (.VnTime) or VNI fonts, which
Word stores as the font's 8-bit codes ("§iÒu 1."), is decoded when the document's 8-bit text
as a whole reads as such.

What is left out: headers, footers, footnotes, endnotes, comments and text boxes (they follow
the main text); and, as character properties are not read, hidden text and deleted
revisions are kept and bold/italic are unknown.
"""

from __future__ import annotations

import regex

from nghiquyet.readers.blocks import Block, clean_lines, table_blocks
from nghiquyet.readers.legacyfonts import SOFT, legacy_fonts, text_of
from nghiquyet.readers.msdoc import WordText, open_word
from nghiquyet.readers.wordnum import Counter

_CONTROL = regex.compile(r"[\x00-\x1f]")
_REPLACE = {"\x0b": "\n", "\x1e": "-", "\t": " ", "\x1f": SOFT}  # SOFT: see legacyfonts
_MARKS = "\r\x07\x0c"


class _Builder:
    """Blocks as the marks of the text are met; a pending table is flushed by body text."""

    def __init__(self, word: WordText) -> None:
        self.word = word
        self.counter = Counter(word.lists)
        self.out: list[Block] = []
        self.rows: list[list[list[Block]]] = []
        self.row: list[list[Block]] = []
        self.cell: list[Block] = []
        self.grid = False
        self.last_mark = ""

    def mark(self, index: int, mark: str, text: str) -> None:
        props = self.word.para(index)
        text = clean_lines(text)
        label = self.counter.label(str(props.list_id), props.list_level) if props.list_id else None
        if label and text:
            text = f"{label} {text}"
        block = Block(text=text, align=props.align, label=label if text else None)
        if mark == "\x07" and not props.in_table:  # no properties: the text heuristic
            row_end = self.last_mark == "\x07" and not self.cell and not block.text
        else:
            row_end = mark == "\x07" and props.row_end
        self.last_mark = "" if row_end else mark
        if row_end:
            merged = props.merged
            self.rows.append(
                [
                    [] if i < len(merged) and merged[i] == "v" else cell
                    for i, cell in enumerate(self.row)
                    if i >= len(merged) or merged[i] != "h"
                ]
            )
            self.row = []
            self.grid = self.grid or props.borders
        elif mark == "\x07":
            self.row.append([*self.cell, block] if block.text else self.cell)
            self.cell = []
        elif props.in_table:
            if block.text:
                self.cell.append(block)
        else:
            self.flush()
            if block.text:
                self.out.append(block)

    def flush(self) -> None:
        """End the pending table, if any."""
        if self.cell:
            self.row.append(self.cell)
        if self.row:
            self.rows.append(self.row)
        if self.rows:
            columns = max(len(row) for row in self.rows)
            self.out.extend(table_blocks(self.rows, grid=self.grid and columns >= 2))
        self.rows, self.row, self.cell, self.grid = [], [], [], False


def _blocks(word: WordText) -> list[Block]:
    builder = _Builder(word)
    text = word.text
    parts: list[str] = []
    fields: list[bool] = []  # per open field: True while in its code
    codes = 0  # how many open fields are in their code (text is dropped while any is)
    pos = 0
    for match in _CONTROL.finditer(text):
        i = match.start()
        if i > pos and not codes:
            parts.append(text[pos:i])
        pos = i + 1
        ch = text[i]
        if ch == "\x13":
            fields.append(True)
            codes += 1
        elif ch == "\x14" and fields and fields[-1]:
            fields[-1] = False
            codes -= 1
        elif ch == "\x15" and fields:
            codes -= fields.pop()
        elif ch in _MARKS:
            builder.mark(i, ch, "".join(parts))
            parts = []
        elif not codes and ch in _REPLACE:
            parts.append(_REPLACE[ch])
    if not codes:
        parts.append(text[pos:])
    if "".join(parts).strip():
        builder.mark(len(text), "\r", "".join(parts))
    builder.flush()
    return builder.out


def _read(data: bytes) -> tuple[list[Block], str | None]:
    return legacy_fonts(_blocks(open_word(data)))


def read_blocks(data: bytes) -> list[Block]:
    """The blocks of a Word 97-2003 .doc file, in reading order."""
    return _read(data)[0]


def read(data: bytes) -> tuple[str, str | None]:
    """Read a .doc file as text for the parser, with the legacy encoding of its fonts
    ("tcvn3 (legacy font)", "vni (legacy font)") or None for Unicode text."""
    return text_of(*_read(data))


__all__ = ["read", "read_blocks"]
