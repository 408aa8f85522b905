"""Find citations in text: numbered documents, laws by name and date, self, title-only and
internal references, each with its exact span in the caller's text.

>>> [c.number for c in find_citations("Căn cứ Nghị định số 15/2022/ND-CP ngày 01/02/2022;")]
['15/2022/NĐ-CP']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from nghiquyet.citations import patterns as P
from nghiquyet.citations.anchors import Start, candidates, so_before, type_word_before
from nghiquyet.citations.canonical import citation_id, footnote_mark, parse_number, work_uri
from nghiquyet.citations.furniture import PageView
from nghiquyet.citations.issuer import clean_issuer, issuer_codes
from nghiquyet.citations.relation import relation_before
from nghiquyet.models import Citation, CitationKind, Relation, trusted
from nghiquyet.normalize import Normalized, fold_spaces, normalize
from nghiquyet.vocab import DOC_TYPE_BY_NAME

# Printed type word (folded) -> sentence-case name: "QUYẾT ĐỊNH" -> "Quyết định".
_TYPE_NAMES: dict[str, str] = {n.casefold(): n for n in P.TYPE_WORDS} | {
    n.casefold(): n for n in ("Bộ luật", "Luật", "Pháp lệnh", "Hiến pháp")
}
_GLUE = regex.compile(r"^[\s,]*(?:của\s*)?$")  # between a path and its document: " của "


# The regex tried where each kind of start was found, and the branches it may report.
_REGEX_AT: dict[Start, regex.Pattern[str]] = {
    Start.TYPE: P.TYPE_CITATION,
    Start.LAW: P.LAW_CITATION,
    Start.INTERNAL: P.INTERNAL_CITATION,
    Start.LIST_ITEM: P.LIST_ITEM_CITATION,
    Start.BARE: P.BARE_CITATION,
}
# What may follow a law's name (a date, a number) and what ends its clause.
_HINT_WORDS = ("ngày", "Ngày", "NGÀY", "số", "Số", "SỐ")
_CLAUSE_STOPS = (";", "\n\n")
_NAME_REACH = 700  # characters a law's name and its date may span
_SO_WORD = regex.compile(r"(?i:số)(?=\s{1,4}\d)")
# "Luật 69/2020/QH14", "Luật\n69/2020/QH14", "Luật sổ 10/2017/QH14" ("số" misspelt: no hint word)
_LAW_THEN_NUMBER = regex.compile(
    rf"{P.LAW_WORD}{P.GAP}:?{P.SPACES}(?:(?i:so|sổ|sô)[ \t]{{1,3}})?\d"
)
# The first digit of a law's clause starts a number: "Luật Hóa chất 69/2025/QH15 đối với" (its
# name, then its number without "số" or a date: no hint word either).
_SEQ_SLASH = regex.compile(r"\d{1,6}[a-zđ]?[ \t]{0,8}/")
_BRANCHES = frozenset(
    {"numbered", "named", "dated", "self", "title_only", "internal", "list_item", "bare"}
)
# What ends a list: a sentence or a paragraph ("...; Căn cứ" keeps it: ";" separates items).
_LIST_END = regex.compile(r"[.:!?](?:\s|$)|\n[ \t]*\n")
_LIST_REACH = 400  # characters from one list item to the next
# A number or a date starts with a digit, and nothing before that digit in a numbered or named
# citation is a ";" or a ".": without a digit ahead of the next one, only the other branches
# can match (the cheaper regexes).
_DIGIT = regex.compile(r"\d")
# A URL's parameter value wrapped onto the next line: "...aspx?ItemID=46822&Keyword= ⏎
# 74/2014/QH13" (a link in a table, not a citation).
_URL_VALUE = regex.compile(r"[=&][ \t]*+\n?[ \t]*+\Z")
# A footnote printed on a line of its own: "2 Nghị quyết số 140/NQ-CP ngày 17/5/2025 ..."
_TYPE_WORD = regex.compile(P.TYPE_WORD)
_NEVER_SELF = frozenset({"Giấy phép"})  # a type word no document is titled with
_FOOTNOTE_LINE = regex.compile(r"\n[ \t]*+(?P<n>\d{1,2})[ \t]++\p{Lu}")
_FOOTNOTE_REACH = 50_000  # characters from a mark to its footnote (a VBHN prints them last)


@dataclass
class _Hit:
    """A citation being assembled, in normalized offsets."""

    kind: CitationKind
    start: int
    end: int
    doc_type: str | None = None
    number_raw: str | None = None
    date: dt.date | None = None
    issuer: str | None = None
    title: str | None = None
    relation: Relation | None = None
    target: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


# The branches of each regex, in the order of its groups (the first one that matched wins),
# by id(): hashing a long pattern costs more than a look-up should.
_BRANCHES_OF: dict[int, tuple[str, ...]] = {
    id(rx): tuple(k for k in rx.groupindex if k in _BRANCHES)
    for rx in (*_REGEX_AT.values(), P.LAW_BARE_CITATION, P.TYPE_BARE_CITATION)
}


class _Ahead:
    """Where ``char`` next stands at or after a position, for positions asked in increasing
    order (an answer is reused until passed: linear time in all)."""

    def __init__(self, text: str, char: str) -> None:
        self.text, self.char = text, char
        self.asked, self.found = 0, -1

    def __call__(self, pos: int) -> int:
        if not self.asked <= pos <= self.found:
            self.found = self.text.find(self.char, pos)
            if self.found == -1:
                self.found = len(self.text)
        self.asked = pos
        return self.found


@lru_cache(maxsize=1024)
def doc_type_name(printed: str) -> str:
    """Sentence-case tên loại of a printed type word: "NGHỊ  QUYẾT" -> "Nghị quyết"."""
    folded = fold_spaces(printed).casefold()
    known = DOC_TYPE_BY_NAME.get(folded)
    return known.name if known else _TYPE_NAMES.get(folded, fold_spaces(printed).capitalize())


def _date(m: regex.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None


def eid(point: str | None = None, para: str | None = None, art: str | None = None) -> str:
    """Akoma Ntoso eId of a node path: ``eid("a", "1", "5") == "art_5__para_1__point_a"``."""
    pieces = [("art", art), ("para", para), ("point", point)]
    return "__".join(f"{k}_{v}" for k, v in pieces if v)


def _path(m: regex.Match[str]) -> dict[str, str]:
    return {k: v for k in ("point", "para", "art", "chap") if (v := m.group(k))}


class _Scanner:
    """One pass over normalized text; keeps the state the rules share."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.pos, self.end = text, start, end
        self.hits: list[_Hit] = []
        self._heading = (-1, -1)  # (line start, end of the HEADING match there or -1)
        self._line = (start, start if start == 0 else text.rfind("\n", 0, start) + 1)
        self._stops = (_Ahead(text, ";"), _Ahead(text, "."))
        self._digits = (0, 0, -1)  # searched [a, b) for a digit: the first one, or -1

    def run(self) -> list[_Hit]:
        text = self.text
        handlers = {kind: getattr(self, f"_{kind}") for kind in _BRANCHES}
        for at, start in candidates(text, self.pos, self.end):
            if at < self.pos:
                continue
            rx = _REGEX_AT[start]
            if start is Start.TYPE and not self._number_ahead(at):
                rx = P.TYPE_BARE_CITATION
            elif start is Start.LAW and not (
                self._number_ahead(at)
                and (
                    self._dated_or_numbered(at)
                    or _LAW_THEN_NUMBER.match(text, at)
                    or _SEQ_SLASH.match(text, self._first_digit(at))
                )
            ):
                rx = P.LAW_BARE_CITATION
            m = rx.match(text, at, self.end)
            if m is None:
                continue
            for kind in _BRANCHES_OF[id(rx)]:
                if m.group(kind) is not None:
                    self.pos = max(handlers[kind](m), m.start() + 1)
                    break
        for hit in self.hits:
            if hit.number_raw and hit.number_raw[-1].isdigit():
                self._drop_footnote_mark(hit)
        return self.hits

    def _drop_footnote_mark(self, hit: _Hit) -> None:
        """ "Nghị quyết số 140/NQ-CP2" is 140/NQ-CP with footnote 2 when the text goes on to
        print that footnote ("2 Nghị quyết số 140/NQ-CP ngày ...", a line of its own)."""
        raw = hit.number_raw or ""
        mark = footnote_mark(raw)
        if mark is None or not raw.endswith(mark):
            return
        for note in _FOOTNOTE_LINE.finditer(self.text, hit.end, hit.end + _FOOTNOTE_REACH):
            if note["n"] == mark:
                hit.number_raw = raw[: -len(mark)]
                return

    def _number_ahead(self, at: int) -> bool:
        """Whether a digit follows ``at`` before the next ";" or "." (see :data:`_DIGIT`).

        Asked in increasing order, each search starts where the last one stopped, or later.
        """
        semicolon, period = self._stops
        stop = min(semicolon(at), period(at))
        a, b, digit = self._digits
        if not (a <= at and stop <= b and (digit == -1 or digit >= at)):
            m = _DIGIT.search(self.text, at, stop)
            a, b, digit = at, stop, -1 if m is None else m.start()
            self._digits = (a, b, digit)
        return digit != -1 and digit < stop

    def _first_digit(self, at: int) -> int:
        """The first digit at or after ``at`` (the one :meth:`_number_ahead` found, if it
        looked from there), else the end of the text."""
        a, _, digit = self._digits
        if a <= at <= digit:
            return digit
        m = _DIGIT.search(self.text, at)
        return len(self.text) if m is None else m.start()

    def _dated_or_numbered(self, at: int) -> bool:
        """Whether a "ngày" or "số" follows a law word within its clause (a named citation
        is possible); a cheap test that spares the name scan in prose."""
        text = self.text
        hint, limit = -1, at + _NAME_REACH
        for w in _HINT_WORDS:  # the first hint word that starts in [at, at + _NAME_REACH)
            i = text.find(w, at, limit + len(w) - 1)
            if i != -1:
                hint, limit = i, i
        # ... with no clause stop starting in [at, hint)
        return hint != -1 and all(
            text.find(stop, at, hint + len(stop) - 1) == -1 for stop in _CLAUSE_STOPS
        )

    # -- one method per branch of the citation regexes; each returns where to scan on ---------
    def _numbered(self, m: regex.Match[str]) -> int:
        parts = parse_number(m["number"])
        if parts is None:
            return int(m.start()) + 1
        doc_type = doc_type_name(m["type"])
        hit = self._document(CitationKind.NUMBERED, m.start(), m.end(), doc_type, m["number"])
        return self._tail(hit, doc_type)

    def _named(self, m: regex.Match[str]) -> int:
        name = fold_spaces(m["name"]).strip(" ,")
        doc_type = doc_type_name(m["type"])
        if m["number"]:
            parts = parse_number(m["number"])
            if parts is None:
                return int(m.start()) + 1
            if (
                parts.doc_type is not None
                and parts.doc_type not in _LAW_NUMBER_TYPES
                and not _SO_BETWEEN.search(self.text, m.end("name"), m.start("number"))
            ):
                # "Luật Đất đai 15/2022/NĐ-CP": a decree after a law's name is not its number
                # ("Pháp lệnh ... số 32-L/CTN" is: "số" says so, and L/CTN numbers laws)
                hit = self._document(CitationKind.TITLE_ONLY, m.start(), m.end("name"), doc_type)
                hit.title = name
                return int(m.end("name"))
            hit = self._document(CitationKind.NUMBERED, m.start(), m.end(), doc_type, m["number"])
            hit.title = name
            return self._tail(hit, doc_type)
        hit = self._document(CitationKind.NAMED, m.start(), m.end(), doc_type, None)
        hit.title = name
        d = P.DATE_AFTER.match(self.text, m.end())
        if d is None or _date(d) is None or not _plausible_name(name):
            hit.kind = CitationKind.TITLE_ONLY
            return int(m.end())
        hit.date, hit.end = _date(d), d.end()
        return self._issuer(hit)

    def _dated(self, m: regex.Match[str]) -> int:
        """A document by its type word and date, its number not printed ("Nghị quyết của Quốc
        hội ngày 11 tháng 01 năm 2022"): kind ``named``, as a law by name and date."""
        d = P.DATE_AFTER.match(self.text, m.end())
        date = _date(d) if d is not None else None
        if d is None or date is None:
            return int(m.start()) + 1
        hit = self._document(CitationKind.NAMED, m.start(), d.end(), doc_type_name(m["type"]))
        hit.date = date
        if m["issuer"]:
            hit.issuer = clean_issuer(fold_spaces(m["issuer"]))
        return self._issuer(hit)

    def _list_item(self, m: regex.Match[str]) -> int:
        """A list item far from its type word ("các Quyết định số 1731/QĐ-BKHĐT ngày ... ban
        hành Quy chế, số 1732/QĐ-BKHĐT ..."): it takes the type of the numbered citation
        before it in the same sentence."""
        prev = self.hits[-1] if self.hits else None
        parts = parse_number(m["number"])
        if (
            prev is None
            or prev.kind is not CitationKind.NUMBERED
            or parts is None
            or m.start() - prev.end > _LIST_REACH
            or _LIST_END.search(self.text, prev.end, m.start())
            or prev.doc_type is None
        ):
            return int(m.start()) + 1
        doc_type = parts.doc_type if parts.type_code and parts.doc_type else prev.doc_type
        hit = _Hit(CitationKind.NUMBERED, m.start(), m.end(), doc_type, m["number"])
        hit.relation = prev.relation
        self.hits.append(hit)
        return self._tail(hit, doc_type)

    def _bare(self, m: regex.Match[str]) -> int:
        """A number no type word names ("Quyết định của TTCP ⏎26/2020/QĐ-TTg", "theo QĐ số
        22/2013/QĐ-TTg"): only with a year and a type code, which gives its type, or with a
        year and a legislature's code and term ("theo số 21/2017/QH14"), which leave its type
        open: a Luật, Bộ luật or Nghị quyết of Quốc hội (spec §1.2), so ``doc_type`` is None."""
        parts = parse_number(m["number"])
        abbr = P.ABBREVIATION_BEFORE.search(self.text, max(0, m.start() - 12), m.start())
        if (
            parts is None
            or (
                abbr is None
                and (parts.year is None or (parts.doc_type is None and parts.term is None))
                and not (parts.doc_type and self._type_word_before(m.start()) == parts.doc_type)
            )
            or P.FORM_BEFORE.search(self.text, max(0, m.start() - 24), m.start())
            or _URL_VALUE.search(self.text, max(0, m.start() - 12), m.start())
        ):
            return int(m.start()) + 1
        # "QĐ 950/QĐ-TTg", "CV 5141/SNNMT-KS": the abbreviated type word names its type
        doc_type = P.TYPE_ABBREVIATIONS[abbr["abbr"]] if abbr else parts.doc_type
        hit = self._document(CitationKind.NUMBERED, m.start(), m.end(), doc_type, m["number"])
        return self._tail(hit, doc_type)

    def _type_word_before(self, pos: int) -> str | None:
        """The tên loại of a type word a few words before ``pos`` (or before a "số" there),
        in any case: "báo cáo giải trình số 118/BC-UBND", "Báo cáo thẩm tra 147/BC-HĐND"."""
        at = type_word_before(self.text, so_before(self.text, pos), descriptor=True)
        word = None if at is None else _TYPE_WORD.match(self.text, at)
        return None if word is None else doc_type_name(word[0])

    def _self(self, m: regex.Match[str]) -> int:
        doc_type = doc_type_name(m["type"])
        if doc_type in _NEVER_SELF:
            return int(m.end())  # "Giấy phép này" in a decree: a licence, not the document
        self.hits.append(_Hit(CitationKind.SELF, m.start(), m.end(), doc_type))
        return int(m.end())

    def _title_only(self, m: regex.Match[str]) -> int:
        if not m["type"][:1].isupper():
            return int(m.start()) + 1  # "quy định của Bộ": a common noun, not a document
        hit = self._document(CitationKind.TITLE_ONLY, m.start(), m.end(), doc_type_name(m["type"]))
        name = fold_spaces(m["name"])
        if m["type"] and doc_type_name(m["type"]) in _LAW_TYPES:
            hit.title = name
        else:
            hit.issuer = clean_issuer(name)
        return int(m.end())

    def _internal(self, m: regex.Match[str]) -> int:
        line = self._line_start(m.start())
        if line != self._heading[0]:  # one HEADING match per line, however many references
            h = P.HEADING.match(self.text, line)
            self._heading = (line, -1 if h is None else h.end())
        if self._heading[1] >= m.end():  # "Điều 5. Phạm vi": a heading
            return int(m.end())
        hit = _Hit(CitationKind.INTERNAL, m.start(), m.end(), extra=_path(m))
        self.hits.append(hit)
        return int(m.end())

    # -- shared steps -----------------------------------------------------------------------
    def _line_start(self, pos: int) -> int:
        """Start of the line holding ``pos``; searched on from the last position asked (the
        scan moves forward), so a one-line megabyte costs linear time, not quadratic."""
        asked, start = self._line
        if pos >= asked:
            i = self.text.rfind("\n", asked, pos)
            start = start if i == -1 else i + 1
        else:
            start = self.text.rfind("\n", 0, pos) + 1
        self._line = (pos, start)
        return start

    def _document(
        self, kind: CitationKind, start: int, end: int, doc_type: str | None, raw: str | None = None
    ) -> _Hit:
        hit = _Hit(kind, start, end, doc_type, raw)
        floor = self.hits[-1].end if self.hits else 0
        hit.relation = relation_before(self.text, start, floor)
        prev = self.hits[-1] if self.hits else None
        if (
            prev is not None
            and prev.kind is CitationKind.INTERNAL
            and "art" in prev.extra
            and prev.extra["art"] != "này"
            and _GLUE.match(self.text[prev.end : start])
        ):
            # "điểm g khoản 1 Điều 23 Nghị định số 47/2021/NĐ-CP": a pinpoint, not internal.
            self.hits.pop()
            hit.target = eid(prev.extra.get("point"), prev.extra.get("para"), prev.extra["art"])
            hit.relation = relation_before(self.text, prev.start, floor)
        self.hits.append(hit)
        return hit

    def _tail(self, hit: _Hit, doc_type: str | None) -> int:
        """Date, list continuations ("và số 12/NQ-CP"), then the issuer and title."""
        text = self.text
        d = P.DATE_AFTER.match(text, hit.end)
        if d is not None and _date(d) is not None:
            hit.date, hit.end = _date(d), d.end()
        while (nxt := P.LIST_NEXT.match(text, hit.end)) is not None:
            parts = parse_number(nxt["number"])
            if parts is None:
                break
            kind_type = parts.doc_type if parts.type_code and parts.doc_type else doc_type
            if (
                doc_type is not None
                and parts.doc_type != doc_type
                and parts.type_code
                and _code_of(doc_type) is None
            ):
                kind_type = doc_type  # "Luật số 1/2020/QH14, 2/2020/QH14": keep the printed word
            hit = _Hit(
                CitationKind.NUMBERED,
                nxt.start("number"),
                nxt.end(),
                kind_type,
                nxt["number"],
                relation=hit.relation,
            )
            self.hits.append(hit)
            d = P.DATE_AFTER.match(text, hit.end)
            if d is not None and _date(d) is not None:
                hit.date, hit.end = _date(d), d.end()
        return self._issuer(hit)

    def _next_start(self, start: int, end: int) -> int:
        """Where the next numbered citation starts in ``[start, end)``, else ``end``."""
        for m in _SO_WORD.finditer(self.text, start, end):
            at = type_word_before(self.text, m.start(), descriptor=True)
            if at is not None and at >= start:
                return at
        return end

    def _issuer(self, hit: _Hit) -> int:
        m = P.ISSUER_AFTER.match(self.text, hit.end)
        if m is not None:
            issuer = clean_issuer(fold_spaces(m["issuer"]))
            hit.issuer, hit.end = issuer, _end_of(self.text, m.start("issuer"), issuer)
            if hit.date is None:
                # the date after the issuer: "số 211/2025/NĐ-CP của Chính phủ ngày 25/7/2025"
                d = P.DATE_AFTER.match(self.text, hit.end)
                if d is not None and (date := _date(d)) is not None:
                    hit.date, hit.end = date, d.end()
        t = P.TITLE_AFTER.match(self.text, hit.end)
        if t is not None:
            cut = self._next_start(t.start("title"), t.end())
            title = self.text[t.start("title") : cut]
            hit.title = hit.title or fold_spaces(title).rstrip(" ,") or None
        return hit.end


MAX_NAME_WORDS = 18  # a law's name; an amending law's name may be longer
# How an amending law's name reads: "Luật sửa đổi, bổ sung ...", "Luật Sửa đổi, bổ sung ...",
# "Pháp lệnh bổ sung, sửa đổi ...", "Luật Thuế thu nhập cá nhân sửa đổi, bổ sung một số điều
# của Luật Thuế thu nhập cá nhân".
_AMENDING_START = ("sửa đổi", "bổ sung")
_AMENDING = "một số điều của"


def _plausible_name(name: str) -> bool:
    """Whether ``name`` reads as a law's name rather than a sentence running on to a date."""
    if len(name.split()) <= MAX_NAME_WORDS:
        return True
    folded = name.casefold()
    return folded.startswith(_AMENDING_START) or _AMENDING in folded


def _end_of(text: str, start: int, folded: str) -> int:
    """End offset of ``folded`` (white space folded) printed in ``text`` from ``start``."""
    pos = start
    for word in folded.split():
        pos = text.index(word, pos) + len(word)
    return pos


_LAW_TYPES = frozenset({"Bộ luật", "Luật", "Pháp lệnh", "Hiến pháp"})
_LAW_NUMBER_TYPES = _LAW_TYPES | {"Lệnh"}  # the codes a law's number may carry: 32-L/CTN
_SO_BETWEEN = regex.compile(r"(?i:số|so|sổ|sô)(?!\p{L})")


def _code_of(doc_type: str) -> str | None:
    known = DOC_TYPE_BY_NAME.get(doc_type.casefold())
    return known.code if known else None


def _to_citation(hit: _Hit, norm: Normalized) -> Citation:
    raw, date, issuer, doc_type, kind = hit.number_raw, hit.date, hit.issuer, hit.doc_type, hit.kind
    parts = parse_number(raw) if raw else None
    target = hit.target
    if kind is CitationKind.INTERNAL:
        path = hit.extra
        target = "chp_" + path["chap"] if "chap" in path else None
    number: str | None = None
    type_code: str | None = None
    term: str | None = None
    year = date.year if date else None
    if parts is not None:
        number, type_code, term = parts.canonical, parts.type_code, parts.term
        codes = parts.issuer_codes
        year = parts.year or year
    else:
        codes = issuer_codes(issuer) if issuer else ()
    span = norm.span(hit.start, hit.end)
    doc_kind = kind in _DOC_KINDS
    # Every field in declaration order; all but resolved_id count as set (for exclude_unset).
    # The values are of their fields' types already, so the model is made without validation.
    return trusted(
        Citation,
        {
            "kind": kind,
            "text": norm.source[span.start : span.end],
            "span": span,
            "doc_type": doc_type,
            "number": number,
            "number_raw": fold_spaces(raw) if raw else None,
            "year": year,
            "type_code": type_code,
            "issuer_codes": codes,
            "term": term,
            "date": date,
            "issuer": issuer,
            "title": hit.title,
            "id": citation_id(doc_type, number, date) if doc_kind else None,
            "uri": work_uri(doc_type, number, date) if doc_kind else None,
            "relation": hit.relation,
            "resolved_id": None,
            "target": target,
        },
        _FOUND_FIELDS,
    )


_FOUND_FIELDS = frozenset(Citation.model_fields) - {"resolved_id"}


_DOC_KINDS = frozenset({CitationKind.NUMBERED, CitationKind.NAMED})


def iter_citations(norm: Normalized, start: int = 0, end: int | None = None) -> Iterator[Citation]:
    """Citations in ``norm.text[start:end]`` (normalized offsets), in order, never overlapping."""
    view = PageView(norm)
    text = view.norm.text
    stop = len(text) if end is None else view.offset(end)
    for hit in _Scanner(text, view.offset(start), stop).run():
        yield _to_citation(hit, view.norm)


def find_citations(text: str, *, markdown: bool = True) -> list[Citation]:
    """Every citation in ``text``, in order; spans are offsets into ``text``.

    Numbered documents ("Nghị quyết số 45/2022/QH15 ngày 11 tháng 01 năm 2022 của Quốc hội"),
    laws by name and date ("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"),
    the document itself ("Nghị quyết này", kind ``self``), generic mentions ("các Nghị quyết
    của Trung ương", kind ``title_only``) and internal references ("khoản 2 Điều 3").
    Never raises on any ``str``.
    """
    return list(iter_citations(normalize(text, markdown=markdown)))


__all__ = ["doc_type_name", "eid", "find_citations", "iter_citations"]
