"""models.trusted: what the parser builds without validation is what validation builds."""

from __future__ import annotations

from pydantic import BaseModel
from tests.conftest import ROOT

from nghiquyet import NodeKind, TokenKind, parse_text, tokenize
from nghiquyet.models import Node, Span, Token, trusted

SEED = (ROOT / "seeds" / "000_077e01998b7256ce.txt").read_text(encoding="utf-8")


def _revalidated(made: BaseModel) -> BaseModel:
    """``made`` built again by validation, from the fields it has set."""
    return type(made).model_validate({k: getattr(made, k) for k in made.model_fields_set})


def _assert_valid(made: BaseModel) -> None:
    valid = _revalidated(made)
    assert made == valid
    assert made.model_dump_json() == valid.model_dump_json()  # same key order
    assert made.model_fields_set == valid.model_fields_set


def test_tokens_are_what_validation_makes() -> None:
    text = SEED + "\nCÔNG BÁO/Số 12\n| a | b | c |\n"
    tokens = tokenize(text)
    assert {TokenKind.NOISE, TokenKind.TABLE_ROW} <= {t.kind for t in tokens}
    for tok in tokens:
        _assert_valid(tok)
        _assert_valid(tok.span)
        # Token(kind=..., text=..., span=...) for furniture: groups keeps its default.
        unset = {"groups"} if tok.kind is TokenKind.NOISE else set()
        assert tok.model_fields_set == set(Token.model_fields) - unset


BODY = """Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi
| Mục | Nội dung | Ghi chú |
| 1 | Đất | Không |
1. Khoản một.
a) Điểm a.
"""


def test_nodes_are_what_validation_makes() -> None:
    nodes = [*parse_text(SEED).walk(), *parse_text(BODY).walk()]
    kinds = {NodeKind.CHUONG, NodeKind.DIEU, NodeKind.KHOAN, NodeKind.DIEM, NodeKind.TABLE}
    assert {*kinds, NodeKind.PARAGRAPH} <= {n.kind for n in nodes}
    for node in nodes:
        _assert_valid(node)
        _assert_valid(node.span)
        # Node(kind=PARAGRAPH, text=..., span=...) for a paragraph; every field otherwise.
        unset = {"number", "label", "title", "children", "rows"}
        if node.kind is not NodeKind.PARAGRAPH:
            unset = set()
        assert node.model_fields_set == set(Node.model_fields) - unset


def test_trusted_models_copy_like_validated_ones() -> None:
    span = trusted(Span, {"start": 0, "end": 4, "line": 1, "column": 1, "end_line": 1})
    tok = trusted(Token, {"kind": TokenKind.NOISE, "text": "Trang 2", "span": span, "groups": {}},
                  frozenset({"kind", "text", "span"}))  # fmt: skip
    copied = tok.model_copy(update={"groups": {"a": "b"}})
    assert copied.groups == {"a": "b"}
    assert copied.model_fields_set == set(Token.model_fields)
    assert tok.groups == {}
    assert tok.model_fields_set == {"kind", "text", "span"}
    assert tok == Token(kind=TokenKind.NOISE, text="Trang 2", span=span)
    # Models made alike share their fields set; a copy's update must not reach the others.
    other = trusted(Token, {**tok.__dict__, "text": "Trang 3"}, frozenset({"kind", "text", "span"}))
    assert other.model_fields_set is tok.model_fields_set
    assert other.model_copy(update={"groups": {}}).model_fields_set == set(Token.model_fields)
    assert other.model_fields_set == {"kind", "text", "span"}


def test_trusted_sets_every_slot_of_a_model() -> None:
    from pydantic import BaseModel

    from nghiquyet import models

    assert set(models._SLOTS) == set(BaseModel.__slots__)


def test_trusted_models_have_no_new_of_their_own() -> None:
    # trusted() calls object.__new__ directly: right only while no model overrides __new__.
    for cls in (Span, Token, Node):
        assert cls.__new__ is object.__new__
