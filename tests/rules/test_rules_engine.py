"""The detection engine: raw-byte prefilter, each rule kind, windows, evidence and stance."""

from __future__ import annotations

import pytest

from redline.model import Locator, Segment, SegmentKind, Severity, Stance, Trait
from redline.rules import CompiledRuleSet


def prose(text: str) -> Segment:
    return Segment(text=text, kind=SegmentKind.PROSE, verbatim=True, locator=Locator(line=1, column=1, offset=0))


def rules_of(ruleset: CompiledRuleSet, text: str) -> set[str]:
    findings, _ = ruleset.evaluate([prose(text)])
    return {f.rule for f in findings}


# --- prefilter ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "int trace_level;", "#define GRACE_PERIOD 3", "brace expansion", "embrace change", "TRACE(x)",
    "terrace", "racer", "static int nr_traces;", "/* nothing to see */", "",
])
def test_prefilter_rejects_words_containing_anchors(ruleset: CompiledRuleSet, text: str) -> None:
    assert not ruleset.prefilter(text.encode())


@pytest.mark.parametrize("text", [
    "int emRace;", "race_type", "dominant_race", "RACE", "EM_NATION_TYPE_UYGUR", "faceRace = 1",
    "m_pRaceAttri", "ethnicity", "Ethnicities", "the races", "face_selector_race =",
])
def test_prefilter_passes_identifier_boundaries(ruleset: CompiledRuleSet, text: str) -> None:
    assert ruleset.prefilter(text.encode())


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be", "gb18030"])
@pytest.mark.parametrize("text", ["人脸属性：人种", "识别维吾尔族人员", "民族属性"])
def test_prefilter_any_encoding(ruleset: CompiledRuleSet, text: str, encoding: str) -> None:
    assert ruleset.prefilter(text.encode(encoding))


@pytest.mark.parametrize("encoding", ["utf-8", "big5", "utf-16-le"])
def test_prefilter_traditional_chinese(ruleset: CompiledRuleSet, encoding: str) -> None:
    assert ruleset.prefilter("臉部種族識別".encode(encoding))
    assert ruleset.prefilter("維吾爾族".encode(encoding))


def test_prefilter_utf16_boundary(ruleset: CompiledRuleSet) -> None:
    assert not ruleset.prefilter("trace".encode("utf-16-le"))
    assert ruleset.prefilter("race".encode("utf-16-le"))


def test_prefilter_text(ruleset: CompiledRuleSet) -> None:
    assert ruleset.prefilter_text("Ｅｔｈｎｉｃｉｔｙ")  # full-width
    assert not ruleset.prefilter_text("stack trace of the embrace")


def test_compile_is_deterministic(ruleset: CompiledRuleSet) -> None:
    from redline.rules import load_rules

    again = load_rules()
    assert again.rule_descriptions == ruleset.rule_descriptions
    assert again.pack_versions == ruleset.pack_versions
    assert again.anchors == ruleset.anchors


# --- rule kinds ----------------------------------------------------------------------------------


def test_co_occurrence(ruleset: CompiledRuleSet) -> None:
    assert "trait-inference" in rules_of(ruleset, "The SDK estimates the ethnicity of each detected face.")
    assert not rules_of(ruleset, "The SDK estimates the age of each detected face.")


def test_co_occurrence_needs_one_sentence(ruleset: CompiledRuleSet) -> None:
    text = "We detect faces in photos.\n\nEthnicity is a social construct."
    assert "trait-inference" not in rules_of(ruleset, text)


def test_named_group(ruleset: CompiledRuleSet) -> None:
    findings, verdict = ruleset.evaluate([prose("系统可自动识别维吾尔族人脸并报警。")])
    f = next(f for f in findings if f.rule == "named-group-targeting")
    assert f.groups == ("uyghur",) and f.severity == Severity.CRITICAL
    assert verdict.groups == ("uyghur",) and verdict.stance == Stance.CAPABILITY


def test_named_group_every_spelling(ruleset: CompiledRuleSet) -> None:
    for name in ("Uyghur", "Uighurs", "Uygur", "维族", "維吾爾", "ウイグル", "위구르", "ئۇيغۇر"):
        findings, _ = ruleset.evaluate([prose(f"face recognition that detects {name} people")])
        assert any("uyghur" in f.groups for f in findings), name


def test_label_set_in_one_line(ruleset: CompiledRuleSet) -> None:
    text = 'model = load_face_model()\nRACES = ["Asian", "Black", "White", "Indian", "Latino"]'
    findings, _ = ruleset.evaluate([prose(text)])
    f = next(f for f in findings if f.rule == "label-set")
    assert f.evidence == 'RACES = ["Asian", "Black", "White", "Indian", "Latino"]'


def test_label_set_across_group_segments(ruleset: CompiledRuleSet) -> None:
    labels = ["asian", "black", "white", "hispanic"]
    src = "enum FaceRace {\n" + "".join(f"  {w},\n" for w in labels) + "}\n"
    segs = [Segment(text="FaceRace", kind=SegmentKind.IDENTIFIER, verbatim=True,
                    locator=Locator(line=1, column=6, offset=5))]
    for w in labels:
        off = src.index(w)
        segs.append(Segment(text=w, kind=SegmentKind.ENUM_MEMBER, verbatim=True, group="enum:FaceRace@1",
                            locator=Locator(line=src[:off].count("\n") + 1, column=3, offset=off)))
    findings, verdict = ruleset.evaluate(segs, source=src)
    f = next(f for f in findings if f.rule == "label-set")
    # quoted from the document text: the lines from the first to the last label
    assert f.evidence == "asian,\n  black,\n  white,\n  hispanic,"
    assert src[f.location.offset:f.location.offset + f.location.length] == f.evidence
    assert f.location.line == 2
    assert verdict.stance == Stance.CAPABILITY


def test_label_set_rejects_colours(ruleset: CompiledRuleSet) -> None:
    assert "label-set" not in rules_of(ruleset, "face image\ncolors = ['black', 'white', 'red', 'blue']")


def test_schema_field_in_object_keys(ruleset: CompiledRuleSet) -> None:
    keys = ["age", "gender", "race", "glasses", "emotion"]
    segs = [Segment(text=k, kind=SegmentKind.KEY, group="/faces/0/attributes", locator=Locator(pointer=f"/faces/0/attributes/{k}"))
            for k in keys]
    findings, verdict = ruleset.evaluate(segs)
    f = next(f for f in findings if f.rule == "schema-field")
    assert f.evidence == "race" and f.location.pointer == "/faces/0/attributes/race"
    assert verdict.traits == (Trait.RACE_ETHNICITY,)


def test_schema_field_needs_face_siblings(ruleset: CompiledRuleSet) -> None:
    segs = [Segment(text=k, kind=SegmentKind.KEY, group="/employee") for k in ["name", "age", "race", "address"]]
    findings, _ = ruleset.evaluate(segs)
    assert not any(f.rule == "schema-field" for f in findings)


def test_identifier_segments_are_split(ruleset: CompiledRuleSet) -> None:
    segs = [Segment(text=t, kind=SegmentKind.IDENTIFIER, group="class:FaceInfo@1")
            for t in ["faceAge", "faceGender", "faceRace", "faceGlasses"]]
    findings, _ = ruleset.evaluate(segs)
    assert any(f.rule == "schema-field" and f.evidence == "faceRace" for f in findings)


# --- evidence and locations ---------------------------------------------------------------------


def test_evidence_is_an_exact_slice(ruleset: CompiledRuleSet) -> None:
    text = "Intro line.\nOur API returns the ＲＡＣＥ of every face it detects.\nEnd."
    seg = Segment(text=text, verbatim=True, locator=Locator(line=10, column=1, offset=100))
    findings, _ = ruleset.evaluate([seg])
    assert findings
    for f in findings:
        start = f.location.offset - 100
        assert text[start:start + f.location.length] == f.evidence
        assert f.location.line == 11


def test_traditional_chinese_evidence_is_original(ruleset: CompiledRuleSet) -> None:
    findings, _ = ruleset.evaluate([prose("本系統支援人臉種族識別功能。")])
    assert findings and all("種族" in f.evidence for f in findings)


# --- stance -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "stance"), [
    ("Our face analysis API detects the ethnicity of each face and returns a confidence score.", "capability"),
    ("技术要求：系统应支持对抓拍人脸进行民族属性识别，并对少数民族人员进行预警。", "capability"),
    (("According to a report by a rights group, the vendor marketed cameras that identify Uyghurs by their "
     "faces. The company said the feature was a test. Critics and human rights advocates raised concerns, "
     "journalists reported."), "reporting"),
    ("据媒体报道，该公司的人脸识别系统可以识别维吾尔族人。人权组织批评了这一做法，外媒记者调查发现相关宣传材料。", "reporting"),
    ("Our face API does not detect race or ethnicity. We do not infer ethnicity from faces.", "disclaimer"),
    ("本产品不支持民族识别功能，我们不会对人脸进行种族分析。", "disclaimer"),
    ("Please indicate your race on the application form (optional, self-identification). Attach a photo.", "none"),
    ("Choose your character's race: elves, dwarves and orcs each have different face presets in the game.", "none"),
    ("This race condition occurs when two threads update the face cache.", "none"),
    # other languages
    ("顔認証カメラで年齢・性別・人種を推定します。", "capability"),
    ("얼굴 인식으로 인종과 성별을 분석합니다.", "capability"),
    ("Определение расы по лицу: API возвращает вероятность для каждой расы.", "capability"),
    ("Die Software erkennt Alter, Geschlecht und ethnische Herkunft von Personen im Kamerabild.", "capability"),
    # a vendor page with a "news" menu is still the vendor speaking
    ("首页 | 新闻中心 | 联系我们\n\n公司新闻：新一代人脸分析服务器支持人员属性识别，包括年龄、性别、民族、是否戴眼镜。",
     "capability"),
    ("关于人脸属性的说明：我们的算法不会识别种族或民族，仅输出年龄和性别。", "disclaimer"),
    (("We evaluate face verification accuracy across racial groups (African, Asian, Caucasian, Indian) and find "
     "error rates highest for African faces, indicating bias."), "none"),
    ("报名表\n姓名：____ 性别：____ 民族：____ 出生年月：____\n政治面貌：____ 照片（一寸免冠）", "none"),
    (("IPVM tested the camera and found the analytics could classify people as Uyghur or non-Uyghur. The "
     "manufacturer did not respond to requests for comment. The findings raise concerns about profiling."),
     "reporting"),
])
def test_document_stance(ruleset: CompiledRuleSet, text: str, stance: str) -> None:
    _, verdict = ruleset.evaluate([prose(p) for p in text.split("\n\n")])
    assert verdict.stance.value == stance


def test_reporting_lowers_severity(ruleset: CompiledRuleSet) -> None:
    text = ("According to IPVM, the vendor's cameras identify Uyghurs by their faces. Reuters reported "
            "that rights groups criticised the company, and journalists said the feature was marketed.")
    _findings, verdict = ruleset.evaluate([prose(text)])
    assert verdict.stance == Stance.REPORTING and verdict.severity == Severity.LOW
    assert verdict.groups == ("uyghur",)


def test_clause_level_negation(ruleset: CompiledRuleSet) -> None:
    # the negation belongs to another clause: the capability stands
    text = "The API still returns ethnicity estimates for each face, but they will not provide free access."
    findings, _ = ruleset.evaluate([prose(text)])
    assert any(f.stance == Stance.CAPABILITY for f in findings)


def test_hard_wrapped_sentence_keeps_its_negation(ruleset: CompiledRuleSet) -> None:
    text = ("Our products do not have, and have never had, any function to identify or classify faces by\n"
            "ethnicity, including Uyghurs. We are committed to human rights.")
    _, verdict = ruleset.evaluate([prose(text)])
    assert verdict.stance == Stance.DISCLAIMER


def test_links_and_file_names_are_not_claims(ruleset: CompiledRuleSet) -> None:
    text = "img = load('https://example.org/faces/race_Asian_face0.jpg')  # detect the age of the face"
    assert not rules_of(ruleset, text)


def test_huge_segment_is_chunked(ruleset: CompiledRuleSet) -> None:
    filler = "lorem ipsum dolor sit amet " * 20000  # ~540 KB
    text = filler + "The camera detects the ethnicity of each face. " + filler
    seg = Segment(text=text, verbatim=True, locator=Locator(line=1, column=1, offset=0))
    findings, _ = ruleset.evaluate([seg])
    f = next(f for f in findings if f.rule == "trait-inference")
    assert text[f.location.offset:f.location.offset + f.location.length] == f.evidence


def test_empty_input(ruleset: CompiledRuleSet) -> None:
    findings, verdict = ruleset.evaluate([])
    assert findings == () and verdict.stance == Stance.NONE
    findings, verdict = ruleset.evaluate([prose("   \n  ")])
    assert findings == () and verdict.stance == Stance.NONE


def test_every_rule_anchor_term_passes_the_prefilter(ruleset: CompiledRuleSet) -> None:
    """Each rule needs a trait, group or label hit first; the raw-byte prefilter must let every
    term of those concepts through, or documents would be dropped before the rules see them."""
    from redline.rules.load import load_packs

    anchored = {c.id for p in load_packs() for c in p.spec.concepts if c.anchor}
    assert anchored >= {c.id for c in ruleset.concepts if c.kind in ("trait", "group")}
    for pack in load_packs():
        for concept in pack.spec.concepts:
            if concept.id not in anchored:
                continue
            for terms in concept.terms.values():
                for term in terms:
                    word = term.strip("*")
                    assert ruleset.prefilter(f"x {word} x".encode()), (concept.id, term)
                    assert ruleset.prefilter(f"x {word.upper()} x".encode()), (concept.id, term)
                    if not word.isascii():
                        try:
                            data = f"x {word} x".encode("gb18030")
                        except UnicodeEncodeError:
                            continue
                        assert ruleset.prefilter(data), (concept.id, term, "gb18030")


def test_sentences_join_wrapped_prose_not_code() -> None:
    from redline.rules.detectors import SegCtx
    from redline.text import normalize

    prose_text = ("Our products do not have, and have never had, any function to classify people by\n"
                  "ethnicity, including anyone. Next sentence.")
    ctx = SegCtx(0, prose(prose_text), normalize(prose_text), [])
    s, e = ctx.sentence(prose_text.index("ethnicity"))
    assert s == 0 and prose_text[s:e].rstrip().endswith("anyone.")
    code = ("        logits_gender, logits_race, _, _ = build_model(image_aligned, train_mode)\n"
            "        race = tf.argmax(tf.nn.softmax(logits_race), 1)\n")
    ctx = SegCtx(0, prose(code), normalize(code), [])
    s, _ = ctx.sentence(code.index("race = "))
    assert s == code.index("\n") + 1  # the second line is its own sentence
    heading = "Key features\n- ethnicity detection"
    ctx = SegCtx(0, prose(heading), normalize(heading), [])
    assert ctx.sentence(heading.index("ethnicity"))[0] == heading.index("-")


def test_prefilter_binary_length_prefixed_strings(ruleset: CompiledRuleSet) -> None:
    import pickle

    # pickle writes a BINPUT opcode letter ("q") right after each string
    data = pickle.dumps({"class_names": ["Asian", "Indian", "Black", "White"]}, protocol=2)
    assert b"Asianq" in data
    assert ruleset.prefilter(data)
    assert not ruleset.prefilter(b"\ntracer")  # text: a newline is not a binary length prefix


def test_prefilter_shorter_anchor_inside_longer_one(ruleset: CompiledRuleSet) -> None:
    # leftmost-longest reports "latino hispanic"; its end fails, the anchor "latino" still counts
    assert ruleset.prefilter(b"labels: latino hispanicx")


def test_many_identifier_segments_keep_their_hits(ruleset: CompiledRuleSet) -> None:
    # more than 16 short ASCII segments take the one-pass pre-check; camel/snake forms must survive it
    names = [f"unrelated_name_{i}" for i in range(40)]
    names[5:5] = ["faceAttrRace", "face_attr_age", "faceAttrGender", "FaceAttrGlasses", "faceAttrEmotion"]
    names += ["kMiddleEastern", "LATINO_HISPANIC", "eastAsian", "IndianRace"]
    segs = [Segment(text=t, kind=SegmentKind.IDENTIFIER, group="class:FaceAttr@1") for t in names]
    findings, verdict = ruleset.evaluate(segs)
    assert verdict.stance == Stance.CAPABILITY
    assert ruleset.rule_findings("schema-field", segs)
    assert any(f.evidence == "faceAttrRace" for f in findings)
    assert any(f.rule == "label-set" and {"middle eastern", "latino_hispanic", "east asian"} <= set(f.groups)
               for f in findings)


def test_label_groups_are_the_documents_spelling(ruleset: CompiledRuleSet) -> None:
    """Class labels are named as the document spells them (lower case, separators as written, a
    camel-case break as a space); "other" only as a list item."""
    text = ("Face attributes: the race field is one of Asian, Black, Latino/Hispanic, Middle-Eastern, "
            "WHITE_PEOPLE, Other.")
    _, verdict = ruleset.evaluate([Segment(text=text, kind=SegmentKind.PROSE)])
    assert verdict.stance == Stance.CAPABILITY
    assert {"asian", "black", "latino/hispanic", "middle-eastern", "white", "other"} <= set(verdict.groups)
    assert not {"latino", "hispanic", "white_people", "middle eastern"} & set(verdict.groups)
    _, verdict = ruleset.evaluate([Segment(text=t, kind=SegmentKind.ENUM_MEMBER, group="enum:Eth@1")
                                          for t in ("FaceEthnicity", "EAST_ASIAN", "MiddleEastern", "latino hispanic",
                                                    "BLACK")])
    assert {"east_asian", "middle eastern", "latino hispanic", "black"} <= set(verdict.groups), verdict.groups
    prose = "The face API returns race (Asian, Black, White, Indian) among other attributes."
    _, verdict = ruleset.evaluate([Segment(text=prose, kind=SegmentKind.PROSE)])
    assert verdict.stance == Stance.CAPABILITY and "other" not in verdict.groups, verdict.groups
    # a label inside a longer label is part of it; Chinese labels get their English class name
    _, verdict = ruleset.evaluate([Segment(text="人脸属性 人种：南亚人、东亚人、黄种人、白种人", kind=SegmentKind.PROSE)])
    assert {"indian", "asian", "yellow", "white"} <= set(verdict.groups), verdict.groups
    _, verdict = ruleset.evaluate([Segment(text="face classes: south asian, east asian, black, white",
                                                  kind=SegmentKind.PROSE)])
    assert "south asian" in verdict.groups and "asian" not in verdict.groups, verdict.groups
