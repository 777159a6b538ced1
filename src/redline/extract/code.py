"""Source code in any language Pygments knows: identifiers, comments and string literals.

The media type names the language: ``text/x-<pygments alias>`` (``text/x-c``, ``text/x-python``,
set by ``sniff``). C-family languages (C, C++, Objective-C, C#, Java, JavaScript, TypeScript,
Go, Rust, Swift, Kotlin, Scala, Dart, proto, thrift) are tokenized by one regular expression
(``fast_tokens``): Pygments' lexer state machine costs about 1 s per MB of C header, several
times more, and all we need is where comments, strings and names are. Python runs Pygments'
own rules as one ``finditer`` scan, whole string literals matched by one regex
(``python_tokens``, same segments, several times faster than Pygments' loop). Neither gives
the white space that only separates tokens: ``CodeWalker`` reads a gap between two tokens as
such white space. Every other language goes through Pygments; when its alias is unknown the
file name is tried (Pygments' filename patterns, cheap), and otherwise the file is read as
plain text. ``guess_lexer`` is never used: it runs every lexer's heuristics and costs more
than lexing. ``benchmarks/code_extract.py`` times this module against an older revision on
the files a tree scan extracts, and checks their segments are the same.

Segments, all ``verbatim`` with line/column/offset (token offsets index the text we lex,
which we never rewrite):

- ``identifier``: each name as written (``EM_NATION_TYPE_UYGUR``, ``emRace``,
  ``face_selector_race``); the rule engine splits snake/camel case itself. Names from
  preprocessor lines (``#define EM_RACE_MAX``) too. Each distinct name is given once per group
  (its first occurrence): a name's repetitions add locations, not evidence, and a big file
  would otherwise run into ``limits.max_segments``.
- ``enum-member``: the members of a C/C++/C#/Java/TypeScript/Rust/Swift/Kotlin/proto/thrift
  ``enum``, all sharing ``group = "enum:<Name>@<line>"`` (``typedef enum {...} Name;`` takes the
  name after the brace).
- ``comment``: a comment, or a run of adjacent line comments, as one segment.
- ``string``: a string literal without its quotes and prefixes (escapes left as written).
  Docstrings are ``comment``.

Groups: names and strings directly inside a ``struct``/``class``/``union``/``interface``/
``message`` body share ``"<keyword>:<Name>@<line>"``; those directly inside a literal (an
array/list/tuple/dict/object/initializer: a bracket opened after ``=``, ``:``, ``(``, ``,``,
``[``, ``{`` or ``return``) share ``"literal@<line>:<column>"`` — so
``RACES = ['asian', 'indian', 'black', 'white']`` is one label set and
``{age: 1, gender: 2, race: 3}`` one object. Function bodies are not groups.
"""

from __future__ import annotations

import bisect
import functools
import logging
import re
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pygments.lexer import Lexer, RegexLexer
from pygments.token import (
    Comment,
    Error,
    Keyword,
    Name,
    Operator,
    Punctuation,
    String,
    Text,
    Token,
    Whitespace,
    _TokenType,
)
from pygments.util import ClassNotFound

from redline.extract.base import Extractor, extractors
from redline.extract.text import LineCounter, segment_lines, verbatim_segments
from redline.limits import Limits
from redline.model import Document, Locator, Segment, SegmentKind
from redline.text.decode import decode_bytes

logger = logging.getLogger(__name__)

STRUCT_KEYWORDS = frozenset({"struct", "class", "union", "interface", "message", "record",
                             "exception", "service", "object", "trait", "protocol", "table"})
_LITERAL_OPENERS = frozenset({"=", ":", "(", ",", "[", "{", "return", "=>", ":=", "yield", "in"})
_PREPROC_WORDS = frozenset({"define", "undef", "include", "if", "ifdef", "ifndef", "elif", "else",
                            "endif", "pragma", "error", "warning", "line", "import", "defined",
                            "once", "region", "endregion"})
_WORDY = re.compile(r"[^\W\d_]{2}")
_BRACKETS = frozenset("{}[](),;")
_NAME_TRIM = "<>/=?!&@#%'\" \t\r\n"
# Languages whose blocks are not braces: a ``class`` keyword there opens no brace block.
_NO_BRACE_BLOCKS = frozenset({"python", "python2", "cython", "ruby", "crystal", "nim",
                              "coffeescript", "elixir", "julia", "lua", "fortran", "vbnet",
                              "matlab", "splus", "haskell", "ocaml", "fsharp", "erlang", "elm",
                              "nix", "gdscript", "mojo", "yaml", "make", "cmake", "bash"})
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_STRING_OPEN = re.compile(r"""^[A-Za-z@$]{0,3}("{3}|'{3}|"|'|`|\[\[|\[=*\[|<<[-~]?["']?\w+["']?)""")
_COMMENT_MARK = re.compile(r"^(?:/\*+!?|/{2,}[/!<]?|#+!?|--+|;+|%+|'|REM\b|<!--|\(\*|\{-)[ \t]*")
_COMMENT_CLOSERS = ("*/", "-->", "*)", "-}")


@functools.lru_cache(maxsize=256)
def _lexer_for_extension(filename: str) -> Lexer | None:
    from pygments.lexers import get_lexer_for_filename

    try:
        return get_lexer_for_filename(filename, stripnl=False, ensurenl=False)
    except ClassNotFound:
        return None


@functools.lru_cache(maxsize=128)
def _lexer_by_alias(alias: str) -> Lexer | None:
    from pygments.lexers import get_lexer_by_name

    try:
        return get_lexer_by_name(alias, stripnl=False, ensurenl=False, stripall=False)
    except ClassNotFound:
        return None


def lexer_for(media_type: str, name: str) -> Lexer | None:
    """A Pygments lexer for ``text/x-<alias>`` or, failing that, the file name; else None."""
    mt = media_type.split(";", 1)[0].strip().lower()
    alias = mt[len("text/x-"):] if mt.startswith("text/x-") else ""
    lexer = _lexer_by_alias(alias) if alias else None
    if lexer is None and name:
        base = name.rsplit("/", 1)[-1].lower()
        lexer = _lexer_for_extension(f"x.{base.rsplit('.', 1)[-1]}" if "." in base else base)
    if lexer is not None and lexer.name == "Text only":
        return None
    return lexer


@extractors.register("code")
class CodeExtractor(Extractor):
    name = "code"
    media_types = ("text/x-*", "application/javascript", "application/x-javascript",
                   "text/javascript", "application/x-sh", "application/x-httpd-php",
                   "application/xml", "text/xml", "application/typescript")
    priority = 100

    def extract(self, doc: Document, data: bytes, limits: Limits) -> Iterator[Segment]:
        text = decode_bytes(data, declared=doc.charset).text
        # The pipeline picks the extractor by the sniffed type but passes the document as found
        # (its media_type is a hint, None for files): sniff again for the language, unless the
        # document already names one.
        hint = (doc.media_type or "").split(";", 1)[0].strip().lower()
        if hint.startswith("text/x-") or hint in _MEDIA_ALIASES:
            mt = _MEDIA_ALIASES.get(hint, hint)
        else:
            from redline.sniff import sniff

            mt = sniff(data, name=doc.name, hint=doc.media_type)
            mt = _MEDIA_ALIASES.get(mt, mt)
        found = tokenize(text, mt, doc.name)
        if found is None:
            yield from segment_lines(text, max_chars=limits.max_line_chars)
            return
        tokens, brace_blocks = found
        bodies = python_enum_bodies(text) if _python(mt) else ()
        if bodies:
            yield from PythonEnumWalker(text, tokens, limits, bodies, brace_blocks=brace_blocks).segments()
            return
        yield from CodeWalker(text, tokens, limits, brace_blocks=brace_blocks).segments()


def _python(media_type: str) -> bool:
    mt = media_type.split(";", 1)[0].strip().lower()
    return mt.startswith("text/x-") and mt[len("text/x-"):] in PYTHON_FAST_ALIASES


# A Python enum class: ``class Race(Enum):``, ``class EM_RACE_TYPE(IntEnum):``, ``(str, enum.Enum)``.
_PY_ENUM_CLASS = re.compile(
    r"^([ \t]*)class[ \t]+([A-Za-z_]\w*)[ \t]*\(([^)]*\b(?:Enum|IntEnum|StrEnum|Flag|IntFlag)\b[^)]*)\)[ \t]*:",
    re.MULTILINE)
_PY_ASSIGN = re.compile(r"[ \t]*(?::[^=\n]*)?=(?!=)")  # "= 2", ": int = 2", not "=="


def _indent(line: str) -> int:
    """Columns of leading white space (tabs expanded)."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def python_enum_bodies(text: str) -> tuple[tuple[int, int, str, int], ...]:
    """(body start, body end, class name, member indent) of each Python enum class in ``text``:
    the body runs from the line after the header to the first later line, neither blank nor a
    comment, indented no deeper than the header; its members are indented like its first line."""
    if "class" not in text or "Enum" not in text and "Flag" not in text:
        return ()
    out = []
    for m in _PY_ENUM_CLASS.finditer(text):
        indent = _indent(m.group(1))
        pos = text.find("\n", m.end())
        if pos < 0:
            continue
        body = pos + 1
        end = len(text)
        while pos >= 0:
            nxt = text.find("\n", pos + 1)
            line = text[pos + 1:nxt if nxt >= 0 else len(text)]
            stripped = line.strip()
            if stripped and not stripped.startswith("#") and _indent(line) <= indent:
                end = pos + 1
                break
            pos = nxt
        # members sit at the body's own indentation (not inside its methods)
        inner = next((_indent(line) for line in text[body:end].split("\n")
                      if line.strip() and not line.strip().startswith("#")), -1)
        if inner > indent:
            out.append((body, end, m.group(2), inner))
    return tuple(out)


_MEDIA_ALIASES = {"application/javascript": "text/x-javascript",
                  "application/x-javascript": "text/x-javascript",
                  "text/javascript": "text/x-javascript", "application/xml": "text/x-xml",
                  "text/xml": "text/x-xml", "application/typescript": "text/x-typescript",
                  "application/x-sh": "text/x-bash", "application/x-httpd-php": "text/x-php"}


def tokenize(text: str, media_type: str, name: str) -> tuple[Iterator[tuple[int, int, str]], bool] | None:
    """(tokens, brace_blocks) for the language of ``media_type`` (or ``name``), else None.

    C-family languages (and proto/thrift) use ``fast_tokens``; every other language Pygments.
    """
    mt = media_type.split(";", 1)[0].strip().lower()
    alias = mt[len("text/x-"):] if mt.startswith("text/x-") else ""
    if alias in FAST_LANGUAGES:
        return fast_tokens(text, preprocessor=alias in _PREPROCESSOR_LANGUAGES,
                           idl=alias in _IDL_LANGUAGES), True
    lexer = lexer_for(mt, name)
    if lexer is None:
        return None
    if alias in PYTHON_FAST_ALIASES and type(lexer).__name__ == "PythonLexer":
        return python_tokens(lexer, text), False
    aliases = set(getattr(lexer, "aliases", ()) or ())
    return pygments_tokens(lexer, text), not (aliases & _NO_BRACE_BLOCKS)


# --- token categories ------------------------------------------------------------------------
# The walker sees (offset, category, text). Categories <= TEXT start runs (strings, comments,
# markup text) that adjacent pieces join.
STR, DOC, COM, TEXT, PRE, NAME, NAME_SKIP, KW, PUNCT, OTHER = range(10)

_CATEGORY: dict[object, int] = {}


def _category(ttype: object) -> int:
    """Category of a Pygments token type (memoised: ``in`` on token types is slow)."""
    cat = _CATEGORY.get(ttype)
    if cat is None:
        if ttype in String.Doc:
            cat = DOC
        elif ttype in String:
            cat = STR
        elif ttype in Comment.Preproc or ttype in Comment.PreprocFile:
            cat = PRE
        elif ttype in Comment:
            cat = COM
        elif ttype in Name.Builtin or ttype in Name.Namespace:
            cat = NAME_SKIP
        elif ttype in Name:
            cat = NAME
        elif ttype in Keyword:
            cat = KW
        elif ttype in Punctuation or ttype in Operator or ttype in Token.Error:
            cat = PUNCT
        elif ttype in Text:
            cat = TEXT
        else:
            cat = OTHER
        _CATEGORY[ttype] = cat
    return cat


def pygments_tokens(lexer: Lexer, text: str) -> Iterator[tuple[int, int, str]]:
    tokens = (combined_tokens(lexer, text) if type(lexer).get_tokens_unprocessed
              is RegexLexer.get_tokens_unprocessed else lexer.get_tokens_unprocessed(text))
    for start, ttype, value in tokens:
        yield start, _category(ttype), value


# --- Pygments' RegexLexer loop with one regex per state ---------------------------------------
# RegexLexer tries a state's rules one by one until one matches (~30 regex calls a token for
# Python). An alternation of the same rules, in the same order, matches at the same position
# with the first rule that can match (alternatives are tried left to right), so one call finds
# the rule; that rule's own regex is then run once more to give its action the match object
# it expects. Tokens are identical to ``lexer.get_tokens_unprocessed``; a state whose patterns
# cannot be combined safely (numbered/named back-references, inline global flags, mixed flags)
# keeps the rule-by-rule loop.
_UNCOMBINABLE = re.compile(r"\\[1-9]|\(\?P[=<]|\(\?\(|\(\?[aiLmsux]+\)")
_LEADING_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")
_FLAG_LETTERS = (("i", re.IGNORECASE), ("m", re.MULTILINE), ("s", re.DOTALL))
_SCOPABLE = re.IGNORECASE | re.MULTILINE | re.DOTALL
_Combined = tuple[Any, dict[int, int], list[str], int]  # match, group -> rule, parts, flags
_STATE_CACHE: dict[tuple[type, str], _Combined | None] = {}


_PARTS_CACHE: dict[tuple[type, str], tuple[list[str], int] | None] = {}


def _state_parts(cls: type, state: str, rules: list[Any]) -> tuple[list[str], int] | None:
    """(one pattern per rule, the flags to compile them with) if the rules of ``state`` can be
    joined into one alternation (patterns scoped to their own flags where these differ)."""
    key = (cls, state)
    if key in _PARTS_CACHE:
        return _PARTS_CACHE[key]
    result: tuple[list[str], int] | None = None
    try:
        pats = [rexmatch.__self__ for rexmatch, _action, _new in rules]
        # the most common flags are the combined regex's; others become scoped flags
        counts: dict[int, int] = {}
        for rx in pats:
            counts[rx.flags] = counts.get(rx.flags, 0) + 1
        flags = max(counts, key=counts.__getitem__) if counts else 0
        if flags & re.VERBOSE:
            raise ValueError("verbose")
        parts = []
        for rx in pats:
            # a leading global flag group is already in rx.flags
            pattern = _LEADING_FLAGS.sub("", rx.pattern, count=1)
            if _UNCOMBINABLE.search(pattern):
                raise ValueError(pattern)
            add, drop = rx.flags & ~flags, flags & ~rx.flags
            if (add | drop) & ~_SCOPABLE:
                raise ValueError(pattern)
            if add or drop:
                on = "".join(c for c, f in _FLAG_LETTERS if add & f)
                off = "".join(c for c, f in _FLAG_LETTERS if drop & f)
                pattern = f"(?{on}{'-' + off if off else ''}:{pattern})"
            parts.append(pattern)
        result = (parts, flags)
    except (ValueError, AttributeError, TypeError):
        result = None
    _PARTS_CACHE[key] = result
    return result


def _combine_state(cls: type, state: str, rules: list[Any]) -> _Combined | None:
    key = (cls, state)
    if key in _STATE_CACHE:
        return _STATE_CACHE[key]
    result: _Combined | None = None
    found = _state_parts(cls, state, rules)
    if found is not None and len(found[0]) >= 3:
        parts = [f"(?P<r{i}>{pattern})" for i, pattern in enumerate(found[0])]
        try:
            combined = re.compile("|".join(parts), found[1])
            result = (combined.match, {combined.groupindex[f"r{i}"]: i for i in range(len(parts))},
                      parts, found[1])
        except re.error:
            result = None
    _STATE_CACHE[key] = result
    return result


# First-character dispatch: the rules of a state that can match at a position are those whose
# pattern can start with the character there (or that can match the empty string); the
# alternation of just those, in the same order, finds the same rule. Sets come from the parsed
# pattern and are conservative: anything not understood (case folding, character categories
# other than whitespace, back-references) makes a rule a candidate at every character.
_SPACES = frozenset(chr(c) for c in range(0x3001) if chr(c).isspace())  # U+3000 is the last


def _first_chars(items: Any, flags: int) -> tuple[frozenset[str] | None, bool]:
    """(possible first characters or None for any, can match empty) of parsed regex items."""
    from re import _constants as sc  # type: ignore[attr-defined]

    out: set[str] = set()
    for op, av in items:
        if op is sc.AT or op is sc.ASSERT or op is sc.ASSERT_NOT:
            continue  # zero-width: look at what follows
        if op is sc.LITERAL:
            if flags & re.IGNORECASE:
                return None, False
            out.add(chr(av))
            return frozenset(out), False
        if op is sc.IN:
            if flags & re.IGNORECASE:
                return None, False
            for iop, iav in av:
                if iop is sc.LITERAL:
                    out.add(chr(iav))
                elif iop is sc.RANGE and iav[1] - iav[0] <= 512:
                    out.update(chr(c) for c in range(iav[0], iav[1] + 1))
                elif iop is sc.CATEGORY and iav is sc.CATEGORY_SPACE and not flags & re.ASCII:
                    out.update(_SPACES)
                else:
                    return None, False
            return frozenset(out), False
        if op is sc.SUBPATTERN or op is sc.ATOMIC_GROUP:
            sub_items = av if op is sc.ATOMIC_GROUP else av[3]
            sub_flags = flags if op is sc.ATOMIC_GROUP else (flags | av[1]) & ~av[2]
            first, empty = _first_chars(sub_items, sub_flags)
        elif op is sc.BRANCH:
            first, empty = frozenset(), False
            for branch in av[1]:
                f, e = _first_chars(branch, flags)
                if f is None:
                    return None, False
                first, empty = first | f, empty or e
        elif op in (sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT):
            first, empty = _first_chars(av[2], flags)
            empty = empty or av[0] == 0
        else:
            return None, False
        if first is None:
            return None, False
        out |= first
        if not empty:
            return frozenset(out), False
    return frozenset(out), True


_Dispatch = tuple[list[frozenset[str] | None], dict[str, tuple[Any, dict[int, int]]]]
_DISPATCH: dict[tuple[type, str], _Dispatch | None] = {}


def _state_dispatch(cls: type, state: str, rules: list[Any]) -> _Dispatch | None:
    key = (cls, state)
    if key in _DISPATCH:
        return _DISPATCH[key]
    result: _Dispatch | None = None
    if _combine_state(cls, state, rules) is not None:
        try:
            from re import _parser as sp  # type: ignore[attr-defined]

            firsts: list[frozenset[str] | None] = []
            for rexmatch, _a, _n in rules:
                rx = rexmatch.__self__
                first, empty = _first_chars(sp.parse(rx.pattern, rx.flags), rx.flags)
                firsts.append(None if empty else first)
            result = (firsts, {})
        except Exception:  # noqa: BLE001 - an unparsable pattern keeps the plain alternation
            result = None
    _DISPATCH[key] = result
    return result


_SUBSETS: dict[tuple[type, str, tuple[int, ...]], tuple[Any, dict[int, int]]] = {}


def _matcher_for(cls: type, state: str, rules: list[Any], ch: str) -> tuple[Any, dict[int, int]]:
    """(match, group index -> rule index) of the rules of ``state`` that can start with ``ch``."""
    disp = _state_dispatch(cls, state, rules)
    full = _combine_state(cls, state, rules)
    assert full is not None  # callers only ask for states that combine
    if disp is None:
        return full[0], full[1]
    firsts, by_char = disp
    m = by_char.get(ch)
    if m is None:
        idx = tuple(i for i, f in enumerate(firsts) if f is None or ch in f)
        key = (cls, state, idx)
        m = _SUBSETS.get(key)
        if m is None:
            if not idx:
                m = (_NO_MATCH, {})
            elif len(idx) == len(rules):
                m = (full[0], full[1])
            else:
                parts = full[2]
                combined = re.compile("|".join(parts[i] for i in idx), full[3])
                m = (combined.match, {combined.groupindex[f"r{i}"]: i for i in idx})
            _SUBSETS[key] = m
        by_char[ch] = m
    return m


def _NO_MATCH(text: str, pos: int) -> None:
    return None


def _change_state(statestack: list[str], new_state: object) -> None:
    """Apply a Pygments rule's state transition to ``statestack`` (as RegexLexer does)."""
    if isinstance(new_state, tuple):
        for state in new_state:
            if state == "#pop":
                if len(statestack) > 1:
                    statestack.pop()
            elif state == "#push":
                statestack.append(statestack[-1])
            else:
                statestack.append(state)
    elif isinstance(new_state, int):
        if abs(new_state) >= len(statestack):
            del statestack[1:]
        else:
            del statestack[new_state:]
    elif new_state == "#push":
        statestack.append(statestack[-1])
    else:
        raise AssertionError(f"wrong state def: {new_state!r}")


def combined_tokens(lexer: RegexLexer, text: str) -> Iterator[tuple[int, object, str]]:
    """``RegexLexer.get_tokens_unprocessed(text)`` (Pygments 2.x), one regex call per token."""
    cls = type(lexer)
    pos = 0
    tokendefs = lexer._tokens
    statestack = ["root"]
    statetokens = tokendefs["root"]
    fast = _combine_state(cls, "root", statetokens)
    while 1:
        m = None
        if fast is not None:
            fm = _matcher_for(cls, statestack[-1], statetokens, text[pos:pos + 1])
            m0 = fm[0](text, pos)
            if m0 is not None:
                rexmatch, action, new_state = statetokens[fm[1][m0.lastindex]]
                m = rexmatch(text, pos)
        else:
            for rexmatch, action, new_state in statetokens:
                m = rexmatch(text, pos)
                if m:
                    break
        if m:
            if action is not None:
                if type(action) is _TokenType:
                    yield pos, action, m.group()
                else:
                    yield from action(lexer, m)
            pos = m.end()
            if new_state is not None:
                _change_state(statestack, new_state)
                statetokens = tokendefs[statestack[-1]]
                fast = _combine_state(cls, statestack[-1], statetokens)
            continue
        if pos >= len(text):
            break
        if text[pos] == "\n":
            statestack = ["root"]
            statetokens = tokendefs["root"]
            fast = _combine_state(cls, "root", statetokens)
            yield pos, Whitespace, "\n"
            pos += 1
            continue
        yield pos, Error, text[pos]
        pos += 1


# --- Python: Pygments' root rules in one scanning regex, flat string states in one regex -----
# Every token Pygments' PythonLexer makes at the root state comes from one alternation of the
# root rules, in order, each followed by an empty marker group (``m.lastindex`` names the rule)
# and run by ``finditer``: one C-level scan instead of a Python-level call per token. The rules'
# own capturing groups are made non-capturing there, so that a rule starting with a literal or
# a character set is skipped by the regex engine at a glance. A rule that opens a plain string
# state (every rule there a String token, the only state change a pop) is followed to its end
# by one regex built from that state's rules in order, and the whole literal is one STR token
# (the walker joins the pieces Pygments gives anyway); any other state change (def/class/import
# names, f-strings, soft keywords) runs Pygments' own state machine until it is back at the
# root. Runs of blanks inside a line (the ``[^\S\n]+`` rule) are not tokens at all: the scan
# steps over them (the walker reads a gap between tokens as such a run), which is exact because
# no other rule can start at a blank that is not at a line start (checked on the parsed rules).
# The tokens are those of ``pygments_tokens`` up to the joining of adjacent string pieces and
# those blank runs.
PYTHON_FAST_ALIASES = frozenset({"python", "python3", "py"})
_NAMED_PART = re.compile(r"^\(\?P<r\d+>")
_TOK, _CALLBACK, _STRING, _DELEGATE, _CHAR, _END = range(6)
_PyScan = tuple[Any, list[tuple[int, Any]], int, list[Any]]  # see _python_scan
_PY_SCANS: dict[type, _PyScan | None] = {}
_FLAT_STATES: dict[tuple[type, str], Any] = {}
_BLANKS_RULE = r"[^\S\n]+"
_BLANKS = _SPACES - {"\n"}


def _is_flat_state(cls: type, lexer: RegexLexer, state: str) -> bool:
    """Whether ``state`` looks like a plain string state (cheap: no regex compiled; the
    regexes of ``_flat_state`` are built on first use, and if that fails the scan runs
    Pygments' own loop there)."""
    rules = lexer._tokens.get(state)
    if not rules or len(rules) < 3 or _state_parts(cls, state, rules) is None:
        return False
    return (all(type(action) is _TokenType and _category(action) == STR
                and (new is None or new == -1) for _rx, action, new in rules)
            and any(new == -1 for _rx, _a, new in rules)
            and any(new is None for _rx, _a, new in rules))


def _flat_state(cls: type, lexer: RegexLexer, state: str) -> Any:
    """A match function for the body of ``state`` if it is a plain string state, else None."""
    key = (cls, state)
    if key in _FLAT_STATES:
        return _FLAT_STATES[key]
    result = None
    rules = lexer._tokens.get(state)
    ok = bool(rules) and all(type(action) is _TokenType and _category(action) == STR
                             and (new is None or new == -1) for _rx, action, new in rules)
    combined = _combine_state(cls, state, rules) if ok else None
    if combined is not None:
        parts = [_NAMED_PART.sub("(?:", p, count=1) for p in combined[2]]
        alts: list[str] = []
        pops: list[str] = []
        for part, (_rx, _action, new) in zip(parts, rules):
            if new == -1:
                pops.append(part)
            else:
                guard = f"(?!{'|'.join(pops)})" if pops else ""
                alts.append(guard + part)
        if pops and alts:
            try:
                body = re.compile(f"(?:{'|'.join(alts)})*", combined[3])
                result = (body.match, combined[0], combined[1])
            except re.error:
                result = None
    _FLAT_STATES[key] = result
    return result


def _without_groups(pattern: str) -> str:
    """``pattern`` with every capturing group made non-capturing (it has no back-references)."""
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            out.append(c)
            i += 1
            if pattern.startswith("^", i):
                out.append("^")
                i += 1
            if pattern.startswith("]", i):
                out.append("]")
                i += 1
            continue
        elif c == "(" and not pattern.startswith("?", i + 1):
            out.append("(?:")
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _line_anchored(items: Any) -> bool:
    """Whether parsed regex ``items`` can only match at a line start (``^``, ``\\A``)."""
    from re import _constants as sc  # type: ignore[attr-defined]

    for op, av in items:
        if op is sc.AT:
            return av in (sc.AT_BEGINNING, sc.AT_BEGINNING_STRING, sc.AT_BEGINNING_LINE)
        if op is sc.SUBPATTERN:
            return _line_anchored(av[3])
        return False
    return False


def _may_start_blank(items: Any) -> tuple[bool, bool]:
    """(may start with a blank - whitespace other than a newline -, may match the empty string),
    conservatively."""
    from re import _constants as sc  # type: ignore[attr-defined]

    safe_categories = (sc.CATEGORY_DIGIT, sc.CATEGORY_WORD, sc.CATEGORY_NOT_SPACE)
    for op, av in items:
        if op is sc.AT or op is sc.ASSERT or op is sc.ASSERT_NOT:
            continue  # zero-width (look-arounds only narrow what follows)
        if op is sc.LITERAL:  # case folding never turns a non-space into a space
            return chr(av) in _BLANKS, False
        if op is sc.IN:
            for iop, iav in av:
                if iop is sc.LITERAL:
                    if chr(iav) in _BLANKS:
                        return True, False
                elif iop is sc.RANGE:
                    if any(iav[0] <= ord(s) <= iav[1] for s in _BLANKS):
                        return True, False
                elif not (iop is sc.CATEGORY and iav in safe_categories):
                    return True, False
            return False, False
        if op is sc.SUBPATTERN or op is sc.ATOMIC_GROUP:
            may, empty = _may_start_blank(av if op is sc.ATOMIC_GROUP else av[3])
        elif op is sc.BRANCH:
            may, empty = False, False
            for branch in av[1]:
                m, e = _may_start_blank(branch)
                may, empty = may or m, empty or e
        elif op in (sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT):
            may, empty = _may_start_blank(av[2])
            empty = empty or av[0] == 0
        else:
            return True, False
        if may:
            return True, False
        if not empty:
            return False, False
    return False, True


def _blanks_rule(rules: list[Any]) -> tuple[int, list[int]] | None:
    """(index of the root rule for blanks inside a line, the earlier rules anchored at a line
    start that may start with a blank) if the scan may step over that rule's tokens.

    Where that rule matches, Pygments makes a whitespace token of a run of blanks. The scan
    can step over such runs only if no other rule can match inside one (rules anchored at a
    line start can only match at its first character, and are tried there first) and no later
    rule can start with a blank at all.
    """

    found = [i for i, (rexmatch, action, new) in enumerate(rules)
             if new is None and type(action) is _TokenType and _category(action) == TEXT
             and _LEADING_FLAGS.sub("", rexmatch.__self__.pattern) == _BLANKS_RULE]
    if len(found) != 1:
        return None
    skip = found[0]
    anchored: list[int] = []
    try:
        for i, (rexmatch, _action, _new) in enumerate(rules):
            if i == skip:
                continue
            items = _parsed(rexmatch.__self__)
            if items is None:
                return None
            may, empty = _may_start_blank(items)
            if i < skip and _line_anchored(items):
                if may or empty:
                    anchored.append(i)
            elif may or empty:
                return None
    except Exception:  # noqa: BLE001 - a pattern we cannot read keeps every token
        return None
    return skip, anchored


_GUARD_CHARS = 12  # at most this many possible first characters for a guarded run
_GUARD_RULES = 6  # of at least this many rules
_GUARD_PATTERN_CHARS = 400
_PARSED: dict[Any, Any] = {}


def _parsed(rx: Any) -> Any:
    """``rx``'s parsed pattern (the regex module's own parser), None if that fails; memoised."""
    if rx not in _PARSED:
        try:
            from re import _parser as sp  # type: ignore[attr-defined]

            _PARSED[rx] = sp.parse(rx.pattern, rx.flags)
        except Exception:  # noqa: BLE001 - an unreadable pattern is left alone
            _PARSED[rx] = None
    return _PARSED[rx]


def _first_literals(rule: Any) -> tuple[set[str], bool] | None:
    """(the characters a rule's match can start with, whether under case folding) when that
    is a small known set (literals and short ranges only), else None."""
    rx = rule[0].__self__
    if len(rx.pattern) > _GUARD_PATTERN_CHARS:
        return None  # a long pattern (word lists, Unicode classes) is no small set: not parsed
    items = _parsed(rx)
    found = _first_literal_items(items) if items is not None else None
    if found is None or found[1]:  # unknown, or may match the empty string
        return None
    return found[0], bool(rx.flags & re.IGNORECASE)


def _first_literal_items(items: Any) -> tuple[set[str], bool] | None:
    """(possible first characters, may match empty) of parsed regex items, literals only.

    Under case folding the set holds the characters as written: a look-ahead for them with the
    same folding matches exactly where the pattern's first character can (the regex engine
    compares folded characters for both).
    """
    from re import _constants as sc  # type: ignore[attr-defined]

    out: set[str] = set()
    for op, av in items:
        if op is sc.AT or op is sc.ASSERT or op is sc.ASSERT_NOT:
            continue  # zero-width: the guard only needs to hold for the first consumed char
        if op is sc.LITERAL:
            out.add(chr(av))
            return out, False
        if op is sc.IN:
            for iop, iav in av:
                if iop is sc.LITERAL:
                    out.add(chr(iav))
                elif iop is sc.RANGE and iav[1] - iav[0] < _GUARD_CHARS:
                    out.update(chr(c) for c in range(iav[0], iav[1] + 1))
                else:
                    return None
            return out, False
        if op is sc.SUBPATTERN:
            if av[1] or av[2]:  # scoped flags: not worth following
                return None
            found = _first_literal_items(av[3])
        elif op is sc.BRANCH:
            found = (set(), False)
            for branch in av[1]:
                f = _first_literal_items(branch)
                if f is None:
                    return None
                found = (found[0] | f[0], found[1] or f[1])
        elif op in (sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT):
            found = _first_literal_items(av[2])
            if found is not None and av[0] == 0:
                found = (found[0], True)
        else:
            return None
        if found is None:
            return None
        out |= found[0]
        if not found[1]:
            return out, False
    return out, True


def _python_scan(lexer: RegexLexer) -> _PyScan | None:
    """(finditer, marker group -> (what, arg), prefix group, rules) for the root state of
    ``lexer``: tokens start at ``m.end(prefix)`` when the prefix group took part, else at
    ``m.start()``."""
    cls = type(lexer)
    if cls in _PY_SCANS:
        return _PY_SCANS[cls]
    scan: _PyScan | None = None
    rules = lexer._tokens["root"]
    parts = _state_parts(cls, "root", rules)
    if parts is not None:
        patterns, flags = parts
        blanks = _blanks_rule(rules)
        skip, anchored = blanks if blanks is not None else (None, [])
        entries: list[tuple[int, Any]] = [(_CHAR, None)]  # group 0 is never a lastindex

        def alternative(i: int) -> str:
            _rx, action, new = rules[i]
            if new is None:
                entry = (_TOK, _category(action)) if type(action) is _TokenType else (_CALLBACK, i)
            elif (isinstance(new, tuple) and len(new) == 1
                  and _is_flat_state(cls, lexer, new[0])):
                entry = (_STRING, i)
            else:
                entry = (_DELEGATE, i)
            entries.append(entry)
            return f"(?:{_without_groups(patterns[i])})()"

        def alternation(indices: Iterable[int]) -> str:
            # Runs of rules that can only start with a few characters (string prefixes and
            # quotes) go behind one look-ahead for those characters: elsewhere the regex
            # engine skips the whole run at once instead of trying each rule (a rule that
            # starts with a group is not skipped by the first character).
            order = list(indices)
            alts = []
            k = 0
            while k < len(order):
                chars: set[str] = set()
                fold = False
                j = k
                while j < len(order):
                    first = _first_literals(rules[order[j]])
                    if first is None or len(chars | first[0]) > _GUARD_CHARS:
                        break
                    chars |= first[0]
                    fold = fold or first[1]
                    j += 1
                if j - k >= _GUARD_RULES:
                    guard = "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"
                    inner = "|".join(alternative(i) for i in order[k:j])
                    alts.append(f"(?={f'(?i:{guard})' if fold else guard})(?:{inner})")
                    k = j
                else:
                    alts.append(alternative(order[k]))
                    k += 1
            return "|".join(alts)

        if skip is None:
            prefix = len(rules) + 2  # no such group: every token starts at m.start()
            regex = alternation(range(len(rules))) + r"|[\s\S]()"
            entries.append((_CHAR, None))  # no rule matches: Pygments' one-character error token
        else:
            # At a blank, the rules anchored at a line start first, as Pygments tries them;
            # else the blanks are stepped over, and so are the line breaks after them (when
            # the first rule is Pygments' "\n" token, which wins wherever there is one) unless
            # one of those anchored rules could match on the next line, and the token after
            # them is matched. The end of the text after blanks is an empty match (no search
            # from every blank: that is quadratic over a long blank tail).
            head = f"(?=[^\\S\\n])(?:{alternation(anchored)})|" if anchored else ""
            prefix = len(entries)
            entries.append((_CHAR, None))  # the prefix group itself is never the last
            newline = rules[0]
            if (newline[0].__self__.pattern == "\\n" and newline[2] is None
                    and type(newline[1]) is _TokenType and _category(newline[1]) == TEXT):
                guard = "|".join(f"(?:{_without_groups(patterns[i])})" for i in anchored)
                lines = f"(?:\\n{f'(?!{guard})' if guard else ''}[^\\S\\n]*+)*+"
            else:
                lines = ""
            rest = alternation(i for i in range(len(rules)) if i != skip)
            regex = head + f"([^\\S\\n]*+{lines})(?:{rest}|[\\S\\n]()|\\Z())"
            entries.append((_CHAR, None))
            entries.append((_END, None))
        try:
            rx = re.compile(regex, flags)
            if rx.groups == len(entries) - 1:
                scan = (rx.finditer, entries, prefix, rules)
        except re.error:
            scan = None
    _PY_SCANS[cls] = scan
    return scan


def python_tokens(lexer: Lexer, text: str) -> Iterator[tuple[int, int, str]]:
    """``pygments_tokens(lexer, text)`` for Pygments' PythonLexer, string pieces joined, blanks
    inside a line left out."""
    scan = _python_scan(lexer) if isinstance(lexer, RegexLexer) else None
    if scan is None:
        yield from pygments_tokens(lexer, text)
        return
    finditer, entries, prefix, rules = scan
    cls = type(lexer)
    pos = 0
    end = len(text)
    opener_cats: dict[int, bool] = {}
    while pos < end:
        for m in finditer(text, pos):
            index = m.lastindex
            what, arg = entries[index]
            start = m.end(prefix) if index > prefix else m.start()
            if what == _TOK:
                yield start, arg, text[start:m.end()]
                continue
            if what == _CHAR:
                ch = text[start]
                yield start, (TEXT if ch == "\n" else PUNCT), ch
                continue
            if what == _END:
                return
            rexmatch, action, new = rules[arg]
            if what == _CALLBACK:
                for tstart, ttype, value in action(lexer, rexmatch(text, start)):
                    yield tstart, _category(ttype), value
                continue
            flat = _flat_state(cls, lexer, new[0]) if what == _STRING else None
            if flat is not None:
                body, state_match, _state_groups = flat
                opener = rexmatch(text, start)
                ok = opener_cats.get(arg)
                if ok is None:
                    opener_cats[arg] = ok = (
                        all(_category(t) == STR for _s, t, _v in action(lexer, opener))
                        if type(action) is not _TokenType else _category(action) == STR)
                if ok:
                    stop = body(text, opener.end()).end()
                    closing = state_match(text, stop)
                    if closing is not None:
                        stop = closing.end()  # the body stops only where a pop rule matches first
                        yield start, STR, text[start:stop]
                        pos = stop
                        break
                    if stop >= end or text[stop] == "\n":
                        yield start, STR, text[start:stop]
                        pos = stop
                        break
            pos = yield from _tokens_until_root(lexer, text, start)
            break
        else:
            return


def _tokens_until_root(lexer: RegexLexer, text: str, pos: int
                       ) -> Generator[tuple[int, int, str], None, int]:
    """Pygments' loop (as ``combined_tokens``) from the root state at ``pos`` until it is back
    at the root after a state change; returns the position reached."""
    tokendefs = lexer._tokens
    statestack = ["root"]
    statetokens = tokendefs["root"]
    while 1:
        m = None
        for rexmatch, action, new_state in statetokens:
            m = rexmatch(text, pos)
            if m:
                break
        if m:
            if action is not None:
                if type(action) is _TokenType:
                    yield pos, _category(action), m.group()
                else:
                    for start, ttype, value in action(lexer, m):
                        yield start, _category(ttype), value
            pos = m.end()
            if new_state is not None:
                _change_state(statestack, new_state)
                statetokens = tokendefs[statestack[-1]]
            if len(statestack) == 1:
                return pos
            continue
        if pos >= len(text):
            return pos
        if text[pos] == "\n":
            yield pos, TEXT, "\n"
            return pos + 1
        yield pos, PUNCT, text[pos]
        pos += 1
        if len(statestack) == 1:
            return pos


# C-family languages are tokenized by one regular expression: Pygments' state machine costs
# ~1 s per MB of C header, several times this, and headers are the bulk of SDK scans. What we
# need from a C-like language is only where comments, strings and names are.
FAST_LANGUAGES = frozenset({"c", "cpp", "c++", "objective-c", "objc", "objective-c++", "cuda",
                            "csharp", "c#", "java", "javascript", "js", "typescript", "ts", "go",
                            "golang", "rust", "swift", "kotlin", "scala", "dart", "groovy",
                            "protobuf", "proto", "thrift", "hlsl", "glsl"})
_PREPROCESSOR_LANGUAGES = frozenset({"c", "cpp", "c++", "objective-c", "objc", "objective-c++",
                                     "cuda", "csharp", "c#", "hlsl", "glsl"})
# Blanks, and runs of white space with at most one line break, are not tokens: the walker reads
# the gap between two tokens as such a run (it ends a string run and joins comments, as those
# tokens did); a run with two or more line breaks (it separates comment blocks) is one token.
# The preprocessor alternative comes first at the start of a match too, where the blanks
# before it (its indentation) would otherwise be stepped over.
_FAST_REST = r"""
    (?P<pre>^[ \t]*\#(?:[^\n\\/]|\\.|/(?![/*]))*)
  | (?P<com>//[^\n]*|/\*.*?(?:\*/|\Z))
  | (?P<str>(?:u8|[LuUR@$]|\$@|@\$)?"(?:[^"\\\n]|\\.)*(?:"|$)
           | '(?:[^'\\\n]|\\.){1,8}'
           | `(?:[^`\\]|\\.)*(?:`|\Z))
  | (?P<name>[^\W\d][\w$]*|\$[\w$]*)
  | (?P<num>\d[\w.]*)
  | (?P<punct>\S)
"""
_FAST_SOURCE = r"""
    (?P<pre0>^[ \t]*\#(?:[^\n\\/]|\\.|/(?![/*]))*)
  | (?P<ws>\s*\n\s*\n\s*)
  | (?P<gap>[^\S\n]*+(?:\n[^\S\n]*+)?+)(?:""" + _FAST_REST + r""" | (?P<end>\Z))
"""
_FAST = re.compile(_FAST_SOURCE, re.VERBOSE | re.DOTALL | re.MULTILINE)
_FAST_NOPRE = re.compile(_FAST_SOURCE.replace("(?P<pre0>", "(?P<pre0>(?!)", 1)
                         .replace("(?P<pre>", "(?P<pre>(?!)", 1),
                         re.VERBOSE | re.DOTALL | re.MULTILINE)
_FAST_END = -1
_FAST_CATEGORY = {"pre0": PRE, "ws": TEXT, "gap": _FAST_END, "pre": PRE, "com": COM, "str": STR,
                  "name": NAME, "num": OTHER, "punct": PUNCT, "end": _FAST_END}
_FAST_BY_INDEX = tuple(_FAST_CATEGORY.get(name, _FAST_END) for name in
                       ["", *sorted(_FAST.groupindex, key=_FAST.groupindex.__getitem__)])
C_KEYWORDS = frozenset("""
abstract alignas alignof and as asm assert async auto await bool boolean break byte case catch
char class const constexpr continue debugger decltype default defer delete do double dyn else
enum explicit export extends extern false final finally float fn for foreach friend func
function goto if impl implements import in inline instanceof int interface internal let long
mod module mut namespace new nil noexcept not null nullptr operator out override package private
protected pub public readonly ref register return sealed short signed sizeof static struct super
switch template this throw throws trait true try typedef typeof typename union unsafe unsigned
use using var virtual void volatile where while with yield uint8_t uint16_t uint32_t uint64_t
int8_t int16_t int32_t int64_t size_t
""".split())
IDL_KEYWORDS = frozenset("""
syntax package import option message enum service rpc returns stream oneof optional required
repeated reserved extend extensions map to max true false double float int32 int64 uint32 uint64
sint32 sint64 fixed32 fixed64 sfixed32 sfixed64 bool string bytes group namespace include struct
union exception typedef const senum list set i8 i16 i32 i64 binary byte void throws oneway slist
cpp_include
""".split())
_IDL_LANGUAGES = frozenset({"protobuf", "proto", "thrift"})


def fast_tokens(text: str, *, preprocessor: bool = True, idl: bool = False
                ) -> Iterator[tuple[int, int, str]]:
    """(offset, category, text) of a C-family source (or proto/thrift IDL), by one regex.

    Every character is in a token but for white space runs with at most one line break."""
    pattern = _FAST if preprocessor else _FAST_NOPRE
    cats = _FAST_BY_INDEX
    keywords = IDL_KEYWORDS if idl else C_KEYWORDS
    for m in pattern.finditer(text):
        index: int = m.lastindex  # type: ignore[assignment]
        cat = cats[index]
        if cat == _FAST_END:
            return
        value = m.group(index)
        if cat == NAME and value in keywords:
            cat = KW
        yield m.start(index), cat, value


@dataclass(slots=True)
class _Block:
    closer: str  # the bracket that closes it
    group: str | None
    kind: str = "code"  # "enum" | "struct" | "literal" | "code"
    member_next: bool = False  # enum: the next name is a member
    depth_paren: int = 0
    name: str | None = None
    line: int = 0
    buffered: list[Segment] = field(default_factory=list)  # enum members awaiting a typedef name


def _positional_factory(cls: type, given: tuple[str, ...]) -> Any:
    """``f(*values of given)`` -> ``cls(**dict(zip(given, values)))`` for a frozen slotted
    dataclass, the other fields at their defaults, equal to what the constructor makes.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__`` after
    parsing keywords (about 1 us a ``Locator``); setting the slots directly is a few times
    cheaper, and code makes a segment for every distinct name. Falls back to the constructor
    for classes this does not fit (no slots, ``__post_init__``).
    """
    import dataclasses

    def plain(*values: object) -> object:
        return cls(**dict(zip(given, values)))

    try:
        fields = dataclasses.fields(cls)
        if hasattr(cls, "__post_init__") or not hasattr(cls, "__slots__"):
            return plain
        ns: dict[str, object] = {"_new": object.__new__, "_cls": cls}
        body = []
        for f in fields:
            setter = getattr(cls, f.name).__set__
            ns[f"_set_{f.name}"] = setter
            if f.name in given:
                value = f.name
            elif f.default is not dataclasses.MISSING:
                ns[f"_d_{f.name}"] = f.default
                value = f"_d_{f.name}"
            elif f.default_factory is not dataclasses.MISSING:
                ns[f"_f_{f.name}"] = f.default_factory
                value = f"_f_{f.name}()"
            else:
                return plain
            body.append(f"    _set_{f.name}(o, {value})\n")
        if set(given) - {f.name for f in fields}:
            return plain
        src = f"def make({', '.join(given)}):\n    o = _new(_cls)\n{''.join(body)}    return o\n"
        exec(compile(src, f"<{cls.__name__} factory>", "exec"), ns)  # noqa: S102 - built here
        return ns["make"]
    except (AttributeError, TypeError, SyntaxError):
        return plain


_new_locator = _positional_factory(Locator, ("line", "column", "offset"))
_new_segment = _positional_factory(Segment, ("text", "kind", "locator", "verbatim", "group"))
_OPENERS = {"{": "}", "[": "]", "(": ")"}
_IDENTIFIER = SegmentKind.IDENTIFIER
_ENUM_MEMBER = SegmentKind.ENUM_MEMBER


class CodeWalker:
    """One pass over the tokens of one source text (see the module docstring)."""

    def __init__(self, text: str, tokens: Iterable[tuple[int, int, str]], limits: Limits, *,
                 brace_blocks: bool = True) -> None:
        self.text = text
        self.tokens = tokens
        self.limits = limits
        self.lines = LineCounter(text)
        self.stack: list[_Block] = []
        self.seen: set[tuple[str, str | None]] = set()
        self.prev = ""  # previous significant token text
        self.prev_cat = OTHER
        self.pending: tuple[str, str | None, int, int] | None = None  # (keyword, name, line, ttl)
        self.awaiting_name: _Block | None = None  # closed anonymous enum awaiting its typedef name
        self.ready: list[Segment] = []  # segments decided by a later token (idl.py field names)
        self.brace_blocks = brace_blocks

    # Subclasses (idl.py) refine what a name inside a block means.
    def name_segment(self, block: _Block | None, value: str, start: int) -> Segment | None:
        if block is not None and block.kind == "enum" and block.member_next and block.depth_paren == 0:
            block.member_next = False
            return self._seg(value, start, SegmentKind.ENUM_MEMBER, block.group)
        group = block.group if block is not None and block.depth_paren == 0 else None
        return self._identifier(value, start, group)

    def segments(self) -> Iterator[Segment]:
        # The hooks subclasses may override (name_segment, _significant, _bracket) are called
        # as methods only when overridden; CodeWalker's own run inline (this loop sees every
        # token of the file).
        cls = type(self)
        name_hook = None if cls.name_segment is CodeWalker.name_segment else self.name_segment
        own_significant = cls._significant is CodeWalker._significant
        bracket_hook = None if cls._bracket is CodeWalker._bracket else self._bracket
        ready = self.ready
        stack = self.stack
        seen = self.seen
        lines_at = self.lines.at
        string_kind, comment_kind = SegmentKind.STRING, SegmentKind.COMMENT
        prose_kind = SegmentKind.PROSE
        run_kind: SegmentKind | None = None
        run_start = run_end = 0
        run_group: str | None = None
        for start, cat, value in self.tokens:
            if ready:
                yield from ready
                ready.clear()
            if not value:
                continue
            # merge runs of string pieces / adjacent comments / markup text
            if run_kind is not None:
                if run_kind is string_kind:
                    # a gap between tokens is blanks the tokenizer stepped over: it ends a string
                    joins = cat == STR and start == run_end
                elif run_kind is comment_kind:
                    joins = cat == COM or cat == DOC or (cat == TEXT and value.isspace()
                                                         and value.count("\n") <= 1)
                else:
                    joins = cat == TEXT
                if joins:
                    run_end = start + len(value)
                    continue
                yield from self._run_segments(run_kind, run_start, run_end, run_group)
                run_kind = None
            if cat <= TEXT:
                if cat == TEXT and (value.isspace() or _WORDY.search(value) is None):
                    continue
                run_kind = (string_kind if cat == STR else
                            prose_kind if cat == TEXT else comment_kind)
                run_start, run_end = start, start + len(value)
                block = stack[-1] if stack else None
                run_group = block.group if block is not None and block.depth_paren == 0 else None
                if cat == STR:
                    if own_significant and self.pending is None:
                        self.prev = '"'
                        self.prev_cat = cat
                    else:
                        self._significant('"', cat)
                continue
            if value.isspace():
                continue
            if cat == PUNCT:
                if self.awaiting_name is not None:
                    yield from self._resolve_typedef(None)
                if len(value) == 1:
                    if value in _BRACKETS:
                        if bracket_hook is not None:
                            yield from bracket_hook(value, start)
                        # the common cases of _bracket_now, inline
                        elif value == "," or value == ";":
                            top = stack[-1] if stack else None
                            if top is not None and top.kind == "enum" and top.depth_paren == 0:
                                top.member_next = value == ","  # Java: after ";" members follow
                        elif value == "(" and stack and (stack[-1].kind != "literal"
                                                         or self.prev not in _LITERAL_OPENERS):
                            stack[-1].depth_paren += 1
                        elif value == ")" and stack and stack[-1].closer != ")" \
                                and stack[-1].depth_paren > 0:
                            stack[-1].depth_paren -= 1
                        else:
                            out = self._bracket_now(value, start)
                            if out:
                                yield from out
                    elif own_significant and self.pending is None:
                        self.prev = value
                        self.prev_cat = cat
                        continue
                else:
                    for i, ch in enumerate(value):
                        if ch in _BRACKETS:
                            if bracket_hook is None:
                                out = self._bracket_now(ch, start + i)
                                if out:
                                    yield from out
                            else:
                                yield from bracket_hook(ch, start + i)
                    value = value.strip()
                if own_significant and self.pending is None:
                    self.prev = value
                    self.prev_cat = cat
                else:
                    self._significant(value, cat)
                continue
            if cat == NAME or cat == NAME_SKIP:
                if self.awaiting_name is not None:
                    yield from self._resolve_typedef(value)
                if cat == NAME_SKIP or len(value) < 2:
                    if own_significant and self.pending is None:
                        self.prev = value
                        self.prev_cat = cat
                    else:
                        self._significant(value, cat)
                    continue
                if self.pending is not None and self.pending[1] is None:
                    kw, _, line, ttl = self.pending
                    self.pending = (kw, value, line, ttl)
                core = value.strip(_NAME_TRIM)
                if not core:
                    continue
                if core is not value:
                    start += value.find(core)
                    value = core
                block = stack[-1] if stack else None
                if name_hook is not None:
                    seg = name_hook(block, value, start)
                elif block is not None and block.kind == "enum" and block.member_next \
                        and block.depth_paren == 0:
                    block.member_next = False
                    seg = self._seg(value, start, _ENUM_MEMBER, block.group)
                else:
                    group = block.group if block is not None and block.depth_paren == 0 else None
                    key = (value, group)
                    if key in seen:
                        seg = None
                    else:
                        seen.add(key)
                        line, column = lines_at(start)
                        seg = _new_segment(value, _IDENTIFIER, _new_locator(line, column, start),
                                           True, group)
                if seg is not None:
                    if block is not None and block.kind == "enum" and block.name is None \
                            and seg.kind is _ENUM_MEMBER:
                        block.buffered.append(seg)
                    else:
                        yield seg
                if own_significant and self.pending is None:
                    self.prev = value
                    self.prev_cat = cat
                else:
                    self._significant(value, cat)
                continue
            if cat == PRE:
                for m in _IDENT.finditer(value):
                    if m.group() not in _PREPROC_WORDS and len(m.group()) > 1:
                        seg = self._identifier(m.group(), start + m.start(), None)
                        if seg is not None:
                            yield seg
                continue
            if self.awaiting_name is not None:
                yield from self._resolve_typedef(None)
            if cat == KW:
                low = value.lower()
                if low == "enum":
                    self.pending = ("enum", None, lines_at(start)[0], 40)
                elif (low in STRUCT_KEYWORDS and self.brace_blocks
                      and not (self.pending and self.pending[0] == "enum")):
                    prev_name = self.prev if self.prev_cat == NAME else None
                    self.pending = (low, None, lines_at(start)[0], 40)
                    if low == "struct" and prev_name:
                        self.pending = (low, prev_name, self.pending[2], 40)  # Go: type X struct
            if own_significant and self.pending is None:
                self.prev = value
                self.prev_cat = cat
            else:
                self._significant(value, cat)
        if run_kind is not None:
            yield from self._run_segments(run_kind, run_start, run_end, run_group)
        self.finish()
        yield from self.ready
        self.ready.clear()
        yield from self._resolve_typedef(None)
        while self.stack:
            blk = self.stack.pop()
            yield from self._finish_block(blk)

    def finish(self) -> None:
        """End of the tokens: subclasses put what they still hold into ``self.ready``."""

    # --- helpers -------------------------------------------------------------------------

    def _significant(self, value: str, cat: int) -> None:
        self.prev = value
        self.prev_cat = cat
        if self.pending is not None:
            kw, name, line, ttl = self.pending
            self.pending = None if ttl <= 0 or value == ";" else (kw, name, line, ttl - 1)

    def _bracket(self, ch: str, pos: int) -> Iterator[Segment]:
        out = self._bracket_now(ch, pos)
        if out:
            yield from out

    def _bracket_now(self, ch: str, pos: int) -> list[Segment] | None:
        """Open or close a block at bracket ``ch``; the segments a closed block releases."""
        stack = self.stack
        closer = _OPENERS.get(ch)
        if closer is not None:
            top = stack[-1] if stack else None
            if ch == "(" and top is not None:
                top.depth_paren += 1
                if top.kind != "literal" or self.prev not in _LITERAL_OPENERS:
                    return None
                top.depth_paren -= 1
            if ch == "{" and self.pending is not None:
                kw, name, kline, _ = self.pending
                self.pending = None
                block = _Block(closer=closer, group=None, line=kline)
                block.kind = "enum" if kw == "enum" else "struct"
                block.name = name
                if kw == "enum":
                    block.member_next = True
                    block.group = f"enum:{name}@{kline}" if name else None
                else:
                    block.group = f"{kw}:{name or 'anonymous'}@{kline}"
            elif (self.prev in _LITERAL_OPENERS or (top is not None and top.kind == "literal"
                                                    and self.prev in ("{", "[", "(", ","))) \
                    and not (ch == "[" and self.prev_cat == NAME):  # NAME[ is indexing
                line, col = self.lines.at(pos)
                block = _Block(closer=closer, group=f"literal@{line}:{col}", kind="literal",
                               line=line)
            else:
                # a plain block: its line is never read (only enum/struct/literal names use it)
                block = _Block(closer=closer, group=None)
            stack.append(block)
            self.prev, self.prev_cat = ch, PUNCT
            return None
        if ch in "}])":
            top = stack[-1] if stack else None
            if ch == ")" and top is not None and top.closer != ")" and top.depth_paren > 0:
                top.depth_paren -= 1
                return None
            for depth in range(1, min(4, len(stack)) + 1):
                if stack[-depth].closer == ch:
                    out: list[Segment] | None = None
                    for _ in range(depth):
                        blk = stack.pop()
                        if blk.kind == "enum" and blk.name is None and blk.buffered:
                            self.awaiting_name = blk
                        elif blk.buffered:
                            if out is None:
                                out = []
                            out.extend(self._finish_block(blk))
                    return out
            return None
        top = stack[-1] if stack else None
        if top is not None and top.kind == "enum" and top.depth_paren == 0:
            if ch == ",":
                top.member_next = True
            elif ch == ";":
                top.member_next = False  # Java: constants end, members follow
        return None

    def _finish_block(self, blk: _Block) -> Iterator[Segment]:
        if blk.buffered:
            name = blk.name or "anonymous"
            group = f"enum:{name}@{blk.line}"
            for seg in blk.buffered:
                yield _regroup(seg, group)
            blk.buffered = []

    def _resolve_typedef(self, name: str | None) -> Iterator[Segment]:
        blk = self.awaiting_name
        if blk is None:
            return
        self.awaiting_name = None
        blk.name = name
        yield from self._finish_block(blk)

    def _identifier(self, value: str, start: int, group: str | None) -> Segment | None:
        key = (value, group)
        if key in self.seen:
            return None
        self.seen.add(key)
        return self._seg(value, start, SegmentKind.IDENTIFIER, group)

    def _seg(self, value: str, start: int, kind: SegmentKind, group: str | None) -> Segment:
        line, column = self.lines.at(start)
        return _new_segment(value, kind, _new_locator(line, column, start), True, group)

    def _flush_run(self, kind: SegmentKind, start: int, end: int, group: str | None) -> Iterator[Segment]:
        yield from self._run_segments(kind, start, end, group)

    def _run_segments(self, kind: SegmentKind, start: int, end: int, group: str | None
                      ) -> list[Segment]:
        """The segment(s) of a run of string pieces / comments / markup text."""
        text = self.text
        while end > start and text[end - 1].isspace():
            end -= 1
        raw = text[start:end]
        if kind is SegmentKind.STRING or (kind is SegmentKind.COMMENT and raw[:1] in "\"'"):
            m = _STRING_OPEN.match(raw)
            if m:
                q = m.group(1)
                close = {"[[": "]]", "`": "`"}.get(q, q if q[0] in "\"'" else "")
                s, e = start + m.end(), end
                if close and raw.endswith(close) and len(raw) >= m.end() + len(close):
                    e = end - len(close)
                elif q.startswith("<<"):
                    s = start + m.end()
                start, end = s, e
        elif kind is SegmentKind.COMMENT:
            m = _COMMENT_MARK.match(raw)
            if m:
                start += m.end()
            # closing marker (trailing whitespace is gone already); string tests, not a regex
            # search, which backtracks quadratically over long blank runs
            for closer in _COMMENT_CLOSERS:
                if end - len(closer) >= start and text.endswith(closer, start, end):
                    end -= len(closer)
                    while closer == "*/" and end > start and text[end - 1] == "*":
                        end -= 1
                    break
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end <= start:
            return []
        if end - start > self.limits.max_line_chars:
            return list(verbatim_segments(text, start, end, kind, self.lines,
                                          self.limits.max_line_chars, group=group))
        return [self._seg(text[start:end], start, kind, group)]


def _regroup(seg: Segment, group: str | None) -> Segment:
    return Segment(text=seg.text, kind=seg.kind, locator=seg.locator, verbatim=seg.verbatim, group=group)


class PythonEnumWalker(CodeWalker):
    """A Python file with enum classes: the names assigned at the top of an enum class body
    (``BLACK = 3``, ``UYGUR = 1  # 维族``) are that enum's members, one group per class
    (``enum:<Name>@<line>``) as the members of a C enum are; Python has no braces to tell."""

    def __init__(self, text: str, tokens: Iterable[tuple[int, int, str]], limits: Limits,
                 bodies: tuple[tuple[int, int, str, int], ...], *, brace_blocks: bool = True) -> None:
        super().__init__(text, tokens, limits, brace_blocks=brace_blocks)
        self._bodies = bodies
        self._starts = [b[0] for b in bodies]
        self._groups = [f"enum:{name}@{self.lines.at(start)[0] - 1}" for start, _e, name, _i in bodies]

    def name_segment(self, block: _Block | None, value: str, start: int) -> Segment | None:
        if block is None:
            k = bisect.bisect_right(self._starts, start) - 1
            if k >= 0 and start < self._bodies[k][1]:
                text = self.text
                line_start = text.rfind("\n", 0, start) + 1
                lead = text[line_start:start]
                if not lead.strip() and _indent(lead) == self._bodies[k][3] \
                        and _PY_ASSIGN.match(text, start + len(value)):
                    return self._seg(value, start, SegmentKind.ENUM_MEMBER, self._groups[k])
        return super().name_segment(block, value, start)
