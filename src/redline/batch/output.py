"""The results folder of a batch run: Parquet parts, a manifest of finished tasks, a summary.

Layout (``redline batch ... --out results/``)::

    results/
      batch.json               options of the run (a --resume must use the same ones)
      manifest.jsonl           one line per finished task: key, file, range, counters, finding
                               counts by rule/trait/severity/group, error
      findings/part-KEY.parquet    one row per finding   (only tasks that had findings)
      documents/part-KEY.parquet   one row per document with findings or an error
      summary.json             totals over every finished task (rewritten at the end of a run)

Durability: a task's part files are written to a temporary name and renamed (atomic on POSIX),
*then* its manifest line is appended and fsync'ed. A task is finished only once its manifest
line exists, so after a crash or Ctrl-C ``--resume`` re-runs exactly the tasks without one;
their rewritten parts replace any left from the interrupted attempt (same key, same name). A
manifest line cut short by a crash is ignored. Readers take only parts named in the manifest.

Read the tables with pyarrow (``pyarrow.parquet.read_table("results/findings")``), pandas,
DuckDB (``SELECT rule, count(*) FROM 'results/findings/*.parquet' GROUP BY rule``) or
``redline batch stats results/``.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from redline.batch.worker import TaskResult

OUTPUT_VERSION = 1

_str = pa.string()
_list = pa.list_(pa.string())

FINDINGS_SCHEMA = pa.schema([
    ("warc_file", _str), ("uri", _str), ("record_id", _str), ("record_offset", pa.int64()),
    ("fetched_at", _str), ("rule", _str), ("trait", _str), ("groups", _list), ("modality", _str),
    ("stance", _str), ("severity", _str), ("confidence", pa.float64()), ("evidence", _str),
    ("context", _str), ("line", pa.int64()), ("column", pa.int64()), ("end_line", pa.int64()),
    ("end_column", pa.int64()), ("offset", pa.int64()), ("length", pa.int64()),
    ("pointer", _str), ("page", pa.int64()), ("fingerprint", _str), ("suppressed", _str),
    ("message", _str),
])

DOCUMENTS_SCHEMA = pa.schema([
    ("warc_file", _str), ("uri", _str), ("record_id", _str), ("record_offset", pa.int64()),
    ("fetched_at", _str), ("media_type", _str), ("sha256", _str), ("size", pa.int64()),
    ("error", _str), ("error_kind", _str), ("stance", _str), ("traits", _list), ("groups", _list),
    ("modalities", _list), ("severity", _str), ("confidence", pa.float64()),
    ("findings", pa.int64()),
])


class ResultsDir:
    """Reading and writing one results folder."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.manifest_path = self.path / "manifest.jsonl"
        self.config_path = self.path / "batch.json"
        self.summary_path = self.path / "summary.json"

    # -- setup --

    def exists(self) -> bool:
        return self.manifest_path.exists() or self.config_path.exists()

    def create(self, identity: Mapping[str, Any], inputs: list[str]) -> None:
        self.path.mkdir(parents=True, exist_ok=True)
        (self.path / "findings").mkdir(exist_ok=True)
        (self.path / "documents").mkdir(exist_ok=True)
        _atomic_write_text(self.config_path, json.dumps(
            {"version": OUTPUT_VERSION, "options": identity, "inputs": inputs},
            indent=2, sort_keys=True) + "\n")
        self.manifest_path.touch()

    def read_config(self) -> dict[str, Any]:
        try:
            return json.loads(self.config_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    # -- tasks --

    def write_result(self, result: TaskResult, label: str, nbytes: int) -> dict[str, Any]:
        """Write a finished task's parts atomically, then its manifest line. Returns the line."""
        parts: dict[str, str] = {}
        for table, rows, schema in (("findings", result.findings, FINDINGS_SCHEMA),
                                    ("documents", result.documents, DOCUMENTS_SCHEMA)):
            if not rows:
                continue
            name = f"{table}/part-{result.key}.parquet"
            target = self.path / name
            tmp = target.with_name(f".{target.name}.tmp")
            pq.write_table(pa.Table.from_pylist(list(rows), schema=schema), tmp, compression="zstd")
            os.replace(tmp, target)
            parts[table] = name
        entry = {
            "key": result.key, "file": result.source, "label": label, "start": result.start,
            "end": result.end, "bytes": nbytes, "status": "error" if result.error else "done",
            "error": result.error, "error_kind": result.error_kind, "seconds": round(result.seconds, 3),
            "worker": result.worker, "findings": len(result.findings),
            "documents": len(result.documents), "stats": dict(result.stats), "parts": parts,
            "counts": _counts(result.findings),
        }
        self.append_manifest(entry)
        return entry

    def append_manifest(self, entry: Mapping[str, Any]) -> None:
        line = (json.dumps(entry, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")
        with open(self.manifest_path, "a+b") as fh:
            end = fh.seek(0, os.SEEK_END)
            if end:
                fh.seek(end - 1)
                if fh.read(1) != b"\n":
                    line = b"\n" + line  # a crash cut the previous line short: start afresh
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())

    def manifest(self) -> dict[str, dict[str, Any]]:
        """Finished tasks by key (the last line wins; a line cut short by a crash is skipped)."""
        out: dict[str, dict[str, Any]] = {}
        try:
            text = self.manifest_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return out
        for line in text.splitlines():
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if isinstance(entry, dict) and entry.get("key") and entry.get("status") in ("done", "error"):
                out[entry["key"]] = entry
        return out

    # -- reading results --

    def table(self, name: str) -> pa.Table:
        """All rows of ``findings`` or ``documents`` from the finished tasks."""
        schema = FINDINGS_SCHEMA if name == "findings" else DOCUMENTS_SCHEMA
        files = sorted(str(self.path / e["parts"][name]) for e in self.manifest().values()
                       if name in (e.get("parts") or {}))
        if not files:
            return schema.empty_table()
        return pa.concat_tables([pq.read_table(f, schema=schema) for f in files])

    def summary(self, run: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Totals over every finished task, plus facts about this run."""
        entries = list(self.manifest().values())
        stats: Counter[str] = Counter()
        for e in entries:
            stats.update(e.get("stats") or {})
        totals: dict[str, Counter[str]] = {k: Counter() for k in _COUNTED}
        # Each manifest line carries its task's counts, so the summary of a big run reads no
        # Parquet; lines written before there were counts are counted from their parts.
        older = []
        for e in entries:
            counts = e.get("counts")
            if isinstance(counts, dict):
                for k in _COUNTED:
                    totals[k].update(counts.get(k) or {})
            elif "findings" in (e.get("parts") or {}):
                older.append(str(self.path / e["parts"]["findings"]))
        if older:
            rows = pa.concat_tables([pq.read_table(f, schema=FINDINGS_SCHEMA) for f in sorted(older)])
            for k, v in _counts(rows.to_pylist()).items():
                totals[k].update(v)
        by_rule, by_trait = totals["rule"], totals["trait"]
        by_severity, by_group = totals["severity"], totals["groups"]
        out: dict[str, Any] = {
            "version": OUTPUT_VERSION,
            "tasks": {"finished": len(entries),
                      "with_errors": sum(1 for e in entries if e.get("status") == "error")},
            "files": len({e["file"] for e in entries}),
            "bytes_input": int(stats.get("bytes.input", 0)),
            "documents": int(stats.get("documents.total", 0)),
            "documents_prefiltered": int(stats.get("documents.prefiltered", 0)),
            "documents_extracted": int(stats.get("documents.extracted", 0)),
            "documents_with_findings": int(stats.get("documents.with_findings", 0)),
            "documents_errored": int(stats.get("documents.errored", 0)),
            "findings": sum(by_severity.values()),
            "findings_by_severity": dict(sorted(by_severity.items())),
            "findings_by_trait": dict(sorted(by_trait.items())),
            "findings_by_rule": dict(by_rule.most_common()),
            "findings_by_group": dict(by_group.most_common()),
            "errors": [{"file": e["file"], "label": e.get("label"), "error": e.get("error")}
                       for e in entries if e.get("error")][:100],
            "stats": {k: int(v) for k, v in sorted(stats.items()) if not k.startswith("time_ms")},
            # summed over tasks (CPU-side wall time in workers), for finding where time goes
            "time_ms": {k[len("time_ms."):]: int(v) for k, v in sorted(stats.items())
                        if k.startswith("time_ms.")},
        }
        if run is not None:
            out["run"] = dict(run)
        return out

    def write_summary(self, summary: Mapping[str, Any]) -> None:
        _atomic_write_text(self.summary_path, json.dumps(summary, indent=2, sort_keys=True,
                                                         ensure_ascii=False) + "\n")


_COUNTED = ("rule", "trait", "severity", "groups")


def _counts(findings: Any) -> dict[str, dict[str, int]]:
    """Unsuppressed findings by rule, trait, severity and group (groups: one count each)."""
    out: dict[str, Counter[str]] = {k: Counter() for k in _COUNTED}
    for f in findings:
        if f.get("suppressed") is not None:
            continue
        out["rule"][f["rule"]] += 1
        out["trait"][f["trait"]] += 1
        out["severity"][f["severity"]] += 1
        out["groups"].update(f.get("groups") or ())
    return {k: dict(v) for k, v in out.items()}


def _atomic_write_text(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


__all__ = ["DOCUMENTS_SCHEMA", "FINDINGS_SCHEMA", "OUTPUT_VERSION", "ResultsDir"]
