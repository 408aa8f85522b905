"""Plain text and markdown: decode the bytes (see :mod:`nghiquyet.readers.encodings`)."""

from __future__ import annotations

from nghiquyet.readers.encodings import decode


def read(data: bytes) -> tuple[str, str | None]:
    """Decode text bytes; return the NFC text and the encoding detected.

    >>> read("Điều 1.".encode("utf-8-sig"))
    ('Điều 1.', 'utf-8-sig')
    """
    return decode(data)
