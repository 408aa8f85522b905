"""Preamble rules (NQ3xx): punctuation of căn cứ, căn cứ citing itself or a later act.

Sources: Nghị định 34/2016/NĐ-CP Art. 61 (căn cứ ban hành) and Phụ lục I, as amended by
154/2020/NĐ-CP; Nghị định 30/2020/NĐ-CP Phụ lục I (mục II.6.b); Luật Ban hành VBQPPL
80/2015/QH13 Art. 61 (a căn cứ is an act in force when the document is issued); spec §5.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nghiquyet.citations.canonical import canonical_number
from nghiquyet.models import Citation, PreambleItem, PreambleKind, Severity
from nghiquyet.validate.grammar import split_number
from nghiquyet.validate.registry import Context, Problem, rule

NĐ34 = "Nghị định 34/2016/NĐ-CP (sửa đổi bởi 154/2020/NĐ-CP), Điều 61"
NĐ30 = "Nghị định 30/2020/NĐ-CP, Phụ lục I"
LAW = "Luật Ban hành VBQPPL 80/2015/QH13, Điều 61; 64/2025/QH15"
_TRAILING_MARKUP = re.compile(  # markdown emphasis, "---" rules, "#" heading marks, tvpl "[1]"
    r"[\s*_\\#]+$|(?:^|\n)[ \t]*[-=]{3,}[ \t]*$|(?:\s*</?[a-z]+[^<>]*>)+$|\[\d+\]$"
)
# "Sau khi có ý kiến của ..., QUYẾT NGHỊ:": the formula printed at the end of the last line.
_ADDRESS = re.compile(r"\W*Kính gửi\b", re.IGNORECASE)  # công văn, not a preamble line
_TRAILING_FORMULA = re.compile(r"\s*\bQUYẾT\s+(?:NGHỊ|ĐỊNH)\s*:?\s*$")


def _last_char(text: str) -> str:
    t = text
    for _ in range(4):
        t = _TRAILING_FORMULA.sub("", _TRAILING_MARKUP.sub("", t))
    return t[-1:] if t else ""


@rule(
    "NQ301",
    "basis-punctuation",
    Severity.WARNING,
    summary="A căn cứ line does not end with ';' (the last one ends ';', '.' or ',').",
    explanation=(
        "Each line of the preamble (Căn cứ ..., Xét ..., Theo đề nghị ...) ends with a "
        "semicolon; only the last one, just before the enacting formula, may end with a full "
        "stop (before 'QUYẾT NGHỊ:') or a comma."
    ),
    wrong="Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015.\n"
    "Theo đề nghị của ...;",
    right="Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    "Theo đề nghị của ...;",
    source=f"{NĐ34}; {NĐ30} (mục II.6.b)",
)
def basis_punctuation(ctx: Context) -> Iterator[Problem]:
    if ctx.consolidated:
        return  # a consolidated text reprints the preambles of several acts
    pre = ctx.doc.preamble
    items = [i for i in pre.items if not _ADDRESS.match(i.text)]
    for i, item in enumerate(items):
        last = i == len(items) - 1
        end = _last_char(_printed_item(ctx, item, items[i + 1] if not last else None))
        if end == ";" or (last and end in ".,"):
            continue
        shown = f"'{end}'" if end else "nothing"
        want = "';', '.' or ','" if last else "';'"
        yield Problem(f"{_head(item.text)!r} ends with {shown}, not {want}", item.span)


def _printed_item(ctx: Context, item: PreambleItem, following: PreambleItem | None) -> str:
    """The item as printed up to the next item (or the formula): a hard-wrapped line may be
    longer than the text the parser kept."""
    stop = following.span.start if following else None
    if stop is None and ctx.doc.preamble.formula_span is not None:
        stop = ctx.doc.preamble.formula_span.start
    if ctx.source is None or stop is None or stop <= item.span.end:
        return item.text
    return ctx.source[item.span.start : stop]


def _head(text: str) -> str:
    words = " ".join(re.sub(r"[*_\\]", " ", text).split()).split(" ")
    return " ".join(words[:6]) + (" …" if len(words) > 6 else "")


def _basis(ctx: Context) -> tuple[Citation, ...]:
    return tuple(c for c in ctx.doc.basis if c.kind.value in ("numbered", "named"))


@rule(
    "NQ302",
    "basis-self",
    Severity.ERROR,
    summary="A căn cứ cites the document itself.",
    explanation=(
        "A document cannot be its own legal basis: a căn cứ names the acts that give the "
        "issuer its competence and the rules it implements, all issued before it."
    ),
    wrong="Số: 05/NQ-HĐND ... Căn cứ Nghị quyết số 05/NQ-HĐND ...;",
    right="Số: 05/NQ-HĐND ... Căn cứ Nghị quyết số 60/NQ-HĐND ...;",
    source=f"{LAW}; {NĐ34}",
)
def basis_self(ctx: Context) -> Iterator[Problem]:
    own = ctx.doc.header.number
    if not own:
        return
    lines = {c.span.line for c in _basis(ctx) if c.number == own}
    # The citation finder may drop a citation of the document's own number as "self": read
    # the căn cứ lines too.
    for item in ctx.doc.preamble.items:
        if item.kind is PreambleKind.BASIS and own in _numbers(item.text):
            lines.add(item.span.line)
    spans = {c.span.line: c.span for c in _basis(ctx)} | {
        i.span.line: i.span for i in ctx.doc.preamble.items
    }
    for line in sorted(lines):
        yield Problem(f"căn cứ cites {own}, the number of this document", spans[line])


@rule(
    "NQ303",
    "basis-later",
    Severity.ERROR,
    summary="A căn cứ cites a document dated after this one.",
    explanation=(
        "Only an act that exists when the document is signed can be its basis. A căn cứ dated "
        "after the document's own date (or numbered in a later year) is a wrong date, a wrong "
        "number, or a basis copied from a later draft."
    ),
    wrong="Hà Nội, ngày 10 tháng 3 năm 2024 ... Căn cứ Nghị định số 15/2025/NĐ-CP ...;",
    right="Hà Nội, ngày 10 tháng 3 năm 2025 ... Căn cứ Nghị định số 15/2025/NĐ-CP ...;",
    source=f"{LAW}",
)
def basis_later(ctx: Context) -> Iterator[Problem]:
    own = ctx.doc.header.date
    if own is None:
        return
    for c in _basis(ctx):
        if c.date is not None and c.date > own:
            yield Problem(
                f"căn cứ {_name(c)} is dated {c.date.isoformat()}, after this "
                f"document ({own.isoformat()})",
                c.span,
            )
            continue
        parts = split_number(c.number) if c.number else None
        if parts and parts.year and parts.year > own.year:
            yield Problem(
                f"căn cứ {c.number} is numbered in {parts.year}, after this document "
                f"({own.isoformat()})",
                c.span,
            )


_NUMBER_LIKE = re.compile(r"(?<![\w/.])\d+[a-z]?(?:\.\d+)?\s?[/-]\s?[\w./()-]*[\w)]")


def _numbers(text: str) -> set[str]:
    """The canonical số ký hiệu printed in ``text``."""
    return {n for m in _NUMBER_LIKE.finditer(text) if (n := canonical_number(m[0]))}


def _name(c: Citation) -> str:
    return c.number or " ".join(c.text.split()[:6])


@rule(
    "NQ304",
    "missing-formula",
    Severity.WARNING,
    summary="The preamble is not closed by an enacting formula.",
    explanation=(
        "After the căn cứ comes the enacting formula: 'QUYẾT NGHỊ:', 'QUYẾT ĐỊNH:', or "
        "'<issuer> ban hành <tên loại> ...'. Without it the articles have no enacting words."
    ),
    wrong="Căn cứ ...;\nĐiều 1. ...",
    right="Căn cứ ...;\nQUYẾT NGHỊ:\nĐiều 1. ...",
    source=f"{NĐ34}; {NĐ30}",
)
def missing_formula(ctx: Context) -> Iterator[Problem]:
    pre = ctx.doc.preamble
    if pre.items and not pre.formula and ctx.articles and not ctx.consolidated:
        yield Problem(
            "the preamble has no enacting formula (QUYẾT NGHỊ:, ... ban hành ...)",
            pre.items[-1].span,
        )
