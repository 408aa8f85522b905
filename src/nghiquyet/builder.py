"""The builder: tokens -> :class:`Document`, with an explicit stack of open levels.

The token stream is cut into regions — header, preamble, body, footer, appendices — and
each region is assembled by its own function. The builder knows the hierarchy, not regexes:
line shapes come from the lexer's token kinds and groups.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from nghiquyet.footer import build_footer, find_closing, is_signer_title, signs_here, starts_footer
from nghiquyet.header import build_header, is_caps
from nghiquyet.models import (
    Appendix,
    Diagnostic,
    Document,
    Header,
    Node,
    NodeKind,
    Preamble,
    PreambleItem,
    PreambleKind,
    Severity,
    Signatory,
    SourceInfo,
    Span,
    Token,
    TokenKind,
    trusted,
)
from nghiquyet.normalize import Normalized, fold_spaces

LEVELS: dict[TokenKind, tuple[NodeKind, int]] = {
    TokenKind.PHAN: (NodeKind.PHAN, 0),
    TokenKind.CHUONG: (NodeKind.CHUONG, 1),
    TokenKind.MUC: (NodeKind.MUC, 2),
    TokenKind.TIEU_MUC: (NodeKind.TIEU_MUC, 3),
    TokenKind.DIEU: (NodeKind.DIEU, 4),
    TokenKind.KHOAN: (NodeKind.KHOAN, 5),
    TokenKind.DIEM: (NodeKind.DIEM, 6),
    TokenKind.TIET: (NodeKind.TIET, 7),
}
_HEADINGS = frozenset({TokenKind.PHAN, TokenKind.CHUONG, TokenKind.MUC, TokenKind.TIEU_MUC})
# Members used on every line, as constants: on Python 3.11 ``NodeKind.X`` is a slow lookup
# (the enum metaclass has a __getattr__).
_DIEU_NODE, _KHOAN_NODE, _DIEM_NODE = NodeKind.DIEU, NodeKind.KHOAN, NodeKind.DIEM
_TIET_NODE = NodeKind.TIET
_SUB_NUMBER = regex.compile(r"\d{1,3}(?:\.\d{1,3}){1,3}\.?")  # "1.2.", "2.2.2.", "4.8"
_DIEU_LEVEL = LEVELS[TokenKind.DIEU][1]
_TITLED = frozenset({NodeKind.DIEU, *(LEVELS[k][0] for k in _HEADINGS)})  # title, no text
_ORDERED = frozenset({NodeKind.DIEU, NodeKind.KHOAN, NodeKind.DIEM})
# Kinds asked on every body line, as constants: on Python 3.11 ``TokenKind.X`` is a slow
# lookup (the enum metaclass has a __getattr__).
_DIEU_TOKEN, _TABLE_ROW = TokenKind.DIEU, TokenKind.TABLE_ROW
_KHOAN_TOKEN, _PARAGRAPH_TOKEN = TokenKind.KHOAN, TokenKind.PARAGRAPH
_BODY_START = frozenset({*_HEADINGS, TokenKind.DIEU})
_PREAMBLE = frozenset({TokenKind.CAN_CU, TokenKind.CONSIDERATION, TokenKind.FORMULA})
_SKIP = frozenset({TokenKind.SEPARATOR, TokenKind.NOISE})
_DIEM_ORDER = [
    "a",
    "b",
    "c",
    "d",
    "đ",
    "e",
    "g",
    "h",
    "i",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "v",
    "x",
    "y",
]


def _merge(a: Span, b: Span) -> Span:
    fields = {"start": a.start, "end": b.end, "line": a.line, "column": a.column}
    return trusted(Span, {**fields, "end_line": b.end_line})


def _diag(
    code: str, message: str, span: Span | None, sev: Severity = Severity.WARNING
) -> Diagnostic:
    return Diagnostic(code=code, severity=sev, message=message, span=span)


# --- regions ---------------------------------------------------------------------------


def _bare_ten_loai(tokens: Sequence[Token], i: int) -> bool:
    """Whether the last token before ``i`` (furniture aside) is a tên loại without a title."""
    j = i - 1
    while j >= 0 and tokens[j].kind in _SKIP:
        j -= 1
    return j >= 0 and tokens[j].kind is TokenKind.TEN_LOAI and not tokens[j].groups.get("title")


def _as_title(tokens: Sequence[Token]) -> list[Token]:
    """Header tokens with a consideration-shaped trích yếu read as the title line it is."""
    return [
        tok.model_copy(update={"kind": TokenKind.PARAGRAPH, "groups": {}})
        if tok.kind is TokenKind.CONSIDERATION and _bare_ten_loai(tokens, i)
        else tok
        for i, tok in enumerate(tokens)
    ]


def _site_title(tokens: Sequence[Token], i: int) -> bool:
    """A portal's title line above the document ("# Thực hiện chế độ ..."): the first line,
    with the quốc hiệu or "Số:" of the header still to come."""
    if any(t.kind not in _SKIP for t in tokens[:i]):
        return False
    ahead = [t for t in tokens[i + 1 : i + 12] if t.kind not in _SKIP][:6]
    return any(t.kind in (TokenKind.QUOC_HIEU, TokenKind.SO_KY_HIEU) for t in ahead)


# A title line that stops mid-phrase ("... tiền lương đối với" / blank line / "Tập đoàn ..."):
# the next paragraph goes on with it.
_OPEN_END = regex.compile(r"(?:\s(?:đối\s+với|và|của|về|cho|tại|trong|theo|với|thuộc|giữa)|,)$")


def _header_end(tokens: Sequence[Token]) -> int:
    """Index of the first token after the header."""
    seen_title = False
    caps_title = False
    prose = 0
    last_prose = ""
    for i, tok in enumerate(tokens):
        kind = tok.kind
        if kind in _PREAMBLE or kind in _BODY_START or kind is TokenKind.NOI_NHAN:
            if kind is TokenKind.FORMULA and not seen_title and "formula" not in tok.groups:
                continue
            if kind is TokenKind.CONSIDERATION and _bare_ten_loai(tokens, i):
                continue  # "NGHỊ ĐỊNH" / "Thực hiện thí điểm ...": the trích yếu, not a "Xét"
            if kind is TokenKind.CONSIDERATION and _site_title(tokens, i):
                continue
            return i
        if kind in (TokenKind.KHOAN, TokenKind.SIGN_AUTHORITY) and seen_title:
            return i
        if kind is TokenKind.PHU_LUC and _starts_appendix(tokens, i):
            return i  # "Phụ lục số 04" / its title: a gazette's continuation starts with it
        if (kind is TokenKind.TEN_LOAI and not seen_title) or tok.groups.get("vv"):
            seen_title = True
            caps_title = bool(tok.groups.get("title")) and kind is TokenKind.TEN_LOAI
        elif seen_title and kind is TokenKind.PARAGRAPH and not is_caps(tok.text):
            # A title is printed in one case: prose after a title in capitals is not title.
            if not (prose == 1 and _OPEN_END.search(last_prose)):
                prose += 1
            last_prose = tok.text
            if prose > 1 or caps_title or tok.text.startswith("Kính gửi"):
                return i
        elif seen_title and kind in (TokenKind.CAPS, TokenKind.TEN_LOAI) and not prose:
            caps_title = True
    return len(tokens)


def _build_preamble(tokens: Sequence[Token]) -> tuple[Preamble, int]:
    """Preamble items from ``tokens``; also how many tokens it used."""
    items: list[PreambleItem] = []
    formula: str | None = None
    formula_span: Span | None = None
    used = 0
    note_end = 0  # a consolidated text's note on the acts it merges runs up to here
    for i, tok in enumerate(tokens):
        kind = tok.kind
        if kind in _SKIP:
            used = i + 1
            continue
        if formula is not None:
            break
        if i < note_end and kind in _DISPLACED:
            pass  # the quốc hiệu of a page a PDF layer printed inside the footnote
        elif i < note_end:
            prev = items[-1]
            items[-1] = prev.model_copy(
                update={"text": f"{prev.text} {tok.text}", "span": _merge(prev.span, tok.span)}
            )
        elif kind is TokenKind.CAN_CU:
            items.append(PreambleItem(kind=PreambleKind.BASIS, text=tok.text, span=tok.span))
        elif kind is TokenKind.CONSIDERATION:
            items.append(
                PreambleItem(kind=PreambleKind.CONSIDERATION, text=tok.text, span=tok.span)
            )
        elif kind is TokenKind.FORMULA:
            formula, formula_span = tok.text, tok.span
        elif not items and kind in _NOTE_KINDS and (end := _note_end(tokens, i)):
            # "Nghị định số 121/2016/NĐ-CP ..., được sửa đổi, bổ sung bởi:" / "1. Nghị định số
            # 74/2020/NĐ-CP ..., có hiệu lực ..." / "2. ...": a consolidated text (VBHN) lists
            # the acts it merges, numbered or with the gazette's page furniture between, before
            # its căn cứ.
            note_end = end
            items.append(
                PreambleItem(kind=PreambleKind.CONSIDERATION, text=tok.text, span=tok.span)
            )
        elif (
            kind is TokenKind.PARAGRAPH
            and items
            and items[-1].text.rstrip().endswith((";", "."))
            and _FOOTNOTE_TEXT.match(tok.text)
        ):
            # "1 Tên gọi này được sửa đổi theo ... Nghị định số 82/2021/NĐ-CP ...": a consolidated
            # text's footnote at the page foot, not the căn cứ before it; with its entries ("1
            # Văn bản này được hợp nhất từ 03 Thông tư sau:" / "- Thông tư số ...") when more
            # of the preamble follows it.
            note_end = _footnote_end(tokens, i)
            items.append(
                PreambleItem(kind=PreambleKind.CONSIDERATION, text=tok.text, span=tok.span)
            )
        elif kind is TokenKind.PARAGRAPH and not items and _basis_follows(tokens, i):
            # A consolidated text (VBHN) lists the acts it merges before its căn cứ.
            items.append(
                PreambleItem(kind=PreambleKind.CONSIDERATION, text=tok.text, span=tok.span)
            )
        elif (
            items
            and (
                kind in (TokenKind.PARAGRAPH, TokenKind.CAPS, TokenKind.SO_KY_HIEU)
                or (
                    kind is TokenKind.TIET
                    and tok.text[:1] in "-–"
                    and not items[-1].text.rstrip().endswith((";", ".", ":"))
                )
            )
            and not starts_footer(tokens, i)
        ):
            # A căn cứ or consideration that runs on after a line ending in ";", or whose hard
            # wrap put a dash first ("... giai đoạn 2014" / "- 2016 và định hướng ..."); not
            # into the signature of a text with no Điều ("LỆNH ... NAY CÔNG BỐ ... / CHỦ TỊCH
            # NƯỚC / Võ Văn Thưởng").
            prev = items[-1]
            items[-1] = prev.model_copy(
                update={"text": f"{prev.text} {tok.text}", "span": _merge(prev.span, tok.span)}
            )
        else:
            break
        used = i + 1
        tail = _FORMULA_TAIL.search(items[-1].text) if formula is None and items else None
        if tail:
            formula, formula_span = tail.group(0).strip(), items[-1].span
    return Preamble(items=tuple(items), formula=formula, formula_span=formula_span), used


_QUOTE_SPAN = 80  # tokens a quotation may run before the footer scan stops trusting it
_FORMULA_TAIL = regex.compile(r"(?:QUYẾT\s+NGHỊ|QUYẾT\s+ĐỊNH)\s*:\s*$")


def _basis_follows(tokens: Sequence[Token], i: int) -> bool:
    ahead = [t for t in tokens[i + 1 : i + 8] if t.kind not in _SKIP][:4]
    return any(t.kind is TokenKind.CAN_CU for t in ahead)


_NOTE_KINDS = frozenset({TokenKind.PARAGRAPH, TokenKind.KHOAN, TokenKind.TIET})
_DISPLACED = frozenset({TokenKind.QUOC_HIEU, TokenKind.TIEU_NGU})
_FOOTNOTE_OTHER = frozenset({*_DISPLACED, TokenKind.CAPS})
_FOOTNOTE_TEXT = regex.compile(r"^\d{1,3}\s+\p{Lu}\p{Ll}")
_NOTE_SPAN = 60  # tokens (page furniture included) a consolidation note may take
# An entry of the note: an act by its tên loại ("1. Nghị định số 74/2020/NĐ-CP ...", "- Thông
# tư số 120/2020/TT-BTC ...", "Luật Nhà giáo số 73/2025/QH15 ...").
_NOTE_ENTRY = regex.compile(
    r"^(?:\d{1,2}\.\s*|[-–+]\s*)?(?:Luật|Bộ\s+luật|Pháp\s+lệnh|Nghị\s+định|Nghị\s+quyết"
    r"|Thông\s+tư|Quyết\s+định|Chỉ\s+thị)\b"
)
# What only a consolidation note says: each act's date of effect, or that it merges them.
_NOTE_MARK = regex.compile(r"\bcó\s+hiệu\s+lực\b|\bhợp\s+nhất\b")


def _footnote_end(tokens: Sequence[Token], i: int) -> int:
    """Where the preamble goes on after a footnote at ``tokens[i]`` and its entries, or i + 1
    when no căn cứ, consideration or formula follows them."""
    for j in range(i + 1, min(len(tokens), i + _NOTE_SPAN)):
        kind = tokens[j].kind
        if kind in _PREAMBLE:
            return j
        # A caps line in the run is an entry's wrapped end ("24/2020/TT-BTC).").
        if kind not in _SKIP and kind not in _NOTE_KINDS and kind not in _FOOTNOTE_OTHER:
            break
    return i + 1


def _note_end(tokens: Sequence[Token], i: int) -> int:
    """Where the căn cứ begins after a consolidation note starting at ``tokens[i]``, or 0.

    The lines up to the first căn cứ must be prose or numbered / dashed entries naming acts,
    and one of them must say when an act took effect or that the text merges them."""
    if not _NOTE_ENTRY.match(tokens[i].text):
        return 0
    marked = False
    for j in range(i, min(len(tokens), i + _NOTE_SPAN)):
        tok = tokens[j]
        if tok.kind is TokenKind.CAN_CU:
            return j if marked else 0
        if tok.kind in _SKIP:
            continue
        if tok.kind not in _NOTE_KINDS or (
            tok.kind is not TokenKind.PARAGRAPH and not _NOTE_ENTRY.match(tok.text)
        ):
            return 0
        marked = marked or bool(_NOTE_MARK.search(tok.text))
    return 0


# --- body ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Open:
    kind: NodeKind
    level: float
    span: Span
    number: str | None = None
    label: str | None = None
    title: str | None = None
    text: str = ""
    children: list[Node] = field(default_factory=list)
    rows: list[tuple[str, ...]] = field(default_factory=list)
    wants_title: bool = False
    items: bool = False  # a điểm holding a numbered list ("1. Bệnh viện ...")
    last: dict[NodeKind, str] = field(default_factory=dict)  # last number per child kind

    def freeze(self) -> Node:
        fields: dict[str, object] = {
            "kind": self.kind,
            "number": self.number,
            "label": self.label,
            "title": self.title,
            "text": self.text,
            "children": tuple(self.children),
            "rows": tuple(self.rows),
            "span": self.span,
        }
        return trusted(Node, fields)


class _Tree:
    """An explicit stack of open levels; closed nodes are frozen into their parent."""

    def __init__(self) -> None:
        self.roots: list[Node] = []
        self.stack: list[_Open] = []
        self.diagnostics: list[Diagnostic] = []
        self.last_dieu: str | None = None
        self.root_last: dict[NodeKind, str] = {}
        self.straight_quote = False  # inside '"...' amending text opened by a line
        self.quote = 0  # balance of “ ” across lines: inside amending text when > 0
        self._table: _Open | None = None
        self.rows: int | None = None  # last row number of a flattened table inside a Điều
        self.form = False  # a form's "Mẫu số ..." line since the open Điều's last khoản

    def open_dieu(self) -> _Open | None:
        """The innermost Điều open on the stack, if any."""
        return next((o for o in reversed(self.stack) if o.kind is _DIEU_NODE), None)

    def _close_top(self) -> None:
        node = self.stack.pop().freeze()
        (self.stack[-1].children if self.stack else self.roots).append(node)

    def close_all(self) -> list[Node]:
        self._end_table()
        while self.stack:
            self._close_top()
        return self.roots

    def _end_table(self) -> None:
        if self._table is not None:
            table, self._table = self._table, None
            (self.stack[-1].children if self.stack else self.roots).append(table.freeze())

    def _attach(self, node: Node) -> None:
        (self.stack[-1].children if self.stack else self.roots).append(node)

    def paragraph(self, tok: Token) -> None:
        self._end_table()
        top = self.stack[-1] if self.stack else None
        if top is not None and top.wants_title and is_caps(tok.text):
            # "Chương I" / "NHỮNG QUY ĐỊNH" / "CHUNG": capital lines under a heading are its title.
            top.title = f"{top.title} {tok.text}" if top.title else tok.text
            top.span = _merge(top.span, tok.span)
            return
        if top is not None:
            top.wants_title = False
        self._attach(_paragraph_node(tok))

    def section(self, tok: Token) -> bool:
        """ "I. QUAN ĐIỂM" in an open Điều: a section of the plan the article approves (a Đề
        án, a Kế hoạch printed inside "Điều 1. Phê duyệt ..."), or of a body without articles
        ("II. Về tình hình kinh tế - xã hội ..." in a Nghị quyết of a Government meeting). It
        holds the numbered items up to the next section or article, so they are not the
        article's khoản and number anew; capital lines right after it go on with its
        heading."""
        top = self.stack[-1] if self.stack else None
        if top is not None and top.level == _SECTION_LEVEL and not top.children:
            if is_caps(tok.text):
                top.text = f"{top.text} {tok.text}"
                top.span = _merge(top.span, tok.span)
                return True
            return False
        text = tok.text
        if not _SECTION.match(text) or not (is_caps(text) or not text.endswith((".", ";", ","))):
            return False
        if self.open_dieu() is None and self.last_dieu is not None:
            return False  # after the articles: a closing note's list, not the body's section
        self._end_table()
        while self.stack and self.stack[-1].level >= _SECTION_LEVEL:
            self._close_top()
        self.stack.append(
            _Open(kind=_PARAGRAPH_NODE, level=_SECTION_LEVEL, span=tok.span, text=tok.text)
        )
        return True

    def table_row(self, tok: Token) -> None:
        cells = tuple(tok.groups[k] for k in sorted(tok.groups, key=int))
        if self._table is None:
            self._table = _Open(kind=NodeKind.TABLE, level=99, span=tok.span)
        self._table.rows.append(cells)
        self._table.span = _merge(self._table.span, tok.span)

    def open(self, tok: Token) -> None:
        self._end_table()
        kind, level = LEVELS[tok.kind]
        g = tok.groups
        if (
            kind is _KHOAN_NODE
            and self.stack
            and self.stack[-1].level < _DIEU_LEVEL
            and not any(o.kind is _DIEU_NODE for o in self.stack)
        ):
            # "1." right under a Chương heading with no Điều open: a numbered paragraph.
            self.paragraph(tok)
            return
        if kind is _KHOAN_NODE and self._nested_item(tok):
            self.paragraph(tok)
            return
        if kind is _TIET_NODE and _SUB_NUMBER.fullmatch(g.get("number", "")):
            self._sub_clause(g["number"])
        while self.stack and self.stack[-1].level >= level:
            self._close_top()
        self.form = False
        number = g.get("number")
        label, text, title = _label(tok), "", None
        if kind in _TITLED:
            title = g.get("title") or None
        else:
            text = g.get("text", tok.text)
        self._check_order(kind, number, tok.span)
        self.stack.append(
            _Open(
                kind=kind,
                level=level,
                span=tok.span,
                number=number,
                label=label,
                title=title,
                text=text,
                wants_title=level < _DIEU_LEVEL,
            )
        )

    def _sub_clause(self, number: str) -> None:
        """ "1.2. Sổ tài sản cố định" under khoản 1: a part of the khoản, not of its open điểm;
        the điểm after it ("a) Biểu mẫu sổ kế toán") letter anew."""
        khoan = next((o for o in reversed(self.stack) if o.kind is _KHOAN_NODE), None)
        if khoan is None or khoan.number != number.split(".", 1)[0]:
            return
        while self.stack[-1] is not khoan:
            self._close_top()
        khoan.last.pop(_DIEM_NODE, None)

    def _nested_item(self, tok: Token) -> bool:
        """ "1. Bệnh viện ..." indented under an open điểm, deeper than the khoản holding it,
        and not the khoản's next number (a markdown list nested in "a) Khối bệnh viện"): an
        item of the điểm, not a khoản; the items after it too."""
        if len(self.stack) < 2 or self.stack[-1].kind is not _DIEM_NODE:
            return False
        diem, khoan = self.stack[-1], self.stack[-2]
        if khoan.kind is not _KHOAN_NODE or tok.span.column <= khoan.span.column + 1:
            return False
        number = tok.groups.get("number")
        follows = khoan.number and number and _follows(khoan.number, number, _KHOAN_NODE)
        if follows and not diem.items:
            return False  # a khoản printed indented (a PDF layer): "4." / "a) ..." / "  5."
        diem.items = True
        return True

    def _check_order(self, kind: NodeKind, number: str | None, span: Span) -> None:
        if number is None or kind not in _ORDERED:
            return
        if kind is _DIEU_NODE:
            prev, self.last_dieu = self.last_dieu, number
        else:
            parent = next((o for o in reversed(self.stack) if o.level < LEVEL_OF[kind]), None)
            last = parent.last if parent is not None else self.root_last
            prev, last[kind] = last.get(kind), number
        if prev is not None and not _follows(prev, number, kind):
            self.diagnostics.append(
                _diag(
                    "NQP201",
                    f"{kind.value} {number} follows {kind.value} {prev}",
                    span,
                    Severity.INFO,
                )
            )


LEVEL_OF = {kind: level for kind, level in LEVELS.values()}
# A roman-numbered section inside an article ("I. QUAN ĐIỂM"), between the Điều and its khoản.
_SECTION_LEVEL = _DIEU_LEVEL + 0.5
_SECTION = regex.compile(r"[IVX]{1,4}\.\s+\p{Lu}")
_SECTION_KINDS = frozenset({TokenKind.CAPS, TokenKind.PARAGRAPH})


def _follows(prev: str, number: str, kind: NodeKind) -> bool:
    if kind is _DIEM_NODE:
        p, n = prev[:1], number[:1]
        if p in _DIEM_ORDER and n in _DIEM_ORDER:
            return _DIEM_ORDER.index(n) == _DIEM_ORDER.index(p) + 1 or n == p
        return True
    pd = int(prev) if prev.isdecimal() else int("".join(c for c in prev if c.isdigit()) or 0)
    nd = int(number) if number.isdecimal() else int("".join(c for c in number if c.isdigit()) or 0)
    return nd in (pd, pd + 1)


_PARAGRAPH_NODE = NodeKind.PARAGRAPH
_PARAGRAPH_SET = frozenset({"kind", "text", "span"})


def _paragraph_node(tok: Token) -> Node:
    """``Node(kind=NodeKind.PARAGRAPH, text=tok.text, span=tok.span)``."""
    fields: dict[str, object] = {
        "kind": _PARAGRAPH_NODE,
        "number": None,
        "label": None,
        "title": None,
        "text": tok.text,
        "children": (),
        "rows": (),
        "span": tok.span,
    }
    return trusted(Node, fields, _PARAGRAPH_SET)


def _label(tok: Token) -> str:
    text = tok.text
    for key in ("title", "text"):
        rest = tok.groups.get(key)
        if rest and "  " in rest:
            rest = fold_spaces(rest)  # the line's text is folded, its groups not always
        if rest and text.endswith(rest):
            return text[: len(text) - len(rest)].strip()
    return text


def _next_article(tree: _Tree, tok: Token) -> bool:
    """A bare "Điều 5 Nhà nước ..." (no "."): an article only when 5 comes next in order."""
    if tree.last_dieu is None:
        return True
    return _follows(tree.last_dieu, tok.groups.get("number", ""), NodeKind.DIEU) and (
        tok.groups.get("number") != tree.last_dieu
    )


def _quote_delta(text: str) -> int:
    if "“" not in text and "”" not in text:
        return 0  # most lines: two quick scans ("in" is several times quicker than count)
    return text.count("“") - text.count("”")


def _first_heading(tok: Token) -> bool:
    """ "Chương I", "Phần thứ nhất" or a strong "Điều 1.": where a document's own body opens."""
    if tok.kind is TokenKind.DIEU:
        return tok.groups.get("number") == "1" and "weak" not in tok.groups
    number = tok.groups.get("number", "").casefold()
    return tok.kind in (TokenKind.CHUONG, TokenKind.PHAN) and number in ("i", "1", "thứ nhất")


def _resumes_body(tree: _Tree, tok: Token) -> bool:
    """After a page break inside a quotation: the document's first heading, or its next Điều."""
    if tree.last_dieu is None:
        return _first_heading(tok)
    return tok.kind is TokenKind.DIEU and "weak" not in tok.groups and _next_article(tree, tok)

_CLOSED = ("”", "”.", "”;", "”,")
# A quotation mark opened inside a sentence and never closed: "... do Công ty mẹ “Tập đoàn
# Công nghiệp - Viễn thông Quân đội nắm giữ 100% vốn điều lệ." (not "... như sau: “a) ...").
_STRAY_QUOTE = regex.compile(r"[\p{Ll},][ ]“[^“”:]*[.;]$")


def _stray_quote(text: str) -> bool:
    return _STRAY_QUOTE.search(text.rstrip()) is not None


def _table_row(tree: _Tree, tokens: Sequence[Token], i: int) -> bool:
    """A row number of a table flattened one cell per line inside a Điều ("STT / Tên dịch vụ
    / 1. / Dịch vụ truy nhập ..."): a bare "1." (alone on its line, even if the lexer gave it
    the next line as text) that numbers back below the article's khoản opens it (or "1. Ngành
    nghề..." in a form printed since the last khoản: "Mẫu số S2a-HKD",
    or in a run that the article's next khoản follows out of order), the rows go on in order,
    and the article's next khoản closes it."""
    tok = tokens[i]
    number = tok.groups.get("number", "")
    dieu = tree.open_dieu()
    last = dieu.last.get(_KHOAN_NODE) if dieu is not None else None
    if not number.isdecimal() or last is None or not last.isdecimal():
        tree.rows = None
        return False
    n = int(number)
    if tree.rows is None:
        if n > int(last) or (
            tok.groups.get("text")
            and "lone" not in tok.groups
            and not tree.form
            and not _rows_then_next(tokens, i, int(last))
        ):
            return False
    elif n != tree.rows + 1:
        tree.rows = None
        return False
    tree.rows = n
    return True


def _rows_then_next(tokens: Sequence[Token], i: int, last: int) -> bool:
    """Whether the numbered line ``i``, which numbers back below the article's khoản ``last``,
    starts a run of rows in order ("1. Chủ tịch Hội đồng thành viên" / "70" / "2. ..." / "3.
    Kiểm soát viên") that the article's next khoản ends out of the run's order ("2. Loại công
    ty ..."), before any article or heading."""
    row = int(tokens[i].groups["number"])
    for tok in tokens[i + 1 : i + 1 + _QUOTE_SPAN]:
        kind = tok.kind
        if kind in _BODY_START:
            return False
        if kind is not TokenKind.KHOAN or tok.text.startswith("“"):
            continue
        number = tok.groups.get("number", "")
        if not number.isdecimal():
            return False
        if int(number) == row + 1:
            row += 1
        else:
            return int(number) == last + 1
    return False


# The number of a form printed inside an article, alone on its line or before the act it comes
# with: "Mẫu số S2c- HKD", "Mẫu số S2a-HKD (Kèm theo Thông tư số 152/2025/TT-BTC ...)".
_FORM = regex.compile(r"Mẫu\s+số\s*:?\s*[\w./]+(?:\s?-\s?\w+)*\s*(?:$|\((?:Ban\s+hành\s+)?[Kk]èm)")
# Where a form is signed, below its rows: "(Ký, ghi rõ họ tên, đóng dấu)".
_SIGNS_FORM = regex.compile(r"\(?Ký,?\s+(?:ghi\s+rõ\s+)?họ\s+tên")

# The title of an amending document's own article: what it does to the amended text ...
_AMENDING = regex.compile(
    r"^(?:Sửa\s+đổi|Bổ\s+sung|Bãi\s+bỏ|Thay\s+thế|Đính\s+chính|Điều\s+khoản\s+chuyển)\b"
)
# ... and the titles of the articles that may follow the amending ones.
_AMENDING_OR_FINAL = regex.compile(
    rf"{_AMENDING.pattern}|^(?:Hiệu\s+lực|Trách\s+nhiệm\s+thi\s+hành|Tổ\s+chức\s+thực\s+hiện)\b"
)


def _closes_early(tree: _Tree, tokens: Sequence[Token], i: int) -> bool:
    """The quotation that line ``i`` closes ("... Luật Bảo hiểm y tế.”.") goes on: a later
    line closes a quotation that is not open ("3. Việc bảo đảm ... liên quan.”.") before any
    line opens a new one, announces an amendment ("15. Bổ sung điểm đ khoản 1 Điều 43 như
    sau:") or starts the document's next article."""
    balance = 0
    for tok in tokens[i + 1 : i + 1 + _QUOTE_SPAN]:
        text = tok.text
        if tok.kind in _SKIP:
            continue
        balance += _quote_delta(text)
        if (
            balance > 0
            or '"' in text
            or _AMENDING.match(tok.groups.get("text", ""))
            or (tok.kind is _DIEU_TOKEN and "weak" not in tok.groups and _next_article(tree, tok))
        ):
            return False
        if balance < 0:
            return text.rstrip().endswith(_CLOSED)
    return False


def _amends_next(tree: _Tree, tok: Token) -> bool:
    """A quotation left open by the source ("“Điều 4a. ..." never closed, or closed by a
    straight '".'): under an open amending article of the document ("Điều 2. Sửa đổi ..."),
    its next Điều titled as an amendment or a final article ("Điều 3. Thay thế cụm từ",
    "Điều 4. Hiệu lực thi hành") ends it. Under another article, "Điều 2. Sửa đổi hồ sơ" is
    the amended act's own and stays quoted."""
    if (
        tok.kind is not TokenKind.DIEU
        or tree.last_dieu is None
        or "weak" in tok.groups
        or not _AMENDING_OR_FINAL.match(tok.groups.get("title", ""))
        or not _next_article(tree, tok)
    ):
        return False
    current = tree.open_dieu()
    return current is not None and _AMENDING.match(current.title or "") is not None


def _fused_mark(tree: _Tree, tok: Token, i: int, notes: _Notes) -> Token | None:
    """ "58. (được bãi bỏ)" read as khoản 5 with footnote 8 when 5 is the open Điều's next
    khoản (after its first) and footnote 8 follows on the page (or after the body); None
    otherwise."""
    number = tok.groups.get("number", "")
    dieu = tree.open_dieu()
    last = dieu.last.get(_KHOAN_NODE) if dieu is not None else None
    if not number.isdecimal() or last is None or not last.isdecimal():
        return None
    expected = str(int(last) + 1)
    note = number[len(expected) :]
    if not number.startswith(expected) or not note or note.startswith("0"):
        return None
    if not _noted(notes, note, i):
        return None
    return tok.model_copy(update={"groups": {**tok.groups, "number": expected}})


# A consolidated text (VBHN) prints a footnote mark after a khoản's number: "1.4 Việc xác
# định ..." is khoản 1 with footnote 4, whose note "4 Khoản này được sửa đổi tại ..." follows at
# the foot of the page.
_MARKED_KHOAN = regex.compile(
    r"^(?P<number>\d{1,3})\.(?P<note>\d{1,3})(?:[ ]+|(?=\p{Lu}))(?P<text>\S.*)$"
)
_FOOTNOTE = regex.compile(r"^(?P<note>\d{1,3})[ ]\p{Lu}\p{L}*[ ].*?\b(?:được|bãi bỏ|thay thế)\b")
_NOTE_REACH = 80  # tokens from a mark to its note (the rest of the page)


# The next footnote of the page, run into the one before it by the line joining: "... có hiệu
# lực kể từ ngày 01 tháng 7 năm 2025 23 Khoản này được sửa đổi ...".
_NEXT_FOOTNOTE = regex.compile(
    r"(?<=[.\d][ ])(?P<note>\d{1,3})[ ](?:Khoản|Điểm|Điều|Tiêu đề|Tên|Cụm từ|Đoạn|Mục|Chương"
    r"|Phụ lục|Mẫu)[ ]"
)


# Footnotes by number: where each is in the body, and the numbers of those after the body (a
# portal copy of a VBHN prints them all at the end).
_Notes = tuple[dict[str, list[int]], frozenset[str]]


def _noted(notes: _Notes, note: str, i: int) -> bool:
    """Whether footnote ``note`` follows line ``i`` on its page, or after the body."""
    near, late = notes
    return note in late or any(i < j <= i + _NOTE_REACH for j in near.get(note, ()))


def _footnotes(tokens: Sequence[Token]) -> dict[str, list[int]]:
    """Where each footnote ("4 Khoản này được sửa đổi ...") is, by its number."""
    notes: dict[str, list[int]] = {}
    for i, tok in enumerate(tokens):
        m = _FOOTNOTE.match(tok.text) if tok.kind is _PARAGRAPH_TOKEN else None
        if m is not None:
            notes.setdefault(m["note"], []).append(i)
            for more in _NEXT_FOOTNOTE.finditer(tok.text, m.end()):
                notes.setdefault(more["note"], []).append(i)
    return notes


def _marked_khoan(tree: _Tree, tok: Token, i: int, notes: _Notes) -> Token | None:
    """ "1.4 Việc ..." read as khoản 1 when 1 is the open Điều's next khoản and footnote 4
    follows on the page (or after the body); None otherwise (a sub-numbered "1.4 ...")."""
    m = _MARKED_KHOAN.match(tok.text)
    if m is None or not _noted(notes, m["note"], i):
        return None
    dieu = tree.open_dieu()
    if dieu is None:
        return None
    last = dieu.last.get(_KHOAN_NODE)
    expected = int(last) + 1 if last is not None and last.isdecimal() else 1
    if (last is not None and not last.isdecimal()) or int(m["number"]) != expected:
        return None
    groups = {"number": m["number"], "text": m["text"]}
    return tok.model_copy(update={"kind": TokenKind.KHOAN, "groups": groups})


def _build_body(
    tokens: Sequence[Token], tree: _Tree, *, own: bool = False, late: frozenset[str] = frozenset()
) -> None:
    """The tree of body (or appendix) tokens; ``own``: the document's own body; ``late``: the
    numbers of the footnotes printed after it."""
    prev_colon = False  # the previous line announced a quotation ("... như sau:")
    prev_closed = False  # the previous line closed one ("... khiếu nại.”.")
    # A page break (gazette furniture) since the open quotation began; the lexer emits the
    # furniture before the line it interrupts, so furniture just before the opening line counts.
    paged = noise = aside = broken = False
    near = _footnotes(tokens)
    notes = (near, late)
    any_notes = bool(near or late)
    for i, tok in enumerate(tokens):
        kind = tok.kind
        if kind in _SKIP:
            noise = noise or kind is TokenKind.NOISE
            continue
        marked = (
            _marked_khoan(tree, tok, i, notes)
            if any_notes
            and kind in (TokenKind.TIET, TokenKind.PARAGRAPH)
            and tok.text[:1].isdigit()
            else _fused_mark(tree, tok, i, notes)
            if any_notes and kind is TokenKind.KHOAN
            else None
        )
        if marked is not None:
            tok, kind = marked, TokenKind.KHOAN
        delta = _quote_delta(tok.text)
        was_colon, prev_colon = prev_colon, tok.text.rstrip().endswith(":")
        was_closed, prev_closed = prev_closed, tok.text.rstrip().endswith(_CLOSED)
        quoted = tree.quote > 0 or tree.straight_quote
        paged, noise = (paged or noise) if quoted else noise, False
        if quoted and ((paged and _resumes_body(tree, tok)) or (own and _amends_next(tree, tok))):
            # A VBHN footnote quoting an amending act's căn cứ ("“Căn cứ Luật ...") breaks at
            # the page's foot and goes on at the next: the body between is the document's own.
            tree.quote, tree.straight_quote = 0, False
            broken = tree.last_dieu is not None  # its rest may still print an article
        if tree.quote > 0:
            tree.paragraph(tok)
            tree.quote = max(0, tree.quote + delta)
            if not tree.quote and own and _closes_early(tree, tokens, i):
                tree.quote = 1
            continue
        if tree.straight_quote:
            # Amending text in straight quotes: '"Điều 10. ...' up to the line closing it.
            tree.paragraph(tok)
            # ... or up to a closing ” when the styles are mixed ('"Điều 82a. ...' / '... biển.”.').
            tree.straight_quote = tok.text.count('"') % 2 == 0 and delta >= 0
            continue
        if (
            was_colon
            and delta >= 0
            and (
                (tok.text.startswith('"') and tok.text.count('"') % 2 == 1)
                # "‘Điều 61. Cấp giấy phép ..." up to "... Điều này.”.": a single mark opens it.
                or (tok.text.startswith("‘") and "’" not in tok.text)
            )
        ):
            tree.paragraph(tok)
            tree.straight_quote = True
            continue
        if kind is _DIEU_TOKEN and "weak" not in tok.groups:
            if aside:
                aside = not _next_article(tree, tok)
            elif (
                own and (was_colon or broken) and tree.last_dieu and not _next_article(tree, tok)
            ):
                # "Điều 4 Nghị định số 141/2026/NĐ-CP ... quy định như sau:" / "Điều 4. ...": an
                # article of another act printed without quotes (a VBHN's closing footnotes),
                # up to the document's own next article.
                aside, broken = True, False
            elif (
                own
                and was_closed
                and tree.last_dieu
                and tok.groups.get("number", "")[-1:].isalpha()
                and not _next_article(tree, tok)
            ):
                # "... Điều 28a ... khiếu nại.”." / "Điều 28b. Ban hành ...": the source closed
                # the quotation one inserted article too early.
                aside = True
        if aside:
            tree.paragraph(tok)
            continue
        if kind in LEVELS and not (
            kind is _DIEU_TOKEN and "weak" in tok.groups and not _next_article(tree, tok)
        ):
            if (
                tok.text.startswith("“")
                or (kind is _KHOAN_TOKEN and _table_row(tree, tokens, i))
                or (kind is TokenKind.DIEM and tree.form and tree.rows is not None)
            ):
                tree.paragraph(tok)  # a điểm among a form's rows ("2. Chi phí" / "a) ...")
            else:
                tree.open(tok)
        elif kind is _TABLE_ROW:
            tree.table_row(tok)
        elif not (own and kind in _SECTION_KINDS and tree.section(tok)):
            tree.paragraph(tok)
            if kind is TokenKind.PARAGRAPH and _FORM.match(tok.text):
                tree.form, tree.rows = True, None  # a new form numbers its rows anew
            elif tree.form and kind is TokenKind.PARAGRAPH and _SIGNS_FORM.match(tok.text):
                tree.form, tree.rows = False, None  # "(Ký, ghi rõ họ tên)": the form ends
        if delta > 0 and (
            tok.text.startswith("“")
            or tok.text.rstrip().endswith((":", "“"))
            or (kind in LEVELS and not _stray_quote(tok.text))
        ):
            tree.quote = delta
        if tok.text.rstrip().endswith(":") and delta == 0:
            tree.quote = 0


# --- appendices --------------------------------------------------------------------------


_APPENDIX_START = frozenset(
    {TokenKind.PHU_LUC, TokenKind.CAPS, TokenKind.TEN_LOAI, TokenKind.QUOC_HIEU}
)


def _starts_appendix(tokens: Sequence[Token], i: int) -> bool:
    tok = tokens[i]
    if tok.kind not in _APPENDIX_START:
        return False  # asked for every body line: only these kinds can open an appendix
    following = [t for t in tokens[i + 1 : i + 5] if t.kind not in _SKIP]
    attached = any(
        t.text.lstrip("(").startswith(("Ban hành kèm theo", "Kèm theo", "kèm theo"))
        for t in following
    )
    if tok.kind is TokenKind.PHU_LUC:
        # "PHỤ LỤC I", or a "Phụ lục I" heading followed by its title or "(Kèm theo ...)".
        return "weak" not in tok.groups or attached or bool(
            following and is_caps(following[0].text)
        )
    if tok.kind in (TokenKind.CAPS, TokenKind.TEN_LOAI, TokenKind.QUOC_HIEU):
        return attached
    return False


def _build_appendices(tokens: Sequence[Token]) -> list[Appendix]:
    groups: list[list[Token]] = []
    in_phu_luc = False  # the open group is a "Phụ lục" (its forms are its own)
    for i, tok in enumerate(tokens):
        if not groups or (
            _starts_appendix(tokens, i)
            and len(groups[-1]) > 2
            and (tok.kind is TokenKind.PHU_LUC or not in_phu_luc)
        ):
            # A form's title "(Ban hành kèm theo ...)" inside a Phụ lục does not start another.
            groups.append([])
            in_phu_luc = tok.kind is TokenKind.PHU_LUC
        groups[-1].append(tok)
    out: list[Appendix] = []
    for group in groups:
        content = [t for t in group if t.kind not in _SKIP]
        if not content:
            continue
        head = content[0]
        is_phu_luc = head.kind is TokenKind.PHU_LUC
        title = head.groups.get("title") if is_phu_luc else head.text
        rest = content[1:]
        if is_phu_luc and not title and rest and is_caps(rest[0].text):
            title, rest = rest[0].text, rest[1:]
        tree = _Tree()
        _build_body(rest, tree)
        out.append(
            Appendix(
                kind="phu_luc" if is_phu_luc else "attachment",
                number=head.groups.get("number") if is_phu_luc else None,
                label=head.text if is_phu_luc else None,
                title=title or None,
                children=tuple(tree.close_all()),
                span=_merge(head.span, content[-1].span),
            )
        )
    return out


# --- document ----------------------------------------------------------------------------


def build(tokens: list[Token], norm: Normalized, *, source: SourceInfo) -> Document:
    """Assemble a :class:`Document` from the lexer's tokens."""
    diagnostics: list[Diagnostic] = []
    h = _header_end(tokens)
    header, header_diags = build_header(_as_title(tokens[:h]))
    if header.number is None or header.date is None:
        header, tokens = _late_header(header, tokens, h)
    diagnostics.extend(header_diags)
    preamble, used = _build_preamble(tokens[h:])
    pos = h + used

    body_end = len(tokens)
    quote, opened = 0, 0
    for i in range(pos, len(tokens)):
        if i - opened > _QUOTE_SPAN:
            quote = 0  # an unbalanced “ must not hide the footer
        hard_stop = quote > 0 and (  # only asked inside a quotation
            tokens[i].kind in (TokenKind.SIGN_AUTHORITY, TokenKind.NOI_NHAN)
            or signs_here(tokens, i)
        )
        if (quote <= 0 or hard_stop) and (
            starts_footer(tokens, i)
            or (_starts_appendix(tokens, i) and (i > pos or tokens[i].kind is TokenKind.PHU_LUC))
        ):
            body_end = i
            break
        # Amending text in quotes may print its own "Phụ lục II": not this document's.
        text = tokens[i].text
        delta = _quote_delta(text)
        if quote <= 0 < delta:
            # Only a quotation that opens a line ("“Điều 5. ...") holds amending text.
            if not text.startswith("“"):
                continue
            opened = i
        quote = max(0, quote + delta)
    if header.number is None or "VBHN" not in header.number:
        header, tokens, body_end = _closing_header(header, tokens, pos, body_end)
    body_tokens = tokens[pos:body_end]
    tree = _Tree()
    _build_body(body_tokens, tree, own=True, late=frozenset(_footnotes(tokens[body_end:])))
    body = tree.close_all()
    diagnostics.extend(tree.diagnostics)
    closing = find_closing([t for t in body_tokens if t.kind not in _SKIP])

    rest = tokens[body_end:]
    recipients, signatory, used = build_footer(rest)
    rest = rest[used:]
    # The signature may sit before the nơi nhận (or after it) in linearised tables.
    # Joint documents print one signature block per issuer, each read in turn.
    while rest and starts_footer(rest, 0):
        more_recipients, more_sig, used2 = build_footer(rest)
        if not used2:
            break
        recipients = recipients + more_recipients
        signatory = signatory or more_sig
        rest = rest[used2:]
    if signatory is None and (late := _trailing_signature(rest)) is not None:
        # A VBHN may print its closing block (issuer, "Số:", date, signature) after its last
        # appendix: the block ends the document, so it is not the appendix's.
        start, signatory = late
        if header.number is None:
            header, rest, start = _closing_header(header, rest, 0, start)
        rest = rest[:start]
    appendices = _build_appendices(rest)

    diagnostics.extend(_missing(header.number, "số ký hiệu", "NQP001"))
    diagnostics.extend(_missing(header.doc_type, "tên loại", "NQP002"))
    diagnostics.extend(_missing(header.date, "ngày ban hành", "NQP003"))
    if (lost := norm.text.find("\ufffd")) != -1:
        count = norm.text.count("\ufffd")
        diagnostics.append(
            _diag(
                "NQP005",
                f"{count} character(s) lost in decoding (U+FFFD), the first here",
                norm.span(lost, lost + 1),
            )
        )
    if not tokens:
        diagnostics.append(_diag("NQP000", "empty document: no text to parse", None))
    elif not body and not preamble.items:
        diagnostics.append(
            _diag("NQP004", "no recognizable structure (no căn cứ, no Điều)", tokens[0].span)
        )
    return Document(
        source=source,
        header=header,
        preamble=preamble,
        body=tuple(body),
        closing=closing,
        recipients=recipients,
        signatory=signatory,
        appendices=tuple(appendices),
        diagnostics=tuple(diagnostics),
    )


_HEADER_KINDS = frozenset(
    {
        TokenKind.CAPS,
        TokenKind.SO_KY_HIEU,
        TokenKind.DIA_DANH_NGAY,
        TokenKind.TIEU_NGU,
        TokenKind.QUOC_HIEU,
        TokenKind.SEPARATOR,
        TokenKind.NOISE,
    }
)


def _late_header(header: Header, tokens: list[Token], h: int) -> tuple[Header, list[Token]]:
    """Fill missing header fields from a header block printed later (PDF reading order).

    Công báo text layers can put the quốc hiệu block after the title or inside Điều 1; the
    block (issuer, "Số:", quốc hiệu, địa danh-ngày) is taken out of the body.
    """
    for q in range(h, len(tokens)):
        if starts_footer(tokens, q):
            break
        if tokens[q].kind is not TokenKind.QUOC_HIEU:
            continue
        a = q
        while a > h and tokens[a - 1].kind in _HEADER_KINDS:
            a -= 1
        b = q + 1
        while b < len(tokens) and tokens[b].kind in _HEADER_KINDS:
            b += 1
        late, _ = build_header(tokens[a:b])
        if late.number is None and late.date is None:
            return header, tokens
        update = {
            name: getattr(late, name)
            for name in (
                "issuer",
                "parent_issuer",
                "number",
                "number_raw",
                "place",
                "date",
                "date_raw",
                "national_title",
                "motto",
            )
            if getattr(header, name) is None and getattr(late, name) is not None
        }
        spans = {**late.spans, **header.spans}
        return header.model_copy(update={**update, "spans": spans}), tokens[:a] + tokens[b:]
    return header, tokens


def _closing_header(
    header: Header, tokens: list[Token], pos: int, body_end: int
) -> tuple[Header, list[Token], int]:
    """A consolidated text (VBHN) prints its issuer, "Số:" and date at the end.

    "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI / Số: 605/VBHN-BLĐTBXH / XÁC THỰC VĂN BẢN HỢP NHẤT /
    Hà Nội, ngày ..." before the signature: taken into the header and out of the body.
    When the gazette reprinted the consolidated document's own header on top ("CHÍNH PHỦ /
    Số: 49/2018/NĐ-CP / ... NGHỊ ĐỊNH"), the VBHN's number, date and issuer replace its.
    """
    window = range(max(pos, body_end - 12), min(len(tokens), body_end + 12))
    s = next(
        (i for i in reversed(window) if tokens[i].kind is TokenKind.SO_KY_HIEU
         and tokens[i].groups.get("raw")),
        None,
    )
    if s is None:
        return header, tokens, body_end
    a = s
    while a > pos and tokens[a - 1].kind in (TokenKind.CAPS, *_SKIP):
        a -= 1
    b = s + 1
    while (
        b < len(tokens)
        and b - s < 8
        and (
            tokens[b].kind in (TokenKind.CAPS, TokenKind.DIA_DANH_NGAY, *_SKIP)
            or not any(ch.isalnum() for ch in tokens[b].text)  # a stray "." of the PDF layer
        )
        and not is_signer_title(tokens[b].text)  # the VBHN signer's title is not the header's
    ):
        b += 1
    late, _ = build_header(tokens[a:b])
    # The block a consolidated text (VBHN) prints at its end names its issuer for certain.
    consolidated = "VBHN" in (late.number or "")
    if header.number is not None and not consolidated:
        return header, tokens, body_end
    reprinted = header.number is not None  # the consolidated document's header, on top
    update = {
        name: getattr(late, name)
        for name in ("issuer", "parent_issuer", "number", "number_raw", "place", "date", "date_raw")
        if (getattr(header, name) is None or reprinted or (consolidated and name == "issuer"))
        and getattr(late, name) is not None
    }
    if reprinted and late.date is not None:
        update.setdefault("place", None)  # the reprinted header's place is the old document's
    if "number" not in update:
        return header, tokens, body_end
    spans = {**header.spans, **late.spans} if reprinted else {**late.spans, **header.spans}
    for name in [n for n, v in update.items() if v is None]:
        spans.pop(name, None)
    header = header.model_copy(update={**update, "spans": spans})
    removed = b - a
    new_end = a if a < body_end else body_end
    if a < body_end < b:
        new_end = a
    elif b <= body_end:
        new_end = body_end - removed
    return header, tokens[:a] + tokens[b:], new_end


def _trailing_signature(tokens: Sequence[Token]) -> tuple[int, Signatory] | None:
    """A signature block (authority or title, and a name) that ends ``tokens``: where it
    starts, and the signatory."""
    for i in range(max(0, len(tokens) - 8), len(tokens)):
        if starts_footer(tokens, i):
            recipients, signatory, used = build_footer(tokens[i:])
            ends = used == len(tokens) - i and not recipients
            return (i, signatory) if ends and signatory is not None and signatory.name else None
    return None


def _missing(value: object, what: str, code: str) -> list[Diagnostic]:
    if value is None:
        return [_diag(code, f"header: {what} not found", None, Severity.INFO)]
    return []
