"""The registry as a user sees it: add a rule, select it, run it through the Python API."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from nghiquyet.models import Severity
from nghiquyet.validate import RULES, Context, Problem, Rule, is_selected, rule, validate
from nghiquyet.validate.registry import register
from validate.hand_built import BASELINE, with_header


@pytest.fixture
def custom_rule() -> Iterator[str]:
    """Register XQ001 (trích yếu too long) for one test, then remove it."""

    @rule(
        "XQ001",
        "title-too-long",
        Severity.INFO,
        summary="Trích yếu over 40 characters.",
        explanation="House style keeps the trích yếu short.",
        wrong="Về tình hình thực hiện nhiệm vụ kinh tế - xã hội ...",
        right="Về kinh tế - xã hội",
        source="house style",
    )
    def title_too_long(ctx: Context) -> Iterator[Problem]:
        title = ctx.doc.header.title or ""
        if len(title) > 40:
            yield Problem(f"trích yếu has {len(title)} characters", ctx.span("doc_type"))

    try:
        yield "XQ001"
    finally:
        del RULES["XQ001"]


def test_a_user_rule_runs_with_the_built_in_ones(custom_rule: str) -> None:
    [f] = validate(BASELINE)
    assert (f.code, f.name, f.severity, f.line) == (custom_rule, "title-too-long", "info", 7)
    assert validate(BASELINE, ignore=["XQ"]) == []
    assert validate(with_header(title="Về kinh tế - xã hội")) == []


def test_only_chosen_rules(custom_rule: str) -> None:
    only = [RULES[custom_rule]]
    assert [f.code for f in validate(with_header(number="05/QĐ-HĐND"), rules=only)] == ["XQ001"]


def test_codes_and_names_are_unique() -> None:
    existing = RULES["NQ101"]
    with pytest.raises(ValueError, match="already registered"):
        register(existing)
    with pytest.raises(ValueError, match="named 'missing-number'"):
        register(Rule(**{**existing.__dict__, "code": "XQ999"}))
    with pytest.raises(ValueError, match="letters then 3 digits"):
        register(Rule(**{**existing.__dict__, "code": "nq-1", "name": "x"}))


@pytest.mark.parametrize(
    ("code", "select", "ignore", "extend", "selected"),
    [
        ("NQ101", None, (), (), True),
        ("NQ001", None, (), (), False),  # off by default
        ("NQ001", None, (), ("NQ001",), True),
        ("NQ001", ["ALL"], (), (), True),
        ("NQ101", ["NQ1"], ["NQ10"], (), False),
        ("NQ110", ["NQ1"], ["NQ10"], (), True),
        ("NQ101", ["NQ101"], ["NQ1"], (), True),  # the more specific wins
        ("NQ101", ["NQ1"], ["NQ1"], (), False),  # on a tie, ignore wins
        ("NQ101", None, ["NQ"], (), False),
        ("NQ203", ["nq2"], (), (), True),  # case does not matter
    ],
)
def test_selection(
    code: str, select: list[str] | None, ignore: list[str], extend: list[str], selected: bool
) -> None:
    assert is_selected(RULES[code], select, ignore, extend) is selected


def test_every_rule_documents_itself() -> None:
    for r in RULES.values():
        assert r.summary and r.explanation and r.wrong and r.right and r.source, r.code
        assert r.wrong != r.right, r.code
        if r.code.startswith("NQ") and r.default:
            assert "Nghị định" in r.source or "Luật" in r.source, r.code
