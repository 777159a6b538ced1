"""End to end with the packaged rules: model files that classify race/ethnicity give a
capability finding at the exact place of the labels; age/gender/emotion models and ID-card OCR
models (whose label is the printed 民族 field) give none. Golden reports for each fixture.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from redline.limits import Limits
from redline.model import Document, DocumentResult, Stance, Trait
from redline.pipeline import scan_tree
from redline.report.json import result_to_dict

ID_CARD_FIELDS = ["姓名", "性别", "民族", "出生", "住址", "公民身份号码", "签发机关", "有效期限"]
ID_CARD_TOKENS = ["O", "B-NAME", "B-SEX", "B-NATION", "B-ETHNICITY", "B-BIRTH", "B-ADDRESS", "B-ID_NUMBER"]


def scan_bytes(uri: str, data: bytes, ruleset) -> list[DocumentResult]:
    return list(scan_tree(Document(uri=uri, data=data), ruleset, Limits()))


def evidence_is_exact(data: bytes, result: DocumentResult) -> bool:
    """Every finding's location quotes its evidence from the original bytes or text."""
    for f in result.findings:
        loc = f.location
        if loc.offset is None:
            assert loc.pointer, f"finding without offset must carry a pointer: {f}"
            continue
        if result.media_type.startswith("text/") or result.media_type.endswith(("json", "hf-config")):
            if data.decode("utf-8")[loc.offset: loc.offset + loc.length] != f.evidence:
                return False
        else:
            raw = data[loc.offset: loc.offset + loc.length]
            if not any(_decodes_to(raw, enc, f.evidence) for enc in ("utf-8", "utf-16-le", "utf-16-be", "gb18030")):
                return False
    return True


def _decodes_to(raw: bytes, enc: str, text: str) -> bool:
    try:
        return raw.decode(enc) == text
    except UnicodeDecodeError:
        return False


def hf_config(tmp_path: Path, builders, labels: list[str], name: str) -> bytes:
    return (builders.hf_folder(tmp_path / "repo", labels, name=name) / "config.json").read_bytes()


CAPABILITY = ["race.onnx", "config.json", "face_attr.tflite", "face_attr.h5", "model.safetensors",
              "face.pt"]


def build(name: str, builders, tmp_path: Path) -> tuple[str, bytes]:
    if name == "race.onnx":
        return name, builders.onnx_model()
    if name == "config.json":
        return name, hf_config(tmp_path, builders, builders.RACE_LABELS, "acme/face-race-vit")
    if name == "face_attr.tflite":
        return name, builders.tflite_model()
    if name == "face_attr.h5":
        return name, builders.keras_h5(tmp_path / name).read_bytes()
    if name == "model.safetensors":
        return name, builders.safetensors_file()
    if name == "face.pt":
        return name, builders.torch_like_pt()
    raise AssertionError(name)


@pytest.mark.parametrize("name", CAPABILITY)
def test_race_classifier_is_a_capability_finding(name: str, builders, tmp_path, ruleset, golden) -> None:
    uri, data = build(name, builders, tmp_path)
    results = scan_bytes(uri, data, ruleset)
    hits = [r for r in results if r.findings]
    assert hits, [result_to_dict(r) for r in results]
    for r in hits:
        assert r.error is None
        assert r.verdict.stance is Stance.CAPABILITY and Trait.RACE_ETHNICITY in r.verdict.traits
        label_sets = [f for f in r.findings if f.rule == "label-set"]
        assert label_sets and {"asian", "white"} <= set(label_sets[0].groups)
        assert all(f.location.pointer for f in label_sets)
        member = data if r.uri == uri else _member(data, r.uri.split("!/", 1)[1])
        assert evidence_is_exact(member, r)
    golden(f"models/{name}", [result_to_dict(r) for r in results])


def _member(archive: bytes, name: str) -> bytes:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(archive)) as zf:
        return zf.read(name)


def test_hf_label_finding_points_at_id2label(builders, tmp_path, ruleset) -> None:
    data = hf_config(tmp_path, builders, builders.RACE_LABELS, "acme/face-race-vit")
    [r] = scan_bytes("config.json", data, ruleset)
    f = next(f for f in r.findings if f.rule == "label-set")
    assert f.location.pointer.startswith("/id2label/")
    text = data.decode()
    assert text[f.location.offset: f.location.offset + f.location.length] == f.evidence
    assert all(label in f.evidence for label in builders.RACE_LABELS)
    assert text.splitlines()[f.location.line - 1].strip().startswith('"0": "Asian"')


NO_CAPABILITY = {
    "age_gender_emotion.onnx": lambda b, t: b.onnx_model(
        b.AGE_GENDER_EMOTION, task="face attribute classification: age, gender, emotion", output="attr_probs"),
    "age_gender_emotion.tflite": lambda b, t: b.tflite_model(
        b.AGE_GENDER_EMOTION, description="Face attributes: age, gender and emotion", output="attr_scores"),
    "config.json": lambda b, t: hf_config(t, b, b.AGE_GENDER_EMOTION, "acme/face-emotion-vit"),
    "labels.txt": lambda b, t: "\n".join(b.AGE_GENDER_EMOTION).encode(),
    "idcard_ocr.onnx": lambda b, t: b.onnx_model(
        ID_CARD_FIELDS, doc="ID card OCR field detector", task="id card ocr: text field detection",
        output="field_probs"),
    "idcard_ocr.tflite": lambda b, t: b.tflite_model(
        ID_CARD_FIELDS, description="ID card OCR: reads the printed fields of a resident identity card",
        output="field_scores"),
    "idcard/config.json": lambda b, t: json.dumps({
        "_name_or_path": "acme/idcard-layoutlmv3", "architectures": ["LayoutLMv3ForTokenClassification"],
        "id2label": {str(i): lab for i, lab in enumerate(ID_CARD_TOKENS)}}, indent=2).encode(),
    "idcard/labels.txt": lambda b, t: "\n".join(ID_CARD_FIELDS).encode(),
}


@pytest.mark.parametrize("name", sorted(NO_CAPABILITY))
def test_age_gender_emotion_and_id_card_models_give_no_capability(name, builders, tmp_path, ruleset,
                                                                   golden) -> None:
    data = NO_CAPABILITY[name](builders, tmp_path)
    results = scan_bytes(name, data, ruleset)
    for r in results:
        assert r.error is None
        assert r.verdict.stance is not Stance.CAPABILITY, result_to_dict(r)
        assert not [f for f in r.findings if f.stance is Stance.CAPABILITY]
    golden(f"models/none__{name.replace('/', '__')}", [result_to_dict(r) for r in results])


def test_apk_dex_strings_give_findings_with_byte_offsets(builders, ruleset, golden) -> None:
    data = builders.apk()
    results = scan_bytes("app.apk", data, ruleset)
    dex = next(r for r in results if r.uri == "app.apk!/classes.dex")
    assert dex.verdict.stance is Stance.CAPABILITY and "uyghur" in dex.verdict.groups
    assert evidence_is_exact(_member(data, "classes.dex"), dex)
    golden("models/app.apk", [result_to_dict(r) for r in results])


# Label lists on their own (issue 3): a race or ethnic-group label set is a classifier's output vocabulary.


def test_chinese_ethnic_group_label_list_is_a_label_set(builders, ruleset, tmp_path) -> None:
    data = builders.onnx_model(builders.CN_LABELS, doc="Face attribute model", task="face attribute",
                               output="attr_probs")
    [r] = scan_bytes("cn.onnx", data, ruleset)
    hits = [f for f in r.findings if f.rule.endswith("label-set") and {"uyghur", "han"} <= set(f.groups)]
    assert hits and all(f.stance is Stance.CAPABILITY for f in hits)
    assert r.verdict.stance is Stance.CAPABILITY and Trait.RACE_ETHNICITY in r.verdict.traits
    assert evidence_is_exact(data, r)
    # the same labels in a Hugging Face config of a face model
    cfg = hf_config(tmp_path, builders, builders.CN_LABELS, "acme/face-attr-vit")
    [r] = scan_bytes("config.json", cfg, ruleset)
    assert any(f.rule.endswith("label-set") and {"uyghur", "han"} <= set(f.groups) for f in r.findings)


def test_bare_race_label_file_is_a_label_set(builders, ruleset) -> None:
    data = "\n".join(builders.RACE_LABELS).encode()
    [r] = scan_bytes("labels.txt", data, ruleset)
    assert any(f.rule == "label-set" for f in r.findings)
