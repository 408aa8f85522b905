"""Writers: a Document out to JSON, Akoma Ntoso, canonical text, Markdown or a tree.

:data:`WRITERS` maps an output format name to a function ``Document -> str``.
"""

from __future__ import annotations

from collections.abc import Callable

from nghiquyet.models import Document
from nghiquyet.writers.json import json_schema, to_json
from nghiquyet.writers.tree import render_tree

Writer = Callable[[Document], str]

WRITERS: dict[str, Writer] = {
    "json": to_json,
    "tree": render_tree,
}

__all__ = ["WRITERS", "Writer", "json_schema", "render_tree", "to_json"]
