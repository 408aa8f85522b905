"""Canonical text writer: a Document in the layout of the official template (spec §4–§7).

One line per item, numbering normalized ("Điều 3.", "2.", "b)"), blank lines between blocks
(header, title block, preamble, formula, each Chương and Điều, after every title, closing,
nơi nhận, signature).
The output is for diffs, previews and round trips: ``parse_text(render_text(doc))`` gives the
same tree as ``doc`` (see :func:`nghiquyet.writers.compare.comparable`). Example::

    HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ CẦN THƠ
    Số: 05/NQ-HĐND
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc
    Cần Thơ, ngày 08 tháng 7 năm 2022

    NGHỊ QUYẾT
    Về tình hình ...
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from nghiquyet.models import Appendix, Closing, Document, Header, Node, NodeKind
from nghiquyet.writers.labels import HEADING_KINDS, marker

Block = list[str]

END_MARK = "./."
NOI_NHAN = "Nơi nhận:"
# Formulas printed at the end of the last preamble line ("..., QUYẾT ĐỊNH:").
INLINE_FORMULAS = ("QUYẾT NGHỊ:", "QUYẾT ĐỊNH:")
# Levels that open a new block (a blank line before them).
_BLOCK_KINDS = HEADING_KINDS | {NodeKind.DIEU}


def vn_date(day: dt.date) -> str:
    """A date as printed in the header: day padded, months 1–2 padded (NĐ 30/2020).

    >>> vn_date(dt.date(2022, 7, 8)), vn_date(dt.date(2025, 2, 28))
    ('ngày 08 tháng 7 năm 2022', 'ngày 28 tháng 02 năm 2025')
    """
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def _place_date(header: Header) -> str | None:
    when = vn_date(header.date) if header.date else header.date_raw
    parts = [p for p in (header.place, when) if p]
    return ", ".join(parts) if parts else None


def header_blocks(header: Header) -> Iterator[Block]:
    """The two header columns (linearized), then tên loại, trích yếu and session."""
    top = [header.parent_issuer, header.issuer]
    top.append(f"Số: {header.number}" if header.number else None)
    top += [header.national_title, header.motto, _place_date(header)]
    yield [line for line in top if line]
    title = [header.doc_type.upper() if header.doc_type else None, header.title]
    if header.session is not None:
        title += [header.issuer.upper() if header.issuer else None, header.session.text]
    yield [line for line in title if line]


def one_line(text: str) -> str:
    """``text`` with every run of white space folded to one space, ends stripped.

    Runs of spaces are column gaps to the lexer, so items never carry them.
    """
    return " ".join(text.split())


def _text_lines(text: str) -> list[str]:
    return [one_line(line) for line in text.splitlines() if line.strip()]


def _first_line(head: str, text: str) -> list[str]:
    """``head`` and ``text`` on one line ("1. Nội dung"), further text lines below."""
    lines = _text_lines(text)
    if not lines:
        return [head] if head else []
    return [f"{head} {lines[0]}" if head else lines[0], *lines[1:]]


def node_lines(node: Node) -> list[str]:
    """The lines of ``node`` alone (its children excluded)."""
    head, own = node_parts(node)
    return [*head, *own]


def node_parts(node: Node) -> tuple[list[str], list[str]]:
    """The heading lines of ``node`` and the lines of its own text, apart when titled.

    A titled node ("Điều 1. Phạm vi", "Chương I" + title) keeps its text for the next
    paragraph.
    """
    if node.kind is NodeKind.TABLE:
        return [], ["| " + " | ".join(row) + " |" for row in node.rows]
    head = marker(node)
    if node.kind in HEADING_KINDS:
        return [head, *([node.title] if node.title else [])], _text_lines(node.text)
    if node.title:
        return [f"{head} {node.title}".strip()], _text_lines(node.text)
    return _first_line(head, node.text), []


def body_blocks(nodes: tuple[Node, ...]) -> Iterator[Block]:
    """Body nodes in document order.

    Each Phần/Chương/Mục/Điều and each unnumbered paragraph starts a new block, and a title
    ends one: a title or a khoản is never read as running on into the next line.
    """
    current: Block = []
    for node in _walk(nodes):
        if (node.kind in _BLOCK_KINDS or node.kind is NodeKind.PARAGRAPH) and current:
            yield current
            current = []
        head, own = node_parts(node)
        current.extend(head)
        if node.title:
            yield current
            current = []
        current.extend(own)
    if current:
        yield current


def _walk(nodes: tuple[Node, ...]) -> Iterator[Node]:
    for node in nodes:
        yield from node.walk()


def _body_end(doc: Document) -> str:
    """The text of the last Điều (or the last nodes), where a closing sentence is printed."""
    tail = doc.articles[-2:] or doc.body[-2:]
    lines = (line for block in body_blocks(tail) for line in block)
    return " ".join(one_line(line) for line in lines)


def closing_block(doc: Document, closing: Closing) -> Block:
    """The closing sentence, unless the body already prints it (as the last Điều's text)."""
    text = closing.text
    if not text:
        return []
    sentence = one_line(text).removesuffix(END_MARK).rstrip()
    return [] if sentence in _body_end(doc) else _text_lines(text)


def with_end_mark(line: str) -> str:
    """``line`` ending with the end mark "./.", merged with a final full stop.

    >>> with_end_mark("kể từ ngày ký."), with_end_mark("năm 2022"), with_end_mark("ký./.")
    ('kể từ ngày ký./.', 'năm 2022./.', 'ký./.')
    """
    if line.endswith(END_MARK):
        return line
    return line + (END_MARK[1:] if line.endswith(".") else END_MARK)


def _end_mark(blocks: list[Block]) -> None:
    for block in reversed(blocks):
        if block:
            block[-1] = with_end_mark(block[-1])
            return


def recipient_line(text: str) -> str:
    """One "Nơi nhận" entry as printed: a dash, then the entry with its own punctuation.

    >>> recipient_line("Chính phủ;"), recipient_line("- Lưu: VT.")
    ('- Chính phủ;', '- Lưu: VT.')
    """
    return text if text.startswith(("-", "+")) else f"- {text}"


def footer_blocks(doc: Document) -> Iterator[Block]:
    """Nơi nhận and the signature block."""
    if doc.recipients:
        yield [NOI_NHAN, *(recipient_line(r.text) for r in doc.recipients)]
    if doc.signatory is not None:
        sig = doc.signatory
        yield [line for line in (*sig.authority, sig.title, sig.name) if line]


def appendix_blocks(app: Appendix) -> Iterator[Block]:
    """A Phụ lục or attached text: its label, title and nodes."""
    head = app.label or (f"Phụ lục {app.number}" if app.number else None)
    title = app.title
    if head and title and one_line(title) in one_line(head):
        title = None  # the printed label already runs on into the title
    yield [line for line in (head, title) if line]
    yield from body_blocks(app.children)


def formula_block(doc: Document) -> Block:
    """The enacting formula, unless the last preamble line already ends with it.

    A preamble line such as "Xét đề nghị của ..., QUYẾT ĐỊNH:" carries its formula inline.
    """
    formula = doc.preamble.formula
    if not formula:
        return []
    items = doc.preamble.items
    last = one_line(items[-1].text) if items else ""
    return [] if last.endswith((one_line(formula), *INLINE_FORMULAS)) else [formula]


def document_blocks(doc: Document) -> list[Block]:
    """Every block of ``doc`` in the order of the official template."""
    blocks: list[Block] = list(header_blocks(doc.header))
    blocks.append([item.text for item in doc.preamble.items])
    blocks.append(formula_block(doc))
    blocks.extend(body_blocks(doc.body))
    if doc.closing is not None:
        blocks.append(closing_block(doc, doc.closing))
        if doc.closing.end_mark:
            _end_mark(blocks)
    blocks.extend(footer_blocks(doc))
    for app in doc.appendices:
        blocks.extend(appendix_blocks(app))
    folded = ([one_line(line) for line in block if line.strip()] for block in blocks)
    return [block for block in folded if block]


def render_text(doc: Document) -> str:
    """``doc`` as canonical text: one item per line, a blank line between blocks."""
    return "\n\n".join("\n".join(block) for block in document_blocks(doc)) + "\n"
