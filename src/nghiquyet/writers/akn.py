"""Akoma Ntoso 3.0 (OASIS LegalDocML) writer, built with lxml.

Layout: ``<act>`` with ``<meta>`` (FRBR identification, references), ``<preface>`` (issuer,
số ký hiệu, địa danh-ngày, tên loại, trích yếu, session), ``<preamble>`` (each căn cứ a
``<citation>``, considerations as ``<recital>``, the enacting ``<formula>``), ``<body>``
(part/chapter/section/article/paragraph/point with eIds from :mod:`nghiquyet.writers.eids`),
``<conclusions>`` (closing, recipients, signature) and ``<attachments>`` for appendices.
Citations that carry a work URI or an internal target become ``<ref>`` elements.
"""

from __future__ import annotations

from collections import Counter

from lxml import etree

from nghiquyet.models import Appendix, Document, Node, NodeKind, PreambleKind
from nghiquyet.writers.akn_meta import SIGNER, meta, role_id
from nghiquyet.writers.akn_text import NS, Linker, sub
from nghiquyet.writers.eids import nested
from nghiquyet.writers.frbr import slug
from nghiquyet.writers.labels import BULLETS, marker
from nghiquyet.writers.text import closing_block, vn_date

ELEMENTS: dict[NodeKind, str] = {
    NodeKind.PHAN: "part",
    NodeKind.CHUONG: "chapter",
    NodeKind.MUC: "section",
    NodeKind.TIEU_MUC: "subsection",
    NodeKind.DIEU: "article",
    NodeKind.KHOAN: "paragraph",
    NodeKind.DIEM: "point",
    NodeKind.TIET: "indent",
    NodeKind.PARAGRAPH: "hcontainer",
    NodeKind.TABLE: "hcontainer",
}
"""The Akoma Ntoso element of each body level (see docs/glossary.md)."""

_GENERIC_NAMES = {NodeKind.PARAGRAPH: "text", NodeKind.TABLE: "table"}


class _Writer:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.links = Linker((*doc.basis, *doc.citations))
        self.used: set[str] = set()

    def unique(self, eid: str) -> str:
        candidate, n = eid, 1
        while candidate in self.used:
            n += 1
            candidate = f"{eid}-{n}"
        self.used.add(candidate)
        return candidate

    def preface(self, act: etree._Element) -> None:
        h = self.doc.header
        if not any(
            (h.issuer, h.number, h.place, h.date, h.date_raw, h.doc_type, h.title, h.session)
        ):
            return
        pre = sub(act, "preface")
        if h.parent_issuer:
            sub(pre, "p", h.parent_issuer, **{"class": "parent-issuer"})
        if h.issuer:
            sub(sub(pre, "p", **{"class": "issuer"}), "docAuthority", h.issuer)
        if h.number:
            p = sub(pre, "p", "Số: ", **{"class": "number"})
            sub(p, "docNumber", h.number)
        if h.place or h.date or h.date_raw:
            p = sub(pre, "p", f"{h.place}, " if h.place else "", **{"class": "place-date"})
            if h.date:
                sub(p, "docDate", vn_date(h.date), date=h.date.isoformat())
            elif h.date_raw:
                p.text = (p.text or "") + h.date_raw
        if h.doc_type:
            sub(sub(pre, "p", **{"class": "doc-type"}), "docType", h.doc_type.upper())
        if h.title:
            sub(sub(sub(pre, "longTitle", eId="longTitle"), "p"), "docTitle", h.title)
        if h.session is not None:
            sub(
                sub(pre, "p", **{"class": "session"}),
                "session",
                h.session.text,
                value=h.session.term or h.session.text,
            )

    def preamble(self, act: etree._Element) -> None:
        pre = self.doc.preamble
        if not pre.items and not pre.formula:
            return
        block = sub(act, "preamble")
        group: etree._Element | None = None
        kind: PreambleKind | None = None
        counts: Counter[str] = Counter()
        for item in pre.items:
            basis = item.kind is PreambleKind.BASIS
            container, child = ("citations", "citation") if basis else ("recitals", "recital")
            if group is None or item.kind is not kind:
                counts[container] += 1
                group = sub(block, container, eId=self.unique(f"{container}_{counts[container]}"))
                kind = item.kind
            counts[child] += 1
            entry = sub(group, child, eId=self.unique(f"{child}_{counts[child]}"))
            self.links.paragraph(entry, item.text)
        if pre.formula:
            formula = sub(block, "formula", name="enactingFormula", eId=self.unique("formula_1"))
            self.links.paragraph(formula, pre.formula)

    def node(self, parent: etree._Element, node: Node, eid: str, root: str) -> None:
        attrs = {"eId": self.unique(eid)}
        if node.kind in _GENERIC_NAMES:
            attrs["name"] = _GENERIC_NAMES[node.kind]
        el = sub(parent, ELEMENTS[node.kind], **attrs)
        num = marker(node)
        if num and node.kind not in _GENERIC_NAMES:
            sub(el, "num", num)
        if node.title:
            sub(el, "heading", node.title)
        if node.kind is NodeKind.TABLE:
            self.table(sub(el, "content"), node)
        elif node.children:
            if node.text:
                self.links.blocks(sub(el, "intro"), node.text)
            self.nodes(el, node.children, attrs["eId"], root)
        elif node.text or node.kind in _GENERIC_NAMES:
            self.links.blocks(sub(el, "content"), node.text)

    def table(self, content: etree._Element, node: Node) -> None:
        if not node.rows:
            sub(content, "p")
            return
        table = sub(content, "table")
        for row in node.rows:
            tr = sub(table, "tr")
            for cell in row or ("",):
                self.links.paragraph(sub(tr, "td"), cell)

    def nodes(self, parent: etree._Element, nodes: tuple[Node, ...], eid: str, root: str) -> None:
        ordinal: Counter[NodeKind] = Counter()
        for child in nodes:
            ordinal[child.kind] += 1
            bare = not child.number or child.number in BULLETS
            number = str(ordinal[child.kind]) if bare else str(child.number)
            self.node(parent, child, nested(eid, child.kind, number, root), root)

    def conclusions(self, act: etree._Element) -> None:
        doc = self.doc
        closing = closing_block(doc, doc.closing) if doc.closing is not None else []
        if not (closing or doc.recipients or doc.signatory):
            return
        block = sub(act, "conclusions")
        for line in closing:
            self.links.paragraph(block, line, **{"class": "closing"})
        if doc.recipients:
            box = sub(
                block, "blockContainer", eId=self.unique("recipients"), **{"class": "recipients"}
            )
            sub(box, "p", "Nơi nhận:")
            items = sub(box, "blockList", eId=self.unique("recipients__list"))
            for i, rec in enumerate(doc.recipients, 1):
                item = sub(items, "item", eId=self.unique(f"recipients__list__item_{i}"))
                sub(item, "p", rec.text)
        if doc.signatory is not None:
            sig = doc.signatory
            signature = sub(sub(block, "p", **{"class": "signature"}), "signature")
            roles = [*sig.authority, *([sig.title] if sig.title else [])]
            for i, role in enumerate(roles, 1):
                sub(signature, "role", role, refersTo=f"#{role_id(i)}")
            if sig.name:
                sub(signature, "person", sig.name, refersTo=f"#{SIGNER}")

    def body(self, act: etree._Element) -> None:
        body = sub(act, "body")
        if self.doc.body:
            self.nodes(body, self.doc.body, "", "")
        else:
            empty = sub(body, "hcontainer", name="empty", eId=self.unique("hcontainer_empty"))
            sub(sub(empty, "content"), "p")

    def attachment(self, parent: etree._Element, app: Appendix, index: int) -> None:
        att_id = self.unique(f"att_{index}")
        att = sub(parent, "attachment", eId=att_id)
        part = sub(att, "doc", name="phu-luc" if app.kind == "phu_luc" else app.kind)
        meta(part, self.doc, component=att_id)
        label = app.label or (f"Phụ lục {app.number}" if app.number else None)
        if label or app.title:
            pre = sub(part, "preface")
            if label:
                sub(sub(pre, "p"), "docNumber", label)
            if app.title:
                sub(
                    sub(sub(pre, "longTitle", eId=self.unique(f"{att_id}__longTitle")), "p"),
                    "docTitle",
                    app.title,
                )
        main = sub(part, "mainBody")
        if app.children:
            self.nodes(main, app.children, att_id, att_id)
        else:
            sub(main, "p")

    def document(self) -> etree._Element:
        root = etree.fromstring(f'<akomaNtoso xmlns="{NS}"/>')
        act = sub(root, "act", name=meta_name(self.doc), contains="originalVersion")
        meta(act, self.doc)
        self.preface(act)
        self.preamble(act)
        self.body(act)
        self.conclusions(act)
        if self.doc.appendices:
            attachments = sub(act, "attachments")
            for i, app in enumerate(self.doc.appendices, 1):
                self.attachment(attachments, app, i)
        return root


def meta_name(doc: Document) -> str:
    """The ``name`` of the ``<act>`` element: the tên loại as a slug ("nghi-quyet")."""
    return slug(doc.header.doc_type or "van ban")


def akn_element(doc: Document) -> etree._Element:
    """``doc`` as an Akoma Ntoso ``<akomaNtoso>`` element tree."""
    return _Writer(doc).document()


def to_akn(doc: Document) -> str:
    """``doc`` as Akoma Ntoso 3.0 XML text (UTF-8, with an XML declaration)."""
    data: bytes = etree.tostring(
        akn_element(doc), xml_declaration=True, encoding="UTF-8", pretty_print=True
    )
    return data.decode("utf-8")
