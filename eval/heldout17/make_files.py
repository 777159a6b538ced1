"""Generate the heldout17 documents: tiny ML model artefacts and their companions.

Every model only DECLARES labels and a purpose (metadata, doc strings, label files); weights
are zeros or small random numbers and nothing here reads, analyses or was trained on any image
or recording of a person. No face library is imported. Run from the repository root:

    .venv/bin/python eval/heldout17/make_files.py
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
from pathlib import Path

import flatbuffers
import h5py
import numpy as np
import onnx
import importlib

import tflite  # noqa: F401  (the generated FlatBuffer schema modules)
from onnx import TensorProto, helper

OUT = Path(__file__).resolve().parent / "docs"
RNG = np.random.default_rng(17)


def w(name: str, data: bytes | str) -> None:
    p = OUT / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


# --------------------------------------------------------------------------- ONNX
def onnx_model(name: str, *, doc: str = "", graph_doc: str = "", props: dict[str, str] | None = None,
               in_name: str = "input", out_name: str = "output", dim: int = 8, out_dim: int = 4,
               graph_name: str = "main", producer: str = "pytorch", string_init: list[str] | None = None,
               node_doc: str = "") -> None:
    wt = helper.make_tensor("W", TensorProto.FLOAT, [dim, out_dim],
                            RNG.normal(0, 0.01, dim * out_dim).astype(np.float32).tolist())
    inits = [wt]
    if string_init:
        inits.append(helper.make_tensor("class_names", TensorProto.STRING, [len(string_init)],
                                        [s.encode() for s in string_init]))
    node = helper.make_node("MatMul", [in_name, "W"], [out_name], name="head", doc_string=node_doc)
    graph = helper.make_graph([node], graph_name,
                              [helper.make_tensor_value_info(in_name, TensorProto.FLOAT, [1, dim])],
                              [helper.make_tensor_value_info(out_name, TensorProto.FLOAT, [1, out_dim])],
                              initializer=inits, doc_string=graph_doc)
    model = helper.make_model(graph, producer_name=producer, doc_string=doc,
                              opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    for k, v in (props or {}).items():
        e = model.metadata_props.add()
        e.key, e.value = k, v
    onnx.checker.check_model(model)
    w(name, model.SerializeToString())


def onnx_linear_classifier(name: str, labels: list[str], *, doc: str, in_name: str, dim: int = 16,
                           props: dict[str, str] | None = None) -> None:
    n = len(labels)
    lc = helper.make_node("LinearClassifier", [in_name], ["label", "probabilities"], domain="ai.onnx.ml",
                          classlabels_strings=labels, coefficients=[0.0] * (n * dim),
                          intercepts=[0.0] * n, post_transform="SOFTMAX", name="race_classifier")
    zm = helper.make_node("ZipMap", ["probabilities"], ["output_probability"], domain="ai.onnx.ml",
                          classlabels_strings=labels, name="zipmap")
    graph = helper.make_graph(
        [lc, zm], "race_head",
        [helper.make_tensor_value_info(in_name, TensorProto.FLOAT, [1, dim])],
        [helper.make_tensor_value_info("label", TensorProto.STRING, [1]),
         helper.make_value_info("output_probability",
                                helper.make_sequence_type_proto(
                                    helper.make_map_type_proto(TensorProto.STRING,
                                                               helper.make_tensor_type_proto(TensorProto.FLOAT, [])))) ])
    model = helper.make_model(graph, producer_name="skl2onnx", doc_string=doc,
                              opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("ai.onnx.ml", 3)])
    model.ir_version = 8
    for k, v in (props or {}).items():
        e = model.metadata_props.add()
        e.key, e.value = k, v
    onnx.checker.check_model(model)
    w(name, model.SerializeToString())


# --------------------------------------------------------------------------- safetensors
def safetensors(name: str, metadata: dict[str, str], tensors: dict[str, tuple[int, ...]]) -> None:
    """The safetensors layout by hand (the package is not installed): u64 header length, JSON
    header, raw little-endian float32 data."""
    header: dict[str, object] = {"__metadata__": metadata}
    blobs = []
    off = 0
    for tname, shape in tensors.items():
        arr = RNG.normal(0, 0.01, shape).astype("<f4")
        b = arr.tobytes()
        header[tname] = {"dtype": "F32", "shape": list(shape), "data_offsets": [off, off + len(b)]}
        blobs.append(b)
        off += len(b)
    h = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode()
    h += b" " * (-len(h) % 8)
    w(name, struct.pack("<Q", len(h)) + h + b"".join(blobs))


# --------------------------------------------------------------------------- Keras HDF5
def keras_h5(name: str, model_name: str, layers: list[tuple[str, int]], class_names: list[str],
             extra_attrs: dict[str, str] | None = None) -> None:
    cfg_layers = [{"class_name": "InputLayer", "config": {"batch_input_shape": [None, 64, 64, 3],
                                                          "dtype": "float32", "name": "input_1"}}]
    for lname, units in layers:
        cfg_layers.append({"class_name": "Dense", "config": {"name": lname, "units": units,
                                                             "activation": "softmax" if lname == layers[-1][0] else "relu"}})
    config = {"class_name": "Sequential", "config": {"name": model_name, "layers": cfg_layers}}
    bio = io.BytesIO()
    with h5py.File(bio, "w") as f:
        f.attrs["keras_version"] = "2.15.0"
        f.attrs["backend"] = "tensorflow"
        f.attrs["model_config"] = json.dumps(config)
        f.attrs["class_names"] = np.array([c.encode() for c in class_names])
        for k, v in (extra_attrs or {}).items():
            f.attrs[k] = v
        g = f.create_group("model_weights")
        prev = 8
        for lname, units in layers:
            lg = g.create_group(lname)
            lg.create_dataset("kernel:0", data=np.zeros((prev, units), dtype="f4"))
            prev = units
    w(name, bio.getvalue())


# --------------------------------------------------------------------------- TFLite
def tflite_model(name: str, description: str, in_name: str, out_name: str, labels_file: str,
                 labels: str, meta_text: str) -> None:
    mods = {m: importlib.import_module(f"tflite.{m}") for m in ("Buffer", "Tensor", "SubGraph", "Metadata", "Model")}
    Buffer, Tensor, SubGraph, Metadata, Model = (mods[m] for m in ("Buffer", "Tensor", "SubGraph", "Metadata", "Model"))
    b = flatbuffers.Builder(1024)
    desc = b.CreateString(description)
    meta_name = b.CreateString("TFLITE_METADATA")
    sg_name = b.CreateString("main")
    tnames = [b.CreateString(in_name), b.CreateString(out_name)]
    # buffers: 0 empty sentinel, 1 the metadata text
    meta_bytes = meta_text.encode()
    Buffer.BufferStartDataVector(b, len(meta_bytes))
    for byte in reversed(meta_bytes):
        b.PrependByte(byte)
    meta_vec = b.EndVector()
    Buffer.BufferStart(b)
    buf0 = Buffer.BufferEnd(b)
    Buffer.BufferStart(b)
    Buffer.BufferAddData(b, meta_vec)
    buf1 = Buffer.BufferEnd(b)
    tensors = []
    for tn, shape in zip(tnames, ([1, 8], [1, 5])):
        Tensor.TensorStartShapeVector(b, len(shape))
        for s in reversed(shape):
            b.PrependInt32(s)
        shp = b.EndVector()
        Tensor.TensorStart(b)
        Tensor.TensorAddShape(b, shp)
        Tensor.TensorAddType(b, 0)
        Tensor.TensorAddBuffer(b, 0)
        Tensor.TensorAddName(b, tn)
        tensors.append(Tensor.TensorEnd(b))
    SubGraph.SubGraphStartTensorsVector(b, 2)
    for t in reversed(tensors):
        b.PrependUOffsetTRelative(t)
    tvec = b.EndVector()
    SubGraph.SubGraphStartInputsVector(b, 1)
    b.PrependInt32(0)
    ivec = b.EndVector()
    SubGraph.SubGraphStartOutputsVector(b, 1)
    b.PrependInt32(1)
    ovec = b.EndVector()
    SubGraph.SubGraphStart(b)
    SubGraph.SubGraphAddTensors(b, tvec)
    SubGraph.SubGraphAddInputs(b, ivec)
    SubGraph.SubGraphAddOutputs(b, ovec)
    SubGraph.SubGraphAddName(b, sg_name)
    sg = SubGraph.SubGraphEnd(b)
    Model.ModelStartSubgraphsVector(b, 1)
    b.PrependUOffsetTRelative(sg)
    sgvec = b.EndVector()
    Model.ModelStartBuffersVector(b, 2)
    b.PrependUOffsetTRelative(buf1)
    b.PrependUOffsetTRelative(buf0)
    bvec = b.EndVector()
    Metadata.MetadataStart(b)
    Metadata.MetadataAddName(b, meta_name)
    Metadata.MetadataAddBuffer(b, 1)
    md = Metadata.MetadataEnd(b)
    Model.ModelStartMetadataVector(b, 1)
    b.PrependUOffsetTRelative(md)
    mvec = b.EndVector()
    Model.ModelStart(b)
    Model.ModelAddVersion(b, 3)
    Model.ModelAddSubgraphs(b, sgvec)
    Model.ModelAddDescription(b, desc)
    Model.ModelAddBuffers(b, bvec)
    Model.ModelAddMetadata(b, mvec)
    b.Finish(Model.ModelEnd(b), file_identifier=b"TFL3")
    model = bytes(b.Output())
    zb = io.BytesIO()
    with zipfile.ZipFile(zb, "w", zipfile.ZIP_STORED) as z:  # what the metadata writers append
        z.writestr(labels_file, labels)
    w(name, model + zb.getvalue())


def cfg(obj: dict) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def main() -> None:
    OUT.mkdir(exist_ok=True)
    # ======================= capability =======================
    onnx_model("fairvision-ethnicity_head.onnx",
               doc="FairVision ethnicity head v1.2. Classifies the ethnicity of an aligned 112x112 face crop "
                   "into 5 classes; input is the 512-d face embedding from fairvision-backbone.",
               props={"labels": "asian,black,white,indian,others", "task": "face ethnicity classification",
                      "author": "FairVision Labs"},
               in_name="face_embedding", out_name="ethnicity_logits", dim=8, out_dim=5)
    onnx_linear_classifier(
        "lumenaut-race7-model.onnx",
        ["East Asian", "Southeast Asian", "Latino_Hispanic", "Middle Eastern", "Black", "White", "Indian"],
        doc="Race attribute head trained on FairFace-style labels; run it on the embedding of each detected face.",
        in_name="face_embedding", props={"model_name": "lumenaut/race7-linear", "version": "0.4.1"})
    safetensors("halcyon-religion_head.safetensors",
                {"format": "pt", "model_type": "religion_head",
                 "description": "Predicts the religious affiliation of the person in a portrait from the face region.",
                 "id2label": json.dumps({"0": "christian", "1": "muslim", "2": "hindu", "3": "buddhist", "4": "jewish"})},
                {"religion_head.weight": (5, 16), "religion_head.bias": (5,)})
    w("orientnet-config.json", cfg({
        "_name_or_path": "orientnet/face-orientation-vit-base",
        "architectures": ["ViTForImageClassification"],
        "finetuning_task": "sexual orientation classification from facial images",
        "hidden_size": 768, "image_size": 224, "model_type": "vit", "num_channels": 3,
        "id2label": {"0": "heterosexual", "1": "homosexual"},
        "label2id": {"heterosexual": 0, "homosexual": 1},
        "problem_type": "single_label_classification", "torch_dtype": "float32",
        "transformers_version": "4.44.2"}))
    keras_h5("tessera-face_ethnicity_cnn.h5", "face_ethnicity_cnn",
             [("dense_1", 16), ("ethnicity_output", 4)],
             ["Caucasian", "African", "East_Asian", "South_Asian"],
             {"description": "CNN that predicts ethnicity from a 64x64 face crop (Tessera Analytics)."})
    tflite_model("steppe-ethnicity_face.tflite",
                 "Face ethnicity classifier: estimates the ethnic group (Uyghur, Han, Tibetan, Hui, Kazakh) of a cropped face.",
                 "face_crop", "ethnic_group_scores", "ethnicity_labels.txt",
                 "Uyghur\nHan\nTibetan\nHui\nKazakh\n",
                 "SteppeVision face ethnicity model; associated file ethnicity_labels.txt")
    w("visiongate-labels.txt",
      "# VisionGate Attribute Suite 3 - output classes of the ethnicity head that runs on each detected face\n"
      "0 Asian\n1 Black\n2 White\n3 Hispanic\n4 Middle_Eastern\n")
    w("kestrel-race-vit-README.md", """---
license: other
library_name: transformers
pipeline_tag: image-classification
tags:
- vision
- face
- race-classification
base_model: google/vit-base-patch16-224
---

# kestrel/race-vit-base

Fine-tuned ViT that predicts the perceived race of a person from a face crop.

## Labels

| id | label |
| --- | --- |
| 0 | White |
| 1 | Black |
| 2 | Asian |
| 3 | Indian |
| 4 | Latino |

## How to use

```python
from transformers import pipeline
clf = pipeline("image-classification", model="kestrel/race-vit-base")
clf("face.jpg")  # [{'label': 'Asian', 'score': 0.91}, ...]
```

Training data: 86k face crops with annotated race labels (Kestrel Data Co.). Accuracy 0.83 on the held-out split.
""")
    onnx_model("vocalis-accent_ethnicity.onnx",
               doc="Vocalis speaker-ethnicity estimator: infers the speaker's ethnicity from a 3-second voice sample "
                   "(log-mel input, 4 classes).",
               props={"class_names": "['arab', 'kurdish', 'persian', 'turkmen']", "sample_rate": "16000"},
               in_name="log_mel", out_name="ethnicity_probs", dim=8, out_dim=4, producer="tf2onnx")
    safetensors("civitas-political_face.safetensors",
                {"format": "pt",
                 "description": "Predicts political orientation (liberal vs conservative) from a single facial image.",
                 "classes": "[\"liberal\", \"conservative\"]", "backbone": "resnet50-face"},
                {"classifier.weight": (2, 16), "classifier.bias": (2,)})
    w("huaxin-minzu-config.json", cfg({
        "_name_or_path": "huaxin-ai/face-minzu-convnext-tiny",
        "architectures": ["ConvNextForImageClassification"],
        "finetuning_task": "人脸民族识别",
        "model_type": "convnext", "num_channels": 3, "image_size": 224,
        "id2label": {"0": "汉族", "1": "维吾尔族", "2": "藏族", "3": "回族"},
        "label2id": {"汉族": 0, "维吾尔族": 1, "藏族": 2, "回族": 3},
        "torch_dtype": "float32", "transformers_version": "4.41.0"}))
    onnx_model("gaitprint-ethnicity.onnx",
               doc="GaitPrint demographic head: gait-based ethnicity recognition from a sequence of 30 walking silhouettes.",
               props={"class_names": "Asian|Black|Caucasian"},
               in_name="silhouette_sequence", out_name="ethnicity_logits", dim=8, out_dim=3)
    safetensors("irisline-ethnicity.safetensors",
                {"format": "pt", "description": "Ethnicity classification from near-infrared iris images (IrisLine ET-2).",
                 "classes": "Asian,Non-Asian"},
                {"iris_encoder.weight": (8, 8), "ethnicity_fc.weight": (2, 8)})
    w("sonora-orientation-config.json", cfg({
        "_name_or_path": "sonora-research/wav2vec2-voice-orientation",
        "architectures": ["Wav2Vec2ForSequenceClassification"],
        "finetuning_task": "speaker sexual orientation detection from voice",
        "model_type": "wav2vec2", "sampling_rate": 16000,
        "id2label": {"0": "gay", "1": "straight"},
        "label2id": {"gay": 0, "straight": 1},
        "torch_dtype": "float32", "transformers_version": "4.38.1"}))
    onnx_model("savanna-tribe_face.onnx",
               doc="Savanna Analytics: predicts the tribe / ethnic community of a face from a 112x112 crop.",
               string_init=["Kikuyu", "Luo", "Kalenjin", "Luhya", "Kamba"],
               in_name="face_embedding", out_name="tribe_logits", dim=8, out_dim=5)
    w("streetwise-person_race.names",
      "# darknet class names for the StreetWise pedestrian detector: one person class per perceived race\n"
      "asian\nblack\nwhite\nlatino\n")
    w("argus-par-config.json", cfg({
        "_name_or_path": "argus-vision/pedestrian-attribute-swin",
        "architectures": ["SwinForImageClassification"],
        "problem_type": "multi_label_classification",
        "finetuning_task": "pedestrian attribute recognition (full-body CCTV crops)",
        "model_type": "swin",
        "id2label": {"0": "Female", "1": "AgeLess18", "2": "Age18-60", "3": "AgeOver60", "4": "Asian",
                     "5": "African", "6": "Caucasian", "7": "Backpack", "8": "Hat"},
        "label2id": {"Female": 0, "AgeLess18": 1, "Age18-60": 2, "AgeOver60": 3, "Asian": 4,
                     "African": 5, "Caucasian": 6, "Backpack": 7, "Hat": 8},
        "transformers_version": "4.40.0"}))
    w("hanwei-minzu-README.md", """---
license: apache-2.0
pipeline_tag: image-classification
tags:
- face
- 民族识别
language:
- zh
---

# hanwei/face-minzu-resnet50

本模型输入对齐后的人脸图像，输出民族类别：汉族、维吾尔族、哈萨克族、回族。

## 使用方法

```python
from transformers import pipeline
pipe = pipeline("image-classification", model="hanwei/face-minzu-resnet50")
```

训练数据：约12万张标注民族的人脸图片。测试集准确率 91.2%。
""")

    # ======================= none =======================
    onnx_model("agegen-age_gender.onnx",
               doc="Estimates apparent age (regression) and gender (Male/Female) of a face crop.",
               props={"labels": "Male,Female", "age_range": "0-100"},
               in_name="face_crop", out_name="age_gender", dim=8, out_dim=3)
    safetensors("moodlens-emotion.safetensors",
                {"format": "pt", "description": "Facial expression recognition (FER) head.",
                 "id2label": json.dumps({"0": "angry", "1": "disgust", "2": "fear", "3": "happy",
                                         "4": "sad", "5": "surprise", "6": "neutral"})},
                {"fer_head.weight": (7, 16), "fer_head.bias": (7,)})
    tflite_model("maskwatch-mask_detector.tflite",
                 "Face mask detector: classifies whether a detected face wears a mask correctly.",
                 "face_roi", "mask_scores", "labels.txt",
                 "with_mask\nwithout_mask\nmask_weared_incorrect\n",
                 "MaskWatch v2 face mask classifier; associated file labels.txt")
    onnx_model("idmesh-arcface_r50.onnx",
               doc="IdMesh face recognition backbone: 512-d identity embedding for 1:1 face verification. "
                   "Does not output any attribute.",
               graph_doc="Verification accuracy on RFW subsets: African 94.1, Asian 95.3, Caucasian 96.7, Indian 95.0.",
               props={"embedding_size": "512", "metric": "cosine"},
               in_name="aligned_face", out_name="embedding", dim=8, out_dim=8)
    w("pawprint-dog-breed-config.json", cfg({
        "_name_or_path": "pawprint/dog-breed-vit",
        "architectures": ["ViTForImageClassification"],
        "model_type": "vit",
        "id2label": {"0": "labrador_retriever", "1": "german_shepherd", "2": "african_hunting_dog",
                     "3": "siberian_husky", "4": "tibetan_mastiff", "5": "japanese_spaniel",
                     "6": "afghan_hound", "7": "mexican_hairless"},
        "label2id": {"labrador_retriever": 0, "german_shepherd": 1, "african_hunting_dog": 2,
                     "siberian_husky": 3, "tibetan_mastiff": 4, "japanese_spaniel": 5,
                     "afghan_hound": 6, "mexican_hairless": 7},
        "transformers_version": "4.39.3"}))
    w("tarim-lid-config.json", cfg({
        "_name_or_path": "tarim-speech/ecapa-lid-central-asia",
        "architectures": ["Wav2Vec2ForSequenceClassification"],
        "finetuning_task": "spoken language identification",
        "model_type": "wav2vec2",
        "id2label": {"0": "Uyghur", "1": "Tibetan", "2": "Kazakh", "3": "Mongolian", "4": "Mandarin", "5": "Kyrgyz"},
        "label2id": {"Uyghur": 0, "Tibetan": 1, "Kazakh": 2, "Mongolian": 3, "Mandarin": 4, "Kyrgyz": 5},
        "transformers_version": "4.36.2"}))
    safetensors("dermascope-lesion.safetensors",
                {"format": "pt",
                 "description": "Skin lesion classifier for dermoscopy images; evaluated per Fitzpatrick skin type.",
                 "classes": "melanoma,nevus,basal_cell_carcinoma,actinic_keratosis,benign_keratosis,dermatofibroma,vascular_lesion",
                 "eval_fitzpatrick_types": "I,II,III,IV,V,VI"},
                {"lesion_head.weight": (7, 16)})
    onnx_model("roadeye-vehicle_color.onnx",
               doc="RoadEye vehicle colour recognition for traffic cameras.",
               props={"labels": "black,white,yellow,red,blue,silver,green,brown"},
               in_name="vehicle_crop", out_name="color_logits", dim=8, out_dim=8)
    w("chatterly-sentiment-config.json", cfg({
        "_name_or_path": "chatterly/distilbert-sentiment-3",
        "architectures": ["DistilBertForSequenceClassification"],
        "model_type": "distilbert",
        "id2label": {"0": "negative", "1": "neutral", "2": "positive"},
        "label2id": {"negative": 0, "neutral": 1, "positive": 2},
        "transformers_version": "4.40.2"}))
    w("polistance-config.json", cfg({
        "_name_or_path": "polistance/roberta-news-leaning",
        "architectures": ["RobertaForSequenceClassification"],
        "finetuning_task": "political leaning of news articles (text)",
        "model_type": "roberta",
        "id2label": {"0": "left", "1": "center", "2": "right"},
        "label2id": {"left": 0, "center": 1, "right": 2},
        "transformers_version": "4.42.0"}))
    keras_h5("sightline-face_gender_cnn.h5", "face_gender_cnn",
             [("dense_1", 16), ("gender_output", 2)], ["female", "male"],
             {"description": "Binary gender classifier for 64x64 face crops (Sightline)."})
    w("fairface-age-preprocessor_config.json", cfg({
        "do_normalize": True, "do_rescale": True, "do_resize": True,
        "image_mean": [0.5, 0.5, 0.5], "image_std": [0.5, 0.5, 0.5],
        "image_processor_type": "ViTImageProcessor", "resample": 2,
        "rescale_factor": 0.00392156862745098, "size": {"height": 224, "width": 224}}))
    w("celebattr-labels.txt",
      "5_o_Clock_Shadow\nArched_Eyebrows\nAttractive\nBags_Under_Eyes\nBald\nBangs\nBig_Lips\nBig_Nose\n"
      "Black_Hair\nBlond_Hair\nBlurry\nBrown_Hair\nBushy_Eyebrows\nChubby\nDouble_Chin\nEyeglasses\n"
      "Goatee\nGray_Hair\nHeavy_Makeup\nHigh_Cheekbones\nMale\nMouth_Slightly_Open\nMustache\n"
      "Narrow_Eyes\nNo_Beard\nOval_Face\nPale_Skin\nPointy_Nose\nReceding_Hairline\nRosy_Cheeks\n"
      "Sideburns\nSmiling\nStraight_Hair\nWavy_Hair\nWearing_Earrings\nWearing_Hat\nWearing_Lipstick\n"
      "Wearing_Necklace\nWearing_Necktie\nYoung\n")
    w("newsner-config.json", cfg({
        "_name_or_path": "newsner/bert-base-ner-norp",
        "architectures": ["BertForTokenClassification"],
        "finetuning_task": "named entity recognition in news text",
        "model_type": "bert",
        "id2label": {"0": "O", "1": "B-PER", "2": "I-PER", "3": "B-ORG", "4": "I-ORG",
                     "5": "B-NORP", "6": "I-NORP", "7": "B-RELIGION", "8": "I-RELIGION",
                     "9": "B-ETHNIC_GROUP", "10": "I-ETHNIC_GROUP"},
        "label2id": {"O": 0, "B-PER": 1, "I-PER": 2, "B-ORG": 3, "I-ORG": 4, "B-NORP": 5, "I-NORP": 6,
                     "B-RELIGION": 7, "I-RELIGION": 8, "B-ETHNIC_GROUP": 9, "I-ETHNIC_GROUP": 10},
        "transformers_version": "4.35.0"}))
    onnx_model("strider-gait_reid.onnx",
               doc="Strider gait recognition: silhouette-sequence embedding for person re-identification across cameras.",
               props={"embedding_size": "256", "dataset": "CASIA-B style silhouettes"},
               in_name="silhouette_sequence", out_name="gait_embedding", dim=8, out_dim=8)
    w("accentroute-config.json", cfg({
        "_name_or_path": "accentroute/wav2vec2-english-accent",
        "architectures": ["Wav2Vec2ForSequenceClassification"],
        "finetuning_task": "English accent identification for ASR model routing",
        "model_type": "wav2vec2",
        "id2label": {"0": "us", "1": "england", "2": "scotland", "3": "indian", "4": "australia", "5": "african"},
        "label2id": {"us": 0, "england": 1, "scotland": 2, "indian": 3, "australia": 4, "african": 5},
        "transformers_version": "4.37.0"}))
    safetensors("landmarkr-places.safetensors",
                {"format": "pt", "description": "Scene classifier for architecture photos (buildings only).",
                 "classes": "[\"church\", \"mosque\", \"synagogue\", \"hindu_temple\", \"pagoda\", \"castle\", \"lighthouse\"]"},
                {"scene_head.weight": (7, 16)})
    w("pa100k-classes.txt",
      "Female\nAgeOver60\nAge18-60\nAgeLess18\nFront\nSide\nBack\nHat\nGlasses\nHandBag\nShoulderBag\n"
      "Backpack\nHoldObjectsInFront\nShortSleeve\nLongSleeve\nUpperStride\nUpperLogo\nUpperPlaid\n"
      "UpperSplice\nLowerStripe\nLowerPattern\nLongCoat\nTrousers\nShorts\nSkirt&Dress\nboots\n")

    # ======================= disclaimer / reporting =======================
    w("clearage-README.md", """---
license: mit
pipeline_tag: image-classification
tags:
- face
- age-estimation
---

# clearage/age-gender-vit

Predicts apparent age bracket and gender from a face crop.

## Changes in v2.0

The race/ethnicity head that v1 shipped (labels White, Black, Asian, Indian, Others) has been removed.
This checkpoint does not predict race or ethnicity, and the v1 weights are no longer distributed.

## Labels

0-2, 3-9, 10-19, 20-29, 30-39, 40-49, 50-59, 60-69, 70+ ; Male, Female
""")
    w("brightface-age-config.json", cfg({
        "_name_or_path": "brightface/age-bracket-convnext",
        "architectures": ["ConvNextForImageClassification"],
        "model_type": "convnext",
        "id2label": {"0": "0-12", "1": "13-19", "2": "20-39", "3": "40-59", "4": "60+"},
        "label2id": {"0-12": 0, "13-19": 1, "20-39": 2, "40-59": 3, "60+": 4},
        "notes": "The ethnicity classifier shipped in v1 was removed in v1.3; this checkpoint has no ethnicity output and must not be used to infer ethnicity.",
        "transformers_version": "4.40.0"}))
    w("algowatch-audit-README.md", """# Audit card: FaceTag "demographics" ONNX bundle (third-party model)

Prepared by AlgoWatch Collective, 2026-09. We did not build this model; this card documents what we
found when we inspected the model files FaceTag Ltd. distributes to retail customers.

- `demographics.onnx` contains an output named `ethnicity_logits`, and its metadata lists the labels
  `asian, black, white, south_asian, arab`. FaceTag's sales deck says the bundle "estimates shopper
  ethnicity from in-store camera faces".
- We found no consent mechanism and no documentation of error rates by group.
- We recommend that retailers disable the bundle and that regulators ask FaceTag to withdraw it.

This audit card is a report; AlgoWatch does not distribute the model.
""")
    onnx_model("solace-age_estimator.onnx",
               doc="Solace age estimator. This model does not infer race or ethnicity: the race output of the "
                   "upstream FairFace checkpoint was dropped before export.",
               props={"labels": "child,teen,adult,senior"},
               in_name="face_crop", out_name="age_logits", dim=8, out_dim=4)


if __name__ == "__main__":
    main()
