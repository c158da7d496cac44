"""`python build.py serve`: a live preview that follows edits and survives mistakes."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import signal
import socket
import threading
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import pytest
from tornado.websocket import websocket_connect

from .helpers import run_cli
from .previews import (
    WAIT_SECONDS,
    Preview,
    close_socket,
    free_port,
    open_sockets_to,
    preview,
    save,
    until,
)

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
        save(site / "content/alpha.md", explainer("Alpha, edited"))
        server.wait_for("alpha.html", lambda r: "<h1>Alpha, edited</h1>" in r.text)
        server.wait_for("index.html", lambda r: "Alpha, edited" in r.text)
        line = server.wait_for_output(r"content/alpha\.md changed: rebuilt in \d+ ms")
        assert "1 file(s) read, " in line


def test_bad_content_shows_an_error_page_until_it_is_fixed(site: Path) -> None:
    with preview(site) as server:
        save(site / "content/alpha.md", explainer("Alpha", published="2024-13-45"))
        error = server.wait_for("alpha.html", lambda r: r.status == 500)
        assert re.search(r"content/alpha\.md:4:\d+", error.text)
        assert "published" in error.text
        assert SCRIPT.search(error.text), "the error page reloads by itself once fixed"
        assert server.get("beta.html").status == 500
        assert server.get("favicon.svg").status == 200
        server.wait_for_output(r"content/alpha\.md:4:\d+: error:")
        save(site / "content/alpha.md", explainer("Alpha, fixed"))
        server.wait_for("alpha.html", lambda r: r.status == 200 and "Alpha, fixed" in r.text)
        assert server.get("beta.html").status == 200


def test_the_terminal_shows_builds_not_requests(site: Path) -> None:
    with preview(site) as server:
        assert server.get("missing.html").status == 404
        save(site / "content/alpha.md", explainer("Alpha", published="2024-13-45"))
        server.wait_for("alpha.html", lambda r: r.status == 500)
        assert server.get("beta.html").status == 500
        server.wait_for_output("build failed")
    # Read once the server has stopped, so that every line it printed is there.
    assert not re.search(r"^\d{3} (GET|HEAD) /", server.output(), re.MULTILINE), \
        server.output()


def test_the_error_page_escapes_what_it_quotes(site: Path) -> None:
    with preview(site) as server:
        save(site / "content/alpha.md", "---\ntitle: <script>alert(1)</script>\n---\n")
        error = server.wait_for("alpha.html", lambda r: r.status == 500)
        assert "content/alpha.md:" in error.text
        assert "<script>alert(1)" not in error.text


def test_a_busy_port_moves_the_preview_to_the_next_one(site: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))  # a port the kernel hands out, so no other test has it
        taken.listen()
        port = taken.getsockname()[1]
        with preview(site, port=port) as server:
            assert not server.url.startswith(f"http://127.0.0.1:{port}/")
            assert server.url.startswith("http://127.0.0.1:")
            server.wait_for_output(rf"port {port} is busy, so the preview uses port \d+")
            assert server.get("alpha.html").status == 200


def read_if_there(path: Path) -> bytes:
    """Return a file's bytes, or none if it is not there (yet)."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return b""


def test_ctrl_c_stops_cleanly_and_leaves_no_temporary_folder(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "written"
    before = set(tmp_path.iterdir())
    with preview(site, "--output", str(out)) as server:
        save(site / "content/beta.md", explainer("Beta, edited", "2024-04-01"))
        server.wait_for("beta.html", lambda r: "Beta, edited" in r.text)
        # The folder is swapped in by two renames: between them, beta.html is not there.
        until(lambda: b"Beta, edited" in read_if_there(out / "beta.html"),
              "the output folder was not written")
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


HELLO = json.dumps({"command": "hello",
                    "protocols": ["http://livereload.com/protocols/official-7"]})


@contextlib.asynccontextmanager
async def connect(server: Preview, page: str) -> AsyncIterator[tuple[Any, list[dict]]]:
    """Shake hands as livereload.js does from page; yield the socket and the server's answers.

    Once the handshake is over the server counts the page among those it reloads.
    """
    ws = await websocket_connect(server.url.replace("http://", "ws://") + "livereload")
    try:
        await ws.write_message(HELLO)
        assert json.loads(await ws.read_message())["command"] == "hello"
        await ws.write_message(json.dumps({"command": "info", "url": server.url + page}))
        # The server answers messages in order: its answer to a second hello comes after all
        # it had to say about the info (a reload, for a page that missed one).
        await ws.write_message(HELLO)
        answers = []
        while (answer := json.loads(await ws.read_message()))["command"] != "hello":
            answers.append(answer)
        yield ws, answers
    finally:
        await close_socket(ws)


async def reload_messages(server: Preview, edits: list[Callable[[], None]]) -> list[dict]:
    """Make each edit and collect the reload message it causes."""
    async with connect(server, "alpha.html") as (ws, answers):
        assert answers == []
        messages = []
        for make_edit in edits:
            make_edit()
            messages.append(json.loads(await asyncio.wait_for(ws.read_message(),
                                                              timeout=WAIT_SECONDS)))
        return messages


async def handshake_answers(server: Preview, page: str) -> list[dict]:
    """Connect from page; return what the server says in answer to the handshake."""
    async with connect(server, page) as (_, answers):
        return answers


def in_own_thread(call: Callable[[], T]) -> T:
    """Run call in a fresh thread: Playwright's sync API may hold this thread's event loop."""
    with ThreadPoolExecutor(max_workers=1) as executor:
        return executor.submit(call).result(timeout=60)


def test_quick_successive_edits_each_reload_and_stylesheets_reload_alone(site: Path) -> None:
    alpha = site / "content/alpha.md"
    edits = [lambda: save(alpha, explainer("First edit")),
             lambda: save(alpha, explainer("Second edit, right after")),
             lambda: save(site / "static/style.css", "body { color: rebeccapurple; }\n")]
    with preview(site) as server:
        # livereload's own watcher would drop the second and third: they come within 3 s.
        messages = in_own_thread(lambda: asyncio.run(reload_messages(server, edits)))
        assert [m["command"] for m in messages] == ["reload"] * 3
        assert messages[0]["path"].endswith(".html")
        assert re.fullmatch(r"style\.[0-9a-f]{8}\.css", messages[2]["path"])
        assert messages[2]["liveCSS"] is True
        assert "Second edit" in server.get("alpha.html").text


def test_a_page_that_missed_a_reload_while_loading_is_reloaded(site: Path) -> None:
    with preview(site) as server:
        server.get("alpha.html")
        server.get("beta.html")
        save(site / "content/alpha.md", explainer("Alpha, edited"))
        server.wait_for_output("content/alpha.md changed: rebuilt")
        stale = in_own_thread(lambda: asyncio.run(handshake_answers(server, "alpha.html")))
        assert [(answer["command"], answer["path"]) for answer in stale] \
            == [("reload", "alpha.html")]
        # beta.html was not changed by the edit: its page is as it was served.
        assert in_own_thread(lambda: asyncio.run(handshake_answers(server, "beta.html"))) == []
        server.get("alpha.html")
        fresh = in_own_thread(lambda: asyncio.run(handshake_answers(server, "alpha.html")))
        assert fresh == []


async def reloads_of_two_pages(server: Preview, edit: Callable[[], None]) -> list[list[dict]]:
    """Connect from alpha.html and beta.html, edit, and return what each page is sent."""
    async with connect(server, "alpha.html") as (alpha, _), \
            connect(server, "beta.html") as (beta, _):
        edit()
        to_beta = json.loads(await asyncio.wait_for(beta.read_message(), timeout=WAIT_SECONDS))
        # A reload for alpha.html would have been sent before beta's: it would come first.
        await alpha.write_message(HELLO)
        to_alpha = json.loads(await asyncio.wait_for(alpha.read_message(), timeout=WAIT_SECONDS))
        return [[to_alpha], [to_beta]]


def test_an_edit_reloads_only_the_pages_it_changed(site: Path) -> None:
    with preview(site) as server:
        server.get("alpha.html")
        server.get("beta.html")
        text = explainer("Beta", "2024-04-01").replace("Something", "Something else")
        messages = in_own_thread(lambda: asyncio.run(reloads_of_two_pages(
            server, lambda: save(site / "content/beta.md", text))))
        assert [[m["command"] for m in page] for page in messages] == [["hello"], ["reload"]]
        assert messages[1][0]["path"] == "beta.html"


def test_the_reload_socket_is_closed_when_the_server_answers_late(site: Path) -> None:
    async def answered_late() -> None:
        async with connect(server, "alpha.html"):
            # As on a busy machine: the server answers the close after a while.
            server.process.send_signal(signal.SIGSTOP)
            threading.Timer(0.2, server.process.send_signal, [signal.SIGCONT]).start()

    with preview(site) as server:
        in_own_thread(lambda: asyncio.run(answered_late()))
        # Left open, the socket would be reported (ResourceWarning) in whichever test next
        # collects garbage.
        assert open_sockets_to(server.url) == []


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
