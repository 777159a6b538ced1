from __future__ import annotations

from redline.limits import Limits
from redline.model import Document, Stance
from redline.pipeline import scan, scan_document


def test_document_error_is_data_not_exception(ruleset) -> None:
    doc = Document(uri="x", data=b"a" * 100)
    r = scan_document(doc, ruleset, Limits(max_document_bytes=10))
    assert r.error and "max_document_bytes" in r.error
    assert r.error_kind == "limit"


def test_no_hit_is_prefiltered(ruleset) -> None:
    r = scan_document(Document(uri="a.txt", data=b"nothing to see here\n"), ruleset, Limits())
    assert r.findings == ()
    assert r.verdict.stance is Stance.NONE
    assert dict(r.stats).get("documents.prefiltered") == 1


def test_scan_keeps_order_with_jobs(ruleset) -> None:
    docs = [Document(uri=f"d{i}.txt", data=f"doc {i}\n".encode()) for i in range(30)]
    out = [r.uri for r in scan(iter(docs), ruleset, Limits(), jobs=2)]
    assert out == [d.uri for d in docs]
