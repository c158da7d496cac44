"""The live preview in a real browser: edits on disk reach the open page by themselves."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..previews import preview, save
from .tools import page_errors

TIMEOUT_MS = 15_000


def explainer(title: str, published: str = "2024-05-01") -> str:
    return (f"---\ntitle: {title}\ndek: A short dek.\npublished: {published}\n---\n\n"
            "--- summary\n---\nSomething happened.\n")


def wait_until_connected(page) -> None:
    """Wait until livereload.js in the page has shaken hands with the server."""
    page.wait_for_function("() => window.LiveReload && window.LiveReload.connector.protocol >= 7",
                           timeout=TIMEOUT_MS)


def test_edits_on_disk_reload_the_open_page(make_site: Callable[..., Path], new_page) -> None:
    from playwright.sync_api import expect

    site = make_site({"content/alpha.md": explainer("Alpha")})
    alpha = site / "content/alpha.md"
    page = new_page
    with preview(site) as server:
        page.goto(server.url + "alpha.html")
        heading = page.locator("h1")
        expect(heading).to_have_text("Alpha")
        for title in ("Alpha, edited", "Alpha, edited again at once"):
            wait_until_connected(page)
            save(alpha, explainer(title))
            expect(heading).to_have_text(title, timeout=TIMEOUT_MS)
        # The theme has no favicon, so Chromium's request for one fails here as on any host.
        assert [e for e in page_errors(page).all if "/favicon.ico" not in e] == []

        wait_until_connected(page)
        page.evaluate("window.notReloaded = true")
        style = site / "static/style.css"
        save(style, style.read_text(encoding="utf-8") + "h1 { color: rgb(1, 2, 3); }\n")
        expect(heading).to_have_css("color", "rgb(1, 2, 3)", timeout=TIMEOUT_MS)
        assert page.evaluate("window.notReloaded") is True, "a stylesheet needs no page reload"

        save(alpha, explainer("Alpha", published="2024-13-45"))
        expect(page.locator("body")).to_contain_text("content/alpha.md:4", timeout=TIMEOUT_MS)
        expect(heading).to_have_text("The site could not be built")
        wait_until_connected(page)
        save(alpha, explainer("Alpha, fixed"))
        expect(heading).to_have_text("Alpha, fixed", timeout=TIMEOUT_MS)


def test_an_edit_reloads_only_the_tabs_whose_page_changed(make_site: Callable[..., Path],
                                                           make_page) -> None:
    from playwright.sync_api import expect

    site = make_site({"content/alpha.md": explainer("Alpha"),
                      "content/beta.md": explainer("Beta", published="2024-04-01")})
    beta = site / "content/beta.md"
    with preview(site) as server:
        tabs = {name: make_page() for name in ("alpha.html", "beta.html", "search.html")}
        for name, tab in tabs.items():
            tab.goto(server.url + name)
            wait_until_connected(tab)
            tab.evaluate("window.notReloaded = true")
        save(beta, explainer("Beta", published="2024-04-01").replace("Something happened",
                                                                  "Something else happened"))
        expect(tabs["beta.html"].locator("body")).to_contain_text("Something else",
                                                                  timeout=TIMEOUT_MS)
        server.wait_for_output("content/beta.md changed: rebuilt")
        tabs["alpha.html"].wait_for_timeout(500)  # a reload sent to it would have come by now
        assert [name for name, tab in tabs.items()
                if tab.evaluate("window.notReloaded") is not True] == ["beta.html"]

        save(beta, explainer("Beta", published="2024-13-45"))  # every tab shows the error
        for tab in tabs.values():
            expect(tab.locator("h1")).to_have_text("The site could not be built",
                                                   timeout=TIMEOUT_MS)
            wait_until_connected(tab)
        save(beta, explainer("Beta, fixed"))  # and every tab comes back by itself
        for tab in tabs.values():
            expect(tab.locator("h1")).not_to_have_text("The site could not be built",
                                                       timeout=TIMEOUT_MS)
