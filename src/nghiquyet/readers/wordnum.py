"""Word's automatic numbering (``w:numPr`` + ``numbering.xml``): the label Word would show.

Legal documents written in Word often number "Điều 1.", "1.", "a)" with list levels, so the
label is not in the text. :class:`Numbering` reads the definitions; :class:`Counter` replays
them paragraph by paragraph as Word does: counters per abstract list, a level restarts after
a higher level is used (unless ``w:lvlRestart`` says otherwise), ``w:startOverride`` restarts
a list instance, and ``w:lvlText`` ("Điều %1.", "%2.", "%3)") is filled with each level's
format.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import regex
from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_LEVELS = 9
_PLACEHOLDER = regex.compile(r"%([1-9])")


def _roman(n: int) -> str:
    out = []
    for value, numeral in (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ):  # fmt: skip
        count, n = divmod(n, value)
        out.append(numeral * count)
    return "".join(out)


def _letter(n: int) -> str:
    """Word's letters: a..z, then aa, bb, ... (no Vietnamese đ)."""
    if n < 1:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


_UNITS = ("", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def _vietnamese_counting(n: int) -> str:
    """Word's ``vietnameseCounting``: một, hai, ..., mười một, hai mươi mốt (decimal >= 100)."""
    if not 0 < n < 100:
        return str(n)
    tens, units = divmod(n, 10)
    if tens == 0:
        return _UNITS[units]
    head = "mười" if tens == 1 else f"{_UNITS[tens]} mươi"
    tail = {0: "", 1: "mốt" if tens > 1 else "một", 5: "lăm"}.get(units, _UNITS[units])
    return f"{head} {tail}".strip()


FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "lowerLetter": _letter,
    "upperLetter": lambda n: _letter(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
    "decimalEnclosedParen": lambda n: f"({n})",
    "vietnameseCounting": _vietnamese_counting,
    "none": lambda n: "",
}
"""Number formats (``w:numFmt``) by name; any other format falls back to decimal."""

_BULLETS = frozenset("-–—+*•·o>")


@dataclass(frozen=True)
class Level:
    """One level of a list definition (``w:lvl``)."""

    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None
    legal: bool = False


def _val(el: etree._Element | None, default: str | None = None) -> str | None:
    if el is None:
        return default
    return el.get(W + "val", default)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _level(lvl: etree._Element) -> Level:
    restart = lvl.find(W + "lvlRestart")
    return Level(
        start=_int(_val(lvl.find(W + "start")), 1),
        fmt=_val(lvl.find(W + "numFmt"), "decimal") or "decimal",
        text=_val(lvl.find(W + "lvlText"), "") or "",
        restart=_int(_val(restart), 0) if restart is not None else None,
        legal=lvl.find(W + "isLgl") is not None,
    )


def _levels(parent: etree._Element) -> dict[int, Level]:
    return {_int(lvl.get(W + "ilvl"), 0): _level(lvl) for lvl in parent.iter(W + "lvl")}


@dataclass(frozen=True)
class Instance:
    """A list instance (``w:num``): its abstract list and its overrides."""

    abstract: str
    levels: dict[int, Level]
    starts: dict[int, int]


@dataclass(frozen=True)
class Numbering:
    """The list definitions of one document."""

    abstracts: dict[str, dict[int, Level]] = field(default_factory=dict)
    instances: dict[str, Instance] = field(default_factory=dict)

    @classmethod
    def from_xml(cls, root: etree._Element | None) -> Numbering:
        """Read ``numbering.xml`` (``None``: a document without lists)."""
        if root is None:
            return cls()
        abstracts = {
            el.get(W + "abstractNumId", ""): _levels(el) for el in root.iter(W + "abstractNum")
        }
        instances: dict[str, Instance] = {}
        for num in root.iter(W + "num"):
            levels: dict[int, Level] = {}
            starts: dict[int, int] = {}
            for override in num.iter(W + "lvlOverride"):
                ilvl = _int(override.get(W + "ilvl"), 0)
                start = override.find(W + "startOverride")
                if start is not None:
                    starts[ilvl] = _int(_val(start), 1)
                lvl = override.find(W + "lvl")
                if lvl is not None:
                    levels[ilvl] = _level(lvl)
            abstract = _val(num.find(W + "abstractNumId"), "") or ""
            instances[num.get(W + "numId", "")] = Instance(abstract, levels, starts)
        return cls(abstracts=abstracts, instances=instances)


class Counter:
    """Replays a document's numbering, one numbered paragraph at a time."""

    def __init__(self, numbering: Numbering) -> None:
        self._numbering = numbering
        self._counts: dict[str, list[int | None]] = {}
        self._started: set[tuple[str, int]] = set()

    def label(self, num_id: str, ilvl: int) -> str | None:
        """The label of the next paragraph of list ``num_id`` at level ``ilvl``, if any.

        >>> xml = (f'<w:numbering xmlns:w="{W[1:-1]}"><w:abstractNum w:abstractNumId="0">'
        ...   '<w:lvl w:ilvl="0"><w:lvlText w:val="Điều %1."/></w:lvl><w:lvl w:ilvl="1">'
        ...   '<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>'
        ...   '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
        >>> c = Counter(Numbering.from_xml(etree.fromstring(xml)))
        >>> [c.label("1", 0), c.label("1", 1), c.label("1", 1), c.label("1", 0), c.label("1", 1)]
        ['Điều 1.', 'a)', 'b)', 'Điều 2.', 'a)']
        """
        instance = self._numbering.instances.get(num_id)
        if instance is None or not 0 <= ilvl < _LEVELS:
            return None
        levels = {**self._numbering.abstracts.get(instance.abstract, {}), **instance.levels}
        level = levels.get(ilvl)
        if level is None:
            return None
        counts = self._counts.setdefault(instance.abstract, [None] * _LEVELS)
        current = counts[ilvl]
        if ilvl in instance.starts and (num_id, ilvl) not in self._started:
            self._started.add((num_id, ilvl))
            counts[ilvl] = instance.starts[ilvl]
        else:
            counts[ilvl] = level.start if current is None else current + 1
        for deeper in range(ilvl + 1, _LEVELS):
            rule = levels[deeper].restart if deeper in levels else None
            if rule is None or (rule != 0 and ilvl < rule):
                counts[deeper] = None
        return self._render(level, levels, counts)

    @staticmethod
    def _render(level: Level, levels: dict[int, Level], counts: list[int | None]) -> str | None:
        if level.fmt == "bullet":
            text = level.text.strip()
            if not text:
                return None
            return text if text in _BULLETS else "•"

        def fill(match: regex.Match[str]) -> str:
            k = int(match.group(1)) - 1
            ref = levels.get(k, Level())
            value = counts[k] if counts[k] is not None else ref.start
            fmt = "decimal" if level.legal else ref.fmt
            return FORMATS.get(fmt, str)(value or 0)

        text = _PLACEHOLDER.sub(fill, level.text).strip()
        return text or None


__all__ = ["FORMATS", "Counter", "Instance", "Level", "Numbering"]
