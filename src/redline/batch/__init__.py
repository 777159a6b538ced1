"""Scanning web-scale WARC collections on Dask (``redline batch``).

- ``plan``: input patterns -> WARC files -> tasks (whole files or byte ranges of big ones);
- ``worker``: ``scan_task`` run on each Dask worker, with the cheap per-record fast path;
- ``output``: the results folder (Parquet parts, manifest for --resume, summary);
- ``runner``: ``run_batch`` (LocalCluster or an existing scheduler, progress events).
"""

from __future__ import annotations

from redline.batch.output import ResultsDir
from redline.batch.plan import Task, expand_inputs, plan_tasks
from redline.batch.runner import BatchEvents, run_batch
from redline.batch.worker import DEFAULT_MEDIA_TYPES, BatchConfig, TaskResult, scan_task

__all__ = ["DEFAULT_MEDIA_TYPES", "BatchConfig", "BatchEvents", "ResultsDir", "Task",
           "TaskResult", "expand_inputs", "plan_tasks", "run_batch", "scan_task"]
