"""Word styles (``styles.xml``) resolved through ``w:basedOn``: the hints the DOCX reader uses."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_OFF = frozenset({"0", "false", "off", "none"})
_NO_BORDER = frozenset({"nil", "none"})


def is_on(el: etree._Element | None) -> bool | None:
    """A toggle property (``<w:b/>``, ``<w:b w:val="0"/>``): True, False, or None if absent."""
    if el is None:
        return None
    return el.get(W + "val", "1").lower() not in _OFF


def has_borders(el: etree._Element | None) -> bool:
    """True when a ``w:tblBorders``/``w:tcBorders`` element draws at least one line."""
    if el is None:
        return False
    return any(child.get(W + "val", "nil") not in _NO_BORDER for child in el)


@dataclass(frozen=True)
class Style:
    """The properties of one style, its ancestors' included."""

    name: str | None = None
    bold: bool | None = None
    italic: bool | None = None
    align: str | None = None
    num_id: str | None = None
    ilvl: int | None = None
    borders: bool = False


def _own(style: etree._Element) -> tuple[str | None, Style]:
    name = style.find(W + "name")
    ppr = style.find(W + "pPr")
    rpr = style.find(W + "rPr")
    jc = ppr.find(W + "jc") if ppr is not None else None
    num = ppr.find(W + "numPr") if ppr is not None else None
    num_id = num.find(W + "numId") if num is not None else None
    ilvl = num.find(W + "ilvl") if num is not None else None
    tblpr = style.find(W + "tblPr")
    based = style.find(W + "basedOn")
    return (
        based.get(W + "val") if based is not None else None,
        Style(
            name=name.get(W + "val") if name is not None else None,
            bold=is_on(rpr.find(W + "b")) if rpr is not None else None,
            italic=is_on(rpr.find(W + "i")) if rpr is not None else None,
            align=jc.get(W + "val") if jc is not None else None,
            num_id=num_id.get(W + "val") if num_id is not None else None,
            ilvl=int(ilvl.get(W + "val", "0")) if ilvl is not None else None,
            borders=has_borders(tblpr.find(W + "tblBorders")) if tblpr is not None else False,
        ),
    )


def _merge(child: Style, parent: Style) -> Style:
    return Style(
        name=child.name,
        bold=child.bold if child.bold is not None else parent.bold,
        italic=child.italic if child.italic is not None else parent.italic,
        align=child.align or parent.align,
        num_id=child.num_id or parent.num_id,
        ilvl=child.ilvl if child.ilvl is not None else parent.ilvl,
        borders=child.borders or parent.borders,
    )


def read_styles(root: etree._Element | None) -> dict[str, Style]:
    """Every style by its id, with inherited properties resolved."""
    if root is None:
        return {}
    own: dict[str, tuple[str | None, Style]] = {}
    for style in root.iter(W + "style"):
        style_id = style.get(W + "styleId")
        if style_id:
            own[style_id] = _own(style)
    resolved: dict[str, Style] = {}

    def resolve(style_id: str, seen: frozenset[str]) -> Style:
        if style_id in resolved:
            return resolved[style_id]
        based, style = own[style_id]
        if based in own and based not in seen:
            style = _merge(style, resolve(based, seen | {style_id}))
        resolved[style_id] = style
        return style

    for style_id in own:
        resolve(style_id, frozenset())
    return resolved


__all__ = ["Style", "has_borders", "is_on", "read_styles"]
