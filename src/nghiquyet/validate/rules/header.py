"""Header rules (NQ1xx): số ký hiệu, issuer, địa danh and ngày, tên loại, trích yếu.

Sources: Nghị định 30/2020/NĐ-CP Art. 8 and Annex I (thể thức); Nghị định 34/2016/NĐ-CP
Art. 58-60, as amended by 154/2020/NĐ-CP (thể thức of VBQPPL); spec §2, §3, §4.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nghiquyet.citations.canonical import canonical_number
from nghiquyet.models import Severity
from nghiquyet.validate.grammar import (
    LEGIS_NO_TERM,
    TERMS,
    find_date,
    fold_name,
    is_well_formed,
    split_number,
)
from nghiquyet.validate.registry import Context, Problem, rule
from nghiquyet.vocab import DOC_TYPE_BY_CODE, DOC_TYPE_BY_NAME

NĐ30 = "Nghị định 30/2020/NĐ-CP, Điều 8 và Phụ lục I"
NĐ34 = "Nghị định 34/2016/NĐ-CP (sửa đổi bởi 154/2020/NĐ-CP), Điều 58-60"
LAWS = ("Luật", "Bộ luật", "Hiến pháp")  # print no địa danh/ngày line (spec §4)

# Issuer code in a số ký hiệu -> what the printed issuer starts with (after fold_name).
ISSUER_NAMES: dict[str, tuple[str, ...]] = {
    "HĐND": ("hội đồng nhân dân",),
    "UBND": ("ủy ban nhân dân",),
    "CP": ("chính phủ",),
    "TTg": ("thủ tướng chính phủ",),
    "QH": ("quốc hội",),
    "UBTVQH": ("ủy ban thường vụ quốc hội",),
    "CTN": ("chủ tịch nước",),
    "HĐTP": ("hội đồng thẩm phán",),
    "TANDTC": ("tòa án nhân dân tối cao",),
    "VKSNDTC": ("viện kiểm sát nhân dân tối cao",),
    "KTNN": ("kiểm toán nhà nước",),
    "BCA": ("bộ công an",),
    "BQP": ("bộ quốc phòng",),
    "BNG": ("bộ ngoại giao",),
    "BTP": ("bộ tư pháp",),
    "BTC": ("bộ tài chính",),
    "BYT": ("bộ y tế",),
    "BCT": ("bộ công thương",),
    "BXD": ("bộ xây dựng",),
    "BNV": ("bộ nội vụ",),
    "BGDĐT": ("bộ giáo dục và đào tạo",),
    "BLĐTBXH": ("bộ lao động thương binh và xã hội",),
    "BKHCN": ("bộ khoa học và công nghệ",),
    "BNNMT": ("bộ nông nghiệp và môi trường",),
    "BVHTTDL": ("bộ văn hóa thể thao và du lịch",),
    "BKHĐT": ("bộ kế hoạch và đầu tư",),
    "BGTVT": ("bộ giao thông vận tải",),
    "BTNMT": ("bộ tài nguyên và môi trường",),
    "BNNPTNT": ("bộ nông nghiệp và phát triển nông thôn",),
    "BTTTT": ("bộ thông tin và truyền thông",),
    "NHNN": ("ngân hàng nhà nước",),
    "TTCP": ("thanh tra chính phủ",),
}
# Tên loại allowed for a number without a type code: "45/2019/QH14", "07/2025/UBTVQH15".
LEGIS_TYPES: dict[str, tuple[str, ...]] = {
    "QH": ("Luật", "Bộ luật", "Nghị quyết", "Hiến pháp"),
    "UBTVQH": ("Pháp lệnh", "Nghị quyết"),
}
# Type codes that also stand for another tên loại (Party "QĐ" = quy định).
CODE_ALIASES: dict[str, tuple[str, ...]] = {"QĐ": ("Quy định",), "NQ": ("Nghị quyết liên tịch",)}


def _legis(token: str) -> str | None:
    m = re.fullmatch(r"(UBTVQH|QH)\d{1,2}", token)
    return m[1] if m else None


@rule(
    "NQ101",
    "missing-number",
    Severity.ERROR,
    summary="The header prints no số ký hiệu (or only its blank).",
    explanation=(
        "Every document carries a số ký hiệu under the issuer: the sequence number, the year "
        "for VBQPPL, the type code and the issuer code. A header without it, or with only the "
        "blank a clerk fills in at signing, cannot be cited or filed."
    ),
    wrong="Số:      /NQ-HĐND",
    right="Số: 05/NQ-HĐND",
    source=f"{NĐ30} (mục II.3); {NĐ34}",
)
def missing_number(ctx: Context) -> Iterator[Problem]:
    if _consolidated_without_header(ctx) or ctx.doc.header.doc_type == "Hiến pháp":
        return  # the Constitution carries no số ký hiệu
    h = ctx.doc.header
    where = ctx.span("number") or ctx.locate(h.number_raw)
    if h.number is None and h.number_raw and not re.match(r"\s*\d", h.number_raw):
        yield Problem(f"số ký hiệu {h.number_raw.strip()!r} has no sequence number", where)
    elif h.number is None:
        yield Problem("the header prints no số ký hiệu ('Số: ...')", ctx.span("issuer"))
    elif not re.match(r"\d", h.number):
        yield Problem(f"số ký hiệu {h.number!r} has no sequence number", where)


@rule(
    "NQ102",
    "malformed-number",
    Severity.ERROR,
    summary="The số ký hiệu does not follow the official grammar.",
    explanation=(
        "A số ký hiệu is 'number/year/TYPE-ISSUER' for VBQPPL, 'number/TYPE-ISSUER' for "
        "administrative documents, 'number/year/QHk' for laws and resolutions of the Quốc hội "
        "(k = the term, khóa). A part missing or in the wrong place makes the number ambiguous."
    ),
    wrong="Số: 45/2022/QH",
    right="Số: 45/2022/QH15",
    source=f"{NĐ34}; {NĐ30} (Phụ lục III)",
)
def malformed_number(ctx: Context) -> Iterator[Problem]:
    h = ctx.doc.header
    if not h.number or not re.match(r"\d", h.number):
        return
    raw = canonical_number(h.number_raw or h.number) or h.number
    if LEGIS_NO_TERM.fullmatch(raw):
        yield Problem(
            f"số ký hiệu {h.number!r} lacks the term of the Quốc hội (QH15 ...)", ctx.span("number")
        )
    elif not is_well_formed(h.number):
        yield Problem(
            f"số ký hiệu {h.number!r} does not follow the official grammar", ctx.span("number")
        )


@rule(
    "NQ103",
    "number-as-printed",
    Severity.WARNING,
    summary="The số ký hiệu is printed with stray spaces or look-alike characters.",
    explanation=(
        "The số ký hiệu is printed without spaces, with an ASCII hyphen and with the Vietnamese "
        "letters of the codes (NĐ, QĐ, HĐND). A space left where the clerk filled in the number, "
        "a dash or a lost diacritic makes searches and citations miss the document."
    ),
    wrong="Số: 05 /NQ-HĐND",
    right="Số: 05/NQ-HĐND",
    source=f"{NĐ30} (mục II.3)",
)
def number_as_printed(ctx: Context) -> Iterator[Problem]:
    h = ctx.doc.header
    raw = h.number_raw
    if not raw or not h.number or "\n" in raw:  # a wrap in a PDF column is layout, not text
        return
    printed = raw.strip()
    if printed != h.number and re.match(r"\d", h.number):
        yield Problem(f"số ký hiệu printed as {printed!r}; write {h.number!r}", ctx.span("number"))


def _consolidated_without_header(ctx: Context) -> bool:
    """A văn bản hợp nhất prints its own number, date and signer at the end, not on top."""
    return ctx.doc.header.number is None and ctx.consolidated


def _type_code(tokens: tuple[str, ...]) -> str | None:
    return tokens[0] if tokens and tokens[0] in DOC_TYPE_BY_CODE else None


@rule(
    "NQ104",
    "number-type-mismatch",
    Severity.ERROR,
    summary="The type code in the số ký hiệu is not the code of the printed tên loại.",
    explanation=(
        "The type code of the số ký hiệu (NQ, QĐ, NĐ, TT ...) names the tên loại printed as "
        "the title: a Nghị quyết is numbered '.../NQ-...', a Quyết định '.../QĐ-...'. Laws and "
        "resolutions of the Quốc hội carry no type code ('.../2019/QH14')."
    ),
    wrong="Số: 05/QĐ-HĐND ... NGHỊ QUYẾT",
    right="Số: 05/NQ-HĐND ... NGHỊ QUYẾT",
    source=f"{NĐ30} (Phụ lục III); {NĐ34}",
)
def number_type_mismatch(ctx: Context) -> Iterator[Problem]:
    h = ctx.doc.header
    if not h.number or not h.doc_type:
        return
    parts = split_number(h.number)
    if parts is None or not parts.tokens or "VBHN" in parts.tokens:
        return  # a consolidated text prints the consolidated act's tên loại
    dtype = DOC_TYPE_BY_NAME.get(h.doc_type.casefold())
    legis = _legis(parts.tokens[0]) if len(parts.tokens) == 1 else None
    if legis:
        if h.doc_type not in LEGIS_TYPES[legis]:
            yield Problem(
                f"a {h.doc_type} is not numbered like a Quốc hội act ({h.number})",
                ctx.span("number"),
            )
        return
    code = _type_code(parts.tokens) if len(parts.tokens) > 1 else None
    if code is None or dtype is None:
        return
    if dtype.code != code and h.doc_type not in CODE_ALIASES.get(code, ()):
        expected = f"'{dtype.code}'" if dtype.code else "no type code"
        yield Problem(
            f"số ký hiệu {h.number!r} has type code '{code}' but the tên loại is "
            f"{h.doc_type} ({expected})",
            ctx.span("number"),
        )


@rule(
    "NQ105",
    "number-issuer-mismatch",
    Severity.ERROR,
    summary="The issuer code in the số ký hiệu does not name the printed issuer.",
    explanation=(
        "After the type code the số ký hiệu names the issuing body: HĐND for the Hội đồng nhân "
        "dân, UBND for the Ủy ban nhân dân, CP for the Chính phủ, TTg for the Thủ tướng, BTC for "
        "the Bộ Tài chính. A resolution of the council numbered with the code of the people's "
        "committee was numbered in the wrong register."
    ),
    wrong="HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ CẦN THƠ / Số: 05/NQ-UBND",
    right="HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ CẦN THƠ / Số: 05/NQ-HĐND",
    source=f"{NĐ30} (Phụ lục III); {NĐ34}",
)
def number_issuer_mismatch(ctx: Context) -> Iterator[Problem]:
    h = ctx.doc.header
    if not h.number or not h.issuer:
        return
    parts = split_number(h.number)
    if parts is None or parts.party or "VBHN" in parts.tokens:
        return
    orgs = parts.tokens[1:] if _type_code(parts.tokens) else parts.tokens[:1]
    codes = [(_legis(t) or t) for t in orgs]
    known = [c for c in codes if c in ISSUER_NAMES]
    if not known:
        return
    issuers = [fold_name(p) for p in (*re.split(r"\s+-\s+", h.issuer), h.issuer)]
    for code in known:
        if any(i.startswith(fold_name(n)) for i in issuers for n in ISSUER_NAMES[code]):
            return
    yield Problem(
        f"số ký hiệu {h.number!r} names '{'-'.join(known)}' but the issuer is {h.issuer!r}",
        ctx.span("number"),
    )


@rule(
    "NQ106",
    "number-year",
    Severity.WARNING,
    summary="The year in the số ký hiệu is not the year of the date, or not in the QH term.",
    explanation=(
        "The year inside a VBQPPL number is the year of signing, so it equals the year of the "
        "header date; for a Quốc hội or UBTVQH number it must fall within the term named by "
        "the suffix (QH15 = 2021-2026)."
    ),
    wrong="Số: 12/2024/QĐ-UBND ... Hà Nội, ngày 28 tháng 02 năm 2025",
    right="Số: 12/2025/QĐ-UBND ... Hà Nội, ngày 28 tháng 02 năm 2025",
    source=f"{NĐ34}; spec §3.4",
)
def number_year(ctx: Context) -> Iterator[Problem]:
    h = ctx.doc.header
    parts = split_number(h.number) if h.number else None
    if parts is None or parts.year is None:
        return
    if h.date and h.date.year != parts.year and h.doc_type not in LAWS:
        yield Problem(
            f"số ký hiệu {h.number!r} has year {parts.year} but the document is "
            f"dated {h.date.isoformat()}",
            ctx.span("number"),
        )
    m = re.fullmatch(r"(?:QH|UBTVQH)(\d{1,2})", parts.tokens[-1]) if parts.tokens else None
    term = TERMS.get(int(m[1])) if m else None
    if term and not term[0] <= parts.year <= term[1]:
        yield Problem(
            f"year {parts.year} is outside the term of {parts.tokens[-1]} ({term[0]}-{term[1]})",
            ctx.span("number"),
        )


@rule(
    "NQ110",
    "missing-issuer",
    Severity.ERROR,
    summary="The header names no issuing body.",
    explanation=(
        "The name of the issuing body (cơ quan ban hành) is printed at the top left, in "
        "capitals, under its parent body if any. Without it the document has no author."
    ),
    wrong="(nothing above 'Số: 05/NQ-HĐND')",
    right="HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 05/NQ-HĐND",
    source=f"{NĐ30} (mục II.2); {NĐ34}",
)
def missing_issuer(ctx: Context) -> Iterator[Problem]:
    if _consolidated_without_header(ctx):
        return
    if not ctx.doc.header.issuer:
        yield Problem("the header names no issuing body", ctx.span("number"))


@rule(
    "NQ111",
    "missing-place-date",
    Severity.ERROR,
    summary="The header has no 'địa danh, ngày ... tháng ... năm ...' line.",
    explanation=(
        "Under the tiêu ngữ every document except a law prints where and when it was signed: "
        "'<địa danh>, ngày DD tháng MM năm YYYY'. Laws print their adoption date in the "
        "closing instead."
    ),
    wrong="Số: 05/NQ-HĐND\nNGHỊ QUYẾT",
    right="Số: 05/NQ-HĐND    Cần Thơ, ngày 08 tháng 7 năm 2022\nNGHỊ QUYẾT",
    source=f"{NĐ30} (mục II.4); {NĐ34}",
)
def missing_place_date(ctx: Context) -> Iterator[Problem]:
    if _consolidated_without_header(ctx):
        return
    h = ctx.doc.header
    if h.doc_type in LAWS:
        return
    if h.date is None and h.date_raw is None:
        yield Problem(
            "the header has no 'địa danh, ngày ... tháng ... năm ...' line", ctx.span("number")
        )
    elif not h.place:
        yield Problem("the date line names no địa danh", ctx.span("date"))


@rule(
    "NQ112",
    "invalid-date",
    Severity.ERROR,
    summary="The header date does not exist.",
    explanation=(
        "The date of signing must be a real calendar date: there is no 30 tháng 02 and no "
        "31 tháng 4. Such a date usually comes from a template filled in by hand."
    ),
    wrong="Hà Nội, ngày 30 tháng 02 năm 2025",
    right="Hà Nội, ngày 28 tháng 02 năm 2025",
    source=f"{NĐ30} (mục II.4)",
)
def invalid_date(ctx: Context) -> Iterator[Problem]:
    raw = ctx.doc.header.date_raw or ctx.text(ctx.span("date"))
    d = find_date(raw) if raw else None
    if d is not None and d.date() is None:
        where = ctx.span("date") or ctx.locate(ctx.doc.header.date_raw)
        yield Problem(f"'{d.day}/{d.month}/{d.year}' is not a calendar date", where)


@rule(
    "NQ113",
    "date-padding",
    Severity.WARNING,
    summary="A day below 10 or month 1-2 is written without its leading zero.",
    explanation=(
        "In the date line, days below 10 and the months 1 and 2 take a leading zero "
        "(ngày 08, tháng 01, tháng 02), so that the date cannot be altered by hand; other "
        "months are written as they are (tháng 7)."
    ),
    wrong="Cần Thơ, ngày 8 tháng 7 năm 2022",
    right="Cần Thơ, ngày 08 tháng 7 năm 2022",
    source=f"{NĐ30} (mục II.4.b)",
)
def date_padding(ctx: Context) -> Iterator[Problem]:
    raw = ctx.doc.header.date_raw or ctx.text(ctx.span("date"))
    d = find_date(raw) if raw else None
    if d is None or not d.words or d.date() is None:
        return
    wrong = []
    if len(d.day) == 1:
        wrong.append(f"ngày 0{d.day}")
    if len(d.month) == 1 and d.month in "12":
        wrong.append(f"tháng 0{d.month}")
    if wrong:
        yield Problem(f"write {' and '.join(wrong)} (leading zero)", ctx.span("date"))


@rule(
    "NQ114",
    "missing-doc-type",
    Severity.ERROR,
    summary="No tên loại (NGHỊ QUYẾT, QUYẾT ĐỊNH ...) is printed as the title.",
    explanation=(
        "Under the date line, centred, the document prints its tên loại in capitals and then "
        "its trích yếu. Only a công văn, which carries 'V/v ...' under its number, prints none."
    ),
    wrong="Số: 05/NQ-HĐND\nVề tình hình ...",
    right="Số: 05/NQ-HĐND\nNGHỊ QUYẾT\nVề tình hình ...",
    source=f"{NĐ30} (mục II.5); {NĐ34}",
)
def missing_doc_type(ctx: Context) -> Iterator[Problem]:
    if _consolidated_without_header(ctx):
        return
    h = ctx.doc.header
    if h.doc_type:
        return
    parts = split_number(h.number) if h.number else None
    if parts and parts.tokens and _type_code(parts.tokens) is None and not _legis(parts.tokens[0]):
        return  # công văn: '5973/UBND-KT' has no type code and prints no tên loại
    yield Problem("no tên loại is printed as the document's title", ctx.span("number"))


@rule(
    "NQ115",
    "missing-title",
    Severity.ERROR,
    summary="No trích yếu (what the document is about) under the tên loại.",
    explanation=(
        "The trích yếu states in one line what the document is about; it follows the tên loại "
        "(or 'V/v' in a công văn). Laws print their name instead ('ĐẤU THẦU')."
    ),
    wrong="NGHỊ QUYẾT\nHỘI ĐỒNG NHÂN DÂN ...",
    right="NGHỊ QUYẾT\nVề tình hình thực hiện nhiệm vụ kinh tế - xã hội ...",
    source=f"{NĐ30} (mục II.5); {NĐ34}",
)
def missing_title(ctx: Context) -> Iterator[Problem]:
    h = ctx.doc.header
    if h.doc_type and not h.title:
        yield Problem(f"the {h.doc_type} has no trích yếu", ctx.span("doc_type"))
