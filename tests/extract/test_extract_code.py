"""Source code and IDL: identifiers as written, comments, strings, enum and struct groups."""

from __future__ import annotations

from extract_helpers import assert_verbatim, extract

from redline.model import SegmentKind

HEADER = """#define EM_RACE_MAX 5 // number of races
typedef enum {
    EM_NATION_TYPE_HAN = 0, /* Han */
    EM_NATION_TYPE_UYGUR,
    EM_NATION_TYPE_TIBETAN = EM_NATION_TYPE_HAN + 2,
} EM_NATION_TYPE;
// This SDK detects the
// ethnicity of faces
struct FaceAttr { int age; int gender; int emRace; };
static const char *labels[] = {"asian", "white", "black"};
int f(int race) { return race + dominant_race; }
"""


def _kinds(segs, kind):
    return [s for s in segs if s.kind is kind]


def test_c_header_enum_struct_comments_strings() -> None:
    segs = extract(HEADER, "text/x-c", name="face.h")
    members = _kinds(segs, SegmentKind.ENUM_MEMBER)
    assert [m.text for m in members] == ["EM_NATION_TYPE_HAN", "EM_NATION_TYPE_UYGUR", "EM_NATION_TYPE_TIBETAN"]
    assert {m.group for m in members} == {"enum:EM_NATION_TYPE@2"}  # typedef name after the brace
    fields = [s for s in segs if s.group == "struct:FaceAttr@9"]
    assert [s.text for s in fields] == ["age", "gender", "emRace"]
    idents = {s.text for s in _kinds(segs, SegmentKind.IDENTIFIER)}
    assert {"EM_RACE_MAX", "dominant_race", "race", "FaceAttr"} <= idents
    comments = [s.text for s in _kinds(segs, SegmentKind.COMMENT)]
    assert "number of races" in comments and "Han" in comments
    assert any(c.startswith("This SDK detects the\n// ethnicity of faces") for c in comments)
    strings = _kinds(segs, SegmentKind.STRING)
    assert [s.text for s in strings] == ["asian", "white", "black"]
    assert len({s.group for s in strings}) == 1 and strings[0].group.startswith("literal@10:")
    assert_verbatim(segs, HEADER)


def test_identifiers_are_given_once_per_group() -> None:
    src = "int race; int race2 = race + race;\nvoid g() { race = race; }\n"
    segs = extract(src, "text/x-c")
    assert [s.text for s in segs if s.text == "race"] == ["race"]


PY = '''"""Face attribute model: predicts race."""
RACES = ['asian', 'indian', 'black', 'white', 'middle eastern', 'latino hispanic']


class Analyzer:
    def analyze(self, img):
        # dominant race of the face
        obj = {"age": 31, "dominant_race": f"{img}"}
        return obj


face_selector_race = None
'''


def test_python_lists_dicts_docstrings() -> None:
    segs = extract(PY, "text/x-python", name="model.py")
    races = [s for s in segs if s.kind is SegmentKind.STRING and s.locator.line == 2]
    assert [s.text for s in races] == ["asian", "indian", "black", "white", "middle eastern", "latino hispanic"]
    assert len({s.group for s in races}) == 1 and races[0].group is not None
    keys = [s for s in segs if s.kind is SegmentKind.STRING and s.locator.line == 8]
    assert [s.text for s in keys][:2] == ["age", "dominant_race"]
    assert not any(s.group and s.group.startswith("class:") for s in segs)  # no braces in Python
    comments = [s.text for s in segs if s.kind is SegmentKind.COMMENT]
    assert comments == ["Face attribute model: predicts race.", "dominant race of the face"]
    assert "face_selector_race" in {s.text for s in segs if s.kind is SegmentKind.IDENTIFIER}
    assert_verbatim(segs, PY)


def test_java_and_typescript_enums() -> None:
    java = 'public enum Race { ASIAN("asian"), WHITE("white"); private final String n; }\n'
    segs = extract(java, "text/x-java", name="Race.java")
    assert [s.text for s in segs if s.kind is SegmentKind.ENUM_MEMBER] == ["ASIAN", "WHITE"]
    ts = 'export enum Ethnicity { Asian = "asian", Uyghur = "uyghur" }\nconst f = {age: 1, race: 2};\n'
    segs = extract(ts, "text/x-typescript", name="e.ts")
    members = [s for s in segs if s.kind is SegmentKind.ENUM_MEMBER]
    assert [m.text for m in members] == ["Asian", "Uyghur"] and members[0].group == "enum:Ethnicity@1"
    obj = [s for s in segs if s.locator.line == 2 and s.group]
    assert [s.text for s in obj] == ["age", "race"] and len({s.group for s in obj}) == 1
    assert_verbatim(segs, ts)


def test_unknown_language_falls_back_to_text_and_xml_text_is_prose() -> None:
    segs = extract("Profile: USCoreRace\n\n* race = #2028-9\n", "text/x-fsh", name="a.fsh")
    assert [s.kind for s in segs] == [SegmentKind.PROSE, SegmentKind.PROSE]
    xml = '<?xml version="1.0"?>\n<!-- labels --><res><string name="race_label">Race detection</string></res>\n'
    segs = extract(xml, "text/x-xml", name="strings.xml")
    assert ("Race detection", SegmentKind.PROSE) in [(s.text, s.kind) for s in segs]
    assert "race_label" in [s.text for s in segs if s.kind is SegmentKind.STRING]
    assert_verbatim(segs, xml)


PROTO = '''syntax = "proto3";
// Face attributes returned by the detector
message Face {
  int32 age = 1;
  Size2DI size = 2;
  repeated Race race = 3;
  enum Race { option allow_alias = true; NO_RACE = 0; UYGHUR = 1 [deprecated = true]; }
  oneof ethnicity_source { string ethnicity = 4; int32 ethnicity_code = 5; }
}
'''

THRIFT = '''enum Ethnicity {
  HAN = 1,
  UYGHUR = 2
  TIBETAN
}
struct FaceAttributes {
  1: required i32 age,
  2: optional Ethnicity ethnicity = Ethnicity.HAN;
  3: list<Ethnicity> candidates
}
'''


def test_protobuf_message_fields_and_enum_members() -> None:
    segs = extract(PROTO, "text/x-protobuf", name="face.proto")
    fields = [s for s in segs if s.kind is SegmentKind.KEY]
    assert [f.text for f in fields] == ["age", "size", "race", "ethnicity", "ethnicity_code"]
    assert {f.group for f in fields} == {"message:Face@3"}
    members = [s for s in segs if s.kind is SegmentKind.ENUM_MEMBER]
    assert [m.text for m in members] == ["NO_RACE", "UYGHUR"] and members[0].group == "enum:Race@7"
    assert "Face attributes returned by the detector" in [s.text for s in segs]
    assert_verbatim(segs, PROTO)


def test_thrift_struct_fields_and_enum_members() -> None:
    segs = extract(THRIFT, "text/x-thrift", name="face.thrift")
    assert [s.text for s in segs if s.kind is SegmentKind.ENUM_MEMBER] == ["HAN", "UYGHUR", "TIBETAN"]
    fields = [s for s in segs if s.kind is SegmentKind.KEY]
    assert [f.text for f in fields] == ["age", "ethnicity", "candidates"]
    assert {f.group for f in fields} == {"struct:FaceAttributes@6"}
    assert_verbatim(segs, THRIFT)


def test_fast_tokenizer_agrees_with_pygments_on_c() -> None:
    """The one-regex C-family tokenizer finds the same names, comments and strings as Pygments."""
    from pygments.lexers import get_lexer_by_name

    from redline.extract.code import CodeWalker, fast_tokens, pygments_tokens
    from redline.limits import Limits

    def kinds(tokens) -> set[tuple[str, str, str | None, int | None]]:
        return {(s.kind.value, s.text, s.group, s.locator.offset)
                for s in CodeWalker(HEADER, tokens, Limits()).segments()}

    lexer = get_lexer_by_name("c", stripnl=False, ensurenl=False)
    assert kinds(fast_tokens(HEADER)) == kinds(pygments_tokens(lexer, HEADER))


def test_hostile_sources_stay_linear() -> None:
    import time

    for src in ["/* x" + " " * 200_000 + "y */ int a;", "// " + "\t " * 100_000 + "z\n",
                '"' + "a" * 100_000, "/*" * 50_000, "`" + "x\n" * 50_000, "{" * 100_000 + "race"]:
        t0 = time.perf_counter()
        segs = extract(src, "text/x-c")
        assert time.perf_counter() - t0 < 5
        assert_verbatim(segs, src)


PY_ENUMS = '''from enum import Enum, IntEnum


class EM_COLOR_TYPE(IntEnum):
    """colour of a car"""
    WHITE = 0  # white
    BLACK = 1


class EM_RACE_TYPE(IntEnum):
    """
    race type
    """
    UNKNOWN = 0
    YELLOW: int = 2  # annotated
    BLACK = 3
    WHITE = 4

    def label(self) -> str:
        name = self.name.lower()
        return name


class Plain:
    BLACK = 1


WHITE = 9
'''


def test_python_enum_class_members_are_grouped_per_class() -> None:
    segs = extract(PY_ENUMS, "text/x-python", name="netsdk_enums.py")
    assert_verbatim(segs, PY_ENUMS)
    members = _kinds(segs, SegmentKind.ENUM_MEMBER)
    by_group: dict[str, list[str]] = {}
    for m in members:
        by_group.setdefault(m.group, []).append(m.text)
    # a member repeated from an earlier enum (BLACK, WHITE) is a member of this one too
    assert by_group == {"enum:EM_COLOR_TYPE@4": ["WHITE", "BLACK"],
                        "enum:EM_RACE_TYPE@10": ["UNKNOWN", "YELLOW", "BLACK", "WHITE"]}
    # names inside the enum's methods, in a plain class and at module level are identifiers
    idents = {s.text for s in _kinds(segs, SegmentKind.IDENTIFIER)}
    assert {"name", "Plain", "label"} <= idents
    assert not any(m.text in ("name", "self") for m in members)
