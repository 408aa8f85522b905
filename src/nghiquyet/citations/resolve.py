"""Resolve citations: typo variants within one text, then a catalogue lookup.

The lookup is injected (eyecite style): ``resolve(citations, catalogue=Catalogue(...))``; any
callable ``Citation -> Entry | None`` works. Resolution never merges two documents on a guess:
a malformed number ("45/2022/QH") takes the full form ("45/2022/QH15") only when a well-formed
citation in the same text has the same sequence number, year, issuer body and, when both
print one, the same date.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from nghiquyet.citations.canonical import NumberParts, citation_id, number_key, parse_number
from nghiquyet.citations.catalogue import Catalogue, Lookup
from nghiquyet.models import Citation, CitationKind, Diagnostic, Severity

# Stable diagnostic codes (docs/citations.md).
CODES: dict[str, tuple[Severity, str]] = {
    "NQC101": (Severity.WARNING, "incomplete số ký hiệu {raw!r} (no legislature term)"),
    "NQC102": (Severity.WARNING, "year {year} of {raw!r} is outside term {term}"),
    "NQC103": (Severity.INFO, "{raw!r} resolved to {number} (same document cited in full)"),
    "NQC104": (Severity.INFO, "{what} is known as {number} adopted {known}; printed {printed}"),
    "NQC105": (Severity.INFO, "{what} of {year} is known as {number}; printed {printed}"),
    "NQC106": (Severity.WARNING, "year {year} of {raw!r} is impossible"),
}


class Resolution(NamedTuple):
    """What :func:`resolve` returns: the citations, resolved, and what it noticed."""

    citations: tuple[Citation, ...]
    diagnostics: tuple[Diagnostic, ...]


def diagnostic(code: str, citation: Citation, **facts: object) -> Diagnostic:
    """A diagnostic of ``code`` about ``citation``, its message filled from ``facts``."""
    severity, template = CODES[code]
    return Diagnostic(
        code=code, severity=severity, message=template.format(**facts), span=citation.span
    )


def _parts(c: Citation) -> NumberParts | None:
    return parse_number(c.number) if c.kind is CitationKind.NUMBERED and c.number else None


def _same_family(bad: NumberParts, good: NumberParts) -> bool:
    return (
        number_key(bad.seq) == number_key(good.seq)
        and bad.year == good.year
        and bad.type_code == good.type_code
        and bad.issuer_codes == good.issuer_codes
        and not good.problems
    )


_Family = tuple[str, int | None, str | None, tuple[str, ...]]


def _family(parts: NumberParts) -> _Family:
    """What :func:`_same_family` compares: sequence number, year, type code and issuer."""
    return number_key(parts.seq), parts.year, parts.type_code, parts.issuer_codes


def _families(pool: list[Citation]) -> dict[_Family, list[tuple[Citation, NumberParts]]]:
    """The well-formed numbered citations of ``pool`` by :func:`_family`, in order."""
    out: dict[_Family, list[tuple[Citation, NumberParts]]] = {}
    for other in pool:
        good = _parts(other)
        if good is not None and not good.problems:
            out.setdefault(_family(good), []).append((other, good))
    return out


def _full_form(
    c: Citation, bad: NumberParts, families: dict[_Family, list[tuple[Citation, NumberParts]]]
) -> Citation | None:
    """The one well-formed citation that ``c`` is a variant of, else None (``families`` is
    :func:`_families` of the text's citations: those :func:`_same_family` accepts)."""
    found: dict[str, Citation] = {}
    for other, good in families.get(_family(bad), ()):
        if c.date and other.date and c.date != other.date:
            continue
        if c.doc_type and other.doc_type and c.doc_type != other.doc_type:
            continue
        if "missing_term" in bad.problems or (c.date and other.date):
            found.setdefault(good.canonical, other)
    return next(iter(found.values())) if len(found) == 1 else None


def _year_typo_form(
    c: Citation, bad: NumberParts, families: dict[_Family, list[tuple[Citation, NumberParts]]]
) -> Citation | None:
    """The one well-formed citation whose number is ``c``'s but for a year that a typo made
    impossible: two digits swapped or one digit changed ("142/2205/NĐ-CP" of
    142/2025/NĐ-CP), and the same date where both print one; else None."""
    found: dict[str, Citation] = {}
    seq, _, type_code, issuers = _family(bad)
    for (other_seq, year, other_type, other_issuers), cited in families.items():
        if (other_seq, other_type, other_issuers) != (seq, type_code, issuers):
            continue
        if year is None or bad.year is None or not _year_typo(str(bad.year), str(year)):
            continue
        for other, good in cited:
            if not (c.date and other.date and c.date != other.date):
                found.setdefault(good.canonical, other)
    return next(iter(found.values())) if len(found) == 1 else None


def _year_typo(printed: str, year: str) -> bool:
    """Whether ``printed`` is ``year`` with two adjacent digits swapped or one digit changed."""
    if len(printed) != len(year):
        return False
    diff = [i for i, (a, b) in enumerate(zip(printed, year, strict=True)) if a != b]
    if len(diff) == 1:
        return True
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and printed[diff[0]] == year[diff[1]]
        and printed[diff[1]] == year[diff[0]]
    )


def _variants(cites: list[Citation], diags: list[Diagnostic]) -> list[Citation]:
    out: list[Citation] = []
    families: dict[_Family, list[tuple[Citation, NumberParts]]] | None = None
    for c in cites:
        bad = _parts(c)
        if bad is None or not bad.problems:
            out.append(c)
            continue
        code = (
            "NQC106"
            if "impossible_year" in bad.problems
            else "NQC101"
            if "missing_term" in bad.problems
            else "NQC102"
        )
        term_years = bad.term or "?"
        diags.append(
            diagnostic(code, c, raw=c.number_raw or c.number, year=bad.year, term=term_years)
        )
        if families is None:
            families = _families(cites)
        if "impossible_year" in bad.problems:
            full = _year_typo_form(c, bad, families)
        else:
            full = _full_form(c, bad, families)
        if full is None or full.number is None:
            out.append(c)
            continue
        diags.append(diagnostic("NQC103", c, raw=c.number_raw or c.number, number=full.number))
        good = parse_number(full.number)
        out.append(
            c.model_copy(
                update={
                    "number": full.number,
                    "year": good.year if good else c.year,
                    "term": good.term if good else None,
                    "id": full.number,
                    "uri": full.uri,
                    "resolved_id": full.number,
                }
            )
        )
    return out


def _padded(cites: list[Citation], diags: list[Diagnostic]) -> list[Citation]:
    """Numbers printed without the leading zero the law requires ("4/2023/NĐ-CP") take the id
    of the same number printed with it in the same text ("04/2023/NĐ-CP"); ``number`` stays
    as printed. A number without a year needs the same date on both (its series restarts
    yearly)."""
    padded: dict[str, list[Citation]] = {}
    for c in cites:
        if c.kind is CitationKind.NUMBERED and c.number and c.number.startswith("0"):
            padded.setdefault(number_key(c.number), []).append(c)
    if not padded:
        return cites
    out = []
    for c in cites:
        if c.kind is CitationKind.NUMBERED and c.number and not c.number.startswith("0"):
            same = {o.number: o for o in padded.get(number_key(c.number), ()) if _same_print(c, o)}
            if len(same) == 1:
                full = next(iter(same.values()))
                diags.append(diagnostic("NQC103", c, raw=c.number_raw, number=full.number))
                c = c.model_copy(
                    update={"id": full.number, "uri": full.uri, "resolved_id": full.number}
                )
        out.append(c)
    return out


def _same_print(c: Citation, other: Citation) -> bool:
    """Whether two numbers equal but for leading zeros name one document: the same date where
    both print one; a number without a year needs both dates."""
    if c.date and other.date:
        return c.date == other.date
    parts = _parts(c)
    return parts is not None and parts.year is not None


def _lookup(c: Citation, lookup: Lookup, diags: list[Diagnostic]) -> Citation:
    if c.kind not in (CitationKind.NUMBERED, CitationKind.NAMED):
        return c
    entry = lookup(c)
    if entry is not None:
        return c.model_copy(update={"resolved_id": entry.id, "uri": entry.uri or c.uri})
    if isinstance(lookup, Catalogue):
        diags.extend(_conflicts(c, lookup))
    return c


def _conflicts(c: Citation, catalogue: Catalogue) -> list[Diagnostic]:
    """A known law named like ``c`` in the same year, with another date or number: the
    circulating wrong values of spec §8.1 ("Luật TCCQĐP số 75/2025/QH15")."""
    if not (c.doc_type and c.title and (c.date or c.year)):
        return []
    what = f"{c.doc_type} {c.title}"
    out = []
    for known in catalogue.by_name(c.doc_type, c.title):
        if known.date is None:
            continue
        if c.kind is CitationKind.NAMED and c.date and known.date.year == c.date.year:
            out.append(
                diagnostic(
                    "NQC104", c, what=what, number=known.id, known=known.date, printed=c.date
                )
            )
        elif c.kind is CitationKind.NUMBERED and c.year == known.date.year and known.number:
            out.append(
                diagnostic(
                    "NQC105", c, what=what, year=c.year, number=known.number, printed=c.number
                )
            )
    return out


def resolve(
    citations: Iterable[Citation],
    catalogue: Lookup | None = None,
    *,
    own_number: str | None = None,
) -> Resolution:
    """Resolve ``citations`` (typo variants, then ``catalogue``; None = the built-in laws).

    Unresolved citations keep ``resolved_id=None``. ``own_number`` resolves ``self`` ones.

    >>> from nghiquyet.citations.find import find_citations
    >>> text = ("Nghị quyết số 45/2022/QH ngày 11 tháng 01 năm 2022; Nghị quyết số "
    ...         "45/2022/QH15 ngày 11 tháng 01 năm 2022 của Quốc hội")
    >>> [c.number for c in resolve(find_citations(text)).citations]
    ['45/2022/QH15', '45/2022/QH15']
    """
    lookup: Lookup = Catalogue.builtin() if catalogue is None else catalogue
    diags: list[Diagnostic] = []
    cites = _padded(_variants(list(citations), diags), diags)
    out = []
    for c in cites:
        c = _lookup(c, lookup, diags)
        if c.kind is CitationKind.SELF and own_number:
            c = c.model_copy(update={"resolved_id": own_number})
        if c.id is None and c.kind in (CitationKind.NUMBERED, CitationKind.NAMED):
            c = c.model_copy(update={"id": citation_id(c.doc_type, c.number, c.date)})
        out.append(c)
    return Resolution(tuple(out), tuple(diags))


__all__ = ["CODES", "Resolution", "diagnostic", "resolve"]
