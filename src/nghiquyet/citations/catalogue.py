"""A catalogue of known documents that citations resolve against.

>>> cat = Catalogue.builtin()
>>> cat.get("77/2015/QH13").title
'Tổ chức chính quyền địa phương'
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from nghiquyet.citations.canonical import canonical_number, citation_id, number_key, work_uri
from nghiquyet.models import Citation, CitationKind, Document
from nghiquyet.vocab.known_laws import KNOWN_LAWS


@dataclass(frozen=True)
class Entry:
    """One known document: ``id`` is its number, or ``"luat@2015-06-19"`` without one."""

    id: str
    doc_type: str | None = None
    number: str | None = None
    date: dt.date | None = None
    issuer: str | None = None
    title: str | None = None

    @property
    def uri(self) -> str | None:
        """Its Akoma Ntoso work URI (see :func:`~nghiquyet.citations.canonical.work_uri`)."""
        return work_uri(self.doc_type, self.number, self.date)


Lookup = Callable[[Citation], "Entry | None"]
"""What :func:`~nghiquyet.citations.resolve.resolve` calls: a citation -> its entry, or None."""

_WORD = regex.compile(r"\p{L}+|\d+")
_LEAD = regex.compile(r"^(?i:bộ\s+luật|luật|pháp\s+lệnh)\s+")
NAME_MATCH = 0.8  # Dice similarity of name words needed to call two law names the same


@lru_cache(maxsize=8192)
def name_words(name: str) -> frozenset[str]:
    """The words of a law name, folded: "Tổ chức Chính phủ" -> {"tổ", "chức", "chính", "phủ"}."""
    folded = unicodedata.normalize("NFC", _LEAD.sub("", name.strip())).casefold()
    return frozenset(_WORD.findall(folded))


def same_name(a: str, b: str) -> bool:
    """Whether two printed law names name the same law (word overlap, case-insensitive)."""
    wa, wb = name_words(a), name_words(b)
    return bool(wa and wb) and 2 * len(wa & wb) / (len(wa) + len(wb)) >= NAME_MATCH


class Catalogue:
    """Known documents, looked up by number or by (tên loại, date, name).

    Immutable: :meth:`with_entries` returns a new catalogue. A catalogue is a
    :data:`Lookup` (call it with a citation).
    """

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self._entries: tuple[Entry, ...] = tuple(entries)
        self._by_number: dict[str, Entry] = {}
        self._by_date: dict[tuple[str, dt.date], list[Entry]] = {}
        for e in self._entries:
            if e.number:
                self._by_number.setdefault(number_key(e.number), e)
            if e.doc_type and e.date:
                self._by_date.setdefault((e.doc_type.casefold(), e.date), []).append(e)

    @classmethod
    def builtin(cls) -> Catalogue:
        """The laws usually cited without number (``nghiquyet.vocab.known_laws``)."""
        return cls(
            Entry(
                law.number,
                law.doc_type,
                law.number,
                dt.date.fromisoformat(law.date),
                "Quốc hội",
                law.name,
            )
            for law in KNOWN_LAWS
        )

    @classmethod
    def from_documents(cls, docs: Iterable[Document], *, builtin: bool = True) -> Catalogue:
        """A catalogue of parsed documents (plus the built-in laws), so an archive resolves
        its own cross-references. Documents without a number or a date are skipped."""
        base = cls.builtin()._entries if builtin else ()
        return cls(base).with_entries(e for d in docs if (e := entry_of(d)) is not None)

    def with_entries(self, entries: Iterable[Entry]) -> Catalogue:
        """A new catalogue with ``entries`` added (an entry with a known number wins)."""
        return Catalogue((*self._entries, *entries))

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries)

    def get(self, number: str) -> Entry | None:
        """The entry with this number (any spacing, dash or zero padding)."""
        canon = canonical_number(number)
        return self._by_number.get(number_key(canon)) if canon else None

    def named(self, doc_type: str, date: dt.date, name: str | None) -> Entry | None:
        """The law of this tên loại adopted on ``date`` whose name matches ``name``."""
        found = self._by_date.get((doc_type.casefold(), date), [])
        if name:
            found = [e for e in found if e.title and same_name(name, e.title)]
        return found[0] if len(found) == 1 else None

    def by_name(self, doc_type: str, name: str) -> list[Entry]:
        """Entries of this tên loại whose name matches (to report a wrong printed date)."""
        return [
            e
            for e in self._entries
            if e.doc_type == doc_type and e.title and same_name(name, e.title)
        ]

    def __call__(self, citation: Citation) -> Entry | None:
        """The entry ``citation`` names, or None."""
        if citation.number:
            return self.get(citation.number)
        if citation.kind is CitationKind.NAMED and citation.doc_type and citation.date:
            return self.named(citation.doc_type, citation.date, citation.title)
        return None


def entry_of(doc: Document) -> Entry | None:
    """The catalogue entry of a parsed document, or None without number and date."""
    h = doc.header
    date = h.date or (doc.closing.adopted_on if doc.closing else None)
    number = canonical_number(h.number) if h.number else None
    ident = citation_id(h.doc_type, number, date)
    if ident is None:
        return None
    return Entry(ident, h.doc_type, number, date, h.issuer, h.title)


__all__ = ["NAME_MATCH", "Catalogue", "Entry", "Lookup", "entry_of", "name_words", "same_name"]
