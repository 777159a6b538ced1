"""Text utilities shared by the rules engine: normalization with offset maps, identifier splitting."""

from __future__ import annotations

from redline.text.identifiers import camel_breaks, identifier_words, split_identifier
from redline.text.normalize import Normalized, map_char, normalize

__all__ = ["Normalized", "camel_breaks", "identifier_words", "map_char", "normalize", "split_identifier"]
