"""Builders for model-file fixtures, made in the tests with each format's own writer.

Nothing is downloaded: ONNX with onnx.helper, TFLite with the FlatBuffers builder and the
generated ``tflite`` schema code (plus the ModelMetadata table of the TFLite metadata schema,
written field by field), Keras HDF5 with h5py, pickles with ``pickle``, APK members with the
documented AXML/DEX layouts.
"""

from __future__ import annotations

import io
import json
import pickle
import struct
import zipfile
from pathlib import Path


def zip_add(zf: zipfile.ZipFile, name: str, data: bytes | str) -> None:
    """Add a member with a fixed date, so fixtures (and golden sha256s) are reproducible."""
    info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
    info.compress_type = zf.compression
    zf.writestr(info, data)


RACE_LABELS = ["Asian", "Indian", "Black", "White", "Middle Eastern", "Latino Hispanic"]
CN_LABELS = ["维族", "汉族"]
AGE_GENDER_EMOTION = ["male", "female", "age_0_10", "age_11_20", "happy", "sad", "angry", "neutral"]


def onnx_model(labels: list[str] = RACE_LABELS, *, doc: str = "Face attribute model",
               task: str = "face ethnicity classification", output: str = "ethnicity_probs") -> bytes:
    from onnx import TensorProto, helper

    x = helper.make_tensor_value_info("face_embedding", TensorProto.FLOAT, [1, 4])
    y = helper.make_tensor_value_info(output, TensorProto.FLOAT, [1, len(labels)])
    n = len(labels)
    lin = helper.make_node("LinearClassifier", ["face_embedding"], ["label", "scores"],
                           domain="ai.onnx.ml", classlabels_strings=labels,
                           coefficients=[0.0] * (4 * n), intercepts=[0.0] * n)
    zipmap = helper.make_node("ZipMap", ["scores"], [output], domain="ai.onnx.ml",
                              classlabels_strings=labels)
    names = helper.make_tensor("class_names", TensorProto.STRING, [n], [s.encode() for s in labels])
    graph = helper.make_graph([lin, zipmap], "attribute_head", [x], [y], initializer=[names],
                              doc_string="Predicts attributes from a face embedding")
    model = helper.make_model(graph, producer_name="acme-vision",
                              opset_imports=[helper.make_opsetid("", 17),
                                             helper.make_opsetid("ai.onnx.ml", 3)])
    model.doc_string = doc
    helper.set_model_props(model, {"classes": json.dumps(labels), "task": task})
    return model.SerializeToString()


def hf_folder(root: Path, labels: list[str] = RACE_LABELS, *, name: str = "acme/face-race-vit",
              ensure_ascii: bool = True) -> Path:
    """A Hugging Face repo folder as save_pretrained writes it (sorted keys, indent 2)."""
    root.mkdir(parents=True, exist_ok=True)
    config = {
        "_name_or_path": name,
        "architectures": ["ViTForImageClassification"],
        "id2label": {str(i): lab for i, lab in enumerate(labels)},
        "label2id": {lab: i for i, lab in enumerate(labels)},
        "model_type": "vit",
        "problem_type": "single_label_classification",
        "hidden_size": 768,
    }
    (root / "config.json").write_text(
        json.dumps(config, indent=2, sort_keys=True, ensure_ascii=ensure_ascii) + "\n", encoding="utf-8")
    (root / "README.md").write_text(
        "---\nlicense: apache-2.0\npipeline_tag: image-classification\ntags:\n- face\n"
        f"labels: {json.dumps(labels, ensure_ascii=False)}\nbase_model: google/vit-base-patch16-224\n---\n\n"
        f"# {name.rsplit('/', 1)[-1]}\n\nFine-tuned on cropped face images.\n", encoding="utf-8")
    (root / "preprocessor_config.json").write_text(json.dumps(
        {"do_normalize": True, "image_processor_type": "ViTImageProcessor", "size": {"height": 224}},
        indent=2) + "\n", encoding="utf-8")
    return root


def _fb_metadata(name: str, description: str, label_file: str) -> bytes:
    """A TFLite ModelMetadata FlatBuffer (metadata_schema.fbs), identifier M001."""
    import flatbuffers

    b = flatbuffers.Builder(0)
    fname = b.CreateString(label_file)
    fdesc = b.CreateString("Labels for the categories the model recognises")
    b.StartObject(5)  # AssociatedFile: name, description, type, locale, version
    b.PrependUOffsetTRelativeSlot(0, fname, 0)
    b.PrependUOffsetTRelativeSlot(1, fdesc, 0)
    b.PrependInt8Slot(2, 2, 0)  # TENSOR_AXIS_LABELS
    assoc = b.EndObject()
    b.StartVector(4, 1, 4)
    b.PrependUOffsetTRelative(assoc)
    files = b.EndVector()
    n = b.CreateString(name)
    d = b.CreateString(description)
    author = b.CreateString("Acme Vision")
    b.StartObject(8)  # ModelMetadata: name, description, version, subgraph_metadata, author,
    b.PrependUOffsetTRelativeSlot(0, n, 0)  # license, associated_files, min_parser_version
    b.PrependUOffsetTRelativeSlot(1, d, 0)
    b.PrependUOffsetTRelativeSlot(4, author, 0)
    b.PrependUOffsetTRelativeSlot(6, files, 0)
    b.Finish(b.EndObject(), file_identifier=b"M001")
    return bytes(b.Output())


def tflite_model(labels: list[str] = RACE_LABELS, *,
                 description: str = "Face attribute classifier: ethnicity of the detected face",
                 output: str = "ethnicity_scores") -> bytes:
    import importlib

    import flatbuffers

    # the package re-exports classes under the module names: take the generated modules
    Buffer, Metadata, Model, SubGraph, Tensor = (
        importlib.import_module(f"tflite.{m}") for m in ("Buffer", "Metadata", "Model", "SubGraph", "Tensor"))
    meta = _fb_metadata("FaceAttributeNet", description, "labels.txt")
    b = flatbuffers.Builder(0)
    meta_vec = b.CreateByteVector(meta)
    Buffer.BufferStart(b)
    empty = Buffer.BufferEnd(b)
    Buffer.BufferStart(b)
    Buffer.BufferAddData(b, meta_vec)
    meta_buf = Buffer.BufferEnd(b)
    Model.ModelStartBuffersVector(b, 2)
    b.PrependUOffsetTRelative(meta_buf)
    b.PrependUOffsetTRelative(empty)
    buffers = b.EndVector()

    tensors = []
    for tname, width in (("face_image", 3), (output, len(labels))):
        name = b.CreateString(tname)
        Tensor.TensorStartShapeVector(b, 2)
        b.PrependInt32(width)
        b.PrependInt32(1)
        shape = b.EndVector()
        Tensor.TensorStart(b)
        Tensor.TensorAddShape(b, shape)
        Tensor.TensorAddType(b, 0)
        Tensor.TensorAddBuffer(b, 0)
        Tensor.TensorAddName(b, name)
        tensors.append(Tensor.TensorEnd(b))
    SubGraph.SubGraphStartTensorsVector(b, 2)
    for t in reversed(tensors):
        b.PrependUOffsetTRelative(t)
    tvec = b.EndVector()
    SubGraph.SubGraphStartInputsVector(b, 1)
    b.PrependInt32(0)
    inputs = b.EndVector()
    SubGraph.SubGraphStartOutputsVector(b, 1)
    b.PrependInt32(1)
    outputs = b.EndVector()
    SubGraph.SubGraphStartOperatorsVector(b, 0)
    ops = b.EndVector()
    sg_name = b.CreateString("main")
    SubGraph.SubGraphStart(b)
    SubGraph.SubGraphAddTensors(b, tvec)
    SubGraph.SubGraphAddInputs(b, inputs)
    SubGraph.SubGraphAddOutputs(b, outputs)
    SubGraph.SubGraphAddOperators(b, ops)
    SubGraph.SubGraphAddName(b, sg_name)
    sg = SubGraph.SubGraphEnd(b)
    Model.ModelStartSubgraphsVector(b, 1)
    b.PrependUOffsetTRelative(sg)
    subgraphs = b.EndVector()
    md_name = b.CreateString("TFLITE_METADATA")
    Metadata.MetadataStart(b)
    Metadata.MetadataAddName(b, md_name)
    Metadata.MetadataAddBuffer(b, 1)
    md = Metadata.MetadataEnd(b)
    Model.ModelStartMetadataVector(b, 1)
    b.PrependUOffsetTRelative(md)
    metadata = b.EndVector()
    Model.ModelStartOperatorCodesVector(b, 0)
    opcodes = b.EndVector()
    desc = b.CreateString(description)
    Model.ModelStart(b)
    Model.ModelAddVersion(b, 3)
    Model.ModelAddOperatorCodes(b, opcodes)
    Model.ModelAddSubgraphs(b, subgraphs)
    Model.ModelAddDescription(b, desc)
    Model.ModelAddBuffers(b, buffers)
    Model.ModelAddMetadata(b, metadata)
    b.Finish(Model.ModelEnd(b), file_identifier=b"TFL3")
    flat = bytes(b.Output())
    # the metadata writers pack associated files as a zip appended to the model
    z = io.BytesIO()
    with zipfile.ZipFile(z, "w", zipfile.ZIP_STORED) as zf:
        zip_add(zf, "labels.txt", "\n".join(labels) + "\n")
    return flat + z.getvalue()


def keras_h5(path: Path, labels: list[str] = RACE_LABELS) -> Path:
    import h5py
    import numpy as np

    config = {"class_name": "Sequential", "config": {"name": "face_attr_net", "layers": [
        {"class_name": "InputLayer", "config": {"name": "face_input", "batch_input_shape": [None, 64]}},
        {"class_name": "Dense", "config": {"name": "ethnicity_output", "units": len(labels)}},
    ]}}
    with h5py.File(path, "w") as f:
        f.attrs["model_config"] = json.dumps(config)
        f.attrs["keras_version"] = "2.15.0"
        f.attrs["class_names"] = np.array([s.encode() for s in labels])
        f.create_dataset("model_weights/dense/kernel", data=np.zeros((64, len(labels)), dtype="f4"))
    return path


def safetensors_file(labels: list[str] = RACE_LABELS) -> bytes:
    header = {"__metadata__": {"format": "pt", "classes": json.dumps(labels),
                               "task": "face attribute recognition"},
              "classifier.weight": {"dtype": "F32", "shape": [len(labels)], "data_offsets": [0, 4 * len(labels)]}}
    raw = json.dumps(header, separators=(",", ":")).encode()
    return struct.pack("<Q", len(raw)) + raw + b"\x00" * (4 * len(labels))


def torch_like_pt(labels: list[str] = RACE_LABELS) -> bytes:
    """The zip layout torch.save writes (archive/data.pkl, archive/version), without torch.

    data.pkl references torch classes by GLOBAL opcodes exactly as torch.save does; it is
    written with pickle's opcodes directly so no torch import is needed to build it.
    """
    body = pickle.dumps({"class_names": list(labels), "arch": "face_attr_resnet18"}, protocol=2)
    glob = b"ctorch._utils\n_rebuild_tensor_v2\nq\x00."
    z = io.BytesIO()
    with zipfile.ZipFile(z, "w", zipfile.ZIP_STORED) as zf:
        zip_add(zf, "archive/data.pkl", body)
        zip_add(zf, "archive/tensor.pkl", b"\x80\x02" + glob)
        zip_add(zf, "archive/version", b"3\n")
    return z.getvalue()


def _axml(strings: list[str]) -> bytes:
    """A binary XML document holding just a UTF-16 string pool (AndroidManifest.xml layout)."""
    offsets, data = [], b""
    for s in strings:
        offsets.append(len(data))
        u = s.encode("utf-16-le")
        data += struct.pack("<H", len(s)) + u + b"\x00\x00"
    while len(data) % 4:
        data += b"\x00"
    header_size = 28
    strings_start = header_size + 4 * len(strings)
    pool_size = strings_start + len(data)
    pool = struct.pack("<HHIIIIII", 0x0001, header_size, pool_size, len(strings), 0, 0,
                       strings_start, 0) + b"".join(struct.pack("<I", o) for o in offsets) + data
    return struct.pack("<HHI", 0x0003, 8, 8 + len(pool)) + pool


def _dex(strings: list[str]) -> bytes:
    header = bytearray(0x70)
    header[:8] = b"dex\n035\x00"
    ids_off = 0x70
    data_off = ids_off + 4 * len(strings)
    ids, data = b"", b""
    for s in strings:
        ids += struct.pack("<I", data_off + len(data))
        raw = s.encode("utf-8")
        data += bytes([len(s)]) + raw + b"\x00"  # uleb128 length (< 128 here)
    struct.pack_into("<II", header, 0x38, len(strings), ids_off)
    return bytes(header) + ids + data


def apk() -> bytes:
    manifest = _axml(["manifest", "package", "com.acme.faceattr", "uses-permission",
                      "android.permission.CAMERA", "ethnicity_detection_enabled"])
    dex = _dex(["Lcom/acme/faceattr/EthnicityClassifier;", "getEthnicityLabel",
                "Uyghur face detection", "维族"])
    z = io.BytesIO()
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        zip_add(zf, "AndroidManifest.xml", manifest)
        zip_add(zf, "classes.dex", dex)
        zip_add(zf, "assets/labels.txt", "\n".join(RACE_LABELS) + "\n")
    return z.getvalue()
