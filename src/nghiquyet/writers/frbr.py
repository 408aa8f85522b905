"""FRBR identification of a Document: work, expression and manifestation URIs and dates.

Work URIs follow the Akoma Ntoso naming convention, country "vn", from the canonical số ký
hiệu, as :func:`nghiquyet.citations.canonical.work_uri` builds them for citations:
``/akn/vn/act/nghi-quyet/2022-07-08/05-nq-hdnd`` (the year alone when the date is unknown).
Expressions add the language (ISO 639-2 "vie") and the date: ``…/vie@2022-07-08``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from nghiquyet.citations.canonical import work_uri
from nghiquyet.models import Document

COUNTRY = "vn"
LANGUAGE = "vie"
UNKNOWN_DATE = dt.date(1945, 9, 2)  # placeholder for undated texts: FRBRdate is required
_NON_SLUG = re.compile(r"[^a-z0-9]+")
_YEAR = re.compile(r"/((?:19|20)\d\d)/")


def slug(text: str) -> str:
    """``text`` folded to lower-case ASCII words joined by "-".

    >>> slug("05/NQ-HĐND"), slug("Nghị quyết")
    ('05-nq-hdnd', 'nghi-quyet')
    """
    folded = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    ascii_text = folded.encode("ascii", "ignore").decode().lower()
    return _NON_SLUG.sub("-", ascii_text).strip("-") or "nn"


@dataclass(frozen=True)
class Frbr:
    """The identifying data of one document, as written in ``<identification>``."""

    work: str
    expression: str
    manifestation: str
    date: dt.date
    date_name: str
    number: str
    subtype: str


def document_date(doc: Document) -> tuple[dt.date, str]:
    """The date that identifies ``doc`` and what it is (FRBRdate ``name``)."""
    if doc.header.date is not None:
        return doc.header.date, "signature"
    if doc.closing is not None and doc.closing.adopted_on is not None:
        return doc.closing.adopted_on, "adoption"
    year = _YEAR.search(f"/{doc.header.number or ''}/")
    if year:
        return dt.date(int(year[1]), 1, 1), "year"
    return UNKNOWN_DATE, "unknown"


def frbr(doc: Document, component: str = "main") -> Frbr:
    """FRBR URIs and date of ``doc`` (``component`` names an attachment: "att_1")."""
    day, name = document_date(doc)
    subtype = slug(doc.header.doc_type or "van ban")
    number = slug(doc.header.number or "nn")
    # The citation engine's URI for this document, so that <ref>s to it resolve here.
    when = day if name in ("signature", "adoption") else None
    work = work_uri(doc.header.doc_type, doc.header.number, when) or (
        f"/akn/{COUNTRY}/act/{subtype}/{day.isoformat()}/{number}"
    )
    expression = f"{work}/{LANGUAGE}@{day.isoformat()}"
    return Frbr(
        work=work,
        expression=expression,
        manifestation=f"{expression}/!{component}.xml",
        date=day,
        date_name=name,
        number=number,
        subtype=subtype,
    )
