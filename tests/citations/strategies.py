"""Hypothesis strategies for số ký hiệu: a canonical number and the ways sources print it."""

from __future__ import annotations

import unicodedata

from hypothesis import strategies as st

# Codes as the canonical form writes them, and what converters make of them.
TYPE_CODES = ("NĐ", "QĐ", "NQ", "TT", "CT", "KH", "TTr", "BC", "ĐA", "TTLT", "HD")
ORGS = ("CP", "TTg", "BTC", "BCA", "HĐND", "UBND", "BLĐTBXH", "BGDĐT", "BKHCN", "NHNN")
PARTY_TYPES = ("NQ", "CT", "KL", "HD", "QĐ", "CTr", "KH")
PARTY_ORGS = ("TW", "VPTW", "TU", "HU", "BCĐ")
DASHES = ("-", "\u2010", "\u2013", "\u2014", "\u2212")
SPACES = ("", " ", "  ", "\t")


@st.composite
def canonical_numbers(draw: st.DrawFn) -> str:
    """A well-formed canonical number: 15/2022/NĐ-CP, 895/QĐ-TTg, 45/2022/QH15, 13-NQ/TW."""
    seq = str(draw(st.integers(1, 9999))).zfill(draw(st.sampled_from((1, 2))))
    shape = draw(st.sampled_from(("normative", "admin", "legis", "party", "joint")))
    if shape == "party":
        return f"{seq}-{draw(st.sampled_from(PARTY_TYPES))}/{draw(st.sampled_from(PARTY_ORGS))}"
    if shape == "legis":
        term = draw(st.integers(11, 16))
        year = draw(st.integers(2002 + 5 * (term - 11), 2006 + 5 * (term - 11)))
        return f"{seq}/{year}/{draw(st.sampled_from(('QH', 'UBTVQH')))}{term}"
    code = draw(st.sampled_from(TYPE_CODES))
    orgs = draw(
        st.lists(
            st.sampled_from(ORGS),
            min_size=2 if shape == "joint" else 1,
            max_size=3 if shape == "joint" else 1,
            unique=True,
        )
    )
    symbol = "-".join(["TTLT" if shape == "joint" else code, *orgs])
    year = f"{draw(st.integers(1998, 2030))}/" if shape != "admin" else ""
    return f"{seq}/{year}{symbol}"


# Codes whose Đ cannot be restored once lost: "DA" is Dự án as well as Đề án (Đ-less "ĐA").
AMBIGUOUS_WITHOUT_D = ("ĐA",)


def _foldable(number: str) -> bool:
    return not any(f"/{a}-" in number or f"{a}/" in number for a in AMBIGUOUS_WITHOUT_D)


@st.composite
def printed_variants(draw: st.DrawFn, number: str) -> str:
    """``number`` as a source may print it: spaces around separators, dash look-alikes,
    lost Đ ("ND-CP"), "TTG", NFD, a "Số:" or "số" prefix."""
    out = []
    for ch in number:
        if ch in "/-":
            sep = draw(st.sampled_from(DASHES)) if ch == "-" else "/"
            out.append(draw(st.sampled_from(SPACES)) + sep + draw(st.sampled_from(SPACES)))
        else:
            out.append(ch)
    text = "".join(out)
    if _foldable(number) and draw(st.booleans()):
        text = text.replace("Đ", "D")
    if draw(st.booleans()):
        text = text.replace("TTg", "TTG")
    text = draw(st.sampled_from(("", "Số: ", "số ", "Số "))) + text
    form = draw(st.sampled_from(("NFC", "NFD")))
    return unicodedata.normalize(form, text)
