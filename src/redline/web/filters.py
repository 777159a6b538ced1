"""Jinja filters and globals of the web templates (dates, highlighting, query strings)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment
from markupsafe import Markup, escape

from redline.report.table import context_window


def when(value: datetime | None) -> str:
    if value is None:
        return "—"
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def highlight(context: str, evidence: str, width: int = 600) -> Markup:
    """The context with the evidence marked (both escaped); the evidence alone if not inside."""
    before, ev, after = context_window(context or "", evidence or "", width)
    if not before and not after and context and context.strip() != (evidence or "").strip():
        return Markup('<mark class="evidence">{}</mark><span class="apart">{}</span>').format(
            escape(ev), escape(context[:width]))
    return Markup('{}<mark class="evidence">{}</mark>{}').format(escape(before), escape(ev), escape(after))


def query(params: dict[str, Any], **changes: Any) -> str:
    merged = {k: v for k, v in {**params, **changes}.items() if v not in (None, "")}
    return urlencode(merged)


def install(env: Environment) -> None:
    env.filters["when"] = when
    env.filters["highlight"] = highlight
    env.globals["query"] = query
