"""Running a batch on Dask: plan, skip finished tasks, submit, write results as they finish.

``run_batch(patterns, out, config, scheduler=..., workers=...)`` starts a ``LocalCluster``
(``workers`` processes with one thread each, on 127.0.0.1, forked on Linux from this process
once it has compiled the rules: ``_start_method``; dashboard pages added while the tasks run:
``_serve_dashboard``) or connects to an existing scheduler
address (``tcp://host:8786``, e.g. one started by dask-kubernetes or dask-jobqueue), submits one
task per WARC file or byte range (largest first, so the last tasks to finish are short ones),
and writes each result into the results folder the moment it arrives (``output.ResultsDir``),
so a crash or Ctrl-C loses only the tasks still running. ``workers=0`` runs every task in this
process without Dask (for profiling and debugging).

A task that raises (a bug, a worker killed twice) is recorded in ``failures.jsonl`` and the
summary, and re-run by ``--resume``; per-file data errors (a truncated WARC) are results, not
failures. Progress is reported through a ``BatchEvents`` object, so the CLI draws the progress
bar and this module never prints.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import time
import traceback
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, Protocol

from redline.batch.output import ResultsDir
from redline.batch.plan import Task, expand_inputs, plan_tasks
from redline.batch.worker import BatchConfig, TaskResult, scan_task, warm_up
from redline.errors import UsageError

logger = logging.getLogger(__name__)


class BatchEvents(Protocol):
    def planned(self, *, total: int, skipped: int, bytes_todo: int) -> None: ...

    def started(self, *, dashboard: str | None, scheduler: str, workers: int) -> None: ...

    def task_done(self, entry: dict[str, Any]) -> None: ...

    def task_failed(self, task: Task, message: str) -> None: ...


class _NoEvents:
    def planned(self, *, total: int, skipped: int, bytes_todo: int) -> None:
        pass

    def started(self, *, dashboard: str | None, scheduler: str, workers: int) -> None:
        pass

    def task_done(self, entry: dict[str, Any]) -> None:
        pass

    def task_failed(self, task: Task, message: str) -> None:
        pass


def run_batch(
    patterns: Sequence[str],
    out: str | os.PathLike[str],
    config: BatchConfig,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    resume: bool = False,
    events: BatchEvents | None = None,
) -> dict[str, Any]:
    """Scan every WARC the patterns name; returns the summary (also written to summary.json)."""
    ev: BatchEvents = events or _NoEvents()
    results = ResultsDir(out)
    identity = config.identity()
    if results.exists():
        if not resume:
            raise UsageError(f"{results.path} already holds batch results; add --resume to "
                             "continue that run, or choose a new --out folder")
        previous = results.read_config().get("options")
        if previous is not None and previous != identity:
            changed = sorted(k for k in identity if previous.get(k) != identity[k])
            raise UsageError(f"--resume: {results.path} was written with different options "
                             f"({', '.join(changed)}); use the same options or a new --out folder")
        # Keep the inputs of earlier runs in batch.json: the folder describes all of them.
        inputs = sorted(set(results.read_config().get("inputs") or []) | set(patterns))
        results.create(identity, inputs)
    else:
        results.create(identity, list(patterns))

    tasks = plan_tasks(expand_inputs(patterns), config.split_bytes)
    finished = results.manifest()
    todo = [t for t in tasks if t.key not in finished]
    todo.sort(key=lambda t: -(t.nbytes or 0))  # largest first: fewer stragglers at the end
    ev.planned(total=len(tasks), skipped=len(tasks) - len(todo),
               bytes_todo=sum(t.nbytes for t in todo))
    run: dict[str, Any] = {
        "id": uuid.uuid4().hex[:12],
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "tasks_planned": len(tasks), "tasks_skipped": len(tasks) - len(todo), "tasks_run": 0,
        "tasks_failed": 0, "bytes_input": 0, "complete": False,
    }
    t_start = time.perf_counter()
    try:
        if todo:
            if workers == 0 and scheduler is None:
                _run_in_process(todo, config, results, ev, run)
            else:
                _run_dask(todo, config, results, ev, run, scheduler=scheduler, workers=workers)
        run["complete"] = run["tasks_failed"] == 0
    finally:
        run["elapsed_seconds"] = round(time.perf_counter() - t_start, 3)
        scan_s = run.get("scan_seconds") or run["elapsed_seconds"]
        run["mb_per_s"] = round(run["bytes_input"] / 1e6 / scan_s, 1) if scan_s else None
        summary = results.summary(run)
        results.write_summary(summary)
    return summary


def _record(results: ResultsDir, task: Task, result: TaskResult, ev: BatchEvents,
            run: dict[str, Any]) -> None:
    entry = results.write_result(result, task.label, task.nbytes)
    run["tasks_run"] += 1
    run["bytes_input"] += task.nbytes
    ev.task_done(entry)


def _record_failure(results: ResultsDir, task: Task, message: str, ev: BatchEvents,
                    run: dict[str, Any]) -> None:
    run["tasks_failed"] += 1
    line = json.dumps({"key": task.key, "file": task.source, "label": task.label,
                       "start": task.start, "end": task.end, "error": message}) + "\n"
    with open(results.path / "failures.jsonl", "a", encoding="utf-8") as fh:
        fh.write(line)
    logger.warning("%s: task failed (re-run with --resume): %s", task.label, message.splitlines()[-1])
    ev.task_failed(task, message)


def _run_in_process(todo: list[Task], config: BatchConfig, results: ResultsDir,
                    ev: BatchEvents, run: dict[str, Any]) -> None:
    ev.started(dashboard=None, scheduler="in-process", workers=1)
    t0 = time.perf_counter()
    for task in todo:
        try:
            result = scan_task(task, config)
        except Exception as exc:  # noqa: BLE001 - a failed task is recorded, the batch goes on
            _record_failure(results, task, "".join(traceback.format_exception_only(exc)).strip(), ev, run)
            continue
        _record(results, task, result, ev, run)
    run["scan_seconds"] = round(time.perf_counter() - t0, 3)
    run["scheduler"] = "in-process"
    run["workers"] = 1


def _run_dask(todo: list[Task], config: BatchConfig, results: ResultsDir, ev: BatchEvents,
              run: dict[str, Any], *, scheduler: str | None, workers: int | None) -> None:
    import dask
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler:
        client = Client(scheduler, timeout="30s")
    else:
        n = workers or os.cpu_count() or 1
        method = _start_method()
        if method == "fork":
            # Forked workers inherit this process's imports and compiled rules: no interpreter
            # start, no imports, no rule compilation per worker (about 1 s of a short run).
            warm_up(config)
        # Only loopback: the scheduler, workers and dashboard of a local run are not for others.
        with dask.config.set({"distributed.worker.multiprocessing-method": method}):
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                   host="127.0.0.1", dashboard_address="127.0.0.1:0",
                                   # the dashboard's pages are added once tasks run (below)
                                   scheduler_kwargs={"dashboard": False},
                                   silence_logs=logging.ERROR)
        client = Client(cluster)
    try:
        info = client.scheduler_info()
        nworkers = len(info.get("workers", {}))
        run["scheduler"] = client.scheduler.address if client.scheduler else str(scheduler)
        run["workers"] = nworkers
        run["dashboard"] = _dashboard(client, local=cluster is not None)
        # Every worker compiles the rules and imports the parsers now, all at once, so the
        # first tasks do not pay for it one after another (workers that join later do it on
        # their first task).
        client.run(warm_up, config)
        ev.started(dashboard=run["dashboard"], scheduler=run["scheduler"], workers=nworkers)
        t0 = time.perf_counter()
        by_key: dict[str, Task] = {}
        futures = []
        for i, task in enumerate(todo):
            key = f"redline-scan-{task.key}-{run['id']}"
            by_key[key] = task
            futures.append(client.submit(scan_task, task, config, key=key, pure=False,
                                         retries=1, priority=len(todo) - i))
        if cluster is not None and run["dashboard"]:
            _serve_dashboard(cluster)
        try:
            for fut in as_completed(futures):
                task = by_key[fut.key]
                if fut.status == "finished":
                    _record(results, task, fut.result(), ev, run)
                elif fut.cancelled():
                    _record_failure(results, task, "cancelled by the scheduler", ev, run)
                else:
                    exc = fut.exception()
                    msg = "".join(traceback.format_exception_only(exc)).strip() if exc else fut.status
                    _record_failure(results, task, msg, ev, run)
                fut.release()
        finally:
            run["scan_seconds"] = round(time.perf_counter() - t0, 3)
            for fut in futures:
                if not fut.done():
                    fut.cancel()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


START_METHOD_ENV = "DASK_DISTRIBUTED__WORKER__MULTIPROCESSING_METHOD"


def _start_method() -> str:
    """How the local cluster starts its worker processes.

    ``fork`` on Linux: a worker is a copy of this process, which has already imported the
    scanner and compiled the rules, so it is ready at once (a spawned worker starts a new
    interpreter, imports Dask, the extractors and the rule engine, and compiles the rules: about
    0.7 s per worker, paid before the first task). Dask's setting
    ``distributed.worker.multiprocessing-method`` (or the environment variable
    ``DASK_DISTRIBUTED__WORKER__MULTIPROCESSING_METHOD``) chooses another (``spawn``,
    ``forkserver``); other systems keep Dask's default.
    """
    import sys

    import dask

    chosen = os.environ.get(START_METHOD_ENV)
    if chosen:
        return chosen.strip()
    current = str(dask.config.get("distributed.worker.multiprocessing-method", "spawn"))
    if current != "spawn":  # set in the user's Dask configuration
        return current
    return "fork" if sys.platform.startswith("linux") else current


def _serve_dashboard(cluster: Any) -> None:
    """Add the dashboard's pages to the local scheduler's web server, while the tasks run.

    Importing the dashboard (bokeh) costs about 0.35 s of this process; done at cluster start,
    as Dask does, it delays the first task by that much. The scheduler is started with its web
    server but without the pages, the tasks are submitted, and the pages are added here, which
    is what ``Scheduler(dashboard=True)`` does at start (``distributed.dashboard.scheduler
    .connect`` on the scheduler's event loop). The link is live a moment after the scan starts.
    """
    try:
        import distributed.dashboard.scheduler as dashboard

        scheduler = cluster.scheduler

        def connect() -> None:
            try:
                dashboard.connect(scheduler.http_application, scheduler.http_server, scheduler,
                                  prefix="/")
            except Exception:  # the scan goes on without the dashboard
                logger.warning("the Dask dashboard could not be started", exc_info=True)

        cluster.loop.add_callback(connect)
    except Exception:  # an incompatible Dask version: no dashboard pages
        logger.warning("the Dask dashboard could not be started", exc_info=True)


def _dashboard(client: Any, *, local: bool) -> str | None:
    if local and importlib.util.find_spec("bokeh") is None:
        return None  # a local dashboard is served only when bokeh is installed
    try:
        return str(client.dashboard_link)
    except (AttributeError, KeyError):
        return None


__all__ = ["BatchEvents", "run_batch"]
