"""Assemble the header from the tokens before the preamble (builder stage).

Reads: issuer lines (and a parent body above them), "Số:", "địa danh, ngày ...", quốc hiệu and
tiêu ngữ, tên loại, trích yếu, and the authority block under the title ("HỘI ĐỒNG NHÂN DÂN
THÀNH PHỐ CẦN THƠ / KHÓA X, KỲ HỌP THỨ SÁU"), which supplies the issuer when the header's own
issuer lines were lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from nghiquyet import patterns as P
from nghiquyet.citations.canonical import canonical_number
from nghiquyet.models import Diagnostic, Header, Session, Severity, Span, Token, TokenKind
from nghiquyet.normalize import fold_spaces
from nghiquyet.syllables import rejoin
from nghiquyet.vocab import DOC_TYPE_BY_NAME, DOC_TYPES
from nghiquyet.vocab.titles import COMPOUND_ISSUERS, ORGAN_HEADS, SIGNER_TITLES

_SKIP = frozenset({TokenKind.SEPARATOR, TokenKind.NOISE})
_NUMBER_TAIL = regex.compile(r"^/\s?[0-9A-Za-zĐđ][0-9A-Za-zĐđ/\-()]{1,40}$")
_BARE_NUMBER = regex.compile(rf"^{P.NUMBER_TOKEN}$")
# The rest of a joint issuers' code wrapped after a dash: "Số: 01/2022/TTLT-VKSNDTC-" /
# "TANDTC-BCA-BQP-BLĐTBXH".
_CODE_TAIL = regex.compile(r"^[A-ZĐ][A-ZĐ0-9]{1,15}(?:-[A-ZĐ][A-ZĐ0-9]{1,15}){0,6}$")
# A code whose letters a crawl split with spaces, the lexer cutting the line after its first
# piece: "Số: 3210/QĐ - U" | "B ND" (one code, "3210/QĐ-UBND").
_SPLIT_HEAD = regex.compile(r"[/\-][A-ZĐ]{1,2}$")
_SPLIT_REST = regex.compile(r"^[A-ZĐ]{1,2}(?: [A-ZĐ]{1,2}){0,5}$")
# Both tails are matched from the end (``(?r)``): searched forwards, a long line of rule
# pieces not at its end took quadratic time ("- - - ... x"), or exponential ("------ ... x").
_SEP_TAIL = regex.compile(r"(?r)(?:\s*[-_=*]{2,})+\s*$")
# What a rule under the title leaves at its end once markdown emphasis is blanked ("... thiên
# tai _____________" -> "... thiên tai _").
_RULE_TAIL = regex.compile(r"(?r)(?:\s+[-_=*]+)+$")
# A consolidated text's first footnote mark glued to a word of its title ("... Viễn thông Quân
# đội1", "Kiểm soát viên1 công ty ..."); taken off only where a footnote can be (see _noted).
_TITLE_NOTE_MARK = regex.compile(r"(?<=\p{Ll})1(?=\s|$)")
# The text of footnote 1 printed in the header's region ("1 Văn bản này được hợp nhất từ ...",
# "1 Cụm từ “người quản lý” được thay thế ..."), or the gazette's heading over a consolidated
# text ("VĂN BẢN HỢP NHẤT -" / "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI").
_FOOTNOTE_ONE = regex.compile(r"^1\s+\p{Lu}\p{Ll}")
_CONSOLIDATED = regex.compile(r"^VĂN\s+BẢN\s+HỢP\s+NHẤT\b")
# The certification line a consolidated text (VBHN) prints under its issuer: not a body.
_CERTIFY = regex.compile(r"^XÁC\s+THỰC\s+VĂN\s+BẢN\s+HỢP\s+NHẤT$")
# A unit printed on the parent body's line ("BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN", portal crawls).
_UNIT_IN_LINE = regex.compile(
    r"^(?P<parent>(?:BỘ|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)\s.+?)\s+"
    r"(?P<unit>(?:TỔNG CỤC|CỤC|SỞ)\s.+)$"
)
# The "địa danh, ngày ..." line run into a "V/v" title by a portal crawl.
_GLUED_DATE = regex.compile(
    rf"\s(?P<place>(?:TP\.\s?)?[{P.UPPER}]\w*(?:\s[{P.UPPER}]\w*){{0,3}})\s?,\s*{P.DATE_VN}"
    r"(?=\s*$|\s+Kính\s+gửi)"  # the header's date line, not a date the title cites
)
_FILLED_DATE = regex.compile(rf"\s*{P.DIA_DANH_NGAY.pattern}\s*", P.DIA_DANH_NGAY.flags)
# "Lào Cai, ngày     tháng     năm 2026", "Hà Nội, ngày ... tháng ... năm 20..", "Lào Cai,
# ngày      tháng 4 năm 2026": a draft or an unsigned copy whose date (or its day) is left
# blank; its place is printed all the same.
_BLANK_DATE = regex.compile(
    rf"\s*(?P<place>[{P.UPPER}][^,\n]{{0,60}}?)\s{{0,3}},\s{{0,3}}ngày[\s.…/]{{0,40}}"
    r"(?:\d{1,2}[\s.…/]{0,40})?tháng[\s.…/]{0,40}(?:\d{1,2}[\s.…/]{0,40})?"
    r"năm(?:\s{0,3}(?:\d{4}|20[.…]{0,8}))?[\s.…]{0,8}",
    P.DIA_DANH_NGAY.flags,
)
# "HIẾN PHÁP NƯỚC", "... CỦA QUỐC HỘI NƯỚC": "NƯỚC" that the quốc hiệu completes (not "TÀI
# NGUYÊN NƯỚC", "NHÀ NƯỚC", which a late quốc hiệu block may follow in PDF reading order).
_COUNTRY_WORD = regex.compile(r"(?:^|\sQUỐC\s+HỘI\s|\sCHÍNH\s+PHỦ\s)NƯỚC$")
# Spaces inside brackets, left where markdown emphasis marks were blanked: "( thực hiện ... )".
_PAREN_SPACE = regex.compile(r"(?<=\()\s+|\s+(?=\))")
_NOT_TITLE = regex.compile(r"^LỜI\s+NÓI\s+ĐẦU\s*:?$")
_TYPE_NAMES = tuple(sorted((t.name.upper() for t in DOC_TYPES), key=len, reverse=True))
_TYPES = "|".join(map(regex.escape, _TYPE_NAMES))
# "KẾ HOẠCH Thực hiện ...": the tên loại in capitals, the trích yếu after it in sentence case.
_TYPE_THEN_TITLE = regex.compile(
    rf"^(?P<doc_type>{_TYPES})[ ](?P<title>[{P.UPPER}][{P.LOWER}]+\s+[{P.LOWER}].*)$"
)
# A tên loại run onto the end of the session line: "Khoá XI, kỳ họp thứ 10 (...) LUẬT QUẢN LÝ THUẾ".
_SESSION_TYPE = regex.compile(rf"\s(?P<doc_type>{_TYPES})(?:\s+(?P<title>[^\p{{Ll}}]+))?$")
# A draft's mark before its tên loại: "DỰ THẢO 24.10.2016 LUẬT VỀ HỘI", "DỰ THẢO LẦN 4 THÔNG TƯ".
_DRAFT_TYPE = regex.compile(
    rf"(?:^|(?<=\s))DỰ\s+THẢO(?:\s+LẦN\s+\d+)?(?:\s+[\d./\-]+)?\s+(?P<doc_type>{_TYPES})"
    rf"(?:\s+(?P<title>[^\p{{Ll}}]+))?$"
)


def is_caps(text: str) -> bool:
    """True for a line whose letters are all capitals ("HỘI ĐỒNG NHÂN DÂN")."""
    return text.upper() == text and any(c.isalpha() for c in text)


def starts_organ(text: str) -> bool:
    """True when ``text`` opens the name of a body ("BỘ TÀI CHÍNH", "ỦY BAN NHÂN DÂN ...")."""
    upper = text.upper()
    return upper.startswith(ORGAN_HEADS)


def make_date(day: str, month: str, year: str) -> dt.date | None:
    """A date from printed parts ("08", "0 7", "2022"), or None when it does not exist."""
    try:
        return dt.date(int(year), int(month.replace(" ", "")), int(day.replace(" ", "")))
    except ValueError:
        return None


def sentence_case(name: str) -> str:
    """ "NGHỊ QUYẾT" -> "Nghị quyết" (the vocabulary's spelling when known)."""
    known = DOC_TYPE_BY_NAME.get(name.casefold())
    return known.name if known else name[:1].upper() + name[1:].lower()


@dataclass
class _Acc:
    fields: dict[str, object] = field(default_factory=dict)
    spans: dict[str, Span] = field(default_factory=dict)

    def put(self, name: str, value: object, span: Span) -> None:
        if name not in self.fields and value not in (None, ""):
            self.fields[name] = value
            self.spans[name] = span


def _issuer_bodies(lines: Sequence[Token]) -> list[tuple[str, Span]]:
    """Group capital lines into bodies: a new body starts at an organ head word."""
    bodies: list[tuple[str, Span]] = []
    for tok in lines:
        text = rejoin(_SEP_TAIL.sub("", tok.text).strip(" *"))
        if not text or _CERTIFY.match(text):
            continue
        if not bodies and (m := _UNIT_IN_LINE.match(text)):
            bodies.append((m.group("parent"), tok.span))
            bodies.append((m.group("unit"), tok.span))
            continue
        if bodies:
            prev, span = bodies[-1]
            joined = f"{prev} {text}"
            cont = not starts_organ(text) or joined.upper().startswith(COMPOUND_ISSUERS)
            if prev.endswith(("-", " VÀ")) or text.startswith(("-", "VÀ ")):
                cont = True
            if cont and text != prev:
                merged = Span(
                    start=span.start,
                    end=tok.span.end,
                    line=span.line,
                    column=span.column,
                    end_line=tok.span.end_line,
                )
                bodies[-1] = (fold_spaces(joined), merged)
                continue
            if text == prev:
                continue
        bodies.append((text, tok.span))
    return bodies


def build_header(tokens: Sequence[Token]) -> tuple[Header, list[Diagnostic]]:
    """The header of a document from the tokens before its preamble."""
    acc = _Acc()
    diags: list[Diagnostic] = []
    issuer_lines: list[Token] = []
    title_parts: list[Token] = []
    authority: list[Token] = []
    seen_type = False
    pending_number = False
    pending_tail = ""
    wrapped = 0  # 1: the "Số:" line just gave the number; 2: and its code ends with a dash
    session: Session | None = None

    for i, tok in enumerate(tokens):
        kind, g = tok.kind, tok.groups
        if kind in _SKIP:
            continue
        wrapped = (
            wrapped + 1 if wrapped == 1 and kind is TokenKind.TIET and tok.text == "-" else wrapped
        )
        if wrapped == 2 and kind is TokenKind.CAPS and _CODE_TAIL.match(tok.text):
            raw = f"{acc.fields['number_raw']}-{tok.text}"
            number = canonical_number(raw)
            if number:
                acc.fields.update(number_raw=raw, number=number)
            wrapped = 0
            continue
        if (
            wrapped == 1
            and kind is TokenKind.CAPS
            and tok.span.line == acc.spans["number"].line
            and _SPLIT_REST.match(tok.text)
            and _SPLIT_HEAD.search(raw := str(acc.fields["number_raw"]).replace(" ", ""))
        ):
            number = canonical_number(raw + tok.text.replace(" ", ""))
            if number:
                printed = f"{acc.fields['number_raw']} {tok.text}"
                acc.fields.update(number_raw=printed, number=number)
                acc.spans["number"] = acc.spans["number_raw"] = acc.spans["number"].model_copy(
                    update={"end": tok.span.end, "end_line": tok.span.end_line}
                )
            wrapped = 0
            continue
        if kind is not TokenKind.TIET or tok.text != "-":
            wrapped = 0
        if (
            kind is TokenKind.QUOC_HIEU
            and title_parts
            and _COUNTRY_WORD.search(title_parts[-1].text)
        ):
            # "HIẾN PHÁP NƯỚC" / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": the title goes on (the
            # lexer cut the line at the quốc hiệu).
            title_parts.append(tok)
        elif kind is TokenKind.QUOC_HIEU:
            acc.put("national_title", tok.text, tok.span)
        elif kind is TokenKind.CAPS and seen_type and _NOT_TITLE.match(tok.text):
            pass  # "LỜI NÓI ĐẦU": the preamble's heading, not the title's last line
        elif kind is TokenKind.TIEU_NGU:
            acc.put("motto", tok.text, tok.span)
        elif pending_number and tok.text.startswith("/"):
            # "Số:" / "/2015/TT-BLĐTBXH": a draft's blank number, not part of the issuer.
            pending_number = False
            acc.fields.pop("number_raw", None)
            acc.spans.pop("number_raw", None)
            acc.put("number_raw", fold_spaces(tok.text), tok.span)
            diags.append(_diag("NQP102", f"số ký hiệu has no number: {tok.text!r}", tok.span))
        elif pending_number and (m := _BARE_NUMBER.match(tok.text)):
            # "Luật số:" at a line's end, the number on the next line.
            pending_number = False
            acc.fields.pop("number_raw", None)
            acc.spans.pop("number_raw", None)
            acc.put("number_raw", fold_spaces(m.group(0)), tok.span)
            number = canonical_number(m.group(0))
            if number:
                acc.put("number", number, tok.span)
        elif pending_tail and (m := _NUMBER_TAIL.match(tok.text)):
            # "Số: 18" | "/2025/QĐ-UBND": one number split over two table cells.
            raw = pending_tail + m.group(0)
            pending_tail = ""
            acc.fields.pop("number_raw", None)
            acc.put("number_raw", raw, tok.span)
            number = canonical_number(raw)
            if number:
                acc.put("number", number, tok.span)
        elif (
            kind is TokenKind.SO_KY_HIEU
            and title_parts
            and ":" not in tok.text[:6]
            and title_parts[-1].text.endswith(_TYPE_NAMES)
        ):
            # "... SỬA ĐỔI, BỔ SUNG NGHỊ QUYẾT" / "SỐ 72/2016/NQ-HĐND NGÀY 08 THÁNG 12 ...": the
            # title names another document by its number; not this document's "Số:" line.
            title_parts.append(tok)
        elif kind is TokenKind.SO_KY_HIEU and "number" not in acc.fields:
            pending_number = not g.get("raw")
            raw = fold_spaces(g.get("raw", ""))
            if raw and "/" not in raw and "-" not in raw:
                pending_tail = raw
                acc.put("number_raw", raw, tok.span)
                continue
            acc.put("number_raw", raw, tok.span)
            number = canonical_number(raw) if raw else None
            if number and any(ch.isdigit() for ch in number.split("/")[0]):
                acc.put("number", number, tok.span)
                wrapped = 2 if raw.endswith("-") else 1
            elif raw:
                diags.append(_diag("NQP102", f"số ký hiệu has no number: {tok.text!r}", tok.span))
        elif (
            kind is TokenKind.DIA_DANH_NGAY
            and "date" not in acc.fields
            and not seen_type
            and (vv := P.VV.match(tok.text))
            and (m := _GLUED_DATE.search(tok.text))
        ):
            # "V/v hướng dẫn thuế Hà Nội, ngày 15 tháng 01 năm 2021" (a crawl ran the "Số:" cell's
            # trích yếu into the date cell): the title, then the place and date.
            acc.put("title", fold_spaces(tok.text[vv.start("title") : m.start()]), tok.span)
            acc.put("vv_doc_type", "Công văn", tok.span)
            date_tok = {"groups": m.groupdict(), "text": m.group(0).strip()}
            _put_place_date(acc, tok.model_copy(update=date_tok), diags)
        elif kind is TokenKind.DIA_DANH_NGAY and "date" not in acc.fields:
            _put_place_date(acc, tok, diags)
        elif (
            kind is TokenKind.PARAGRAPH
            and not seen_type
            and "date" not in acc.fields
            and "_" in tok.text
            and (m := _FILLED_DATE.fullmatch(fold_spaces(tok.text.replace("_", " "))))
        ):
            # "Hà Nội, ngày _16_ tháng _4_ năm 2025": day and month filled in by hand, underlined.
            _put_place_date(acc, tok.model_copy(update={"groups": m.groupdict()}), diags)
        elif (
            kind is TokenKind.PARAGRAPH
            and not seen_type
            and "place" not in acc.fields
            and "date" not in acc.fields
            and (m := _BLANK_DATE.fullmatch(fold_spaces(tok.text.replace("_", " "))))
        ):
            acc.put("place", fold_spaces(m["place"]).strip(" ,"), tok.span)
            acc.put("date_raw", tok.text, tok.span)
        elif kind is TokenKind.TEN_LOAI and seen_type:
            (title_parts if session is None else authority).append(tok)
        elif kind is TokenKind.TEN_LOAI:
            seen_type = True
            acc.put("doc_type", sentence_case(g["doc_type"]), tok.span)
            if g.get("title"):
                title_parts.append(tok.model_copy(update={"text": g["title"]}))
        elif kind is TokenKind.SESSION and not seen_type and (m := _SESSION_TYPE.search(tok.text)):
            # Old laws: "Khoá XI, kỳ họp thứ 10 (Từ ngày ... năm 2006) LUẬT QUẢN LÝ THUẾ".
            seen_type = True
            acc.put("doc_type", sentence_case(m.group("doc_type")), tok.span)
            if m.group("title"):
                title_parts.append(tok.model_copy(update={"text": m.group("title")}))
            sitting = _sitting(g)
            if sitting and sitting.endswith(m.group(0).strip()):
                sitting = sitting[: -len(m.group(0).strip())].strip(" ,.") or None
            text = tok.text[: m.start()].strip()
            session = Session(text=text, term=g.get("term"), sitting=sitting, span=tok.span)
        elif kind is TokenKind.SESSION:
            session = Session(text=tok.text, term=g.get("term"), sitting=_sitting(g), span=tok.span)
            # The authority block may be wrapped: "HỘI ĐỒNG NHÂN DÂN TỈNH BÀ RỊA-VŨNG" / "TÀU".
            block: list[Token] = []
            while len(title_parts) > 1 and is_caps(title_parts[-1].text) and len(block) < 3:
                block.insert(0, title_parts.pop())
                if starts_organ(block[0].text):
                    break
            if block and not starts_organ(block[0].text):
                title_parts.extend(block)  # no body named: these lines are the title's
                block = []
            authority.extend(block)
        elif kind is TokenKind.TIET and seen_type and session is None and is_caps(tok.text):
            # A wrapped title line that starts with its dash: "... KINH TẾ" / "- XÃ HỘI ...".
            title_parts.append(tok)
        elif (
            kind in (TokenKind.CAPS, TokenKind.PARAGRAPH)
            and not seen_type
            and "THẢO" in tok.text
            and (m := _DRAFT_TYPE.search(tok.text))
        ):
            # "DỰ THẢO 24.10.2016 LUẬT VỀ HỘI", "Hà Nội, ngày   tháng   năm 2015 DỰ THẢO LẦN 4
            # THÔNG TƯ HƯỚNG DẪN ..." (a draft: blank date, the mark before the tên loại).
            seen_type = True
            acc.put("doc_type", sentence_case(m.group("doc_type")), tok.span)
            if m.group("title"):
                title_parts.append(tok.model_copy(update={"text": m.group("title")}))
            head = fold_spaces(tok.text[: m.start()].replace("_", " "))
            if "date" not in acc.fields and (blank := _BLANK_DATE.fullmatch(head)):
                acc.put("place", fold_spaces(blank["place"]).strip(" ,"), tok.span)
                acc.put("date_raw", head, tok.span)
        elif kind in (TokenKind.CAPS, TokenKind.PARAGRAPH, TokenKind.FORMULA):
            if g.get("vv") and seen_type is False:
                vv_title = g["vv"]
                if m := _GLUED_DATE.search(vv_title):
                    # "V/v hướng dẫn ... Hà Nội, ngày 23 tháng 5 năm 2019 Kính gửi: ..." (crawl)
                    vv_title = vv_title[: m.start()]
                    if "date" not in acc.fields:
                        date_tok = {"groups": m.groupdict(), "text": m.group(0).strip()}
                        _put_place_date(acc, tok.model_copy(update=date_tok), diags)
                acc.put("title", fold_spaces(vv_title), tok.span)
                # A "V/v" label with no tên loại is a công văn (NĐ 30/2020, Annex I).
                acc.put("vv_doc_type", "Công văn", tok.span)
            elif seen_type:
                if session is None:
                    title_parts.append(tok)
                else:
                    authority.append(tok)
            elif kind is TokenKind.PARAGRAPH and (m := _TYPE_THEN_TITLE.match(tok.text)):
                # "KẾ HOẠCH Thực hiện công tác dân vận ...": the trích yếu on the tên loại's line.
                seen_type = True
                acc.put("doc_type", sentence_case(m.group("doc_type")), tok.span)
                title_parts.append(tok.model_copy(update={"text": m.group("title")}))
            elif (
                is_caps(tok.text) and "number" not in acc.fields and "date" not in acc.fields
            ) or (is_caps(tok.text) and i > 0 and not title_parts and _near_issuer(tokens, i)):
                issuer_lines.append(tok)

    if pending_number and "number" not in acc.fields and "number_raw" in acc.spans:
        diags.append(_diag("NQP102", "số ký hiệu has no number", acc.spans["number_raw"]))
    bodies = _issuer_bodies(issuer_lines)
    issuer_name = bodies[-1][0] if bodies else None
    # The authority block under the title: a capital line naming the issuer again, last before
    # the preamble ("HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ CẦN THƠ"); never the only title line.
    if not authority and session is None and (run := _signer_run(title_parts)):
        # "Về việc công bố Luật" / "CHỦ TỊCH" / "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": the
        # signer's authority printed under a sentence-case title, not the title's last lines.
        authority.extend(title_parts[-run:])
        del title_parts[-run:]
    if (
        not authority
        and len(title_parts) > 1
        and (
            _is_authority(title_parts[-1].text, issuer_name)
            or (_signer_of_body(title_parts[-1].text) and not _links_on(title_parts[-2].text))
        )
    ):
        authority.append(title_parts.pop())

    if bodies:
        acc.put("issuer", bodies[-1][0], bodies[-1][1])
        parents = [b for b, _ in bodies[:-1] if b != bodies[-1][0]]
        if parents:
            acc.put("parent_issuer", " ".join(parents), bodies[0][1])
    elif authority:
        named = _without_signer(fold_spaces(" ".join(t.text for t in authority)))
        acc.put("issuer", named, authority[0].span)

    if title_parts:
        title = fold_spaces(" ".join(t.text for t in title_parts))
        if "( " in title or " )" in title:
            title = _PAREN_SPACE.sub("", title)  # "(*thực hiện ...*)": the marks blanked
        if issuer_name is not None:
            title = strip_authority(title, issuer_name)
            title = strip_attribution(
                title,
                issuer_name,
                _str(acc.fields.get("number")),
                _date(acc.fields.get("date")),
                law=acc.fields.get("doc_type") in ("Luật", "Bộ luật", "Pháp lệnh"),
            )
        noted = strip_consolidation_note(title)
        if noted != title or _noted(tokens, acc.fields):
            noted = _TITLE_NOTE_MARK.sub("", noted)
        title = _RULE_TAIL.sub("", noted)
        vv = P.VV.match(title)
        if vv:
            title = vv.group("title")
        first, last = title_parts[0].span, title_parts[-1].span
        acc.put(
            "title",
            title,
            Span(
                start=first.start,
                end=last.end,
                line=first.line,
                column=first.column,
                end_line=last.end_line,
            ),
        )

    header = Header(
        issuer=_str(acc.fields.get("issuer")),
        parent_issuer=_str(acc.fields.get("parent_issuer")),
        number=_str(acc.fields.get("number")),
        number_raw=_str(acc.fields.get("number_raw")),
        place=_str(acc.fields.get("place")),
        date=_date(acc.fields.get("date")),
        date_raw=_str(acc.fields.get("date_raw")),
        doc_type=_str(acc.fields.get("doc_type") or acc.fields.get("vv_doc_type")),
        title=_str(acc.fields.get("title")),
        session=session,
        national_title=_str(acc.fields.get("national_title")),
        motto=_str(acc.fields.get("motto")),
        spans={k: v for k, v in acc.spans.items() if k != "vv_doc_type"},
    )
    return header, diags


# Collective bodies that sign for the issuer ("THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH ..."), printed
# before its name on the authority line as a signer's title is.
_COLLECTIVE = ("THƯỜNG TRỰC", "BAN THƯỜNG VỤ", "BAN THƯỜNG TRỰC", "ĐOÀN CHỦ TỊCH")
_SIGNER_HEADS = tuple(sorted((*SIGNER_TITLES, *_COLLECTIVE), key=len, reverse=True))


def _signs_for(text: str) -> bool:
    """Whether ``text`` opens with a signer's title or a collective body, then a space or a
    comma ("BỘ TRƯỞNG, CHỦ NHIỆM VĂN PHÒNG CHÍNH PHỦ")."""
    return any(text.startswith((head + " ", head + ",")) for head in _SIGNER_HEADS)


def _signer_run(parts: Sequence[Token]) -> int:
    """How many capital lines end ``parts`` after a sentence-case title line, when the first of
    them opens with a signer's title ("BỘ TRƯỞNG BỘ Y TẾ", "CHỦ TỊCH" / "NƯỚC ..."); else 0."""
    run = 0
    while run < min(len(parts) - 1, 4) and is_caps(parts[-run - 1].text):
        run += 1
    if not run or is_caps(parts[-run - 1].text):
        return 0
    head = fold_spaces(" ".join(t.text for t in parts[-run:])).strip(" *").upper()
    return run if head in SIGNER_TITLES or _signs_for(head) else 0


def _is_authority(text: str, issuer: str | None) -> bool:
    """A capital line under the title that names the issuer (or, with none, a body)."""
    if not is_caps(text):
        return False
    upper = fold_spaces(text).upper()
    if issuer is not None:
        name = issuer.upper()
        if upper == name:
            return True
        if upper.endswith(" " + name):
            # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM", "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH X",
            # "TỔNG KIỂM TOÁN NHÀ NƯỚC" (the title's words are the issuer's); not "ĐỒNG HỘI ĐỒNG
            # THẨM PHÁN ...": the title's last word wrapped onto the authority line
            # (strip_authority() then takes the issuer off the title's end).
            return upper[: -len(name)].strip() in _SIGNER_HEADS or _signs_for(upper)
        # "UỶ BAN NHÂN DÂN TỈNH", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH": the issuer without its
        # place name (a signer's title may stand before it).
        for head in ORGAN_HEADS:
            at = upper.find(head)
            if at == 0 or (at > 0 and upper[:at].strip() in SIGNER_TITLES):
                body = upper[at:]
                return len(body.split()) >= 3 and (name + " ").startswith(body + " ")
        return False
    return starts_organ(_without_signer(upper)) and len(upper) <= 70 and " VỀ " not in upper


def _without_signer(name: str) -> str:
    """The body an authority line names without the signer's title before it: "BỘ TRƯỞNG
    BỘ Y TẾ" -> "BỘ Y TẾ", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X" -> "ỦY BAN NHÂN DÂN TỈNH X";
    "THỦ TƯỚNG CHÍNH PHỦ" is an issuer's name of its own."""
    upper = name.upper()
    if upper.startswith(COMPOUND_ISSUERS):
        return name
    for signer in _SIGNER_HEADS:  # longest first: "PHÓ CHỦ TỊCH" before "CHỦ TỊCH"
        if upper.startswith(signer + " ") and starts_organ(rest := name[len(signer) + 1 :]):
            return rest
    return name


# Words after which an issuer's name is part of the title ("... CỦA HỘI ĐỒNG NHÂN DÂN TỈNH X").
_LINKS = frozenset({"CỦA", "TẠI", "VỚI", "CHO", "VÀ", "THUỘC", "TRONG", "GIỮA", "ĐẾN", "TỪ"})


def _signer_of_body(text: str) -> bool:
    """A capital line of a signer's title and a body ("GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH LÀO CAI",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X" under an issuer printed "UBND TỈNH X", or none): the
    authority line under the title, whatever the issuer's spelling."""
    upper = fold_spaces(text).strip(" *").upper()
    if not is_caps(upper) or len(upper) > 100 or " VỀ " in upper:
        return False
    return any(
        upper.startswith(head + " ") and starts_organ(upper[len(head) + 1 :])
        for head in SIGNER_TITLES
    )


def _links_on(text: str) -> bool:
    """Whether a title line ends on a word that links it to the next ("... ỦY QUYỀN CHO")."""
    words = fold_spaces(text).upper().split()
    return not words or words[-1] in _LINKS or words[-1] in ("VỀ", "ĐỐI") or text.endswith(",")


def strip_authority(title: str, issuer: str) -> str:
    """Drop an authority line glued after the title ("... MỚI” ỦY BAN NHÂN DÂN TỈNH KON TUM")."""
    upper, name = title.upper(), issuer.upper()
    country = _COUNTRY_TAIL.search(title) if "NƯỚC" in upper else None
    if country and upper[: country.start()].endswith(" " + name):
        # "... TRƯỚC NGÀY 01 THÁNG 7 NĂM 1991 QUỐC HỘI NƯỚC": the old authority line.
        title, upper = title[: country.start()], upper[: country.start()]
    if not upper.endswith(" " + name) or len(upper) <= len(name) + 1:
        return title
    if not title[-len(name) :].isupper() or upper[: -len(name)].split()[-1] in _LINKS:
        return title  # "... quản lý của Bộ Khoa học và Công nghệ": the title names the issuer
    title = title[: -len(name) - 1].rstrip()
    for signer in sorted(SIGNER_TITLES, key=len, reverse=True):
        if title.upper().endswith(" " + signer) and len(title) > len(signer) + 10:
            return title[: -len(signer) - 1].rstrip()
    return title


# A consolidated text (VBHN) prints, under its title, the note "Thông tư số 57/2015/TT-BLĐTBXH
# ngày ... của Bộ trưởng ... <the title again>, có hiệu lực ..., được sửa đổi, bổ sung bởi:"; a PDF
# layer can run it into the title line.
_NOTE_START = regex.compile(
    r"(?<=\s)(?:"
    + "|".join(regex.escape(t.name) for t in sorted(DOC_TYPES, key=lambda t: -len(t.name)))
    + r")\s+(?:số\s+)?\d[\w/\-.]*\s+ngày\b"
)


# The end of such a note: "..., có hiệu lực kể từ ngày 10 tháng 10 năm 2016, được sửa đổi, bổ
# sung bởi:" (its last "có hiệu lực" before a closing "bởi:"; both searched from the end).
_IN_FORCE = regex.compile(r"(?r)\bcó\s+hiệu\s+lực\b")
_BY_END = regex.compile(r"(?r)\bbởi\s*:\s*$")


def strip_consolidation_note(title: str) -> str:
    """The title without a VBHN note run into it (the note repeats the title, or ends as
    such a note does: that decides)."""
    if "hiệu lực" not in title:
        return title
    starts = list(_NOTE_START.finditer(title))
    # The last start whose note repeats the head before it. An earlier start's head is a
    # prefix of a later one's and its note holds the later note (a start follows a space), so
    # the starts that pass come first: a binary search finds the last (a test at every start,
    # each reading the whole title, took quadratic time).
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        head, note = title[: starts[mid].start()], title[starts[mid].start() :]
        if fold_spaces(head).casefold() in fold_spaces(note).casefold():
            lo = mid + 1
        else:
            hi = mid
    head = title[: starts[lo - 1].start()].strip() if lo else ""
    if len(head) > 10:  # the earlier heads are no longer
        return head
    # A renamed act's note does not repeat the title ("Tập đoàn Công nghiệp - Viễn thông Quân
    # đội" / "Nghị định số 121/2016/NĐ-CP ... Tập đoàn Viễn thông Quân đội ..."): its first start.
    by = _BY_END.search(title)
    in_force = _IN_FORCE.search(title, 0, by.start()) if by is not None else None
    if in_force is None:
        return title
    for m in starts:
        head = title[: m.start()].strip()
        if m.start() > in_force.start():
            break
        if len(head) > 10:
            return head
    return title


# The old form of a title names the issuer, the number and the date after the tên loại:
# "LUẬT CỦA QUỐC HỘI NƯỚC CỘNG HÒA ... SỐ 29/2001/QH10 VỀ HẢI QUAN", "NGHỊ ĐỊNH CỦA CHÍNH PHỦ SỐ
# 61-CP NGÀY 05 THÁNG 7 NĂM 1994 VỀ ...", "LUẬT ĐẤT ĐAI SỐ 24-L/CTN NGÀY 14/07/1993 CỦA QUỐC HỘI".
_COUNTRY = r"NƯỚC(?:\s+CỘNG\s+H(?:OÀ|ÒA|OA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM)?"
_COUNTRY_TAIL = regex.compile(rf"\s{_COUNTRY}$")
# "... CỦA QUỐC HỘI KHOÁ XII, KỲ HỌP THỨ 5": the term and sitting that passed the law.
_TERM = r"KH(?:ÓA|OÁ|OA)\s+[IVXLC\d]+(?:\s*[,\-–]?\s*KỲ\s+HỌP\s+(?:THỨ\s+)?[\w]+)?"
_BY_TAIL = regex.compile(rf"(?:\s+{_COUNTRY})?(?:\s+{_TERM})?(?=\s|$)")
_OWN_NUMBER = regex.compile(r"SỐ\s*:?\s*(?P<number>\d[\w/\-.]*)")
_OWN_DATE = regex.compile(
    r"NGÀY\s+(?P<day>\d{1,2})(?:\s+THÁNG\s+|[/.\-])(?P<month>\d{1,2})(?:\s+NĂM\s+|[/.\-])"
    r"(?P<year>\d{4})"
)


def strip_attribution(
    title: str, issuer: str, number: str | None, date: dt.date | None, *, law: bool = False
) -> str:
    """Drop the issuer, own number and own date printed inside an old-form title.

    A run of "CỦA <issuer> [NƯỚC ...]", "SỐ <own number>" and "NGÀY <own date>" goes when it holds
    the document's own number, opens the title, or names the country ("CỦA QUỐC HỘI NƯỚC"); in a
    law's title (``law``), also the term ending it ("CỦA QUỐC HỘI KHOÁ XII, KỲ HỌP THỨ 5").
    "... CỦA CHÍNH PHỦ" naming another text's issuer, "... CỦA HỘI ĐỒNG NHÂN DÂN TỈNH X KHÓA XVII,
    NHIỆM KỲ ..." in a resolution's title, stay.
    """
    if not is_caps(title) or ("CỦA" not in title and "SỐ" not in title):
        return title
    parts: list[tuple[int, int, bool]] = []  # (start, end, decisive)
    needle = f"CỦA {fold_spaces(issuer).upper()}"
    at = title.find(needle)
    while at >= 0:
        m = _BY_TAIL.match(title, at + len(needle))
        if m:
            term = law and m.end() == len(title) and " KH" in m.group(0)
            parts.append((at, m.end(), "NƯỚC" in m.group(0) or term))
        at = title.find(needle, at + 1)
    for m in _OWN_NUMBER.finditer(title):
        if number is not None and canonical_number(m.group("number").rstrip(".")) == number:
            parts.append((m.start(), m.end(), True))
    for m in _OWN_DATE.finditer(title):
        if date is not None and make_date(m["day"], m["month"], m["year"]) == date:
            parts.append((m.start(), m.end(), False))
    parts.sort()
    runs: list[list[tuple[int, int, bool]]] = []
    for part in parts:
        if runs and not title[runs[-1][-1][1] : part[0]].strip():
            runs[-1].append(part)
        else:
            runs.append([part])
    cut = [
        (run[0][0], run[-1][1])
        for run in runs
        if any(p[2] for p in run) or (run[0][0] == 0 and title.startswith("CỦA"))
        if not all(title[p[0] : p[1]].startswith("NGÀY") for p in run)
    ]
    if not cut:
        return title
    out, pos = [], 0
    for start, end in cut:
        out.append(title[pos:start])
        pos = end
    out.append(title[pos:])
    stripped = fold_spaces(" ".join(out)).strip(" ,;")
    return stripped or title


def _noted(tokens: Sequence[Token], fields: dict[str, object]) -> bool:
    """Whether the title may carry a footnote mark: the document is a consolidated text (its
    VBHN number; a header with neither number nor date, which a consolidated text prints at
    its end; the gazette's heading), or footnote 1 is printed among the header's lines."""
    number = fields.get("number")
    if (isinstance(number, str) and "/VBHN-" in number) or (
        number is None and "date" not in fields
    ):
        return True
    return any(
        (t.kind is TokenKind.PARAGRAPH and _FOOTNOTE_ONE.match(t.text))
        or (t.kind is TokenKind.NOISE and _CONSOLIDATED.match(t.text))
        for t in tokens
    )


def _near_issuer(tokens: Sequence[Token], i: int) -> bool:
    """A capital line right above the "Số:" line belongs to the issuer (Công báo order)."""
    for tok in tokens[i + 1 : i + 3]:
        if tok.kind is TokenKind.SO_KY_HIEU:
            return True
        if tok.kind not in _SKIP:
            return False
    return False


def _put_place_date(acc: _Acc, tok: Token, diags: list[Diagnostic]) -> None:
    g = tok.groups
    place = rejoin(fold_spaces(g.get("place", "")).strip(" ,"))  # "Qu ả ng Ngãi" (a crawl)
    acc.put("place", place, tok.span)
    acc.put("date_raw", tok.text, tok.span)
    date = make_date(g["day"], g["month"], g["year"])
    if date is None:
        diags.append(_diag("NQP103", f"date does not exist: {tok.text!r}", tok.span))
    else:
        acc.put("date", date, tok.span)


def _sitting(groups: dict[str, str]) -> str | None:
    sitting = groups.get("sitting")
    return sitting.strip(" ,.") if sitting else None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _date(value: object) -> dt.date | None:
    return value if isinstance(value, dt.date) else None


def _diag(code: str, message: str, span: Span, severity: Severity = Severity.WARNING) -> Diagnostic:
    return Diagnostic(code=code, severity=severity, message=message, span=span)
