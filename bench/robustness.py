"""Robustness bench: score perturbed copies of the dev corpus against the same gold.

Usage: python bench/robustness.py [--shared ../shared] [--only NAME,...] [--docs SUBSTR]
                                  [--jobs N] [--show N]

Each dev document with gold is read, then changed in one realistic, meaning-preserving way
at a time (line ends, Unicode forms, spaces, wrapping, markdown, page headers, a flattened
header table, letter case, look-alike letters, quotes) with a fixed seed, parsed with
``nghiquyet.parse_text`` and scored with the functions of ``tools/score.py``. Prints a table
perturbation × field (header fields: share right; citations: precision/recall) and the list
of (document, perturbation, field) failures. Run by hand; not part of the test suite.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import multiprocessing
import random
import re
import unicodedata
import zlib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from nghiquyet import parse_text
from nghiquyet.readers import read_path

EXTS = {".txt", ".md", ".html", ".htm", ".docx"}
SEED = 20260422
Rng = random.Random
Perturb = Callable[[str, Rng, dict[str, Any]], str]

_PAGE_HEADER = "CÔNG BÁO/Số 242/Ngày 22-04-2026"
_STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
_ITEM = re.compile(r"\s*(?:[a-zđ]{1,2}[).]|\d+[).]|[-+•*])(?:\s|$)")
_TABLEISH = re.compile(r"\s*[|+<]|\s*-{3,}\s")
_MD_MARK = re.compile(r"\*{1,3}|_{2,3}|^\s{0,3}#{1,6}\s|\\(?=[-.*_#|()\[\]<>`~+!:;'\"])", re.M)
_HEADING = re.compile(r"^(\s*)((?:Điều|ĐIỀU)\s+\d+[a-zđ]?\s*[.:])(.*)$")
_PART = re.compile(r"^(\s*)((?:Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\s+[IVXLC\d]+[A-Za-z]?\b.*)$")
_NATION = re.compile(r"CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM", re.I)
_MOTTO = re.compile(r"Độc\s+lập\s*-\s*Tự\s+do\s*-\s*Hạnh\s+phúc", re.I)
_NUMBER_LINE = re.compile(r"^\W*Số\s*:")
_DATE_LINE = re.compile(r"ngày\s+\S+\s+tháng\s+\S+\s+năm\s+\d{4}")


def _plain(line: str) -> str:
    """A line without markdown marks or surrounding space."""
    return " ".join(_MD_MARK.sub(" ", line).split())


def _map_lines(text: str, fn: Callable[[str], str]) -> str:
    return "\n".join(fn(line) for line in text.split("\n"))


def crlf(text: str, rng: Rng, gold: dict[str, Any]) -> str:
    return text.replace("\n", "\r\n")


def nfd(text: str, rng: Rng, gold: dict[str, Any]) -> str:
    return unicodedata.normalize("NFD", text)


def nbsp(text: str, rng: Rng, gold: dict[str, Any]) -> str:
    return re.sub(" ", lambda m: "\u00a0" if rng.random() < 0.3 else " ", text)


def tabs(text: str, rng: Rng, gold: dict[str, Any]) -> str:
    """A tab after leading numbering ("Điều 1.\\t", "1.\\t", "a)\\t") and for some spaces."""
    text = re.sub(r"(?m)^(\s*(?:Điều\s+\d+\.|\d+\.|[a-zđ]\)|-))[ ]", "\\1\t", text)
    return re.sub(" ", lambda m: "\t" if rng.random() < 0.1 else " ", text)


def hard_breaks(text: str, rng: Rng, gold: dict[str, Any]) -> str:
    return _map_lines(text, lambda line: line + "  " if line.strip() else line)


def rewrap(text: str, rng: Rng, gold: dict[str, Any]) -> str:
    """Break lines longer than 70-80 columns at a space, as a converter wrapping text does."""
    out: list[str] = []
    for line in text.split("\n"):
        width = rng.randint(70, 80)
        if _TABLEISH.match(line) or "   " in line.strip():  # a table row, columns
            out.append(line)
            continue
        while len(line.rstrip()) > width:
            cut = line.rfind(" ", 0, width + 1)
            if cut <= len(line) - len(line.lstrip()):
                break
            out.append(line[:cut])
            line = line[cut + 1 :]
        out.append(line)
    return "\n".join(out)


def unwrap(text: str, rng: Rng, gold: dict[str, Any]) -> str:
    """Join a line to the one before when it goes on in lower case (not a list item)."""
    out: list[str] = []
    for line in text.split("\n"):
        prev = out[-1] if out else ""
        if (
            prev.strip()
            and not _TABLEISH.match(prev)
            and line[:1].islower()
            and not _ITEM.match(line)
        ):
            out[-1] = prev.rstrip() + " " + line
        else:
            out.append(line)
    return "\n".join(out)


def md_emphasis(text: str, rng: Rng, gold: dict[str, Any]) -> str:
    """``**Điều 1.** ...``, ``### Chương I``, ``**NGHỊ QUYẾT**``, as markdown converters print."""
    kind = (gold.get("doc_type") or "").casefold()

    def one(line: str) -> str:
        if "*" in line or "#" in line or _TABLEISH.match(line):
            return line
        if m := _HEADING.match(line):
            return f"{m[1]}**{m[2]}**{m[3]}"
        if m := _PART.match(line):
            return f"### {m[2]}"
        if kind and line.strip().casefold() == kind:
            return f"**{line.strip()}**"
        return line

    return _map_lines(text, one)


def md_strip(text: str, rng: Rng, gold: dict[str, Any]) -> str:
    """Markdown marks removed (bold, italics, heading marks, backslash escapes)."""
    return _MD_MARK.sub("", text)


def blank_double(text: str, rng: Rng, gold: dict[str, Any]) -> str:
    return re.sub(r"\n([ \t]*)\n", "\n\\1\n\n", text)


def blank_remove(text: str, rng: Rng, gold: dict[str, Any]) -> str:
    return re.sub(r"\n(?:[ \t]*\n)+", "\n", text)


def _boundaries(lines: list[str], rng: Rng, anywhere: bool) -> set[int]:
    """Indexes before which a page break may fall: after the header, at a paragraph end (or,
    ``anywhere``, between any two lines: a gazette page ends mid-sentence)."""
    found = set()
    for i in range(12, len(lines)):
        prev, nxt = lines[i - 1].rstrip(), lines[i]
        if _TABLEISH.match(prev) or _TABLEISH.match(nxt) or not nxt.strip():
            continue
        if (anywhere or not prev or prev[-1] in ".;:") and rng.random() < 0.05:
            found.add(i)
    return found


def _pages(
    text: str, rng: Rng, make: Callable[[int], list[str]], anywhere: bool = False
) -> str:
    lines = text.split("\n")
    cuts = _boundaries(lines, rng, anywhere)
    out: list[str] = []
    page = 2
    for i, line in enumerate(lines):
        if i in cuts:
            out.extend(make(page))
            page += 1
        out.append(line)
    return "\n".join(out)


def page_header(text: str, rng: Rng, gold: dict[str, Any]) -> str:
    return _pages(text, rng, lambda n: [f"{n} ", f"{_PAGE_HEADER} "])


def page_number(text: str, rng: Rng, gold: dict[str, Any]) -> str:
    return _pages(text, rng, lambda n: [str(n)])


def page_mid(text: str, rng: Rng, gold: dict[str, Any]) -> str:
    """Gazette page furniture between any two lines, mid-sentence too."""
    return _pages(text, rng, lambda n: [f"{n} ", f"{_PAGE_HEADER} "], anywhere=True)


def _is_rule(p: str) -> bool:
    return bool(p) and set(p) <= set("-_=~ ")


def side_by_side(text: str, rng: Rng, gold: dict[str, Any], sep: str = "    ") -> str:
    """The header's two columns printed row by row, as a flattened two-column table does:
    issuer | nation, ... | motto, "Số: ..." | "Hà Nội, ngày ..."; cells joined by ``sep``."""
    lines = text.split("\n")
    plain = [_plain(line) for line in lines]
    n = next((i for i, p in enumerate(plain[:60]) if _NATION.match(p)), None)
    if n is None or not _NATION.match(plain[n]):
        return text
    near = range(max(0, n - 12), min(len(lines), n + 12))
    dated = [i for i in near if i > n and _DATE_LINE.search(plain[i]) and len(plain[i]) < 60]
    date = dated[0] if dated else None
    so = next((i for i in near if _NUMBER_LINE.match(plain[i]) and len(plain[i]) < 40), None)
    if date is None or so is None or _DATE_LINE.search(plain[so]):
        return text
    right = [n]
    for i in range(n + 1, date):
        if _MOTTO.fullmatch(plain[i]) or (_is_rule(plain[i]) and i < so):
            right.append(i)
    right.append(date)
    left: list[int] = []
    i = min(n, so) - 1
    while i >= 0 and len(left) < 4:
        p = plain[i]
        if not p or (_is_rule(p) and not left):
            i -= 1
            continue
        if not p.isupper() or "CÔNG BÁO" in p or "VĂN BẢN" in p or _is_rule(p):
            break
        left.insert(0, i)
        i -= 1
    if not left:
        return text
    left += [j for j in range(left[-1] + 1, min(n, so)) if _is_rule(plain[j])][:1]
    left.append(so)
    rows = []
    for k in range(max(len(left), len(right))):
        a = lines[left[k]].strip() if k < len(left) else ""
        b = lines[right[k]].strip() if k < len(right) else ""
        rows.append(f"{a}{sep}{b}" if a else f"{sep}{b}")
    drop = set(left) | set(right)
    first = min(drop)
    rest = [line for j, line in enumerate(lines) if j > first and j not in drop]
    out = lines[:first] + rows + rest
    return "\n".join(out)


def _title_lines(lines: list[str], gold: dict[str, Any]) -> tuple[int, list[int]] | None:
    """The tên loại line and the lines of the title under it, found through the gold."""
    kind = (gold.get("doc_type") or "").casefold()
    title = " ".join((gold.get("title") or "").casefold().split())
    for i, line in enumerate(lines[:120]):
        if kind and _plain(line).casefold() == kind:
            got, idx = "", []
            for j in range(i + 1, min(i + 12, len(lines))):
                p = _plain(lines[j]).casefold()
                if not p:
                    if got:
                        break
                    continue
                cand = (got + " " + p).strip()
                if not title.startswith(cand):
                    break
                got = cand
                idx.append(j)
            return i, idx
    return None


def _recase(
    text: str, gold: dict[str, Any], fn: Callable[[str, bool], str], kind_too: bool = True
) -> str:
    lines = text.split("\n")
    found = _title_lines(lines, gold)
    if found is None:
        return text
    kind, title = found
    if kind_too:
        lines[kind] = fn(lines[kind], True)
    for n, j in enumerate(title):
        lines[j] = fn(lines[j], n == 0)
    return "\n".join(lines)


def case_upper(text: str, rng: Rng, gold: dict[str, Any]) -> str:
    return _recase(text, gold, lambda line, first: line.upper())


def _sentence(line: str, first: bool) -> str:
    """Lower case but for codes ("46/2016/NQ-HĐND"); the first letter capital."""
    low = re.sub(r"\S+", lambda m: m[0] if re.search(r"\d", m[0]) else m[0].lower(), line)
    if not first:
        return low
    m = re.search(r"\w", low)
    return low if m is None else low[: m.start()] + low[m.start()].upper() + low[m.end() :]


def case_sentence(text: str, rng: Rng, gold: dict[str, Any]) -> str:
    """The title in sentence case (the tên loại stays in capitals, as every source prints it)."""
    return _recase(text, gold, _sentence, kind_too=False)


def eth(text: str, rng: Rng, gold: dict[str, Any]) -> str:
    return text.replace("Đ", "\u00d0")


def quotes_straight(text: str, rng: Rng, gold: dict[str, Any]) -> str:
    return text.translate(_STRAIGHT)


def quotes_curly(text: str, rng: Rng, gold: dict[str, Any]) -> str:
    def line(s: str) -> str:
        n = iter(range(10**6))
        return re.sub('"', lambda m: "“" if next(n) % 2 == 0 else "”", s)

    return _map_lines(text, line)


# Perturbations that change what the gold's text fields print: both sides are folded so.
GOLD_FOLD: dict[str, Callable[[str], str]] = {
    "quotes-straight": lambda s: s.translate(_STRAIGHT),
    "quotes-curly": lambda s: s.translate(_STRAIGHT),
}

PERTURBATIONS: dict[str, Perturb] = {
    "crlf": crlf,
    "nfd": nfd,
    "nbsp": nbsp,
    "tabs": tabs,
    "hard-breaks": hard_breaks,
    "rewrap": rewrap,
    "unwrap": unwrap,
    "md-emphasis": md_emphasis,
    "md-strip": md_strip,
    "blank-double": blank_double,
    "blank-remove": blank_remove,
    "page-header": page_header,
    "page-number": page_number,
    "page-mid": page_mid,
    "side-by-side": side_by_side,
    "case-upper": case_upper,
    "case-sentence": case_sentence,
    "eth": eth,
    "quotes-straight": quotes_straight,
    "quotes-curly": quotes_curly,
}

COLUMNS = [
    ("doc_type", "type"),
    ("number", "num"),
    ("issuer", "iss"),
    ("place", "plc"),
    ("date", "date"),
    ("title", "titl"),
    ("articles", "art"),
    ("clauses", "cls"),
    ("basis.precision", "bP"),
    ("basis.recall", "bR"),
    ("citations.precision", "cP"),
    ("citations.recall", "cR"),
    ("recipients", "rcp"),
    ("signer", "sgn"),
    ("signer_title", "sgT"),
]


def load_scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("nq_score", shared / "tools" / "score.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_SCORE: ModuleType | None = None


def _init(shared: Path) -> None:
    global _SCORE
    _SCORE = load_scorer(shared)


def compare(
    sc: ModuleType,
    gold: dict[str, Any],
    got: dict[str, Any] | None,
    fold: Callable[[str], str] | None = None,
) -> dict[str, Any]:
    """Per field: (right, total) or, for citations, (tp, predicted, gold), with the misses."""
    out: dict[str, Any] = {}
    if fold and got:
        gold = {k: fold(v) if isinstance(v, str) else v for k, v in gold.items()}
        got = {k: fold(v) if isinstance(v, str) else v for k, v in got.items()}
    for k, v in gold.items():
        if k.startswith("_"):
            continue
        if k in ("basis", "citations"):
            keys = [sc.cite_key(c) for c in v]
            tp, n_pred, n_gold, missing, extra = sc.match(keys, got[k] if got else [])
            miss = f"missing {missing} extra {extra}" if missing or extra else None
            out[k] = ((tp, n_pred, n_gold), miss)
            continue
        q = got.get(k) if got else None
        if k == "number":
            ok = sc.fold_number(v) == sc.fold_number(q)
        elif k in ("articles", "clauses", "recipients", "date"):
            ok = v == q
        else:
            ok = sc.fold(v) == sc.fold(q)
        out[k] = ((int(ok), 1), None if ok else f"want {v!r} got {q!r}")
    return out


def run_one(job: tuple[str, str]) -> tuple[str, str, bool, dict[str, Any]]:
    """Parse one document under one perturbation: (doc, perturbation, changed, comparison)."""
    path, name = job
    sc = _SCORE
    assert sc is not None
    p = Path(path)
    gold = json.loads(Path(path + ".gold.json").read_text(encoding="utf-8"))
    text = read_path(p).text
    if name != "none":  # perturb lines, not the mixed line ends of some files
        text = text.replace("\r\n", "\n")
    rng = random.Random(SEED ^ zlib.crc32(f"{p.name}|{name}".encode()))
    new = text if name == "none" else PERTURBATIONS[name](text, rng, gold)
    try:
        got = sc.facts(parse_text(new).model_dump(mode="json"))
    except Exception as exc:  # a crash is a failure of every field
        cmp = compare(sc, gold, None)
        cmp["crash"] = ((1, 1), repr(exc))
        return p.name, name, new != text, cmp
    return p.name, name, new != text, compare(sc, gold, got, GOLD_FOLD.get(name))


def _cell(v: float | None) -> str:
    if v is None:
        return "-"
    return "1" if v == 1 else f"{v:.3f}".lstrip("0")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--only", default="", help="comma-separated perturbation names")
    ap.add_argument("--docs", default="", help="only documents whose name contains this")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--show", type=int, default=200, help="failures listed at most")
    a = ap.parse_args()
    names = ["none", *(a.only.split(",") if a.only else PERTURBATIONS)]
    dev = a.shared / "corpus" / "dev"
    docs = sorted(
        str(p)
        for p in dev.iterdir()
        if p.suffix.lower() in EXTS and Path(str(p) + ".gold.json").exists() and a.docs in p.name
    )
    jobs = [(d, n) for n in names for d in docs]
    if a.jobs > 1:
        with multiprocessing.Pool(a.jobs, _init, (a.shared,)) as pool:
            results = pool.map(run_one, jobs, 2)
    else:
        _init(a.shared)
        results = [run_one(j) for j in jobs]
    table: dict[str, dict[str, list[int]]] = {n: {} for n in names}
    changed = dict.fromkeys(names, 0)
    failures: list[str] = []
    for doc, name, did, cmp in results:
        changed[name] += did
        for k, (counts, miss) in cmp.items():
            acc = table[name].setdefault(k, [0] * len(counts))
            for i, c in enumerate(counts):
                acc[i] += c
            if miss:
                failures.append(f"{doc}  {name}  {k}: {miss}")
    head = f"{'perturbation':16s}{'docs':>5s} " + " ".join(f"{s:>5s}" for _, s in COLUMNS)
    print(head)
    for n in names:
        row = table[n]
        cells: list[float | None] = []
        for key, _ in COLUMNS:
            field, _, part = key.partition(".")
            c = row.get(field)
            if c is None:
                cells.append(None)
            elif part == "precision":
                cells.append(c[0] / c[1] if c[1] else 0.0)
            elif part == "recall":
                cells.append(c[0] / c[2] if c[2] else 0.0)
            else:
                cells.append(c[0] / c[1])
        print(f"{n:16s}{changed[n]:5d} " + " ".join(f"{_cell(v):>5s}" for v in cells))
    print(f"\n{len(failures)} failures (document, perturbation, field)")
    for line in failures[: a.show]:
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
