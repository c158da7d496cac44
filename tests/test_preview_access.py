"""The preview answers only to its own names, and what it remembers per request is bounded."""

from __future__ import annotations

import asyncio
import http.client
from collections.abc import Callable
from pathlib import Path

import pytest
from tornado.httpclient import HTTPClientError, HTTPRequest
from tornado.websocket import websocket_connect

from explainer.serve.devserver import addresses

from .previews import Preview, close_socket, open_sockets_to, preview
from .test_devserver import explainer, in_own_thread


@pytest.fixture
def site(make_site: Callable[..., Path]) -> Path:
    return make_site({"content/alpha.md": explainer("Alpha")})


def port_of(server: Preview) -> int:
    """Return the port the preview listens on."""
    return int(server.url.rstrip("/").rsplit(":", 1)[1])


def get(server: Preview, path: str, host: str) -> tuple[int, str]:
    """Ask the preview for a path, naming host in the Host header; return status and text."""
    connection = http.client.HTTPConnection("127.0.0.1", port_of(server), timeout=10)
    try:
        connection.request("GET", path, headers={"Host": host})
        answer = connection.getresponse()
        return answer.status, answer.read().decode("utf-8")
    finally:
        connection.close()


def test_only_requests_addressed_to_the_preview_are_answered(site: Path) -> None:
    with preview(site) as server:
        port = port_of(server)
        for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}",
                     f"LOCALHOST:{port}"):
            status, text = get(server, "/alpha.html", host)
            assert status == 200 and "Alpha" in text, host
        for host in (f"evil.example:{port}", "evil.example", f"127.0.0.1:{port + 1}", ""):
            for path in ("/alpha.html", "/livereload.js", "/livereload"):
                assert get(server, path, host) == (
                    403, f"This preview answers only to http://127.0.0.1:{port}/ (or localhost); "
                    f"this request was addressed to {host!r}.\n"), (host, path)


def test_the_address_given_with_host_is_one_of_the_preview_s_names() -> None:
    assert addresses("192.168.1.5", 8000) == ("127.0.0.1:8000", "localhost:8000", "[::1]:8000",
                                              "192.168.1.5:8000")
    assert addresses("::1", 80) == ("127.0.0.1:80", "localhost:80", "[::1]:80", "127.0.0.1",
                                    "localhost", "[::1]")


async def socket_status(url: str, origin: str | None) -> int:
    """Open the reload socket with an Origin header (or none); return 101 or the refusal."""
    headers = {"Origin": origin} if origin is not None else {}
    try:
        socket = await websocket_connect(HTTPRequest(url, headers=headers))
    except HTTPClientError as exc:
        return exc.code
    await close_socket(socket)
    return 101


def test_the_reload_socket_refuses_pages_of_other_sites(site: Path) -> None:
    with preview(site) as server:
        url = server.url.replace("http://", "ws://") + "livereload"
        port = port_of(server)
        for origin, status in ((None, 101), (f"http://127.0.0.1:{port}", 101),
                               (f"http://localhost:{port}", 101),
                               ("http://evil.example", 403), (f"http://evil.example:{port}", 403),
                               ("null", 403)):
            assert in_own_thread(lambda o=origin: asyncio.run(socket_status(url, o))) == status, \
                origin
        assert open_sockets_to(server.url) == []


def rss_mib(pid: int) -> float:
    """Return the resident memory of a process, in MiB."""
    with open(f"/proc/{pid}/status") as status:
        line = next(line for line in status if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads memory from /proc")
def test_requests_for_made_up_pages_take_no_memory(site: Path) -> None:
    with preview(site) as server:
        port = port_of(server)
        get(server, "/warm-up.html", f"127.0.0.1:{port}")
        before = rss_mib(server.process.pid)
        for n in range(1000):  # 20 MB of addresses, once remembered whole
            status, _ = get(server, f"/{n}-{'x' * 20_000}.html", f"127.0.0.1:{port}")
            assert status == 404
        assert rss_mib(server.process.pid) - before < 8
        assert get(server, "/alpha.html", f"127.0.0.1:{port}")[0] == 200
