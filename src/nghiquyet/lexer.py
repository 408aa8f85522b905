"""The lexer: normalized text -> one typed :class:`Token` per logical line.

Three steps, each a small function:

1. :func:`segments` cuts physical lines into segments: a line is cut at table pipes, at column
   gaps (three or more real spaces, as pdftotext and pandoc leave between two columns) and at
   anchors a converter glued together ("CHÍNH PHỦ -------", "Số: 435/QĐ-UBND Kon Tum, ngày ...
   QUYẾT ĐỊNH ...").
2. :func:`classify` gives each segment its :class:`TokenKind` by the first matching rule of
   :data:`LINE_RULES`, with the named parts of the match.
3. :func:`tokenize` joins hard-wrapped segments into logical lines (a line that does not end a
   sentence continues with a following plain line) and builds the tokens.

The lexer knows line shapes, not the tree: what a token means in context is the builder's job.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import cast

import regex

from nghiquyet import patterns as P
from nghiquyet.models import Token, TokenKind, trusted
from nghiquyet.normalize import Normalized, fold_spaces
from nghiquyet.vocab import DOC_TYPES
from nghiquyet.vocab.titles import SIGNER_TITLES


@dataclass(slots=True)
class Segment:
    """A piece of one physical line, in normalized coordinates (stripped)."""

    start: int
    end: int
    text: str
    blank_before: bool = False
    cells: tuple[str, ...] = ()


_GAP = regex.compile(r"[ ]{3,}")
_REAL_GAP = regex.compile(r"[ \t\u00a0]{3,}")
_EPAS = regex.compile(r"Epas\s*:\s*\d+[ ]+")
_INLINE_KHOAN = regex.compile(r"(?:Điều|ĐIỀU)\s{1,3}\d{1,4}[a-zđ]?[ ]+(?=\d{1,3}[.\-][ ]\p{Lu})")
_FOOTNOTE_MARK = regex.compile(r"(?<=\p{Lu})\d{1,2}$")
_GLUED_BASIS = regex.compile(r"(?<=\S[ ])Căn\s+cứ\s")
_GLUED_DIEU = regex.compile(r"(?<=\p{Lu}[ ])Điều[ ]\d{1,3}[a-zđ]?\.(?=[ ]|$)")
_LEADING_NUMBER = regex.compile(rf"{P.NUMBER_TOKEN}[ ]+")
_TRAILING_HEADING = regex.compile(
    r"(?<=[\])”.;][ ]*|[ ]{3})(?:Chương|Mục)[ ]+(?:[IVXLC]+|\d{1,3})[a-z]?\.?[ ]+(?=\p{Lu})"
)
_GLUED_CHUONG = regex.compile(r"(?<=\s)(?:Chương|CHƯƠNG)[ ]+(?:[IVXLC]+|\d{1,3})\.?[ ]+(?=\p{Lu})")
_LEADING_MARK = regex.compile(r"\[\d{1,3}\][ ]+(?=\d{1,3}\.)")
_CUT_SEPARATOR = regex.compile(r"[-_=]{4,}|(?:\\?-){4,}")
_TRAILING_PUNCT = regex.compile(r"^[\s.;,]*")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    left = piece.lstrip()
    if not left:
        return start, start
    return end - len(left), end - (len(left) - len(left.rstrip()))


def _split_columns(norm: Normalized, start: int, end: int) -> list[tuple[int, int]]:
    """Cut ``[start, end)`` at column gaps: runs of 3+ spaces that are real in the source."""
    text = norm.text
    if text.find("   ", start, end) == -1:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    cur = start
    for m in _GAP.finditer(text, start, end):
        a, b = m.span()
        before = text[a - 1] if a > start else ""
        after = text[b] if b < end else ""
        if before in "/-–" or after in "/-–" or text[cur:a].rstrip().endswith(("Số:", "số:")):
            continue
        if (after.isdigit() and text[cur:a].endswith(("ngày", "tháng"))) or (
            before.isdigit() and text.startswith(("tháng", "năm"), b)
        ):
            continue  # "ngày 23 tháng      7    năm 2026": a date filled in by hand
        src = norm.source[norm.source_offset(a) : norm.source_offset(b)]
        if not _REAL_GAP.search(src) and not _after_note(text, cur, a, b, src):
            continue
        pieces.append((cur, a))
        cur = b
    pieces.append((cur, end))
    return pieces


# After a portal's note, the next item printed on the same line: "c) ", "2. ", "2- " (pre-2000),
# "Điều 20. ", or a khoản's number alone at the line's end ("... [note] 2." / its text).
_ITEM_AFTER_NOTE = regex.compile(
    r"(?:[a-zđ]\)|\d{1,3}[.\-]|Điều[ ]\d{1,3}[a-zđ]?\.)(?:[ ]|(?<=\.)(?=\n|$))"
)


def _after_note(text: str, cur: int, a: int, b: int, src: str) -> bool:
    """A gap left by a blanked portal note ("... công chứng viên; [Điểm này bị bãi bỏ ...] c)
    Công chứng ...") after a sentence end and before the next item: the item's line starts."""
    return (
        "[" in src
        and text[cur:a].rstrip()[-1:] in (";", ".", ":")
        and _ITEM_AFTER_NOTE.match(text, b) is not None
    )


def _anchor_cuts(text: str) -> list[int]:
    """Offsets inside a stripped segment where glued header items should be cut apart.

    Cheap substring tests guard each search, so long prose lines cost almost nothing.
    """
    cuts: set[int] = set()
    if text[:1] == "[" and (mark := _LEADING_MARK.match(text)):
        cuts.add(mark.end())  # "[63] 1.[64] Người có thẩm quyền ...": a VBHN's footnote mark
    certify = text.find(" XÁC THỰC VĂN BẢN HỢP NHẤT")
    if certify > 0:  # "[193] (được bãi bỏ) XÁC THỰC VĂN BẢN HỢP NHẤT CHỦ NHIỆM ..." (a crawl)
        cuts.add(certify + 1)
    tail = _TRAILING_HEADING.search(text) if "Chương " in text or "Mục " in text else None
    if tail and _is_caps(text[tail.end() :]):
        # "... thời hạn [note blanked]   Chương IV CẤP, QUẢN LÝ CĂN CƯỚC ĐIỆN TỬ": a portal
        # ran the next chapter's heading onto the last line of the article before.
        cuts.add(tail.start())
    elif tail:
        # ... and its section's or first article's heading after its title: "... pháp luật.
        # [note]   Chương III CHẾ ĐỘ ... ĐƠN VỊ   Mục 1. QUY ĐỊNH CHUNG ... Điều 20. Tài sản ...".
        inner = _INNER_HEADING.search(text, tail.end())
        if inner and _is_caps(_HEADING_WORD.sub("", text[tail.end() : inner.start()])):
            cuts.update((tail.start(), inner.start()))
    if text[:1].islower():
        # Only a separator run (or a heading run on, above) can cut a line that starts in
        # lower case (every other anchor needs a capital or a digit at the start, or capitals
        # before it).
        if "---" in text or "___" in text or "===" in text or "\\-" in text:
            cuts.update(c for m in _CUT_SEPARATOR.finditer(text) for c in m.span())
        return sorted(c for c in cuts if 0 < c < len(text)) if cuts else []
    if "VIỆT NAM" in text or "VIỆT  NAM" in text:
        caps = _caps_prefix(text)
        for m in P.QUOC_HIEU.finditer(text):
            if m.group(0).isupper() and _header_context(text, m, caps):
                cuts.update((m.start(), m.end()))
    if "ạnh phúc" in text or "ẠNH PHÚC" in text:
        caps = _caps_prefix(text)
        for m in P.TIEU_NGU.finditer(text):
            if _header_context(text, m, caps):
                cuts.update((m.start(), m.end()))
    if "---" in text or "___" in text or "===" in text or "\\-" in text:
        for m in _CUT_SEPARATOR.finditer(text):
            cuts.update((m.start(), m.end()))
    # A place-date opens the segment or follows the "Số:" number; it ends where its year does.
    # Each match below is tried only where its first character can start it.
    starts = [0]
    first = text[:1]
    so = P.SO_KY_HIEU.match(text) if first in _SO_FIRST and _holds_so(text) else None
    if so and so.group("raw"):
        end = so.end("raw")
        cuts.add(end)
        starts.append(end + len(text[end:]) - len(text[end:].lstrip()))
    epas = _EPAS.match(text) if first == "E" else None
    if epas:  # "Epas: 180408 CHỦ TỊCH QUỐC HỘI ...": a portal's id before the signature
        cuts.add(epas.end())
    inline = _INLINE_KHOAN.match(text) if first == "Đ" else None
    if inline:  # "Điều 2 1- Người sử dụng đất ...": the first khoản printed on the Điều line
        cuts.add(inline.end())
    numbered = (first.isdigit() or first in ".…") and "," in text  # a place-date has a comma
    lead = _LEADING_NUMBER.match(text) if numbered else None
    if lead and P.DIA_DANH_NGAY.match(text, lead.end()):
        # "Số:" / "29/2001/QH10 Hà Nội, ngày ...": the number printed on the next line.
        cuts.add(lead.end())
        starts.append(lead.end())
    for pos in starts:
        m = P.DIA_DANH_NGAY.match(text, pos) if _may_be_place_date(text, pos) else None
        if m:
            tail = _TRAILING_PUNCT.match(text, m.end())
            cuts.add(tail.end() if tail else m.end())
    if text[:2].isupper():
        cuts.update(_signature_cuts(text))
        typed = _TYPE_PREFIX.match(text)
        mixed = _MIXED_WORD.search(text, typed.end()) if typed else None
        if mixed and mixed.start() > typed.end():
            # "LUẬT THUẾ THU NHẬP CÁ NHÂN Luật Thuế ... số 04/2007/QH12 ...": the title in
            # capitals ends where the prose starts.
            cuts.add(mixed.start())
        glued = _GLUED_BASIS.search(text)
        if glued and text[: glued.start()].upper() == text[: glued.start()]:
            cuts.add(glued.start())  # "THÔNG TƯ QUY ĐỊNH ... ĐẤT Căn cứ Luật Đất đai ..."
        dieu = _GLUED_DIEU.search(text) if " Điều " in text else None
        if dieu and text[: dieu.start()].upper() == text[: dieu.start()]:
            cuts.add(dieu.start())  # "BẢO VỆ TỔ QUỐC Điều 64.": a chapter title, then its Điều
    if text.startswith(("Phần ", "PHẦN ")) and (" Chương " in text or " CHƯƠNG " in text):
        # "Phần thứ hai XỬ PHẠT VI PHẠM HÀNH CHÍNH Chương I CÁC HÌNH THỨC XỬ PHẠT ...": a part's
        # heading with its title in capitals, then its first chapter's, on one line.
        chapter = _GLUED_CHUONG.search(text)
        if chapter and _is_caps(_HEADING_WORD.sub("", text[: chapter.start()])):
            cuts.add(chapter.start())
    if text.startswith(("Chương ", "Mục ")) and " Điều " in text and not text[:2].isupper():
        # "Chương II QUY ĐỊNH VỀ CỔNG THÔNG TIN MỘT CỬA QUỐC GIA Điều 9. Nguyên tắc ...": the
        # heading with its title in capitals, then its first article, on one line.
        dieu = _GLUED_DIEU.search(text)
        if dieu and _is_caps(_HEADING_WORD.sub("", text[: dieu.start()])):
            cuts.add(dieu.start())
    return sorted(c for c in cuts if 0 < c < len(text)) if cuts else []


_SO_FIRST = frozenset("BLPNSl")  # first letters of what SO_KY_HIEU matches


def _holds_so(text: str) -> bool:
    """False when P.SO_KY_HIEU cannot match: each of its forms has "số", "Số" or "SỐ"."""
    return "ố" in text or "Ố" in text


def _may_be_place_date(text: str, pos: int) -> bool:
    """False when P.DIA_DANH_NGAY cannot match at ``pos``: it needs the first comma after
    ``pos`` within 64 characters and "ngày" (any case) at most 3 spaces after that comma."""
    comma = text.find(",", pos, pos + 70)
    return comma != -1 and "ng" in text[comma + 1 : comma + 6].lower()


def _caps_prefix(text: str) -> int:
    """The length of the longest prefix of ``text`` that ``upper()`` leaves unchanged."""
    if text.upper() == text:
        return len(text)
    return next(i for i, ch in enumerate(text) if ch.upper() != ch)


def _header_context(text: str, m: regex.Match[str], caps: int) -> bool:
    """A quốc hiệu or tiêu ngữ glued to other header items, not quoted in prose.

    ``caps`` is :func:`_caps_prefix` of ``text``: what precedes the match must be in capitals
    (nothing, or the header's left column). No slicing, so many matches on one huge line
    cost linear time.
    """
    end: int = m.start()
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end > 0 and text[end - 1] in "“\"'":
        return False
    return end <= caps


_SIGNED = regex.compile(
    r"^(?P<caps>[\p{Lu}][\p{Lu}\s.,/\-]{1,200}?)[ ]+"
    r"(?P<name>(?:Đại tướng |Thượng tướng |Trung tướng )?"
    r"\p{Lu}\p{Ll}{1,8}(?:[ ]\p{Lu}\p{Ll}{1,8}){1,4})(?=$|[ ]\p{Lu}|[ ]\(|[ ]?\[|[ ]\d)"
)
_UPPER_LOWER = regex.compile(r"\p{Lu}\p{Ll}")
_CERTIFY_HEAD = regex.compile(r"XÁC\s+THỰC\s+VĂN\s+BẢN\s+HỢP\s+NHẤT[ ]+(?=\S)")
_AUTHORITY_CUT = regex.compile(r"(?<=\p{Lu}[ ])(?=(?:TM|KT|TL|TUQ|T/M|K/T|T/L)\.?[ ]\p{Lu})")


def _signature_cuts(text: str) -> set[int]:
    """Cuts inside a glued signature block.

    "TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Lê Minh Khái" -> four segments.
    """
    cuts: set[int] = set()
    m = _SIGNED.match(text) if _UPPER_LOWER.search(text) else None  # a name needs "Xy"
    caps_end = len(text)
    if m and _ends_with_title(m.group("caps")):
        cuts.update((m.start("name"), m.end("name")))
        caps_end = m.end("caps")
    head = text[:caps_end]
    if head.upper() != head:
        return cuts
    certify = _CERTIFY_HEAD.match(head)
    if certify:  # "XÁC THỰC VĂN BẢN HỢP NHẤT CHỦ NHIỆM Bùi Văn Cường" (a VBHN)
        cuts.add(certify.end())
    starts = [0, *(x.start() for x in _AUTHORITY_CUT.finditer(head))]
    cuts.update(starts[1:])
    # Within the last authority part, the signer's own title follows the body it signs for.
    last = starts[-1]
    part = head[last:]
    am = P.SIGN_AUTHORITY.match(part)
    if am:
        body = am.group("body").strip()
        title = _title_suffix(body)
        if title and title != body:
            cuts.add(last + len(part.rstrip()) - len(title))
    return cuts


def _ends_with_title(caps: str) -> bool:
    return _title_suffix(caps.strip()) is not None


def _title_suffix(caps: str) -> str | None:
    """The longest signer title that ``caps`` ends with ("... PHÓ THỦ TƯỚNG" -> that title)."""
    best = None
    for title in SIGNER_TITLES:
        if (caps == title or caps.endswith(" " + title)) and (
            best is None or len(title) > len(best)
        ):
            best = title
    return best


def _cut(text: str, a: int, b: int, depth: int = 0) -> Iterator[tuple[int, int]]:
    """Stripped pieces of ``text[a:b]`` cut at anchors, again inside each piece (a glued
    header line can hold "QUỐC HỘI ---- CỘNG HÒA ... Luật số: 02/2011/QH13 Hà Nội, ngày ...")."""
    a, b = _strip(text, a, b)
    if a >= b:
        return
    cuts = _anchor_cuts(text[a:b]) if depth < 4 else []
    if not cuts:
        yield a, b
        return
    for x, y in itertools.pairwise([0, *cuts, b - a]):
        yield from _cut(text, a + x, a + y, depth + 1)


def _pieces(norm: Normalized, start: int, end: int, blank: bool) -> Iterator[Segment]:
    text = norm.text
    for a, b in _split_columns(norm, start, end):
        for sa, sb in _cut(text, a, b):
            yield Segment(sa, sb, text[sa:sb], blank)
            blank = False


def segments(norm: Normalized) -> list[Segment]:
    """Cut the normalized text into stripped segments (see module docstring)."""
    out: list[Segment] = []
    append = out.append
    blank = False
    pos = 0
    table_end, wide = -1, frozenset[int]()
    for line in norm.text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        left = line.lstrip()
        if not left:
            blank = True
            continue
        piece = left.rstrip()
        a = start + len(line) - len(left)
        b = a + len(piece)
        first = piece[0]
        if first in _SEPARATOR_FIRST and P.SEPARATOR.match(piece):
            append(Segment(a, b, piece, blank))
            blank = False
        elif _is_pipe_line(piece):
            if start > table_end:
                table_end, wide = _pipe_table(norm.text, start)
            out.extend(_table_line(norm, a, b, blank, wide))
            blank = False
        elif "   " not in piece and not _anchor_cuts(piece):
            append(Segment(a, b, piece, blank))  # what _pieces() gives such a line
            blank = False
        else:
            for seg in _pieces(norm, a, b, blank):
                append(seg)
                blank = False
    out = _split_trailing_dieu(norm, _rejoin_headings(norm, out))
    return _split_inline_diem(_split_inline_khoan(norm, _split_wrapped_title_khoan(out)))


# What a stripped line that P.SEPARATOR matches can start with.
_SEPARATOR_FIRST = frozenset("-_=*~+:|.–—")


# A heading word alone, an authority prefix alone (segments hold no line break).
_LONE_HEADING = frozenset(
    {"Điều", "ĐIỀU", "Chương", "CHƯƠNG", "Mục", "MỤC", "Tiểu mục", "TIỂU MỤC", "Phần", "PHẦN"}
)
_LONE_AUTHORITY = frozenset(
    p + dot for p in ("TM", "KT", "TL", "TUQ", "T/M", "K/T", "T/L") for dot in ("", ".")
)
_LONE = _LONE_HEADING | _LONE_AUTHORITY


def _rejoin_headings(norm: Normalized, segs: list[Segment]) -> list[Segment]:
    """ "Điều" / "3. Giải thích từ ngữ": a heading word whose number went to the next line."""
    if not any(s.text in _LONE for s in segs):
        return segs
    out: list[Segment] = []
    i = 0
    while i < len(segs):
        seg = segs[i]
        nxt = segs[i + 1] if i + 1 < len(segs) else None
        if nxt is not None and (
            (seg.text in _LONE_HEADING and nxt.text[:1].isdigit())
            or (seg.text in _LONE_AUTHORITY and _is_caps(nxt.text))
        ):
            out.append(
                Segment(seg.start, nxt.end, norm.text[seg.start : nxt.end], seg.blank_before)
            )
            i += 2
            continue
        out.append(seg)
        i += 1
    return out


_NUMBERED = regex.compile(r"^\d{1,3}[a-zđ]?\.\s")
# A section's or an article's heading inside a line, after a title in capitals.
_INNER_HEADING = regex.compile(r"(?<=\p{Lu}[ ]+)(?:Mục[ ]\d{1,3}\.?|Điều[ ]\d{1,3}[a-zđ]?\.)[ ]")
_HEADING_WORD = regex.compile(r"(?:^|(?<=\s))(?:Chương|Mục|Phần(?:\s+thứ)?)\s+\w+\.?(?=\s)")


def _split_trailing_dieu(norm: Normalized, segs: list[Segment]) -> list[Segment]:
    """ "Chương II THỊ TRƯỜNG LIÊN QUAN Điều" / "9. Xác định ...": a crawl wrapped the heading
    word onto the end of the line before; it goes with its number (after a title in capitals
    or a "(được bãi bỏ)" note, never after prose such as "khoản 3 Điều")."""
    if not any(s.text.endswith(" Điều") for s in segs):
        return segs
    out: list[Segment] = []
    skip = False
    for seg, nxt in itertools.zip_longest(segs, segs[1:]):
        if skip:
            skip = False
            continue
        head = seg.text[:-5].rstrip()
        if (
            nxt is not None
            and seg.text.endswith(" Điều")
            and _NUMBERED.match(nxt.text)
            and (_is_caps(_HEADING_WORD.sub("", head)) or head.endswith(")"))
        ):
            out.append(Segment(seg.start, seg.start + len(head), head, seg.blank_before))
            word = seg.end - 4
            out.append(Segment(word, nxt.end, norm.text[word : nxt.end]))
            skip = True
            continue
        out.append(seg)
    return out


# An article printed on one line with its khoản ("Điều 49a. Kiểm soát chất lượng kiểm toán 1.
# Kiểm toán nhà nước ... 2. Kiểm soát ...": a portal's added article).
_INLINE_HEAD = regex.compile(r"^Điều\s\d{1,4}[a-zđ]?\.\s")
# A khoản's number inside a line, with a VBHN's footnote mark after it ("1.[117] Đối với").
_INLINE_NUMBER = regex.compile(r"(?<=\S)\s(\d{1,2})\.(?:\[\d{1,3}\])?\s(?=\p{Lu})")
_REFERENCE_WORDS = frozenset({"khoản", "điểm", "điều", "mục", "chương", "số", "phần", "tiết"})


def _split_inline_khoan(norm: Normalized, segs: list[Segment]) -> list[Segment]:
    """ "Điều 49a. Title 1. Text. 2. Text.": the article's heading and each khoản apart, when
    its numbers run 1, 2, ... in order, each after the end of a sentence (the first after the
    title) and never after a reference word ("khoản 1. "). A line that starts with a khoản
    ("14. Text. 15. Text."; a crawl ran the next ones on) is cut at the numbers that follow its
    own, in order, each after the end of a sentence (not a form's dot leaders)."""
    if not any(
        (s.text.startswith("Điều") and (" 2. " in s.text or " 1.[" in s.text))
        or _next_khoan_inline(s.text)
        for s in segs
    ):
        return segs
    out: list[Segment] = []
    for seg, nxt in itertools.zip_longest(segs, segs[1:]):
        text = seg.text
        following = _next_khoan_inline(text) if not seg.cells else 0
        if following:
            labels = _NUMBERS[following - 1 :]
            cuts = _item_cuts(text, _INLINE_NUMBER.finditer(text, 3), labels, opened=True)
            out.extend(_cut_segment(seg, cuts) if cuts else (seg,))
            continue
        marked = " 1.[" in text  # "... hành chính 1.[117] Đối với ...": a footnote mark
        if (
            (" 1. " not in text and not marked)
            or (" 2. " not in text and not marked)
            or not _INLINE_HEAD.match(text)
        ):
            out.append(seg)
            continue
        cuts = _item_cuts(text, _INLINE_NUMBER.finditer(text), _NUMBERS)
        # One khoản on the heading's line: cut when its number is footnote-marked ("Điều 74.
        # Title 1.[125] Text" / "2. Text") or the next khoản starts the next line.
        lone = len(cuts) == 1 and (marked or (nxt is not None and nxt.text.startswith("2. ")))
        if len(cuts) < 2 and not lone:
            out.append(seg)
            continue
        out.extend(_cut_segment(seg, cuts))
    return out


_NUMBERS = tuple(str(n) for n in range(1, 100))


def _next_khoan_inline(text: str) -> int:
    """For a line that starts with a khoản ("14. Text") and holds the next number's label ("
    15. "), that number; else 0."""
    dot = text.find(". ", 0, 4)
    if dot < 1 or not text[:dot].isdecimal() or not text[dot + 2 : dot + 3].isupper():
        return 0
    following = int(text[:dot]) + 1
    return following if following < 100 and f" {following}. " in text else 0


def _item_cuts(
    text: str, found: Iterable[regex.Match[str]], labels: Sequence[str], *, opened: bool = False
) -> list[int]:
    """Where the items labelled ``labels[0], labels[1], ...`` (group 1 of each match in
    ``found``, leading zeros aside) start in ``text``, taken in order: each after the end of a
    clause but the first (``opened``: the first too, the line starting with the item before
    it), and the first never after a reference word ("khoản 1. ")."""
    cuts: list[int] = []
    for m in found:
        if len(cuts) == len(labels) or m.group(1).lstrip("0") != labels[len(cuts)]:
            continue
        # The text before the label, read back a few characters only (a copy of the whole
        # head at each label took quadratic time on a long line).
        before = text[max(0, m.start() - 12) : m.start()].rstrip()
        if (cuts or opened) and not before.endswith((".", ";", ":")):
            continue
        if opened and before.endswith(("..", "…")):
            continue  # a form's blank: "1. Họ và tên: ........ 2. Giới tính: ..."
        if not cuts and before.rsplit(" ", 1)[-1].casefold() in _REFERENCE_WORDS:
            continue
        cuts.append(m.start(1))
    return cuts


def _cut_segment(seg: Segment, cuts: list[int]) -> Iterator[Segment]:
    """``seg`` cut at ``cuts`` (offsets into its text), each piece right-stripped."""
    for a, b in itertools.pairwise([0, *cuts, len(seg.text)]):
        piece = seg.text[a:b].rstrip()
        start = seg.start + a
        yield Segment(start, start + len(piece), piece, a == 0 and seg.blank_before)


def _split_wrapped_title_khoan(segs: list[Segment]) -> list[Segment]:
    """ "Điều 44. Loại nhà và" / "tiêu chuẩn diện tích nhà ở công vụ 1." / "Nhà ở công vụ ...":
    a crawl put the first khoản's number at the end of the article title's wrapped line; it is
    cut off as a khoản of its own (never after a reference word: "... tại khoản 1.")."""
    if not any(s.text.endswith(" 1.") for s in segs):
        return segs
    out: list[Segment] = []
    for i, seg in enumerate(segs):
        text = seg.text
        nxt = segs[i + 1] if i + 1 < len(segs) else None
        if (
            i > 0
            and text.endswith(" 1.")
            and text[:1].islower()
            and _INLINE_HEAD.match(segs[i - 1].text)
            and not segs[i - 1].text.endswith((".", ":"))  # a title may hold a ";"
            and nxt is not None
            and nxt.text[:1].isupper()
            and text[:-3].rsplit(" ", 1)[-1].casefold() not in _REFERENCE_WORDS
        ):
            head = text[:-3].rstrip()
            out.append(Segment(seg.start, seg.start + len(head), head, seg.blank_before))
            out.append(Segment(seg.end - 2, seg.end, "1."))
            continue
        out.append(seg)
    return out


# A khoản's first điểm printed on the line before ("... gồm các nội dung sau đây: a) Rà soát,
# đối chiếu ..." / "b) ..."; "1." / "Xây dựng bản đồ chất lượng đất a) Tích hợp ..."). The
# letter follows a word, a number or punctuation, and a capital follows it.
_INLINE_POINT = regex.compile(r"(?<=[\p{L}\p{N}:;.,\])])[ ]([a-zđ])\)[ ](?=\p{Lu})")


def _split_inline_diem(segs: list[Segment]) -> list[Segment]:
    """ "... sau đây: a) Text; b) Text." or "... sau đây: a) Text" / "b) Text": the line before
    the points and each point apart, when the letters run a, b, ... in order (each after the
    end of a clause but the first) and the points go on after it: with "b)" inline or on the
    next line. "điểm a) khoản 1" (a reference) is never cut. A line that starts with a point
    ("b) Text; c) Text; d) Text;") is cut at the points that follow its own, in order, each
    after the end of a clause."""
    if not any(" a) " in s.text or _next_point_inline(s.text) for s in segs):
        return segs
    out: list[Segment] = []
    for seg, nxt in itertools.zip_longest(segs, segs[1:]):
        text = seg.text
        if seg.cells:  # a table row keeps its cells
            out.append(seg)
            continue
        following = _next_point_inline(text)
        if following:
            found = _INLINE_POINT.finditer(text, 2)
            cuts = _item_cuts(text, found, following, opened=True)
            out.extend(_cut_segment(seg, cuts) if cuts else (seg,))
            continue
        if " a) " not in text:
            out.append(seg)
            continue
        cuts = _item_cuts(text, _INLINE_POINT.finditer(text), _POINT_LETTERS)
        goes_on = len(cuts) >= 2 or (
            len(cuts) == 1 and nxt is not None and nxt.text.startswith(("b) ", "b. "))
        )
        if not goes_on:
            out.append(seg)
            continue
        out.extend(_cut_segment(seg, cuts))
    return out


_POINT_LETTERS = "abcdđeghiklmnopqrstuvxy"


def _next_point_inline(text: str) -> str:
    """For a line that starts with a point ("b) ...") and holds the next letter's label
    (" c) "), the letters after its own; else ""."""
    if text[1:3] != ") " or not text[3:4].isupper():
        return ""
    k = _POINT_LETTERS.find(text[0])
    following = _POINT_LETTERS[k + 1 :] if k >= 0 else ""
    return following if following and f" {following[0]}) " in text else ""


def _is_pipe_line(piece: str) -> bool:
    """A stripped line that is a pipe-table row (or its separator row)."""
    return "|" in piece and (piece[0] == "|" or piece[-1] == "|" or " | " in piece)


def _pipe_cells(piece: str) -> tuple[int, int]:
    """The cells of a stripped pipe row between its outer pipes, and how many are filled."""
    cells = piece.split("|")
    filled = sum(1 for cell in cells if cell.strip())
    return len(cells) - (piece[0] == "|") - (piece[-1] == "|"), filled


def _pipe_table(text: str, start: int) -> tuple[int, frozenset[int]]:
    """The end of the pipe table whose first line starts at ``start`` (its adjacent pipe
    lines), and the cell counts of its rows with three or more filled cells."""
    wide: set[int] = set()
    end = start
    while end <= len(text):
        stop = text.find("\n", end)
        stop = len(text) if stop < 0 else stop
        piece = text[end:stop].strip()
        if not piece or not _is_pipe_line(piece):
            break
        if not P.SEPARATOR.match(piece):
            cells, filled = _pipe_cells(piece)
            if filled >= 3:
                wide.add(cells)
        end = stop + 1
    return end - 1, frozenset(wide)


def _table_line(
    norm: Normalized, start: int, end: int, blank: bool, wide: frozenset[int] = frozenset()
) -> Iterator[Segment]:
    """A pipe-table line: a row of 3+ filled cells stays one segment, and so does a row with
    empty cells as wide as a row of its table that has (``wide``: their cell counts); others
    are read cell by cell."""
    text = norm.text
    cells: list[tuple[int, int]] = []
    cur = start
    for i in range(start, end + 1):
        if i == end or text[i] == "|":
            a, b = _strip(text, cur, i)
            cells.append((a, b))
            cur = i + 1
    filled = [(a, b) for a, b in cells if a < b]
    if not filled or P.SEPARATOR.match(text[start:end]):
        return
    inner = len(cells) - (text[start] == "|") - (text[end - 1] == "|")
    # A content row, also one with empty cells in a table of 3+ columns ("| 2. | Hỗ trợ |  |"
    # under "| 1. | Thù lao | 200.000 đồng |"); a header row with an empty spacer cell
    # ("| UBND | | CỘNG HÒA ... |") in a table of such rows is still read cell by cell.
    if len(filled) >= 3 or (inner >= 4 and len(filled) >= 2) or (inner >= 3 and inner in wide):
        yield Segment(start, end, text[start:end], blank, tuple(text[a:b] for a, b in cells[1:-1]))
        return
    for a, b in filled:
        for seg in _pieces(norm, a, b, blank):
            yield seg
            blank = False


# --- classification ----------------------------------------------------------------------

Groups = dict[str, str]
Rule = Callable[[str], "Groups | None"]


def _match(pattern: regex.Pattern[str]) -> Rule:
    def rule(text: str) -> Groups | None:
        m = pattern.match(text)
        if m is None:
            return None
        groups: dict[str, str | None] = m.groupdict()
        if None not in groups.values():
            return cast(Groups, groups)  # every group took part
        return {k: v for k, v in groups.items() if v is not None}

    _ANCHORED[rule] = pattern
    return rule


# The pattern a rule's line must match (for its first character: see _FIRST_CHAR).
_ANCHORED: dict[Rule, regex.Pattern[str]] = {}


def _search(
    pattern: regex.Pattern[str], needles: tuple[str, ...], *, max_extra: int = 6, caps: bool = False
) -> Rule:
    """The pattern found with at most ``max_extra`` other characters on the line.

    ``needles`` are substrings one of which every match contains: a cheap test first.
    """

    def rule(text: str) -> Groups | None:
        if len(text) > 130:  # longer than any quốc hiệu, tiêu ngữ or địa danh-ngày line
            return None
        for n in needles:
            if n in text:
                break
        else:
            return None
        m = pattern.search(text)
        if m is None or len(text) - (m.end() - m.start()) > max_extra:
            return None
        if caps and not m.group(0).isupper():
            return None
        return {k: v for k, v in m.groupdict().items() if v is not None}

    return rule


def _is_caps(text: str) -> bool:
    return text.upper() == text and any(c.isalpha() for c in text)


_TYPE_NAMES = tuple(sorted((t.name.upper() for t in DOC_TYPES), key=len, reverse=True))
_TYPE_PREFIX = regex.compile("(?:" + "|".join(map(regex.escape, _TYPE_NAMES)) + ")[ ]")
_MIXED_WORD = regex.compile(r"(?<=[ ])[^\s]*\p{Ll}")


def _ten_loai(text: str) -> Groups | None:
    """A tên loại line in capitals: "NGHỊ QUYẾT", "LUẬT ĐẤU THẦU", "QUYẾT ĐỊNH V/V ..."."""
    if not _is_caps(text) or text.endswith(":"):
        return None
    text = _FOOTNOTE_MARK.sub("", text)  # "THÔNG TƯ1": a footnote number glued by a PDF layer
    for name in _TYPE_NAMES:
        if text.startswith(name) and (len(text) == len(name) or text[len(name)] == " "):
            rest = text[len(name) :].strip()
            vv = P.VV.match(rest)
            if vv:
                rest = vv.group("title")
            return {"doc_type": name, "title": rest} if rest else {"doc_type": name}
    return None


_noise_match = _match(P.NOISE)
_so_ky_hieu_match = _match(P.SO_KY_HIEU)


def _so_ky_hieu(text: str) -> Groups | None:
    return _so_ky_hieu_match(text) if _holds_so(text) else None


def _noise(text: str) -> Groups | None:
    # From a digit, P.NOISE matches only a page number: 1-4 digits (and a final "\n").
    if len(text) > 5 and text[:1].isdigit():
        return None
    return _noise_match(text)


def _formula(text: str) -> Groups | None:
    if P.FORMULA_CAPS.match(text):
        return {"formula": text}
    return None


def _sign_authority(text: str) -> Groups | None:
    m = P.SIGN_AUTHORITY.match(text)
    return {"prefix": m.group("prefix"), "body": m.group("body").strip()} if m else None


def _caps(text: str) -> Groups | None:
    return {} if _is_caps(text) else None


def _phu_luc(text: str) -> Groups | None:
    m = P.PHU_LUC.match(text)
    if m is None:
        return None
    # "PHỤ LỤC ..." in capitals, or a short "Phụ lục I" heading; not prose that starts a line
    # with "Phụ lục III ban hành kèm theo Nghị định này ...".
    if len(text) > 300:
        return None
    if not text[:7].isupper():
        rest = (m.group("title") or "").strip(" .:")
        if not m.group("number") or (rest and not _is_caps(rest)) or text.endswith("."):
            return None
        return {**{k: v for k, v in m.groupdict().items() if v}, "weak": "1"}
    return {k: v for k, v in m.groupdict().items() if v}


def _dieu(text: str) -> Groups | None:
    m = P.DIEU.match(text)
    if m:
        return {"number": m.group("number"), "title": m.group("title").strip()}
    m = P.DIEU_BARE.match(text)
    if m:
        return {"number": m.group("number"), "title": m.group("title").strip(), "weak": "1"}
    return None


def _paragraph(text: str) -> Groups:
    m = P.VV.match(text) if _dispatch(text[:1])[3] else None
    return {"vv": m.group("title")} if m else {}


_formula_sentence = _match(P.FORMULA_SENTENCE)
_TYPE_START = regex.compile("|".join(map(regex.escape, _TYPE_NAMES)))
_ANCHORED.update(
    {
        _noise: P.NOISE,
        _so_ky_hieu: P.SO_KY_HIEU,
        _ten_loai: _TYPE_START,
        _formula: P.FORMULA_CAPS,
        _sign_authority: P.SIGN_AUTHORITY,
        _phu_luc: P.PHU_LUC,
        _dieu: P.DIEU,  # P.DIEU_BARE's lines are a part of P.DIEU's
    }
)
# What the first character of a match of each anchored pattern matches, compiled with the
# pattern's flags (the same case folding). tests/test_lexer.py checks that classify() gives
# what trying every rule gives.
_FIRST_CHAR = {
    pattern: regex.compile(first, pattern.flags)
    for pattern, first in (
        (P.SEPARATOR, r"[\s\-_=*~+:|.–—]"),
        (P.NOISE, r"C|\d|<|K|N|T|V|\(|E|!|\[|S"),
        (P.SO_KY_HIEU, r"[BLlPNS]"),
        (P.NOI_NHAN, r"N"),
        (P.SIGN_AUTHORITY, r"[TKQ]"),
        (P.CAN_CU, r"C"),
        (P.FORMULA_CAPS, r"[QNCB]"),
        (P.PHU_LUC, r"P"),
        (P.PHAN, r"P"),
        (P.CHUONG, r"C"),
        (P.MUC, r"M"),
        (P.TIEU_MUC, r"T"),
        (P.DIEU, r"Đ"),
        (P.SESSION, r"K"),
        (P.CONSIDERATION, r"[XTSĐ]"),
        (P.FORMULA_SENTENCE, r"[^.;:,\d]"),
        (P.KHOAN, r"\d"),
        (P.DIEM, r"[a-zđ]"),
        (P.TIET, r"[a-zđ\d\-+•–]"),
        (P.VV, r"V"),
        (_TYPE_START, "[" + "".join(sorted({n[0] for n in _TYPE_NAMES})) + "]"),
    )
}

# Ordered: the first rule that matches gives the kind.
LINE_RULES: tuple[tuple[TokenKind, Rule], ...] = (
    (TokenKind.SEPARATOR, _match(P.SEPARATOR)),
    (TokenKind.NOISE, _noise),
    (TokenKind.QUOC_HIEU, _search(P.QUOC_HIEU, ("NAM",), caps=True)),
    (TokenKind.TIEU_NGU, _search(P.TIEU_NGU, ("húc", "HÚC"))),
    (TokenKind.SO_KY_HIEU, _so_ky_hieu),
    (TokenKind.DIA_DANH_NGAY, _search(P.DIA_DANH_NGAY, ("gày", "GÀY"), max_extra=3)),
    (TokenKind.NOI_NHAN, _match(P.NOI_NHAN)),
    (TokenKind.SIGN_AUTHORITY, _sign_authority),
    (TokenKind.CAN_CU, _match(P.CAN_CU)),
    (TokenKind.FORMULA, _formula),
    (TokenKind.PHU_LUC, _phu_luc),
    (TokenKind.PHAN, _match(P.PHAN)),
    (TokenKind.CHUONG, _match(P.CHUONG)),
    (TokenKind.MUC, _match(P.MUC)),
    (TokenKind.TIEU_MUC, _match(P.TIEU_MUC)),
    (TokenKind.DIEU, _dieu),
    (TokenKind.SESSION, _match(P.SESSION)),
    (TokenKind.TEN_LOAI, _ten_loai),
    (TokenKind.CONSIDERATION, _match(P.CONSIDERATION)),
    (TokenKind.FORMULA, _formula_sentence),
    (TokenKind.KHOAN, _match(P.KHOAN)),
    (TokenKind.DIEM, _match(P.DIEM)),
    (TokenKind.TIET, _match(P.TIET)),
    (TokenKind.CAPS, _caps),
    (TokenKind.PARAGRAPH, _paragraph),
)


# Substrings the searched rules (quốc hiệu, tiêu ngữ, địa danh-ngày) need.
_SEARCH_NEEDLES = ("NAM", "húc", "HÚC", "gày", "GÀY")

# The starts that some line rule other than the paragraph one is anchored on (regex pieces,
# each starting with a literal letter: the first-character gate is built from them).
_STRUCTURE_STARTS = (
    r"Số", r"Luật", r"Bộ\s+luật", r"Pháp\s+lệnh", r"Nghị\s+quyết", r"Lệnh", r"Nơi\s+nhận", r"TM",
    r"KT", r"TL", r"TUQ", r"Q\b", r"T/M", r"K/T", r"T/L", r"Căn\s+cứ", r"Phụ\s+lục", r"Phần",
    r"Chương", r"Mục", r"Tiểu\s+mục", r"Điều", r"Khóa", r"Khoá", r"Xét", r"Theo", r"Sau\s+khi",
    r"Thực\s+hiện", r"Trên\s+cơ\s+sở", r"Thừa", r"Tiếp\s+theo", r"Để", r"V/v", r"CÔNG\s+BÁO",
    r"Ký", r"Cơ\s+quan", r"Ngày\s+ký", r"Thời\s+gian", r"VĂN\s+BẢN", r"Trang", r"Source",
    r"Signature", r"Người\s+ký", r"Email",
)
_MAY_BE_STRUCTURE = regex.compile(
    "(?:" + "|".join(_STRUCTURE_STARTS) + r"|[^\p{L}])", regex.IGNORECASE
)
_FIRST_CHAR[_MAY_BE_STRUCTURE] = regex.compile(
    "[" + "".join(sorted({w[0] for w in _STRUCTURE_STARTS})) + r"]|[^\p{L}]",
    _MAY_BE_STRUCTURE.flags,
)

# Lines that start with a digit or a lower-case letter can only be of these kinds.
_DIGIT_RULES = tuple(
    r
    for r in LINE_RULES
    if r[0]
    in (TokenKind.NOISE, TokenKind.KHOAN, TokenKind.TIET, TokenKind.CAPS, TokenKind.PARAGRAPH)
)
_LOWER_RULES = tuple(
    r for r in LINE_RULES if r[0] in (TokenKind.DIEM, TokenKind.TIET, TokenKind.PARAGRAPH)
)
# A bullet ("- ", "+ ", "• ") cannot start what the other rules are anchored on: a word
# ("Căn cứ", "Điều", "TM.", a tên loại ...), a digit or "(", "<", "[" (furniture).
_BULLETS = frozenset("-+•–")
_BULLET_RULES = tuple(
    r
    for r in LINE_RULES
    if r[1] is _formula_sentence
    or r[0]
    in (
        TokenKind.SEPARATOR,
        TokenKind.QUOC_HIEU,
        TokenKind.TIEU_NGU,
        TokenKind.DIA_DANH_NGAY,
        TokenKind.TIET,
        TokenKind.CAPS,
        TokenKind.PARAGRAPH,
    )
)


_DIGIT, _LOWER, _BULLET, _OTHER = range(4)
Rules = tuple[tuple[TokenKind, Rule], ...]


@functools.lru_cache(maxsize=4096)
def _dispatch(first: str) -> tuple[int, Rules, bool, bool]:
    """What a line starting with the character ``first`` can be: its branch of
    :func:`classify`, the rules of that branch that can match it (the others' patterns
    cannot match from ``first``), whether _MAY_BE_STRUCTURE and P.VV can match it."""

    def can(pattern: regex.Pattern[str] | None) -> bool:
        return pattern is None or not first or _FIRST_CHAR[pattern].match(first) is not None

    if first.isdigit():
        mode, rules = _DIGIT, _DIGIT_RULES
    elif first.islower():
        mode, rules = _LOWER, _LOWER_RULES
    elif first in _BULLETS:
        mode, rules = _BULLET, _BULLET_RULES
    else:
        mode, rules = _OTHER, LINE_RULES
    rules = tuple(r for r in rules if can(_ANCHORED.get(r[1])))
    return mode, rules, can(_MAY_BE_STRUCTURE), can(P.VV)


def classify(text: str) -> tuple[TokenKind, Groups]:
    """The kind of one stripped, normalized line and the named parts of its match.

    >>> classify("Điều 3. Trách nhiệm thi hành")
    (<TokenKind.DIEU: 'dieu'>, {'number': '3', 'title': 'Trách nhiệm thi hành'})
    """
    mode, rules, structure, _ = _dispatch(text[:1])
    if mode == _LOWER:
        head = text[:6]
        if ")" not in head and "." not in head:
            # Prose: a điểm or tiết label ("a)", "đ1)", "a.1)", "iv)") ends by then.
            return _PARAGRAPH, _paragraph(text)
    elif (
        mode == _OTHER
        and not (structure and _MAY_BE_STRUCTURE.match(text))
        and text.find("ban hành", 0, 300) == -1
        and not text.endswith(("điện:", "điện :"))
        and text.upper() != text
        and (len(text) > 130 or not any(n in text for n in _SEARCH_NEEDLES))
    ):
        # Prose: every other rule is anchored on a known start, needs capitals, "ban hành"
        # or "... điện:" (the formula) or a short line holding a quốc hiệu, tiêu ngữ or date
        # needle.
        return _PARAGRAPH, {}
    for kind, rule in rules:
        groups = rule(text)
        if groups is not None:
            return kind, groups
    return _PARAGRAPH, {}  # pragma: no cover - the last rule always matches


# Kinds that can sit between nơi nhận entries when a converter interleaves the footer's two
# columns ("- Chính phủ;" / "KT. THỦ TƯỚNG" / "- Văn phòng Quốc hội;" / "PHÓ THỦ TƯỚNG").
_FOOTER_COLUMN = frozenset(
    {
        TokenKind.RECIPIENT,
        TokenKind.PARAGRAPH,
        TokenKind.SEPARATOR,
        TokenKind.SIGN_AUTHORITY,
        TokenKind.CAPS,
        TokenKind.NOISE,
    }
)

# --- joining wrapped lines -----------------------------------------------------------------

# Kinds whose text can run on over the next physical line.
_OPEN = frozenset(
    {
        TokenKind.PARAGRAPH,
        TokenKind.CAN_CU,
        TokenKind.CONSIDERATION,
        TokenKind.DIEU,
        TokenKind.KHOAN,
        TokenKind.DIEM,
        TokenKind.TIET,
        TokenKind.RECIPIENT,
        TokenKind.FORMULA,
        TokenKind.CHUONG,
        TokenKind.MUC,
        TokenKind.PHAN,
        TokenKind.TIEU_MUC,
    }
)
_HEADINGS = frozenset({TokenKind.CHUONG, TokenKind.MUC, TokenKind.PHAN, TokenKind.TIEU_MUC})
_ENDS_SENTENCE = (".", ";", ":", "!", "?", "./.", "”", '"', ")")
_STARTS_LOWER = regex.compile(rf"^[{P.LOWER}0-9(“\"]")
_HYPHEN_END = regex.compile(r"\w-$")
_REFERS_ON = regex.compile(
    r"(?:\b(?:khoản|điểm)\s+\w{1,4}|\b(?:tại|của|theo|và|hoặc|với|về|bởi))$"
)
_PROSE = frozenset({TokenKind.PARAGRAPH, TokenKind.KHOAN, TokenKind.DIEM, TokenKind.TIET})
# Members used on every line, as constants: on Python 3.11 ``TokenKind.X`` is a slow lookup
# (the enum metaclass has a __getattr__).
_PARAGRAPH, _CAPS, _DIEU = TokenKind.PARAGRAPH, TokenKind.CAPS, TokenKind.DIEU
_KHOAN, _PHU_LUC = TokenKind.KHOAN, TokenKind.PHU_LUC
_LABELS = frozenset({TokenKind.KHOAN, TokenKind.DIEM})  # kinds whose label can stand alone
_LABEL_TEXT = frozenset({TokenKind.PARAGRAPH, TokenKind.CAN_CU, TokenKind.CONSIDERATION})
_NOISE, _TIET, _RECIPIENT, _NOI_NHAN = (
    TokenKind.NOISE, TokenKind.TIET, TokenKind.RECIPIENT, TokenKind.NOI_NHAN
)
_MAY_BE_WEAK = frozenset({TokenKind.DIEU, TokenKind.PHU_LUC})
_PART_HEADINGS = frozenset({TokenKind.CHUONG, TokenKind.MUC})
_REFERRED = frozenset({TokenKind.DIEU, *_PART_HEADINGS, TokenKind.PHAN})
# What goes on after "Chương II" / "Mục 2" in a wrapped reference: lower case ("như sau:", "của
# Luật này"), or a tên loại and "này": "Nghị định này", "Thông tư liên tịch này" (never a
# heading's title).
_THIS_TYPE = "|".join(  # every tên loại, longest first: "Thông tư liên tịch" before "Thông tư"
    r"\s+".join(map(regex.escape, name.split()))
    for name in sorted((t.name for t in DOC_TYPES), key=len, reverse=True)
)
_REFERENCE_TAIL = regex.compile(rf"\p{{Ll}}|(?:{_THIS_TYPE})\s+này\b")
_RUNS_ON = frozenset({TokenKind.PARAGRAPH, TokenKind.CAPS})  # kinds a line can continue as
_STARTS_LOWER_LETTER = regex.compile(r"^\p{Ll}")
_STARTS_UPPER_LETTER = regex.compile(r"^\p{Lu}")  # what every P.NAME match starts with


@functools.lru_cache(maxsize=4096)
def _starts(first: str) -> tuple[bool, bool, bool]:
    """Whether _STARTS_LOWER_LETTER, _STARTS_LOWER and _STARTS_UPPER_LETTER match a text
    starting with the character ``first`` (each looks at that character only)."""
    return (
        _STARTS_LOWER_LETTER.match(first) is not None,
        _STARTS_LOWER.match(first) is not None,
        _STARTS_UPPER_LETTER.match(first) is not None,
    )


@dataclass(slots=True)
class _Open:
    kind: TokenKind
    groups: Groups
    start: int
    end: int
    parts: list[str]


def _continues(prev: _Open, seg: Segment, kind: TokenKind, groups: Groups) -> bool:
    if prev.kind not in _OPEN:
        return False
    last = prev.parts[-1]
    if (
        kind in _LABEL_TEXT
        and prev.kind in _LABELS
        and len(prev.parts) == 1
        and not prev.groups.get("text")
        and _starts(seg.text[:1])[2]
    ):
        # "5." / "Xây dựng báo cáo ...": a khoản's (or điểm's) label alone on its line; its
        # text is the next prose line that starts with a capital ("Căn cứ ...", "Thực hiện
        # ..." too: after a label they are prose), as if printed on one line.
        return True
    hyphen = last[-1:] == "-" and bool(_HYPHEN_END.search(last))  # segments hold no "\n"
    lower = kind is _PARAGRAPH and _starts(seg.text[:1])[0]
    # A hard wrap after ";" or "," still continues when the next line starts in lower case.
    wrapped = lower and last.endswith((";", ",")) and not seg.blank_before
    if last.endswith(_ENDS_SENTENCE) and not hyphen and not wrapped:
        return False
    if not lower and len(prev.parts) == 1 and _starts(last[:1])[2] and P.NAME.match(last):
        return False  # a signer's name line: what follows is not its continuation
    weak_dieu = kind in _MAY_BE_WEAK and "weak" in groups
    if (
        kind in _PART_HEADINGS
        and prev.kind in _PROSE
        and _REFERENCE_TAIL.match(groups.get("title", ""))
    ):
        # "... vào trước Điều 14 trong Mục 2" / "Chương II như sau:": a wrapped reference, even
        # after a blank line a crawl put in ("quy định tại Mục 1" / "" / "Chương XI của Bộ luật
        # này."; "... tối đa quy định tại" / "" / "Chương II Nghị định này.").
        return True
    if kind in _REFERRED and prev.kind in _PROSE and _REFERS_ON.search(last):
        # "... theo quy định tại khoản 3" / "Điều 19.", "... quy định tại" / "Chương II Nghị
        # định này.": a wrapped reference; not an inserted article with its title, which a
        # portal may print inside the sentence it cuts ("... quy định tại" / "Điều 49a. Kiểm
        # soát chất lượng kiểm toán 1. ...").
        number = groups.get("number", "")
        inserted = (
            kind is _DIEU and number[-1:].isalpha() and _starts(groups.get("title", "")[:1])[2]
        )
        weak_dieu = weak_dieu or not inserted
    if kind is _KHOAN and not groups.get("text") and prev.kind in _PROSE and last[-4:] == "Điều":
        weak_dieu = True  # "... tại khoản 1, khoản 2 Điều" / "19.": the article's number
    if kind not in _RUNS_ON and not weak_dieu:
        return False
    if prev.kind is _DIEU or "vv" in prev.groups:
        # A title ("Điều 1. Phạm vi", "V/v ...") runs on only into a lower-case line.
        return lower or hyphen
    if prev.kind in _HEADINGS:
        # "Chương I" / "QUY ĐỊNH CHUNG": the title line is the builder's; only join prose.
        return kind is _PARAGRAPH and _starts(seg.text[:1])[1]
    if kind is _CAPS:
        # A line in capitals starts something new (a title, an authority, a signer's title);
        # the header builder, not the lexer, puts capital lines together. But a nơi nhận entry
        # goes on into an abbreviation that ends with its comma ("- Tỉnh ủy, HĐND, UBND, Đoàn"
        # / "ĐBQH,"): a signer's title never does.
        return hyphen or (prev.kind is _RECIPIENT and seg.text.endswith((",", ";")))
    if seg.blank_before:
        return hyphen or lower
    return True


def _fold(text: str) -> str:
    """``fold_spaces(text)``, without splitting text that has nothing to fold: a printable
    text holds no white space but " " (every other one is a control or a separator)."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return fold_spaces(text)


def _join(parts: list[str]) -> str:
    """The parts of a token, one space apart, none after a word's hyphen ("Bà Rịa-" / "Vũng
    Tàu"). Built as a list and checked on its last two characters: a string grown part by part
    and searched whole took quadratic time on a token of many lines."""
    out = [parts[0]]
    tail = parts[0][-2:]
    for part in parts[1:]:
        if tail[-1:] == "-" and _HYPHEN_END.search(tail) and part[:1].isalnum():
            out.append(part)
            tail = (tail + part)[-2:]
        else:
            out.append(" " + part)
            tail = (tail + " " + part)[-2:]
    return _fold("".join(out))


_NO_GROUPS = frozenset({"kind", "text", "span"})  # the fields a token without groups sets


_YEAR_LINE = regex.compile(r"[ \t]*(?:19|20)\d\d[ \t]*")
_ENDS_NAM = regex.compile(r"(?<!\p{L})(?i:năm)[ \t]*$")


def _wrapped_year(last: str, line: str) -> bool:
    """Whether ``line``, a bare number, is the year of a date wrapped after "năm"."""
    return bool(_YEAR_LINE.fullmatch(line)) and bool(_ENDS_NAM.search(last))


def _ends_cell(last: str) -> bool:
    """Whether ``last`` ends with a word that is not prose ("... Vụ Pháp chế Năm": a flattened
    table's last cell): a "Phụ lục II" after the page break that follows is a heading, not a
    wrapped reference ("... quy định tại" / "Phụ lục II")."""
    word = last[last.rfind(" ") + 1 :]
    return word[-1:].isalnum() and not word.islower()


def tokenize(norm: Normalized) -> list[Token]:
    """The token stream of a normalized text (see :func:`nghiquyet.tokenize`)."""
    tokens: list[Token] = []
    current: _Open | None = None
    in_recipients = False
    furniture = False  # the last line was furniture (a page number, a gazette header)

    def flush() -> None:
        nonlocal current
        if current is None:
            return
        parts = current.parts
        text = _fold(parts[0]) if len(parts) == 1 else _join(parts)
        kind, groups = current.kind, current.groups
        # A label alone on its line that took the next line as its text (see _continues): the
        # builder still reads it as a flattened table's row number where a bare one would be.
        lone = kind in _LABELS and not groups.get("text") and parts[0][-1:] != "-"
        if len(parts) > 1:
            if kind is _RECIPIENT:
                m = P.RECIPIENT.match(text)
                groups = {"text": m.group("text")} if m else groups
            else:
                # The whole logical line may show what its first piece could not
                # ("Bộ trưởng ... ban hành" / "Thông tư ...": the formula).
                kind2, groups2 = classify(text)
                if kind2 is kind or kind is _PARAGRAPH:
                    kind, groups = kind2, groups2
                if lone and kind in _LABELS:
                    groups = {**groups, "lone": "1"}
        span = norm.span(current.start, current.end)
        tokens.append(trusted(Token, {"kind": kind, "text": text, "span": span, "groups": groups}))
        current = None

    for seg in segments(norm):
        if seg.cells:
            flush()
            tokens.append(
                Token(
                    kind=TokenKind.TABLE_ROW,
                    text=fold_spaces(seg.text),
                    span=norm.span(seg.start, seg.end),
                    groups={str(i): fold_spaces(c) for i, c in enumerate(seg.cells)},
                )
            )
            continue
        kind, groups = classify(seg.text)
        if (
            kind is _NOISE
            and current is not None
            and not furniture
            and _wrapped_year(current.parts[-1], seg.text)
        ):
            current.parts.append(seg.text)  # "... đến năm" / "2030": a year, not a page number
            current.end = seg.end
            continue
        paged, furniture = furniture, kind is _NOISE
        if kind is _NOISE:
            span = norm.span(seg.start, seg.end)
            fields = {"kind": kind, "text": _fold(seg.text), "span": span, "groups": {}}
            tokens.append(trusted(Token, fields, _NO_GROUPS))
            continue
        if in_recipients and kind is _TIET and seg.text[:1] in "-–•+*":
            m = P.RECIPIENT.match(seg.text)
            kind, groups = _RECIPIENT, ({"text": m.group("text")} if m else {})
        elif in_recipients and seg.text[:2] == "~ " and seg.text[2:].strip():
            kind, groups = _RECIPIENT, {"text": seg.text[2:].strip()}  # OCR's reading of "-"
        if (
            current is not None
            and _continues(current, seg, kind, groups)
            and not (paged and kind is _PHU_LUC and _ends_cell(current.parts[-1]))
        ):
            current.parts.append(seg.text)
            current.end = seg.end
            continue
        flush()
        if kind is _NOI_NHAN:
            in_recipients = True
        elif kind not in _FOOTER_COLUMN:
            in_recipients = False
        current = _Open(kind, groups, seg.start, seg.end, [seg.text])
    flush()
    return tokens


__all__ = ["LINE_RULES", "Segment", "classify", "segments", "tokenize"]
