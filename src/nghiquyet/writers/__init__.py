"""Writers: a Document out to JSON, Akoma Ntoso, canonical text, Markdown or a tree.

:data:`WRITERS` maps an output format name to a function ``Document -> str``; the CLI's
``nghiquyet parse --format`` choices are its keys.
"""

from __future__ import annotations

from collections.abc import Callable

from nghiquyet.models import Document
from nghiquyet.writers.akn import to_akn
from nghiquyet.writers.compare import comparable, same_content
from nghiquyet.writers.eids import eid_for
from nghiquyet.writers.json import json_schema, to_json
from nghiquyet.writers.markdown import render_markdown
from nghiquyet.writers.text import render_text
from nghiquyet.writers.tree import render_tree

Writer = Callable[[Document], str]

WRITERS: dict[str, Writer] = {
    "json": to_json,
    "akn": to_akn,
    "text": render_text,
    "md": render_markdown,
    "tree": render_tree,
}

__all__ = [
    "WRITERS",
    "Writer",
    "comparable",
    "eid_for",
    "json_schema",
    "render_markdown",
    "render_text",
    "render_tree",
    "same_content",
    "to_akn",
    "to_json",
]
