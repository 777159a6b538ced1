"""HTTPS through the guard: the connection is pinned to the checked IP, yet TLS still verifies
the certificate against the host *name* (SNI), so pinning does not weaken certificate checks."""

from __future__ import annotations

import datetime as dt
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from redline.errors import FetchError
from redline.netguard import NetGuard
from redline.sources.http import HttpFetcher

crypto = pytest.importorskip("cryptography")


def _certs(tmp_path):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "redline test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(1)
          .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "vendor.test")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(2)
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("vendor.test")]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    pem = serialization.Encoding.PEM
    (tmp_path / "ca.pem").write_bytes(ca.public_bytes(pem))
    (tmp_path / "leaf.pem").write_bytes(leaf.public_bytes(pem))
    (tmp_path / "leaf.key").write_bytes(key.private_bytes(
        pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return tmp_path / "ca.pem", tmp_path / "leaf.pem", tmp_path / "leaf.key"


@pytest.fixture
def tls_site(tmp_path):
    ca, cert, key = _certs(tmp_path)
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *a: object) -> None:
            return

        def do_GET(self) -> None:  # noqa: N802
            seen.append(self.headers.get("Host", ""))
            body = b"<html><body>secure</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(cert, key)
    server.socket = sctx.wrap_socket(server.socket, server_side=True)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield server.server_address[1], ssl.create_default_context(cafile=str(ca)), seen
    server.shutdown()
    server.server_close()


def test_pinned_https_verifies_the_name(tls_site):
    port, ctx, seen = tls_site
    guard = NetGuard(allow_private=True, resolver=lambda h, p: ["127.0.0.1"])
    with HttpFetcher(guard=guard, verify_tls=ctx, rate_per_host=0, retries=0) as f:
        hop = f.fetch_hop(f"https://vendor.test:{port}/")
        assert hop.status == 200 and hop.peer_ip == "127.0.0.1"
        assert seen == [f"vendor.test:{port}"]
        # same server and IP, but a name the certificate does not cover: refused by TLS
        with pytest.raises(FetchError, match="(?i)certificate|hostname"):
            f.fetch_hop(f"https://other.test:{port}/")
