"""The Python fast path (``python_tokens``) gives the segments Pygments' own loop gives."""

from __future__ import annotations

import enum
import textwrap

import pytest

from redline.extract import code
from redline.limits import Limits
from redline.model import SegmentKind

SNIPPETS = {
    "identifiers": """
import os.path as osp
from collections import OrderedDict, namedtuple as nt

face_race_label = 3
def detect_ethnicity(img, *, min_size=20):
    print(len(img), self.x.print, cls)
    return {'race': face_race_label, "gender": 2}
""",
    "comments": """
# first comment
# continued comment

    # separate block after a blank line
x = 1  # trailing remark about race
#! not a hashbang
""",
    "docstrings": '''#!/usr/bin/env python3
"""Module docstring about ethnicity."""

class Estimator:
    r"""Raw docstring with \\escapes and "quotes"."""

    def __init__(self):
        \'\'\'Single-quoted triple docstring
        spanning lines.\'\'\'
        self.labels = [
            """not at a line start? yes it is""",
            b"bytes", rb"raw\\bytes", U"unicode", Br'x\\'y', "unterminated
        ]
''',
    "f-strings": """
name = 'world'
msg = f"hello {name!r:>10} {obj.attr[0]} {{literal}} {call(a, b=[1, 2])}"
raw = rf'{race}\\d' + FR"{gender}" + f'''multi
{line}
text'''
nested = f"{ {'a': 1}['a'] } {x = }"
""",
    "enum": """
import enum

class Race(enum.Enum):
    ASIAN = 'asian'
    BLACK = "black"
    WHITE = 3

class Gender(str, enum.Enum):
    MALE = 'male'; FEMALE = 'female'

match command:
    case Race.ASIAN | Race.BLACK:
        pass
    case _:
        label = "%(race)s and {gender.name} %d" % vals
""",
}


def _segments(tokens: object, text: str) -> list[tuple[object, ...]]:
    walker = code.CodeWalker(text, tokens, Limits(), brace_blocks=False)  # type: ignore[arg-type]
    return [(s.text, s.kind, s.locator, s.verbatim, s.group) for s in walker.segments()]


def _lexer() -> object:
    lexer = code._lexer_by_alias("python")
    assert lexer is not None and type(lexer).__name__ == "PythonLexer"
    return lexer


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_fast_python_segments_equal_pygments(name: str) -> None:
    text = textwrap.dedent(SNIPPETS[name])
    lexer = _lexer()
    fast = _segments(code.python_tokens(lexer, text), text)  # type: ignore[arg-type]
    slow = _segments(code.pygments_tokens(lexer, text), text)  # type: ignore[arg-type]
    assert fast == slow
    assert fast, "the snippet gives segments"


def test_fast_python_is_what_tokenize_uses() -> None:
    text = "race_label = 'asian'  # note\n"
    found = code.tokenize(text, "text/x-python", "x.py")
    assert found is not None
    tokens, brace_blocks = found
    assert brace_blocks is False
    toks = list(tokens)
    assert (0, code.NAME, "race_label") in toks
    assert (13, code.STR, "'asian'") in toks  # the whole literal, one token


def test_fast_python_segments_of_a_real_module() -> None:
    path = enum.__file__
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    lexer = _lexer()
    fast = _segments(code.python_tokens(lexer, text), text)  # type: ignore[arg-type]
    slow = _segments(code.pygments_tokens(lexer, text), text)  # type: ignore[arg-type]
    assert fast == slow
    kinds = {s[1] for s in fast}
    assert {SegmentKind.IDENTIFIER, SegmentKind.COMMENT, SegmentKind.STRING} <= kinds
