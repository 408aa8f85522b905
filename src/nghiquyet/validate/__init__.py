"""Validate documents against the formal rules of Vietnamese legal drafting.

>>> from nghiquyet.validate import RULES
>>> RULES["NQ103"].name
'number-as-printed'

``validate(doc, source=None)`` runs every default rule; rules are plain functions in
:data:`RULES` (add your own with :func:`rule`). See ``docs/validate.md``.
"""

from __future__ import annotations

from nghiquyet.validate.check import selected_rules, validate
from nghiquyet.validate.config import Config, ConfigError, load_config
from nghiquyet.validate.registry import (
    RULES,
    Context,
    Finding,
    Problem,
    Rule,
    is_selected,
    register,
    rule,
)
from nghiquyet.validate.report import REPORTERS, FileReport

__all__ = [
    "REPORTERS",
    "RULES",
    "Config",
    "ConfigError",
    "Context",
    "FileReport",
    "Finding",
    "Problem",
    "Rule",
    "is_selected",
    "load_config",
    "register",
    "rule",
    "selected_rules",
    "validate",
]
