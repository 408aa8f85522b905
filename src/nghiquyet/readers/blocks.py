"""Blocks: what the DOCX and HTML readers see, before it becomes text for the lexer.

A :class:`Block` is one paragraph, one table cell paragraph, or one row of a content table,
with the formatting hints a reader found. :func:`to_text` joins blocks into the text the
parser reads, a blank line between blocks (a block may hold several lines, from
``<w:br/>``/``<br>``).

Tables come in two kinds. A *layout* table (borderless: the two-column header with issuer and
quốc hiệu, the nơi nhận / signature table) is read cell by cell, row by row, so the columns are
never interleaved. A *grid* table (with borders and two or more columns: Phụ lục, lists of
procedures) becomes one pipe row per table row, ``| STT | Tên thủ tục | Ghi chú |``. A small
table holding the quốc hiệu or "Nơi nhận" is the header or the signature table, read as
layout even when its borders are drawn (offices often keep Word's "Table Grid" lines).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

PARAGRAPH = "paragraph"
CELL = "cell"
ROW = "row"


@dataclass(frozen=True)
class Block:
    """One paragraph-like unit of a source document, with formatting hints.

    ``kind`` is "paragraph" (body), "cell" (a paragraph in a layout table cell) or "row" (one
    row of a grid table, as pipe text). ``label`` is the number Word generated for the
    paragraph ("Điều 1.", "a)"), already prefixed to ``text``.
    """

    text: str
    kind: str = PARAGRAPH
    bold: bool = False
    italic: bool = False
    align: str | None = None
    style: str | None = None
    label: str | None = None


def clean_lines(text: str) -> str:
    """NFC; strip each line, drop empty lines and join them with newlines."""
    lines = (line.strip() for line in unicodedata.normalize("NFC", text).split("\n"))
    return "\n".join(line for line in lines if line)


def pipe_row(cells: Sequence[str]) -> str:
    """A markdown pipe row; cell line breaks become spaces and "|" is escaped.

    >>> pipe_row(["1", "Thủ tục\\ncấp phép", "a|b"])
    '| 1 | Thủ tục cấp phép | a\\\\|b |'
    """
    parts = (" ".join(cell.split()).replace("|", "\\|") for cell in cells)
    return "| " + " | ".join(parts) + " |"


# What only the header or the signature table holds: the quốc hiệu, its motto, "Nơi nhận:".
_LAYOUT_MARK = regex.compile(
    r"CỘNG\s+HO[ÀÒ]A\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do"
    r"|^\s*Nơi\s+nhận\s*:",
    regex.IGNORECASE | regex.MULTILINE,
)
LAYOUT_ROWS = 8
"""Most rows a bordered table may have and still be read as the header or signature table."""


def _is_layout(rows: Sequence[Sequence[Sequence[Block]]]) -> bool:
    """A small table that holds the quốc hiệu or "Nơi nhận:": the header or signature table."""
    if len(rows) > LAYOUT_ROWS or any(len(row) > 4 for row in rows):
        return False
    return any(_LAYOUT_MARK.search(block.text) for row in rows for cell in row for block in cell)


def table_blocks(rows: Sequence[Sequence[Sequence[Block]]], *, grid: bool) -> list[Block]:
    """Blocks of a table given as rows of cells of blocks; see the module docstring."""
    out: list[Block] = []
    grid = grid and not _is_layout(rows)
    for row in rows:
        if grid:
            cells = ["\n".join(block.text for block in cell) for cell in row]
            if any(cells):
                out.append(Block(text=pipe_row(cells), kind=ROW))
            continue
        for cell in row:
            for block in cell:
                kind = CELL if block.kind == PARAGRAPH else block.kind
                out.append(
                    Block(
                        text=block.text,
                        kind=kind,
                        bold=block.bold,
                        italic=block.italic,
                        align=block.align,
                        style=block.style,
                        label=block.label,
                    )
                )
    return out


def to_text(blocks: Iterable[Block]) -> str:
    """The text the parser reads: blocks apart by a blank line, rows of a table adjacent.

    A blank line marks a paragraph boundary for the parser (as in markdown), which a block
    is; the rows of a grid table stay together as one pipe table.

    >>> to_text([Block("Điều 1."), Block("| a |", kind=ROW), Block("| b |", kind=ROW)])
    'Điều 1.\\n\\n| a |\\n| b |'
    """
    out: list[str] = []
    previous = ""
    for block in blocks:
        if not block.text:
            continue
        if out:
            out.append("\n" if block.kind == ROW and previous == ROW else "\n\n")
        out.append(block.text)
        previous = block.kind
    return "".join(out)


__all__ = [
    "CELL",
    "LAYOUT_ROWS",
    "PARAGRAPH",
    "ROW",
    "Block",
    "clean_lines",
    "pipe_row",
    "table_blocks",
    "to_text",
]
