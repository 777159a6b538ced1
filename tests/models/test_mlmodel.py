"""Model files read as data: label lists as groups, task metadata, exact locations."""

from __future__ import annotations

import json
import pickle

import pytest

from redline.extract import extractor_for, run_extractor
from redline.limits import Limits
from redline.model import Document, Segment, SegmentKind
from redline.pipeline import scan_document, scan_tree
from redline.sniff import sniff
from redline.sources.files import FileSource


def extract(name: str, data: bytes) -> tuple[str, list[Segment]]:
    mt = sniff(data, name=name)
    return mt, list(run_extractor(extractor_for(mt), Document(uri=name, data=data), data, Limits()))


def exact(data: bytes, seg: Segment) -> bool:
    """The segment's text is exactly the bytes (binary) or characters (text) it points at."""
    loc = seg.locator
    if loc.offset is None:
        return False
    if seg.encoding:
        return loc.length is not None and data[loc.offset: loc.offset + loc.length].decode(seg.encoding) == seg.text
    text = data.decode("utf-8")  # text documents: verbatim segments are slices of the text
    return seg.verbatim and text[loc.offset: loc.offset + len(seg.text)] == seg.text


def groups(segs: list[Segment]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for s in segs:
        if s.kind is SegmentKind.LABEL_LIST:
            out.setdefault(s.group or "", []).append(s.text)
    return out


# --- ONNX --------------------------------------------------------------------------------------


def test_onnx_labels_metadata_and_outputs(builders) -> None:
    data = builders.onnx_model()
    mt, segs = extract("race.onnx", data)
    assert mt == "application/x-onnx"
    g = groups(segs)
    labels = builders.RACE_LABELS
    assert g["/graph/node/0/classlabels_strings"] == labels  # LinearClassifier
    assert g["/graph/node/1/classlabels_strings"] == labels  # ZipMap
    assert g["/graph/initializer/class_names"] == labels  # string initializer
    assert g["/metadata_props/classes"] == labels  # JSON list in a metadata property
    texts = {(s.kind, s.text) for s in segs}
    assert (SegmentKind.METADATA, "face ethnicity classification") in texts
    assert (SegmentKind.METADATA, "Face attribute model") in texts
    assert (SegmentKind.IDENTIFIER, "ethnicity_probs") in texts
    assert all(exact(data, s) for s in segs)
    # the four copies of the labels each point at their own bytes, in order
    offs = [s.locator.offset for s in segs if s.kind is SegmentKind.LABEL_LIST]
    assert len(set(offs)) == 4 * len(labels)
    for name in g:
        group = [s.locator.offset for s in segs if s.group == name]
        assert group == sorted(group)


def test_onnx_garbage_is_a_document_error(ruleset) -> None:
    r = scan_document(Document(uri="bad.onnx", data=b"\x08\x07\x12\xff\xff\xff\xff\x0f" + b"\x00" * 40 + b"ethnicity"),
                      ruleset, Limits())
    assert r.error_kind == "extraction" and "ONNX" in r.error


# --- Hugging Face folders ----------------------------------------------------------------------


@pytest.mark.parametrize("ensure_ascii", [True, False])
def test_hf_config_id2label(builders, tmp_path, ensure_ascii: bool) -> None:
    labels = builders.RACE_LABELS + builders.CN_LABELS
    root = builders.hf_folder(tmp_path / "repo", labels, ensure_ascii=ensure_ascii)
    data = (root / "config.json").read_bytes()
    mt, segs = extract("config.json", data)
    assert mt == "application/x-hf-config"
    g = groups(segs)
    assert list(g) == ["/id2label"] and g["/id2label"] == labels
    lab = [s for s in segs if s.kind is SegmentKind.LABEL_LIST]
    assert [s.locator.pointer for s in lab] == [f"/id2label/{i}" for i in range(len(labels))]
    text = data.decode()
    for s in lab:
        line = text.splitlines()[s.locator.line - 1]
        assert f'"{s.locator.pointer.rsplit("/", 1)[1]}":' in line
        if s.text.isascii() or not ensure_ascii:
            assert exact(data, s)
        else:  # "\u7ef4\u65cf": the label is decoded, the locator points at the escaped token
            assert not s.verbatim and json.loads(f'"{text[s.locator.offset: s.locator.offset + s.locator.length]}"') == s.text
    meta = {s.text for s in segs if s.kind is SegmentKind.METADATA}
    assert {"acme/face-race-vit", "ViTForImageClassification", "single_label_classification"} <= meta


def test_hf_folder_is_scanned_file_by_file(builders, tmp_path, ruleset) -> None:
    root = builders.hf_folder(tmp_path / "repo")
    results = {r.uri.rsplit("/", 1)[-1]: r for r in
               (res for d in FileSource([root]).documents() for res in scan_tree(d, ruleset, Limits()))}
    assert results["config.json"].media_type == "application/x-hf-config"
    assert results["config.json"].error is None
    assert results["preprocessor_config.json"].media_type == "application/json"
    assert results["README.md"].media_type == "text/x-model-card"
    assert results["README.md"].error is None


def test_model_card_front_matter_and_body(builders, tmp_path) -> None:
    root = builders.hf_folder(tmp_path / "repo", builders.RACE_LABELS + builders.CN_LABELS)
    data = (root / "README.md").read_bytes()
    mt, segs = extract("README.md", data)
    assert mt == "text/x-model-card"
    assert groups(segs) == {"/labels": builders.RACE_LABELS + builders.CN_LABELS}
    meta = {s.locator.pointer: s.text for s in segs if s.kind is SegmentKind.METADATA}
    assert meta["/pipeline_tag"] == "image-classification" and meta["/tags/0"] == "face"
    body = [s for s in segs if s.kind in (SegmentKind.HEADING, SegmentKind.PROSE)]
    assert [s.text.strip() for s in body] == ["# face-race-vit", "Fine-tuned on cropped face images."]
    lines = data.decode().splitlines()
    assert lines[body[0].locator.line - 1] == "# face-race-vit"  # shifted past the front matter
    assert all(exact(data, s) for s in segs)


# --- TFLite ------------------------------------------------------------------------------------


def test_tflite_metadata_and_packed_label_file(builders) -> None:
    data = builders.tflite_model()
    mt, segs = extract("face_attr.tflite", data)
    assert mt == "application/x-tflite"
    assert groups(segs) == {"/associated_files/labels.txt": builders.RACE_LABELS}
    texts = {(s.kind, s.text) for s in segs}
    assert (SegmentKind.METADATA, "Face attribute classifier: ethnicity of the detected face") in texts
    assert (SegmentKind.IDENTIFIER, "ethnicity_scores") in texts
    meta = {s.text for s in segs if s.locator.pointer == "/metadata/TFLITE_METADATA"}
    assert {"FaceAttributeNet", "labels.txt", "Acme Vision"} <= meta
    assert all(exact(data, s) for s in segs)


def test_tflite_reader_sees_a_valid_model(builders) -> None:
    import tflite

    data = builders.tflite_model()
    model = tflite.Model.GetRootAsModel(data, 0)
    assert tflite.Model.ModelBufferHasIdentifier(data, 0)
    assert model.Subgraphs(0).OutputsLength() == 1 and model.MetadataLength() == 1


# --- Keras, safetensors, pickle, label files ---------------------------------------------------


def test_keras_h5_config_and_class_names(builders, tmp_path) -> None:
    data = builders.keras_h5(tmp_path / "m.h5").read_bytes()
    mt, segs = extract("m.h5", data)
    assert mt == "application/x-hdf5"
    assert groups(segs) == {"/@class_names": builders.RACE_LABELS}
    idents = {s.text for s in segs if s.kind is SegmentKind.IDENTIFIER}
    assert {"face_attr_net", "face_input", "ethnicity_output"} <= idents
    assert all(exact(data, s) for s in segs if s.kind is SegmentKind.LABEL_LIST)


def test_safetensors_metadata(builders) -> None:
    data = builders.safetensors_file()
    mt, segs = extract("model.safetensors", data)
    assert mt == "application/x-safetensors"
    assert groups(segs) == {"/__metadata__/classes": builders.RACE_LABELS}
    assert (SegmentKind.METADATA, "face attribute recognition") in {(s.kind, s.text) for s in segs}
    assert (SegmentKind.IDENTIFIER, "classifier.weight") in {(s.kind, s.text) for s in segs}
    assert all(exact(data, s) for s in segs)


@pytest.mark.parametrize("protocol", [2, 4, 5])
def test_pickle_strings_and_label_lists_without_loading(builders, protocol: int) -> None:
    obj = {"classes_": builders.RACE_LABELS, "id2label": dict(enumerate(builders.CN_LABELS)),
           "meta": {"task": "face attribute", "license": "proprietary"}}
    data = pickle.dumps(obj, protocol=protocol)
    mt, segs = extract("clf.pkl", data)
    assert mt == "application/x-pickle"
    g = groups(segs)
    assert sorted(g.values()) == sorted([builders.RACE_LABELS, builders.CN_LABELS])
    assert all(exact(data, s) for s in segs)
    # a str -> str dict is metadata, not a label set
    assert not any(s.text == "proprietary" and s.kind is SegmentKind.LABEL_LIST for s in segs)


def test_malicious_pickle_is_never_executed(tmp_path) -> None:
    marker = tmp_path / "pwned"
    data = (b"cos\nsystem\n(V touch " + str(marker).encode() + b"\ntR.")
    _, segs = extract("evil.pkl", data)
    assert not marker.exists()
    assert any(s.text == "os\nsystem" and s.kind is SegmentKind.IDENTIFIER for s in segs)


def test_torch_zip_layout_is_expanded_and_its_pickle_read(builders, ruleset) -> None:
    data = builders.torch_like_pt()
    members = {r.uri: r for r in scan_tree(Document(uri="face.pt", data=data), ruleset, Limits())}
    pkl = members["face.pt!/archive/data.pkl"]
    assert pkl.media_type == "application/x-pickle" and pkl.error is None
    _, segs = extract("data.pkl", data[data.index(b"\x80\x02"):])
    assert groups(segs) and next(iter(groups(segs).values())) == builders.RACE_LABELS
    _, segs = extract("tensor.pkl", b"\x80\x02ctorch._utils\n_rebuild_tensor_v2\nq\x00.")
    assert [s.text for s in segs] == ["torch._utils\n_rebuild_tensor_v2"]


def test_real_torch_save(builders, tmp_path, ruleset) -> None:
    torch = pytest.importorskip(
        "torch", reason="torch is not installed in this environment (not installed on purpose: "
                        "the torch zip layout is covered by test_torch_zip_layout_is_expanded...)")
    path = tmp_path / "m.pt"
    torch.save({"class_names": builders.RACE_LABELS, "w": torch.zeros(2)}, path)
    results = {r.uri: r for r in scan_tree(Document(uri=str(path), path=str(path)), ruleset, Limits())}
    pkl = next(r for u, r in results.items() if u.endswith("data.pkl"))
    assert pkl.error is None and pkl.media_type == "application/x-pickle"


@pytest.mark.parametrize("name,body", [
    ("labels.txt", "Asian\nIndian\nBlack\nWhite\nMiddle Eastern\nLatino Hispanic\n"),
    ("race_labels.txt", "0 Asian\n1 Indian\n2 Black\n3 White\n4 Middle Eastern\n5 Latino Hispanic\n"),
    ("classes.txt", "0: Asian\n1: Indian\n2: Black\n3: White\n4: Middle Eastern\n5: Latino Hispanic"),
    ("ethnicity.names", "# comment\nAsian\r\nIndian\r\nBlack\r\nWhite\r\nMiddle Eastern\r\nLatino Hispanic\r\n"),
])
def test_label_files(builders, name: str, body: str) -> None:
    data = body.encode()
    mt, segs = extract(name, data)
    assert mt == "text/x-labels"
    assert groups(segs) == {"labels": builders.RACE_LABELS}
    assert all(exact(data, s) for s in segs)
    assert [s.locator.line for s in segs][-1] == body.count("\n") + (0 if body.endswith("\n") else 1)


# --- Android -----------------------------------------------------------------------------------


def test_apk_manifest_dex_and_assets(builders, ruleset) -> None:
    data = builders.apk()
    results = {r.uri: r for r in scan_tree(Document(uri="app.apk", data=data), ruleset, Limits())}
    assert results["app.apk!/AndroidManifest.xml"].media_type == "application/vnd.android.axml"
    assert results["app.apk!/classes.dex"].media_type == "application/vnd.android.dex"
    assert results["app.apk!/assets/labels.txt"].media_type == "text/x-labels"
    assert all(r.error is None for r in results.values())


def test_axml_and_dex_strings(builders) -> None:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(builders.apk())) as zf:
        manifest, dex = zf.read("AndroidManifest.xml"), zf.read("classes.dex")
    _, segs = extract("AndroidManifest.xml", manifest)
    assert "ethnicity_detection_enabled" in [s.text for s in segs]
    assert all(exact(manifest, s) and s.encoding == "utf-16-le" for s in segs)
    _, segs = extract("classes.dex", dex)
    kinds = {s.text: s.kind for s in segs}
    assert kinds["Lcom/acme/faceattr/EthnicityClassifier;"] is SegmentKind.IDENTIFIER
    assert kinds["Uyghur face detection"] is SegmentKind.STRING and "维族" in kinds
    assert all(exact(dex, s) for s in segs)


def test_keras_v3_archive_members(builders, tmp_path, ruleset) -> None:
    import io
    import zipfile

    weights = builders.keras_h5(tmp_path / "w.h5").read_bytes()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        builders.zip_add(zf, "metadata.json", json.dumps({"keras_version": "3.3.3"}))
        builders.zip_add(zf, "config.json", json.dumps({"class_name": "Functional", "config": {
            "name": "face_attr_net", "layers": [{"class_name": "Dense", "config": {"name": "ethnicity_head"}}]}}))
        builders.zip_add(zf, "model.weights.h5", weights)
    results = {r.uri: r for r in scan_tree(Document(uri="m.keras", data=buf.getvalue()), ruleset, Limits())}
    assert results["m.keras!/model.weights.h5"].media_type == "application/x-hdf5"
    assert results["m.keras!/config.json"].media_type == "application/json"
    assert all(r.error is None for r in results.values())
    assert results["m.keras!/model.weights.h5"].findings  # the class_names label set


CN_GROUPS = ["汉族", "维吾尔族", "回族", "藏族", "蒙古族", "壮族", "满族", "苗族", "哈萨克族"]
MIXED = ["Asian", "Indian", "Black", "White", "维族", "汉族"]


@pytest.mark.parametrize("encoding,labels", [
    ("utf-8-sig", MIXED),
    ("utf-16", MIXED),
    # detection needs some Chinese text: a few CJK labels among ASCII ones in GB18030 are
    # read as cp949 by the shared decoder (reported); a Chinese label file decodes right
    ("gb18030", CN_GROUPS),
])
def test_label_file_encodings(encoding: str, labels: list[str]) -> None:
    from redline.text.decode import decode_bytes

    data = ("\n".join(labels) + "\n").encode(encoding)
    _, segs = extract("labels.txt", data)
    assert groups(segs) == {"labels": labels}
    text = decode_bytes(data).text  # offsets count characters of the decoded text
    assert all(text[s.locator.offset: s.locator.offset + len(s.text)] == s.text for s in segs)


def test_label_table_in_csv_gives_its_label_column(ruleset) -> None:
    """labels.csv (id,label rows) is a label file: its label cells, at their exact places."""
    from redline.extract.label_file import parse_csv_labels
    from redline.limits import Limits
    from redline.model import Document
    from redline.pipeline import scan_document

    text = 'id,label,count\n0,White,10\n1,"Black",12\n2,East Asian,9\n3,Indian,4\n4,Latino_Hispanic,3\n'
    spans = parse_csv_labels(text)
    assert spans is not None
    assert [label for _, _, label in spans] == ["White", "Black", "East Asian", "Indian", "Latino_Hispanic"]
    assert all(text[s:e] == label for s, e, label in spans)
    r = scan_document(Document(uri="model/labels.csv", data=text.encode()), ruleset, Limits())
    assert r.media_type == "text/x-labels"
    assert r.verdict.stance.value == "capability"
    assert {"white", "black", "indian"} <= set(r.verdict.groups)
    pets = scan_document(Document(uri="model/labels.csv", data=b"id,label\n0,cat\n1,dog\n"), ruleset, Limits())
    assert pets.findings == ()
    assert parse_csv_labels("White\nBlack\n") is None  # one column: read one label per line
