"""Source code in any language Pygments knows: identifiers, comments and string literals.

The media type names the language: ``text/x-<pygments alias>`` (``text/x-c``, ``text/x-python``,
set by ``sniff``); when the alias is unknown the file name is tried (Pygments' filename
patterns, cheap), and otherwise the file is read as plain text. ``guess_lexer`` is never used:
it runs every lexer's heuristics and costs more than lexing.

Segments, all ``verbatim`` with line/column/offset (``Lexer.get_tokens_unprocessed`` gives
offsets into the text we pass, which we never rewrite):

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

import functools
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from pygments.lexer import Lexer
from pygments.token import Comment, Keyword, Name, Operator, Punctuation, String, Text, Token
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
_SKIP_NAMES = (Name.Builtin, Name.Builtin.Pseudo, Name.Namespace)
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
_COMMENT_END = re.compile(r"[ \t]*(?:\*+/|-->|\*\)|-\})?\s*$")


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
        from pygments.lexers import get_lexer_for_filename

        try:
            lexer = get_lexer_for_filename(name, stripnl=False, ensurenl=False)
        except ClassNotFound:
            lexer = None
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
        mt = doc.media_type or ""
        if mt in ("application/javascript", "application/x-javascript", "text/javascript"):
            mt = "text/x-javascript"
        elif mt in ("application/xml", "text/xml"):
            mt = "text/x-xml"
        elif mt == "application/typescript":
            mt = "text/x-typescript"
        lexer = lexer_for(mt, doc.name)
        if lexer is None:
            yield from segment_lines(text, max_chars=limits.max_line_chars)
            return
        yield from CodeWalker(text, lexer, limits).segments()


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


class CodeWalker:
    """One pass over the tokens of one source text (see the module docstring)."""

    def __init__(self, text: str, lexer: Lexer, limits: Limits) -> None:
        self.text = text
        self.lexer = lexer
        self.limits = limits
        self.lines = LineCounter(text)
        self.stack: list[_Block] = []
        self.seen: set[tuple[str, str | None]] = set()
        self.prev = ""  # previous significant token text
        self.prev_type: object = Token
        self.pending: tuple[str, str | None, int, int] | None = None  # (keyword, name, line, ttl)
        self.awaiting_name: _Block | None = None  # closed anonymous enum awaiting its typedef name
        self.ready: list[Segment] = []  # segments decided by a later token (idl.py field names)
        aliases = set(getattr(lexer, "aliases", ()) or ())
        self.brace_blocks = not (aliases & _NO_BRACE_BLOCKS)

    # Subclasses (idl.py) refine what a name inside a block means.
    def name_segment(self, block: _Block | None, value: str, start: int) -> Segment | None:
        if block is not None and block.kind == "enum" and block.member_next and block.depth_paren == 0:
            block.member_next = False
            return self._seg(value, start, SegmentKind.ENUM_MEMBER, block.group)
        group = block.group if block is not None and block.depth_paren == 0 else None
        return self._identifier(value, start, group)

    def segments(self) -> Iterator[Segment]:
        text = self.text
        run_kind: SegmentKind | None = None
        run_start = run_end = 0
        run_group: str | None = None
        for start, ttype, value in self.lexer.get_tokens_unprocessed(text):
            if self.ready:
                yield from self.ready
                self.ready.clear()
            if not value:
                continue
            is_string = ttype in String
            is_comment = ttype in Comment and ttype not in Comment.Preproc and ttype not in Comment.PreprocFile
            if ttype in String.Doc:
                is_string, is_comment = False, True
            # merge runs of string pieces / adjacent comments
            is_prose = ttype in Text and _WORDY.search(value) is not None
            if run_kind is not None:
                joins = (is_string and run_kind is SegmentKind.STRING) or (
                    is_comment and run_kind is SegmentKind.COMMENT) or (
                    run_kind is SegmentKind.COMMENT and ttype in Text and not value.strip()
                    and value.count("\n") <= 1) or (
                    run_kind is SegmentKind.PROSE and ttype in Text)
                if joins:
                    run_end = start + len(value)
                    continue
                yield from self._flush_run(run_kind, run_start, run_end, run_group)
                run_kind = None
            if is_string or is_comment or is_prose:
                run_kind = (SegmentKind.STRING if is_string else
                            SegmentKind.COMMENT if is_comment else SegmentKind.PROSE)
                run_start, run_end = start, start + len(value)
                block = self.stack[-1] if self.stack else None
                run_group = block.group if block is not None and block.depth_paren == 0 else None
                if is_string:
                    self._significant('"', ttype)
                continue
            if not value.strip():
                continue
            if ttype in Comment.Preproc or ttype in Comment.PreprocFile:
                for m in _IDENT.finditer(value):
                    if m.group() not in _PREPROC_WORDS and len(m.group()) > 1:
                        seg = self._identifier(m.group(), start + m.start(), None)
                        if seg is not None:
                            yield seg
                continue
            if ttype in Name:
                yield from self._resolve_typedef(value)
                if ttype in _SKIP_NAMES[0] or ttype in _SKIP_NAMES[1] or len(value) < 2:
                    self._significant(value, ttype)
                    continue
                if self.pending is not None and self.pending[1] is None:
                    kw, _, line, ttl = self.pending
                    self.pending = (kw, value, line, ttl)
                core = value.strip(_NAME_TRIM)
                if not core:
                    continue
                start += value.find(core)
                value = core
                block = self.stack[-1] if self.stack else None
                seg = self.name_segment(block, value, start)
                if seg is not None:
                    if block is not None and block.kind == "enum" and block.name is None \
                            and seg.kind is SegmentKind.ENUM_MEMBER:
                        block.buffered.append(seg)
                    else:
                        yield seg
                self._significant(value, ttype)
                continue
            if self.awaiting_name is not None:
                yield from self._resolve_typedef(None)
            if ttype in Keyword:
                low = value.lower()
                if low == "enum":
                    self.pending = ("enum", None, self.lines.at(start)[0], 40)
                elif (low in STRUCT_KEYWORDS and self.brace_blocks
                      and not (self.pending and self.pending[0] == "enum")):
                    prev_name = self.prev if self.prev_type in Name else None
                    self.pending = (low, None, self.lines.at(start)[0], 40)
                    if low == "struct" and prev_name and self.prev_type in Name:
                        self.pending = (low, prev_name, self.pending[2], 40)  # Go: type X struct
                self._significant(value, ttype)
                continue
            if ttype in Punctuation or ttype in Operator or ttype in Text or ttype in Token.Error:
                for i, ch in enumerate(value):
                    if ch in _BRACKETS:
                        yield from self._bracket(ch, start + i)
                self._significant(value.strip(), ttype)
                continue
            self._significant(value, ttype)
        if run_kind is not None:
            yield from self._flush_run(run_kind, run_start, run_end, run_group)
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

    def _significant(self, value: str, ttype: object) -> None:
        self.prev = value
        self.prev_type = ttype
        if self.pending is not None:
            kw, name, line, ttl = self.pending
            self.pending = None if ttl <= 0 or value == ";" else (kw, name, line, ttl - 1)

    def _bracket(self, ch: str, pos: int) -> Iterator[Segment]:
        stack = self.stack
        if ch in "{[(":
            closer = {"{": "}", "[": "]", "(": ")"}[ch]
            top = stack[-1] if stack else None
            if ch == "(" and top is not None:
                top.depth_paren += 1
                if top.kind != "literal" or self.prev not in _LITERAL_OPENERS:
                    return
                top.depth_paren -= 1
            line, col = self.lines.at(pos)
            block = _Block(closer=closer, group=None, line=line)
            if ch == "{" and self.pending is not None:
                kw, name, kline, _ = self.pending
                self.pending = None
                block.kind = "enum" if kw == "enum" else "struct"
                block.name = name
                block.line = kline
                if kw == "enum":
                    block.member_next = True
                    block.group = f"enum:{name}@{kline}" if name else None
                else:
                    block.group = f"{kw}:{name or 'anonymous'}@{kline}"
            elif self.prev in _LITERAL_OPENERS or (top is not None and top.kind == "literal"
                                                    and self.prev in ("{", "[", "(", ",")):
                if ch == "[" and self.prev_type in Name:
                    pass  # indexing
                else:
                    block.kind = "literal"
                    block.group = f"literal@{line}:{col}"
            stack.append(block)
            self.prev, self.prev_type = ch, Punctuation
            return
        if ch in "}])":
            top = stack[-1] if stack else None
            if ch == ")" and top is not None and top.closer != ")" and top.depth_paren > 0:
                top.depth_paren -= 1
                return
            for depth in range(1, min(4, len(stack)) + 1):
                if stack[-depth].closer == ch:
                    for _ in range(depth):
                        blk = stack.pop()
                        if blk.kind == "enum" and blk.name is None and blk.buffered:
                            self.awaiting_name = blk
                        else:
                            yield from self._finish_block(blk)
                    break
            return
        top = stack[-1] if stack else None
        if top is not None and top.kind == "enum" and top.depth_paren == 0:
            if ch == ",":
                top.member_next = True
            elif ch == ";":
                top.member_next = False  # Java: constants end, members follow

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
        return Segment(text=value, kind=kind, verbatim=True, group=group,
                       locator=Locator(line=line, column=column, offset=start))

    def _flush_run(self, kind: SegmentKind, start: int, end: int, group: str | None) -> Iterator[Segment]:
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
            tail = _COMMENT_END.search(text, start, end)
            if tail and tail.start() >= start:
                end = tail.start()
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end <= start:
            return
        if end - start > self.limits.max_line_chars:
            yield from verbatim_segments(text, start, end, kind, self.lines,
                                         self.limits.max_line_chars, group=group)
            return
        yield self._seg(text[start:end], start, kind, group)


def _regroup(seg: Segment, group: str | None) -> Segment:
    return Segment(text=seg.text, kind=seg.kind, locator=seg.locator, verbatim=seg.verbatim, group=group)
