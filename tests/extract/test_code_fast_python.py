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


BLANKS = (
    "x = 1\t\t# tab then comment\n"
    "\f\n"
    "# a comment\n"
    "\n"
    "\n"
    "    '''docstring after blank lines'''\n"
    "  \t  \n"
    "    match = 3   \n"
    "    match x:\n"
    "      case  'race' :   pass\n"
    "y = 'a' 'b'  \"c\"\u00a0+\u3000z\n"
    "w = [1,\\\n"
    "     2]  # end \n"
    "   "
)


def _joined(tokens: object) -> list[tuple[int, int, str]]:
    """Tokens with adjacent string pieces joined (the walker joins them anyway)."""
    out: list[tuple[int, int, str]] = []
    for start, cat, value in tokens:  # type: ignore[attr-defined]
        if not value:
            continue
        if out and cat == code.STR and out[-1][1] == code.STR \
                and out[-1][0] + len(out[-1][2]) == start:
            out[-1] = (out[-1][0], code.STR, out[-1][2] + value)
            continue
        out.append((start, cat, value))
    return out


@pytest.mark.parametrize("name", [*sorted(SNIPPETS), "blanks"])
def test_fast_python_tokens_are_pygments_tokens(name: str) -> None:
    text = BLANKS if name == "blanks" else textwrap.dedent(SNIPPETS[name])
    lexer = _lexer()
    fast = _joined(code.python_tokens(lexer, text))  # type: ignore[arg-type]
    slow = _joined(code.pygments_tokens(lexer, text))  # type: ignore[arg-type]
    starts = {t[0] for t in fast}
    # the only tokens left out are blanks and line breaks (each one that a comment run would
    # join: at most one line break), where no token starts
    dropped = [t for t in slow if t not in fast]
    assert all(t[1] == code.TEXT and t[2].isspace() and t[2].count("\n") <= 1
               and t[0] not in starts for t in dropped), dropped
    assert [t for t in slow if t not in dropped] == fast


def test_fast_python_segments_with_blanks() -> None:
    lexer = _lexer()
    fast = _segments(code.python_tokens(lexer, BLANKS), BLANKS)  # type: ignore[arg-type]
    slow = _segments(code.pygments_tokens(lexer, BLANKS), BLANKS)  # type: ignore[arg-type]
    assert fast == slow
    strings = [s[0] for s in fast if s[1] is SegmentKind.STRING]
    assert strings[:4] == ["race", "a", "b", "c"]  # "a" "b" are separate literals, not one run


def test_python_scan_steps_over_blanks_only_when_safe() -> None:
    lexer = _lexer()
    found = code._blanks_rule(lexer._tokens["root"])  # type: ignore[attr-defined]
    assert found is not None
    skip, anchored = found
    rules = lexer._tokens["root"]  # type: ignore[attr-defined]
    assert rules[skip][0].__self__.pattern == r"[^\S\n]+"
    assert anchored and all(i < skip for i in anchored)  # the docstring / match-case rules
    # a later rule that can start with a blank makes stepping over blanks wrong
    import re

    from pygments.token import Text

    extra = (re.compile(r"\t+x", re.MULTILINE).match, Text, None)
    assert code._blanks_rule([*rules, extra]) is None


def test_walker_reads_a_gap_as_blanks() -> None:
    text = "'a' 'b'  # one\n  # two\n"
    toks = [(0, code.STR, "'a'"), (4, code.STR, "'b'"), (9, code.COM, "# one"),
            (14, code.TEXT, "\n"), (17, code.COM, "# two"), (22, code.TEXT, "\n")]
    segs = _segments(iter(toks), text)
    assert [(s[0], s[1]) for s in segs] == [("a", SegmentKind.STRING), ("b", SegmentKind.STRING),
                                           ("one\n  # two", SegmentKind.COMMENT)]
    joined = _segments(iter([(0, code.STR, "'a'"), (3, code.STR, "'b'")]), "'a''b'")
    assert [s[0] for s in joined] == ["a''b"]


def test_positional_factory_makes_equal_values() -> None:
    from redline.model import Locator, Segment

    loc = code._new_locator(3, 7, 41)
    assert loc == Locator(line=3, column=7, offset=41) and hash(loc) == hash(Locator(line=3, column=7, offset=41))
    seg = code._new_segment("emRace", SegmentKind.IDENTIFIER, loc, True, "enum:E@1")
    ref = Segment(text="emRace", kind=SegmentKind.IDENTIFIER, locator=Locator(line=3, column=7, offset=41),
                  verbatim=True, group="enum:E@1")
    assert seg == ref and hash(seg) == hash(ref) and repr(seg) == repr(ref)
    assert seg.encoding is None and seg.locate(0, 2) == ref.locate(0, 2)


def test_first_literals_hold_wherever_a_rule_can_start() -> None:
    # the look-ahead guarding a run of rules must match every character any of them can start
    # with, case folding included (Kelvin sign, long s, dotted I...)
    import re

    rules = _lexer()._tokens["root"]  # type: ignore[attr-defined]
    tails = ("", "'", '"', "'''", '"""', "t'", 'r"', "b'", "f'", "rb'", "x", "0")
    chars = [chr(c) for c in range(0x250)] + ["\u212a", "\u017f", "\u0130", "\u0131", "\u1e9e"]
    checked = 0
    for rule in rules:
        first = code._first_literals(rule)
        if first is None:
            continue
        cls = "[" + "".join(re.escape(c) for c in sorted(first[0])) + "]"
        guard = re.compile(f"(?i:{cls})" if first[1] else cls)
        for ch in chars:
            if guard.match(ch):
                continue
            for tail in tails:
                assert rule[0](ch + tail) is None, (rule[0].__self__.pattern, ch, tail)
                checked += 1
    assert checked > 10_000
