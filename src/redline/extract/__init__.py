"""Extractors, one module per format family; importing this package registers them all."""

from __future__ import annotations

import importlib
import logging

from redline.extract.base import Extractor, extractor_for, extractors, run_extractor

logger = logging.getLogger(__name__)

# Each module registers its extractor(s) on import. A module whose optional dependency is
# missing is skipped with one DEBUG line (its media types then report UnsupportedMediaType).
_MODULES = ("text", "html", "pdf", "docx", "structured", "code", "idl", "binary", "mlmodel",
            "onnx_model", "tflite_model", "keras_model", "pickle_model", "safetensors_model",
            "label_file", "android", "subtitles")

for _mod in _MODULES:
    try:
        importlib.import_module(f"redline.extract.{_mod}")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("redline.extract."):
            continue  # not written yet
        logger.debug("extractor module %s disabled: %s", _mod, exc)

__all__ = ["Extractor", "extractor_for", "extractors", "run_extractor"]
