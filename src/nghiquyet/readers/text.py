"""Plain text and markdown: decode the bytes (UTF-8 with or without BOM, UTF-16 with BOM)."""

from __future__ import annotations

from nghiquyet.errors import ReadError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def read(data: bytes) -> tuple[str, str | None]:
    """Decode text bytes; return the text and the encoding used."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding.replace("-sig", "")), encoding
            except UnicodeDecodeError as exc:
                raise ReadError(f"invalid {encoding} at byte {exc.start}") from None
    if b"\x00" in data[:4096]:
        raise ReadError("binary data: NUL bytes in a text file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        raise ReadError(
            f"not valid UTF-8 at byte {exc.start}; legacy encodings are not detected yet"
        ) from None
