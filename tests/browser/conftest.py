"""Fixtures for browser tests: Chromium via Playwright, the Nu HTML Checker and axe-core."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from .tools import (
    AXE_JS,
    CHROMIUM_ARGS,
    VNU_JAR,
    chromium_path,
    java_path,
    missing,
    node_file,
    page_errors,
    run_axe,
    run_vnu,
)

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test under tests/browser as `browser`."""
    for item in items:
        if HERE in Path(item.path).resolve().parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    """Launch Debian's Chromium (or $CHROMIUM) headless through Playwright, once per session."""
    executable = chromium_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("The playwright Python package", "python -m pip install -e '.[test]'")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def make_page(chromium: Browser) -> Iterator[Callable[..., Page]]:
    """Return a factory: make_page(**context_options) opens a page in a fresh context."""
    contexts = []

    def make(**context_options: Any) -> Page:
        context = chromium.new_context(**context_options)
        contexts.append(context)
        page = context.new_page()
        page_errors(page)
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def new_page(make_page: Callable[..., Page]) -> Page:
    """Return a page in a fresh context; page_errors(page) lists what went wrong in it."""
    return make_page()


@pytest.fixture(scope="session")
def vnu() -> Callable[[list[Path]], list[dict[str, Any]]]:
    """Return check(paths): Nu HTML Checker errors for the files, in one JVM start."""
    java = java_path()
    jar = node_file(VNU_JAR, "vnu-jar")

    def check(paths: list[Path]) -> list[dict[str, Any]]:
        return run_vnu(java, jar, paths)

    return check


@pytest.fixture(scope="session")
def axe() -> Callable[..., list[dict[str, Any]]]:
    """Return run_axe(page, disabled_rules=()): axe-core WCAG 2.x A/AA violations in the page."""
    source = node_file(AXE_JS, "axe-core").read_text(encoding="utf-8")

    def check(page: Page, disabled_rules: tuple[str, ...] = ()) -> list[dict[str, Any]]:
        return run_axe(page, source, disabled_rules)

    return check


@pytest.fixture(scope="session")
def published_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the seed explainer beside the publishing tests' explainers, with a base URL (so
    with share links, related explainers and the page's address in print), once."""
    from ..helpers import REPO, SEED
    from ..publishing import BASE, build, write_project

    root = write_project(tmp_path_factory.mktemp("published") / "site")
    seed = (REPO / "content" / f"{SEED}.md").read_text(encoding="utf-8")
    (root / "content" / f"{SEED}.md").write_text(seed, encoding="utf-8")
    out, _ = build(root, root / "public", "--base-url", BASE)
    return out
