"""JSON and YAML: keys, enum members, strings, pointers, groups, limits."""

from __future__ import annotations

import json

import pytest
from extract_helpers import assert_verbatim, extract

from redline.errors import ExtractionError, LimitExceeded
from redline.extract.structured import yaml_segments
from redline.limits import Limits
from redline.model import SegmentKind

FACE = '{"faces": [{"age": 31, "gender": "male", "race": {"value": "Asian", "confidence": 0.97}}]}'


def _by_pointer(segs, kind):
    return {s.locator.pointer: s for s in segs if s.kind is kind}


def test_face_attribute_object_keys_share_a_group() -> None:
    segs = extract(FACE, "application/json", name="resp.json")
    keys = _by_pointer(segs, SegmentKind.KEY)
    assert {p for p in keys} >= {"/faces", "/faces/0/age", "/faces/0/gender", "/faces/0/race",
                                 "/faces/0/race/value"}
    siblings = {keys[p].group for p in ("/faces/0/age", "/faces/0/gender", "/faces/0/race")}
    assert siblings == {"#/faces/0"}
    asian = next(s for s in segs if s.text == "Asian")
    assert asian.kind is SegmentKind.STRING
    assert asian.locator.pointer == "/faces/0/race/value" and asian.group == "#/faces/0/race"
    assert keys["/faces"].group == "#"
    assert_verbatim(segs, FACE)


def test_openapi_enum_and_descriptions() -> None:
    spec = {"openapi": "3.0.0", "components": {"schemas": {"Face": {"properties": {
        "ethnicity": {"type": "string", "enum": ["asian", "black", "white", "uyghur"],
                      "description": "Predicted ethnicity of the detected face"}}}}}}
    src = json.dumps(spec, indent=2)
    segs = extract(src, "application/json", name="openapi.json")
    members = [s for s in segs if s.kind is SegmentKind.ENUM_MEMBER]
    assert [m.text for m in members] == ["asian", "black", "white", "uyghur"]
    base = "/components/schemas/Face/properties/ethnicity"
    assert {m.group for m in members} == {f"#{base}/enum"}
    assert [m.locator.pointer for m in members] == [f"{base}/enum/{i}" for i in range(4)]
    desc = next(s for s in segs if s.locator.pointer == f"{base}/description" and s.kind is not SegmentKind.KEY)
    assert desc.kind is SegmentKind.PROSE
    assert_verbatim(segs, src)


def test_escapes_are_decoded_and_not_verbatim_but_located() -> None:
    src = '{\n  "note": "face \\"race\\" \\u00e9",\n  "a/b~c": "x"\n}'
    segs = extract(src, "application/json")
    note = next(s for s in segs if s.locator.pointer == "/note" and s.kind is not SegmentKind.KEY)
    assert note.text == 'face "race" é' and not note.verbatim and note.locator.line == 2
    assert any(s.locator.pointer == "/a~1b~0c" for s in segs)
    assert_verbatim(segs, src)


def test_jsonc_comments_trailing_commas_and_json_lines() -> None:
    src = '// config\n{"labels": ["asian", "white",], /* x */ "k": 1}\n{"labels": ["hui"]}\n'
    segs = extract(src, "application/json", name="a.jsonl")
    assert [s.text for s in segs if s.kind is SegmentKind.ENUM_MEMBER] == ["asian", "white", "hui"]
    groups = {s.group for s in segs if s.kind is SegmentKind.ENUM_MEMBER}
    assert groups == {"#/labels", "1#/labels"}
    assert_verbatim(segs, src)


def test_repeated_records_give_each_key_once() -> None:
    rows = [{"age": i, "race": "asian" if i % 2 else "white"} for i in range(5000)]
    src = json.dumps(rows)
    segs = extract(src, "application/json")
    assert sum(1 for s in segs if s.kind is SegmentKind.KEY) == 2
    assert sorted(s.text for s in segs if s.kind is SegmentKind.STRING) == ["asian", "white"]


def test_not_json_is_read_as_text() -> None:
    src = "[section]\nrace detection = on\n"
    segs = extract(src, "application/json", name="x.json")
    assert [s.text for s in segs] == ["[section]\nrace detection = on"]


def test_deep_json_is_a_limit_error() -> None:
    src = "[" * 100_000 + "]" * 100_000
    with pytest.raises(LimitExceeded, match="max_json_depth"):
        extract(src, "application/json")
    ok = "[" * 50 + '"deep"' + "]" * 50
    assert [s.text for s in extract(ok, "application/json")] == ["deep"]


YAML = """openapi: 3.0.0
info:
  title: Face API
  description: |
    Detects race and ethnicity
    of faces.
components:
  schemas:
    Face:
      properties:
        age: {type: integer}
        race:
          type: string
          enum: [asian, "white", 'black']
        flags: [true, 3, null]
"""


def test_yaml_openapi() -> None:
    segs = extract(YAML, "application/yaml", name="openapi.yaml")
    keys = _by_pointer(segs, SegmentKind.KEY)
    props = "/components/schemas/Face/properties"
    assert keys[f"{props}/age"].group == keys[f"{props}/race"].group == f"#{props}"
    members = [s for s in segs if s.kind is SegmentKind.ENUM_MEMBER]
    assert [m.text for m in members] == ["asian", "white", "black"]
    assert all(m.verbatim for m in members)
    desc = next(s for s in segs if s.locator.pointer == "/info/description" and s.kind is SegmentKind.PROSE)
    assert desc.text.startswith("Detects race") and desc.locator.line == 5
    assert not any(s.text in ("true", "3", "null") for s in segs)  # scalars that are not strings
    assert_verbatim(segs, YAML)


BILLION_LAUGHS = """a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def test_yaml_billion_laughs_is_a_limit_error() -> None:
    with pytest.raises(LimitExceeded, match="max_yaml_nodes"):
        extract(BILLION_LAUGHS, "application/yaml", name="bomb.yaml")
    # the same anchors within the limit: aliases are not expanded into segments
    small = extract(BILLION_LAUGHS, "application/yaml", name="bomb.yaml",
                    limits=Limits(max_yaml_nodes=10**12))
    assert [s.text for s in small if s.kind is SegmentKind.STRING] == ["lol"] * 9


def test_yaml_depth_and_syntax_errors() -> None:
    with pytest.raises(LimitExceeded, match="max_json_depth"):
        extract("a:\n" + "".join(" " * (2 * i) + f"- k{i}:\n" for i in range(1, 400)), "application/yaml",
                name="x.yaml")
    with pytest.raises(ExtractionError, match="invalid YAML at line 2"):
        list(yaml_segments("a: [1, 2\nb: : :\n", Limits()))
    # the extractor reads such a document (a Helm template) as text instead
    helm = "metadata:\n  name: {{ .Values.name }}\n  labels: {{- toYaml .Values.race | nindent 4 }}\n"
    segs = extract(helm, "application/yaml", name="deployment.yaml")
    assert [s.kind for s in segs] == [SegmentKind.PROSE] and "Values.race" in segs[0].text


def test_huge_string_values_are_chunked() -> None:
    big = "word " * 3000
    src = '{"description": "' + big + 'Uyghur faces"}'
    segs = extract(src, "application/json", limits=Limits(max_line_chars=1000))
    body = [s for s in segs if s.kind is SegmentKind.PROSE]
    assert len(body) > 10 and all(len(s.text) <= 1000 for s in body)
    assert {s.locator.pointer for s in body} == {"/description"}
    assert "Uyghur faces" in body[-1].text
    assert_verbatim(segs, src)


def test_yaml_comments_are_comment_segments_at_their_place() -> None:
    """'#' comments outside scalars become verbatim comment segments; a '#' inside a quoted or
    block scalar, or inside a URL, does not."""
    from redline.extract.structured import yaml_segments
    from redline.limits import Limits
    from redline.model import SegmentKind

    text = ('face_attributes:\n  age: true   # estimated from the face\n'
            '  url: "http://example.com/#anchor"  # see the docs\n'
            '  note: |\n    # inside a block scalar\n'
            '  # ethnicity is not available in this SDK\n#####\n')
    segs = list(yaml_segments(text, Limits()))
    comments = [s for s in segs if s.kind is SegmentKind.COMMENT]
    assert [c.text for c in comments] == ["estimated from the face", "see the docs",
                                          "ethnicity is not available in this SDK"]
    for c in comments:
        assert text[c.locator.offset:c.locator.offset + len(c.text)] == c.text
    assert comments[2].locator.line == 6 and comments[2].locator.column == 5
    assert any(s.kind is not SegmentKind.COMMENT and "inside a block scalar" in s.text for s in segs)
