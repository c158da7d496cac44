"""Tests that the browser-test harness works, and that it can fail."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from .tools import chromium_path, missing, page_errors, serve_dir

GOOD = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Good page</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Hello</h1><p>A fine page.</p></main></body>
</html>
"""

BAD = """<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>Bad page</title></head>
<body><main><h1>Hello</h1><p><img src="x.png"><span id="a"></span><span id="a"></span></p>
</main></body>
</html>
"""

NOISY = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Noisy</title></head>
<body><main><h1>Noisy</h1><img src="missing.png" alt="gone">
<script>console.error('x'); setTimeout(() => { throw new Error('boom'); });</script>
</main></body></html>
"""

STRICT_CSP = GOOD.replace(
    "<title>", """<meta http-equiv="Content-Security-Policy" content="default-src 'none'"><title>"""
)


def write(folder: Path, name: str, text: str) -> Path:
    """Write a file and return its path."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def fetch(url: str) -> tuple[int, str]:
    """GET a URL; return the status and body, also for HTTP errors."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.read().decode()


def test_vnu_passes_valid_and_flags_invalid_html(vnu, tmp_path: Path) -> None:
    """One checker run: no errors for the valid file, several for the invalid one."""
    good, bad = write(tmp_path, "good.html", GOOD), write(tmp_path, "bad.html", BAD)
    errors = vnu([good, bad])
    assert errors, "the invalid page should have errors"
    assert {Path(e["file"]).name for e in errors} == {"bad.html"}
    assert any("alt" in e["message"] for e in errors)
    assert all(e["line"] and e["message"] and e["url"].startswith("file:") for e in errors)
    assert vnu([]) == []


def test_axe_passes_accessible_page_and_flags_bad_one(new_page, axe, tmp_path: Path) -> None:
    """Axe finds nothing on the good page and image-alt and html-has-lang on the bad one."""
    new_page.goto(write(tmp_path, "good.html", GOOD).as_uri())
    assert axe(new_page) == []
    new_page.goto(write(tmp_path, "bad.html", BAD).as_uri())
    found = {v["id"]: v for v in axe(new_page)}
    assert {"image-alt", "html-has-lang"} <= found.keys()
    assert found["image-alt"]["targets"] == ["img"]
    assert found["image-alt"]["impact"] == "critical"
    assert "image-alt" not in {v["id"] for v in axe(new_page, disabled_rules=("image-alt",))}


def test_axe_runs_under_a_strict_content_security_policy(new_page, axe, tmp_path: Path) -> None:
    """Injecting axe-core does not depend on the page allowing scripts."""
    write(tmp_path, "index.html", STRICT_CSP)
    with serve_dir(tmp_path) as base:
        new_page.goto(base)
        assert axe(new_page) == []
    assert page_errors(new_page).all == []


def test_chromium_loads_a_clean_file_page(new_page, tmp_path: Path) -> None:
    """A plain page loads from file:// and records no errors."""
    new_page.goto(write(tmp_path, "good.html", GOOD).as_uri())
    assert new_page.title() == "Good page"
    assert page_errors(new_page).all == []


def test_new_page_records_console_errors_exceptions_and_failed_requests(
    new_page, tmp_path: Path
) -> None:
    """console.error, an uncaught exception and a missing image all end up in the record."""
    new_page.goto(write(tmp_path, "noisy.html", NOISY).as_uri())
    errors = page_errors(new_page)
    deadline = time.monotonic() + 15
    # The exception is thrown from a timer, which may fire after the page has loaded.
    while not (errors.console and errors.exceptions and errors.requests):
        assert time.monotonic() < deadline, f"not every problem was recorded: {errors}"
        new_page.wait_for_timeout(20)  # lets Playwright deliver the page's events
    assert any(text.startswith("x (") for text in errors.console)
    assert any("boom" in text for text in errors.exceptions)
    assert any(text.endswith("/missing.png") for text in errors.requests)


def test_new_page_records_http_error_responses(new_page, tmp_path: Path) -> None:
    """A 404 for a subresource served over HTTP counts as a failed request."""
    write(tmp_path, "site/index.html", NOISY)
    with serve_dir(tmp_path / "site", prefix="/news/explainers/") as base:
        new_page.goto(base)
    assert f"404 {base}missing.png" in page_errors(new_page).requests


def test_serve_dir_serves_under_the_prefix_only(tmp_path: Path) -> None:
    """Files answer under the prefix; the bare prefix redirects; the rest is a 404."""
    write(tmp_path, "index.html", GOOD)
    write(tmp_path, "a/b.css", "p { color: red; }")
    write(tmp_path, "empty/.keep", "")
    with serve_dir(tmp_path, prefix="news/explainers") as base:
        assert base.startswith("http://127.0.0.1:") and base.endswith("/news/explainers/")
        root = base.removesuffix("news/explainers/")
        assert fetch(base) == (200, GOOD)
        assert fetch(base + "a/b.css") == (200, "p { color: red; }")
        assert fetch(root + "news/explainers")[0] == 200  # followed the redirect
        assert fetch(root + "index.html")[0] == 404
        assert fetch(root + "a/b.css")[0] == 404
        assert fetch(base + "nope.html")[0] == 404
        assert fetch(base + "empty/")[0] == 404
        assert fetch(base + "../index.html")[0] == 404


def test_missing_tools_skip_locally_and_fail_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    """A missing tool is a skip without CI and a failure with CI=true."""
    monkeypatch.setenv("CHROMIUM", "/nonexistent/chromium")
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install chromium"):
        chromium_path()
    monkeypatch.setenv("CI", "True")
    with pytest.raises(pytest.fail.Exception, match="apt-get install chromium"):
        chromium_path()
    with pytest.raises(pytest.fail.Exception, match="npm ci --ignore-scripts"):
        missing("npm package axe-core", "npm ci --ignore-scripts")
