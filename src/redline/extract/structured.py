"""JSON and YAML (OpenAPI/Swagger included): keys, enum members, strings and descriptions.

Segments carry ``locator.pointer`` (RFC 6901 JSON pointer of the key or value) and, when the
text is an exact slice of the source, line/column/offset (``verbatim``). Kinds:

- ``key``: an object member name (``/components/schemas/Face/properties/race``);
- ``enum-member``: a string in an array under an enum-like key (``enum``, ``x-enum-varnames``,
  ``labels``, ``classes``, ...);
- ``prose``: a string under a description-like key (``description``, ``summary``, ...) or any
  string of four words or more;
- ``string``: any other string value.

``Segment.group`` makes siblings one window for the rules: every key and string directly
inside one object or array shares ``group = "#" + pointer-of-that-container`` (the URI-fragment
form of the JSON pointer, so the root object's group is ``"#"``, never empty). So
``{"age": 30, "gender": "f", "race": {"value": "Asian"}}`` gives keys age/gender/race in group
``#`` and ``value``/``Asian`` in group ``#/race``; the members of one enum array share one group.
In JSON Lines (several top-level values) record *i* > 0 prefixes its groups with ``i``.

JSON is read by a small position-keeping tokenizer (no ``json.loads`` of the whole document):
it accepts JSONC comments and trailing commas; nesting deeper than ``limits.max_json_depth``
raises ``LimitExceeded``. A document that is not valid JSON after all (a ``.json`` file holding
something else) is read as plain text, so its words are still scanned.

YAML is read from the libyaml event stream (``CSafeLoader``'s parser when available), which
never expands aliases; the number of nodes aliases *would* expand to is counted, and a document
past ``limits.max_yaml_nodes`` ("billion laughs") raises ``LimitExceeded``, as does nesting past
``limits.max_json_depth``. A YAML syntax error (``yaml_segments`` raises ``ExtractionError``
with its line) makes the extractor read the document as plain text, as for JSON: templated
YAML (Helm charts, Ansible with Jinja) is common and its words still count.
"""

from __future__ import annotations

import bisect
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import yaml

from redline.errors import ExtractionError, LimitExceeded
from redline.extract.base import Extractor, extractors
from redline.extract.text import LineCounter, segment_lines, verbatim_segments
from redline.limits import Limits
from redline.model import Document, Locator, Segment, SegmentKind
from redline.text.decode import decode_bytes

logger = logging.getLogger(__name__)

ENUM_KEYS = frozenset({"enum", "x-enum-varnames", "x-enumnames", "x-enum-names", "enumnames",
                       "labels", "classes", "class_names", "classnames", "categories", "values",
                       "x-enum-descriptions", "names", "id2label", "label2id", "options", "choices"})
PROSE_KEYS = frozenset({"description", "summary", "title", "x-description", "detail", "details",
                        "message", "comment", "comments", "help", "text", "note", "notes", "about",
                        "abstract", "caption", "label", "x-summary", "externaldocs"})

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_LEADING = re.compile(r"(?:[\s\ufeff]+|//[^\n]*|/\*.*?\*/)*", re.S)


def escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def value_kind(key: str | None, text: str, in_enum: bool) -> SegmentKind:
    if in_enum:
        return SegmentKind.ENUM_MEMBER
    if key is not None and key.lower() in PROSE_KEYS:
        return SegmentKind.PROSE
    if text.count(" ") >= 3:
        return SegmentKind.PROSE
    return SegmentKind.STRING


@extractors.register("structured")
class StructuredExtractor(Extractor):
    name = "structured"
    media_types = ("application/json", "application/yaml", "application/x-yaml", "text/yaml",
                   "text/x-yaml", "application/ld+json", "application/geo+json",
                   "application/x-ndjson", "application/jsonl", "application/openapi+json",
                   "application/vnd.oai.openapi", "application/vnd.oai.openapi+json")

    def extract(self, doc: Document, data: bytes, limits: Limits) -> Iterator[Segment]:
        text = decode_bytes(data, declared=doc.charset).text
        name = doc.name.lower()
        mt = (doc.media_type or "").lower()
        lead = _LEADING.match(text)
        first = text[lead.end():lead.end() + 1] if lead else text[:1]
        json_shaped = first in ("{", "[", '"')
        is_yaml = name.endswith((".yaml", ".yml")) or "yaml" in mt
        if not is_yaml and not json_shaped and first:
            is_yaml = True  # sniffed as structured but not JSON-shaped: YAML (openapi: 3.0 ...)
        if is_yaml:
            try:
                segments = list(yaml_segments(text, limits))
            except ExtractionError as exc:
                # Templated YAML (Helm charts, Jinja) and other near-YAML text: still words
                logger.debug("%s: %s; reading it as text", doc.uri, exc)
                yield from segment_lines(text, max_chars=limits.max_line_chars)
                return
            yield from _bounded(segments, text, limits)
            return
        try:
            segments = list(json_segments(text, limits))
        except JsonSyntaxError as exc:
            logger.debug("%s: not JSON (%s); reading it as text", doc.uri, exc)
            yield from segment_lines(text, max_chars=limits.max_line_chars)
            return
        yield from _bounded(segments, text, limits)


def _bounded(segments: list[Segment], text: str, limits: Limits) -> Iterator[Segment]:
    """Segments longer than ``limits.max_line_chars`` (a 10 MB string value) in chunks."""
    lines: LineCounter | None = None
    for seg in segments:
        off = seg.locator.offset
        if len(seg.text) <= limits.max_line_chars or not seg.verbatim or off is None:
            yield seg
            continue
        lines = lines or LineCounter(text)
        yield from verbatim_segments(text, off, off + len(seg.text), seg.kind, lines,
                                     limits.max_line_chars, group=seg.group,
                                     pointer=seg.locator.pointer)


# --- JSON ------------------------------------------------------------------------------------


class JsonSyntaxError(ValueError):
    pass


_JSON_TOKEN = re.compile(
    r"""(?P<str>"(?:[^"\\\n]|\\.)*")
      | (?P<punct>[{}\[\]:,])
      | (?P<comment>//[^\n]*|/\*.*?\*/)
      | (?P<lit>[^\s"{}\[\]:,/]+)""",
    re.X | re.S,
)
_LITERAL = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|NaN|-?Infinity|\ufeff")
_INDEX = re.compile(r"/\d+(?=/|$)")


@dataclass(slots=True)
class _Frame:
    is_obj: bool
    pointer: str
    group: str
    key: str | None  # the key this container sits under (for value kinds)
    state: str  # obj: "key" | "colon" | "value" | "comma"; arr: "value" | "comma"
    index: int = 0
    member: str | None = None  # current member name (objects)
    enum: bool = False
    shape: str = ""  # pointer with array indices replaced by "*" (for de-duplication)


def json_segments(text: str, limits: Limits) -> Iterator[Segment]:
    """Segments of a JSON (JSONC, JSON Lines) text; raises JsonSyntaxError if it is not JSON.

    Records repeating one shape (an array of objects with the same keys, a data dump) give
    each key once per shape and each string value once per shape, so a 100,000-record file
    yields its schema and its distinct values, not a million segments.
    """
    lines = LineCounter(text)
    stack: list[_Frame] = []
    record = 0
    top_done = False
    seen: set[tuple[str, str]] = set()
    for m in _JSON_TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "comment":
            continue
        tok = m.group()
        start = m.start()
        if kind == "lit" and not _LITERAL.fullmatch(tok):
            raise JsonSyntaxError(f"unexpected {tok[:20]!r} at offset {start}")
        if not stack:
            if kind == "lit" and tok == "\ufeff":
                continue
            if top_done:
                record += 1
            top_done = True
            prefix = str(record) if record else ""
            if kind == "punct" and tok in "{[":
                stack.append(_Frame(tok == "{", "", prefix + "#", None, "key" if tok == "{" else "value"))
                continue
            if kind == "str":
                if tok[1:-1].strip():
                    yield _json_string(text, tok, start, lines, "", prefix + "#", SegmentKind.STRING)
                continue
            if kind == "lit":
                continue
            raise JsonSyntaxError(f"unexpected {tok!r} at offset {start}")
        fr = stack[-1]
        if kind == "punct":
            if tok == "," :
                if fr.state != "comma":
                    raise JsonSyntaxError(f"unexpected ',' at offset {start}")
                fr.state = "key" if fr.is_obj else "value"
            elif tok == ":":
                if not fr.is_obj or fr.state != "colon":
                    raise JsonSyntaxError(f"unexpected ':' at offset {start}")
                fr.state = "value"
            elif tok in "}]":
                if (tok == "}") != fr.is_obj or fr.state == "colon" or (fr.is_obj and fr.state == "value"):
                    raise JsonSyntaxError(f"unexpected {tok!r} at offset {start}")
                stack.pop()
                _after_value(stack)
            else:  # { or [
                if fr.state != "value":
                    raise JsonSyntaxError(f"unexpected {tok!r} at offset {start}")
                if len(stack) >= limits.max_json_depth:
                    raise LimitExceeded("max_json_depth", len(stack) + 1, limits.max_json_depth)
                child = _child_pointer(fr)
                key = fr.member if fr.is_obj else fr.key
                new = _Frame(tok == "{", child, _group_of(fr, child), key, "key" if tok == "{" else "value")
                new.shape = f"{fr.shape}/*" if not fr.is_obj else f"{fr.shape}/{escape_pointer(key or '')}"
                low = key.lower() if key is not None else ""
                new.enum = low in ENUM_KEYS and (not new.is_obj or low in ("id2label", "label2id"))
                stack.append(new)
            continue
        if fr.is_obj and fr.state == "key":
            if kind != "str":
                raise JsonSyntaxError(f"expected a key at offset {start}")
            inner = tok[1:-1]
            member = inner if "\\" not in inner else json.loads(tok)
            fr.member = member
            fr.state = "colon"
            if (fr.shape, member) in seen or not member.strip():
                continue
            seen.add((fr.shape, member))
            ptr = f"{fr.pointer}/{escape_pointer(member)}"
            yield _json_string(text, tok, start, lines, ptr, fr.group, SegmentKind.KEY, value=member)
            continue
        if fr.state != "value":
            raise JsonSyntaxError(f"unexpected {tok[:20]!r} at offset {start}")
        if kind == "str":
            raw_inner = tok[1:-1]
            value = raw_inner if "\\" not in raw_inner else json.loads(tok)
            if value.strip():
                vshape = fr.shape + "/" + (escape_pointer(fr.member or "") if fr.is_obj else "*")
                if (vshape, "=" + value) not in seen:
                    seen.add((vshape, "=" + value))
                    key = fr.member if fr.is_obj else fr.key
                    yield _json_string(text, tok, start, lines, _child_pointer(fr), fr.group,
                                       value_kind(key, value, fr.enum), value=value)
        _after_value(stack)
    if stack:
        raise JsonSyntaxError("unexpected end of document (unclosed object or array)")


def _after_value(stack: list[_Frame]) -> None:
    if stack:
        fr = stack[-1]
        fr.state = "comma"
        if not fr.is_obj:
            fr.index += 1


def _child_pointer(fr: _Frame) -> str:
    if fr.is_obj:
        return f"{fr.pointer}/{escape_pointer(fr.member or '')}"
    return f"{fr.pointer}/{fr.index}"


def _group_of(parent: _Frame, child_pointer: str) -> str:
    prefix = parent.group.split("#", 1)[0]
    return f"{prefix}#{child_pointer}"


def _with_pointer(loc: Locator, pointer: str) -> Locator:
    return Locator(line=loc.line, column=loc.column, offset=loc.offset, pointer=pointer)


def _json_string(text: str, tok: str, start: int, lines: LineCounter, pointer: str, group: str,
                 kind: SegmentKind, value: str | None = None) -> Segment:
    inner = tok[1:-1]
    if "\\" not in inner:
        line, column = lines.at(start + 1)
        return Segment(text=inner, kind=kind, verbatim=True, group=group,
                       locator=Locator(line=line, column=column, offset=start + 1, pointer=pointer))
    line, column = lines.at(start)
    decoded = value if value is not None else json.loads(tok)
    return Segment(text=decoded, kind=kind, verbatim=False, group=group,
                   locator=Locator(line=line, column=column, pointer=pointer))


# --- YAML ------------------------------------------------------------------------------------


_YAML_NOT_STRING = re.compile(
    r"""(?:[-+]?(?:\d[\d_]*)(?:\.\d*)?(?:[eE][-+]?\d+)?|0x[0-9a-fA-F_]+|0o?[0-7_]+|[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN)|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO
    |on|On|ON|off|Off|OFF|)\Z""", re.X)


@dataclass(slots=True)
class _YFrame:
    is_map: bool
    pointer: str
    group: str
    key: str | None
    anchor: str | None
    nodes: int = 1  # nodes in this subtree, aliases expanded
    index: int = 0
    expect_key: bool = True
    member: str | None = None
    enum: bool = False
    children: list[str] = field(default_factory=list)


def yaml_segments(text: str, limits: Limits) -> Iterator[Segment]:
    """Keys and scalar values (JSON-pointer locations), then the comments, one segment each."""
    lines = LineCounter(text)
    spans: list[tuple[int, int]] = []  # where scalars are: a '#' inside one is not a comment
    yield from _yaml_values(text, limits, lines, spans)
    yield from _yaml_comments(text, lines, spans)


_YAML_COMMENT = re.compile(r"(?m)(?:^|(?<=[ \t]))#")


def _yaml_comments(text: str, lines: LineCounter, spans: list[tuple[int, int]]) -> Iterator[Segment]:
    """``# ...`` comments (outside every scalar) as verbatim comment segments: a config's
    comment often says what a field is or is not ("ethnicity is not available in this SDK")."""
    if "#" not in text:
        return
    spans.sort()
    starts = [s for s, _ in spans]
    for m in _YAML_COMMENT.finditer(text):
        i = m.start()
        k = bisect.bisect_right(starts, i) - 1
        if k >= 0 and spans[k][1] > i:
            continue
        end = text.find("\n", i)
        end = len(text) if end < 0 else end
        body = text[i:end].rstrip("\r \t")
        lead = len(body) - len(body.lstrip("# \t"))
        if not body[lead:].strip() or not any(ch.isalpha() for ch in body):
            continue
        line, column = lines.at(i + lead)
        yield Segment(text=body[lead:], kind=SegmentKind.COMMENT, verbatim=True,
                      locator=Locator(line=line, column=column, offset=i + lead))


def _yaml_values(text: str, limits: Limits, lines: LineCounter, spans: list[tuple[int, int]]) -> Iterator[Segment]:
    sizes: dict[str, int] = {}
    stack: list[_YFrame] = []
    expanded = 0
    doc_index = -1
    try:
        for ev in yaml.parse(text, Loader=_Loader):
            if isinstance(ev, yaml.DocumentStartEvent):
                doc_index += 1
                continue
            if isinstance(ev, (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent)):
                continue
            if isinstance(ev, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                fr = stack.pop()
                if fr.anchor:
                    sizes[fr.anchor] = fr.nodes
                if stack:
                    stack[-1].nodes += fr.nodes
                    _y_after_value(stack[-1])
                continue
            parent = stack[-1] if stack else None
            is_key = parent is not None and parent.is_map and parent.expect_key
            if isinstance(ev, yaml.AliasEvent):
                size = sizes.get(ev.anchor or "", 1)
                expanded += size
                if expanded > limits.max_yaml_nodes:
                    raise LimitExceeded("max_yaml_nodes", expanded, limits.max_yaml_nodes)
                if parent is not None:
                    parent.nodes += size
                    if is_key:
                        parent.member = "*" + (ev.anchor or "")
                        parent.expect_key = False
                    else:
                        _y_after_value(parent)
                continue
            expanded += 1
            if expanded > limits.max_yaml_nodes:
                raise LimitExceeded("max_yaml_nodes", expanded, limits.max_yaml_nodes)
            prefix = str(doc_index) if doc_index > 0 else ""
            if isinstance(ev, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                if len(stack) >= limits.max_json_depth:
                    raise LimitExceeded("max_json_depth", len(stack) + 1, limits.max_json_depth)
                is_map = isinstance(ev, yaml.MappingStartEvent)
                if parent is None:
                    pointer, key = "", None
                elif is_key:
                    # a complex (collection) key: rare; its content gets a pointer of its own
                    pointer, key = f"{parent.pointer}/?", None
                    parent.member = "?"
                    parent.expect_key = False
                else:
                    pointer = _y_child(parent)
                    key = parent.member if parent.is_map else parent.key
                new = _YFrame(is_map, pointer, f"{prefix}#{pointer}", key, ev.anchor)
                if key is not None and key.lower() in ENUM_KEYS:
                    new.enum = True
                stack.append(new)
                continue
            # a scalar
            assert isinstance(ev, yaml.ScalarEvent)
            spans.append((ev.start_mark.index, ev.end_mark.index))
            value = ev.value
            if ev.anchor:
                sizes[ev.anchor] = 1
            if parent is None:
                if value.strip() and ev.style:
                    yield _y_scalar(text, ev, lines, "", f"{prefix}#", SegmentKind.PROSE)
                continue
            parent.nodes += 1
            if is_key:
                parent.member = value
                parent.expect_key = False
                ptr = f"{parent.pointer}/{escape_pointer(value)}"
                if value.strip():
                    yield _y_scalar(text, ev, lines, ptr, parent.group, SegmentKind.KEY)
                continue
            ptr = _y_child(parent)
            key = parent.member if parent.is_map else parent.key
            _y_after_value(parent)
            if not value.strip():
                continue
            if not ev.style and ev.tag is None and _YAML_NOT_STRING.match(value):
                continue  # a number, boolean or null
            yield _y_scalar(text, ev, lines, ptr, parent.group, value_kind(key, value, parent.enum))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ExtractionError(f"invalid YAML{where}: {problem}") from exc


def _y_after_value(fr: _YFrame) -> None:
    if fr.is_map:
        fr.expect_key = True
    else:
        fr.index += 1


def _y_child(fr: _YFrame) -> str:
    if fr.is_map:
        return f"{fr.pointer}/{escape_pointer(fr.member or '')}"
    return f"{fr.pointer}/{fr.index}"


def _y_scalar(text: str, ev: yaml.ScalarEvent, lines: LineCounter, pointer: str, group: str,
              kind: SegmentKind) -> Segment:
    value = ev.value
    idx = ev.start_mark.index
    style = ev.style or ""
    start = idx + 1 if style in ("'", '"') else idx
    if style in ("", "'", '"') and text.startswith(value, start):
        line, column = lines.at(start)
        return Segment(text=value, kind=kind, verbatim=True, group=group,
                       locator=Locator(line=line, column=column, offset=start, pointer=pointer))
    block = style in ("|", ">")
    return Segment(text=value, kind=kind, verbatim=False, group=group,
                   locator=Locator(line=ev.start_mark.line + 1 + (1 if block else 0),
                                   column=None if block else ev.start_mark.column + 1,
                                   pointer=pointer))
