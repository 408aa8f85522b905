"""JSON writer and JSON Schema: the public contract of the document model."""

from __future__ import annotations

import json

from hypothesis import given, settings
from jsonschema import Draft202012Validator

from nghiquyet.models import SCHEMA_VERSION, Document
from nghiquyet.writers.json import SCHEMA_DIALECT, json_schema, to_json
from strategies import documents
from writers.samples import sample


def test_vietnamese_is_not_escaped_and_indented() -> None:
    out = to_json(sample())
    assert "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ CẦN THƠ" in out
    assert "\\u" not in out
    assert out.startswith('{\n  "schema_version": "1.0",')


def test_schema_is_valid_draft_2020_12_and_versioned() -> None:
    schema = json_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == SCHEMA_DIALECT
    assert SCHEMA_VERSION in schema["$id"]
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION


def test_output_validates_against_schema() -> None:
    validator = Draft202012Validator(json_schema())
    assert list(validator.iter_errors(json.loads(to_json(sample())))) == []


def test_schema_rejects_unknown_fields_and_wrong_version() -> None:
    validator = Draft202012Validator(json_schema())
    data = json.loads(to_json(sample()))
    assert not validator.is_valid({**data, "extra": 1})
    assert not validator.is_valid({**data, "schema_version": "0.9"})
    body = data["body"][0]
    assert not validator.is_valid({**data, "body": [{**body, "kind": "chapter"}]})


VALIDATOR = Draft202012Validator(json_schema())


@settings(max_examples=25, deadline=None, derandomize=True)
@given(documents())
def test_json_round_trip(doc: Document) -> None:
    assert Document.model_validate_json(to_json(doc)) == doc
    assert Document.model_validate_json(to_json(doc, indent=None)) == doc
    VALIDATOR.validate(json.loads(to_json(doc)))
