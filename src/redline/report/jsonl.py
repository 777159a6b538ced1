"""JSON Lines report: one document per line, written as results arrive, then the summary.

Each line is the document object of the JSON report contract (``report.json.result_to_dict``);
the last line is ``{"summary": {...}}`` with the same summary the JSON report has. Nothing is
buffered: the results iterator is consumed lazily and each line is flushed, so a consumer can
follow a long scan (``redline scan --format jsonl big/ | jq``) and memory stays flat.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TextIO

from redline.model import DocumentResult
from redline.report.base import Formatter, ReportMeta, formatters, summarize
from redline.report.json import result_to_dict


@formatters.register("jsonl")
class JsonLinesFormatter(Formatter):
    name = "jsonl"
    media_type = "application/jsonl"

    def write(self, results: Iterable[DocumentResult], stream: TextIO, meta: ReportMeta) -> None:
        def written() -> Iterator[DocumentResult]:
            for r in results:
                stream.write(json.dumps(result_to_dict(r), ensure_ascii=False))
                stream.write("\n")
                stream.flush()
                yield r

        # summarize() consumes the generator, which writes each line on its way through.
        summary = summarize(written())
        if meta.rule_packs:
            summary["rule_packs"] = {k: v for k, v in meta.rule_packs}
        stream.write(json.dumps({"summary": summary}, ensure_ascii=False))
        stream.write("\n")
        stream.flush()
