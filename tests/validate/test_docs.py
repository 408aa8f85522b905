"""docs/validate.md documents every built-in rule, and the hook file is what pre-commit reads."""

from __future__ import annotations

from pathlib import Path

from nghiquyet.commands.rules import rules_markdown
from nghiquyet.validate import RULES, selected_rules

ROOT = Path(__file__).resolve().parents[2]


def test_every_rule_is_in_the_reference() -> None:
    text = (ROOT / "docs" / "validate.md").read_text(encoding="utf-8")
    for code, r in RULES.items():
        if code.startswith("NQ"):
            assert f"#### {code} `{r.name}` ({r.severity.value}" in text, code
            assert r.wrong in text and r.right in text, code


def test_the_reference_is_generated_from_the_registry() -> None:
    text = (ROOT / "docs" / "validate.md").read_text(encoding="utf-8")
    section = text.split("regenerates this section.\n\n", 1)[1]
    builtin = [r for r in selected_rules(["ALL"]) if r.code.startswith("NQ")]
    assert section == rules_markdown(builtin)


def test_pre_commit_hook() -> None:
    lines = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8").splitlines()
    entries = [line for line in lines if not line.lstrip().startswith("#")]
    assert entries[0] == "- id: nghiquyet-validate"
    assert "  entry: nghiquyet validate" in entries
    assert "  language: python" in entries
