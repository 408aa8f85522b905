"""Text inside Akoma Ntoso elements: XML-safe strings and ``<ref>`` links for citations."""

from __future__ import annotations

import re

from lxml import etree

from nghiquyet.models import Citation

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
# Characters XML 1.0 cannot hold (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids."""
    return _NOT_XML.sub("", text)


def q(tag: str) -> str:
    """The qualified Akoma Ntoso name of ``tag``."""
    return f"{{{NS}}}{tag}"


def sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    """Append a ``tag`` child to ``parent`` with ``text`` and attributes, and return it."""
    child = etree.SubElement(parent, q(tag), {k: xml_safe(v) for k, v in attrs.items()})
    if text:
        child.text = xml_safe(text)
    return child


def _fold(text: str) -> str:
    return " ".join(text.split())


def citation_href(citation: Citation) -> str | None:
    """Where a ``<ref>`` for ``citation`` points: "#eId" inside, the work URI outside."""
    if citation.target:
        return f"#{citation.target}"
    return citation.uri


class Linker:
    """Writes text into ``<p>`` elements, wrapping the citations' texts in ``<ref>``."""

    def __init__(self, citations: tuple[Citation, ...]) -> None:
        self.hrefs: dict[str, str] = {}
        for citation in citations:
            href = citation_href(citation)
            key = _fold(citation.text)
            if href and key:
                self.hrefs.setdefault(key, href)
        keys = sorted(self.hrefs, key=len, reverse=True)
        # A citation's text keeps the source's line breaks; the tree's text may not.
        alternatives = (r"\s+".join(map(re.escape, key.split())) for key in keys)
        self.pattern = re.compile("|".join(alternatives)) if keys else None

    def paragraph(self, parent: etree._Element, text: str, **attrs: str) -> etree._Element:
        """Append ``<p>`` holding ``text`` to ``parent``, with refs; return it."""
        p = sub(parent, "p", **attrs)
        if self.pattern is None:
            p.text = xml_safe(text)
            return p
        last: etree._Element | None = None
        pos = 0
        for match in self.pattern.finditer(text):
            before = xml_safe(text[pos : match.start()])
            if last is None:
                p.text = before
            else:
                last.tail = before
            last = sub(p, "ref", match.group(), href=self.hrefs[_fold(match.group())])
            pos = match.end()
        rest = xml_safe(text[pos:])
        if last is None:
            p.text = rest
        else:
            last.tail = rest
        return p

    def blocks(self, parent: etree._Element, text: str) -> None:
        """Append one ``<p>`` per line of ``text`` (an empty ``<p>`` for empty text)."""
        lines = [line for line in text.splitlines() if line.strip()] or [""]
        for line in lines:
            self.paragraph(parent, line)
