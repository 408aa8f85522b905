"""Citation rules (NQ4xx): malformed numbers, conflicting dates, dangling internal references.

Sources: Nghị định 34/2016/NĐ-CP (as amended by 154/2020/NĐ-CP) Art. 58-59 and 73-75 (how
a VBQPPL is cited: tên loại, số ký hiệu, ngày ban hành, issuer, trích yếu); Nghị định
30/2020/NĐ-CP Phụ lục III; spec §2 and §8.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from nghiquyet.citations.canonical import canonical_number
from nghiquyet.models import Citation, CitationKind, Node, NodeKind, Severity, Span
from nghiquyet.validate.grammar import (
    LEGIS_NO_TERM,
    TERMS,
    is_well_formed,
    split_number,
)
from nghiquyet.validate.registry import Context, Problem, rule

NĐ34 = "Nghị định 34/2016/NĐ-CP (sửa đổi bởi 154/2020/NĐ-CP)"
NĐ30 = "Nghị định 30/2020/NĐ-CP, Phụ lục III"


_LOOKALIKE = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")  # Greek, Cyrillic: "NĐ-СР"


def _numbered(ctx: Context) -> Iterator[Citation]:
    for c in ctx.doc.citations:
        if c.kind is CitationKind.NUMBERED and (c.number or c.number_raw):
            yield c


@rule(
    "NQ401",
    "citation-malformed-number",
    Severity.ERROR,
    summary="A cited số ký hiệu does not follow the official grammar.",
    explanation=(
        "A citation prints the full số ký hiệu of the cited act. A number that lost a part — "
        "the term of the Quốc hội in '45/2022/QH', the issuer in '15/2022/NĐ' — cannot be "
        "looked up and may point to another act."
    ),
    wrong="Nghị quyết số 45/2022/QH ngày 11 tháng 01 năm 2022 của Quốc hội",
    right="Nghị quyết số 45/2022/QH15 ngày 11 tháng 01 năm 2022 của Quốc hội",
    source=f"{NĐ34}; {NĐ30}",
)
def citation_malformed_number(ctx: Context) -> Iterator[Problem]:
    for c in _numbered(ctx):
        printed = ctx.text(c.span) or c.text
        foreign = sorted(set(_LOOKALIKE.findall(printed)))
        if foreign:
            yield Problem(
                f"cited number printed with non-Latin look-alike letters "
                f"({', '.join(foreign)}): {c.number_raw or c.number}",
                c.span,
            )
            continue
        raw = canonical_number(c.number_raw or c.number or "") or (c.number_raw or "")
        if LEGIS_NO_TERM.fullmatch(raw):
            yield Problem(f"cited number {raw!r} lacks the term of the Quốc hội (QH15 ...)", c.span)
        elif c.number and not is_well_formed(c.number):
            yield Problem(f"cited number {c.number!r} does not follow the official grammar", c.span)


@rule(
    "NQ402",
    "citation-date-conflict",
    Severity.ERROR,
    summary="Two citations of the same số ký hiệu give different dates.",
    explanation=(
        "An act has one date of issue. When the same number (with its year) is cited twice "
        "with two dates, one of them is wrong. Numbers without a year restart every year, so "
        "they are compared only within the same year."
    ),
    wrong="Nghị quyết số 45/2022/QH15 ngày 11 tháng 01 năm 2022 ...\n"
    "Nghị quyết số 45/2022/QH15 ngày 12 tháng 01 năm 2022 ...",
    right="Nghị quyết số 45/2022/QH15 ngày 11 tháng 01 năm 2022 ... (both)",
    source=f"{NĐ34}",
)
def citation_date_conflict(ctx: Context) -> Iterator[Problem]:
    first: dict[tuple[str, int | None], Citation] = {}
    for c in _numbered(ctx):
        if not c.number or c.date is None:
            continue
        parts = split_number(c.number)
        if parts is None:
            continue
        key = (c.number, None if parts.year else c.date.year)
        seen = first.setdefault(key, c)
        if seen is not c and seen.date != c.date:
            assert seen.date is not None
            yield Problem(
                f"{c.number} is dated {c.date.isoformat()} here but "
                f"{seen.date.isoformat()} on line {seen.span.line}",
                c.span,
            )


@rule(
    "NQ403",
    "citation-number-year",
    Severity.WARNING,
    summary="A cited number's year disagrees with its date or with the QH term.",
    explanation=(
        "The year inside a cited VBQPPL number is the year it was issued, so the date printed "
        "with it falls in that year; a Quốc hội number's year falls within its term "
        "(QH14 = 2016-2021). A mismatch is a typo in the number or in the date."
    ),
    wrong="Bộ luật Lao động số 45/2019/QH15",
    right="Bộ luật Lao động số 45/2019/QH14",
    source=f"{NĐ34}; spec §3.4",
)
def citation_number_year(ctx: Context) -> Iterator[Problem]:
    for c in _numbered(ctx):
        parts = split_number(c.number) if c.number else None
        if parts is None or parts.year is None:
            continue
        if c.date is not None and c.date.year != parts.year:
            yield Problem(f"{c.number} is dated {c.date.isoformat()}, not in {parts.year}", c.span)
        m = re.fullmatch(r"(?:QH|UBTVQH)(\d{1,2})", parts.tokens[-1]) if parts.tokens else None
        term = TERMS.get(int(m[1])) if m else None
        if term and not term[0] <= parts.year <= term[1]:
            yield Problem(
                f"{c.number}: year {parts.year} is outside the term of "
                f"{parts.tokens[-1]} ({term[0]}-{term[1]})",
                c.span,
            )


_INTERNAL = re.compile(
    r"(?:điểm\s+(?P<diem>[a-zđ])\s+)?(?:khoản\s+(?P<khoan>\d+[a-z]?)\s+)?"
    r"Điều\s+(?P<dieu>\d+[a-z]?|này)\b(?!\s*(?:,|và|đến|-)\s*\d)",
    re.IGNORECASE,
)
# Only references that name this document are checked: "khoản 2 Điều này", "Điều 5 của Nghị
# định này". A bare "khoản 3 Điều 92" in official texts often points to an act named earlier
# in the sentence ("theo Bộ luật Lao động ... : khoản 3 Điều 92; khoản 3 Điều 96").
_SELF_AFTER = re.compile(
    r"\s*(?:của\s+|tại\s+)?(?:Hiến pháp|Bộ luật|Luật|Pháp lệnh|Lệnh|Nghị định|Nghị quyết|"
    r"Thông tư(?: liên tịch)?|Quyết định|Chỉ thị|Quy chế|Quy định|Văn bản|Điều lệ)\s+này\b",
    re.IGNORECASE,
)
_QUOTES = re.compile(r"“[^”]*”|\"[^\"\n]*\"", re.DOTALL)


def _names_this_document(source: str | None, c: Citation) -> bool:
    """Whether the reference says it is to this document: "Điều này", "... Nghị định này"."""
    if re.search(r"\bnày\b", c.text):
        return True
    if source is None:
        return False
    return bool(_SELF_AFTER.match(source, c.span.end))


def _contains(outer: Span, inner: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _enclosing_article(articles: Sequence[Node], span: Span) -> Node | None:
    """The last Điều starting at or before ``span`` that contains it (articles are ordered)."""
    i = bisect.bisect_right([a.span.start for a in articles], span.start) - 1
    return articles[i] if i >= 0 and _contains(articles[i].span, span) else None


def _child(node: Node, kind: NodeKind, number: str) -> Node | None:
    return next((c for c in node.children if c.kind is kind and c.number == number), None)


@rule(
    "NQ404",
    "internal-reference-missing",
    Severity.ERROR,
    summary="An internal reference points to a Điều, khoản or điểm that does not exist.",
    explanation=(
        "References inside the document ('khoản 2 Điều 3', 'điểm a khoản 1 Điều này') must "
        "point to a provision of the document itself. A reference to a missing provision is "
        "left over from an earlier draft whose articles were renumbered. Only references "
        "that name this document ('Điều này', '... của Nghị quyết này') are checked, and not "
        "inside quotes: a bare 'khoản 3 Điều 92' often points to an act named earlier."
    ),
    wrong="(a Nghị quyết of 4 Điều) ... theo quy định tại khoản 2 Điều 7 Nghị quyết này",
    right="(a Nghị quyết of 4 Điều) ... theo quy định tại khoản 2 Điều 3 Nghị quyết này",
    source=f"{NĐ34}, Điều 73",
)
def internal_reference_missing(ctx: Context) -> Iterator[Problem]:
    body = ctx.articles
    if not body or ctx.consolidated:
        return
    quoted = [m.span() for m in _QUOTES.finditer(ctx.source)] if ctx.source else []
    starts = [q[0] for q in quoted]
    scopes = [
        (app.span, tuple(n for c in app.children for n in c.walk() if n.kind is NodeKind.DIEU))
        for app in ctx.doc.appendices
    ]
    for c in ctx.doc.citations:
        if c.kind is not CitationKind.INTERNAL:
            continue
        i = bisect.bisect_right(starts, c.span.start) - 1
        if i >= 0 and c.span.start < quoted[i][1]:
            continue  # quoted amending text refers to the amended act
        m = _INTERNAL.search(c.text)
        if not m:
            continue
        if not _names_this_document(ctx.source, c):
            continue
        articles = next((arts for sp, arts in scopes if _contains(sp, c.span)), body)
        if m["dieu"].lower() == "này":
            art = _enclosing_article(articles, c.span)
        else:
            art = next((a for a in articles if a.number == m["dieu"]), None)
            if art is None and articles and not _printed(ctx.source, _HEADING, m["dieu"]):
                yield Problem(
                    f"{_ref(m)} does not exist: this text has no Điều {m['dieu']}", c.span
                )
                continue
        if art is None or not m["khoan"]:
            continue
        clause = _child(art, NodeKind.KHOAN, m["khoan"])
        art_text = ctx.text(art.span)
        if clause is None:
            if not _printed(art_text, _CLAUSE, m["khoan"]):
                yield Problem(
                    f"{_ref(m)} does not exist: Điều {art.number} has no khoản {m['khoan']}",
                    c.span,
                )
        elif m["diem"] and _child(clause, NodeKind.DIEM, m["diem"].lower()) is None:
            yield Problem(
                f"{_ref(m)} does not exist: khoản {m['khoan']} Điều {art.number} "
                f"has no điểm {m['diem']}",
                c.span,
            )


# The parser may lose a level (a wrapped line read as an appendix heading ends the body early):
# a provision whose heading is printed in the source is not reported as missing.
_HEADING = r"^[\W_]*Điều\s+{}\s*[.:]"
_CLAUSE = r"^[\W_]*{}\s*[.)]"


def _printed(text: str | None, pattern: str, number: str) -> bool:
    if text is None:
        return False
    return (
        re.search(pattern.format(re.escape(number)), text, re.MULTILINE | re.IGNORECASE) is not None
    )


def _ref(m: re.Match[str]) -> str:
    return " ".join(m[0].split())
