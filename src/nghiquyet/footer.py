"""The end of a document (builder stage): nơi nhận, signature block, closing sentence."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence

import regex

from nghiquyet import patterns as P
from nghiquyet.header import is_caps, make_date
from nghiquyet.models import Closing, Recipient, Signatory, Span, Token, TokenKind
from nghiquyet.syllables import rejoin, rejoin_name
from nghiquyet.vocab.titles import SIGNER_TITLES

_TITLES = frozenset(SIGNER_TITLES)
# Entries of a nơi nhận printed on one line: "- Như Điều 3; - Lưu: VT".
_INLINE_ENTRY = regex.compile(r"(?:^|(?<=[;.)]))\s*[-–•+]\s+")
# Entries run on one line without dashes, the last one the archive's: "Như trên; Lưu: VT."
_UNDASHED_ENTRY = regex.compile(r"(?<=;)\s+(?=\S)")
_ARCHIVE_ENTRY = regex.compile(r";\s+Lưu\b", regex.IGNORECASE)


def _inline_entries(rest: str) -> list[str]:
    """The entries printed on the "Nơi nhận:" line itself: dashed ("- Như trên; - Lưu: VT."),
    or, without dashes, apart by ";" when they end with the "Lưu" entry."""
    entries: list[str] = _INLINE_ENTRY.split(rest)
    if len(entries) == 1 and _ARCHIVE_ENTRY.search(rest):
        undashed: list[str] = _UNDASHED_ENTRY.split(rest)
        return undashed
    return entries


# The certification line of a consolidated text (VBHN), printed above the signer.
_CERTIFY = regex.compile(r"^XÁC\s+THỰC\s+VĂN\s+BẢN\s+HỢP\s+NHẤT$")
# A military or academic rank before a signer's name: "Đại tướng Lương Tam Quang".
_RANK = regex.compile(rf"^{P.RANK}\s+")
_SKIP = frozenset({TokenKind.SEPARATOR, TokenKind.NOISE})
# Kinds starts_footer() asks on every body line, as constants: on Python 3.11 ``TokenKind.X``
# is a slow lookup (the enum metaclass has a __getattr__).
_NOI_NHAN, _SIGN_AUTHORITY = TokenKind.NOI_NHAN, TokenKind.SIGN_AUTHORITY
_CAPS, _PARAGRAPH = TokenKind.CAPS, TokenKind.PARAGRAPH
# What a PDF text layer or a converter leaves of the signature image around the title and name
# lines: "PHÓ THỦ TƯỚNGy]", "y]Phạm Thị Thanh Trà", a lone "[", "![Seal/Signature]".
_IMAGE_HEAD = regex.compile(r"^(?:!\[[^\]]*\](?:\([^)]*\))?|[a-z]{0,2}\]|\[)\s*")
_IMAGE_TAIL = regex.compile(r"\s*(?:[a-z]{0,2}\]|\[)$")
# "Nguyễn Văn An (Đã ký)": portals print the signer's name with the mark of the signature.
_SIGNED = regex.compile(r"\s*(?:[(\[]\s*(?:Đã|đã|ĐÃ)\s+(?:ký|KÝ)\s*[)\]]|Đã\s+ký)\.?$")
# A note of how the document is signed, between the title and the name: "(ký, đóng dấu)",
# "(Ký, ghi rõ họ tên, đóng dấu)", "[đã ký]" (scans converted to markdown).
_SIGN_NOTE = regex.compile(
    r"[(\[]\s*(?:đã\s+)?(?:ký|chữ\s+ký)\b[^()\[\]\n]{0,60}[)\]]\.?", regex.IGNORECASE
)
# A name run into the next text by a PDF layer: "Cao Anh Tuấn năm 2025 của Chính phủ ...".
_NAME_HEAD = regex.compile(
    rf"^([{P.UPPER}][{P.LOWER}]{{0,12}}(?:\s+[{P.UPPER}][{P.LOWER}]{{0,12}}){{2,4}})\s+[{P.LOWER}]"
)


# A signature run onto the end of the nơi nhận by a portal crawl: "- Lưu: VT, TXNK (30b) KT. TỔNG
# CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Nguyễn Dương Thái QUY TRÌNH ...", "TCHQ.(195) KT. BỘ TRƯỞNG ...".
_GLUED_SIGN = regex.compile(
    rf"(?:^|\s)(?P<authority>(?:TM|KT|TL|TUQ)\.\s?[{P.UPPER}][{P.UPPER}\s,\-]+?)\s+"
    rf"(?P<name>[{P.UPPER}][{P.LOWER}]+(?:\s[{P.UPPER}][{P.LOWER}]+){{1,4}})"
    rf"(?=\s*$|\s+\(|\s+[{P.UPPER}]{{2}})"
)


def glued_signature(text: str) -> regex.Match[str] | None:
    """The signature run onto the end of a nơi nhận line, when its capitals end with a title."""
    if "." not in text:
        return None
    m = _GLUED_SIGN.search(text)
    if m is None:
        return None
    body = m.group("authority").split(".", 1)[1].strip()
    return m if any(body == t or body.endswith(" " + t) for t in _TITLES) else None


def clean_line(text: str) -> str:
    """A footer line without the remains of the signature image and the "(Đã ký)" mark, its
    syllables split by a crawl joined back ("CHỦ TỊ CH Đặ ng Văn Minh")."""
    # The footer's tests ask for the same few lines again and again (a title line, then the
    # name lines under it; each line and its cleaned form): each short one is cleaned once.
    return _clean_short(text) if len(text) <= _SHORT else _clean(text)


_SHORT = 200  # longer lines are neither titles nor names, and are asked for once or twice


def _clean(text: str) -> str:
    if _drops_only_spaces(text):
        return rejoin(text.strip())  # the common case, kept cheap: asked for every line
    text = rejoin(_IMAGE_TAIL.sub("", _IMAGE_HEAD.sub("", text.strip())))
    return _SIGNED.sub("", text) if _SIGNED.search(text) and len(text) < 80 else text


_clean_short = functools.lru_cache(maxsize=64)(_clean)


def _drops_only_spaces(text: str) -> bool:
    """Whether clean_line() can only drop spaces from ``text`` (no image remains, no mark):
    then it keeps every letter, and its case."""
    return "[" not in text and "]" not in text and "ký" not in text and "KÝ" not in text


def is_signer_title(text: str) -> bool:
    """ "CHỦ TỊCH", "PHÓ THỦ TƯỚNG", "CHỦ TỊCH QUỐC HỘI" — a signatory's title line."""
    if len(text) > 120 or (text.upper() != text and _drops_only_spaces(text)):
        return False  # (a lower-case letter that cleaning keeps: not in capitals)
    t = clean_line(text).strip(" .,:")
    if not is_caps(t):
        return False
    if t in _TITLES or (any(t.startswith(x + " ") for x in _TITLES) and len(t) < 80):
        return True
    # "BỘ TRƯỞNG, CHỦ NHIỆM" (of the Government Office): two titles one person holds.
    return "," in t and len(t) < 80 and all(part.strip() in _TITLES for part in t.split(","))


def name_text(text: str) -> str | None:
    """The name a name line prints ("Phạm Văn Hiếu", "Đại tướng Lương Tam Quang"; a crawl's
    "Ngu y ễn Hữu Tín" as "Nguyễn Hữu Tín"), or None for a line that is no name."""
    text = clean_line(text)
    if len(text) >= 60:
        return None
    name = text.strip(" .,")
    if P.NAME.match(name):
        return name
    if name[:1].isupper() and (joined := rejoin_name(name)) != name and P.NAME.match(joined):
        return joined
    return None


def is_name(text: str) -> bool:
    """A person's name line ("Phạm Văn Hiếu", "Đại tướng Lương Tam Quang")."""
    return name_text(text) is not None


def signed_name(text: str) -> bool:
    """ "Nguyễn Văn An (Đã ký)": a signer printed by name only, with the signature mark."""
    return ("ký" in text or "KÝ" in text) and bool(_SIGNED.search(text)) and is_name(text)


def split_title_name(text: str) -> tuple[str, str] | None:
    """ "TL. BỘ TRƯỞNG CỤC TRƯỞNG CỤC NGƯỜI CÓ CÔNG Hoàng Công Thái" (one line, which the lexer
    leaves whole when the capitals do not end with a title) -> (the capitals, the name)."""
    if len(text) > 120 or not text[:2].isupper():
        return None
    words = clean_line(text).split()
    for k in range(len(words) - 2, 0, -1):
        head, name = " ".join(words[:k]), " ".join(words[k:])
        if is_caps(head) and not is_caps(words[k]) and (printed := name_text(name)):
            if is_signer_title(head) or P.SIGN_AUTHORITY.match(head):
                return head, printed
            return None
    return None


def last_title(text: str) -> str:
    """ "TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG" (authority and title on one line) -> the last."""
    words = text.split()
    for k in range(1, len(words)):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        if head.strip(" .") in _TITLES and is_signer_title(tail):
            return tail
    return text


def _prose_noi_nhan(tok: Token) -> bool:
    """ "Nơi nhận báo cáo tài chính ... được thực hiện theo": a sentence, not the nơi nhận."""
    rest = tok.groups.get("rest", "")
    head = tok.text[: len(tok.text) - len(rest)]
    return ":" not in head and rest[:1].islower()


def signs_here(tokens: Sequence[Token], i: int) -> bool:
    """A signature for certain at ``tokens[i]``: a title line with a name right under it, a
    title and name on one line, or a name with "(Đã ký)" — even inside an open quotation."""
    tok = tokens[i]
    if tok.kind not in (TokenKind.CAPS, TokenKind.PARAGRAPH) or len(tok.text) > 100:
        return False
    if signed_name(tok.text) or split_title_name(tok.text):
        return True
    following = [t for t in tokens[i + 1 : i + 4] if t.kind not in _SKIP]
    return is_signer_title(tok.text) and bool(following) and is_name(following[0].text)


def starts_footer(tokens: Sequence[Token], i: int) -> bool:
    """True when the footer (nơi nhận or signature block) starts at ``tokens[i]``."""
    tok = tokens[i]
    kind = tok.kind
    if kind is _NOI_NHAN:
        return not _prose_noi_nhan(tok)
    if kind is _SIGN_AUTHORITY:
        return True
    if (kind is _CAPS or kind is _PARAGRAPH) and is_signer_title(tok.text):
        following = [t for t in tokens[i + 1 : i + 6] if t.kind not in _SKIP]
        return any(is_name(t.text) for t in following[:4]) or not following
    if kind is not _PARAGRAPH:
        return False
    return signed_name(tok.text) or split_title_name(tok.text) is not None


def build_footer(
    tokens: Sequence[Token],
) -> tuple[tuple[Recipient, ...], Signatory | None, int]:
    """Recipients and signatory from the footer tokens; also how many tokens were used."""
    recipients: list[Recipient] = []
    authority: list[str] = []
    titles: list[str] = []
    name: str | None = None
    first: Span | None = None
    last: Span | None = None
    used = 0
    for i, tok in enumerate(tokens):
        kind = tok.kind
        if kind in _SKIP:
            used = i + 1
            continue
        text = clean_line(tok.text)
        if kind is TokenKind.NOI_NHAN:
            rest = tok.groups.get("rest", "").strip()
            if P.SIGN_AUTHORITY.match(rest):
                # "Nơi nhận: TM. CHÍNH PHỦ": the signature column read into the same line (a
                # signatory only with the title or name lines that follow).
                authority.append(rest)
                rest = ""
            elif name is None and (m := glued_signature(rest)):
                # "Nơi nhận: - Như trên; - Lưu: VT. KT. BỘ TRƯỞNG THỨ TRƯỞNG Vũ Thị Mai": the
                # entries and the signature on one line (a portal crawl).
                authority.append(m.group("authority").strip())
                name = m.group("name")
                first = first or tok.span
                last = tok.span
                rest = rest[: m.start()]
            for entry in _inline_entries(rest):
                if entry.strip(" -;"):
                    recipients.append(Recipient(text=entry.strip(), span=tok.span))
        elif (
            name is None
            and (kind is TokenKind.RECIPIENT or (kind is TokenKind.PARAGRAPH and recipients))
            and (m := glued_signature(text))
        ):
            entry = text[: m.start()].strip().removeprefix("-").strip()
            if entry and kind is TokenKind.RECIPIENT:
                recipients.append(Recipient(text=entry, span=tok.span))
            elif entry:  # "TCHQ.(195)": the end of the last entry
                prev = recipients[-1]
                recipients[-1] = Recipient(text=f"{prev.text} {entry}", span=prev.span)
            authority.append(m.group("authority").strip())
            name = m.group("name")
            first = first or tok.span
            last = tok.span
        elif kind is TokenKind.RECIPIENT:
            recipients.append(Recipient(text=tok.groups.get("text", tok.text), span=tok.span))
        elif (
            kind is TokenKind.PARAGRAPH
            and name is None
            and not authority
            and not titles
            and _undashed_entry(tokens, i, text)
        ):
            # "Nơi nhận:" / "Như trên;" / "Bộ Tài chính;" / "Lưu: VT.": entries printed without
            # their dashes (lost by a converter, or markdown "* " bullets blanked).
            recipients.append(Recipient(text=text, span=tok.span))
        elif (
            kind is TokenKind.PARAGRAPH
            and recipients
            and name is None
            and text[:1].isalpha()
            and (
                (tokens[i - 1].kind is TokenKind.RECIPIENT and recipients[-1].text.endswith(","))
                or (
                    text.endswith((",", ";"))
                    and not is_name(text)
                    and not recipients[-1].text.endswith(";")
                )
            )
        ):
            # "- Các sở: Nông nghiệp và Môi trường," / "Tài chính, Công Thương, Xây dựng;", also
            # with the signature column interleaved: "- Các ban đảng, đảng ủy trực thuộc" /
            # "TỔNG BÍ THƯ" / "Trung ương,".
            prev = recipients[-1]
            span = Span(
                start=prev.span.start,
                end=tok.span.end,
                line=prev.span.line,
                column=prev.span.column,
                end_line=tok.span.end_line,
            )
            recipients[-1] = Recipient(text=f"{prev.text} {tok.text}", span=span)
        elif name is None and (kind is TokenKind.SIGN_AUTHORITY or _CERTIFY.match(text)):
            authority.append(text)
            first = first or tok.span
            last = tok.span
        elif name is None and is_signer_title(text):
            titles.append(text.strip(" .,:"))
            first = first or tok.span
            last = tok.span
        elif (
            name is None
            and (authority or titles or signed_name(tok.text))
            and (printed := name_text(text))
        ):
            name = _RANK.sub("", printed)
            first = first or tok.span
            last = tok.span
        elif name is None and (pair := split_title_name(text)):
            head, name = pair
            (authority if P.SIGN_AUTHORITY.match(head) else titles).append(head.strip(" .,:"))
            first = first or tok.span
            last = tok.span
        elif name is None and (authority or titles) and is_caps(text) and len(text) < 80:
            titles.append(text.strip(" .,:"))
            last = tok.span
        elif (
            name is None
            and (authority or titles)
            and kind is TokenKind.PARAGRAPH
            and (m := _NAME_HEAD.match(text))
        ):
            name = m.group(1)  # the rest is text a PDF layer ran into the name line
            last = tok.span
        elif (not text or _SIGN_NOTE.fullmatch(text)) and (authority or titles):
            pass  # a line that held only the signature image, or how it is signed
        elif (
            kind in (TokenKind.PARAGRAPH, TokenKind.CAPS)
            and recipients
            and name is None
            and not authority
            and not titles
            and _entry_between(tokens, i, text)
        ):
            # "- TT.TU, TT.HĐNDTP;" / "CT, các pct ubndtp" / "- Ban TG&DVTU;": an entry whose
            # dash an OCR layer lost, between two entries.
            recipients.append(Recipient(text=text, span=tok.span))
        else:
            break
        used = i + 1
    signatory = None
    if first is not None and last is not None:
        title = titles[-1] if titles else _authority_title(authority)
        title = last_title(title) if title else title
        span = Span(
            start=first.start,
            end=last.end,
            line=first.line,
            column=first.column,
            end_line=last.end_line,
        )
        signatory = Signatory(authority=tuple(authority), title=title, name=name, span=span)
    return tuple(recipients), signatory, used


def _entry_between(tokens: Sequence[Token], i: int, text: str) -> bool:
    """A short line that is no signer's title or name, after an entry that ended (";", ".")
    or another such line, and before a dashed entry (at most one more such line between)."""
    if len(text) > 80 or not text[:1].isalpha() or is_name(text) or is_signer_title(text):
        return False
    prev = next((tokens[j] for j in range(i - 1, -1, -1) if tokens[j].kind not in _SKIP), None)
    if prev is None or (prev.kind is TokenKind.RECIPIENT and not prev.text.endswith((";", "."))):
        return False
    ahead = [t for t in tokens[i + 1 : i + 5] if t.kind not in _SKIP][:2]
    for tok in ahead:
        if tok.kind is TokenKind.RECIPIENT:
            return True
        if tok.kind not in (TokenKind.PARAGRAPH, TokenKind.CAPS) or len(tok.text) > 80:
            return False
    return False


_UNDASHED_RUN = 30  # entries an undashed nơi nhận may list
_ARCHIVE = regex.compile(r"^Lưu\b", regex.IGNORECASE)


def _short_entry(tok: Token) -> bool:
    text = tok.text
    return (
        tok.kind is TokenKind.PARAGRAPH
        and len(text) <= 150
        and text[:1].isalpha()
        and not is_name(text)
        and not is_signer_title(text)
    )


def _undashed_entry(tokens: Sequence[Token], i: int, text: str) -> bool:
    """A short line of a nơi nhận whose entries all lost their dashes: short lines run from the
    "Nơi nhận:" line (with nothing after its colon) to a "Lưu ..." entry, and this is one."""
    if not _short_entry(tokens[i]):
        return False
    j = i - 1
    while j >= 0 and i - j <= _UNDASHED_RUN:
        prev = tokens[j]
        if prev.kind is TokenKind.NOI_NHAN:
            if prev.groups.get("rest", "").strip():
                return False
            break
        if prev.kind not in _SKIP and not _short_entry(prev):
            return False
        j -= 1
    else:
        return False
    for k in range(i, min(len(tokens), i + _UNDASHED_RUN)):
        tok = tokens[k]
        if tok.kind in _SKIP:
            continue
        if not _short_entry(tok):
            return False
        if _ARCHIVE.match(tok.text):
            return True
    return False


def _authority_title(authority: list[str]) -> str | None:
    if not authority:
        return None
    m = P.SIGN_AUTHORITY.match(authority[-1])
    return m.group("body").strip() if m else authority[-1]


def find_closing(tokens: Sequence[Token]) -> Closing | None:
    """The adoption / effect sentence among the last body tokens, with its dates."""
    end_mark = any(P.END_MARK.search(t.text) for t in tokens[-4:])
    for tok in reversed(tokens[-12:]):
        adopted = P.ADOPTED.search(tok.text)
        effective = P.EFFECTIVE.search(tok.text)
        if adopted or effective:
            return Closing(
                text=tok.text,
                adopted_on=_date_of(adopted),
                effective_on=_date_of(effective),
                end_mark=end_mark,
                span=tok.span,
            )
    if end_mark:
        last = tokens[-1]
        return Closing(text=None, end_mark=True, span=last.span)
    return None


def _date_of(m: regex.Match[str] | None) -> dt.date | None:
    return make_date(m.group("day"), m.group("month"), m.group("year")) if m else None
