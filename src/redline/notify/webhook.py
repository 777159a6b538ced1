"""Plain JSON webhook: ``webhook+https://host/path`` POSTs the whole event as JSON.

For receivers that want structured fields (kind, source, url, fingerprint, evidence, diff,
archive) rather than Apprise's title/body. Any non-2xx answer is a failed delivery.
"""

from __future__ import annotations

import httpx

from redline.notify.base import Message, NotifyError, notifiers


class WebhookNotifier:
    def __init__(self, url: str, *, timeout: float = 15.0) -> None:
        scheme, sep, rest = url.partition("://")
        if not sep or scheme.lower() not in ("webhook+http", "webhook+https"):
            raise NotifyError("webhook URLs look like webhook+https://host/path")
        self.target = f"{scheme.lower().split('+', 1)[1]}://{rest}"
        self.timeout = timeout

    def send(self, message: Message) -> None:
        payload = {"version": 1, **message.to_dict()}
        try:
            resp = httpx.post(self.target, json=payload, timeout=self.timeout,
                              headers={"User-Agent": "redline-watch"})
        except httpx.HTTPError as exc:
            raise NotifyError(f"webhook POST failed: {type(exc).__name__}: {exc}") from exc
        if not 200 <= resp.status_code < 300:
            raise NotifyError(f"webhook answered HTTP {resp.status_code}")


notifiers.add("webhook+http", WebhookNotifier)
notifiers.add("webhook+https", WebhookNotifier)
