"""The Office Open XML package of a .docx: the zip, its relationships, and safe XML parsing.

Only the parts the reader needs are parsed (main document, styles, numbering), with a parser
that resolves no entities, loads no DTD and touches no network. The zip is checked first:
too many entries or too large unpacked (zip bombs) and corrupt archives raise
:class:`ReadError`; a zip that is another Office format raises :class:`UnsupportedFormat`.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass

from lxml import etree

from nghiquyet.errors import ReadError, UnsupportedFormat

MAX_UNPACKED = 512 * 1024 * 1024
"""Largest total uncompressed size of a package accepted (zip bombs)."""
MAX_ENTRIES = 20_000
"""Most zip entries accepted."""

_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_OFFICE_DOCUMENT = "/officeDocument"
# Main-part content types of Office formats that are not Word documents, by what to call them.
_OTHER_OFFICE: dict[str, str] = {
    "spreadsheetml": "Excel workbook (.xlsx)",
    "presentationml": "PowerPoint presentation (.pptx)",
}
_WORD_MAIN = "wordprocessingml"

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, dtd_validation=False
)


def parse_xml(blob: bytes, name: str) -> etree._Element:
    """Parse one XML part safely."""
    try:
        return etree.fromstring(blob, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise ReadError(f"corrupt .docx: {name} is not well-formed XML ({exc})") from None


@dataclass(frozen=True)
class Package:
    """The parsed parts of a Word document the reader uses."""

    document: etree._Element
    styles: etree._Element | None
    numbering: etree._Element | None


def _open_zip(data: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ReadError(f"corrupt .docx: not a readable zip container ({exc})") from None
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise ReadError(f"refused .docx: {len(infos)} entries in the zip container")
    if sum(info.file_size for info in infos) > MAX_UNPACKED:
        raise ReadError(f"refused .docx: it unpacks to more than {MAX_UNPACKED >> 20} MB")
    return archive


def _member(archive: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        return archive.read(name)
    except KeyError:
        return None
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise ReadError(f"corrupt .docx: cannot unpack {name} ({exc})") from None


def _relationships(archive: zipfile.ZipFile, source: str) -> dict[str, str]:
    """Relationship type suffix ("/styles") -> target part name, for part ``source``."""
    folder, base = posixpath.split(source)
    rels = _member(archive, posixpath.join(folder, "_rels", base + ".rels"))
    if rels is None:
        return {}
    out: dict[str, str] = {}
    for rel in parse_xml(rels, "relationships").iter(_REL):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        kind = "/" + rel.get("Type", "").rsplit("/", 1)[-1]
        out.setdefault(kind, posixpath.normpath(path))
    return out


def _content_type(archive: zipfile.ZipFile, part: str) -> str:
    types = _member(archive, "[Content_Types].xml")
    if types is None:
        return ""
    root = parse_xml(types, "[Content_Types].xml")
    for override in root.iter(_CT + "Override"):
        if override.get("PartName", "").lstrip("/") == part:
            return override.get("ContentType", "")
    return ""


def open_package(data: bytes) -> Package:
    """Open a .docx and parse its main document, styles and numbering parts."""
    with _open_zip(data) as archive:
        names = set(archive.namelist())
        if "[Content_Types].xml" not in names:
            kind = "OpenDocument file" if "mimetype" in names else "zip archive"
            raise UnsupportedFormat(f"{kind} is not supported: not a Word .docx document")
        main = _relationships(archive, "").get(_OFFICE_DOCUMENT)
        content_type = _content_type(archive, main) if main else ""
        for marker, label in _OTHER_OFFICE.items():
            if marker in content_type:
                raise UnsupportedFormat(f"{label} is not supported: not a Word document")
        if main is None or (content_type and _WORD_MAIN not in content_type):
            raise ReadError("corrupt .docx: no main Word document part")
        blob = _member(archive, main)
        if blob is None:
            raise ReadError(f"corrupt .docx: {main} is missing")
        rels = _relationships(archive, main)
        parts = {}
        for kind in ("/styles", "/numbering"):
            target = rels.get(kind)
            part = _member(archive, target) if target else None
            parts[kind] = parse_xml(part, target or kind) if part is not None else None
        return Package(
            document=parse_xml(blob, main),
            styles=parts["/styles"],
            numbering=parts["/numbering"],
        )


__all__ = ["MAX_ENTRIES", "MAX_UNPACKED", "Package", "open_package", "parse_xml"]
