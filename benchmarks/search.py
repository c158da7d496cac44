#!/usr/bin/env python3
"""Search a built site in Chromium from file://: the bytes each query loads, the time to results.

    python benchmarks/search.py SITE_FOLDER [QUERY ...]
    python benchmarks/search.py SITE_FOLDER --page ja/search.html [QUERY ...]
    python benchmarks/search.py SITE_FOLDER --ime [QUERY ...]

For each query, a fresh page opens search.html, the query is put in the field at once, and the
bytes are those of the index files it loaded (search/*.js, raw). Then, RUNS times, a fresh
page types the query a key at a time (120 ms apart), or with --ime through an input method
(each phrase composed a letter at a time, then committed, as readers of Japanese type), and
the times run from the last keystroke (the last commit) to the first result on screen, and
to all of them (the page shows each result as the file with its title comes in); search.js's
own short wait after a keystroke counts in them, and so do the bytes loaded while typing, in
the second column. Needs Playwright and Chromium.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

CHROMIUM = os.environ.get("CHROMIUM") or os.environ.get("CHROME_PATH") or "/usr/bin/chromium"
QUERIES = ("Kenya", "non-NATO", "election", "United States sanctions", "USA", "cli")
RUNS = 5
# Watches for the answer to the query, once fully typed: the times from the last keystroke
# (timing.start, set by whoever types it) until the first result is on screen and until all
# are (the list is no longer busy); with no result, until the status line names the query.
WATCH = """(query) => {
  const status = document.querySelector('.search-status');
  const list = document.querySelector('.search-results');
  // The page puts the query in its address as it starts to search for it: from then on, a
  // change of the list is the query's, an earlier search's results being dropped. (The status
  // line is no sign: it is said once the reader pauses.)
  const searching = () => new URLSearchParams(location.search).get('q') === query.trim();
  const timing = window.timing = {start: 0};
  document.querySelector('#search-query').addEventListener('compositionend', () => {
    timing.start = performance.now();  // an input method's commit is the last key
  });
  let first = null;
  window.answered = new Promise(resolve => new MutationObserver((_, observer) => {
    if (!searching()) return;
    const busy = list.hasAttribute('aria-busy');
    if (first === null && (list.children.length > 0 || !busy)) {
      first = performance.now() - timing.start;
    }
    if (!busy) {
      observer.disconnect();
      resolve([[first, performance.now() - timing.start], status.textContent]);
    }
  }).observe(list, {childList: true, attributes: true}));
}"""
# Types the query a key at a time, as on a keyboard without an input method.
TYPED = """async (query) => {
  const field = document.querySelector('#search-query');
  field.focus();
  for (const letter of query.slice(0, -1)) {
    field.value += letter;
    field.dispatchEvent(new Event('input'));
    await new Promise(r => setTimeout(r, 120));
  }
  window.timing.start = performance.now();
  field.value += query.slice(-1);
  field.dispatchEvent(new Event('input'));
}"""
# The phrases a Japanese reader commits one by one through an input method: a run of katakana
# or of kanji, with the kana that follow it, or kana alone. Other text is one phrase.
PHRASES = re.compile("[\u30a0-\u30ff]+[\u3040-\u309f]*|[\u4e00-\u9fff]+[\u3040-\u309f]*"
                     "|[\u3040-\u309f]+|[^\u3040-\u30ff\u4e00-\u9fff]+")
AT_ONCE = """async (query) => {
  const field = document.querySelector('#search-query');
  const status = document.querySelector('.search-status');
  const list = document.querySelector('.search-results');
  field.value = query;
  field.dispatchEvent(new Event('input'));
  while (!status.textContent.includes(query) || list.hasAttribute('aria-busy')) {
    await new Promise(r => setTimeout(r, 20));
  }
  return [[0, 0], status.textContent];
}"""


PAGE = "search.html"  # the search page, from the site's folder: another language's is in its own


def run(browser, site: Path, query: str, typing: str) -> tuple[int, list[float], str]:
    """Open the search page and put the query in its field: "at once", typed a key at a time
    ("keys") or through an input method ("ime"); return the index bytes it loaded, the times
    to the first result and to all (none at once), and the status line."""
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto((site / PAGE).as_uri())
    page.wait_for_function("window.explainerSearch !== undefined")
    if typing == "at once":
        elapsed, status = page.evaluate(AT_ONCE, query)
    else:
        page.evaluate(WATCH, query)
        if typing == "ime":
            compose(page, query)
        else:
            page.evaluate(TYPED, query)
        elapsed, status = page.evaluate("window.answered")
    loaded = sum(len(Path(unquote(urlsplit(url).path)).read_bytes())
                 for url in set(requests) if "/search/" in url)
    page.close()
    return loaded, elapsed, status


def compose(page, query: str) -> None:
    """Type a query through an input method, as Chromium's DevTools protocol lets a test do:
    each phrase composed a letter at a time (120 ms apart), then committed."""
    page.locator("#search-query").focus()
    session = page.context.new_cdp_session(page)
    for phrase in PHRASES.findall(query):
        for end in range(1, len(phrase) + 1):
            session.send("Input.imeSetComposition",
                         {"text": phrase[:end], "selectionStart": end, "selectionEnd": end})
            page.wait_for_timeout(120)
        session.send("Input.insertText", {"text": phrase})
        page.wait_for_timeout(120)


def measure(site: Path, queries: list[str], typing: str
            ) -> list[tuple[str, int, int, float, float, str]]:
    """Return, per query, the index bytes it loads at once and typed, its median times to the
    first result and to all, and the status line."""
    from playwright.sync_api import sync_playwright

    found = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        for query in queries:
            at_once, _, status = run(browser, site, query, "at once")
            typed = [run(browser, site, query, typing) for _ in range(RUNS)]
            found.append((query, at_once, max(bytes_ for bytes_, _, _ in typed),
                          statistics.median(times[0] for _, times, _ in typed),
                          statistics.median(times[1] for _, times, _ in typed), status))
        browser.close()
    return found


def main(argv: list[str]) -> int:
    """Print a table of the queries' bytes and times for the site folder given."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, help="a built site's folder")
    parser.add_argument("queries", nargs="*", default=list(QUERIES),
                        help="what to search for, of two letters or more (default: "
                             f"{', '.join(QUERIES)})")
    parser.add_argument("--page", default=PAGE,
                        help=f"the search page, from the site's folder (default: {PAGE}; "
                             "fr/search.html searches the French explainers)")
    parser.add_argument("--ime", action="store_true",
                        help="type through an input method, phrase by phrase, as readers of "
                             "Japanese do (the page searches each phrase once committed)")
    args = parser.parse_intermixed_args(argv)
    site = args.site.resolve()
    globals()["PAGE"] = args.page
    print(f"| query | index loaded | loaded while typing | first result after the last key "
          f"(median of {RUNS}) | all results | status |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    typing = "ime" if args.ime else "keys"
    for query, at_once, typed, first, every, status in measure(site, args.queries, typing):
        print(f"| `{query}` | {at_once / 1000:,.0f} KB | {typed / 1000:,.0f} KB "
              f"| {first:.0f} ms | {every:.0f} ms | {status} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
