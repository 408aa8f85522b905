"""JSON writer: the primary output format, and the JSON Schema of the document model."""

from __future__ import annotations

from typing import Any

from nghiquyet.models import SCHEMA_VERSION, Document

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = f"urn:nghiquyet:schema:document:{SCHEMA_VERSION}"


def to_json(doc: Document, *, indent: int | None = 2) -> str:
    """``doc`` as JSON text, Vietnamese kept as is (no ``\\u`` escapes)."""
    return doc.model_dump_json(indent=indent)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :class:`~nghiquyet.models.Document` outputs.

    Versioned by ``$id`` and by the ``schema_version`` constant it declares.
    """
    schema = Document.model_json_schema(mode="serialization")
    props = schema["properties"]
    props["schema_version"] = {**props["schema_version"], "const": SCHEMA_VERSION}
    return {"$schema": SCHEMA_DIALECT, "$id": SCHEMA_ID, **schema}
