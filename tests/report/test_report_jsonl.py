"""JSON Lines report: one document per line as results arrive, then the summary."""

from __future__ import annotations

import io
import json

from redline.model import DocumentResult
from redline.report import formatters, summarize
from redline.report.json import result_to_dict


def test_lines_and_summary(sample_results, meta) -> None:
    buf = io.StringIO()
    formatters.get("jsonl")().write(iter(sample_results), buf, meta)
    lines = buf.getvalue().splitlines()
    assert len(lines) == len(sample_results) + 1
    docs = [json.loads(x) for x in lines[:-1]]
    assert docs == [json.loads(json.dumps(result_to_dict(r))) for r in sample_results]  # input order
    last = json.loads(lines[-1])
    assert set(last) == {"summary"}
    summary = summarize(sample_results)
    summary["rule_packs"] = {"core": "1.0"}
    assert last["summary"] == summary
    assert last["summary"]["suppressed"] == 2 and last["summary"]["errors"] == 1


def test_consumes_lazily_and_flushes(meta) -> None:
    class Probe(io.StringIO):
        flushes = 0

        def flush(self) -> None:
            Probe.flushes += 1
            super().flush()

    buf = Probe()
    written_before_second: list[str] = []

    def gen():
        yield DocumentResult(uri="a.txt")
        written_before_second.append(buf.getvalue())
        yield DocumentResult(uri="b.txt")

    formatters.get("jsonl")().write(gen(), buf, meta)
    assert json.loads(written_before_second[0])["uri"] == "a.txt"
    assert Probe.flushes >= 3


def test_non_ascii_kept_readable(meta) -> None:
    from redline.model import Finding, Trait

    f = Finding(rule="r", trait=Trait.RACE_ETHNICITY, evidence="识别维族", context="民族识别：识别维族")
    buf = io.StringIO()
    formatters.get("jsonl")().write([DocumentResult(uri="页面.html", findings=(f,))], buf, meta)
    assert "识别维族" in buf.getvalue() and "页面.html" in buf.getvalue()
