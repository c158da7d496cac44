"""The payload-laden site in Chromium: no dialog opens and the parsed DOM holds nothing to run."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.content.text.typography import typeset_text

from ..helpers import run_cli
from ..xss import PAYLOADS, make_project, site_config, xss_explainer
from .tools import page_errors, serve_dir

# Chromium's own parse of the page, which is what matters: anything that could run script.
RUNNABLE = """() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const value = attr.value.replace(/[\\x00-\\x20]/g, '').toLowerCase();
      if (attr.name.startsWith('on')) found.push(`${el.tagName} ${attr.name}`);
      if (/^(href|src|action|formaction|xlink:href|data|srcdoc)$/.test(attr.name)
          && /^(javascript|vbscript|data):/.test(value)) found.push(`${el.tagName} ${attr.name}`);
    }
  }
  for (const tag of ['iframe', 'object', 'embed', 'form', 'base', 'frame'])
    for (const el of document.getElementsByTagName(tag)) found.push(el.tagName);
  // JSON-LD is inert data; what matters is that no payload closed it early.
  for (const script of document.scripts)
    if (script.type !== 'application/ld+json' || script.textContent.includes('<'))
      found.push(script.outerHTML);
  return found;
}"""


@pytest.fixture(scope="module")
def xss_public(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("xss-browser")
    files = {f"content/xss-{n}.md": xss_explainer(p) for n, p in enumerate(PAYLOADS)}
    make_project(root, {**files, "site.yml": site_config(PAYLOADS[1])})
    assert run_cli("build", "--root", root).returncode == 0
    return root / "public"


def test_no_payload_runs_in_a_browser(xss_public: Path, seed_site: Path, new_page) -> None:
    page = new_page
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto((seed_site / "index.html").as_uri())
    theme_scripts = set(page.evaluate(RUNNABLE))
    shown = {*PAYLOADS, *(typeset_text(payload, "en") for payload in PAYLOADS)}
    with serve_dir(xss_public) as base:
        for name in ["index.html"] + [f"xss-{n}.html" for n in range(len(PAYLOADS))]:
            page.goto(base + name, wait_until="load")
            page.mouse.move(10, 10)
            page.mouse.move(600, 400, steps=5)
            assert [f for f in page.evaluate(RUNNABLE) if f not in theme_scripts] == [], name
            # The payload shows as text: the site's title as typed, an explainer's title with
            # its quotes set as typographers set them.
            assert page.locator("h1").inner_text() in shown
    assert dialogs == []
    assert page_errors(page).exceptions == []
