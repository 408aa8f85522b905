"""The end of a document (builder stage): nơi nhận, signature block, closing sentence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import regex

from nghiquyet import patterns as P
from nghiquyet.header import is_caps, make_date
from nghiquyet.models import Closing, Recipient, Signatory, Span, Token, TokenKind
from nghiquyet.vocab.titles import SIGNER_TITLES

_TITLES = frozenset(SIGNER_TITLES)
# Entries of a nơi nhận printed on one line: "- Như Điều 3; - Lưu: VT".
_INLINE_ENTRY = regex.compile(r"(?:^|(?<=[;.)]))\s*[-–•+]\s+")
# The certification line of a consolidated text (VBHN), printed above the signer.
_CERTIFY = regex.compile(r"^XÁC\s+THỰC\s+VĂN\s+BẢN\s+HỢP\s+NHẤT$")
# A military or academic rank before a signer's name: "Đại tướng Lương Tam Quang".
_RANK = regex.compile(
    r"^(?:(?:Đại|Thượng|Trung|Thiếu)\s+tướng|PGS\.?\s*TS\.?|GS\.?\s*TS\.?|TS\.|ThS\.)\s+"
)
_SKIP = frozenset({TokenKind.SEPARATOR, TokenKind.NOISE})


def is_signer_title(text: str) -> bool:
    """ "CHỦ TỊCH", "PHÓ THỦ TƯỚNG", "CHỦ TỊCH QUỐC HỘI" — a signatory's title line."""
    t = text.strip(" .,:")
    if not is_caps(t):
        return False
    return t in _TITLES or (any(t.startswith(x + " ") for x in _TITLES) and len(t) < 80)


def is_name(text: str) -> bool:
    """A person's name line ("Phạm Văn Hiếu", "Đại tướng Lương Tam Quang")."""
    return bool(P.NAME.match(text.strip(" .,"))) and len(text) < 60


def starts_footer(tokens: Sequence[Token], i: int) -> bool:
    """True when the footer (nơi nhận or signature block) starts at ``tokens[i]``."""
    tok = tokens[i]
    if tok.kind in (TokenKind.NOI_NHAN, TokenKind.SIGN_AUTHORITY):
        return True
    if tok.kind in (TokenKind.CAPS, TokenKind.PARAGRAPH) and is_signer_title(tok.text):
        following = [t for t in tokens[i + 1 : i + 6] if t.kind not in _SKIP]
        return any(is_name(t.text) for t in following[:4]) or not following
    return False


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
        if kind is TokenKind.NOI_NHAN:
            rest = tok.groups.get("rest", "").strip()
            for entry in _INLINE_ENTRY.split(rest):
                if entry.strip(" -;"):
                    recipients.append(Recipient(text=entry.strip(), span=tok.span))
        elif kind is TokenKind.RECIPIENT:
            recipients.append(Recipient(text=tok.groups.get("text", tok.text), span=tok.span))
        elif name is None and (kind is TokenKind.SIGN_AUTHORITY or _CERTIFY.match(tok.text)):
            authority.append(tok.text)
            first = first or tok.span
            last = tok.span
        elif name is None and is_signer_title(tok.text):
            titles.append(tok.text.strip(" .,:"))
            first = first or tok.span
            last = tok.span
        elif name is None and (authority or titles) and is_name(tok.text):
            name = _RANK.sub("", tok.text.strip(" .,"))
            last = tok.span
        elif name is None and (authority or titles) and is_caps(tok.text) and len(tok.text) < 80:
            titles.append(tok.text.strip(" .,:"))
            last = tok.span
        else:
            break
        used = i + 1
    signatory = None
    if first is not None and last is not None:
        title = titles[-1] if titles else _authority_title(authority)
        span = Span(
            start=first.start,
            end=last.end,
            line=first.line,
            column=first.column,
            end_line=last.end_line,
        )
        signatory = Signatory(authority=tuple(authority), title=title, name=name, span=span)
    return tuple(recipients), signatory, used


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
