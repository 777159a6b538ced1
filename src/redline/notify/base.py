"""The Notifier protocol, the message it sends, and the registry that picks one for a URL.

A notifier is built from one stored URL and sends one ``Message`` at a time, raising
``NotifyError`` when delivery failed (the watcher's outbox then retries later). The registry
maps URL schemes to notifier classes: ``webhook+http://`` and ``webhook+https://`` go to the
plain JSON webhook (``webhook.py``); every other scheme goes to Apprise (``apprise.py``), which
speaks email, Slack, Matrix, Telegram, ``json://`` and some hundred more. Adding a notifier is
adding a file that registers a class.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Protocol

from redline.errors import RedlineError
from redline.registry import Registry


class NotifyError(RedlineError):
    """A message could not be delivered (the reason is in the text)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Message:
    title: str
    body: str
    kind: str
    severity: str
    source: str
    url: str
    fingerprint: str | None = None
    evidence: str | None = None
    previous_evidence: str | None = None
    diff: str = ""
    archive: str | None = None  # file:// URI of the archived WARC record
    link: str | None = None  # web UI page, when a base URL is configured
    at: str = ""
    event_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Notifier(Protocol):
    """Sends messages to one destination."""

    def send(self, message: Message) -> None:
        """Deliver or raise ``NotifyError``."""


class NotifierFactory(Protocol):
    def __call__(self, url: str, *, timeout: float = ...) -> Notifier: ...


notifiers: Registry[Any] = Registry("notifier")


def scheme_of(url: str) -> str:
    return url.split("://", 1)[0].lower() if "://" in url else ""


def notifier_for(url: str, *, timeout: float = 15.0) -> Notifier:
    """The notifier for a stored URL (raises ``NotifyError`` for an unusable URL)."""
    # Import the built-in notifiers so they register.
    from redline.notify import apprise as _apprise  # noqa: F401
    from redline.notify import webhook as _webhook  # noqa: F401

    scheme = scheme_of(url)
    cls = notifiers.get(scheme) if scheme in notifiers else notifiers.get("apprise")
    return cls(url, timeout=timeout)


def redact(url: str) -> str:
    """A notifier URL with its credentials and tokens hidden, for listings and logs."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return "***"
    host = rest.split("/", 1)[0]
    if "@" in host:
        host = "***@" + host.rsplit("@", 1)[1]
    tail = rest[len(rest.split("/", 1)[0]):]
    return f"{scheme}://{host}{'/…' if tail.strip('/') else ''}"
