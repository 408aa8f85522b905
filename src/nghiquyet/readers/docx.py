"""DOCX (Office Open XML) -> blocks -> text.

What is read: body paragraphs in order with their bold / italic / alignment / style hints;
``<w:br/>`` as a line break; the label Word generates for numbered paragraphs; tables as in
:mod:`nghiquyet.readers.blocks`; text boxes after the paragraph that anchors them; field
results (not the ``w:instrText`` codes); inserted revisions. What is left out: deleted and
moved-away revisions, hidden text, footnotes, endnotes, comments, headers and footers.
Text typed in the old TCVN3 (.VnTime) or VNI fonts ("§iÒu 1.") is decoded as the .doc reader
does (:mod:`nghiquyet.readers.legacyfonts`).

>>> import docx, io
>>> d = docx.Document(); _ = d.add_paragraph("Điều 1. Phạm vi"); buf = io.BytesIO(); d.save(buf)
>>> read(buf.getvalue())
('Điều 1. Phạm vi', None)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from nghiquyet.errors import ReadError
from nghiquyet.readers.blocks import Block, clean_lines, table_blocks
from nghiquyet.readers.legacyfonts import legacy_fonts, text_of
from nghiquyet.readers.opc import open_package
from nghiquyet.readers.wordnum import Counter, Numbering
from nghiquyet.readers.wordstyles import Style, has_borders, is_on, read_styles

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"


@dataclass
class _Para:
    """Text and run statistics of the paragraph being read."""

    parts: list[str] = field(default_factory=list)
    fields: list[bool] = field(default_factory=list)  # per open field: True while in its code
    codes: int = 0  # how many open fields are in their code (text is dropped while any is)
    bold_chars: int = 0
    italic_chars: int = 0
    chars: int = 0
    boxes: list[Block] = field(default_factory=list)
    bold: bool = False
    italic: bool = False

    def add(self, text: str) -> None:
        if self.codes:
            return
        self.parts.append(text)
        n = len(text.strip())
        self.chars += n
        self.bold_chars += n if self.bold else 0
        self.italic_chars += n if self.italic else 0


@dataclass
class _Doc:
    """What the walk needs from the package: styles and the numbering replay."""

    styles: dict[str, Style]
    counter: Counter
    depth: int = 0


_PPR, _RPR, _VANISH, _WEB_HIDDEN = W + "pPr", W + "rPr", W + "vanish", W + "webHidden"
_RSTYLE, _B, _I, _VAL = W + "rStyle", W + "b", W + "i", W + "val"

Handler = Callable[[etree._Element, _Para, _Doc], None]


def _text(el: etree._Element, para: _Para, doc: _Doc) -> None:
    para.add(el.text or "")


def _const(text: str) -> Handler:
    def handler(el: etree._Element, para: _Para, doc: _Doc) -> None:
        para.add(text)

    return handler


def _skip(el: etree._Element, para: _Para, doc: _Doc) -> None:
    return None


def _field_char(el: etree._Element, para: _Para, doc: _Doc) -> None:
    kind = el.get(W + "fldCharType")
    if kind == "begin":
        para.fields.append(True)
        para.codes += 1
    elif kind == "separate" and para.fields and para.fields[-1]:
        para.fields[-1] = False
        para.codes -= 1
    elif kind == "end" and para.fields:
        para.codes -= para.fields.pop()


def _run(el: etree._Element, para: _Para, doc: _Doc) -> None:
    bold, italic = para.bold, para.italic
    rpr = el[0] if len(el) and el[0].tag == _RPR else None
    if rpr is not None:
        props = {child.tag: child for child in rpr}
        if is_on(props.get(_VANISH)) or is_on(props.get(_WEB_HIDDEN)):
            return
        rstyle = props.get(_RSTYLE)
        style = doc.styles.get(rstyle.get(_VAL, "")) if rstyle is not None else None
        b, i = is_on(props.get(_B)), is_on(props.get(_I))
        para.bold = b if b is not None else (style.bold if style and style.bold else bold)
        para.italic = i if i is not None else (style.italic if style and style.italic else italic)
    _inline(el, para, doc)
    para.bold, para.italic = bold, italic


def _alternate(el: etree._Element, para: _Para, doc: _Doc) -> None:
    choice = el.find(MC + "Choice")
    _inline(choice if choice is not None else el, para, doc)


def _text_box(el: etree._Element, para: _Para, doc: _Doc) -> None:
    para.boxes.extend(_blocks(el, doc))


_INLINE: dict[str, Handler] = {
    W + "r": _run,
    W + "t": _text,
    M + "t": _text,
    W + "tab": _const("\t"),
    W + "ptab": _const("\t"),
    W + "br": _const("\n"),
    W + "cr": _const("\n"),
    W + "noBreakHyphen": _const("-"),
    W + "softHyphen": _skip,
    W + "fldChar": _field_char,
    W + "instrText": _skip,
    W + "delText": _skip,
    W + "del": _skip,
    W + "moveFrom": _skip,
    W + "rPr": _skip,
    W + "pPr": _skip,
    W + "footnoteReference": _skip,
    W + "endnoteReference": _skip,
    W + "commentReference": _skip,
    MC + "AlternateContent": _alternate,
    MC + "Fallback": _skip,
    W + "txbxContent": _text_box,
}
"""Inline elements by tag; any other element is a container and is walked into."""


def _inline(el: etree._Element, para: _Para, doc: _Doc) -> None:
    for child in el:
        handler = _INLINE.get(child.tag) if isinstance(child.tag, str) else _skip
        if handler is None:
            _inline(child, para, doc)
        else:
            handler(child, para, doc)


def _props(el: etree._Element | None) -> dict[str, etree._Element]:
    """The child elements of a property element, by tag."""
    return {child.tag: child for child in el} if el is not None else {}


def _numbering(ppr: dict[str, etree._Element], style: Style | None) -> tuple[str | None, int]:
    num = _props(ppr.get(W + "numPr"))
    num_el, ilvl_el = num.get(W + "numId"), num.get(W + "ilvl")
    num_id = num_el.get(_VAL) if num_el is not None else None
    ilvl = int(ilvl_el.get(_VAL, "0")) if ilvl_el is not None else None
    if style is not None:
        num_id = num_id or style.num_id
        ilvl = ilvl if ilvl is not None else style.ilvl
    return num_id, ilvl or 0


def _paragraph(p: etree._Element, doc: _Doc) -> list[Block]:
    ppr = _props(p[0] if len(p) and p[0].tag == _PPR else None)
    style_el = ppr.get(W + "pStyle")
    style = doc.styles.get(style_el.get(_VAL, "")) if style_el is not None else None
    para = _Para(bold=bool(style and style.bold), italic=bool(style and style.italic))
    _inline(p, para, doc)
    text = clean_lines("".join(para.parts).replace("\t", " "))
    num_id, ilvl = _numbering(ppr, style)
    label = doc.counter.label(num_id, ilvl) if num_id and num_id != "0" else None
    if label and text:
        text = f"{label} {text}"
    jc = ppr.get(W + "jc")
    block = Block(
        text=text,
        bold=para.chars > 0 and para.bold_chars == para.chars,
        italic=para.chars > 0 and para.italic_chars == para.chars,
        align=jc.get(_VAL) if jc is not None else (style.align if style else None),
        style=style.name if style else None,
        label=label if text else None,
    )
    return ([block] if text else []) + para.boxes


def _is_grid(tbl: etree._Element, doc: _Doc) -> bool:
    """A content table: lines drawn (table, style or cells) and two or more columns."""
    tblpr = tbl.find(W + "tblPr")
    columns = max((len(_cells(tr)) for tr in tbl.iterchildren(W + "tr")), default=0)
    if columns < 2:
        return False
    if tblpr is not None:
        if has_borders(tblpr.find(W + "tblBorders")):
            return True
        style_el = tblpr.find(W + "tblStyle")
        style = doc.styles.get(style_el.get(W + "val", "")) if style_el is not None else None
        if style is not None and style.borders:
            return True
    return any(has_borders(el) for el in tbl.iter(W + "tcBorders"))


def _cells(row: etree._Element) -> list[etree._Element]:
    """The cells of a row, including those wrapped in content controls."""
    cells: list[etree._Element] = []
    for child in row:
        if child.tag == W + "tc":
            cells.append(child)
        elif child.tag in (W + "sdt", W + "sdtContent", W + "customXml"):
            cells.extend(_cells(child))
    return cells


def _table(tbl: etree._Element, doc: _Doc) -> list[Block]:
    rows: list[list[list[Block]]] = []
    for tr in tbl.iterchildren(W + "tr"):
        trpr = tr.find(W + "trPr")
        if trpr is not None and trpr.find(W + "del") is not None:
            continue
        cells: list[list[Block]] = []
        for tc in _cells(tr):
            merge = tc.find(f"{W}tcPr/{W}vMerge")
            if merge is not None and merge.get(W + "val", "continue") == "continue":
                cells.append([])
                continue
            cells.append(_blocks(tc, doc))
        rows.append(cells)
    return table_blocks(rows, grid=_is_grid(tbl, doc))


MAX_DEPTH = 50
"""Deepest nesting of tables and text boxes read."""


def _blocks(container: etree._Element, doc: _Doc) -> list[Block]:
    """Blocks of a body, cell or text box, in document order."""
    if doc.depth > MAX_DEPTH:
        return []
    doc.depth += 1
    out: list[Block] = []
    for child in container:
        if child.tag == W + "p":
            out.extend(_paragraph(child, doc))
        elif child.tag == W + "tbl":
            out.extend(_table(child, doc))
        elif child.tag in (W + "sdt", W + "sdtContent", W + "customXml", W + "ins"):
            out.extend(_blocks(child, doc))
    doc.depth -= 1
    return out


def _read(data: bytes) -> tuple[list[Block], str | None]:
    package = open_package(data)
    body = package.document.find(W + "body")
    if body is None:
        raise ReadError("corrupt .docx: the main document has no body")
    doc = _Doc(
        styles=read_styles(package.styles),
        counter=Counter(Numbering.from_xml(package.numbering)),
    )
    return legacy_fonts(_blocks(body, doc))


def read_blocks(data: bytes) -> list[Block]:
    """The blocks of a .docx file, in reading order."""
    return _read(data)[0]


def read(data: bytes) -> tuple[str, str | None]:
    """Read a .docx file as text for the parser, with the legacy encoding of its fonts
    ("tcvn3 (legacy font)", "vni (legacy font)") or None for Unicode text."""
    return text_of(*_read(data))


__all__ = ["MAX_DEPTH", "read", "read_blocks"]
