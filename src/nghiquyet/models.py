"""The document tree: frozen pydantic v2 models, and nothing else.

``Document.model_dump(mode="json")`` is a public contract (see ``schema_version``): fields are
only ever added, never renamed or removed without a major version and a CHANGELOG entry.
Field names are English; Vietnamese terms live in values (``kind="dieu"``) and docstrings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from enum import StrEnum
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


_M = TypeVar("_M", bound=BaseModel)
# The setters of BaseModel's slots (quicker than object.__setattr__ by name).
_SLOTS = ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")
_set_dict, _set_fields_set, _set_extra, _set_private = (
    BaseModel.__dict__[name].__set__ for name in _SLOTS
)
# BaseModel has no __new__ of its own: ``cls.__new__`` is this, found through the metaclass.
_new = object.__new__


# One ``__pydantic_fields_set__`` per class (all fields set) or per (class, set fields),
# shared by the models trusted() makes: a set per model was about a quarter of the objects
# the collector tracked while parsing.
# Safe to share: the models are frozen, and pydantic's model_copy() copies it before update.
_FIELDS_SETS: dict[object, set[str]] = {}


def trusted(
    cls: type[_M], fields: dict[str, Any], fields_set: AbstractSet[str] | None = None
) -> _M:
    """``cls(**fields)`` without validation, for the parser's hot paths (about 4x quicker).

    Only for values already of their fields' types: ``fields`` holds every field of ``cls``
    in declaration order (the order of the JSON keys), defaults included, and nothing else;
    ``fields_set`` names the fields the caller set (default: all). tests/test_models.py
    checks that the result is what validation makes. Models made here share their
    ``model_fields_set`` with their likes (see ``_FIELDS_SETS``).
    """
    obj = _new(cls)
    _set_dict(obj, fields)
    # ``fields`` names every field, so the class alone keys the set of them: no tuple of
    # names to build and hash per call.
    key = cls if fields_set is None else (cls, frozenset(fields_set))
    shared = _FIELDS_SETS.get(key)
    if shared is None:
        shared = _FIELDS_SETS[key] = set(fields if fields_set is None else fields_set)
    _set_fields_set(obj, shared)
    _set_extra(obj, None)
    _set_private(obj, None)
    return obj


class Span(_Model):
    """Where a piece of the tree comes from in the source text.

    ``start``/``end`` are ``str`` offsets into the text handed to the parser (for files: the
    decoded text), so ``source[span.start:span.end]`` is the exact source. ``line`` and
    ``column`` are 1-based; ``end_line`` is the line of the last character.
    """

    start: int
    end: int
    line: int
    column: int = 1
    end_line: int


class Severity(StrEnum):
    """How serious a diagnostic or a validation finding is."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Diagnostic(_Model):
    """Something in the document that could not be parsed cleanly.

    ``code`` is stable (``NQP101`` ...); the list is in the README (Parser diagnostics).
    """

    code: str
    severity: Severity
    message: str
    span: Span | None = None


class TokenKind(StrEnum):
    """The class of one logical line, as the lexer sees it."""

    QUOC_HIEU = "quoc_hieu"  # CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / ĐẢNG CỘNG SẢN VIỆT NAM
    TIEU_NGU = "tieu_ngu"  # Độc lập - Tự do - Hạnh phúc
    SO_KY_HIEU = "so_ky_hieu"  # Số: 05/NQ-HĐND
    DIA_DANH_NGAY = "dia_danh_ngay"  # Cần Thơ, ngày 08 tháng 7 năm 2022
    TEN_LOAI = "ten_loai"  # NGHỊ QUYẾT
    SESSION = "session"  # KHÓA X, KỲ HỌP THỨ SÁU
    CAN_CU = "can_cu"  # Căn cứ Luật ...
    CONSIDERATION = "consideration"  # Xét ..., Sau khi nghe ..., Theo đề nghị ...
    FORMULA = "formula"  # QUYẾT NGHỊ: / Chính phủ ban hành Nghị định ...
    PHAN = "phan"
    CHUONG = "chuong"
    MUC = "muc"
    TIEU_MUC = "tieu_muc"
    DIEU = "dieu"
    KHOAN = "khoan"  # 1.
    DIEM = "diem"  # a)
    TIET = "tiet"  # sub-point: a.1), -, +
    PHU_LUC = "phu_luc"
    NOI_NHAN = "noi_nhan"  # Nơi nhận:
    RECIPIENT = "recipient"  # - Chính phủ;
    SIGN_AUTHORITY = "sign_authority"  # TM. HỘI ĐỒNG NHÂN DÂN / KT. CHỦ TỊCH
    CAPS = "caps"  # a line in capitals: issuer, title, signer's title ...
    TABLE_ROW = "table_row"  # | a | b |
    SEPARATOR = "separator"  # ------ or ***
    NOISE = "noise"  # gazette page headers, page numbers, placeholders
    PARAGRAPH = "paragraph"


class Token(_Model):
    """One logical line of the source, classified.

    ``text`` is the cleaned, NFC text (markdown marks removed, wrapped lines joined);
    ``groups`` holds the named parts the line rule matched (``number``, ``title`` ...).
    """

    kind: TokenKind
    text: str
    span: Span
    groups: dict[str, str] = Field(default_factory=dict)


class NodeKind(StrEnum):
    """Levels of the body hierarchy (Vietnamese names, as users search for them)."""

    PHAN = "phan"  # Phần — part
    CHUONG = "chuong"  # Chương — chapter
    MUC = "muc"  # Mục — section
    TIEU_MUC = "tieu_muc"  # Tiểu mục — subsection
    DIEU = "dieu"  # Điều — article
    KHOAN = "khoan"  # khoản — paragraph (numbered clause)
    DIEM = "diem"  # điểm — point
    TIET = "tiet"  # sub-point (a.1, -, +)
    PARAGRAPH = "paragraph"  # unnumbered text
    TABLE = "table"


class Node(_Model):
    """A node of the body: a level with its number, title, own text and children.

    ``label`` is the marker as printed ("Điều 1.", "1.", "a)"); ``text`` is the node's own
    text after the label (for a Điều, its title goes to ``title``); ``rows`` holds the cells
    of a table node.
    """

    kind: NodeKind
    number: str | None = None
    label: str | None = None
    title: str | None = None
    text: str = ""
    children: tuple[Node, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    span: Span

    def walk(self) -> Iterator[Node]:
        """This node and every node below it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


class Session(_Model):
    """Khóa / kỳ họp of a council or of the Quốc hội ("KHÓA X, KỲ HỌP THỨ SÁU")."""

    text: str
    term: str | None = None  # "X"
    sitting: str | None = None  # "thứ sáu", "chuyên đề"
    span: Span


class Header(_Model):
    """The header block: issuer, số ký hiệu, địa danh and ngày, tên loại, trích yếu.

    ``number`` is canonical ("05/NQ-HĐND"), ``number_raw`` as printed ("05 /NQ-HĐND").
    ``spans`` maps each filled field name to where it was read.
    """

    issuer: str | None = None
    parent_issuer: str | None = None
    number: str | None = None
    number_raw: str | None = None
    place: str | None = None
    date: dt.date | None = None
    date_raw: str | None = None
    doc_type: str | None = None
    title: str | None = None
    session: Session | None = None
    national_title: str | None = None  # the quốc hiệu line, when printed
    motto: str | None = None  # the tiêu ngữ line, when printed
    spans: dict[str, Span] = Field(default_factory=dict)


class PreambleKind(StrEnum):
    BASIS = "basis"  # Căn cứ ...
    CONSIDERATION = "consideration"  # Xét ..., Sau khi nghe ..., Theo đề nghị ..., Thực hiện ...


class PreambleItem(_Model):
    """One line of the preamble, as printed."""

    kind: PreambleKind
    text: str
    span: Span


class Preamble(_Model):
    """Căn cứ lines, considerations, and the enacting formula (QUYẾT NGHỊ:, ...)."""

    items: tuple[PreambleItem, ...] = ()
    formula: str | None = None
    formula_span: Span | None = None


class CitationKind(StrEnum):
    NUMBERED = "numbered"  # carries a số ký hiệu: Nghị quyết số 45/2022/QH15
    NAMED = "named"  # a law by name and date: Luật Tổ chức chính quyền địa phương ngày ...
    TITLE_ONLY = "title_only"  # generic: các Nghị quyết của Trung ương
    INTERNAL = "internal"  # khoản 2 Điều 3, Điều này, Chương II
    SELF = "self"  # Nghị quyết này


class Relation(StrEnum):
    """What the citing sentence says about the cited document."""

    BASIS = "basis"  # căn cứ (vào)
    AMENDS = "amends"  # sửa đổi, bổ sung
    AMENDED_BY = "amended_by"  # được sửa đổi, bổ sung bởi
    REPEALS = "repeals"  # bãi bỏ
    REPLACES = "replaces"  # thay thế
    GUIDES = "guides"  # hướng dẫn, quy định chi tiết
    IMPLEMENTS = "implements"  # thực hiện, triển khai
    ATTACHES = "attaches"  # ban hành kèm theo
    OTHER = "other"


class Citation(_Model):
    """A reference to a document (or, for ``kind="internal"``, to a node of this one).

    ``number`` is the canonical số ký hiệu ("45/2022/QH15"); ``id`` the canonical id used to
    resolve (the number, or ``"luat@2015-06-19"`` style for unnumbered laws); ``uri`` its
    Akoma Ntoso FRBR work URI. ``resolved_id`` is set when a catalogue or another citation in
    the document identified the target; ``target`` is the eId of an internal target.
    """

    kind: CitationKind
    text: str
    span: Span
    doc_type: str | None = None
    number: str | None = None
    number_raw: str | None = None
    year: int | None = None
    type_code: str | None = None
    issuer_codes: tuple[str, ...] = ()
    term: str | None = None
    date: dt.date | None = None
    issuer: str | None = None
    title: str | None = None
    id: str | None = None
    uri: str | None = None
    relation: Relation | None = None
    resolved_id: str | None = None
    target: str | None = None


class Closing(_Model):
    """The adoption / effect sentence and the "./." end mark."""

    text: str | None = None
    adopted_on: dt.date | None = None
    effective_on: dt.date | None = None
    end_mark: bool = False
    span: Span | None = None


class Recipient(_Model):
    """One entry under "Nơi nhận:" ("- Chính phủ;", "- Lưu: VT, ...")."""

    text: str
    span: Span


class Signatory(_Model):
    """The signature block: authority lines (TM./KT./TL. ...), title, name."""

    authority: tuple[str, ...] = ()
    title: str | None = None
    name: str | None = None
    span: Span


class Appendix(_Model):
    """A Phụ lục, or a text issued with the document ("QUY ĐỊNH ... Ban hành kèm theo ...").

    ``kind`` is ``"phu_luc"`` or ``"attachment"``.
    """

    kind: str = "phu_luc"
    number: str | None = None
    label: str | None = None
    title: str | None = None
    children: tuple[Node, ...] = ()
    span: Span


class SourceInfo(_Model):
    """What was parsed: path, format, detected encoding, SHA-256 of the bytes."""

    path: str | None = None
    format: str = "text"
    encoding: str | None = None
    sha256: str | None = None
    length: int = 0


class Document(_Model):
    """A parsed legal document."""

    schema_version: str = SCHEMA_VERSION
    source: SourceInfo = Field(default_factory=SourceInfo)
    header: Header = Field(default_factory=Header)
    preamble: Preamble = Field(default_factory=Preamble)
    body: tuple[Node, ...] = ()
    closing: Closing | None = None
    recipients: tuple[Recipient, ...] = ()
    signatory: Signatory | None = None
    appendices: tuple[Appendix, ...] = ()
    basis: tuple[Citation, ...] = ()
    citations: tuple[Citation, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()

    def walk(self) -> Iterator[Node]:
        """Every body node, depth first, in document order (appendices excluded)."""
        for node in self.body:
            yield from node.walk()

    @property
    def articles(self) -> tuple[Node, ...]:
        """The Điều of the body, in order."""
        return tuple(n for n in self.walk() if n.kind is NodeKind.DIEU)

    def article(self, number: str) -> Node | None:
        """The Điều numbered ``number`` ("2", "10a"), or None."""
        return next((a for a in self.articles if a.number == number), None)


__all__ = [
    "SCHEMA_VERSION",
    "Appendix",
    "Citation",
    "CitationKind",
    "Closing",
    "Diagnostic",
    "Document",
    "Header",
    "Node",
    "NodeKind",
    "Preamble",
    "PreambleItem",
    "PreambleKind",
    "Recipient",
    "Relation",
    "Session",
    "Severity",
    "Signatory",
    "SourceInfo",
    "Span",
    "Token",
    "TokenKind",
]
