"""Turn stored events into what people read: notification messages and short evidence diffs.

Owns the wording of alerts. A message carries the vendor (source name), the page URL, the
evidence as a short diff (``+`` added, ``-`` removed), the severity, and where the archived
copy is (the WARC file and record offset, plus the ``redline evidence`` command that packs it
as a WACZ).
"""

from __future__ import annotations

import difflib
from pathlib import Path

from redline.notify.base import Message
from redline.store.repo import EventRow, SnapshotRow
from redline.store.tables import EventKind

_HEADLINES = {
    EventKind.APPEARED: "claim appeared",
    EventKind.REMOVED: "claim removed (page still online)",
    EventKind.PAGE_GONE: "page gone",
    EventKind.REAPPEARED: "claim reappeared",
    EventKind.CHANGED: "claim text changed",
}

MAX_EVIDENCE_CHARS = 400


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_EVIDENCE_CHARS else text[: MAX_EVIDENCE_CHARS - 1] + "…"


def evidence_diff(event: EventRow) -> str:
    """``+``/``-`` lines: what was added or removed."""
    new = _clip(event.evidence or "")
    old = _clip(event.previous_evidence or "")
    if event.kind in (EventKind.APPEARED,):
        return f"+ {new}" if new else ""
    if event.kind in (EventKind.REMOVED, EventKind.PAGE_GONE):
        return f"- {old or new}" if (old or new) else ""
    if event.kind is EventKind.REAPPEARED:
        return f"+ {new}"
    if old == new:
        return f"  {new}"
    lines = [ln for ln in difflib.ndiff([old], [new]) if ln[:1] in "+-"]
    return "\n".join(lines)


def archive_location(snapshot: SnapshotRow | None, archive_dir: Path | None) -> str | None:
    """``file:///…/x.warc.gz#offset=123`` of the archived record, when there is one."""
    if snapshot is None or not snapshot.warc_path or snapshot.record_offset is None:
        return None
    path = Path(snapshot.warc_path)
    if archive_dir is not None and not path.is_absolute():
        path = archive_dir / path
    return f"{path.resolve().as_uri()}#offset={snapshot.record_offset}"


def build_message(event: EventRow, snapshot: SnapshotRow | None = None, *,
                  archive_dir: Path | None = None, base_url: str | None = None) -> Message:
    """The notification for one event."""
    headline = _HEADLINES[event.kind]
    severity = event.severity or "info"
    title = f"[redline] {event.source_name}: {headline}"
    if event.kind is not EventKind.PAGE_GONE or event.fingerprint:
        title += f" ({severity})"
    lines = [f"{headline} on {event.source_name}", f"URL: {event.url}", f"Severity: {severity}"]
    if event.rule:
        lines.append(f"Rule: {event.rule}")
    diff = evidence_diff(event)
    if diff:
        lines += ["Evidence:", diff]
    reason = event.detail.get("reason") if event.kind is EventKind.PAGE_GONE else None
    if reason:
        lines.append(f"Reason: {reason}")
    archived = archive_location(snapshot, archive_dir)
    link = None
    if event.fingerprint:
        lines.append(f"Fingerprint: {event.fingerprint}")
        lines.append(f"Evidence archive: redline evidence {event.fingerprint} -o {event.fingerprint[:12]}.wacz")
        if base_url:
            link = f"{base_url.rstrip('/')}/findings/{event.fingerprint}"
    if archived:
        lines.append(f"Archived copy: {archived}")
    lines.append(f"At: {event.at.isoformat().replace('+00:00', 'Z')}")
    return Message(
        title=title, body="\n".join(lines), kind=event.kind.value, severity=severity,
        source=event.source_name, url=event.url, fingerprint=event.fingerprint,
        evidence=event.evidence, previous_evidence=event.previous_evidence, diff=diff,
        archive=archived, link=link, at=event.at.isoformat().replace("+00:00", "Z"),
        event_id=event.id,
    )
