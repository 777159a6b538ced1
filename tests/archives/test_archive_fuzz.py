"""Hostile input: mutated archives and model files never raise out of the pipeline."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import sys
import tarfile
import zipfile
from pathlib import Path

import zstandard
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redline.limits import Limits
from redline.model import Document
from redline.pipeline import scan_document, scan_tree

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "models"))
import model_fixtures as model_builders


def _tar() -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tf:
        for name in ("a.txt", "b/c.txt"):
            data = b"face ethnicity detection, Uyghur\n" * 3
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in ("a.txt", "n.zip"):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, b"Uyghur face recognition\n" * 20 if name == "a.txt" else _inner())
    return buf.getvalue()


def _inner() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("x.txt", date_time=(2024, 1, 1, 0, 0, 0)), b"ethnicity\n")
    return buf.getvalue()


def _sevenz() -> bytes:
    import py7zr

    buf = io.BytesIO()
    with py7zr.SevenZipFile(buf, "w") as sz:
        sz.writestr(b"Uyghur face recognition\n" * 20, "a.txt")
        sz.writestr(_inner(), "n.zip")
    return buf.getvalue()


TAR = _tar()
SEEDS = {
    "x.zip": _zip(),
    "x.7z": _sevenz(),
    "x.tar": TAR,
    "x.tar.gz": gzip.compress(TAR, mtime=0),
    "x.tar.bz2": bz2.compress(TAR),
    "x.tar.xz": lzma.compress(TAR),
    "x.tar.zst": zstandard.ZstdCompressor().compress(TAR),
    "m.onnx": model_builders.onnx_model(),
    "m.tflite": model_builders.tflite_model(),
    "m.safetensors": model_builders.safetensors_file(),
    "app.apk": model_builders.apk(),
    "m.pt": model_builders.torch_like_pt(),
}


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(sorted(SEEDS)))
    data = bytearray(SEEDS[name])
    for _ in range(draw(st.integers(1, 8))):
        i = draw(st.integers(0, len(data) - 1))
        data[i] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return name, bytes(data)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_archives_and_models_never_raise(ruleset, case: tuple[str, bytes]) -> None:
    name, data = case
    results = list(scan_tree(Document(uri=name, data=data), ruleset, Limits()))
    assert results
    for r in results:
        assert r.error is None or r.error_kind in ("archive", "limit", "extraction", "unsupported", "read")


MODEL_TYPES = ["application/x-onnx", "application/x-tflite", "application/x-hdf5",
               "application/x-safetensors", "application/x-pickle", "application/vnd.android.axml",
               "application/vnd.android.arsc", "application/vnd.android.dex", "application/x-hf-config",
               "text/x-labels", "text/x-model-card", "application/x-elf"]


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(MODEL_TYPES), st.binary(max_size=600))
def test_random_bytes_as_any_model_type_never_raise(ruleset, mt: str, data: bytes) -> None:
    r = scan_document(Document(uri="f", data=b"ethnicity " + data), ruleset, Limits(), media_type=mt)
    assert r.error is None or r.error_kind in ("extraction", "limit")
