"""Akoma Ntoso eIds for body nodes: the one place their naming scheme lives.

The scheme follows the Akoma Ntoso naming convention: ``<prefix>_<number>`` for each level,
levels joined by ``__`` ("art_2__para_3__point_a"). Numbers are kept as printed ("chp_II",
"art_10a", "point_đ"), with white space and punctuation other than "." and "-" dropped.
Internal references ("khoản 3 Điều 2") resolve to the same strings through :func:`eid_for`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from nghiquyet.models import NodeKind

PREFIXES: dict[NodeKind, str] = {
    NodeKind.PHAN: "part",
    NodeKind.CHUONG: "chp",
    NodeKind.MUC: "sec",
    NodeKind.TIEU_MUC: "subsec",
    NodeKind.DIEU: "art",
    NodeKind.KHOAN: "para",
    NodeKind.DIEM: "point",
    NodeKind.TIET: "indent",
    NodeKind.PARAGRAPH: "hcontainer",
    NodeKind.TABLE: "table",
}
"""eId prefix of each level (Akoma Ntoso naming convention abbreviations)."""

SEPARATOR = "__"
_UNSAFE = re.compile(r"[^\w.\-]+")


def clean_number(number: str) -> str:
    """``number`` as it appears in an eId.

    >>> clean_number(" 10a "), clean_number("a.1"), clean_number("thứ nhất")
    ('10a', 'a.1', 'thứ-nhất')
    """
    text = unicodedata.normalize("NFC", number).strip()
    return _UNSAFE.sub("-", text).strip("-.") or "nn"


def eid_part(kind: NodeKind, number: str) -> str:
    """One level of an eId.

    >>> eid_part(NodeKind.DIEU, "2")
    'art_2'
    """
    return f"{PREFIXES[kind]}_{clean_number(number)}"


def eid_for(path: Iterable[tuple[NodeKind, str]], prefix: str = "") -> str:
    """The eId of the node reached by ``path`` (kind and number of each level, outermost first).

    Levels above the innermost Điều are dropped: articles are numbered through the whole
    document, so "art_2" is unique without its chapter. Above articles every level counts
    ("chp_II__sec_1").

    >>> eid_for([(NodeKind.CHUONG, "I"), (NodeKind.DIEU, "2"), (NodeKind.KHOAN, "3"),
    ...          (NodeKind.DIEM, "a")])
    'art_2__para_3__point_a'
    """
    parts = [prefix] if prefix else []
    parts += [eid_part(kind, number) for kind, number in _scoped(list(path))]
    return SEPARATOR.join(parts)


def _scoped(path: list[tuple[NodeKind, str]]) -> list[tuple[NodeKind, str]]:
    # Articles are numbered through the whole document, so their eId starts at the article.
    starts = [i for i, (kind, _) in enumerate(path) if kind is NodeKind.DIEU]
    return path[starts[-1] :] if starts else path


def nested(parent: str, kind: NodeKind, number: str, root: str = "") -> str:
    """The eId of a node of ``kind`` under the node whose eId is ``parent``.

    A Điều restarts from ``root`` (the document, or an attachment such as "att_1").

    >>> nested("chp_I", NodeKind.DIEU, "2"), nested("art_2", NodeKind.KHOAN, "3")
    ('art_2', 'art_2__para_3')
    """
    base = root if kind is NodeKind.DIEU else parent
    part = eid_part(kind, number)
    return f"{base}{SEPARATOR}{part}" if base else part
