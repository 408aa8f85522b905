"""The regexes of the lexer, as named data: each with what it matches and a real example.

All run on normalized text (NFC, markup blanked; see :mod:`nghiquyet.normalize`) of one
stripped line or segment. Each is anchored and uses bounded repetition or possessive forms, so
no input makes them backtrack catastrophically.
"""

from __future__ import annotations

import regex

_F = regex.VERSION1 | regex.IGNORECASE
_CS = regex.VERSION1  # case-sensitive

# Vietnamese capitals (for "is this line in capitals").
UPPER = r"\p{Lu}"
LOWER = r"\p{Ll}"

ROMAN = r"[IVXLC]{1,7}"

# "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (also "HOÀ"); Party documents: "ĐẢNG CỘNG SẢN VIỆT NAM".
QUOC_HIEU = regex.compile(
    r"C[ỘO]NG\s+H(?:ÒA|OÀ|OA)\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM"
    r"|Đ[ẢA]NG\s+C[ỘO]NG\s+S[ẢA]N\s+VI[ỆE]T\s+NAM",
    _F,
)
# "Độc lập - Tự do - Hạnh phúc"
TIEU_NGU = regex.compile(r"Độc\s+lập\s*[-–—]+\s*Tự\s+do\s*[-–—]+\s*Hạnh\s+phúc", _F)

# A số ký hiệu as printed, spaces allowed around "/" and "-": "05 /NQ-HĐND", "13-NQ/TW",
# "20   /2025/QĐ-UBND", "66.19/2026/NQ-CP", "2877/TT-SXD(KTXD)".
NUMBER_TOKEN = (
    r"(?:\d{1,5}[a-zđ]?(?:\.\d{1,3})?|\.{2,8}|…)"  # sequence (or a blank "..../")
    r"(?:[ ]{0,20}[/\-–]{1,2}[ ]{0,6}[0-9A-Za-zĐđ()]{1,25}){1,8}"
    r"(?:(?<=QH)[ ]\d{1,2}(?![\d/]))?"  # "75/2006/QH 11": the term printed apart
)
# "Số: 05 /NQ-HĐND", "Số 60-NQ/TW", "Luật số: 45/2019/QH14", "Số:   /BC-UBND" (draft).
SO_KY_HIEU = regex.compile(
    r"^(?:(?P<prefix>(?:Bộ\s+)?[Ll]uật|Pháp\s+lệnh|Nghị\s+quyết|Lệnh|BỘ\s+LUẬT|LUẬT)\s+(?:số|Số|SỐ)"
    r"\s*:[ ]{0,20}|(?:Số|SỐ)(?:\s*[:.][ ]{0,20}|[ ]{1,3}(?=\d)))"
    rf"(?P<raw>{NUMBER_TOKEN}|[ ]{{0,20}}/[0-9A-Za-zĐđ/\-]{{1,40}}|\d{{1,5}}(?=[ ]*$))?",
    _CS,
)
# "Cần Thơ, ngày 08 tháng 7 năm 2022", "Hà Nội , ngày 25 / 02 /2026", "TP. Hồ Chí Minh, ngày ..."
# Blanks filled in by hand may leave wide gaps: "ngày 23 tháng               7    năm 2026".
DATE_VN = (
    r"ngày\s{0,24}(?P<day>\d(?:[ ]?\d)?)\s{0,24}(?:tháng|/|-|\.)\s{0,24}(?P<month>\d(?:[ ]?\d)?)"
    r"\s{0,24}(?:năm|/|-|\.)\s{0,24}(?P<year>\d{4})(?:(?!\d)|\d{1,2}(?=[ ]*$))"
)
# Not a căn cứ or consideration that cites a number before its date: "Căn cứ Nghị định số
# 67/2018/NĐ-CP, ngày 14 tháng 5 năm 2018 của Chính phủ ...", "Xét Tờ trình số 111/TTr-UBND,
# ngày 28 tháng 6 năm 2017" (no place name starts so).
DIA_DANH_NGAY = regex.compile(
    r"(?P<place>(?!(?:Căn\s+cứ|Xét|Theo|Thực\s+hiện|Sau\s+khi)\b)"
    rf"[{UPPER}][^,\n]{{0,60}}?)\s{{0,3}},\s{{0,3}}{DATE_VN}",
    _F,
)

# Enacting formula: "QUYẾT NGHỊ:", "QUYẾT ĐỊNH:", "NGHỊ QUYẾT:", "QUYẾT NGHỊ" (Party).
FORMULA_CAPS = regex.compile(
    r"^(?:QUYẾT\s+NGHỊ\s*:?|(?:QUYẾT\s+ĐỊNH|NGHỊ\s+QUYẾT|CHỈ\s+THỊ|BAN\s+HÀNH)\s*:)\s*$", _CS
)
# "Chính phủ ban hành Nghị định ...", "Bộ trưởng Bộ Tài chính ban hành Thông tư ..."; a công
# điện's "THỦ TƯỚNG CHÍNH PHỦ điện:" (its issuer in capitals).
FORMULA_SENTENCE = regex.compile(
    r"^(?!V/v)[^.;:,\d]{0,250}?\bban\s+hành\s+(?:Nghị\s+định|Thông\s+tư(?:\s+liên\s+tịch)?|Quyết\s+định"
    r"|Bộ\s+luật|Luật|Nghị\s+quyết|Pháp\s+lệnh|Chỉ\s+thị)\b"
    r"|^[^\p{Ll}.;:,\d\s][^\p{Ll}.;:,\d]{1,80}\sđiện\s*:\s*$",
    _CS,
)

CAN_CU = regex.compile(r"^(?:Căn\s+cứ|CĂN\s+CỨ)\b", _CS)
# Considerations of the preamble: "Xét Tờ trình ...", "Theo đề nghị của ...", "Sau khi nghe ...".
CONSIDERATION = regex.compile(
    r"^(?:Xét\b|Theo\s+đề\s+nghị\b|Sau\s+khi\b|Thực\s+hiện\b|Trên\s+cơ\s+sở\b|Theo\s+Tờ\s+trình\b"
    r"|Thừa\s+ủy\s+quyền\b|Tiếp\s+theo\b|Để\s+(?:áp\s+dụng|thi\s+hành|hướng\s+dẫn)\b)",
    _CS,
)

# "nhất", "hai", ... "mười", "mười một" ... "mười chín": the ordinal of a Phần.
ORDINAL = (
    r"(?:nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín"
    r"|mười(?:\s+(?:một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín)\b)?)\b"
)

# Body headings. "Phần thứ nhất", "PHẦN I", "Phần 1"; not prose "Phần mềm".
PHAN = regex.compile(
    rf"^Phần\s+(?P<number>thứ\s+{ORDINAL}|{ROMAN}\b|\d{{1,2}}\b"
    rf"|[A-Z]\b)\s*[.:\-–]?\s*(?P<title>.*)$",
    _F,
)
# "Chương I", "CHƯƠNG V", "Chương III -", "Chương 1:", "Chương VIIa".
# Not a reference list a crawl broke onto a new line: "Chương II, Điều 9, Điều 11 ...".
# Not a wrapped reference whose line starts with the word: "Chương III và Chương IV Nghị định
# này là ...", "Mục 2 của Chương này" (a lower-case word right after the number, or after its
# punctuation: "Chương II. như sau" is a heading whose title starts with the dot). Possessive:
# the spaces are read once (a run of spaces then a lower-case letter took quadratic time).
_NOT_PROSE = r"\s*+(?:[.:\-–](?!\s*+(?-i:\p{Ll}))|(?!(?-i:\p{Ll})))"
CHUONG = regex.compile(
    rf"^Chương\s+(?P<number>{ROMAN}[a-z]?|\d{{1,3}}[a-z]?)(?![\w/]|\s*[,;]){_NOT_PROSE}"
    r"\s*+(?P<title>.*)$",
    _F,
)
# "Mục 1", "MỤC 12", "Mục I.", "Mục 1:" — not "Mục tiêu", nor a wrapped list of references
# ("Mục 2, Mục 3 Chương II", "Chương III; Chương IV; ... Nghị định này.").
MUC = regex.compile(
    rf"^Mục\s+(?P<number>\d{{1,3}}[a-z]?|{ROMAN})(?![\w/]|\s*[,;]){_NOT_PROSE}"
    r"\s*+(?P<title>.*)$",
    _F,
)
TIEU_MUC = regex.compile(
    rf"^Tiểu\s+mục\s+(?P<number>\d{{1,3}}|{ROMAN})(?![\w/])\s*[.:\-–]?\s*(?P<title>.*)$", _F
)
# "Điều 12. Title", "Điều 10a.", "Điều 1:", "ĐIỀU 2", "Điều 2 -". A bare "Điều 5 của ..." is prose:
# the builder only accepts the no-punctuation form when the line cannot be a continuation.
DIEU = regex.compile(
    r"^Điều\s{0,3}(?P<number>\d{1,4}[a-zđ]?)(?P<punct>\s{0,3}[.:]|\s+[-–]\s|\s*$)\s*(?P<title>.*)$",
    _F,
)
DIEU_BARE = regex.compile(
    rf"^Điều\s{{1,3}}(?P<number>\d{{1,4}}[a-zđ]?)\s+(?P<title>[{UPPER}].*)$", _CS
)
# khoản: "1. text", "1a. text", "2- text" (pre-2000); not "1.1." (sub-numbering), not "10.000",
# not "1 - Tỷ lệ %" / "10 - < 50" (a formula's term, a range: the dash form has no space before),
# not a code or formula glued to its dot ("003.Q/BCB-VĐTC", "04.N.QLĐKKD", "3.ĐTB + 2.ĐCĐ"),
# nor a code after the dash ("13-NQ/TW", a form's "09-MST ban hành kèm ..." wrapped to a line),
# nor a consolidated text's footnote ("45 .Điều này được sửa đổi, bổ sung theo quy định tại ...").
KHOAN = regex.compile(
    r"^(?P<number>\d{1,3}[a-zđ]?)(?:\s?\.(?![\d.])(?!\S*[/.]|\p{Lu}+\s[+=×])"
    r"|-(?!\s*[\d<>≤≥])(?![A-ZĐ]{1,8}(?:/|\b)))\s*+"
    r"(?!(?:Điều|Khoản|Điểm|Chương|Mục|Phụ\s+lục|Cụm\s+từ)\s+này\s+(?:được|bị)\s[^.;\n]{0,80}?"
    r"theo\s+quy\s+định\s+tại)(?P<text>.*)$",
    _CS,
)
# điểm: "a) text", "đ) text", "đ1) text", "a. text" (variant); not "y). Người ..." or "x);", a
# wrapped sentence's last word and its bracket ("... kỹ thuật" / "y). Người đứng đầu ...").
DIEM = regex.compile(
    r"^(?P<number>[a-zđ](?:\d{1,2})?)\s?(?:\)(?![.,;](?:\s|$))|\.(?=\s))\s*(?P<text>.*)$", _CS
)
# sub-points: "a.1) ...", "a1) ...", "1.1. ...", "1.2.3 ...", "- ...", "+ ...", "• ...".
TIET = regex.compile(
    r"^(?P<number>[a-zđ]\.\d{1,2}\)|\d{1,2}(?:\.\d{1,2}){1,3}\.?(?=\s)|\d{1,2}\)|[ivx]{1,4}\)(?![.,;](?:\s|$))|[-+•–])"
    r"\s*(?P<text>.*)$",
    _CS,
)
# "PHỤ LỤC", "Phụ lục I", "Phụ lục I.3", "Phụ lục 1a", "Phụ lục số 19".
PHU_LUC = regex.compile(
    rf"^PH[ỤU]\s+L[ỤU]C(?:\s+(?:số\s+)?(?P<number>{ROMAN}(?:\.\d{{1,3}})*|\d{{1,3}}[a-z]?"
    r"(?:\.\d{1,3})*|[A-Z]))?(?![\w])\s*[.:\-–]?\s*(?P<title>.*)$",
    _F,
)
NOI_NHAN = regex.compile(r"^Nơi\s+nhận\s*[:.]?\s*(?P<rest>.*)$", _F)
RECIPIENT = regex.compile(r"^[-–•+*]\s*(?P<text>\S.*)$", _CS)
# Signature authority: "TM. HỘI ĐỒNG NHÂN DÂN", "KT. CHỦ TỊCH", "TL. BỘ TRƯỞNG", Party "T/M".
SIGN_AUTHORITY = regex.compile(
    rf"^(?P<prefix>TM|KT|TL|TUQ|Q|T/M|K/T|T/L)(?:\s*[./]\s*|\s+)(?P<body>[{UPPER}][{UPPER}\s.,\-]*)$",
    _CS,
)
# "KHÓA X, KỲ HỌP THỨ SÁU", "KHOÁ XV - KỲ HỌP THỨ 8".
SESSION = regex.compile(
    rf"^KH(?:ÓA|OÁ|OA)\s+(?P<term>{ROMAN}|\d{{1,2}})\b\s*[,\-–]?\s*(?:KỲ\s+HỌP\s+(?P<sitting>.+?))?\s*$",
    _F,
)
# Separators: "-------", "___", "***", "+----+----+", "====".
SEPARATOR = regex.compile(r"^[\s\-_=*~+:|.–—]{3,}$")
# Furniture: gazette page headers, page numbers, placeholders, signing stamps, site noise.
NOISE = regex.compile(
    r"^(?:CÔNG\s+BÁO\s*/\s*Số\b.*|\d{1,4}|<jsontable\b.*|</jsontable>.*|Ký\s+bởi\s*:.*|Người\s+ký\s*:.*"
    r"|Email\s*:\s*\S+@\S+"
    r"|Cơ\s+quan\s*:.*|Ngày\s+ký\s*:.*|Thời\s+gian\s+ký\s*:.*|VĂN\s+BẢN\s+QUY\s+PHẠM\s+PHÁP\s+LUẬT"
    r"|VĂN\s+BẢN\s+PHÁP\s+LUẬT\s+KHÁC|VĂN\s+BẢN\s+HỢP\s+NHẤT\s*-.*|\(Xem\s+tiếp\s+Công\s+báo.*|Epas\s*:\s*\d+"
    r"|!\[[^\]]{0,200}\]\([^)]{0,500}\)|\((?:Đã|đã)\s+ký[^)]{0,40}\)|\[\d{1,3}\]|\[daky\]|\(?ký\s+tên.{0,40}|Trang\s+\d{1,4}(?:\s*/\s*\d{1,4})?"
    r"|<img\b.*|Source\s*:.*|Signature\s+Not\s+Verified.*)$",
    _F,
)
# "V/v ..." (công văn, some decisions): a label, not part of the title.
VV = regex.compile(r"^V/v\b\s*[:.]?\s*(?P<title>.*)$", _F)

# Closing: "Nghị quyết này đã được ... thông qua ngày ... và có hiệu lực từ ngày ...".
ADOPTED = regex.compile(rf"thông\s+qua\s+(?:vào\s+)?{DATE_VN}", _F)
EFFECTIVE = regex.compile(rf"hiệu\s+lực(?:\s+thi\s+hành)?(?:\s+kể)?\s+từ\s+{DATE_VN}", _F)
END_MARK = regex.compile(r"\./\.")

# A military rank or academic degrees printed before a signer's name: "Thượng tướng", "Đại tá",
# "GS.TS.", "PGS. TS.", "TS.", "ThS. BS.", "BS. CKII." (at most four degrees).
_DEGREE = r"(?:PGS|GS|TSKH|TS|ThS|BSCKII|BSCKI|BS|CKII|CKI)\.?"
RANK = (
    rf"(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá)|{_DEGREE}(?:\s*(?:[.,]\s*)?{_DEGREE}){{0,3}})"
)
# A person's name: 2–6 capitalised words ("Phạm Văn Hiếu", "Đại tướng Lương Tam Quang").
NAME = regex.compile(
    rf"^(?:{RANK}\s+)?"
    rf"[{UPPER}][{LOWER}]{{0,12}}(?:\s+[{UPPER}][{LOWER}]{{0,12}}){{1,5}}$",
    _CS,
)
