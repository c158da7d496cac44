#!/usr/bin/env python3
"""Search a built site in Chromium from file://: the bytes each query loads, the time to results.

    python benchmarks/search.py SITE_FOLDER [QUERY ...]

For each query, a fresh page opens search.html, the query is put in the field at once, and the
bytes are those of the index files it loaded (search/*.js, raw). Then, RUNS times, a fresh
page types the query a key at a time (120 ms apart) and the time runs from the last keystroke
to the results on screen; search.js's own short wait after a keystroke counts in it, and so
do the bytes loaded while typing, in the second column. Needs Playwright and Chromium.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

CHROMIUM = os.environ.get("CHROMIUM") or os.environ.get("CHROME_PATH") or "/usr/bin/chromium"
QUERIES = ("Kenya", "non-NATO", "election", "United States sanctions", "USA", "cli")
RUNS = 5
# The time from the last keystroke until the status line names the query.
TIMED = """async (query) => {
  const field = document.querySelector('#search-query');
  const status = document.querySelector('.search-status');
  field.focus();
  for (const letter of query.slice(0, -1)) {
    field.value += letter;
    field.dispatchEvent(new Event('input'));
    await new Promise(r => setTimeout(r, 120));
  }
  const answered = new Promise(resolve => new MutationObserver((_, observer) => {
    if (status.textContent.includes(query)) { observer.disconnect(); resolve(); }
  }).observe(status, {childList: true, characterData: true, subtree: true}));
  const start = performance.now();
  field.value += query.slice(-1);
  field.dispatchEvent(new Event('input'));
  await answered;
  return [performance.now() - start, status.textContent];
}"""
AT_ONCE = """async (query) => {
  const field = document.querySelector('#search-query');
  const status = document.querySelector('.search-status');
  field.value = query;
  field.dispatchEvent(new Event('input'));
  while (!status.textContent.includes(query)) await new Promise(r => setTimeout(r, 20));
  return [0, status.textContent];
}"""


def run(browser, site: Path, query: str, script: str) -> tuple[int, float, str]:
    """Open the search page, run a script with the query; return the index bytes it loaded,
    and the script's time and status line."""
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto((site / "search.html").as_uri())
    page.wait_for_function("window.explainerSearch !== undefined")
    elapsed, status = page.evaluate(script, query)
    loaded = sum(len(Path(unquote(urlsplit(url).path)).read_bytes())
                 for url in set(requests) if "/search/" in url)
    page.close()
    return loaded, elapsed, status


def measure(site: Path, queries: list[str]) -> list[tuple[str, int, int, float, str]]:
    """Return, per query, the index bytes it loads at once and typed, its median time to
    results and the status line."""
    from playwright.sync_api import sync_playwright

    found = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        for query in queries:
            at_once, _, status = run(browser, site, query, AT_ONCE)
            typed = [run(browser, site, query, TIMED) for _ in range(RUNS)]
            found.append((query, at_once, max(bytes_ for bytes_, _, _ in typed),
                          statistics.median(time for _, time, _ in typed), status))
        browser.close()
    return found


def main(argv: list[str]) -> int:
    """Print a table of the queries' bytes and times for the site folder given."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, help="a built site's folder")
    parser.add_argument("queries", nargs="*", default=list(QUERIES),
                        help="what to search for, of two letters or more (default: "
                             f"{', '.join(QUERIES)})")
    args = parser.parse_args(argv)
    site = args.site.resolve()
    print(f"| query | index loaded | loaded while typing | results after the last key "
          f"(median of {RUNS}) | status |")
    print("| --- | ---: | ---: | ---: | --- |")
    for query, at_once, typed, elapsed, status in measure(site, args.queries):
        print(f"| `{query}` | {at_once / 1000:,.0f} KB | {typed / 1000:,.0f} KB "
              f"| {elapsed:.0f} ms | {status} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
