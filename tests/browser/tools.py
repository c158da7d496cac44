"""Helpers behind the browser-test fixtures: Chromium, the Nu HTML Checker, axe-core, a server."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import posixpath
import shutil
import subprocess
import threading
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import unquote, urlsplit

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES = REPO_ROOT / "node_modules"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--no-sandbox --disable-gpu --no-first-run --disable-background-networking"
    " --disable-component-update --disable-sync --disable-quic"
).split()
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
APT_HINT = "apt-get install chromium default-jre-headless"
NPM_HINT = "npm ci --ignore-scripts (from the repository root)"


def in_ci() -> bool:
    """Tell whether we run under CI, where a missing tool is a failure rather than a skip."""
    return os.environ.get("CI", "").strip().lower() == "true"


def missing(what: str, hint: str) -> NoReturn:
    """Fail under CI, skip elsewhere, saying what is missing and how to install it."""
    message = f"{what} is missing; install it with: {hint}"
    if in_ci():
        pytest.fail(f"{message} (CI=true, so this is a failure, not a skip)", pytrace=False)
    pytest.skip(message)


def chromium_path() -> str:
    """Return the Chromium executable: $CHROMIUM or Debian's /usr/bin/chromium."""
    wanted = os.environ.get("CHROMIUM") or DEFAULT_CHROMIUM
    found = shutil.which(wanted)
    if found is None:
        missing(f"Chromium ({wanted})", f"{APT_HINT}, or set CHROMIUM to its path")
    return found


def java_path() -> str:
    """Return the java executable, used to run vnu.jar."""
    found = shutil.which("java")
    if found is None:
        missing("Java (java on PATH)", APT_HINT)
    return found


def node_file(path: Path, package: str) -> Path:
    """Return a file from node_modules, or skip/fail when the npm packages are not installed."""
    if not path.is_file():
        missing(f"npm package {package} ({path.relative_to(REPO_ROOT)})", NPM_HINT)
    return path


def run_vnu(java: str, jar: Path, paths: Sequence[Path]) -> list[dict[str, Any]]:
    """Check files with the Nu HTML Checker in one JVM; return its error messages."""
    if not paths:
        return []
    suffixes = {Path(p).suffix.lower() for p in paths}
    extra = ["--also-check-css"] if ".css" in suffixes else []
    extra += ["--also-check-svg"] if ".svg" in suffixes else []
    # The quick compiler alone and the simplest collector halve the CPU time of a check this
    # short; that compiler's code needs a deeper stack for the HTML schema.
    cmd = [java, "-Xss4m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", str(jar),
           "--format", "json", "--errors-only", "--exit-zero-always"]
    files = [str(Path(p).resolve()) for p in paths]
    proc = subprocess.run(cmd + extra + files, capture_output=True, text=True, check=False)
    report = next((ln for ln in reversed(proc.stderr.splitlines()) if ln.startswith("{")), None)
    if proc.returncode != 0 or report is None or '"messages"' not in report:
        raise RuntimeError(f"vnu.jar failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")
    return [
        {
            "type": m.get("type"),
            "url": m.get("url", ""),
            "file": unquote(urlsplit(m.get("url", "")).path),
            "line": m.get("lastLine", m.get("firstLine")),
            "column": m.get("firstColumn", m.get("lastColumn")),
            "message": m.get("message", ""),
            "extract": m.get("extract", ""),
        }
        for m in json.loads(report)["messages"]
        if m.get("type") in ("error", "non-document-error")
    ]


def run_axe(
    page: Any, source: str, disabled_rules: Sequence[str] = (), tags: Sequence[str] = AXE_TAGS
) -> list[dict[str, Any]]:
    """Inject axe-core into a Playwright page, run it and return the violations."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(source)  # CDP evaluation: works on file:// and under a strict CSP
    options = {
        "runOnly": {"type": "tag", "values": list(tags)},
        "rules": {rule: {"enabled": False} for rule in disabled_rules},
    }
    violations = page.evaluate(
        "async (options) => (await axe.run(document, options)).violations", options
    )
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "targets": [" >>> ".join(map(str, n["target"])) for n in v["nodes"]],
        }
        for v in violations
    ]


@dataclass
class PageErrors:
    """What went wrong in a page: console errors, uncaught exceptions, failed requests."""

    console: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    @property
    def all(self) -> list[str]:
        """Every recorded problem, for a single `assert errors.all == []`."""
        return self.console + self.exceptions + self.requests


_WATCHED: weakref.WeakKeyDictionary[Any, PageErrors] = weakref.WeakKeyDictionary()


def page_errors(page: Any) -> PageErrors:
    """Return the error record of a page, starting to record if it was not watched yet."""
    if page in _WATCHED:
        return _WATCHED[page]
    errors = _WATCHED[page] = PageErrors()

    def on_console(msg: Any) -> None:
        if msg.type == "error":
            loc = msg.location
            errors.console.append(f"{msg.text} ({loc.get('url')}:{loc.get('lineNumber')})")

    def on_response(response: Any) -> None:
        if response.status >= 400:
            errors.requests.append(f"{response.status} {response.url}")

    def on_failure(request: Any) -> None:
        # Leaving a page cancels what it was still fetching (lazy flags, its icon): that is
        # no failure a reader meets. A missing file is a 404 or ERR_FILE_NOT_FOUND.
        if request.failure != "net::ERR_ABORTED":
            errors.requests.append(f"{request.failure} {request.url}")

    page.on("console", on_console)
    page.on("pageerror", lambda exc: errors.exceptions.append(str(exc)))
    page.on("requestfailed", on_failure)
    page.on("response", on_response)
    return errors


class _Handler(SimpleHTTPRequestHandler):
    """Serve a folder under a URL prefix, quietly; everything outside the prefix is a 404."""

    prefix = "/"
    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".json": "application/json",
        ".svg": "image/svg+xml",
        ".webmanifest": "application/manifest+json",
        ".xml": "application/xml",
        ".woff2": "font/woff2",
    }

    def send_head(self) -> Any:
        """Redirect the bare prefix to its slash form and 404 outside the prefix."""
        path = urlsplit(self.path).path
        if self.prefix != "/" and path == self.prefix.rstrip("/"):
            self.send_response(301)
            self.send_header("Location", self.prefix)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if not (posixpath.normpath(unquote(path)) + "/").startswith(self.prefix):
            self.send_error(404, "Outside the served prefix")
            return None
        return super().send_head()

    def translate_path(self, path: str) -> str:
        """Map a URL under the prefix to a file in the served folder."""
        return super().translate_path("/" + path[len(self.prefix) :])

    def list_directory(self, path: str | os.PathLike[str]) -> None:
        """Answer 404 for a folder without index.html, as static hosts do."""
        self.send_error(404, "No index.html here")

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output clean."""


@contextlib.contextmanager
def serve_dir(root: Path | str, prefix: str = "/") -> Iterator[str]:
    """Serve a folder on 127.0.0.1 (free port) in a thread; yield the base URL, prefix included."""
    prefix = "/" + prefix.strip("/") + "/" if prefix.strip("/") else "/"
    handler = type("Handler", (_Handler,), {"prefix": prefix})
    factory = functools.partial(handler, directory=str(Path(root).resolve()))
    with ThreadingHTTPServer(("127.0.0.1", 0), factory) as server:
        thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
        finally:
            server.shutdown()
            thread.join()


def axe_each(page: Any, axe: Any, root: Path, names: Sequence[str]) -> dict[str, list]:
    """Open each page of a built site over HTTP (axe reads the stylesheet with a request that
    file:// pages may not make); return the axe violations of those pages that have some."""
    found = {}
    with serve_dir(root) as base:
        for name in names:
            page.goto(base + name)
            if violations := axe(page):
                found[name] = violations
    return found
