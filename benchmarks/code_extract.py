"""Benchmark: source-code extraction (``extract/code.py``) against an older revision's, in one run.

The documents are those a real tree scan extracts: the files under the system C headers and the
installed Python standard library that pass the rule set's raw-byte prefilter and go to the code
extractor (a few hundred; test_*.py modules, X11/xcb headers). Both extractors run in this
process, interleaved, on the same decoded texts; the older one is ``extract/code.py`` as of
``--vs`` (read with ``git show``, loaded as a separate module). Each file's segments must be the
same from both (text, kind, locator, group): the benchmark fails loudly otherwise. Prints the
best-of-N total time of each and the ratio, the slowest files, and (``--setup``) the cost of
the first Python file in a fresh interpreter, where lexer set-up is paid. Not a test: figures
vary by machine.

    python benchmarks/code_extract.py [--vs REV] [--repeat N] [--tree DIR]... [--files LIST] [--setup]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import sysconfig
import time
import types
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BASE_REV = "15e33dc"  # code.py before the extraction speed-up (Python fast path of 2b637cb)


def default_trees() -> list[str]:
    trees = [t for t in ("/usr/include", sysconfig.get_paths()["stdlib"]) if os.path.isdir(t)]
    return trees


def load_revision(rev: str) -> types.ModuleType:
    """``src/redline/extract/code.py`` as of ``rev``, as a module that registers nothing."""
    source = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:src/redline/extract/code.py"],
                            check=True, capture_output=True, text=True).stdout
    source = source.replace('@extractors.register("code")\n', "")
    name = f"redline_code_{rev.replace('/', '_').replace('~', '_')}"
    module = types.ModuleType(name)
    module.__file__ = f"<{rev}:code.py>"
    sys.modules[name] = module  # dataclasses look their module up
    exec(compile(source, module.__file__, "exec"), module.__dict__)  # noqa: S102 - our own file
    return module


def passing_files(trees: list[str], listed: list[str] | None = None) -> list[tuple[str, str, str]]:
    """(path, media type, decoded text) of the files the code extractor gets in a tree scan
    (or of the ``listed`` files it would get, prefilter or not)."""
    from redline.errors import UnsupportedMediaType
    from redline.extract.base import extractor_for
    from redline.rules import load_rules
    from redline.sniff import sniff
    from redline.sources.files import FileSource
    from redline.text.decode import decode_bytes

    rules = load_rules()
    source = FileSource(listed or trees, exclude=["site-packages", "dist-packages", "__pycache__"])
    out = []
    for doc in source.documents():
        if not doc.path:
            continue
        try:
            data = Path(doc.path).read_bytes()
        except OSError:
            continue
        if listed is None and not rules.prefilter(data):
            continue
        mt = sniff(data, name=doc.name, hint=doc.media_type)
        try:
            name = extractor_for(mt).name
        except UnsupportedMediaType:
            name = None
        if name != "code":
            continue
        out.append((doc.path, mt, decode_bytes(data, declared=doc.charset).text))
    return out


def extract(module: Any, path: str, mt: str, text: str, limits: Any) -> list[tuple[Any, ...]]:
    """What ``CodeExtractor.extract`` yields for the text (decoding and sniffing done)."""
    found = module.tokenize(text, mt, path)
    if found is None:
        from redline.extract.text import segment_lines

        segs = segment_lines(text, max_chars=limits.max_line_chars)
    else:
        tokens, brace_blocks = found
        segs = module.CodeWalker(text, tokens, limits, brace_blocks=brace_blocks).segments()
    return [(s.text, s.kind, s.locator, s.group, s.verbatim) for s in segs]


def first_python_file(which: str, rev: str) -> float:
    """Seconds for the first Python file in this (fresh) interpreter, set-up included."""
    import redline.extract.code as current
    from redline.limits import Limits

    module = current if which == "new" else load_revision(rev)
    path = sysconfig.get_paths()["stdlib"] + "/datetime.py"
    text = Path(path).read_text(encoding="utf-8")
    t0 = time.perf_counter()
    extract(module, path, "text/x-python", text, Limits())
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--vs", default=BASE_REV, help=f"older revision (default {BASE_REV})")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--tree", action="append")
    ap.add_argument("--files", help="a list of files (one path a line) instead of the prefilter's")
    ap.add_argument("--setup", action="store_true", help="also time the first Python file")
    ap.add_argument("--first-file", choices=("old", "new"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.first_file:
        print(first_python_file(args.first_file, args.vs))
        return 0

    import redline.extract.code as current
    from redline.limits import Limits

    old = load_revision(args.vs)
    limits = Limits()
    listed = Path(args.files).read_text(encoding="utf-8").split() if args.files else None
    files = passing_files(args.tree or default_trees(), listed)
    langs: dict[str, int] = {}
    for _p, mt, _t in files:
        langs[mt] = langs.get(mt, 0) + 1
    print(f"{len(files)} files ({', '.join(f'{n} {k}' for k, n in sorted(langs.items()))}), "
          f"{sum(len(t) for _p, _m, t in files) / 1e6:.1f} M characters")
    # warm both (lexer set-up, regex caches) and check the segments are the same
    for path, mt, text in files:
        a = extract(old, path, mt, text, limits)
        b = extract(current, path, mt, text, limits)
        if a != b:
            first = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
            print(f"DIFFERENT segments: {path} at #{first}: "
                  f"{a[first] if first < len(a) else None} vs {b[first] if first < len(b) else None}")
            return 1
    best = {"old": {}, "new": {}}  # type: dict[str, dict[str, float]]
    for _ in range(args.repeat):
        for which, module in (("old", old), ("new", current)):
            for path, mt, text in files:
                t0 = time.perf_counter()
                extract(module, path, mt, text, limits)
                dt = time.perf_counter() - t0
                best[which][path] = min(best[which].get(path, dt), dt)
    for kind in sorted(langs):
        o = sum(best["old"][p] for p, mt, _t in files if mt == kind)
        n = sum(best["new"][p] for p, mt, _t in files if mt == kind)
        print(f"  {kind:16s} old {o * 1000:8.1f} ms  new {n * 1000:8.1f} ms  ratio {o / n:5.2f}x")
    o, n = sum(best["old"].values()), sum(best["new"].values())
    print(f"total (best of {args.repeat}) old {o * 1000:.1f} ms, new {n * 1000:.1f} ms: "
          f"{o / n:.2f}x faster (segments identical on {len(files)} files)")
    print("slowest now:")
    for path in sorted(best["new"], key=best["new"].__getitem__, reverse=True)[:6]:
        print(f"  {best['new'][path] * 1000:7.1f} ms (was {best['old'][path] * 1000:7.1f}) {path}")
    if args.setup:
        for which in ("old", "new"):
            runs = [float(subprocess.run([sys.executable, __file__, "--vs", args.vs, "--first-file",
                                          which], check=True, capture_output=True,
                                         text=True).stdout) for _ in range(2)]
            print(f"first Python file in a fresh process ({which}): {min(runs) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
