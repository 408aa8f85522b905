"""Structure rules (NQ2xx): numbering of Chương, Điều, khoản, điểm; empty and stray text.

Sources: Luật Ban hành VBQPPL 80/2015/QH13 Art. 61 and 64/2025/QH15 (bố cục of a VBQPPL);
Nghị định 34/2016/NĐ-CP Art. 60 and Phụ lục I (numbering: Chương Roman, Điều and khoản
Arabic, điểm in Vietnamese letters); spec §6.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from nghiquyet.models import Node, NodeKind, Severity
from nghiquyet.validate.grammar import (
    POINT_LETTERS,
    Ordinal,
    arabic_ordinal,
    int_to_roman,
    point_index,
    roman_ordinal,
)
from nghiquyet.validate.registry import Context, Problem, rule

LAW = "Luật Ban hành VBQPPL 80/2015/QH13, Điều 61; 64/2025/QH15"
NĐ34 = "Nghị định 34/2016/NĐ-CP (sửa đổi bởi 154/2020/NĐ-CP), Phụ lục I"
_CONTAINERS = (NodeKind.PHAN, NodeKind.CHUONG, NodeKind.MUC, NodeKind.TIEU_MUC)


def _consolidated(ctx: Context) -> bool:
    """A văn bản hợp nhất reprints numbering of several acts with footnote marks glued to
    labels and repealed provisions left out: its structure is not checked."""
    return ctx.consolidated


def _follows(prev: Ordinal, cur: Ordinal) -> bool:
    """Whether ``cur`` may follow ``prev``: 3 -> 4, 10 -> 10a -> 10b -> 11."""
    if cur.base == prev.base:
        return cur.suffix > prev.suffix
    return cur.base == prev.base + 1 and not cur.suffix


def _sequence(
    nodes: Iterable[Node],
    ordinal: Callable[[str], Ordinal | None],
    what: str,
    first: int = 1,
    first_label: str = "1",
    label: Callable[[int], str] = str,
) -> Iterator[Problem]:
    """Problems of a numbered run: repeats, gaps, steps back, a wrong first number."""
    prev: Ordinal | None = None
    prev_label = ""
    seen: set[str] = set()
    for node in nodes:
        num = (node.number or "").strip()
        cur = ordinal(num) if num else None
        if cur is None:
            continue
        key = num.lower()
        if key in seen:
            yield Problem(f"{what} {num} is repeated", node.span)
        elif prev is None and (cur.base != first or cur.suffix):
            yield Problem(f"{what} numbering starts at {num}, not {first_label}", node.span)
        elif prev is not None and not _follows(prev, cur):
            expected = prev.base + 1
            word = "skips to" if cur.base > expected else "goes back to"
            yield Problem(
                f"{what} numbering {word} {num} after {prev_label} (expected {label(expected)})",
                node.span,
            )
        seen.add(key)
        prev, prev_label = cur, num


@rule(
    "NQ201",
    "article-sequence",
    Severity.ERROR,
    summary="Điều numbers are not consecutive from 1.",
    explanation=(
        "The Điều of a document are numbered 1, 2, 3 ... across the whole text, whatever "
        "Chương they sit in; an article inserted by an amendment takes a letter (Điều 10a). "
        "A gap or a step back means an article was lost, moved or numbered by hand."
    ),
    wrong="Điều 1. ...\nĐiều 3. ...",
    right="Điều 1. ...\nĐiều 2. ...",
    source=f"{LAW}; {NĐ34}",
)
def article_sequence(ctx: Context) -> Iterator[Problem]:
    if _consolidated(ctx):
        return
    arts = ctx.articles
    for p in _sequence(arts, arabic_ordinal, "Điều"):
        if "repeated" not in p.message:
            yield p


@rule(
    "NQ202",
    "article-duplicate",
    Severity.ERROR,
    summary="Two Điều carry the same number.",
    explanation=(
        "Each Điều number appears once in the document's own body; a repeated number makes "
        "every reference to it ambiguous. Articles quoted inside amending text belong to the "
        "amended act and are not counted."
    ),
    wrong="Điều 2. Hiệu lực thi hành\nĐiều 2. Trách nhiệm thi hành",
    right="Điều 2. Hiệu lực thi hành\nĐiều 3. Trách nhiệm thi hành",
    source=f"{LAW}; {NĐ34}",
)
def article_duplicate(ctx: Context) -> Iterator[Problem]:
    if _consolidated(ctx):
        return
    for p in _sequence(ctx.articles, arabic_ordinal, "Điều"):
        if "repeated" in p.message:
            yield p


@rule(
    "NQ203",
    "clause-sequence",
    Severity.ERROR,
    summary="khoản numbers in a Điều are not consecutive from 1.",
    explanation=(
        "The khoản of each Điều are numbered 1., 2., 3. ... starting again at 1 in every Điều; "
        "a khoản inserted by an amendment takes a letter (1a.)."
    ),
    wrong="Điều 3. ...\n1. ...\n3. ...",
    right="Điều 3. ...\n1. ...\n2. ...",
    source=f"{LAW}; {NĐ34}",
)
def clause_sequence(ctx: Context) -> Iterator[Problem]:
    if _consolidated(ctx):
        return
    for art in ctx.articles:
        clauses = [c for c in art.children if c.kind is NodeKind.KHOAN]
        style = _label_style(clauses[0]) if clauses else ""
        same = [c for c in clauses if _label_style(c) == style]  # "470 - 478" in a table
        for run in _runs(same):
            for p in _sequence(run, arabic_ordinal, "khoản"):
                yield Problem(f"{p.message} in Điều {art.number}", p.span)


def _label_style(node: Node) -> str:
    """The punctuation after a khoản number: "1." -> ".", "1-" -> "-" ("" when unknown)."""
    label = (node.label or "").strip()
    return label[-1] if label and not label[-1].isalnum() else ""


def _runs(clauses: list[Node]) -> list[list[Node]]:
    """Split where numbering restarts at 1 after more than one khoản: an article that prints
    sub-lists under "I.", "II." ... (an approved programme) numbers each from 1."""
    runs: list[list[Node]] = [[]]
    for c in clauses:
        if c.number == "1" and len(runs[-1]) > 1:
            runs.append([])
        runs[-1].append(c)
    return runs


def _point_ordinal(number: str) -> Ordinal | None:
    idx = point_index(number)
    return Ordinal(idx[0], idx[1]) if idx else None


@rule(
    "NQ204",
    "point-order",
    Severity.ERROR,
    summary="điểm letters are not in the Vietnamese order a b c d đ e g h ...",
    explanation=(
        "The điểm of a khoản are lettered in the Vietnamese alphabet: a b c d đ e g h i k l m "
        "n o p q r s t u v x y. There is no f, j, w or z, and đ comes between d and e."
    ),
    wrong="a) ...\nb) ...\nc) ...\nd) ...\ne) ...",
    right="a) ...\nb) ...\nc) ...\nd) ...\nđ) ...",
    source=f"{NĐ34}",
)
def point_order(ctx: Context) -> Iterator[Problem]:
    if _consolidated(ctx):
        return
    for node in ctx.nodes:
        points = [c for c in node.children if c.kind is NodeKind.DIEM]
        if not points:
            continue
        for pt in points:
            if pt.number and len(pt.number) == 1 and point_index(pt.number) is None:
                yield Problem(
                    f"'{pt.number})' is not a Vietnamese điểm letter ({' '.join(POINT_LETTERS)})",
                    pt.span,
                )
        yield from _sequence(
            points, _point_ordinal, "điểm", first=0, first_label="a", label=_point_label
        )


def _point_label(index: int) -> str:
    return POINT_LETTERS[index] if index < len(POINT_LETTERS) else "?"


@rule(
    "NQ205",
    "chapter-order",
    Severity.ERROR,
    summary="Chương numbers are not consecutive Roman numerals from I.",
    explanation=(
        "Chương are numbered in Roman numerals I, II, III ... in order; an inserted chapter "
        "takes a letter (Chương VIIa)."
    ),
    wrong="Chương I ...\nChương III ...",
    right="Chương I ...\nChương II ...",
    source=f"{LAW}; {NĐ34}",
)
def chapter_order(ctx: Context) -> Iterator[Problem]:
    if _consolidated(ctx):
        return
    for level, what in ((NodeKind.PHAN, "Phần"), (NodeKind.CHUONG, "Chương")):
        nodes = [n for n in ctx.nodes if n.kind is level]
        if level is NodeKind.PHAN and any(n.number and not roman_ordinal(n.number) for n in nodes):
            continue  # "Phần thứ nhất": ordinal words are not checked here
        yield from _sequence(nodes, roman_ordinal, what, first_label="I", label=int_to_roman)


@rule(
    "NQ206",
    "empty-article",
    Severity.ERROR,
    summary="A Điều has neither title nor content.",
    explanation=(
        "Every Điều has a title or content (khoản, text). An empty one is usually a heading "
        "left behind after its text was deleted or moved."
    ),
    wrong="Điều 4.\nĐiều 5. Hiệu lực thi hành",
    right="Điều 4. Trách nhiệm thi hành\n...\nĐiều 5. Hiệu lực thi hành",
    source=f"{LAW}",
)
def empty_article(ctx: Context) -> Iterator[Problem]:
    for art in ctx.articles:
        if not (art.title or "").strip() and not art.text.strip() and not art.children:
            yield Problem(f"Điều {art.number} is empty", art.span)


@rule(
    "NQ207",
    "stray-text",
    Severity.WARNING,
    summary="Text sits between structural levels and belongs to no Điều.",
    explanation=(
        "Between a Chương (or Phần, Mục) heading and its first Điều, and between two Điều "
        "outside any of them, there is no place for text: every provision is inside a Điều. "
        "Such text is usually a misplaced khoản or a heading that lost its label."
    ),
    wrong="Chương II\nQUY ĐỊNH CỤ THỂ\nCác cơ quan thực hiện như sau.\nĐiều 5. ...",
    right="Chương II\nQUY ĐỊNH CỤ THỂ\nĐiều 5. ...",
    source=f"{LAW}; {NĐ34}",
)
def stray_text(ctx: Context) -> Iterator[Problem]:
    if not ctx.articles or _consolidated(ctx):
        return  # a công văn or a text without Điều has free text by design
    yield from _stray(ctx.doc.body, top=True)


def _stray(nodes: Iterable[Node], *, top: bool) -> Iterator[Problem]:
    started = False  # at the top, text before the first level is preamble spill-over
    for n in nodes:
        if n.kind in (*_CONTAINERS, NodeKind.DIEU):
            started = True
        if n.kind is NodeKind.PARAGRAPH and n.text.strip() and (started or not top):
            if not top and not started and _is_caps(n.text):
                continue  # the wrapped second line of a Chương title
            yield Problem(f"text outside any Điều: {_clip(n.text)!r}", n.span)
        elif n.kind in _CONTAINERS:
            yield from _stray(n.children, top=False)


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _clip(text: str, width: int = 60) -> str:
    t = " ".join(text.split())
    return t if len(t) <= width else t[: width - 1] + "…"
