"""Write DOCX and HTML fixtures: python-docx and lxml, never a corpus file copied.

:func:`docx_from_text` and :func:`html_from_text` turn the text of a document into the file a
clerk would have made of it: one paragraph per text paragraph (its hard line breaks kept as
``<w:br/>``/``<br>``), the header lines in a borderless two-column table, and (DOCX) "Điều",
khoản and điểm labels moved into Word's automatic numbering wherever Word would print the
same label.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass

import docx
import lxml.html
import regex
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.text.paragraph import Paragraph
from lxml.html import builder as E

from nghiquyet import parse_text
from nghiquyet.models import Document

W_NS = nsdecls("w")

# Word list: level 0 "Điều %1.", level 1 "%2.", level 2 "%3)" (lowerLetter).
NUMBERING_XML = f"""
<w:abstractNum {W_NS} w:abstractNumId="90">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
    <w:lvlText w:val="Điều %1."/><w:suff w:val="space"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%2."/><w:suff w:val="space"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>
    <w:lvlText w:val="%3)"/><w:suff w:val="space"/></w:lvl>
</w:abstractNum>"""
NUM_XML = f'<w:num {W_NS} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'
NUM_ID = "90"

# A label Word could have generated: "Điều 12. ", "3. ", "b) " (one space after it).
_LEVELS = (
    regex.compile(r"Điều (\d+)\. (?=\S)"),
    regex.compile(r"(\d+)\. (?=\S)"),
    regex.compile(r"([a-z])\) (?=\S)"),
)


def add_numbering(document: docx.document.Document) -> None:
    """Add the "Điều %1." / "%2." / "%3)" list to a python-docx document."""
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(NUMBERING_XML))
    numbering.append(parse_xml(NUM_XML))


def set_numbered(paragraph: Paragraph, level: int, num_id: str = NUM_ID) -> None:
    """Make ``paragraph`` an item of list ``num_id`` at ``level``."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert(
        0,
        parse_xml(
            f'<w:numPr {W_NS}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
        ),
    )


# Markdown emphasis a clerk's Word file has as formatting: "**Điều 1.**", "*Căn cứ ...*"; it
# may run over the lines of one paragraph, never over a blank line.
EMPHASIS = regex.compile(r"(\*{1,3})(?=[^\s*])((?:(?!\n\s*\n).)+?)(?<=[^\s*])\1", regex.DOTALL)

Runs = list[tuple[str, bool, bool]]


# An ATX heading mark, which a Word file has as a heading style: "### **Điều 3. ...**".
HEADING = regex.compile(r"^(#{1,6}) +", regex.MULTILINE)


def strip_markdown(text: str) -> str:
    """``text`` without emphasis and heading marks (what DOCX/HTML show as formatting)."""
    return str(EMPHASIS.sub(lambda m: m.group(2), HEADING.sub("", text)))


def _heading(group: list[str]) -> tuple[int, list[str]]:
    """The heading level of a paragraph (0: none) and its lines without the mark."""
    match = HEADING.match(group[0])
    return (len(match.group(1)) if match else 0), [HEADING.sub("", line) for line in group]


def _runs(text: str) -> Runs:
    """(text, bold, italic) pieces of a paragraph with markdown emphasis."""
    out: Runs = []
    at = 0
    for match in EMPHASIS.finditer(text):
        if match.start() > at:
            out.append((text[at : match.start()], False, False))
        marks = len(match.group(1))
        out.append((match.group(2), marks >= 2, marks != 2))
        at = match.end()
    if at < len(text) or not out:
        out.append((text[at:], False, False))
    return out


def _drop(runs: Runs, count: int) -> Runs:
    """``runs`` without their first ``count`` characters (a label Word prints instead)."""
    out: Runs = []
    for piece, bold, italic in runs:
        cut = min(count, len(piece))
        count -= cut
        if piece[cut:]:
            out.append((piece[cut:], bold, italic))
    return out


def add_runs(paragraph: Paragraph, runs: Runs, *, bold: bool = False) -> None:
    """Write ``runs`` into ``paragraph``; a newline inside a run becomes ``<w:br/>``."""
    for piece, strong, em in runs:
        for i, part in enumerate(piece.split("\n")):
            run = paragraph.add_run(part)
            if i:
                run._r.insert(0 if run._r.rPr is None else 1, parse_xml(f"<w:br {W_NS}/>"))
            run.bold = (bold or strong) or None
            run.italic = em or None


def add_lines(paragraph: Paragraph, lines: Sequence[str], *, bold: bool = False) -> None:
    """Write ``lines`` into ``paragraph`` separated by ``<w:br/>``, emphasis as formatting."""
    add_runs(paragraph, _runs("\n".join(lines)), bold=bold)


def paragraphs(text: str) -> list[list[str]]:
    """Text paragraphs (separated by blank lines), each a list of its stripped lines."""
    groups: list[list[str]] = []
    current: list[str] = []
    for line in text.splitlines():
        if line.strip():
            current.append(line.strip())
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


@dataclass
class _Word:
    """Word's counters for the one list, to number only where Word prints the same label."""

    counts: tuple[int, int, int] = (0, 0, 0)

    def label_level(self, line: str) -> int | None:
        for level, pattern in enumerate(_LEVELS):
            match = pattern.match(line)
            if match is None:
                continue
            if level and not self.counts[0]:
                return None
            expected = self.counts[level] + 1
            value = match.group(1)
            shown = str(expected) if level < 2 else chr(ord("a") + expected - 1)
            if value != shown or expected > 26:
                return None
            counts = list(self.counts)
            counts[level] = expected
            for deeper in range(level + 1, 3):
                counts[deeper] = 0
            self.counts = (counts[0], counts[1], counts[2])
            return level
        return None


@functools.lru_cache(maxsize=64)
def parsed(text: str) -> Document:
    """The parse of a clean text, shared by the fixtures and the tests that compare with it."""
    return parse_text(text)


def split_header(text: str) -> tuple[list[list[str]], list[list[str]], list[list[str]]]:
    """(left cell, right cell, rest) paragraphs: the header is what precedes the tên loại.

    The parser of the clean text says where the tên loại and the quốc hiệu are; the left cell
    holds the paragraphs before the quốc hiệu (or, without one, up to the "Số:" line), the
    right one the rest of the header.
    """
    groups = paragraphs(text)
    header = parsed(text).header
    spans = header.spans
    if "doc_type" not in spans:
        return [], [], groups
    lines = text.splitlines()
    starts = [
        i + 1 for i, raw in enumerate(lines) if raw.strip() and (i == 0 or not lines[i - 1].strip())
    ]
    title_line = spans["doc_type"].line
    if "national_title" in spans:
        right_from = spans["national_title"].line
    elif "number" in spans:
        right_from = spans["number"].line + 1
    else:
        right_from = title_line
    head = [g for g, s in zip(groups, starts, strict=True) if s < title_line]
    left = [g for g, s in zip(groups, starts, strict=True) if s < min(right_from, title_line)]
    right = head[len(left) :]
    if not left or not right:
        return [], [], groups
    return left, right, groups[len(head) :]


def docx_from_text(text: str, *, numbering: bool = True, header: bool = True) -> bytes:
    """A .docx of ``text`` (see the module docstring); ``header=False`` skips the table."""
    document = docx.Document()
    if numbering:
        add_numbering(document)
    left, right, rest = split_header(text) if header else ([], [], paragraphs(text))
    if left:
        table = document.add_table(rows=1, cols=2)  # "Normal Table": no borders
        for cell, groups in zip(table.rows[0].cells, (left, right), strict=True):
            first = cell.paragraphs[0]
            for i, group in enumerate(groups):
                add_lines(first if i == 0 else cell.add_paragraph(), _heading(group)[1])
    word = _Word()
    for group in rest:
        heading, lines = _heading(group)
        runs = _runs("\n".join(lines))
        plain = "".join(piece for piece, _, _ in runs)
        level = word.label_level(plain) if numbering else None
        paragraph = document.add_paragraph(style=f"Heading {heading}" if heading else None)
        if level is not None:
            set_numbered(paragraph, level)
            label = _LEVELS[level].match(plain)
            assert label is not None
            runs = _drop(runs, label.end())
        add_runs(paragraph, runs)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


CHROME_TOP = E.DIV(
    E.CLASS("menu-container"),
    E.UL(E.LI(E.A("Trang chủ", href="/")), E.LI(E.A("Văn bản pháp luật", href="/vb"))),
)
SCRIPT = "var menu = ['Điều 99. Không phải văn bản']; document.title = 'x';"


def _html_spaces(line: str) -> str:
    """Runs of spaces as Word's HTML export writes them ("&nbsp; "), so a browser keeps them."""
    return _RUN_OF_SPACES.sub(lambda m: "\u00a0" * (len(m.group(0)) - 1) + " ", line)


_RUN_OF_SPACES = regex.compile(r" {2,}")


def _fill(p: lxml.html.HtmlElement, lines: Sequence[str]) -> lxml.html.HtmlElement:
    """Write ``lines`` into ``p`` with ``<br>`` between them, emphasis as ``<b>``/``<i>``."""
    for piece, strong, em in _runs("\n".join(_html_spaces(line) for line in lines)):
        for i, part in enumerate(piece.split("\n")):
            if i:
                p.append(E.BR())
            if strong or em:
                inner = E.I(part) if em else part
                p.append(E.B(inner) if strong else inner)
            elif len(p):
                p[-1].tail = (p[-1].tail or "") + part
            else:
                p.text = (p.text or "") + part
    return p


def _cell(groups: Sequence[list[str]]) -> lxml.html.HtmlElement:
    return E.TD(*(_fill(E.P(), _heading(list(group))[1]) for group in groups))


def html_from_text(text: str, *, header: bool = True) -> bytes:
    """A portal-like HTML page of ``text``: navigation, scripts, the document in a div."""
    left, right, rest = split_header(text) if header else ([], [], paragraphs(text))
    content = E.DIV(id="toanvancontent")
    if left:
        content.append(E.TABLE(E.TR(_cell(left), _cell(right)), border="0", width="100%"))
    for group in rest:
        heading, lines = _heading(group)
        content.append(_fill(getattr(E, f"H{heading}")() if heading else E.P(), lines))
    page = E.HTML(
        E.HEAD(
            E.META(charset="utf-8"),
            E.TITLE("Cơ sở dữ liệu quốc gia về văn bản pháp luật"),
            E.SCRIPT(SCRIPT),
            E.STYLE("p { margin: 0 }"),
        ),
        E.BODY(
            CHROME_TOP,
            E.DIV(E.CLASS("box-container"), content),
            E.DIV(E.P("Bản quyền thuộc về Bộ Tư pháp"), id="footer"),
        ),
    )
    return b"<!DOCTYPE html>\n" + lxml.html.tostring(page, encoding="utf-8")
