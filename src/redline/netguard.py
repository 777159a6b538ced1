"""Network guard: which URLs and addresses redline may fetch from, enforced at connect time.

redline fetches pages that strangers point it at (watch lists, crawls). Without a guard a URL
such as ``http://169.254.169.254/latest/meta-data/`` or ``http://10.0.0.5/admin`` would turn the
tool into a proxy into the operator's own network (SSRF). The guard:

- refuses every scheme but ``http`` and ``https`` (``file:``, ``ftp:``, ``data:``, ...);
- resolves the host name **once**, refuses it if *any* resolved address is loopback, private
  (RFC 1918, ULA), link-local, CGNAT (100.64/10), multicast, unspecified, reserved, or a cloud
  metadata address, and then connects to exactly the address it checked (``GuardedTransport``
  pins it), so a DNS answer that changes between check and connect (DNS rebinding) cannot slip
  through; the Host header and TLS SNI/certificate check keep the original name;
- is applied to every hop of a redirect chain, because each hop is a new request through the
  same transport.

``allow_private=True`` (``--allow-private``) allows loopback and private ranges, for intranet
captures and the test suite's loopback fixture site. Cloud metadata endpoints stay refused even
then (note 2026-11: nobody needs to archive them, and refusing them costs nothing).

Refusals raise ``RefusedURL`` (a ``FetchError``) *before* any socket is opened.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import httpx

from redline.errors import FetchError

logger = logging.getLogger(__name__)

ALLOWED_SCHEMES = frozenset({"http", "https"})

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Refused even with allow_private.
METADATA_ADDRESSES = frozenset({
    ipaddress.ip_address("169.254.169.254"),  # AWS, GCP, Azure, OpenStack, DigitalOcean
    ipaddress.ip_address("169.254.170.2"),  # AWS ECS task metadata
    ipaddress.ip_address("100.100.100.200"),  # Alibaba Cloud
    ipaddress.ip_address("fd00:ec2::254"),  # AWS IPv6
})
CGNAT = ipaddress.ip_network("100.64.0.0/10")

Resolver = Callable[[str, int], Sequence[str]]


class RefusedURL(FetchError):
    """The URL was refused by the network guard (scheme, or the address it resolves to)."""

    kind = "refused"


def system_resolver(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (IPv4 and IPv6), in resolver order, de-duplicated."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve {host}: {exc.strerror or exc}") from exc
    out: list[str] = []
    for info in infos:
        addr = str(info[4][0]).split("%", 1)[0]
        if addr not in out:
            out.append(addr)
    return out


def classify(ip: IPAddress) -> str | None:
    """Why ``ip`` is not a public address ("loopback", "private", ...), or None if public."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return classify(ip.ipv4_mapped)
    if ip in METADATA_ADDRESSES:
        return "metadata"
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_multicast:
        return "multicast"
    if ip.is_unspecified:
        return "unspecified"
    if isinstance(ip, ipaddress.IPv4Address) and ip in CGNAT:
        return "cgnat"
    if ip.is_private:
        return "private"
    if ip.is_reserved:
        return "reserved"
    return None


@dataclass(frozen=True, slots=True, kw_only=True)
class NetGuard:
    """The policy: ``check_url`` for schemes, ``resolve`` for addresses (pinned by the caller)."""

    allow_private: bool = False
    resolver: Resolver = system_resolver

    def check_url(self, url: str | httpx.URL) -> httpx.URL:
        u = httpx.URL(str(url)) if not isinstance(url, httpx.URL) else url
        if u.scheme not in ALLOWED_SCHEMES:
            raise RefusedURL(f"refused {str(url)[:200]}: scheme {u.scheme or '(none)'!r} is not "
                             "http or https")
        if not u.host:
            raise RefusedURL(f"refused {str(url)[:200]}: no host")
        return u

    def check_ip(self, ip: IPAddress, host: str) -> None:
        why = classify(ip)
        if why is None:
            return
        if why == "metadata":
            raise RefusedURL(f"refused {host}: {ip} is a cloud metadata address (never fetched)")
        if not self.allow_private:
            raise RefusedURL(f"refused {host}: resolves to {why} address {ip} "
                             "(use --allow-private to capture from private networks)")

    def resolve(self, host: str, port: int) -> str:
        """The one address to connect to for ``host``; refuses if any address is not allowed."""
        try:
            literal = ipaddress.ip_address(host.strip("[]"))
        except ValueError:
            literal = None
        if literal is not None:
            self.check_ip(literal, host)
            return str(literal)
        addresses = list(self.resolver(host, port))
        if not addresses:
            raise FetchError(f"cannot resolve {host}: no address")
        for a in addresses:
            self.check_ip(ipaddress.ip_address(a), host)
        return addresses[0]


class GuardedTransport(httpx.BaseTransport):
    """An httpx transport that checks every request with a ``NetGuard`` and pins the address.

    The request is sent to the checked IP literal; the ``Host`` header (set by httpx from the
    original URL) and the TLS ``sni_hostname`` keep the name, so virtual hosting and certificate
    verification work as usual. The pinned IP is reported in ``response.extensions["peer_ip"]``
    (recorded as WARC-IP-Address).
    """

    def __init__(self, guard: NetGuard, *, verify: bool | ssl.SSLContext = True,
                 retries: int = 0) -> None:
        self.guard = guard
        self._inner = httpx.HTTPTransport(verify=verify, retries=retries, http2=False)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = self.guard.check_url(request.url)
        port = url.port or (443 if url.scheme == "https" else 80)
        ip = self.guard.resolve(url.host, port)
        pinned_host = ip
        pinned = url.copy_with(host=pinned_host)
        extensions = dict(request.extensions)
        if url.scheme == "https":
            extensions["sni_hostname"] = url.host
        pinned_request = httpx.Request(
            request.method, pinned, headers=request.headers, stream=request.stream,
            extensions=extensions,
        )
        logger.debug("connect %s -> %s", url.host, ip)
        response = self._inner.handle_request(pinned_request)
        response.extensions = {**response.extensions, "peer_ip": ip}
        return response

    def close(self) -> None:
        self._inner.close()


__all__ = ["ALLOWED_SCHEMES", "GuardedTransport", "METADATA_ADDRESSES", "NetGuard", "RefusedURL",
           "classify", "system_resolver"]
