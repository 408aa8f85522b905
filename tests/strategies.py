"""Hypothesis strategies for Vietnamese legal documents, shared by the test suites.

:func:`documents` draws whole :class:`~nghiquyet.models.Document` trees (header, căn cứ,
considerations, formula, Chương/Điều/khoản/điểm, closing, nơi nhận, signatory) in the shape the
parser produces, so ``parse_text(render_text(doc))`` can be compared with ``doc``. Spans are a
fixed placeholder (:data:`NOWHERE`): compare with :func:`nghiquyet.writers.compare.comparable`.

:func:`wrapped` and :func:`markdown_noise` turn canonical text into what real sources look like
(hard wraps mid-sentence with trailing double spaces; ``**bold**``, ``### ``, ``1\\.``), and
:func:`mutated` damages text for never-crash tests.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hypothesis import strategies as st

from nghiquyet.models import (
    Closing,
    Document,
    Header,
    Node,
    NodeKind,
    Preamble,
    PreambleItem,
    PreambleKind,
    Recipient,
    Session,
    Signatory,
    Span,
)
from nghiquyet.writers.text import vn_date

NOWHERE = Span(start=0, end=0, line=1, column=1, end_line=1)
"""The span of every generated item: generated trees have no source."""

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"

# Plain lower-case words that start no line rule (no "điều", "căn", "chương", digits ...).
WORDS: tuple[str, ...] = (
    "tăng",
    "cường",
    "công",
    "tác",
    "quản",
    "lý",
    "nhà",
    "nước",
    "đối",
    "với",
    "hoạt",
    "động",
    "kinh",
    "tế",
    "xã",
    "hội",
    "trên",
    "địa",
    "bàn",
    "tỉnh",
    "thành",
    "phố",
    "thực",
    "hiện",
    "nhiệm",
    "vụ",
    "giải",
    "pháp",
    "phát",
    "triển",
    "bền",
    "vững",
    "nâng",
    "cao",
    "chất",
    "lượng",
    "nguồn",
    "nhân",
    "lực",
    "bảo",
    "đảm",
    "quốc",
    "phòng",
    "an",
    "ninh",
    "trật",
    "tự",
    "đầu",
    "tư",
    "công",
    "ngân",
    "sách",
    "hỗ",
    "trợ",
    "doanh",
    "nghiệp",
    "người",
    "dân",
    "chính",
    "sách",
    "môi",
    "trường",
    "đất",
    "đai",
    "giáo",
    "dục",
    "y",
    "tế",
    "văn",
    "hóa",
    "thể",
    "thao",
    "du",
    "lịch",
    "giao",
    "thông",
    "nông",
    "nghiệp",
    "cải",
    "cách",
    "hành",
    "chính",
    "số",
    "hóa",
    "dữ",
    "liệu",
    "theo",
    "quy",
    "định",
    "của",
    "pháp",
    "luật",
    "hiện",
    "hành",
    "năm",
    "các",
    "cơ",
    "quan",
    "đơn",
    "vị",
    "có",
    "liên",
    "quan",
    "kịp",
    "thời",
    "hiệu",
    "quả",
)
PROVINCES: tuple[str, ...] = (
    "Cần Thơ",
    "Hà Nội",
    "Hậu Giang",
    "Kon Tum",
    "Lào Cai",
    "Đà Nẵng",
    "Thanh Hóa",
    "Nghệ An",
    "Khánh Hòa",
    "Đồng Tháp",
    "An Giang",
    "Quảng Ninh",
)
SIGNERS: tuple[str, ...] = (
    "Phạm Văn Hiếu",
    "Nguyễn Thị Lan",
    "Trần Quốc Tuấn",
    "Lê Minh Hoan",
    "Đỗ Thị Hương",
    "Võ Văn Thưởng",
    "Hồ Đức Phớc",
)
SITTINGS: tuple[str, ...] = ("thứ nhất", "thứ hai", "thứ ba", "thứ sáu", "thứ mười", "chuyên đề")
TERMS: tuple[str, ...] = ("VIII", "IX", "X", "XI")
ROMAN: tuple[str, ...] = (
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
)
POINTS: tuple[str, ...] = tuple("abcdđeghiklmnopqrstuvxy")  # no f, j, w, z (spec §6)
RECIPIENTS: tuple[str, ...] = (
    "Ủy ban Thường vụ Quốc hội",
    "Chính phủ",
    "Văn phòng Quốc hội",
    "Văn phòng Chính phủ",
    "Bộ Tư pháp (Cục Kiểm tra văn bản)",
    "Thường trực Tỉnh ủy",
    "Đại biểu HĐND tỉnh",
    "Sở, ban, ngành tỉnh",
    "Website Chính phủ",
    "TT. Công báo tỉnh",
)


@dataclass(frozen=True)
class Profile:
    """What goes together in one kind of document: issuer, codes, formula, signature."""

    doc_type: str
    code: str
    issuer: str
    issuer_code: str
    formula: str
    authority: tuple[str, ...]
    title: str
    council: bool = False


def _profiles(province: str) -> tuple[Profile, ...]:
    upper = province.upper()
    return (
        Profile(
            "Nghị quyết",
            "NQ",
            f"HỘI ĐỒNG NHÂN DÂN TỈNH {upper}",
            "HĐND",
            "QUYẾT NGHỊ:",
            (),
            "CHỦ TỊCH",
            council=True,
        ),
        Profile(
            "Quyết định",
            "QĐ",
            f"ỦY BAN NHÂN DÂN TỈNH {upper}",
            "UBND",
            "QUYẾT ĐỊNH:",
            ("TM. ỦY BAN NHÂN DÂN",),
            "CHỦ TỊCH",
        ),
        Profile(
            "Nghị định",
            "NĐ",
            "CHÍNH PHỦ",
            "CP",
            "Chính phủ ban hành Nghị định quy định chi tiết.",
            ("TM. CHÍNH PHỦ",),
            "THỦ TƯỚNG",
        ),
        Profile(
            "Thông tư",
            "TT",
            "BỘ TÀI CHÍNH",
            "BTC",
            "Bộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn.",
            ("KT. BỘ TRƯỞNG",),
            "THỨ TRƯỞNG",
        ),
    )


@st.composite
def sentences(draw: st.DrawFn, min_words: int = 3, max_words: int = 14) -> str:
    """A Vietnamese phrase of plain words, first letter capitalised, no end punctuation."""
    words = draw(st.lists(st.sampled_from(WORDS), min_size=min_words, max_size=max_words))
    text = " ".join(words)
    return text[0].upper() + text[1:]


@st.composite
def headers(draw: st.DrawFn, profile: Profile, province: str) -> Header:
    """A header: issuer, số ký hiệu, quốc hiệu, tiêu ngữ, địa danh-ngày, tên loại, trích yếu."""
    day = draw(st.dates(dt.date(2000, 1, 1), dt.date(2026, 12, 31)))
    seq = f"{draw(st.integers(1, 999)):02d}"
    with_year = draw(st.booleans())
    number = (
        f"{seq}/{day.year}/{profile.code}-{profile.issuer_code}"
        if with_year
        else (f"{seq}/{profile.code}-{profile.issuer_code}")
    )
    session = None
    if profile.council:
        term, sitting = draw(st.sampled_from(TERMS)), draw(st.sampled_from(SITTINGS))
        session = Session(
            text=f"KHÓA {term}, KỲ HỌP {sitting.upper()}",
            term=term,
            sitting=sitting.upper(),
            span=NOWHERE,
        )
    place = province if profile.council or profile.issuer_code == "UBND" else "Hà Nội"
    return Header(
        issuer=profile.issuer,
        number=number,
        number_raw=number,
        place=place,
        date=day,
        doc_type=profile.doc_type,
        title="Về " + draw(sentences()).lower(),
        session=session,
        national_title=NATIONAL_TITLE,
        motto=MOTTO,
    )


@st.composite
def preambles(draw: st.DrawFn, profile: Profile) -> Preamble:
    """Căn cứ lines (each ending ";"), then considerations, then the enacting formula."""
    bases = draw(st.lists(sentences(), min_size=1, max_size=4))
    items = [
        PreambleItem(kind=PreambleKind.BASIS, text=f"Căn cứ Luật {b.lower()};", span=NOWHERE)
        for b in bases
    ]
    if draw(st.booleans()):
        items.append(
            PreambleItem(
                kind=PreambleKind.CONSIDERATION,
                text=f"Theo đề nghị của {draw(sentences()).lower()}.",
                span=NOWHERE,
            )
        )
    return Preamble(items=tuple(items), formula=profile.formula, formula_span=NOWHERE)


@st.composite
def points(draw: st.DrawFn) -> tuple[Node, ...]:
    """Điểm a), b), ... in the official order, each one sentence ending ";" or "."."""
    count = draw(st.integers(0, 4))
    return tuple(
        Node(
            kind=NodeKind.DIEM,
            number=POINTS[i],
            label=f"{POINTS[i]})",
            text=draw(sentences()) + (";" if i < count - 1 else "."),
            span=NOWHERE,
        )
        for i in range(count)
    )


@st.composite
def clauses(draw: st.DrawFn) -> tuple[Node, ...]:
    """Khoản 1., 2., ...; one with điểm ends its text with ":"."""
    count = draw(st.integers(0, 4))
    result = []
    for i in range(1, count + 1):
        children = draw(points())
        text = draw(sentences()) + (":" if children else ".")
        result.append(
            Node(
                kind=NodeKind.KHOAN,
                number=str(i),
                label=f"{i}.",
                text=text,
                children=children,
                span=NOWHERE,
            )
        )
    return tuple(result)


def paragraph(text: str) -> Node:
    """An unnumbered paragraph of text."""
    return Node(kind=NodeKind.PARAGRAPH, text=text, span=NOWHERE)


@st.composite
def articles(draw: st.DrawFn, first: int, count: int) -> tuple[Node, ...]:
    """Điều ``first`` .. ``first + count - 1``: a title, then khoản or a paragraph of text.

    As the parser reads them, unnumbered text under a Điều is a ``paragraph`` child.
    """
    result = []
    for number in range(first, first + count):
        children = draw(clauses()) or (paragraph(draw(sentences()) + "."),)
        result.append(
            Node(
                kind=NodeKind.DIEU,
                number=str(number),
                label=f"Điều {number}.",
                title=draw(sentences(2, 8)),
                children=children,
                span=NOWHERE,
            )
        )
    return tuple(result)


@st.composite
def bodies(draw: st.DrawFn) -> tuple[Node, ...]:
    """Articles numbered through the document, optionally grouped in Chương I, II, ..."""
    if not draw(st.booleans()):
        return draw(articles(1, draw(st.integers(1, 5))))
    chapters, first = [], 1
    for i in range(draw(st.integers(1, 3))):
        count = draw(st.integers(1, 3))
        chapters.append(
            Node(
                kind=NodeKind.CHUONG,
                number=ROMAN[i],
                label=f"Chương {ROMAN[i]}",
                title=draw(sentences(2, 6)).upper(),
                children=draw(articles(first, count)),
                span=NOWHERE,
            )
        )
        first += count
    return tuple(chapters)


def effect_sentence(profile: Profile, header: Header, effective: dt.date) -> Closing:
    """The closing sentence (adoption for councils, then effect), ending with "./."."""
    assert header.date is not None
    adopted = None
    text = f"{profile.doc_type} này có hiệu lực thi hành kể từ {vn_date(effective)}./."
    if profile.council and header.session is not None:
        adopted = header.date
        text = (
            f"{profile.doc_type} này đã được Hội đồng nhân dân tỉnh "
            f"khóa {header.session.term}, kỳ họp {(header.session.sitting or '').lower()} "
            f"thông qua {vn_date(adopted)} và có hiệu lực "
            f"từ {vn_date(effective)}./."
        )
    return Closing(
        text=text, adopted_on=adopted, effective_on=effective, end_mark=True, span=NOWHERE
    )


def with_last_article(body: tuple[Node, ...], closing: Closing) -> tuple[Node, ...]:
    """``body`` with a last Điều "Hiệu lực thi hành" whose text is the closing sentence."""
    articles = [n for n in body for n in n.walk() if n.kind is NodeKind.DIEU]
    number = str(len(articles) + 1)
    last = Node(
        kind=NodeKind.DIEU,
        number=number,
        label=f"Điều {number}.",
        title="Hiệu lực thi hành",
        children=(paragraph(closing.text or ""),),
        span=NOWHERE,
    )
    if body and body[-1].kind is NodeKind.CHUONG:
        chapter = body[-1]
        return (*body[:-1], chapter.model_copy(update={"children": (*chapter.children, last)}))
    return (*body, last)


@st.composite
def recipient_lists(draw: st.DrawFn) -> tuple[Recipient, ...]:
    """ "Nơi nhận" entries, the last always "Lưu: VT, ...", without the dash ("Chính phủ;")."""
    names = draw(st.lists(st.sampled_from(RECIPIENTS), min_size=1, max_size=6, unique=True))
    units = draw(st.sampled_from(("VT", "VT, HĐ", "VT, KTTH")))
    return (
        *(Recipient(text=f"{n};", span=NOWHERE) for n in names),
        Recipient(text=f"Lưu: {units}.", span=NOWHERE),
    )


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """A whole document, consistent in type, issuer, formula and signature."""
    province = draw(st.sampled_from(PROVINCES))
    profile = draw(st.sampled_from(_profiles(province)))
    header = draw(headers(profile, province))
    body = draw(bodies())
    closing = None
    if draw(st.booleans()):
        assert header.date is not None
        later = header.date + dt.timedelta(days=draw(st.integers(0, 60)))
        closing = effect_sentence(profile, header, later)
        body = with_last_article(body, closing)
    return Document(
        header=header,
        preamble=draw(preambles(profile)),
        body=body,
        closing=closing,
        recipients=draw(recipient_lists()),
        signatory=Signatory(
            authority=profile.authority,
            title=profile.title,
            name=draw(st.sampled_from(SIGNERS)),
            span=NOWHERE,
        ),
    )


@st.composite
def wrapped(draw: st.DrawFn, text: str, width_min: int = 40, width_max: int = 90) -> str:
    """``text`` hard-wrapped: long lines cut between words, each cut line ending in "  "."""
    width = draw(st.integers(width_min, width_max))
    out: list[str] = []
    for line in text.split("\n"):
        words, current = line.split(" "), ""
        for word in words:
            if current and len(current) + 1 + len(word) > width and draw(st.booleans()):
                out.append(current + "  ")
                current = word
            else:
                current = f"{current} {word}" if current else word
        out.append(current)
    return "\n".join(out)


@st.composite
def markdown_noise(draw: st.DrawFn, text: str) -> str:
    """``text`` with markdown marks as converters leave them: bold, headings, ``1\\.``."""
    out = []
    for line in text.split("\n"):
        stripped = line.rstrip()
        if stripped.startswith("Điều ") and draw(st.booleans()):
            line = f"{draw(st.sampled_from(('### ', '#### ', '')))}**{stripped}**"
        elif stripped.isupper() and stripped and draw(st.booleans()):
            line = f"**{stripped}**"
        elif stripped[:1].isdigit() and ". " in stripped[:4] and draw(st.booleans()):
            number, rest = stripped.split(". ", 1)
            line = f"{number}\\. {rest}"
        out.append(line)
    return "\n".join(out)


@st.composite
def mutated(draw: st.DrawFn, text: str) -> str:
    """``text`` damaged: slices deleted, duplicated or replaced by arbitrary characters."""
    for _ in range(draw(st.integers(1, 5))):
        if not text:
            break
        a = draw(st.integers(0, len(text)))
        b = draw(st.integers(a, min(len(text), a + 200)))
        action = draw(st.sampled_from(("delete", "duplicate", "replace")))
        if action == "delete":
            text = text[:a] + text[b:]
        elif action == "duplicate":
            text = text[:b] + text[a:b] + text[b:]
        else:
            text = text[:a] + draw(st.text(max_size=20)) + text[b:]
    return text
