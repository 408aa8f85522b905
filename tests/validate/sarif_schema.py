"""The part of the SARIF 2.1.0 JSON schema (OASIS, sarif-schema-2.1.0.json) that our output
uses, transcribed for the tests: no maintained PyPI package ships the official schema file.

Every object keeps the official ``required`` lists, enums, minimums and
``additionalProperties: false``; definitions we never emit are left out, so any property we
add that the official schema does not define fails here too.
"""

from __future__ import annotations

from typing import Any

_STR = {"type": "string"}
_LEVEL = {"enum": ["none", "note", "warning", "error"]}
_BAG = {
    "type": "object",
    "properties": {"tags": {"type": "array", "uniqueItems": True, "items": _STR}},
}


def _obj(properties: dict[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": "object",
        "additionalProperties": False,
        "properties": {**properties, "properties": {"$ref": "#/definitions/propertyBag"}},
    }
    if required:
        schema["required"] = list(required)
    return schema


SARIF_2_1_0_SUBSET: dict[str, Any] = {
    "$schema": "http://json-schema.org/draft-04/schema#",
    **_obj(
        {
            "$schema": {"type": "string", "format": "uri"},
            "version": {"enum": ["2.1.0"], "type": "string"},
            "runs": {"type": ["array", "null"], "items": {"$ref": "#/definitions/run"}},
        },
        ("version", "runs"),
    ),
    "definitions": {
        "propertyBag": _BAG,
        "message": {
            **_obj({"text": _STR, "markdown": _STR, "id": _STR}),
            "anyOf": [{"required": ["text"]}, {"required": ["id"]}],
        },
        "multiformatMessageString": _obj({"text": _STR, "markdown": _STR}, ("text",)),
        "artifactLocation": _obj(
            {
                "uri": {"type": "string", "format": "uri-reference"},
                "uriBaseId": _STR,
                "index": {"type": "integer", "minimum": -1},
            }
        ),
        "artifactContent": _obj({"text": _STR, "binary": _STR}),
        "region": _obj(
            {
                "startLine": {"type": "integer", "minimum": 1},
                "startColumn": {"type": "integer", "minimum": 1},
                "endLine": {"type": "integer", "minimum": 1},
                "endColumn": {"type": "integer", "minimum": 1},
                "charOffset": {"type": "integer", "minimum": -1},
                "charLength": {"type": "integer", "minimum": 0},
                "snippet": {"$ref": "#/definitions/artifactContent"},
                "message": {"$ref": "#/definitions/message"},
            }
        ),
        "physicalLocation": {
            **_obj(
                {
                    "artifactLocation": {"$ref": "#/definitions/artifactLocation"},
                    "region": {"$ref": "#/definitions/region"},
                }
            ),
            "anyOf": [{"required": ["address"]}, {"required": ["artifactLocation"]}],
        },
        "location": _obj(
            {
                "id": {"type": "integer", "minimum": -1},
                "physicalLocation": {"$ref": "#/definitions/physicalLocation"},
                "message": {"$ref": "#/definitions/message"},
            }
        ),
        "reportingConfiguration": _obj(
            {"enabled": {"type": "boolean"}, "level": _LEVEL, "rank": {"type": "number"}}
        ),
        "reportingDescriptor": _obj(
            {
                "id": _STR,
                "name": _STR,
                "shortDescription": {"$ref": "#/definitions/multiformatMessageString"},
                "fullDescription": {"$ref": "#/definitions/multiformatMessageString"},
                "help": {"$ref": "#/definitions/multiformatMessageString"},
                "helpUri": {"type": "string", "format": "uri"},
                "defaultConfiguration": {"$ref": "#/definitions/reportingConfiguration"},
            },
            ("id",),
        ),
        "toolComponent": _obj(
            {
                "name": _STR,
                "version": _STR,
                "semanticVersion": _STR,
                "informationUri": {"type": "string", "format": "uri"},
                "rules": {
                    "type": "array",
                    "uniqueItems": True,
                    "items": {"$ref": "#/definitions/reportingDescriptor"},
                },
            },
            ("name",),
        ),
        "tool": _obj({"driver": {"$ref": "#/definitions/toolComponent"}}, ("driver",)),
        "notification": _obj(
            {
                "locations": {"type": "array", "items": {"$ref": "#/definitions/location"}},
                "message": {"$ref": "#/definitions/message"},
                "level": _LEVEL,
            },
            ("message",),
        ),
        "invocation": _obj(
            {
                "executionSuccessful": {"type": "boolean"},
                "toolExecutionNotifications": {
                    "type": "array",
                    "items": {"$ref": "#/definitions/notification"},
                },
            },
            ("executionSuccessful",),
        ),
        "result": _obj(
            {
                "ruleId": _STR,
                "ruleIndex": {"type": "integer", "minimum": -1},
                "kind": {
                    "enum": ["notApplicable", "pass", "fail", "review", "open", "informational"]
                },
                "level": _LEVEL,
                "message": {"$ref": "#/definitions/message"},
                "locations": {"type": "array", "items": {"$ref": "#/definitions/location"}},
            },
            ("message",),
        ),
        "run": _obj(
            {
                "tool": {"$ref": "#/definitions/tool"},
                "invocations": {"type": "array", "items": {"$ref": "#/definitions/invocation"}},
                "results": {"type": ["array", "null"], "items": {"$ref": "#/definitions/result"}},
            },
            ("tool",),
        ),
    },
}
