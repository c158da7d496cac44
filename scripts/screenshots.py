#!/usr/bin/env python3
"""Take the screenshots of the seed explainer in the README and docs/design.md, with Playwright.

Builds a copy of the repository's project in a temporary folder, opens the explainer from disk
in headless Chromium (``$CHROMIUM`` or /usr/bin/chromium) and writes PNGs to
``docs/screenshots/`` (or the folder ``--output`` names): desktop and phone in the light
scheme, phone in the dark scheme, and the country map on desktop in the dark scheme. Each is
cut to at most 1600 CSS pixels high, then shrunk with pngquant and optipng when they are
installed (``apt-get install pngquant optipng``). Re-run it whenever the design changes:
``python scripts/screenshots.py``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Browser

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
PAGE = "haiti-kenya-police-mission.html"
PROJECT = ("content", "templates", "static", "site.yml")  # what a build reads
HEIGHT = 1600
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]


@dataclass(frozen=True)
class Shot:
    """One screenshot: a file name, a viewport width, a colour scheme, where to start."""

    name: str
    width: int
    scheme: str
    start: str | None = None  # a CSS selector; None for the top of the page


SHOTS = (
    Shot("explainer-desktop.png", 1280, "light"),
    Shot("explainer-phone.png", 390, "light"),
    Shot("explainer-phone-dark.png", 390, "dark"),
    Shot("explainer-map-dark.png", 1280, "dark", "section.countries"),
)


def build_site(tmp: Path) -> Path:
    """Build a copy of the repository's project in tmp; return the site, or exit with the
    build's messages. The copy keeps the build's cache out of the checkout."""
    project = tmp / "project"
    for name in PROJECT:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name)
        else:
            shutil.copy2(source, project / name)
    out = tmp / "public"
    cmd = [sys.executable, str(ROOT / "build.py"), "build", "--root", str(project),
           "--output", str(out)]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"error: the build failed:\n{result.stderr}")
    return out


def take(browser: Browser, url: str, shot: Shot, out: Path) -> Path:
    """Open url as the shot says and save the screenshot; return its path."""
    context = browser.new_context(viewport={"width": shot.width, "height": 900},
                                  color_scheme=shot.scheme, reduced_motion="reduce")
    try:
        page = context.new_page()
        page.goto(url)
        # Load the lazy flags now, as a reader scrolling down would.
        page.evaluate("document.querySelectorAll('img').forEach((i) => { i.loading = 'eager'; })")
        page.wait_for_function("[...document.images].every((i) => i.complete)")
        top = 0
        if shot.start:
            top = int(page.locator(shot.start).evaluate(
                "el => el.getBoundingClientRect().top + scrollY")) - 16
        height = min(HEIGHT, page.evaluate("document.documentElement.scrollHeight") - top)
        path = out / shot.name
        page.screenshot(path=str(path), full_page=True, animations="disabled",
                        clip={"x": 0, "y": top, "width": shot.width, "height": height})
        return path
    finally:
        context.close()


def optimise(path: Path) -> None:
    """Shrink a PNG in place with pngquant and optipng, when they are installed."""
    if shutil.which("pngquant"):
        subprocess.run(["pngquant", "--force", "--skip-if-larger", "--strip",
                        "--quality=80-95", "--output", str(path), str(path)], check=False)
    if shutil.which("optipng"):
        subprocess.run(["optipng", "-quiet", "-o2", "-strip", "all", str(path)], check=True)


def main() -> int:
    """Build the site, take every shot and report the files written."""
    parser = argparse.ArgumentParser(description="Take the manual's screenshots of the seed "
                                     "explainer.")
    parser.add_argument("--output", type=Path, default=OUT,
                        help="folder to write the PNGs to (default: docs/screenshots)")
    out = parser.parse_args().output.resolve()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sys.exit("error: playwright is missing; install it with: "
                 "python -m pip install -e '.[test]'")
    chromium = os.environ.get("CHROMIUM") or "/usr/bin/chromium"
    if shutil.which(chromium) is None:
        sys.exit(f"error: Chromium not found at {chromium}: apt-get install chromium, "
                 "or set CHROMIUM")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="explainer-shots-") as tmp:
        site = build_site(Path(tmp))
        url = (site / PAGE).as_uri()
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which(chromium),
                                        args=CHROMIUM_ARGS, headless=True)
            try:
                for shot in SHOTS:
                    path = take(browser, url, shot, out)
                    optimise(path)
                    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                    print(f"{shown}  {path.stat().st_size // 1024} KB")
            finally:
                browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
