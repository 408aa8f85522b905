"""Parser diagnostics as findings (NQ001, off unless selected).

The parser attaches a :class:`~nghiquyet.models.Diagnostic` to the document for everything
it could not read cleanly (codes NQP..., listed in the README, "Parser diagnostics"). They
describe the *parse*, not the document's form, so they are not run by default;
``--select NQ001`` (or ``ALL``) reports each one with its own severity.
"""

from __future__ import annotations

from collections.abc import Iterator

from nghiquyet.models import Severity
from nghiquyet.validate.registry import Context, Problem, rule


@rule(
    "NQ001",
    "parser-diagnostic",
    Severity.WARNING,
    summary="Something the parser could not read cleanly (off unless selected).",
    explanation=(
        "Each diagnostic of the parser (NQP...) is reported with its own severity: a line it "
        "could not place, a number it could not read, a level it did not expect. Select this "
        "rule to see why another rule could not check part of a document."
    ),
    wrong="Ðiều 3 Trách nhiệm thi hành   (label without '.', read as text)",
    right="Điều 3. Trách nhiệm thi hành",
    source="nghiquyet parser (docs/diagnostics.md)",
    default=False,
)
def parser_diagnostic(ctx: Context) -> Iterator[Problem]:
    for d in ctx.doc.diagnostics:
        yield Problem(f"[{d.code}] {d.message}", d.span, d.severity)
