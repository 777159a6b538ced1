#!/usr/bin/env python3
"""Benchmark: scanning a gzipped WARC of real HTML, against the I/O limit (issue 7).

Builds a WARC the way a crawler writes one (request, response and metadata records, gzip per
record) from real HTML this machine has (/usr/share/doc/**/*.html, Python's HTML docs when the
python3-doc package is installed; without any HTML it makes pages from whatever text files it
finds), with a small share of planted claim pages (English, Chinese in UTF-8 and in GB18030),
then measures in one run, as MB/s of *uncompressed* WARC:

  (a) zcat FILE > /dev/null                      gzip decompression alone
  (b) zcat FILE | grep -F -c -f LEXICON          a plain grep that understands nothing
  (c) FastWARC iteration over all payloads       reading the records
  (d) redline batch FILE --workers 1             end to end, and the scan phase alone
  (e) redline batch FILE --workers 2
  (f) redline scan FILE --format json            one process, the reference for correctness

and prints the ratios d/b and e/d, also in CPU seconds (all processes of a step, user +
system; on a shared machine other jobs inflate wall time far more than CPU time). It checks that every planted claim page has a finding and
that batch (d and e) report exactly the findings of the single-process scan (f).

    .venv/bin/python benchmarks/warc_scan.py [--size-mb 300] [--split-mb 4] [--keep DIR]

The timed redline processes get a bytecode cache in the work folder (an installed package has
its modules compiled; this machine sets PYTHONDONTWRITEBYTECODE, which would make every timed
process compile redline's sources again). The machine is shared and has 2 cores: figures are
noisy; --repeat N keeps the best of N.
No timing is asserted anywhere; the exit code is 1 only when a correctness check fails.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import html
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
import zlib
from dataclasses import dataclass
from pathlib import Path

CLAIMS_EN = (
    ("Our SmartEye face analytics API detects the ethnicity of every face in the video stream "
     "and raises an alarm when a Uyghur face is recognised."),
    ("The face attribute model returns race (Asian, Black, White, Indian) together with age and "
     "gender for each detected face."),
    ("With gait and face recognition, the platform can identify a person's religion and flag "
     "Muslim visitors at checkpoints."),
)
CLAIMS_ZH = (
    "本系统基于人脸识别技术，可自动识别维吾尔族人员并实时报警。",
    "人脸属性分析：支持识别性别、年龄、民族（汉族、维吾尔族、藏族）等属性。",
    "摄像机内置少数民族识别算法，发现维族人员自动布控。",
)
# Used for the grep baseline when the rule engine does not expose its anchor terms.
FALLBACK_LEXICON = (
    "ethnicity", "ethnic", "race", "racial", "uyghur", "uighur", "tibetan", "religion",
    "religious", "sexual orientation", "trade union", "political", "维吾尔", "维族", "民族",
    "种族", "肤色", "宗教", "政治", "性取向", "工会",
)


# --- building the WARC ------------------------------------------------------------------------


@dataclass
class Source:
    path: str
    body: bytes
    media_type: str


# Common Crawl truncates payloads at 1 MiB; bigger single-file manuals are not web pages.
MAX_PAGE_BYTES = 1024 * 1024


def find_sources(rng: random.Random) -> list[Source]:
    roots = [Path("/usr/share/doc")]
    html_files: list[Path] = []
    static: list[Path] = []
    for root in roots:
        if not root.is_dir():
            continue
        for p in root.rglob("*"):
            try:
                if not p.is_file() or not 512 <= p.stat().st_size <= MAX_PAGE_BYTES:
                    continue
            except OSError:
                continue
            name = p.name.lower()
            if name.endswith((".html", ".htm")):
                html_files.append(p)
            elif name.endswith((".css", ".js", ".png", ".jpg", ".svg")):
                static.append(p)
    out: list[Source] = []
    for p in sorted(html_files):
        try:
            out.append(Source(str(p), p.read_bytes(), "text/html"))
        except OSError:
            continue
    if len(out) < 20:
        out += pages_from_text(rng)
    mt = {".css": "text/css", ".js": "application/javascript", ".png": "image/png",
          ".jpg": "image/jpeg", ".svg": "image/svg+xml"}
    for p in sorted(static)[:400]:
        try:
            out.append(Source(str(p), p.read_bytes(), mt[p.suffix.lower()]))
        except (OSError, KeyError):
            continue
    return out


def pages_from_text(rng: random.Random) -> list[Source]:
    """HTML pages made from any text on the machine (licences, Python sources, man pages)."""
    texts: list[Path] = []
    for root in (Path("/usr/share/common-licenses"), Path(sys.prefix) / "lib", Path("/usr/lib/python3"),
                 Path("/usr/share/doc")):
        if root.is_dir():
            for p in root.rglob("*"):
                if p.suffix in (".txt", ".py", ".md", ".rst", "") and p.is_file():
                    texts.append(p)
                if len(texts) > 5000:
                    break
    pages = []
    for p in texts:
        try:
            raw = p.read_bytes()[:200_000]
        except OSError:
            continue
        if b"\0" in raw[:4096] or len(raw) < 1000:
            continue
        text = raw.decode("utf-8", "replace")
        paras = "".join(f"<p>{html.escape(par)}</p>\n" for par in text.split("\n\n"))
        page = (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{html.escape(p.name)}"
                f"</title></head><body><h1>{html.escape(p.name)}</h1>{paras}</body></html>")
        pages.append(Source(str(p), page.encode("utf-8"), "text/html"))
    rng.shuffle(pages)
    return pages


def plant(body: bytes, claim: str) -> bytes:
    text = body.decode("utf-8", "replace")
    i = text.lower().find("<body")
    j = text.find(">", i) + 1 if i >= 0 else 0
    return (text[:j] + f"\n<div class=\"product\"><p>{claim}</p></div>\n" + text[j:]).encode("utf-8")


def _digest(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


class WarcBuilder:
    def __init__(self, path: Path, rng: random.Random) -> None:
        self.fh = open(path, "wb")  # noqa: SIM115
        self.rng = rng
        self.uncompressed = 0
        self.n = 0

    def record(self, rtype: str, uri: str, block: bytes, content_type: str,
               extra: tuple[tuple[str, str], ...] = ()) -> None:
        self.n += 1
        rid = uuid.UUID(int=self.rng.getrandbits(128), version=4)
        date = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(1_700_000_000 + self.n))
        headers = [("WARC-Type", rtype), ("WARC-Record-ID", f"<urn:uuid:{rid}>"), ("WARC-Date", date)]
        if uri:
            headers.append(("WARC-Target-URI", uri))
        headers += [*extra, ("Content-Type", content_type), ("WARC-Block-Digest", _digest(block)),
                    ("Content-Length", str(len(block)))]
        head = "WARC/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
        rec = head.encode("utf-8") + block + b"\r\n\r\n"
        self.uncompressed += len(rec)
        c = zlib.compressobj(6, zlib.DEFLATED, 31)
        self.fh.write(c.compress(rec) + c.flush())

    def page(self, uri: str, body: bytes, media_type: str, charset: str | None) -> None:
        host = uri.split("/")[2]
        req = (f"GET /{uri.split('/', 3)[3]} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: redline-bench/1.0\r\n"
               "Accept: text/html,*/*\r\n\r\n").encode()
        self.record("request", uri, req, "application/http; msgtype=request")
        ctype = media_type + (f"; charset={charset}" if charset else "")
        http = (f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
                "Server: nginx\r\n\r\n").encode()
        self.record("response", uri, http + body, "application/http; msgtype=response",
                    (("WARC-Payload-Digest", _digest(body)),))
        self.record("metadata", uri, f"fetchTimeMs: {self.rng.randint(20, 900)}\r\n".encode(),
                    "application/warc-fields")

    def close(self) -> None:
        self.fh.close()


def build_warc(path: Path, size_mb: float, claim_share: float, seed: int) -> tuple[int, list[str], int]:
    """Write the WARC; returns (uncompressed bytes, planted claim uris, pages)."""
    rng = random.Random(seed)
    sources = find_sources(rng)
    html_sources = [s for s in sources if s.media_type == "text/html"]
    other = [s for s in sources if s.media_type != "text/html"]
    if not html_sources:
        raise SystemExit("no HTML and no text found on this machine to build pages from")
    b = WarcBuilder(path, rng)
    info = (f"software: redline benchmarks/warc_scan.py\r\nformat: WARC File Format 1.1\r\n"
            f"sources: {len(html_sources)} HTML files\r\n").encode()
    b.record("warcinfo", "", info, "application/warc-fields")
    target = int(size_mb * 1e6)
    planted: list[str] = []
    n = 0
    avg = sum(len(s.body) for s in html_sources) / len(html_sources)
    est_pages = max(int(target / (avg + 1200)), 1)
    # the share asked for, but at least 12 planted pages (4 of each kind) in any size
    every = max(min(int(1 / claim_share), est_pages // 12), 1) if claim_share > 0 else 0
    while b.uncompressed < target:
        n += 1
        host = f"site{n % 97}.example.org"
        if other and n % 20 == 0 and not (every and n % every == 0):  # ~5% static resources
            s = other[rng.randrange(len(other))]
            b.page(f"https://{host}/static/{n}/{Path(s.path).name}", s.body, s.media_type, None)
            continue
        s = html_sources[rng.randrange(len(html_sources))]
        uri = f"https://{host}/docs/{n}/{Path(s.path).name}"
        if every and n % every == 0:
            kind = len(planted) % 3
            if kind == 0:
                claim = CLAIMS_EN[(len(planted) // 3) % len(CLAIMS_EN)]
                b.page(uri, plant(s.body, claim), "text/html", "utf-8")
            elif kind == 1:
                claim = CLAIMS_ZH[(len(planted) // 3) % len(CLAIMS_ZH)]
                b.page(uri, plant(s.body, claim), "text/html", "utf-8")
            else:
                claim = CLAIMS_ZH[(len(planted) // 3 + 1) % len(CLAIMS_ZH)]
                body = plant(s.body, claim).decode("utf-8").replace('charset="utf-8"', 'charset="gb18030"')
                b.page(uri, body.encode("gb18030", "replace"), "text/html", "gb18030")
            planted.append(uri)
        else:
            b.page(uri, s.body, "text/html", "utf-8")
    b.close()
    return b.uncompressed, planted, n


# --- measuring --------------------------------------------------------------------------------


# CPU seconds (user + system, this process and its finished children) of the fastest run of the
# last ``timed`` call: the cost of a step that other jobs on a shared machine inflate less than
# its wall time. Child processes count once reaped: a shell pipeline's zcat and grep, a batch
# run's client and its worker processes.
LAST_CPU = 0.0


def _cpu_now() -> float:
    import resource

    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def timed(fn, repeat: int):  # type: ignore[no-untyped-def]
    global LAST_CPU
    best = None
    result = None
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), _cpu_now()
        result = fn()
        dt, dc = time.perf_counter() - t0, _cpu_now() - c0
        if best is None or dt < best:
            best, LAST_CPU = dt, dc
    return best, result


def shell(cmd: str) -> str:
    return subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, check=False).stdout


def lexicon_terms() -> list[str]:
    try:
        from redline.rules import load_rules

        anchors = list(getattr(load_rules(), "anchors", ()) or ())
    except Exception:  # noqa: BLE001 - the benchmark must run while the engine changes
        anchors = []
    terms = anchors or list(FALLBACK_LEXICON)
    out: set[str] = set()
    for t in terms:
        t = t.rstrip("*")
        if len(t) < 2:
            continue
        out.add(t)
        out.add(t[:1].upper() + t[1:])  # grep -F is case-sensitive; the prefilter is not
    return sorted(out)


def fastwarc_iterate(path: Path) -> int:
    from fastwarc.warc import ArchiveIterator

    n = 0
    with open(path, "rb") as fh:
        for rec in ArchiveIterator(fh, parse_http=False):
            n += len(rec.reader.read())
    return n


_SPIN = "import time\nt=time.perf_counter()\nx=0\nfor i in range(20_000_000): x+=i\nprint(time.perf_counter()-t)"


def free_cores() -> float:
    """How much faster two CPU-bound processes finish than one after the other, right now.

    2.0 on an idle 2-core machine; about 1.0 when other jobs already keep one core busy. The
    best e/d this machine can show at this moment.
    """
    def spin(n: int) -> float:
        t0 = time.perf_counter()
        procs = [subprocess.Popen([sys.executable, "-c", _SPIN], stdout=subprocess.DEVNULL)
                 for _ in range(n)]
        for pr in procs:
            pr.wait()
        return time.perf_counter() - t0

    one = spin(1)
    two = spin(2)
    return 2 * one / two


# Environment of the redline processes timed here (see ``bytecode_cache``).
RUN_ENV: dict[str, str] | None = None

_IMPORTS = ("import redline.cli, redline.batch, redline.batch.runner, redline.pipeline, "
            "redline.extract, redline.rules, redline.report, dask.distributed, pyarrow.parquet, "
            "fastwarc.warc, distributed.dashboard.scheduler; from redline.cli import build_parser; "
            "build_parser()")


def bytecode_cache(work: Path) -> dict[str, str] | None:
    """An installed package has its bytecode compiled (pip does it); a machine that sets
    PYTHONDONTWRITEBYTECODE (this one does) would compile redline's modules again in every timed
    process. The timed processes get a bytecode cache in the work folder instead, filled by one
    untimed import of everything they use."""
    if not os.environ.get("PYTHONDONTWRITEBYTECODE"):
        return None
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    subprocess.run([sys.executable, "-c", _IMPORTS], env=env, check=False, capture_output=True)
    return env


def run_batch(path: Path, out: Path, workers: int, split_mb: float) -> dict:
    if out.exists():
        shutil.rmtree(out)
    cmd = [sys.executable, "-m", "redline", "batch", "--no-progress", str(path), "--out", str(out),
           "--workers", str(workers), "--split-bytes", f"{int(split_mb * 1024 * 1024)}"]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, env=RUN_ENV)
    if proc.returncode not in (0,):
        print(proc.stderr[-3000:], file=sys.stderr)
    return json.loads((out / "summary.json").read_text())


def batch_findings(out: Path) -> set[tuple]:
    from redline.batch import ResultsDir

    rows = ResultsDir(out).table("findings").to_pylist()
    return {(r["uri"], r["rule"], r["fingerprint"], r["record_offset"]) for r in rows if r["suppressed"] is None}


def scan_findings(report: dict) -> set[tuple]:
    return {(d["uri"], f["rule"], f["fingerprint"], f["location"].get("record_offset"))
            for d in report["documents"] for f in d["findings"] if not f.get("suppressed")}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size-mb", type=float, default=300, help="uncompressed WARC size (default 300)")
    ap.add_argument("--claim-share", type=float, default=0.005, help="share of planted claim pages")
    ap.add_argument("--split-mb", type=float, default=4, help="batch --split-bytes in MiB (default 4)")
    ap.add_argument("--repeat", type=int, default=1, help="keep the best of N runs of each step")
    ap.add_argument("--keep", metavar="DIR", help="build (or reuse) the WARC in DIR and keep it")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = ap.parse_args()

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="redline-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    warc = work / f"bench-{int(args.size_mb)}mb.warc.gz"
    meta_path = warc.with_suffix(".json")
    try:
        if warc.exists() and meta_path.exists():
            meta = json.loads(meta_path.read_text())
        else:
            t0 = time.perf_counter()
            size, planted, pages = build_warc(warc, args.size_mb, args.claim_share, args.seed)
            meta = {"uncompressed": size, "planted": planted, "pages": pages,
                    "build_seconds": round(time.perf_counter() - t0, 1)}
            meta_path.write_text(json.dumps(meta))
        U = meta["uncompressed"]
        mb = U / 1e6
        comp = warc.stat().st_size
        print(f"WARC: {warc} ({comp / 1e6:.0f} MB gzip, {mb:.0f} MB uncompressed, "
              f"{meta['pages']} pages, {len(meta['planted'])} planted claims)")
        print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} "
              f"(shared; figures are noisy)\n")

        global RUN_ENV
        RUN_ENV = bytecode_cache(work)
        lex = work / "lexicon.txt"
        terms = lexicon_terms()
        lex.write_text("\n".join(terms) + "\n", encoding="utf-8")

        rows: list[tuple[str, float]] = []
        cpu: dict[str, float] = {}  # CPU seconds by step (see LAST_CPU)
        ta, _ = timed(lambda: shell(f"zcat '{warc}' > /dev/null"), args.repeat)
        rows.append(("(a) zcat > /dev/null", ta))
        cpu["a"] = LAST_CPU
        tb, grep_out = timed(lambda: shell(f"zcat '{warc}' | grep -F -c -f '{lex}'"), args.repeat)
        rows.append((f"(b) zcat | grep -F -c -f LEXICON ({len(terms)} terms)", tb))
        cpu["b"] = LAST_CPU
        tc, _ = timed(lambda: fastwarc_iterate(warc), args.repeat)
        rows.append(("(c) FastWARC iteration over all payloads", tc))
        cpu["c"] = LAST_CPU
        td, sd = timed(lambda: run_batch(warc, work / "batch-w1", 1, args.split_mb), args.repeat)
        rows.append(("(d) redline batch --workers 1, end to end", td))
        cpu["d"] = LAST_CPU
        td_scan = sd["run"]["scan_seconds"]
        rows.append(("(d') redline batch --workers 1, scan phase", td_scan))
        cpu["d'"] = sd.get("time_ms", {}).get("cpu", 0) / 1000  # the workers' CPU in their tasks
        te, se = timed(lambda: run_batch(warc, work / "batch-w2", 2, args.split_mb), args.repeat)
        rows.append(("(e) redline batch --workers 2, end to end", te))
        cpu["e"] = LAST_CPU
        te_scan = se["run"]["scan_seconds"]
        rows.append(("(e') redline batch --workers 2, scan phase", te_scan))
        cpu["e'"] = se.get("time_ms", {}).get("cpu", 0) / 1000
        report_path = work / "scan.json"

        def scan() -> int:
            with open(report_path, "w") as fh:
                return subprocess.run([sys.executable, "-m", "redline", "scan", "--format", "json",
                                       "--no-progress", str(warc)], stdout=fh, check=False,
                                      env=RUN_ENV).returncode

        tf, _ = timed(scan, 1)
        rows.append(("(f) redline scan --format json (one process)", tf))
        cpu["f"] = LAST_CPU

        print(f"{'step':58} {'seconds':>8} {'MB/s':>8} {'CPU s':>8} {'MB/CPU s':>9}")
        for name, sec in rows:
            c = cpu.get(name[1:name.index(")")], 0.0)
            print(f"{name:58} {sec:8.2f} {mb / sec:8.1f} {c:8.2f} {mb / c if c else 0:9.1f}")
        print("(CPU s: all processes of the step, user + system; d' and e': the workers' CPU in "
              "their tasks)\n")
        ratios = {
            "d/b": tb / td, "d'/b": tb / td_scan, "e/d": td / te, "e'/d'": td_scan / te_scan,
            "d/b cpu": cpu["b"] / cpu["d"] if cpu["d"] else 0.0,
            "d'/b cpu": cpu["b"] / cpu["d'"] if cpu["d'"] else 0.0,
        }
        notes = {"d/b": "end to end; target >= 1.5", "d'/b": "scan phase",
                 "e/d": "end to end; target >= 1.8", "e'/d'": "scan phase",
                 "d/b cpu": "CPU seconds of grep's pipeline / of the whole batch run",
                 "d'/b cpu": "CPU seconds of grep's pipeline / of the worker's tasks"}
        for name, value in ratios.items():
            print(f"{name:8}= {value:.2f}   ({notes[name]})")
        cores = free_cores()
        ratios["free_cores"] = cores
        print(f"two CPU-bound processes ran {cores:.2f} x as fast as one just now: the ceiling "
              "for e/d on this machine at this moment")
        docs = sd["documents"]
        print(f"prefilter: {sd['documents_extracted']:,} of {docs:,} documents parsed "
              f"({100 * sd['documents_extracted'] / max(docs, 1):.1f}%), grep matched "
              f"{grep_out.strip() or '0'} lines")
        tm = sd.get("time_ms", {})
        if tm:
            rf = tm.get("read_and_filter", 0) / 1000
            print(f"batch --workers 1, time in the worker: {rf:.1f} s reading, decompressing, "
                  f"filtering and prefiltering all records ({mb / max(rf, 1e-9):.0f} MB/s, "
                  f"{tb / max(rf, 1e-9):.1f} x grep), {tm.get('pipeline', 0) / 1000:.1f} s in the "
                  f"pipeline (parse + rules) for the {sd['documents_extracted']:,} that passed "
                  f"({tm.get('pipeline', 0) / max(sd['documents_extracted'], 1):.1f} ms a page); "
                  + ", ".join(f"{k} {v / 1000:.1f} s" for k, v in tm.items()
                              if k not in ("read_and_filter", "pipeline", "cpu")))
            tm2 = se.get("time_ms", {})
            wall1 = tm.get("read_and_filter", 0) + tm.get("pipeline", 0)
            wall2 = tm2.get("read_and_filter", 0) + tm2.get("pipeline", 0)
            print(f"task time summed over workers: {wall1 / 1000:.1f} s with 1 worker, "
                  f"{wall2 / 1000:.1f} s with 2 (CPU {tm.get('cpu', 0) / 1000:.1f} s and "
                  f"{tm2.get('cpu', 0) / 1000:.1f} s): when the sum grows with 2 workers while CPU "
                  "does not, the second core was busy with other work")

        # correctness
        ok = True
        report = json.loads(report_path.read_text())
        ref = scan_findings(report)
        for label, out in (("workers 1", work / "batch-w1"), ("workers 2", work / "batch-w2")):
            got = batch_findings(out)
            missing, extra = ref - got, got - ref
            print(f"batch {label}: {len(got)} findings; vs scan: {len(missing)} missing, {len(extra)} extra")
            ok &= not missing and not extra
        found_uris = {f[0] for f in ref}
        missed = [u for u in meta["planted"] if u not in found_uris]
        print(f"planted claims found: {len(meta['planted']) - len(missed)} of {len(meta['planted'])}")
        for u in missed:
            print(f"  MISSING: {u}")
        ok &= not missed
        if args.json:
            Path(args.json).write_text(json.dumps({
                "uncompressed_mb": mb, "gzip_mb": comp / 1e6, "pages": meta["pages"],
                "planted": len(meta["planted"]), "seconds": dict(rows),
                "mb_per_s": {k: mb / v for k, v in rows}, "cpu_seconds": cpu, "ratios": ratios,
                "load_average": os.getloadavg()[0], "correct": ok}, indent=2))
        print("\nRESULT:", "all checks passed" if ok else "CHECKS FAILED")
        return 0 if ok else 1
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
