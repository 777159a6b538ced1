"""WACZ 1.1 packaging of captured WARC files, with hashes and optional offline signing.

``export_wacz(inputs, out)`` writes a zip (every member *stored*, not deflated, so WARC records
stay randomly accessible) with:

    archive/<name>.warc.gz     the WARC files, byte for byte
    indexes/index.cdxj         CDXJ index (SURT key, 14-digit timestamp, JSON with url, mime,
                               status, digest, length, offset, filename) of every response,
                               resource and metadata record, sorted
    pages/pages.jsonl          json-pages-1.0: one line per captured HTML page (not 3xx)
    datapackage.json           Frictionless data package: every file above with its sha256
                               hash and size, wacz_version, created, software, title
    datapackage-digest.json    sha256 of datapackage.json, and a signature when signing

Signing (offline). The ``wacz`` package signs only through a remote signing server (authsign over
HTTP, with a timestamping authority) and cannot sign offline. When a key is configured
(``--signing-key KEY.pem`` or ``REDLINE_SIGNING_KEY``; an ECDSA P-256 private key in PEM, e.g.
``openssl ecparam -name prime256v1 -genkey -noout -out key.pem``), redline adds its own
``signedData`` to ``datapackage-digest.json``, modelled on authsign's anonymous signatures:
``{"hash", "created", "software", "publicKey" (base64 DER SubjectPublicKeyInfo), "signature"
(base64 DER ECDSA-SHA256 over the UTF-8 bytes of "hash")}``. ``redline archive check`` verifies
it (and, given trusted keys, that the key is one of them). ``wacz validate`` accepts the package
and reports that a signature is present; it cannot verify this one (no timestamp certificate).
Signing needs the ``cryptography`` package.
"""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import io
import json
import logging
import os
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from redline.errors import ConfigError, UsageError

logger = logging.getLogger(__name__)

WACZ_VERSION = "1.1.1"


def find_warcs(inputs: Sequence[str | Path]) -> list[Path]:
    """WARC files named, or found (recursively, sorted) in folders named."""
    out: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file()
                              and (q.name.endswith(".warc.gz") or q.name.endswith(".warc"))))
        elif p.is_file():
            out.append(p)
        else:
            raise UsageError(f"{p}: no such file or folder")
    names = [p.name for p in out]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise UsageError(f"two WARC files share a name ({', '.join(sorted(dupes))}); a WACZ keeps "
                         "them side by side in archive/, so rename one")
    return out


def _surt(url: str) -> str:
    try:
        import surt

        return str(surt.surt(url))
    except Exception:  # noqa: BLE001 - surt raises assorted errors on odd URIs (urn:...)
        return url


def _timestamp14(warc_date: str) -> str:
    digits = "".join(ch for ch in warc_date if ch.isdigit())
    return (digits + "0" * 14)[:14]


def _index_warc(path: Path, filename: str) -> tuple[list[str], list[dict[str, object]]]:
    """CDXJ lines and page entries of one WARC file."""
    from warcio.archiveiterator import ArchiveIterator

    lines: list[str] = []
    pages: list[dict[str, object]] = []
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        for record in it:
            rtype = record.rec_type
            if rtype not in ("response", "resource", "metadata", "revisit"):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            date = record.rec_headers.get_header("WARC-Date") or ""
            entry: dict[str, object] = {"url": url}
            status = None
            if record.http_headers is not None and rtype in ("response", "revisit"):
                status = record.http_headers.get_statuscode()
                ct = record.http_headers.get_header("Content-Type") or ""
                entry["status"] = status
            else:
                ct = record.rec_headers.get_header("Content-Type") or ""
            mime = ct.split(";", 1)[0].strip().lower()
            entry["mime"] = mime or "unk"
            digest = record.rec_headers.get_header("WARC-Payload-Digest")
            if digest:
                entry["digest"] = digest
            record_id = record.rec_headers.get_header("WARC-Record-ID")
            record.raw_stream.read()  # advance so the length below is known
            offset = it.get_record_offset()
            length = it.get_record_length()
            entry.update({"length": str(length), "offset": str(offset), "filename": filename,
                          "recordId": record_id})
            if rtype != "response":
                entry["type"] = rtype
            lines.append(f"{_surt(url)} {_timestamp14(date)} {json.dumps(entry, ensure_ascii=False)}")
            if (rtype == "response" and mime in ("text/html", "application/xhtml+xml")
                    and status and not status.startswith("3")):
                pages.append({"url": url, "ts": date, "title": url,
                              "id": hashlib.sha256(f"{url} {date}".encode()).hexdigest()[:24]})
    return lines, pages


def export_wacz(inputs: Sequence[str | Path], out: str | Path, *, title: str | None = None,
                description: str | None = None, signing_key: str | Path | None = None) -> Path:
    """Package the WARC files in ``inputs`` (files or folders) into the WACZ file ``out``."""
    warcs = find_warcs(inputs)
    if not warcs:
        raise UsageError("no .warc or .warc.gz files to package")
    signing_key = signing_key or os.environ.get("REDLINE_SIGNING_KEY") or None
    key = _load_key(signing_key) if signing_key else None
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    all_lines: list[str] = []
    all_pages: list[dict[str, object]] = []
    for w in warcs:
        lines, pages = _index_warc(w, w.name)
        all_lines.extend(lines)
        all_pages.extend(pages)
    all_lines.sort()
    index_bytes = ("\n".join(all_lines) + "\n").encode("utf-8") if all_lines else b""
    header = {"format": "json-pages-1.0", "id": "pages", "title": "Pages"}
    pages_bytes = "".join(json.dumps(x, ensure_ascii=False) + "\n"
                          for x in [header, *all_pages]).encode("utf-8")
    from redline.outfile import atomic_target

    real = atomic_target(out)  # None: a device or pipe (-o /dev/null), written in place, never renamed over
    tmp = out if real is None else real.with_name(real.name + ".partial")
    now = _dt.datetime.now(_dt.UTC)
    zdate = now.timetuple()[:6]
    created = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    from redline import __version__

    software = f"redline {__version__}"
    resources: list[dict[str, object]] = []

    def add(zf: zipfile.ZipFile, path: str, src: Path | None = None, data: bytes = b"") -> None:
        info = zipfile.ZipInfo(path, zdate)
        info.compress_type = zipfile.ZIP_STORED
        h = hashlib.sha256()
        size = 0
        with zf.open(info, "w", force_zip64=True) as dst:
            stream = open(src, "rb") if src is not None else io.BytesIO(data)  # noqa: SIM115
            with stream:
                while piece := stream.read(1024 * 1024):
                    dst.write(piece)
                    h.update(piece)
                    size += len(piece)
        resources.append({"name": path.rsplit("/", 1)[-1].lower(), "path": path,
                          "hash": f"sha256:{h.hexdigest()}", "bytes": size})

    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_STORED, allowZip64=True) as zf:
        for w in warcs:
            add(zf, f"archive/{w.name}", src=w)
        add(zf, "indexes/index.cdxj", data=index_bytes)
        add(zf, "pages/pages.jsonl", data=pages_bytes)
        package: dict[str, object] = {"profile": "data-package", "resources": resources,
                                      "wacz_version": WACZ_VERSION, "created": created,
                                      "software": software}
        if title:
            package["title"] = title
        if description:
            package["description"] = description
        if all_pages:
            package["mainPageURL"] = all_pages[0]["url"]
            package["mainPageDate"] = all_pages[0]["ts"]
        dp_bytes = json.dumps(package, indent=2, ensure_ascii=False).encode("utf-8")
        zf.writestr(zipfile.ZipInfo("datapackage.json", zdate), dp_bytes)
        digest: dict[str, object] = {"path": "datapackage.json",
                                     "hash": f"sha256:{hashlib.sha256(dp_bytes).hexdigest()}"}
        if key is not None:
            digest["signedData"] = sign(key, str(digest["hash"]), created, software)
        zf.writestr(zipfile.ZipInfo("datapackage-digest.json", zdate),
                    json.dumps(digest, indent=2).encode("utf-8"))
    if real is not None:
        tmp.replace(real)
    logger.info("wrote %s (%d WARC files, %d index lines, %d pages)", out, len(warcs),
                len(all_lines), len(all_pages))
    return out


# --- signing --------------------------------------------------------------------------------


def _crypto():  # type: ignore[no-untyped-def]
    try:
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
    except ImportError as exc:
        raise ConfigError("signing a WACZ needs the cryptography package (pip install "
                          "cryptography)") from exc
    return hashes, serialization, ec


def _load_key(path: str | Path):  # type: ignore[no-untyped-def]
    hashes, serialization, ec = _crypto()
    try:
        key = serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise ConfigError(f"signing key {path}: cannot load an unencrypted PEM private key "
                          f"({exc})") from exc
    if not isinstance(key, ec.EllipticCurvePrivateKey) or key.curve.name != "secp256r1":
        raise ConfigError(f"signing key {path}: expected an ECDSA P-256 (prime256v1) key")
    return key


def public_key_b64(key) -> str:  # type: ignore[no-untyped-def]
    _, serialization, _ = _crypto()
    der = key.public_key().public_bytes(serialization.Encoding.DER,
                                        serialization.PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(der).decode("ascii")


def sign(key, hash_: str, created: str, software: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    hashes, _, ec = _crypto()
    sig = key.sign(hash_.encode("utf-8"), ec.ECDSA(hashes.SHA256()))
    return {"hash": hash_, "created": created, "software": software,
            "publicKey": public_key_b64(key), "signature": base64.b64encode(sig).decode("ascii")}


def verify_signature(signed: object, expected_hash: str, datapackage: dict[str, object],
                     trusted_keys: Iterable[str] = ()) -> tuple[bool, str]:
    """(ok, reason) for a redline ``signedData`` block."""
    if not isinstance(signed, dict):
        return False, "signedData is not an object"
    if signed.get("hash") != expected_hash:
        return False, "signed hash is not the hash of datapackage.json"
    if signed.get("created") != datapackage.get("created"):
        return False, "signed 'created' differs from datapackage.json"
    pub, sig = signed.get("publicKey"), signed.get("signature")
    if not pub or not sig:
        return False, "no publicKey/signature (a remote authsign signature? verify it with " \
                      "`wacz validate --verify-auth`)"
    trusted = [t.strip() for t in trusted_keys if t.strip()]
    if trusted and pub not in trusted:
        return False, "signed with a key that is not among the trusted keys"
    hashes, serialization, ec = _crypto()
    from cryptography.exceptions import InvalidSignature

    try:
        key = serialization.load_der_public_key(base64.b64decode(pub))
        key.verify(base64.b64decode(sig), expected_hash.encode("utf-8"),  # type: ignore[union-attr,call-arg]
                   ec.ECDSA(hashes.SHA256()))  # type: ignore[call-arg]
    except InvalidSignature:
        return False, "ECDSA signature does not match"
    except (ValueError, TypeError) as exc:
        return False, f"unreadable key or signature: {exc}"
    return True, "ok"


__all__ = ["WACZ_VERSION", "export_wacz", "find_warcs", "public_key_b64", "sign", "verify_signature"]
