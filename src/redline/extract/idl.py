"""Interface definitions: protobuf (``.proto``) and Thrift enums, messages and structs.

Built on ``code.py``'s C-family tokenizer and token walk (comments, strings, identifiers come
out the same way), with what an IDL says about its names:

- every name directly inside an ``enum`` body is an ``enum-member`` (proto ``option`` lines
  excepted), all sharing ``group = "enum:<Name>@<line>"``;
- in a ``message``/``struct``/``union``/``exception`` body, a field's name (the last name of a
  field declaration: the one followed by ``=``, ``,``, ``;``, a field number or the closing brace,
  not by another name) is a ``key`` segment, and type names are ``identifier`` segments, all
  sharing ``group = "<keyword>:<Name>@<line>"`` — so ``message Face { int32 age = 1;
  string race = 2; }`` reads as one object with the keys age and race.
"""

from __future__ import annotations

from collections.abc import Iterator

from redline.extract.base import Extractor, extractors
from redline.extract.code import CodeWalker, _Block, fast_tokens
from redline.limits import Limits
from redline.model import Document, Segment, SegmentKind
from redline.text.decode import decode_bytes

IDL_TYPES = {"text/x-protobuf": "protobuf", "text/x-proto": "protobuf", "text/x-thrift": "thrift",
             "application/x-protobuf-schema": "protobuf", "application/x-thrift": "thrift"}


@extractors.register("idl")
class IdlExtractor(Extractor):
    name = "idl"
    media_types = tuple(IDL_TYPES)
    priority = 50

    def extract(self, doc: Document, data: bytes, limits: Limits) -> Iterator[Segment]:
        text = decode_bytes(data, declared=doc.charset).text
        # proto and thrift share one lexical shape (C-style comments, strings, braces)
        tokens = fast_tokens(text, preprocessor=False, idl=True)
        yield from IdlWalker(text, tokens, limits).segments()


_DECLARES = frozenset({"oneof", "extend", "service", "rpc", "returns", "group"})  # name follows


class IdlWalker(CodeWalker):
    """Field names are known only at the next token: a name followed by a name is a type."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.candidate: tuple[str, int, str | None] | None = None
        self._fresh = False
        self._angle = 0  # inside list<...>, map<..., ...>: names are types
        self._default = False  # after "=" in a field: names are values (Thrift defaults)

    def name_segment(self, block: _Block | None, value: str, start: int) -> Segment | None:
        if block is None or block.depth_paren:
            return self._identifier(value, start, None)
        if self.pending is not None and self.pending[1] == value:
            return self._identifier(value, start, None)  # the name of a nested enum/message
        if block.kind == "enum":
            if self.prev.lower() == "option":
                return self._identifier(value, start, block.group)
            return self._seg(value, start, SegmentKind.ENUM_MEMBER, block.group)
        if block.kind == "struct" and (self._angle or self._default or self.prev in _DECLARES):
            return self._identifier(value, start, block.group)
        if block.kind == "struct":
            self._settle(is_field=False)  # a name followed by a name: the first was a type
            self.candidate = (value, start, block.group)
            self._fresh = True
            return None
        return self._identifier(value, start, block.group)

    def _significant(self, value: str, cat: int) -> None:
        super()._significant(value, cat)
        if value == "=":
            self._default = True
        elif value in (",", ";", ":", "{", "}"):
            self._default = False
        if value == "<":
            self._angle += 1
        elif value == ">" and self._angle:
            self._angle -= 1
        if self._fresh:
            self._fresh = False
            return
        if self.candidate is not None and value not in ("<", ">", ".", "::"):
            self._settle(is_field=True)

    def _settle(self, *, is_field: bool) -> None:
        if self.candidate is None:
            return
        value, start, group = self.candidate
        self.candidate = None
        if is_field:
            self.ready.append(self._seg(value, start, SegmentKind.KEY, group))
        else:
            seg = self._identifier(value, start, group)
            if seg is not None:
                self.ready.append(seg)

    def _bracket(self, ch: str, pos: int) -> Iterator[Segment]:
        parent = self.stack[-1] if self.stack else None
        depth = len(self.stack)
        yield from super()._bracket(ch, pos)
        if ch == "{" and parent is not None and parent.kind == "struct" and len(self.stack) == depth + 1:
            child = self.stack[-1]
            if child.kind == "code":  # a proto ``oneof`` block: its fields belong to the message
                child.kind, child.group = "struct", parent.group

    def finish(self) -> None:
        self._settle(is_field=True)
