"""The ``<meta>`` block of Akoma Ntoso output: FRBR identification and references."""

from __future__ import annotations

from lxml import etree

from nghiquyet.models import Document
from nghiquyet.writers.akn_text import sub
from nghiquyet.writers.frbr import COUNTRY, LANGUAGE, Frbr, frbr, slug

SOURCE = "nghiquyet"
ISSUER = "issuer"
SIGNER = "signer"


def _author(doc: Document) -> str:
    return f"#{ISSUER}" if doc.header.issuer else f"#{SOURCE}"


def identification(parent: etree._Element, doc: Document, component: str = "main") -> Frbr:
    """Append ``<identification>`` (work, expression, manifestation) for ``doc``."""
    ids = frbr(doc, component)
    day = ids.date.isoformat()
    ident = sub(parent, "identification", source=f"#{SOURCE}")
    work = sub(ident, "FRBRWork")
    sub(work, "FRBRthis", value=f"{ids.work}/!{component}")
    sub(work, "FRBRuri", value=ids.work)
    if doc.header.title:
        sub(work, "FRBRalias", value=doc.header.title, name="title")
    sub(work, "FRBRdate", date=day, name=ids.date_name)
    sub(work, "FRBRauthor", href=_author(doc))
    sub(work, "FRBRcountry", value=COUNTRY)
    sub(work, "FRBRsubtype", value=ids.subtype)
    sub(work, "FRBRnumber", value=doc.header.number or ids.number)
    if doc.header.doc_type:
        sub(work, "FRBRname", value=doc.header.doc_type)
    expr = sub(ident, "FRBRExpression")
    sub(expr, "FRBRthis", value=f"{ids.expression}/!{component}")
    sub(expr, "FRBRuri", value=ids.expression)
    sub(expr, "FRBRdate", date=day, name=ids.date_name)
    sub(expr, "FRBRauthor", href=_author(doc))
    sub(expr, "FRBRlanguage", language=LANGUAGE)
    manif = sub(ident, "FRBRManifestation")
    sub(manif, "FRBRthis", value=ids.manifestation)
    sub(manif, "FRBRuri", value=f"{ids.expression}.akn")
    sub(manif, "FRBRdate", date=day, name="generation")
    sub(manif, "FRBRauthor", href=f"#{SOURCE}")
    return ids


def role_id(index: int) -> str:
    """The TLCRole eId of the signatory's ``index``-th authority or title line."""
    return f"role_{index}"


def references(parent: etree._Element, doc: Document) -> None:
    """Append ``<references>``: this tool, the issuer, the signer and the signer's roles."""
    refs = sub(parent, "references", source=f"#{SOURCE}")
    sub(refs, "TLCOrganization", eId=SOURCE, href=f"/ontology/organization/{SOURCE}", showAs=SOURCE)
    issuer = doc.header.issuer
    if issuer:
        sub(
            refs,
            "TLCOrganization",
            eId=ISSUER,
            href=f"/ontology/organization/{COUNTRY}/{slug(issuer)}",
            showAs=issuer,
        )
    sig = doc.signatory
    if sig is None:
        return
    if sig.name:
        sub(
            refs,
            "TLCPerson",
            eId=SIGNER,
            href=f"/ontology/person/{COUNTRY}/{slug(sig.name)}",
            showAs=sig.name,
        )
    roles = [*sig.authority, *([sig.title] if sig.title else [])]
    for i, role in enumerate(roles, 1):
        sub(
            refs,
            "TLCRole",
            eId=role_id(i),
            href=f"/ontology/role/{COUNTRY}/{slug(role)}",
            showAs=role,
        )


def meta(parent: etree._Element, doc: Document, component: str = "main") -> Frbr:
    """Append ``<meta>`` for ``doc`` and return its FRBR identifiers."""
    block = sub(parent, "meta")
    ids = identification(block, doc, component)
    if component == "main":
        references(block, doc)
    return ids
