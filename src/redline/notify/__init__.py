"""Notifications: a Notifier protocol, a registry by URL scheme, Apprise and webhook senders."""

from __future__ import annotations

from redline.notify.base import Message, Notifier, NotifyError, notifier_for

__all__ = ["Message", "Notifier", "NotifyError", "notifier_for"]
