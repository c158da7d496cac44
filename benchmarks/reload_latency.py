#!/usr/bin/env python3
"""Measure the live preview's edit-to-reload latency in headless Chromium.

For each site (the repository's seed content, and the seed explainer copied under N slugs) this
starts `python build.py serve` on a free port, opens an explainer in Chromium, and then, again
and again, writes a change to a file and waits until the browser shows it:

- explainer: the open explainer's title is edited; latency runs from just before the file is
  written to the end of DOMContentLoaded of the reloaded page (the browser's own clock);
- stylesheet: static/style.css is edited; latency runs to the first moment the page's computed
  style shows the change (livereload swaps the stylesheet in without reloading the page);
- partial: templates/sections/timeline.html is edited, which re-renders every page using it.

The preview's own report of each rebuild ("rebuilt in N ms") is collected too. Nothing in the
repository is changed: sites are generated in a temporary folder that is removed at the end.

Usage: python benchmarks/reload_latency.py [--sizes seed 1000 10000 1000-copies] [--runs 20]
    [--edits explainer stylesheet partial] [--build OTHER_CHECKOUT/build.py]
(needs Chromium at /usr/bin/chromium or $CHROMIUM, and the playwright package). --build serves
with another checkout's build.py and that checkout's theme (the sites' explainers are this
checkout's seed), to compare two versions in one run.
The first build of 10,000 explainers takes a minute or two; a section partial edit re-renders
every page, so leave it out there with --edits explainer stylesheet.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycountry

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "content" / "haiti-kenya-police-mission.md"
TIMEOUT_S = 120
START_TIMEOUT_S = 900  # the first build of 10,000 explainers on a busy machine
EDITS = ("explainer", "prose", "stylesheet", "partial")
CONNECTED = "() => window.LiveReload && window.LiveReload.connector.protocol >= 7"
LOADED_AT = ("() => performance.timeOrigin"
             " + performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")
WATCH_COLOR = """(color) => {
  window.colorSeenAt = null;
  const h1 = document.querySelector('h1');
  const check = () => getComputedStyle(h1).color === color
    ? window.colorSeenAt = performance.timeOrigin + performance.now() : setTimeout(check, 1);
  check();
}"""


@dataclass
class Figures:
    """Latencies of one kind of edit on one site, in milliseconds."""

    site: str
    edit: str
    latencies: list[float]
    rebuilds: list[float]

    def row(self) -> str:
        """Return a Markdown table row."""
        ordered = sorted(self.latencies)
        p90 = ordered[max(0, round(0.9 * len(ordered)) - 1)]
        rebuild = statistics.median(self.rebuilds) if self.rebuilds else float("nan")
        return (f"| {self.site} | {self.edit} | {len(ordered)} | "
                f"{statistics.median(ordered):.0f} | {p90:.0f} | {ordered[-1]:.0f} | "
                f"{rebuild:.0f} |")


def make_site(folder: Path, size: str, theme: Path) -> tuple[Path, str]:
    """Write a project with the theme of the checkout at `theme` (the one measured, whose
    templates its code knows); return it and the slug of the page to watch.

    size is "seed" (the repository's one explainer), "N" (N variants of it, each with its own
    title, date, four countries out of all of ISO 3166's and three tags out of forty) or
    "N-copies" (N variants that differ only in title and date, so every country and tag page
    lists all N: the worst case for an edit).
    """
    root = folder / f"site-{size}"
    shutil.copytree(theme / "templates", root / "templates")
    shutil.copytree(theme / "static", root / "static")
    content = root / "content"
    content.mkdir()
    if size == "seed":
        shutil.copy(SEED, content / SEED.name)
        return root, SEED.stem
    count = int(size.removesuffix("-copies"))
    text = SEED.read_text(encoding="utf-8")
    for number in range(1, count + 1):
        variant = (text.replace("\ntitle: ", f"\ntitle: No. {number}, ", 1)
                   .replace("published: 2024-06-26", f"published: 2024-07-{1 + number % 28:02d}"))
        if not size.endswith("-copies"):
            variant = varied(variant, number)
        (content / f"explainer-{number:04d}.md").write_text(variant, encoding="utf-8")
    return root, f"explainer-{count // 2:04d}"


def varied(text: str, number: int) -> str:
    """Give an explainer its own countries and tags."""
    codes = sorted(country.alpha_2 for country in pycountry.countries)
    picked = [codes[(number * 7 + step * 61) % len(codes)] for step in range(4)]
    roles = ("lead", "host", "contributing", "supporting")
    countries = "".join(f"  - {{name: {code}, role: {role}}}\n"
                        for code, role in zip(picked, roles, strict=True))
    start = text.index("--- countries\n")
    end = text.index("\n---\n", start) + len("\n---\n")
    tags = ", ".join(f"Topic {(number + step * 13) % 40 + 1}" for step in range(3))
    return (text[:start] + f"--- countries\ncountries:\n{countries}---\n" + text[end:]) \
        .replace("tags: [Haiti, Kenya, United States, Security]", f"tags: [{tags}]")


class Server:
    """`build.py serve` in a subprocess, with its output collected."""

    def __init__(self, root: Path, build: Path) -> None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.lines: list[str] = []
        self.process = subprocess.Popen(
            [sys.executable, str(build), "serve", "--root", str(root),
             "--port", str(port)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        threading.Thread(target=lambda: self.lines.extend(iter(self.process.stdout.readline, "")),
                         daemon=True).start()
        self.url = re.search(r"serving (\S+)",
                             self.wait_for(r"serving http", timeout=START_TIMEOUT_S)).group(1)

    def wait_for(self, pattern: str, after: int = 0, timeout: float = TIMEOUT_S) -> str:
        """Wait for an output line matching pattern among those after the first `after`."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in self.lines[after:]:
                if re.search(pattern, line):
                    return line
            if self.process.poll() is not None:
                break
            time.sleep(0.005)
        raise RuntimeError(f"no output matching {pattern!r}; got {''.join(self.lines)}")

    def stop(self) -> None:
        """Press Ctrl-C."""
        self.process.send_signal(signal.SIGINT)
        self.process.wait(timeout=TIMEOUT_S)


def measure(page: Any, server: Server, change: Callable[[int], None],
            arrived: Callable[[int], float], runs: int) -> tuple[list[float], list[float]]:
    """Make `runs` changes; return their latencies and the preview's rebuild times (ms)."""
    latencies, rebuilds = [], []
    for run in range(runs):
        page.wait_for_function(CONNECTED, timeout=TIMEOUT_S * 1000)
        time.sleep(0.2)  # let the previous rebuild's output settle before the next edit
        seen = len(server.lines)
        started = time.time() * 1000
        change(run)
        latencies.append(arrived(run) - started)
        line = server.wait_for(r"rebuilt in \d+ ms", seen)
        rebuilds.append(float(re.search(r"rebuilt in (\d+) ms", line).group(1)))
    return latencies, rebuilds


def explainer_edits(page: Any, path: Path) -> tuple[Callable[[int], None],
                                                    Callable[[int], float]]:
    """Return how to retitle the explainer, and how to wait for its new page."""
    original = path.read_text(encoding="utf-8")

    def change(run: int) -> None:
        path.write_text(original.replace("\ntitle: ", f"\ntitle: Edit {run}, ", 1),
                        encoding="utf-8")

    def arrived(run: int) -> float:
        page.wait_for_function("(prefix) => document.querySelector('h1') &&"
                               " document.querySelector('h1').textContent.startsWith(prefix)",
                               arg=f"Edit {run}, ", timeout=TIMEOUT_S * 1000)
        return page.evaluate(LOADED_AT)

    return change, arrived


def prose_edits(page: Any, path: Path) -> tuple[Callable[[int], None],
                                               Callable[[int], float]]:
    """Return how to edit the summary's text alone, and how to wait for the new page.

    The title, dates, countries and tags stay the same, so no list of explainers changes: the
    commonest edit while writing.
    """
    original = path.read_text(encoding="utf-8")
    opening = "--- summary\n---\n"
    if opening not in original:
        raise RuntimeError(f"{path} has no summary without a header to edit")

    def change(run: int) -> None:
        path.write_text(original.replace(opening, f"{opening}Edit {run}. ", 1),
                        encoding="utf-8")

    def arrived(run: int) -> float:
        page.wait_for_function("(mark) => document.body && document.body.innerText.includes(mark)",
                               arg=f"Edit {run}. ", timeout=TIMEOUT_S * 1000)
        return page.evaluate(LOADED_AT)

    return change, arrived


def stylesheet_edits(page: Any, path: Path) -> tuple[Callable[[int], None],
                                                     Callable[[int], float]]:
    """Return how to recolour the headline, and how to wait for the new colour."""
    original = path.read_text(encoding="utf-8")
    color = "rgb(1, 2, {})"

    def change(run: int) -> None:
        page.evaluate("window.stillTheSamePage = true")
        page.evaluate(WATCH_COLOR, color.format(run))
        path.write_text(original + f"\nh1 {{ color: {color.format(run)}; }}\n", encoding="utf-8")

    def arrived(run: int) -> float:
        page.wait_for_function("() => window.colorSeenAt", timeout=TIMEOUT_S * 1000)
        if not page.evaluate("window.stillTheSamePage"):
            raise RuntimeError("the page was reloaded for a stylesheet change")
        return page.evaluate("window.colorSeenAt")

    return change, arrived


def partial_edits(page: Any, path: Path) -> tuple[Callable[[int], None],
                                                  Callable[[int], float]]:
    """Return how to change the timeline partial, and how to wait for the reloaded page."""
    original = path.read_text(encoding="utf-8")

    def change(run: int) -> None:
        path.write_text(f"<!-- edit {run} -->\n" + original, encoding="utf-8")

    def arrived(run: int) -> float:
        page.wait_for_function("(mark) => document.documentElement.innerHTML.includes(mark)",
                               arg=f"<!-- edit {run} -->", timeout=TIMEOUT_S * 1000)
        return page.evaluate(LOADED_AT)

    return change, arrived


def bench_site(browser: Any, folder: Path, size: str, runs: int, edits: list[str],
               build: Path) -> list[Figures]:
    """Measure the chosen kinds of edit on one generated site."""
    root, slug = make_site(folder, size, build.parent)
    label = "seed (1 explainer)" if size == "seed" else \
        f"{int(size.removesuffix('-copies')):,} explainers" + \
        (", all listing every country and tag" if size.endswith("-copies") else "")
    server = Server(root, build)
    try:
        page = browser.new_page()
        page.goto(server.url + f"{slug}.html")
        figures = []
        kinds = [("explainer", explainer_edits, root / "content" / f"{slug}.md", runs),
                 ("explainer's text", prose_edits, root / "content" / f"{slug}.md", runs),
                 ("stylesheet", stylesheet_edits, root / "static" / "style.css", runs),
                 ("section partial", partial_edits,
                  root / "templates" / "sections" / "timeline.html", max(3, runs // 5))]
        for (edit, make, path, count), name in zip(kinds, EDITS, strict=True):
            if name not in edits:
                continue
            change, arrived = make(page, path)
            latencies, rebuilds = measure(page, server, change, arrived, count)
            figures.append(Figures(label, edit, latencies, rebuilds))
        page.close()
        return figures
    finally:
        server.stop()


def main() -> int:
    """Run the measurements and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", nargs="+", default=["seed", "1000", "1000-copies"],
                        help="sites to measure: 'seed', N (varied explainers) or N-copies "
                        "(default: seed 1000 1000-copies)")
    parser.add_argument("--runs", type=int, default=20, help="edits per kind (default: 20)")
    parser.add_argument("--edits", nargs="+", choices=EDITS, default=list(EDITS),
                        help="kinds of edit to measure (default: all)")
    parser.add_argument("--build", type=Path, default=REPO / "build.py",
                        help="the build.py to serve with (default: this checkout's)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("CHROMIUM") or "/usr/bin/chromium"
    figures: list[Figures] = []
    with tempfile.TemporaryDirectory(prefix="reload-latency-") as folder, \
            sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, headless=True,
                                             args=["--no-sandbox", "--disable-gpu"])
        for size in args.sizes:
            figures += bench_site(browser, Path(folder), size, args.runs, args.edits,
                                  args.build.resolve())
        browser.close()
    print(f"load average after the run: {os.getloadavg()[0]:.2f} (1 min), "
          f"{os.getloadavg()[1]:.2f} (5 min)")
    print("| site | edit | runs | median ms | p90 ms | max ms | rebuild ms (median) |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for figure in figures:
        print(figure.row())
    return 0


if __name__ == "__main__":
    sys.exit(main())
