"""Citation regexes as named data, assembled from small pieces (after eyecite's regexes.py).

Every piece carries a comment with real text it accepts. They run on ``normalize()``d text
(NFC, Ð -> Đ, markdown marks blanked to spaces), so a hard wrap is a plain "\\n" and bold marks
are spaces. Quantifiers are bounded or possessive: no input makes them backtrack badly.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from nghiquyet.vocab import DOC_TYPES

# ── pieces of a số ký hiệu ────────────────────────────────────────────────────────────────
DASH = r"[-\u2010-\u2015\u2212]"  # "-" and its look-alikes: NĐ–CP
GAP = r"[ \t]{0,8}"  # stray spaces: "Số: 05 /NQ-HĐND", "290/2005/QĐ- TTg"
WRAP = r"[ \t]{0,8}(?:\n[ \t]{0,8}){0,2}"  # a hard wrap after a dash: "NĐ-\nCP", "10-\n\nNQ/TW"
SLASH = rf"{GAP}/{{1,2}}{WRAP}"  # "/", "//": 24/2026//NQ-CP
HYPHEN = rf"{GAP}{DASH}{WRAP}"
# A run of spaces with at most two line breaks: a PDF text layer pads justified lines
# ("các Tờ trình:                 \nSố 202/TTr-BVHTTDL", "... và          \nsố 374/BC-BCT").
# Bounded: unbounded, it let the engine look for a literal after it ("ngày") to the end of the
# text at each match (quadratic on a long text with no date).
SPACES = r"[ \t]{0,100}+(?:\n[ \t]{0,100}+){0,2}"
SEQ = r"\d{1,6}[a-zđ]?(?:\.\d{1,3})?"  # 05, 1249a, 66.19
YEAR = r"(?:19|20)\d\d"  # 2022
# One code: NĐ, CP, TTg, QyĐ, CTr, BLĐTBXH, QH15, OCR QHI5, SXD(KTXD), a typo "QĐ-Tg" (kept whole,
# not cut to "QĐ"); never a word ("Bộ", "Do").
# A code may be glued to the word after it (text extracted from PDF): "381/ĐA-CPngày 9 ...".
GLUED = r"(?:ngày|của|về)(?!\p{L})"
CODE = (
    rf"[A-ZĐ](?:[A-ZĐƯ\d]++(?:(?!{GLUED})[a-zđ])?+[A-ZĐƯ\d]*+|[a-zđ][A-ZĐƯ\d]*+)?+"
    rf"(?:\([A-ZĐ]{{1,10}}\))?(?:(?!\p{{L}})|(?={GLUED}))"
)
SYMBOL = rf"{CODE}(?:{HYPHEN}{CODE}){{0,8}}"  # NĐ-CP, TTLT-BTC-BNV
PARTY_ORG = r"[A-ZĐ][A-ZĐƯ]{0,9}+(?!\p{Ll})"  # TW, VPTW, TU; "TW1" leaves the footnote 1
# 15/2022/NĐ-CP, 895/QĐ-TTg, 45/2022/QH15, 13-NQ/TW, 36-HD/VPTW, 107-CP; a dash for the slash
# after the sequence, a typo: "Nghị quyết số 19-2017/NQ-CP" (read as 19/2017/NQ-CP)
NUMBER = (
    rf"(?:{SEQ}{HYPHEN}{CODE}{SLASH}{PARTY_ORG}"  # party: 13-NQ/TW
    # state: 15/2022/NĐ-CP; an impossible year too, for the resolver ("142/2205/NĐ-CP")
    rf"|{SEQ}{SLASH}(?:\d{{4}}{SLASH})?{SYMBOL}"
    rf"|{SEQ}{HYPHEN}(?:{YEAR}{SLASH})?{SYMBOL})"  # legacy: 107-CP; typo 19-2017/NQ-CP
)

# ── dates ─────────────────────────────────────────────────────────────────────────────────
DAY, MONTH, YEAR4 = r"(?P<d>\d{1,2})", r"(?P<m>\d{1,2})", r"(?P<y>(?:19|20)\d\d)"
# Between the words of a date: spaces and up to two line breaks, however wide the padding a
# PDF layer or markdown hard break leaves before the wrap ("ngày 07     \ntháng 11 năm 2024"), or
# none between a word and a number ("ngày14/5/2013", "ngày 09tháng 5", "tháng12", "năm2016").
DGAP = r"[ \t]*+(?:\n[ \t]*+){0,2}"
# The month and year words, and their typos: "ngày 28 ngày 11 năm 2023", "ngày 06 tháng 11
# tháng 2025", "ngày 30 thảng 6 năm 2016".
_MONTH_WORD = r"(?i:tháng|thảng|ngày)"
_YEAR_WORD = r"(?i:năm|tháng|ngày)"
DATE = (
    rf"(?i:ngày){DGAP}(?:"  # a hard wrap, even a paragraph break, may follow "ngày"
    # ngày 19 tháng 6 năm 2015
    rf"{DAY}{DGAP}{_MONTH_WORD}{DGAP}{MONTH}(?:[ \t]*+(?:\n[ \t]*+)?,)?"
    rf"{DGAP}{_YEAR_WORD}{DGAP}{YEAR4}"
    rf"|{DAY}{GAP}[/.-]{GAP}{MONTH}{GAP}[/.-]{GAP}{YEAR4}"  # ngày 19/6/2015, 21-02-2018
    rf"|{DAY}{GAP}/{GAP}{MONTH}{DGAP}(?i:năm){DGAP}{YEAR4})"  # ngày 15/5 năm 2014
)
DATE_AFTER = regex.compile(rf"{SPACES},?{SPACES}(?:{DATE})")  # ", ngày 25 tháng 10 năm 2017"
DATE_RE = regex.compile(DATE)

# ── type words ────────────────────────────────────────────────────────────────────────────
# Words that name a document before its number, besides DOC_TYPES: "công văn số 3418/BVNTW".
# "Giấy phép khai thác khoáng sản số 197/GP-BNNMT": a licence is a numbered document too.
EXTRA_TYPE_WORDS: tuple[str, ...] = (
    "Văn bản",
    "Công văn",
    "Thông tri",
    "Điều lệ",
    "Kết luận",
    "Giấy phép",
)
LAW_TYPES: frozenset[str] = frozenset({"Hiến pháp", "Bộ luật", "Luật", "Pháp lệnh"})
TYPE_WORDS: tuple[str, ...] = tuple(
    sorted({t.name for t in DOC_TYPES} | set(EXTRA_TYPE_WORDS), key=len, reverse=True)
)


def _words(name: str) -> str:
    return r"\s+".join(regex.escape(w) for w in name.split())


def _printed(names: Iterable[str]) -> str:
    """Type words as printed, capitalised or upper case: "Nghị\\s+định|NGHỊ\\s+ĐỊNH|..."."""
    variants = {_words(v) for n in names for v in (n, n.upper())}
    return "|".join(sorted(variants, key=len, reverse=True))


TYPE_WORD = rf"(?<!\p{{L}})(?i:{'|'.join(_words(n) for n in TYPE_WORDS)})(?!\p{{L}})"
ADMIN_TYPE_WORD = (
    rf"(?<!\p{{L}})(?i:{'|'.join(_words(n) for n in TYPE_WORDS if n not in LAW_TYPES)})(?!\p{{L}})"
)
# Laws cited by name: Luật Tổ chức Chính phủ, Bộ luật Dân sự, Pháp lệnh ..., Hiến pháp.
LAW_WORD = (
    r"(?<!\p{L})(?:Bộ\s+[Ll]uật|BỘ\s+LUẬT|Luật|LUẬT|Pháp\s+lệnh|PHÁP\s+LỆNH|Hiến\s+pháp|HIẾN\s+PHÁP)"
    r"(?!\p{L})"
)
# "số", "Số:", "SỐ"; also "số [Khoản này hết hiệu lực bởi ...] 35/2018/QH14": a portal's note,
# blanked by normalize(), between "số" and the number.
# "so", "sổ", "sô" (a typo or lost diacritics: "Tờ trình so 8468/TTr-STNMT") only before a digit.
# A gazette page break may fall between "số" and the number: "số" / "" / "CÔNG BÁO/Số 243/Ngày
# 22-04-2026" / "103" / "" / "126/2020/NĐ-CP" (page number above or below the page header).
PAGE_BREAK = (
    r"(?:[ \t]*+\n(?:[ \t]*+\d{0,4}[ \t]*+\n){0,4}[ \t]*+CÔNG[ ]BÁO[ ]?/[^\n]{0,60}\n"
    r"(?:[ \t]*+\d{0,4}[ \t]*+\n){0,4}[ \t]*+(?=\d))"
)
SO = (
    r"(?:(?:(?i:số)(?:\s{0,3}(?i:hiệu))?|(?i:so|sổ|sô)(?=[ \t]{1,3}\d))"
    rf"(?:{PAGE_BREAK}|\s{{0,3}}:?\s{{0,4}}(?:[ ]{{10,2000}}+(?=\d))?))"
)

# ── citations ────────────────────────────────────────────────────────────────────────────
# Type words as printed (capitalised or upper case): a law's name stops there when a number
# follows ("Luật Đất đai và Nghị định số 43/2014/NĐ-CP"), after a few words that describe it
# ("và Thông tư của Bộ trưởng Bộ Tài chính số 12/..."; after a law word, its name: "Luật sửa
# đổi ... của Luật Đất đai số 45/2013/QH13"). Whole type words, not their first words: "Luật
# Khoa học và Công nghệ số 29/2013/QH13" ("Công" also starts "Công văn") is one name.
# What a law's name may not run over: a date, a number, a new clause ...
CLAUSE_STOP = (
    r"(?:ngày|số\s{0,3}:?\s{0,3}\d|hiệu\s+lực|kể\s+từ|Điều\s+\d|khoản\s+\d|điểm\s+[a-zđ]\)?\s"
    r"|Căn\s+cứ|này(?!\p{L})|(?:từ|trước|sau|đến|tới|vào|trong|đang)\s+ngày)"
)
_NUMBER_NEXT = r"\s+(?:(?i:số)\s*:?\s*)?\d"
# ... or another numbered document, also in brackets ("Luật Kiến trúc (Nghị định số
# 85/2020/NĐ-CP)": the decree that details the law); but the first word of a name may look like
# a type word: "Luật Quy hoạch số 21/2017/QH14" ("Quy" also starts "Quy chế", "Quy định").
_ADMIN_NAMES = _printed(set(TYPE_WORDS) - LAW_TYPES)
NAME_STOP = (
    rf"(?:{CLAUSE_STOP}"
    rf"|\(?(?:{_printed(LAW_TYPES)})(?!\p{{L}})(?:\s+\p{{L}}+){{0,3}}{_NUMBER_NEXT}"
    rf"|\(?(?:{_ADMIN_NAMES})(?!\p{{L}})(?:\s+\p{{L}}+){{0,6}}{_NUMBER_NEXT})"
)
FIRST_NAME_WORD = rf"(?!{CLAUSE_STOP})[^\s;.:“”\"\[\]]++"
NAME_WORD = rf"(?!{NAME_STOP})[^\s;.:“”\"\[\]]++"  # checked once a word, not once a character
NAME_GAP = r"(?:[ \t]++|[ \t]*+\n(?![ \t]*\n)[ \t]*+)"  # a space or a hard wrap
# Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật Giáo dục số 43/2019/QH14;
# "Luật Hải quan 54/2014/QH13" ("số" left out or lost at a hard wrap); "Luật Xây dựng: số
# 50/2014/QH13 ngày 18/6/2014; số 62/2020/QH14 ngày 17/6/2020" (a colon before a list)
NAMED = (
    # "Luật so 81/2025/QH15" ("số" without its diacritics) is not a law named "so": it is numbered.
    rf"(?P<type>{LAW_WORD})"
    rf"(?!\s+(?:này|nói|đó|trên|khác|hiện\s+hành|các|và|hoặc|{SO}\d|so\s{{0,3}}\d)(?!\p{{L}}))"
    rf"\s{{1,3}}(?P<name>(?=\p{{L}}){FIRST_NAME_WORD}(?:{NAME_GAP}{NAME_WORD}){{0,70}}?)"
    rf"(?:\s{{0,3}}[,:]?\s{{0,3}}(?:{SO}?(?P<number>{NUMBER})"
    rf"|(?:năm\s+{YEAR}\s*)?(?:,?\s*(?:đã\s+)?được\s+Quốc\s+hội[^;.\n]{{0,80}}?thông\s+qua\s+)?"
    rf"(?={DATE})))"
)
# A few words between a type word and "số": "Báo cáo thẩm tra số", "Công văn hỏa tốc số"
# but not a form or table being pointed at: "quy định tại Bảng số 04/QĐC", "theo Mẫu số".
# "của" only before an issuer's name: "Nghị định của Chính phủ số 10/2021/NĐ-CP".
NOT_DESCRIPTOR = (
    r"(?:(?i:theo|tại|và|về|mẫu|bảng|biểu|phụ|điều|khoản|điểm|mục|trang|ban|kèm)(?!\p{L})"
    r"|(?i:của)(?!\p{L})(?!\s{1,3}\p{Lu}))"
)
# ... or a long issuer before a colon: "các Quyết định của Bộ trưởng Bộ Lao động - Thương binh
# và Xã hội: Số 1025/QĐ-LĐTBXH ..., số 108/QĐ-LĐTBXH ...".
DESCRIPTOR = (
    rf"(?:(?:\s{{1,3}}(?!{NOT_DESCRIPTOR})\p{{L}}[\p{{L}}\d]*+){{1,6}}?:?"
    rf"|\s{{1,3}}(?i:của)\s{{1,3}}\p{{Lu}}[^\n:;.]{{1,120}}+:)"
    rf"\s{{1,3}}(?=(?i:số)(?!\p{{L}}))"
)
# After "số", a sequence split by one stray space before its year: "số 13 7/2026/NĐ-CP" is
# 137/2026/NĐ-CP (the canonical number drops the space).
SPLIT_SEQ = rf"\d{{1,3}}[ ](?=\d{{1,3}}{GAP}/{GAP}{YEAR}{GAP}/)"
# After a type word: " số 45/2022/QH15", " SỐ 170/2008/QĐ-TTG", " 158/2018/NĐ-CP"
NUMBER_TAIL = rf"{GAP}:?{SPACES}(?:{SO}(?P<number>{SPLIT_SEQ}{NUMBER})|{SO}?(?P<number>{NUMBER}))"
SELF_TAIL = r"\s{1,3}này(?!\p{L})"  # Nghị quyết này, Luật này: the document itself
# các Nghị quyết của Trung ương (no number, no date): title-only
TITLE_TAIL = (
    r"\s{1,3}(?:của|do)\s{1,3}(?P<name>\p{Lu}\p{L}*+(?:\s\p{L}++){0,6}?)"
    r"(?=\s+(?:về|đã|ban\s+hành|quy\s+định|và|tại)(?!\p{L})|\s*[\n;,.()]|\s*$)"
)
# Luật Việc làm (no number, no date): title-only
STOP_WORD = (
    r"(?:số|năm|và|của|về|hoặc|được|đã|thì|quy|có|để|tại|theo|khi|trong|này|ngày|sau|trước"
    r"|hiện|nói|trên|đó|cho|với|mà|là|như)(?!\p{L})"
)
# A later word never opens another law: "LUẬT HẢI QUAN Luật Hải quan số 54/2014/QH13" (a crawled
# title run into a VBHN's note) is two.
LAW_NAME = (
    rf"\p{{Lu}}\p{{L}}*+(?:(?:,(?=[ ]\p{{Ll}}))?[ \t]++"
    rf"(?!{STOP_WORD}|(?:Luật|Bộ[ ]luật|Pháp[ ]lệnh)(?!\p{{L}}))\p{{L}}++){{0,10}}+"
)
# điểm a khoản 1 Điều 5, khoản 2 Điều này, Điều 10a, Chương II
# A list of the same level after the first item takes the levels that follow it: "các điểm
# a, b và c khoản 1 Điều 145", "các khoản 2, 3, 4 và 5 Điều 12", "khoản 2 và khoản 3 Điều
# này", "các Điều 47, 48 và 49" (the reference keeps its first item's path).
_AND = r"(?:[ \t]*+,\s{0,3}+|\s{1,3}+(?:và|hoặc)\s{1,3}+)"  # a hard wrap too
_POINT_ID = r"[a-zđ](?:\.?\d{1,2})?\)?(?![\p{L}\d])"
_PARA_ID = r"\d{1,3}[a-zđ]?(?![\p{L}\d])"
_ART_ID = r"\d{1,4}[a-zđ]?(?![\p{L}\d])"
POINT = (
    r"(?<!\p{L})điểm\s{1,3}(?P<point>[a-zđ](?:\.?\d{1,2})?)\)?(?![\p{L}\d])"
    rf"(?:{_AND}(?:điểm\s{{1,3}}+)?{_POINT_ID}){{0,20}}+"
)
PARA = (
    r"(?<!\p{L})khoản\s{1,3}(?P<para>\d{1,3}[a-zđ]?|này)(?![\p{L}\d])"
    rf"(?:{_AND}(?:khoản\s{{1,3}}+)?{_PARA_ID}){{0,20}}+"
)
ART = (
    r"(?<!\p{L})Điều\s{1,3}(?P<art>\d{1,4}[a-zđ]?|này)(?![\p{L}\d])"
    rf"(?:{_AND}(?:Điều\s{{1,3}}+)?{_ART_ID}){{0,20}}+"
)
OF = r"\s{1,3}(?:của\s{1,3})?"
INTERNAL = (
    rf"{POINT}(?:\s{{1,3}}{PARA})?(?:{OF}{ART})?"
    rf"|{PARA}(?:{OF}{ART})?"
    rf"|{ART}"
    r"|(?<!\p{L})Chương\s{1,3}(?P<chap>[IVXLC]{1,7}[a-z]?)(?!\p{L})"
)

# A document by its type word and date, no number printed (the README's "full date" citation):
# "Nghị quyết của Quốc hội ngày 11 tháng 01 năm 2022", "Quyết định của Bộ Lao động - Thương
# binh và Xã hội ngày ...". The issuer is words up to the date: no number ("Nghị định của Chính
# phủ số 10/2021/NĐ-CP ngày ...") and no verb or subject ("Quyết định của Bộ về việc ... ngày").
_NOT_ISSUER = r"(?:ngày|số|về|đã|đang|sẽ|có|được|là|tại|theo|trong|thì|ban|quy|hướng|này)(?!\p{L})"
DATED_TAIL = (
    r"(?:\s{1,3}(?:của|do)\s{1,3}(?P<issuer>\p{Lu}\p{L}*+"
    rf"(?:(?:[ \t]++|[ \t]*+\n[ \t]*+)(?:-|(?!{_NOT_ISSUER})\p{{L}}++)){{0,15}}+))?"
    rf"(?={SPACES},?{SPACES}{DATE})"
)
# Where the scanner found a type word: Nghị quyết số ..., Nghị quyết này, Nghị quyết của ...
TYPE_CITATION = regex.compile(
    rf"(?P<type>{TYPE_WORD}|{LAW_WORD})"
    rf"(?:(?P<numbered>{NUMBER_TAIL})|(?P<self>{SELF_TAIL}))"
    rf"|(?=\p{{Lu}})(?P<type>{ADMIN_TYPE_WORD})(?P<dated>{DATED_TAIL})"
    rf"|(?P<type>{TYPE_WORD}|{LAW_WORD})(?P<title_only>{TITLE_TAIL})"
    rf"|(?=\p{{Lu}})(?P<type>{ADMIN_TYPE_WORD})(?P<numbered>{DESCRIPTOR}{NUMBER_TAIL})"
)
# The same where no digit can follow before the clause ends: no number, so no "numbered".
TYPE_BARE_CITATION = regex.compile(
    rf"(?P<type>{TYPE_WORD}|{LAW_WORD})(?:(?P<self>{SELF_TAIL})|(?P<title_only>{TITLE_TAIL}))"
)
# Where it found a law word: Luật số ..., Luật Tổ chức ... ngày ..., Luật này, Luật Việc làm
LAW_CITATION = regex.compile(
    rf"(?P<type>{LAW_WORD})(?:(?P<numbered>{NUMBER_TAIL})|(?P<self>{SELF_TAIL}))"
    rf"|(?P<named>{NAMED})"
    rf"|(?P<title_only>(?P<type>{LAW_WORD})\s{{1,3}}(?P<name>{LAW_NAME}))"
)
# A law word with no date or number in its clause cannot start a named citation: cheaper.
LAW_BARE_CITATION = regex.compile(
    rf"(?P<type>{LAW_WORD})(?P<self>{SELF_TAIL})"
    rf"|(?P<title_only>(?P<type>{LAW_WORD})\s{{1,3}}(?P<name>{LAW_NAME}))"
)
# A later item of a list whose type word stands far back: "..., số 1732/QĐ-BKHĐT"
LIST_ITEM_CITATION = regex.compile(rf"(?P<list_item>{SO}(?P<number>{NUMBER}))")
# A number no type word names ("Quyết định của TTCP ⏎26/2020/QĐ-TTg"), not glued to what
# follows ("Keyword=14/2007/TT-BL%C4%90TBXH", a URL).
BARE_CITATION = regex.compile(rf"(?P<bare>(?P<number>(?>{NUMBER})))(?![%=&/\d_])")
# A type word abbreviated to its code before a number: "QĐ 950/QĐ-TTg", "CV 5141/SNNMT-KS",
# "(QĐ số 613/QĐ-TTg)"; the number needs no year then (a bare one does).
TYPE_ABBREVIATIONS: dict[str, str] = {
    "QĐ": "Quyết định",
    "NĐ": "Nghị định",
    "NQ": "Nghị quyết",
    "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch",
    "CT": "Chỉ thị",
    "CV": "Công văn",
}
ABBREVIATION_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\d])(?P<abbr>{'|'.join(TYPE_ABBREVIATIONS)})\.?[ \t]{{1,3}}"
    r"(?:(?i:số)[ \t]{0,3}:?[ \t]{0,3})?\Z"
)
# What names a form or a table, not a document, before a number: "Mẫu số 01/2020/TT-BTC".
FORM_BEFORE = regex.compile(r"(?i:mẫu|biểu|bảng|phụ\s+lục|mã)(?:\s+số)?[\s:]*+\Z")
# Where it found "Điều", "khoản", "điểm", "Chương"
INTERNAL_CITATION = regex.compile(rf"(?P<internal>{INTERNAL})")

# After a number: ", số 142/2008/QĐ-TTg", " và 12/NQ-CP", "; số 3390/TTr-BCT"
LIST_NEXT = regex.compile(
    rf"{GAP}(?:,|;|\s(?:và|hoặc)(?!\p{{L}})){SPACES}(?:(?:và|hoặc)\s{{1,3}})?{SO}?"
    rf"(?P<number>{NUMBER})"
)
# ", của Quốc hội", " của Thủ tướng Chính phủ", " do Bộ trưởng Bộ Tài chính"; not another
# document: "Luật Đấu thầu số 22/2023/QH15 của Nghị định số 63/2014/NĐ-CP" is two citations.
ISSUER_AFTER = regex.compile(
    r"[ \t]*,?\s{0,3}(?:của|do)\s{1,3}"
    rf"(?!{TYPE_WORD}|{LAW_WORD})"
    r"(?P<issuer>\p{Lu}(?:[^\n;:,.()“”\"\[\]]|\n(?![ \t]*\n)){0,90}?)"
    r"(?=\s+(?:(?:về|ban\s+hành|quy\s+định|hướng\s+dẫn|sửa\s+đổi|thực\s+hiện|phê\s+duyệt|có|đã"
    r"|được|khóa|khoá|tại|thì|và|hoặc|với|trong|theo|để|nhằm)(?!\p{L}))"
    r"|\s*(?:[;:,.()“”\"\[\]]|\n[ \t]*\n)|\s*$)"
)
# " về thí điểm một số cơ chế ..." up to the end of the clause
TITLE_AFTER = regex.compile(r"[ \t]*,?\s{0,3}(?:về|V/v)\s(?P<title>[^;\n(“\"\[]{3,250})")
# A reference path on its own, to read its parts back: "điểm a khoản 1 Điều 5"
INTERNAL_RE = regex.compile(INTERNAL)
# Editorial notes of legal portals: "[Khoản này được hướng dẫn bởi Nghị định 155/2025/NĐ-CP]".
EDITORIAL = regex.compile(r"\[[^\[\]\n]{12,2000}\]")
# Headings are not references: "Điều 5. Phạm vi", "Chương II" on a line of its own.
HEADING = regex.compile(
    r"(?m)^[ \t>#*]*(?:Điều\s+\d{1,4}[a-zđ]?\s*[.:]"  # Điều 5. Phạm vi
    r"|Chương\s+[IVXLC]+[a-z]?"  # Chương I NHỮNG QUY ĐỊNH CHUNG
    r"(?:\s*+(?:[.:\-–]|(?<=\s)\p{Lu}{2})|[^\S\n]*+$))"  # possessive: spaces read once
)

__all__ = [
    "ABBREVIATION_BEFORE",
    "BARE_CITATION",
    "DATE_AFTER",
    "DATE_RE",
    "EDITORIAL",
    "FORM_BEFORE",
    "HEADING",
    "INTERNAL_CITATION",
    "INTERNAL_RE",
    "ISSUER_AFTER",
    "LAW_BARE_CITATION",
    "LAW_CITATION",
    "LIST_ITEM_CITATION",
    "LIST_NEXT",
    "TITLE_AFTER",
    "TYPE_ABBREVIATIONS",
    "TYPE_BARE_CITATION",
    "TYPE_CITATION",
    "TYPE_WORDS",
]
