"""The built-in rules, one module per family; importing this package registers them.

NQ0xx parser diagnostics, NQ1xx header, NQ2xx structure, NQ3xx preamble, NQ4xx citations,
NQ5xx footer.
"""

from __future__ import annotations

from nghiquyet.validate.rules import (  # noqa: F401  (imported to register)
    citations,
    diagnostics,
    footer,
    header,
    preamble,
    structure,
)

__all__: list[str] = []
