"""Run the registered rules over one parsed document."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import nghiquyet.validate.rules  # noqa: F401  (registers the built-in rules)
from nghiquyet.models import Document
from nghiquyet.validate.registry import RULES, Context, Finding, Rule, is_selected


def selected_rules(
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
    rules: Iterable[Rule] | None = None,
    extend: Sequence[str] = (),
) -> list[Rule]:
    """The rules that run under ``select``/``ignore``/``extend`` (see :func:`is_selected`)."""
    pool = RULES.values() if rules is None else rules
    chosen = (r for r in pool if is_selected(r, select, ignore, extend))
    return sorted(chosen, key=lambda r: r.code)


def validate(
    doc: Document,
    source: str | None = None,
    *,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
    rules: Iterable[Rule] | None = None,
    extend_select: Sequence[str] = (),
) -> list[Finding]:
    """Check ``doc`` against the rules and return what they found, in source order.

    ``source`` is the text the document was parsed from; rules that compare the printed
    form (stray spaces, quotes) use it when given. ``select``/``ignore`` take rule codes or
    prefixes ("NQ1", "NQ203", "ALL"); by default every default rule runs, and
    ``extend_select`` adds rules to that. ``rules`` replaces the registry (e.g. only your
    own rules).
    """
    ctx = Context(doc=doc, source=source)
    findings: list[Finding] = []
    for r in selected_rules(select, ignore, rules, extend_select):
        findings.extend(r.finding(p) for p in r.check(ctx))
    return sort_findings(findings)


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Findings by path, position, then code."""
    return sorted(
        findings,
        key=lambda f: (f.path or "", f.span.start if f.span else -1, f.code, f.message),
    )


__all__ = ["selected_rules", "sort_findings", "validate"]
