"""Apprise notifier: one stored Apprise URL (``mailto://``, ``slack://``, ``json://``, ...).

Apprise reports failure as ``False`` and writes the reason to its logger; we capture that log
so the outbox records why a delivery failed.
"""

from __future__ import annotations

import logging

from redline.notify.base import Message, NotifyError, notifiers

logger = logging.getLogger(__name__)


@notifiers.register("apprise")
class AppriseNotifier:
    def __init__(self, url: str, *, timeout: float = 15.0) -> None:
        import apprise

        self._apprise = apprise
        asset = apprise.AppriseAsset(async_mode=False)
        self._app = apprise.Apprise(asset=asset)
        if not self._app.add(url):
            raise NotifyError("not a valid Apprise URL (see https://github.com/caronc/apprise/wiki)")
        for server in self._app:
            # Apprise's default socket timeouts are generous; bound them so a dead endpoint
            # does not stall the watcher.
            if hasattr(server, "socket_connect_timeout"):
                server.socket_connect_timeout = timeout
            if hasattr(server, "socket_read_timeout"):
                server.socket_read_timeout = timeout

    def send(self, message: Message) -> None:
        apprise = self._apprise
        with apprise.LogCapture(level=apprise.logging.WARNING) as captured:
            ok = self._app.notify(title=message.title, body=message.body,
                                  body_format=apprise.NotifyFormat.TEXT,
                                  notify_type=_type(message.kind))
        if not ok:
            reason = " ".join(captured.getvalue().split())[-500:] or "no reason given"
            raise NotifyError(f"Apprise could not deliver: {reason}")


def _type(kind: str) -> str:
    from apprise import NotifyType

    if kind in ("appeared", "reappeared"):
        return NotifyType.FAILURE  # a ban-relevant claim is online: the alarming kind
    if kind in ("removed", "page-gone"):
        return NotifyType.WARNING
    return NotifyType.INFO
