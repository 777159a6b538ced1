"""Schemathesis against the generated OpenAPI document: no operation answers 5xx.

The app runs on a real uvicorn server on 127.0.0.1 over its own fresh SQLite store (one source
captured by a real watch run, so ids resolve to real rows), logged in as an admin with the
session's CSRF token, so every operation is reached past authentication. Generated data is
bounded (a few examples per operation) to keep the run short. Scan-on-demand cases are sent
without URLs: fetching random host names would mean DNS queries off this machine (URL scans
are covered in test_web_api.py). ``POST /api/logout`` is left out: it ends the session.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import requests
from web_helpers import free_port
from web_fixture_site import Site

EXAMPLES = 5


def test_no_operation_answers_5xx(site: Site, tmp_path: Path, ruleset) -> None:  # type: ignore[no-untyped-def]
    import schemathesis
    import uvicorn
    from hypothesis import HealthCheck, Phase, given, settings

    from redline.store.repo import Repo
    from redline.watch.runner import Watcher, WatchSettings
    from redline.web.app import create_app
    from redline.web.security import hash_password
    from redline.web.settings import WebSettings

    repo = Repo.open(f"sqlite:///{tmp_path / 'fuzz.db'}")
    repo.add_source(site.base + "/products/fuzz.html", name="Vendor F", allow_private=True, tags=["vendor:f"])
    site.version = "v2"
    Watcher(repo, WatchSettings(archive_dir=tmp_path / "archive", allow_private=True, rate_per_host=100.0,
                                retries=0), ruleset).run_once(all_sources=True)
    assert repo.list_findings()
    repo.add_user("root", "admin", hash_password("root-pass-1"))
    app = create_app(WebSettings.from_data_dir(tmp_path), repo, ruleset=ruleset)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error", lifespan="off"))
    th = threading.Thread(target=server.run, daemon=True)
    th.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    try:
        s = requests.Session()
        import re

        tok = re.search(r'name="csrf_token" value="([^"]+)"', s.get(f"{base}/login").text).group(1)  # type: ignore[union-attr]
        r = s.post(f"{base}/login", data={"username": "root", "password": "root-pass-1", "csrf_token": tok},
                   allow_redirects=False)
        assert r.status_code == 303
        me = s.get(f"{base}/api/me").json()
        headers = {"X-CSRF-Token": me["csrf_token"]}
        doc = s.get(f"{base}/openapi.json").json()
        schema = schemathesis.openapi.from_dict(doc)
        failures: list[str] = []
        calls = 0
        from collections import Counter

        statuses: Counter[int] = Counter()
        for result in schema.get_all_operations():
            op = result.ok()
            if op.path == "/api/logout":
                continue  # it would end the session the other operations run in

            @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                      phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
            @given(case=op.as_strategy())
            def check(case) -> None:  # type: ignore[no-untyped-def]
                nonlocal calls
                if op.path == "/api/scans" and isinstance(case.body, dict):
                    case.body = {k: v for k, v in case.body.items() if k != "urls"}
                if op.path == "/api/users/{name}" and case.path_parameters.get("name") == "root":
                    return  # the one account the session needs
                resp = case.call(base_url=base, session=s, headers=headers, timeout=30)
                calls += 1
                if op.path != "/api/login":  # random credentials: 401 is the right answer there
                    statuses[resp.status_code] += 1
                if resp.status_code >= 500:
                    failures.append(f"{op.method.upper()} {op.path} -> {resp.status_code}: {resp.text[:200]}")

            check()
        assert calls >= 20
        # Authenticated: most calls got past the login and CSRF checks.
        assert sum(n for st, n in statuses.items() if 200 <= st < 300) >= 20, statuses
        assert statuses[401] == 0, statuses
        assert failures == [], "\n".join(failures)
        assert s.get(f"{base}/api/me").status_code == 200  # still logged in, the account intact
    finally:
        server.should_exit = True
        th.join(10)
        repo.close()
