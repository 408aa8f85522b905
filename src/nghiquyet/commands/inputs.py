"""Where the CLI reads a document from: a path, or ``-`` for standard input."""

from __future__ import annotations

import sys

from nghiquyet.readers import SourceText, read_bytes, read_path

STDIN = "-"
"""The path argument that means standard input (``cat nq.txt | nghiquyet parse -``)."""


def read_input(path: str, *, name: str | None = None) -> SourceText:
    """Decode the document at ``path``, or the bytes of standard input for ``-``.

    Standard input may hold any supported format (text in any known encoding, .docx, .doc, .html);
    ``name`` (for stdin) is the path recorded in the output and used to guess the format.
    """
    if path == STDIN:
        return read_bytes(sys.stdin.buffer.read(), name=name)
    return read_path(path)
