"""The số ký hiệu grammar: a printed number -> its parts, canonical form, id and URI.

Grammar (shared/spec/vn-format.md §2.1), on the folded token::

    state  = seq "/" [year "/"] symbol      45/2022/QH15  15/2022/NĐ-CP  895/QĐ-TTg
    party  = seq "-" TYPE "/" ORG           13-NQ/TW  36-HD/VPTW
    legacy = seq "-" symbol                 107-CP  111-HĐBT

Folding: NFC, Ð -> Đ, every dash to "-", white space deleted, "//" -> "/"; then each "-" token
gets its Vietnamese letters and case back from the code tables ("ND" -> "NĐ", "TTG" -> "TTg",
"NĐCP" -> "NĐ-CP", OCR "QHI5" -> "QH15"). The sequence number is kept as printed and compared
zero-insensitively (:func:`number_key`).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from nghiquyet.vocab import DOC_TYPE_BY_CODE, DOC_TYPE_BY_NAME
from nghiquyet.vocab.issuers import ISSUERS, LOCAL_UNIT_CODES

# Legislature terms: QH15 = khóa XV (2021-2026); boundary years belong to both terms.
TERMS: dict[int, tuple[int, int]] = {
    8: (1987, 1992), 9: (1992, 1997), 10: (1997, 2002), 11: (2002, 2007), 12: (2007, 2011),
    13: (2011, 2016), 14: (2016, 2021), 15: (2021, 2026), 16: (2026, 2031),
}  # fmt: skip

# Codes that form a legislature symbol with a term number: QH15, UBTVQH15.
LEGIS_BODIES: tuple[str, ...] = ("UBTVQH", "QH")
PARTY_ORGS: frozenset[str] = frozenset(
    {
        "TW",
        "VPTW",
        "TU",
        "HU",
        "ĐU",
        "BCĐ",
        "BCĐTW",
        "BTCTW",
        "UBKTTW",
        "CTN",
        "TCT",
        "TC",
        "HĐNN",
        "ĐUK",
    }
)

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_FOLD = str.maketrans({"\u00d0": "Đ", "\u00f0": "đ", "\uff0f": "/"})
_DASHES = regex.compile(r"[\u2010-\u2015\u2212]")
_SPACE = regex.compile(r"\s+")

# On the folded token. seq: 05, 1249a, 66.19; tokens: NĐ, TTg, QyĐ, SXD(KTXD).
_SEQ = r"(?P<seq>\d{1,6}[a-zđ]?(?:\.\d{1,3})?)"
_TOK = r"[\p{L}\d]+(?:\([\p{L}\d]+\))?"
_STATE = regex.compile(rf"{_SEQ}/(?:(?P<year>\d{{4}})/)?(?P<symbol>{_TOK}(?:-{_TOK})*)")
# The years a số ký hiệu may print; another ("142/2205/NĐ-CP") is a typo: "impossible_year".
YEARS = range(1945, 2101)
_PARTY = regex.compile(rf"{_SEQ}-(?P<ptype>\p{{L}}+)/(?P<org>\p{{L}}+)\d*")
# A Party committee's own department or office: "BTGTU" (Ban Tuyên giáo Tỉnh ủy), "VPTU",
# "BTCTW", "UBKTHU" — a few capitals, then the committee's code.
_PARTY_UNIT = regex.compile(r"[A-ZĐ]{1,6}(?:TW|TU|HU|QU|ĐU)")
_LEGACY = regex.compile(rf"{_SEQ}-(?P<symbol>{_TOK}(?:-{_TOK})*)")
_LEGIS = regex.compile(r"(?P<body>UBTVQH|QH)(?P<term>[0-9IlO|]{1,2})?")
_PREFIX = regex.compile(r"^(?i:số|so)?:?")  # "Số:" before a number
# A dash typed for the slash after the sequence, before a year: "19-2017/NQ-CP" is 19/2017/NQ-CP.
_DASHED_YEAR = regex.compile(rf"^{_SEQ}-(?P<year>(?:19|20)\d\d)/")
_NOT_SLUG = regex.compile(r"[^a-z0-9]+")


def _key(code: str) -> str:
    """Code folded for lookup: Đ -> D, upper case ("TTg" -> "TTG", "NĐ" -> "ND")."""
    return code.replace("Đ", "D").replace("đ", "d").upper()


def _known_codes() -> frozenset[str]:
    codes = {t.code for t in DOC_TYPE_BY_NAME.values() if t.code}
    return frozenset(codes | set(ISSUERS) | set(LOCAL_UNIT_CODES) | PARTY_ORGS)


KNOWN_CODES = _known_codes()


def _restore_table() -> dict[str, str]:
    seen: dict[str, set[str]] = {}
    for code in KNOWN_CODES:
        seen.setdefault(_key(code), set()).add(code)
    # A folded key shared by two codes ("DA" Dự án / "ĐA" Đề án) restores nothing.
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


_RESTORE = _restore_table()


@dataclass(frozen=True)
class NumberParts:
    """A parsed số ký hiệu.

    >>> p = parse_number("15/2022/ND-CP")
    >>> p.canonical, p.year, p.type_code, p.issuer_codes
    ('15/2022/NĐ-CP', 2022, 'NĐ', ('CP',))
    """

    canonical: str
    seq: str
    shape: str  # "state", "party" or "legacy"
    year: int | None = None
    type_code: str | None = None
    issuer_codes: tuple[str, ...] = ()
    term: str | None = None  # "QH15"
    problems: tuple[str, ...] = ()  # "missing_term", "year_outside_term", "impossible_year"

    @property
    def doc_type(self) -> str | None:
        """The tên loại the type code names ("NĐ" -> "Nghị định"), if any."""
        t = DOC_TYPE_BY_CODE.get(self.type_code or "")
        return t.name if t else None


def fold_number(raw: str) -> str:
    """The printed number folded: NFC, Đ, plain dashes, no white space, single slashes.

    >>> fold_number("3210/QĐ - U B ND")
    '3210/QĐ-UBND'
    """
    s = unicodedata.normalize("NFC", raw).translate(_INVISIBLE).translate(_FOLD)
    s = str(_SPACE.sub("", _DASHES.sub("-", s)))
    while "//" in s:
        s = s.replace("//", "/")
    return s


def _fix_token(tok: str, first: bool = False) -> list[str]:
    """One "-" token with letters restored; a glued first pair ("NĐCP") comes back as two."""
    if tok in KNOWN_CODES:
        return [tok]
    legis = _LEGIS.fullmatch(tok.upper())
    if legis:
        term = (legis["term"] or "").translate(str.maketrans("IlO|", "1101"))
        return [legis["body"] + term]
    restored = _RESTORE.get(_key(tok))
    if restored:
        return [restored]
    for cut in range(1, len(tok) if first else 0):
        head, tail = _RESTORE.get(_key(tok[:cut])), _RESTORE.get(_key(tok[cut:]))
        if head in DOC_TYPE_BY_CODE and tail in ISSUERS:
            return [head, tail]
    return [tok]


def _symbol_parts(
    tokens: list[str], year: int | None
) -> tuple[str | None, tuple[str, ...], str | None, tuple[str, ...]]:
    """(type code, issuer codes, term, problems) of the tokens after the year."""
    type_code = tokens[0] if tokens[0] in DOC_TYPE_BY_CODE and len(tokens) > 1 else None
    issuers: list[str] = []
    term: str | None = None
    problems: list[str] = []
    for tok in tokens[1:] if type_code else tokens:
        legis = _LEGIS.fullmatch(tok)
        if legis and (legis["term"] or "").isdigit():
            term, k = tok, int(legis["term"])
            issuers.append(legis["body"])
            lo, hi = TERMS.get(k, (0, 0))
            if year is not None and not lo <= year <= hi:
                problems.append("year_outside_term")
        elif legis:
            issuers.append(legis["body"])
            problems.append("missing_term")
        else:
            issuers.append(tok)
    return type_code, tuple(issuers), term, tuple(problems)


_PARTY_KEYS = frozenset(_key(o) for o in PARTY_ORGS)


@lru_cache(maxsize=65536)
def parse_number(raw: str) -> NumberParts | None:
    """Parse a printed số ký hiệu; None when ``raw`` is not one (a blank, a date, a form id).

    >>> parse_number("Số: 13-NQ/TW").canonical
    '13-NQ/TW'
    >>> parse_number("45/2022/QH").problems
    ('missing_term',)
    """
    s = fold_number(raw)
    s = _PREFIX.sub("", s)
    s = _DASHED_YEAR.sub(r"\g<seq>/\g<year>/", s, count=1)
    m = _PARTY.fullmatch(s)
    if m and (
        m["org"] in PARTY_ORGS or _key(m["org"]) in _PARTY_KEYS or _PARTY_UNIT.fullmatch(m["org"])
    ):
        ptype = _fix_token(m["ptype"])[0]
        org = _RESTORE.get(_key(m["org"]), m["org"])
        return NumberParts(
            f"{m['seq']}-{ptype}/{org}", m["seq"], "party", type_code=ptype, issuer_codes=(org,)
        )
    m = _STATE.fullmatch(s)
    shape = "state"
    if not m:
        m = _LEGACY.fullmatch(s)
        shape = "legacy"
        if not m or m["symbol"].isdigit():
            return None
    year = int(m["year"]) if shape == "state" and m["year"] else None
    raw_tokens = m["symbol"].split("-")
    tokens = [t for i, tok in enumerate(raw_tokens) for t in _fix_token(tok, i == 0)]
    if not any(c.isalpha() for c in "".join(tokens)):
        return None
    type_code, issuers, term, problems = _symbol_parts(tokens, year)
    if year is not None and year not in YEARS:
        problems = ("impossible_year", *problems)
    sep = "/" if shape == "state" else "-"
    head = m["seq"] + sep + (f"{year}/" if year else "")
    return NumberParts(
        head + "-".join(tokens), m["seq"], shape, year, type_code, issuers, term, problems
    )


_MARKED = regex.compile(r"(?P<code>\p{L}+)(?P<mark>\d{1,2})")
# Quốc hội and its organs print the term after their code: QH15, UBTVQH15, BC-UBPLTP15.
_TERMED = frozenset({*LEGIS_BODIES, "VPQH", "UBPLTP"})


def footnote_mark(raw: str) -> str | None:
    """Digits glued to the last code of a printed number that no such code carries, as a
    footnote mark of a PDF layer leaves them ("140/NQ-CP2"), else None; a legislature's
    term ("45/2022/QH15") and an unknown code ("BC-UBPLTP15") keep theirs.

    >>> footnote_mark("140/NQ-CP2"), footnote_mark("45/2022/QH15")
    ('2', None)
    """
    parts = parse_number(raw)
    if parts is None or parts.shape == "party" or not parts.issuer_codes:
        return None
    m = _MARKED.fullmatch(parts.issuer_codes[-1])
    if m is None or m["code"] in _TERMED or m["code"] not in KNOWN_CODES:
        return None
    return str(m["mark"])


def canonical_number(raw: str) -> str | None:
    """Canonical số ký hiệu, or None when ``raw`` is not one.

    >>> canonical_number("05 /NQ-HĐND")
    '05/NQ-HĐND'
    >>> canonical_number("147/2020/ND-CP"), canonical_number("28/2021/QĐ-TTG")
    ('147/2020/NĐ-CP', '28/2021/QĐ-TTg')
    >>> canonical_number("..../2022/QĐ-TTg") is None
    True
    """
    parts = parse_number(raw)
    return parts.canonical if parts else None


def number_key(number: str) -> str:
    """A comparison key: canonical number with the sequence's leading zeros dropped.

    >>> number_key("05/NQ-HĐND") == number_key("5/NQ-HĐND")
    True
    """
    stripped = number.lstrip("0")
    return stripped if stripped[:1].isdigit() else "0" + stripped


@lru_cache(maxsize=65536)
def slug(text: str) -> str:
    """ASCII slug for URIs, as the writers make it: "Nghị quyết" -> "nghi-quyet".

    >>> slug("45/2022/QH15"), slug("66.19/2026/NQ-CP")
    ('45-2022-qh15', '66-19-2026-nq-cp')
    """
    s = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return str(_NOT_SLUG.sub("-", s)).strip("-")


def citation_id(doc_type: str | None, number: str | None, date: dt.date | None) -> str | None:
    """The id a citation resolves on: its number, else ``"<type>@<date>"``.

    >>> citation_id("Luật", None, dt.date(2015, 6, 19))
    'luat@2015-06-19'
    """
    if number:
        return number
    if doc_type and date:
        return f"{slug(doc_type)}@{date.isoformat()}"
    return None


@lru_cache(maxsize=65536)
def work_uri(doc_type: str | None, number: str | None, date: dt.date | None) -> str | None:
    """Akoma Ntoso FRBR work URI, in the scheme of ``nghiquyet.writers.frbr`` (docs/citations.md).

    ``/akn/vn/act/<tên loại>/<date, else the number's year>/<number>``; a law by name and
    date has no number part.

    >>> work_uri("Nghị quyết", "45/2022/QH15", dt.date(2022, 1, 11))
    '/akn/vn/act/nghi-quyet/2022-01-11/45-2022-qh15'
    >>> work_uri("Nghị quyết", "45/2022/QH15", None)
    '/akn/vn/act/nghi-quyet/2022/45-2022-qh15'
    >>> work_uri("Luật", None, dt.date(2015, 6, 19))
    '/akn/vn/act/luat/2015-06-19'
    """
    parts = parse_number(number) if number else None
    kind = slug(doc_type or (parts.doc_type if parts else None) or "văn bản")
    when = date.isoformat() if date else str(parts.year) if parts and parts.year else None
    tail = [p for p in (when, slug(parts.canonical) if parts else None) if p]
    return f"/akn/vn/act/{kind}/" + "/".join(tail) if tail else None


__all__ = [
    "KNOWN_CODES",
    "TERMS",
    "YEARS",
    "NumberParts",
    "canonical_number",
    "citation_id",
    "fold_number",
    "footnote_mark",
    "number_key",
    "parse_number",
    "slug",
    "work_uri",
]
