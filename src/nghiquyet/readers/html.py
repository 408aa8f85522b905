"""HTML pages (legal portals, Word "Save as HTML") -> blocks -> text.

The document's content container is found by :data:`CONTAINERS` (vbpl.vn ``toanvancontent``,
thuvienphapluat ``content1``, ...), else the page body without navigation, menus and scripts.
``<p>``, ``<div>``, headings and list items are blocks; ``<br>`` is a line break; white space
collapses as a browser shows it and ``&nbsp;`` is a (never collapsed) space. Tables follow
:mod:`nghiquyet.readers.blocks`: borderless ones (the header) cell by cell, bordered ones as
pipe rows.

Parsing is safe: libxml2's HTML parser with no network, no entity expansion and no DTD, its
own depth cap (256), inputs above :data:`MAX_BYTES` refused; malformed markup is recovered.

>>> read("<body><nav>Menu</nav><p>Điều&nbsp;1.<br>Phạm vi</p></body>".encode())
('Điều 1.\\nPhạm vi', 'utf-8')
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

import lxml.html
import regex
from lxml import etree

from nghiquyet.errors import ReadError
from nghiquyet.readers.blocks import Block, clean_lines, table_blocks, to_text
from nghiquyet.readers.encodings import decode

MAX_BYTES = 50 * 1024 * 1024
"""Largest HTML input accepted."""
MAX_DEPTH = 200
"""Below this nesting depth an element's text is read flat, as one block."""

CONTAINERS: tuple[tuple[str, str], ...] = (
    ("id", "toanvancontent"),  # vbpl.vn: <div class="toanvancontent" id="toanvancontent">
    ("class", "toanvancontent"),
    ("id", "toanvan"),
    ("class", "content1"),  # thuvienphapluat.vn: <div class="content1">
    ("id", "divcontentdoc"),
    ("class", "fulltext"),
    ("class", "noidung"),
    ("id", "content"),
)
"""Where portals put the document's text: (attribute, lower-case substring), in order."""
MIN_CONTAINER_CHARS = 200
"""A container with less text than this is not taken to be the document."""


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


_SKIP = _names(
    "script style noscript template head title iframe object embed svg select button input "
    "textarea img map canvas video audio"
)
_CHROME = _names("nav header footer aside form menu dialog")
_CHROME_NAME = regex.compile(
    r"menu|nav|footer|header|breadcrumb|sidebar|banner|dialog|login|search|comment|share|social",
    regex.IGNORECASE,
)
_BLOCK = _names(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote section article main center pre "
    "address figure figcaption hr caption header footer nav aside form fieldset body"
)
_BOLD_TAGS = frozenset({"b", "strong", "h1", "h2", "h3", "h4", "h5", "h6", "th"})
_ITALIC_TAGS = frozenset({"i", "em", "cite"})
_BOLD_STYLE = regex.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", regex.IGNORECASE)
_ITALIC_STYLE = regex.compile(r"font-style\s*:\s*italic", regex.IGNORECASE)
_HIDDEN = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
_ALIGN_STYLE = regex.compile(r"text-align\s*:\s*(\w+)", regex.IGNORECASE)
_BORDER_STYLE = regex.compile(
    r"border(?:-(?:top|bottom|left|right))?\s*:\s*(?!none|0\b|0px|hidden|medium none)[^;]*\w",
    regex.IGNORECASE,
)
_META_CHARSET = regex.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([\w-]{1,40})""", regex.I)
# Collapsible white space, as a browser collapses it; NBSP is not (Word writes "&nbsp; " for
# two spaces) and becomes a plain space after collapsing.
_SPACES = regex.compile(r"[ \t\n\r\f]+")


@dataclass
class _Line:
    """The block being gathered: text pieces and how many characters are bold/italic."""

    parts: list[str] = field(default_factory=list)
    chars: int = 0
    bold: int = 0
    italic: int = 0
    align: str | None = None
    style: str | None = None


@dataclass
class _Walk:
    """Walk state: blocks so far and the line being gathered."""

    blocks: list[Block] = field(default_factory=list)
    line: _Line = field(default_factory=_Line)
    pre: int = 0

    def text(self, text: str, bold: bool, italic: bool) -> None:
        if not self.pre:
            text = _SPACES.sub(" ", text)
        self.line.parts.append(text.replace("\u00a0", " "))
        n = len(text.strip())
        self.line.chars += n
        self.line.bold += n if bold else 0
        self.line.italic += n if italic else 0

    def flush(self) -> None:
        line = self.line
        text = clean_lines("".join(line.parts))
        if text:
            self.blocks.append(
                Block(
                    text=text,
                    bold=line.chars > 0 and line.bold == line.chars,
                    italic=line.chars > 0 and line.italic == line.chars,
                    align=line.align,
                    style=line.style,
                )
            )
        self.line = _Line()


def _align(el: etree._Element) -> str | None:
    align = el.get("align")
    if align:
        return align.lower()
    match = _ALIGN_STYLE.search(el.get("style", ""))
    return str(match.group(1)).lower() if match else None


def _tag(el: etree._Element) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _walk(el: etree._Element, walk: _Walk, bold: bool, italic: bool, depth: int) -> None:
    tag = _tag(el)
    outer_bold, outer_italic = bold, italic
    if tag in _SKIP or _HIDDEN.search(el.get("style", "")):
        pass
    elif depth > MAX_DEPTH:
        walk.text(" ".join(str(t) for t in el.itertext()), bold, italic)
    elif tag == "table":
        walk.flush()
        walk.blocks.extend(_table(el, depth))
    elif tag == "br":
        walk.line.parts.append("\n")
    else:
        block = tag in _BLOCK
        if block:
            walk.flush()
            walk.line.align = _align(el)
            walk.line.style = tag if tag[:1] == "h" and tag[1:].isdigit() else None
        style = el.get("style", "")
        bold = bold or tag in _BOLD_TAGS or bool(_BOLD_STYLE.search(style))
        italic = italic or tag in _ITALIC_TAGS or bool(_ITALIC_STYLE.search(style))
        walk.pre += tag == "pre"
        if el.text:
            walk.text(el.text, bold, italic)
        for child in el:
            _walk(child, walk, bold, italic, depth + 1)
        walk.pre -= tag == "pre"
        if block:
            walk.flush()
    if el.tail:
        walk.text(el.tail, outer_bold, outer_italic)


def _blocks(el: etree._Element, depth: int = 0) -> list[Block]:
    walk = _Walk()
    if el.text:
        walk.text(el.text, False, False)
    for child in el:
        _walk(child, walk, False, False, depth + 1)
    walk.flush()
    return walk.blocks


def _rows(table: etree._Element) -> list[etree._Element]:
    """The rows of ``table`` itself (through thead/tbody/tfoot), not of nested tables."""
    rows: list[etree._Element] = []
    for child in table:
        tag = _tag(child)
        if tag == "tr":
            rows.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            rows.extend(c for c in child if _tag(c) == "tr")
    return rows


def _bordered(el: etree._Element) -> bool:
    border = el.get("border", "0").strip()
    if border not in ("", "0"):
        return True
    return (
        bool(_BORDER_STYLE.search(el.get("style", "")))
        or "tablegrid" in el.get("class", "").lower()
    )


def _table(table: etree._Element, depth: int) -> list[Block]:
    rows: list[Sequence[Sequence[Block]]] = []
    grid = _bordered(table)
    columns = 0
    for tr in _rows(table):
        cells = [c for c in tr if _tag(c) in ("td", "th")]
        columns = max(columns, len(cells))
        grid = grid or any(_bordered(cell) for cell in cells)
        rows.append([_blocks(cell, depth + 1) for cell in cells])
    return table_blocks(rows, grid=grid and columns >= 2)


def _text_length(el: etree._Element) -> int:
    return sum(len(t.strip()) for t in el.itertext())


def find_container(root: etree._Element) -> etree._Element:
    """The element holding the document's text (see :data:`CONTAINERS`), else the body."""
    for attribute, hint in CONTAINERS:
        found = [
            el
            for el in root.iter()
            if isinstance(el.tag, str) and hint in el.get(attribute, "").lower()
        ]
        if found:
            best = max(found, key=_text_length)
            if _text_length(best) >= MIN_CONTAINER_CHARS:
                return best
    body = root.find(".//body")
    base = body if body is not None else root
    for el in list(base.iter()):
        if el is base or not isinstance(el.tag, str):
            continue
        name = f"{el.get('id', '')} {el.get('class', '')}"
        chrome = _tag(el) in _CHROME or _CHROME_NAME.search(name)
        if chrome and isinstance(el, lxml.html.HtmlElement) and el.getparent() is not None:
            el.drop_tree()
    return base


def _decode(data: bytes) -> tuple[str, str]:
    declared = _META_CHARSET.search(data[:4096])
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        name = declared.group(1).decode("ascii").lower()
        try:
            return unicodedata.normalize("NFC", data.decode(name)), name
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)


def read_blocks(data: bytes) -> list[Block]:
    """The blocks of an HTML page's document text, in reading order."""
    return _read(data)[0]


def _read(data: bytes) -> tuple[list[Block], str]:
    if len(data) > MAX_BYTES:
        raise ReadError(f"refused HTML: larger than {MAX_BYTES >> 20} MB")
    text, encoding = _decode(data)
    if not text.strip():
        raise ReadError("empty HTML document")
    parser = lxml.html.HTMLParser(
        encoding="utf-8",
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
        recover=True,
    )
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8", "surrogatepass"), parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise ReadError(f"unreadable HTML: {exc}") from None
    return _blocks(find_container(root)), encoding


def read(data: bytes) -> tuple[str, str | None]:
    """Read an HTML page as text for the parser; return it and the page's encoding."""
    blocks, encoding = _read(data)
    return to_text(blocks), encoding


__all__ = ["CONTAINERS", "MAX_BYTES", "MAX_DEPTH", "find_container", "read", "read_blocks"]
