"""Run `python build.py serve` in a subprocess for tests, and wait for what it serves."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .helpers import REPO

# Deadlines, not expectations: on a busy machine a server may wait long for a turn on a core.
START_SECONDS = 120
WAIT_SECONDS = 60
URL = re.compile(r"serving (http://\S+/)")
# Run build.py with Ctrl-C as a terminal gives it. A test run started in the background by a
# script (as a CI job may be) ignores SIGINT, and its children inherit that: Ctrl-C would not
# stop the server.
AS_FROM_A_TERMINAL = (
    "import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "script = sys.argv.pop(1); sys.path.insert(0, script.rpartition('/')[0]); "
    "runpy.run_path(script, run_name='__main__')")


@dataclass
class Response:
    """What the server answered."""

    status: int
    text: str


@dataclass
class Preview:
    """A running preview server and what it printed so far."""

    process: subprocess.Popen[str]
    stdout: list[str] = field(default_factory=list)
    stderr: list[str] = field(default_factory=list)
    url: str = ""
    readers: list[threading.Thread] = field(default_factory=list)

    def get(self, path: str = "") -> Response:
        """Fetch a site path."""
        try:
            with urllib.request.urlopen(self.url + path, timeout=10) as answer:
                return Response(answer.status, answer.read().decode("utf-8"))
        except urllib.error.HTTPError as exc:
            with exc:  # it holds the connection open until closed
                return Response(exc.code, exc.read().decode("utf-8"))

    def wait_for(self, path: str, check: Callable[[Response], bool],
                 timeout: float = WAIT_SECONDS) -> Response:
        """Fetch path until check(response) holds; fail with the last answer after timeout."""
        deadline = time.monotonic() + timeout
        while True:
            response = self.get(path)
            if check(response):
                return response
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for /{path}; last answer "
                                     f"{response.status}: {response.text[:2000]}\n"
                                     f"server said:\n{self.output()}")
            time.sleep(0.02)

    def wait_for_output(self, pattern: str, timeout: float = WAIT_SECONDS) -> str:
        """Wait until the server printed a line matching pattern; return that line."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in list(self.stdout) + list(self.stderr):
                if re.search(pattern, line):
                    return line
            if self.process.poll() is not None and not any(t.is_alive() for t in self.readers):
                break
            time.sleep(0.02)
        raise AssertionError(f"no line matching {pattern!r}; server said:\n{self.output()}")

    def output(self) -> str:
        """Return everything the server printed."""
        return "".join(self.stdout) + "".join(self.stderr)

    def interrupt(self, timeout: float = WAIT_SECONDS) -> int:
        """Press Ctrl-C and return the exit code."""
        self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"still running {timeout} s after Ctrl-C; server said:\n"
                                 f"{self.output()}") from None


def until(check: Callable[[], bool], what: str, timeout: float = WAIT_SECONDS) -> None:
    """Look again and again until check() holds; fail saying what did not happen in time."""
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, what
        time.sleep(0.02)


async def close_socket(ws: Any) -> None:
    """Close a reload socket and wait until the server has answered the close.

    Tornado closes the connection only then; if asyncio.run ended first the socket would stay
    open, and be reported (ResourceWarning) in whichever test next collects garbage.
    """
    ws.close()
    while await asyncio.wait_for(ws.read_message(), timeout=WAIT_SECONDS) is not None:
        pass


def save(path: Path, text: str) -> None:
    """Save a file of a project at once, as editors that write a copy and rename it do."""
    # The copy is written beside the project, not in it: on a busy machine the preview may look
    # between the write and the rename, and would publish a copy it finds in static/.
    project = next(folder for folder in path.parents if (folder / "content").is_dir())
    part = project.parent / f".saving-{path.name}"
    part.write_text(text, encoding="utf-8")
    os.replace(part, path)


def free_port() -> int:
    """Return a port nobody listens on at the moment."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def follow(stream: IO[str], lines: list[str]) -> threading.Thread:
    """Collect a stream's lines in a background thread, so the server never blocks on a pipe."""
    thread = threading.Thread(target=lambda: lines.extend(iter(stream.readline, "")),
                              daemon=True)
    thread.start()
    return thread


@contextlib.contextmanager
def preview(root: Path, *args: str, port: int | None = None) -> Iterator[Preview]:
    """Start `build.py serve` on root (on a free port unless given); stop it at the end."""
    command = [sys.executable, "-c", AS_FROM_A_TERMINAL, str(REPO / "build.py"), "serve",
               "--root", str(root), "--port", str(port or free_port()), *args]
    process = subprocess.Popen(command, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, encoding="utf-8")
    server = Preview(process)
    server.readers = [follow(process.stdout, server.stdout),
                      follow(process.stderr, server.stderr)]
    try:
        server.url = URL.search(server.wait_for_output(URL.pattern, START_SECONDS)).group(1)
        yield server
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=WAIT_SECONDS)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for reader in server.readers:
            reader.join(timeout=WAIT_SECONDS)
        process.stdout.close()
        process.stderr.close()
    # A connection to the preview left open by the test would be reported at random later, in
    # whichever test next collects garbage: collect here so that it fails this one.
    gc.collect()
    assert open_sockets_to(server.url) == [], "a connection to the preview was left open"


def open_sockets_to(url: str) -> list[socket.socket]:
    """Return the sockets of this process still connected to the server at url."""
    port = int(url.rsplit(":", 1)[1].strip("/"))
    return [s for s in gc.get_objects() if isinstance(s, socket.socket) and s.fileno() != -1
            and s.type == socket.SOCK_STREAM and peer_port(s) == port]


def peer_port(sock: socket.socket) -> int | None:
    """Return the port a TCP/IP socket is connected to; None if listening or unconnected."""
    if sock.family not in (socket.AF_INET, socket.AF_INET6):
        return None
    try:
        return sock.getpeername()[1]
    except OSError:
        return None
