"""`python build.py serve`: a live preview that follows edits and survives mistakes."""

from __future__ import annotations

import asyncio
import json
import os
import re
import socket
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import pytest
from tornado.websocket import websocket_connect

from .helpers import run_cli
from .previews import Preview, free_port, preview

SCRIPT = re.compile(r'<script>\(function\(\)\{var s=document\.createElement\("script"\);'
                    r'[^<]*livereload\.js[^<]*</script>')

T = TypeVar("T")


def explainer(title: str, published: str = "2024-05-01", dek: str = "A short dek.") -> str:
    return (f"---\ntitle: {title}\ndek: {dek}\npublished: {published}\n---\n\n"
            "--- summary\n---\nSomething happened.\n")


@pytest.fixture
def site(make_site: Callable[..., Path]) -> Path:
    return make_site({"content/alpha.md": explainer("Alpha"),
                      "content/beta.md": explainer("Beta", "2024-04-01")})


def edit(path: Path, text: str) -> None:
    """Save a file at once, as editors that write a copy and rename it do."""
    part = path.with_name(path.name + ".part")
    part.write_text(text, encoding="utf-8")
    os.replace(part, path)


def test_served_pages_are_the_built_pages_plus_the_reload_script(site: Path,
                                                                  tmp_path: Path) -> None:
    out = tmp_path / "built"
    assert run_cli("build", "--root", site, "--output", out).returncode == 0
    built = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert not [name for name, data in built.items() if b"livereload" in data]
    with preview(site) as server:
        for name, data in built.items():
            served = server.get(name)
            assert served.status == 200
            if name.endswith(".html"):
                assert len(SCRIPT.findall(served.text)) == 1
                assert SCRIPT.sub("", served.text) == data.decode("utf-8")
            else:
                assert served.text == data.decode("utf-8")
        assert server.get("").text == server.get("index.html").text
        assert server.get("missing.html").status == 404
    assert not (site / "public").exists()


def test_an_edit_shows_up_and_the_rebuild_time_is_reported(site: Path) -> None:
    with preview(site) as server:
        assert "<h1>Alpha</h1>" in server.get("alpha.html").text
        edit(site / "content/alpha.md", explainer("Alpha, edited"))
        server.wait_for("alpha.html", lambda r: "<h1>Alpha, edited</h1>" in r.text)
        server.wait_for("index.html", lambda r: "Alpha, edited" in r.text)
        line = server.wait_for_output(r"content/alpha\.md changed: rebuilt in \d+ ms")
        assert "1 file(s) read, " in line


def test_bad_content_shows_an_error_page_until_it_is_fixed(site: Path) -> None:
    with preview(site) as server:
        edit(site / "content/alpha.md", explainer("Alpha", published="2024-13-45"))
        error = server.wait_for("alpha.html", lambda r: r.status == 500)
        assert re.search(r"content/alpha\.md:4:\d+", error.text)
        assert "published" in error.text
        assert SCRIPT.search(error.text), "the error page reloads by itself once fixed"
        assert server.get("beta.html").status == 500
        assert server.get("favicon.svg").status == 200
        server.wait_for_output(r"content/alpha\.md:4:\d+: error:")
        edit(site / "content/alpha.md", explainer("Alpha, fixed"))
        server.wait_for("alpha.html", lambda r: r.status == 200 and "Alpha, fixed" in r.text)
        assert server.get("beta.html").status == 200


def test_the_error_page_escapes_what_it_quotes(site: Path) -> None:
    with preview(site) as server:
        edit(site / "content/alpha.md", "---\ntitle: <script>alert(1)</script>\n---\n")
        error = server.wait_for("alpha.html", lambda r: r.status == 500)
        assert "content/alpha.md:" in error.text
        assert "<script>alert(1)" not in error.text


def test_a_busy_port_moves_the_preview_to_the_next_one(site: Path) -> None:
    port = free_port()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", port))
        taken.listen()
        with preview(site, port=port) as server:
            assert not server.url.startswith(f"http://127.0.0.1:{port}/")
            assert server.url.startswith("http://127.0.0.1:")
            server.wait_for_output(rf"port {port} is busy, so the preview uses port \d+")
            assert server.get("alpha.html").status == 200


def test_ctrl_c_stops_cleanly_and_leaves_no_temporary_folder(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "written"
    before = set(tmp_path.iterdir())
    with preview(site, "--output", str(out)) as server:
        edit(site / "content/beta.md", explainer("Beta, edited", "2024-04-01"))
        server.wait_for("beta.html", lambda r: "Beta, edited" in r.text)
        deadline = time.monotonic() + 15
        while b"Beta, edited" not in (out / "beta.html").read_bytes():
            assert time.monotonic() < deadline, "the output folder was not written"
            time.sleep(0.02)
        assert server.interrupt() in (0, 130)
        assert "stopped" in server.output()
    assert set(tmp_path.iterdir()) == before | {out}
    assert {p.name for p in out.iterdir()} >= {"alpha.html", "beta.html", "index.html"}
    assert list(out.glob("style.*.css"))
    assert not [p for p in site.iterdir() if p.name.startswith(".")]


def test_the_script_reaches_pages_livereload_would_miss(make_site: Callable[..., Path]) -> None:
    long_dek = "A dek long enough to push the end of the head past 64 KiB. " * 1200
    base = (Path(__file__).parents[1] / "templates/base.html").read_text(encoding="utf-8")
    upper = base.replace("</head>", "</HEAD>").replace("{% block content %}{% endblock %}", "")
    site = make_site({"content/long.md": explainer("Long", dek=long_dek.strip()),
                      "overrides/templates/index.html": upper})
    with preview(site) as server:
        page = server.get("long.html").text
        assert page.index("</head>") > 65536
        assert len(SCRIPT.findall(page)) == 1
        index = server.get("index.html").text
        assert len(SCRIPT.findall(index)) == 1
        assert index.index("livereload.js") < index.index("</HEAD>")


async def connect(server: Preview, page: str):
    """Open the reload socket and shake hands as livereload.js does from page."""
    ws = await websocket_connect(server.url.replace("http://", "ws://") + "livereload")
    await ws.write_message(json.dumps({"command": "hello",
                                       "protocols": ["http://livereload.com/protocols/official-7"]}))
    assert json.loads(await ws.read_message())["command"] == "hello"
    await ws.write_message(json.dumps({"command": "info", "url": server.url + page}))
    return ws


async def reload_messages(server: Preview, edits: list[Callable[[], None]]) -> list[dict]:
    """Make each edit and collect the reload message it causes."""
    ws = await connect(server, "alpha.html")
    await asyncio.sleep(0.1)
    messages = []
    for make_edit in edits:
        make_edit()
        messages.append(json.loads(await asyncio.wait_for(ws.read_message(), timeout=15)))
    ws.close()
    return messages


async def first_message(server: Preview, page: str, timeout: float) -> dict | None:
    """Connect from page; return the first message after the handshake, if any comes."""
    ws = await connect(server, page)
    try:
        return json.loads(await asyncio.wait_for(ws.read_message(), timeout=timeout))
    except TimeoutError:
        return None
    finally:
        ws.close()


def in_own_thread(call: Callable[[], T]) -> T:
    """Run call in a fresh thread: Playwright's sync API may hold this thread's event loop."""
    with ThreadPoolExecutor(max_workers=1) as executor:
        return executor.submit(call).result(timeout=60)


def test_quick_successive_edits_each_reload_and_stylesheets_reload_alone(site: Path) -> None:
    alpha = site / "content/alpha.md"
    edits = [lambda: edit(alpha, explainer("First edit")),
             lambda: edit(alpha, explainer("Second edit, right after")),
             lambda: edit(site / "static/style.css", "body { color: rebeccapurple; }\n")]
    with preview(site) as server:
        started = time.monotonic()
        messages = in_own_thread(lambda: asyncio.run(reload_messages(server, edits)))
        assert time.monotonic() - started < 3, "livereload would drop reloads within 3 s"
        assert [m["command"] for m in messages] == ["reload"] * 3
        assert messages[0]["path"].endswith(".html")
        assert re.fullmatch(r"style\.[0-9a-f]{8}\.css", messages[2]["path"])
        assert messages[2]["liveCSS"] is True
        assert "Second edit" in server.get("alpha.html").text


def test_a_page_that_missed_a_reload_while_loading_is_reloaded(site: Path) -> None:
    with preview(site) as server:
        server.get("alpha.html")
        edit(site / "content/beta.md", explainer("Beta, edited", "2024-04-01"))
        server.wait_for("beta.html", lambda r: "Beta, edited" in r.text)
        stale = in_own_thread(lambda: asyncio.run(first_message(server, "alpha.html", 15)))
        assert stale is not None and stale["command"] == "reload"
        server.get("alpha.html")
        fresh = in_own_thread(lambda: asyncio.run(first_message(server, "alpha.html", 0.5)))
        assert fresh is None


def test_a_wrong_port_or_a_foreign_output_folder_is_refused(site: Path, tmp_path: Path) -> None:
    wrong = run_cli("serve", "--root", site, "--port", "0")
    assert (wrong.returncode, wrong.stderr.strip()) == (
        2, "error: --port must be between 1 and 65535, not 0")
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine\n", encoding="utf-8")
    refused = run_cli("serve", "--root", site, "--output", foreign, "--port", str(free_port()))
    assert refused.returncode == 1
    assert "does not look like a site built by explainer" in refused.stderr
    assert (foreign / "notes.txt").exists()
