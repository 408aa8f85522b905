"""Footer rules (NQ5xx): nơi nhận, signatory, the "./." end mark, signing authority.

Sources: Nghị định 30/2020/NĐ-CP Art. 13 (ký thay mặt, ký thay, ký thừa lệnh, ký thừa ủy
quyền) and Phụ lục I mục II.7-9 (chữ ký, nơi nhận, "./."); Nghị định 34/2016/NĐ-CP Art. 65-67
as amended by 154/2020/NĐ-CP; spec §7.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nghiquyet.models import Severity, Span
from nghiquyet.validate.grammar import fold_name
from nghiquyet.validate.registry import Context, Problem, rule

NĐ30 = "Nghị định 30/2020/NĐ-CP, Phụ lục I (mục II.7-9)"
NĐ30_13 = "Nghị định 30/2020/NĐ-CP, Điều 13"
NĐ34 = "Nghị định 34/2016/NĐ-CP (sửa đổi bởi 154/2020/NĐ-CP), Điều 65-67"

_ARCHIVE = re.compile(r"^[\s\-–+•*]*Lưu\b\s*\.?\s*:?\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
_TM = re.compile(r"^\s*(?:TM\.|T/M)\s*(?P<organ>.+)$", re.IGNORECASE)


_QH_NUMBER = re.compile(r"/(?:QH|UBTVQH)\d{1,2}$|-UBTVQH\d{1,2}$|/TW$")


def _parliamentary(ctx: Context) -> bool:
    """Acts of the Quốc hội / UBTVQH and Party documents (no "./." in their layout)."""
    h = ctx.doc.header
    if h.doc_type in ("Hiến pháp", "Bộ luật", "Luật", "Pháp lệnh"):
        return True
    return bool(h.number and _QH_NUMBER.search(h.number))


@rule(
    "NQ501",
    "recipients-no-archive",
    Severity.ERROR,
    summary="The nơi nhận list has no 'Lưu: VT, ...' entry.",
    explanation=(
        "The list of recipients ends with the copies kept by the issuer: 'Lưu: VT, <unit>.' "
        "(VT = văn thư, the records office, then the drafting unit; the Quốc hội's offices "
        "write 'Lưu: HC, ...'). Party documents end with 'Lưu Văn phòng ...'. Without it "
        "nobody is accountable for the original."
    ),
    wrong="Nơi nhận:\n- Chính phủ;\n- UBND thành phố.",
    right="Nơi nhận:\n- Chính phủ;\n- UBND thành phố;\n- Lưu: VT, HĐ.",
    source=f"{NĐ30} (mục II.9)",
)
def recipients_no_archive(ctx: Context) -> Iterator[Problem]:
    recipients = ctx.doc.recipients
    if not recipients:
        return
    archive = [m for r in recipients if (m := _ARCHIVE.match(r.text))]
    if not archive:
        yield Problem("nơi nhận has no 'Lưu: VT, ...' entry", recipients[-1].span)
    elif not any(re.search(r"\w", m["rest"]) for m in archive):
        yield Problem("the 'Lưu:' entry names no office (VT ...)", recipients[-1].span)


@rule(
    "NQ502",
    "missing-signatory",
    Severity.ERROR,
    summary="The document has no signature block.",
    explanation=(
        "Every document ends with the signing block: the authority (TM., KT., TL. ... when "
        "the signer acts for someone), the title, and the full name of the signer."
    ),
    wrong="... có hiệu lực kể từ ngày ký./.\n(no signer)",
    right="... có hiệu lực kể từ ngày ký./.\nCHỦ TỊCH\nPhạm Văn Hiếu",
    source=f"{NĐ30} (mục II.7); {NĐ34}",
)
def missing_signatory(ctx: Context) -> Iterator[Problem]:
    doc = ctx.doc
    if ctx.consolidated:
        return  # signed under "XÁC THỰC VĂN BẢN HỢP NHẤT", not as the act it consolidates
    sig = doc.signatory
    if sig is None or not (sig.name or sig.title or sig.authority):
        yield Problem("the document has no signature block", sig.span if sig else _end(ctx))
    elif not sig.name:
        yield Problem("the signature block names no signer", sig.span)


def _end(ctx: Context) -> Span | None:
    """Where the signature should be: after the recipients, the closing or the last node."""
    doc = ctx.doc
    if doc.recipients:
        return doc.recipients[-1].span
    if doc.closing and doc.closing.span:
        return doc.closing.span
    return doc.body[-1].span if doc.body else None


@rule(
    "NQ503",
    "missing-end-mark",
    Severity.INFO,
    summary="The text does not end with the './.' mark.",
    explanation=(
        "The last line of the body ends with './.' so that nothing can be added after it. "
        "Acts of the Quốc hội and its Ủy ban Thường vụ (laws, their resolutions, pháp lệnh), "
        "Party documents and consolidated texts follow their own layout and are not checked. "
        "Info only: many texts as published (Công báo) drop the mark."
    ),
    wrong="Nghị quyết này có hiệu lực kể từ ngày ký.",
    right="Nghị quyết này có hiệu lực kể từ ngày ký./.",
    source=f"{NĐ30} (mục II.6.c)",
)
def missing_end_mark(ctx: Context) -> Iterator[Problem]:
    doc = ctx.doc
    if not ctx.articles or _parliamentary(ctx) or ctx.consolidated:
        return
    if doc.closing is None or not doc.closing.end_mark:
        span = doc.closing.span if doc.closing and doc.closing.span else ctx.articles[-1].span
        yield Problem("the body does not end with './.'", span)


@rule(
    "NQ504",
    "signatory-authority",
    Severity.ERROR,
    summary="The 'TM.' line of the signature names another body than the issuer.",
    explanation=(
        "'TM.' (thay mặt) signs for a collective body, and that body is the issuer: "
        "'TM. ỦY BAN NHÂN DÂN' under a decision of the Ủy ban nhân dân, 'TM. CHÍNH PHỦ' under "
        "a decree. A resolution of the Hội đồng nhân dân is signed by its Chủ tịch without TM."
    ),
    wrong="HỘI ĐỒNG NHÂN DÂN TỈNH ... / TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH",
    right="HỘI ĐỒNG NHÂN DÂN TỈNH ... / CHỦ TỊCH",
    source=f"{NĐ30_13}; {NĐ34}",
)
def signatory_authority(ctx: Context) -> Iterator[Problem]:
    sig = ctx.doc.signatory
    issuer = ctx.doc.header.issuer
    if sig is None or not issuer:
        return
    names = [fold_name(p) for p in re.split(r"\s+-\s+", issuer)] + [fold_name(issuer)]
    for line in sig.authority:
        m = _TM.match(line)
        if not m:
            continue
        organ = fold_name(m["organ"])
        if not any(n.startswith(organ) or organ.startswith(n) for n in names):
            yield Problem(
                f"'{line.strip()}' signs for another body than the issuer {issuer!r}", sig.span
            )
