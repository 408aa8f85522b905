"""The library's exceptions: the few things a caller must handle.

Everything about the *content* of a document is a :class:`~nghiquyet.models.Diagnostic`,
never an exception. These are raised only when there is no text to parse.
"""

from __future__ import annotations


class NghiquyetError(Exception):
    """Base class of every error this library raises on purpose."""


class ReadError(NghiquyetError):
    """The input cannot be read: missing file, corrupt container, undecodable bytes."""


class UnsupportedFormat(ReadError):
    """The input is a known format this library does not read (e.g. Word 97 ``.doc``, PDF)."""


__all__ = ["NghiquyetError", "ReadError", "UnsupportedFormat"]
