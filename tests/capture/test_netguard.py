"""The network guard refuses before connecting, pins the checked address, and guards redirects."""

from __future__ import annotations

import ipaddress

import httpx
import pytest

from redline.capture import capture
from redline.errors import FetchError
from redline.netguard import NetGuard, RefusedURL, classify
from redline.sources.http import HttpFetcher


@pytest.mark.parametrize(("ip", "why"), [
    ("127.0.0.1", "loopback"), ("::1", "loopback"), ("10.0.0.1", "private"),
    ("172.16.5.4", "private"), ("192.168.1.1", "private"), ("fd12::1", "private"),
    ("169.254.10.1", "link-local"), ("fe80::1", "link-local"), ("100.64.0.1", "cgnat"),
    ("224.0.0.1", "multicast"), ("0.0.0.0", "unspecified"), ("169.254.169.254", "metadata"),
    ("fd00:ec2::254", "metadata"), ("::ffff:10.0.0.1", "private"), ("93.184.216.34", None),
    ("2606:4700::1111", None),
])
def test_classify(ip, why):
    assert classify(ipaddress.ip_address(ip)) == why


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://vendor.test/x", "data:text/plain,hi",
                                 "gopher://vendor.test/", "javascript:alert(1)"])
def test_non_http_schemes_are_refused(url):
    with pytest.raises(RefusedURL, match="scheme"):
        NetGuard(allow_private=True).check_url(url)


def test_every_address_of_a_name_is_checked():
    guard = NetGuard(resolver=lambda host, port: ["93.184.216.34", "10.1.2.3"])
    with pytest.raises(RefusedURL, match="private address 10.1.2.3"):
        guard.resolve("mixed.test", 80)
    assert NetGuard(resolver=lambda h, p: ["93.184.216.34"]).resolve("public.test", 80) == "93.184.216.34"


def test_metadata_is_refused_even_with_allow_private():
    with pytest.raises(RefusedURL, match="metadata"):
        NetGuard(allow_private=True).resolve("169.254.169.254", 80)


def test_private_targets_are_refused_before_any_connection(site, tmp_path):
    # The autouse conftest guard turns any non-loopback connect into "test tried to connect";
    # the messages below prove the refusal came first, from redline's guard.
    before = len(site.requests)
    urls = ["http://10.0.0.1/admin", "http://169.254.169.254/latest/meta-data/",
            "http://[fd00:ec2::254]/", "http://100.64.1.1/", site.url("/products/face.html"),
            "file:///etc/passwd"]
    res = capture(urls, out_dir=tmp_path, rate_per_host=0, retries=0)
    errors = [p.error or "" for p in res.pages]
    assert all(e.startswith("refused") for e in errors), errors
    assert "private address 10.0.0.1" in errors[0]
    assert "metadata" in errors[1] and "metadata" in errors[2]
    assert "cgnat" in errors[3]
    assert "loopback address 127.0.0.1" in errors[4] and "--allow-private" in errors[4]
    assert "scheme 'file'" in errors[5]
    assert len(site.requests) == before  # not even robots.txt was requested
    assert all(p.record_id is None and p.status is None for p in res.pages)


def test_redirect_to_metadata_is_refused_after_the_hop_is_recorded(site, tmp_path):
    res = capture([site.url("/to-metadata")], out_dir=tmp_path, allow_private=True,
                  rate_per_host=0, retries=0)
    page = res.pages[0]
    assert page.status == 302 and page.error and "cloud metadata address" in page.error
    from warcio.archiveiterator import ArchiveIterator

    with open(res.warc_path, "rb") as fh:
        targets = [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(fh)
                   if r.rec_type == "response"]
    assert site.url("/to-metadata") in targets
    assert not any("169.254" in t for t in targets)


def test_connection_goes_to_the_checked_address_and_keeps_the_host_name(site):
    # DNS rebinding: the first answer is checked, later answers must not matter. The resolver
    # answers loopback once and then a private address; the request must still reach the
    # loopback server (a second lookup would hit 10.0.0.1 and the conftest guard).
    answers = ["127.0.0.1", "10.0.0.1", "10.0.0.1"]
    calls: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        calls.append(host)
        return [answers[min(len(calls) - 1, 2)]]

    port = int(site.base.rsplit(":", 1)[1])
    fetcher = HttpFetcher(guard=NetGuard(allow_private=True, resolver=resolver), rate_per_host=0,
                          retries=0)
    with fetcher:
        hop = fetcher.fetch_hop(f"http://vendor.test:{port}/products/face.html")
    assert hop.status == 200 and hop.peer_ip == "127.0.0.1"
    assert calls == ["vendor.test"]
    assert ("Host", f"vendor.test:{port}") in [(k.title(), v) for k, v in hop.request_headers]
    # the next request resolves again and is refused (10.0.0.1 without allow_private)
    strict = HttpFetcher(guard=NetGuard(resolver=lambda h, p: ["10.0.0.1"]), retries=0)
    with strict, pytest.raises(FetchError, match="private address 10.0.0.1"):
        strict.fetch_hop(f"http://vendor.test:{port}/")


def test_guarded_transport_refuses_when_used_directly():
    from redline.netguard import GuardedTransport

    with httpx.Client(transport=GuardedTransport(NetGuard())) as client, \
            pytest.raises(RefusedURL):
        client.get("http://192.168.0.1/")
