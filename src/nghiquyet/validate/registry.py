"""The rule registry: what a rule is, what it reports, and :data:`RULES` by code.

A rule is a plain function ``check(ctx) -> Iterable[Problem]`` plus metadata. Register your
own with the :func:`rule` decorator::

    @rule("XQ001", "title-too-long", Severity.INFO, summary="Trích yếu over 200 characters",
          explanation="...", wrong="Về việc ... (250 ký tự)", right="Về việc ...",
          source="house style")
    def title_too_long(ctx: Context) -> Iterator[Problem]:
        title = ctx.doc.header.title
        if title and len(title) > 200:
            yield Problem("trích yếu is longer than 200 characters", ctx.span("title"))
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict

from nghiquyet.models import Document, Node, NodeKind, Severity, Span
from nghiquyet.validate.grammar import is_consolidated

SEVERITY_RANK: dict[Severity, int] = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}
_CODE = re.compile(r"[A-Z]{1,5}[0-9]{3}")


class Finding(BaseModel):
    """One problem found in one document by one rule.

    ``span`` points into the source text (``line``/``column`` are 1-based); ``path`` is set
    when the document was read from a file.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    name: str
    severity: Severity
    message: str
    span: Span | None = None
    path: str | None = None

    @property
    def line(self) -> int:
        """1-based line of the finding (1 when the rule could not place it)."""
        return self.span.line if self.span else 1

    @property
    def column(self) -> int:
        """1-based column of the finding (1 when the rule could not place it)."""
        return self.span.column if self.span else 1


class Problem(NamedTuple):
    """What a rule function yields: a message, where (``None``: the whole document) and,
    rarely, a severity other than the rule's own."""

    message: str
    span: Span | None = None
    severity: Severity | None = None


@dataclass(frozen=True)
class Context:
    """What a rule sees: the parsed document and, when known, its source text."""

    doc: Document
    source: str | None = None

    @cached_property
    def nodes(self) -> tuple[Node, ...]:
        """Every body node, depth first (``doc.walk()``, computed once)."""
        return tuple(self.doc.walk())

    @cached_property
    def articles(self) -> tuple[Node, ...]:
        """The Điều of the body, in order (computed once)."""
        return tuple(n for n in self.nodes if n.kind is NodeKind.DIEU)

    @cached_property
    def consolidated(self) -> bool:
        """Whether the document is a văn bản hợp nhất (by its number or its text)."""
        return is_consolidated(self.doc.header.number, self.source)

    def span(self, header_field: str) -> Span | None:
        """The span of a header field ("number", "date", ...), if the parser recorded it."""
        return self.doc.header.spans.get(header_field)

    def locate(self, text: str | None) -> Span | None:
        """A span for the first occurrence of ``text`` in the source (None if absent)."""
        if not text or self.source is None:
            return None
        start = self.source.find(text)
        if start < 0:
            return None
        line = self.source.count("\n", 0, start) + 1
        column = start - (self.source.rfind("\n", 0, start) + 1) + 1
        end_line = line + text.count("\n")
        return Span(start=start, end=start + len(text), line=line, column=column, end_line=end_line)

    def text(self, span: Span | None) -> str | None:
        """The exact source text of ``span`` (None without a source)."""
        if span is None or self.source is None:
            return None
        return self.source[span.start : span.end]


Check = Callable[[Context], Iterable[Problem]]


@dataclass(frozen=True)
class Rule:
    """A validation rule: a stable code, its metadata and its check function.

    ``default`` rules run unless ignored; the others run only when selected.
    """

    code: str
    name: str
    severity: Severity
    summary: str
    explanation: str
    wrong: str
    right: str
    source: str
    check: Check
    default: bool = True

    def finding(self, problem: Problem) -> Finding:
        """The :class:`Finding` this rule reports for ``problem``."""
        return Finding(
            code=self.code,
            name=self.name,
            severity=problem.severity or self.severity,
            message=problem.message,
            span=problem.span,
        )


RULES: dict[str, Rule] = {}
"""Every registered rule by code, in registration order (the order of ``nghiquyet rules``)."""


def register(r: Rule) -> Rule:
    """Add ``r`` to :data:`RULES`; a code or a name may be registered only once."""
    if not _CODE.fullmatch(r.code):
        raise ValueError(f"rule code {r.code!r} must be letters then 3 digits, e.g. NQ101")
    if r.code in RULES:
        raise ValueError(f"rule {r.code} is already registered")
    if any(other.name == r.name for other in RULES.values()):
        raise ValueError(f"a rule named {r.name!r} is already registered")
    RULES[r.code] = r
    return r


def rule(
    code: str,
    name: str,
    severity: Severity,
    *,
    summary: str,
    explanation: str,
    wrong: str,
    right: str,
    source: str,
    default: bool = True,
) -> Callable[[Check], Check]:
    """Decorator: register the decorated function as the check of a new rule."""

    def wrap(check: Check) -> Check:
        register(
            Rule(
                code=code,
                name=name,
                severity=severity,
                summary=summary,
                explanation=explanation,
                wrong=wrong,
                right=right,
                source=source,
                check=check,
                default=default,
            )
        )
        return check

    return wrap


def _longest(code: str, prefixes: Iterable[str]) -> int:
    best = -1
    for p in prefixes:
        p = p.strip().upper()
        if p == "ALL":
            best = max(best, 0)
        elif p and code.startswith(p):
            best = max(best, len(p))
    return best


def is_selected(
    r: Rule,
    select: Sequence[str] | None,
    ignore: Sequence[str] = (),
    extend: Sequence[str] = (),
) -> bool:
    """Whether ``r`` runs under ``select``/``ignore``/``extend`` (code prefixes, or ``ALL``).

    ``select=None`` means every default rule; ``extend`` adds to the selection. The more
    specific prefix wins; on a tie, ignore wins: ``select=["NQ1"], ignore=["NQ10"]`` runs
    NQ110 but not NQ101.
    """
    default = 0 if r.default else -1  # like "ALL": any ignore prefix wins
    sel = default if select is None else _longest(r.code, select)
    sel = max(sel, _longest(r.code, extend))
    return sel >= 0 and sel > _longest(r.code, ignore)


def unknown_codes(prefixes: Iterable[str]) -> list[str]:
    """The entries of ``prefixes`` that match no registered rule (for usage errors)."""
    return [
        p
        for p in prefixes
        if p.strip().upper() != "ALL" and not any(c.startswith(p.strip().upper()) for c in RULES)
    ]


__all__ = [
    "RULES",
    "SEVERITY_RANK",
    "Check",
    "Context",
    "Finding",
    "Problem",
    "Rule",
    "is_selected",
    "register",
    "rule",
    "unknown_codes",
]
