"""Run `python build.py serve` in a subprocess for tests, and wait for what it serves."""

from __future__ import annotations

import contextlib
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
from typing import IO

from .helpers import REPO

START_SECONDS = 60
WAIT_SECONDS = 15
URL = re.compile(r"serving (http://\S+/)")


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
            with exc:  # an error answer holds its connection open until closed
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
        return self.process.wait(timeout=timeout)


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
    command = [sys.executable, str(REPO / "build.py"), "serve", "--root", str(root),
               "--port", str(port or free_port()), *args]
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
