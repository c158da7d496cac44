#!/usr/bin/env python3
"""Score the seed explainer with Lighthouse, on mobile and desktop, over local HTTP.

Builds the repository's content into a temporary folder, serves it on 127.0.0.1 (a free
port, in this process), runs Lighthouse (``node_modules/.bin/lighthouse``, installed by
``npm ci --ignore-scripts``) against the explainer page with Chromium, prints the four
category scores for each form factor and exits 1 if any is below ``--min-score``.

Usage: ``python scripts/lighthouse.py [--min-score 100] [--runs 1] [--page NAME.html]
[--reports DIR] [--project DIR]``. ``--project`` scores another project (such as the media
fixture, tests/fixtures/media), built with the repository's templates and static files beneath
its own. Chromium is ``$CHROME_PATH`` or /usr/bin/chromium.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
DEFAULT_PAGE = "haiti-kenya-police-mission.html"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
COMPRESSED = {".html", ".css", ".js", ".svg", ".txt", ".xml", ".json"}
FORM_FACTORS = {"mobile": [], "desktop": ["--preset=desktop"]}
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --no-first-run"
                " --disable-background-networking --disable-component-update --disable-sync")


class ScoreError(Exception):
    """A step could not run; the message says what to do."""


class QuietHandler(SimpleHTTPRequestHandler):
    """Serve files gzip-compressed when asked, as static hosts do, without logging requests."""

    def do_GET(self) -> None:
        """Send text files gzip-compressed to clients that accept it; the rest as usual."""
        path = Path(self.translate_path(self.path))
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts_gzip and path.is_file() and path.suffix in COMPRESSED):
            super().do_GET()
            return
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Keep the report readable."""


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-score", type=int, default=100, metavar="N",
                        help="fail when a category scores below N (0-100; default 100)")
    parser.add_argument("--runs", type=int, default=1, metavar="N",
                        help="run each form factor N times and take the median (default 1)")
    parser.add_argument("--page", default=DEFAULT_PAGE,
                        help=f"the page of the built site to score (default {DEFAULT_PAGE})")
    parser.add_argument("--reports", type=Path, metavar="DIR",
                        help="also save Lighthouse's JSON reports in DIR")
    parser.add_argument("--project", type=Path, metavar="DIR",
                        help="build this project, on the repository's theme, instead of the "
                             "repository's content")
    args = parser.parse_args(argv)
    if not 0 <= args.min_score <= 100 or args.runs < 1:
        parser.error("--min-score must be 0-100 and --runs at least 1")
    return args


def build_site(out: Path, project: Path | None = None) -> None:
    """Build the repository's content into out, or a project laid over the repository's theme."""
    root = ROOT
    if project is not None:
        root = out.parent / "project"
        for folder in ("templates", "static"):
            shutil.copytree(ROOT / folder, root / folder)
        shutil.copytree(project, root, dirs_exist_ok=True)
    cmd = [sys.executable, str(ROOT / "build.py"), "build", "--root", str(root), "--output",
           str(out)]
    result = subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise ScoreError(f"the build failed:\n{result.stderr}")


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve folder on 127.0.0.1 at a free port; yield the base URL."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    with ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}/"
        finally:
            server.shutdown()
            thread.join()


def chrome_path() -> str:
    """Return the Chromium that Lighthouse should drive."""
    chrome = os.environ.get("CHROME_PATH") or "/usr/bin/chromium"
    if shutil.which(chrome) is None:
        raise ScoreError(f"Chromium not found at {chrome}: install it (apt-get install "
                         "chromium) or set CHROME_PATH")
    return chrome


def run_lighthouse(url: str, form_factor: str, report: Path) -> dict[str, int]:
    """Run Lighthouse once; return its category scores out of 100."""
    cmd = [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
           f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS}",
           *FORM_FACTORS[form_factor]]
    env = {**os.environ, "CHROME_PATH": chrome_path()}
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0 or not report.is_file():
        raise ScoreError(f"lighthouse failed ({result.returncode}):\n{result.stderr[-2000:]}")
    data = json.loads(report.read_text(encoding="utf-8"))
    scores = {}
    for name in CATEGORIES:
        score = data["categories"][name]["score"]
        scores[name] = -1 if score is None else round(score * 100)
    return scores


def audit_notes(report: Path) -> list[str]:
    """Return the audits of a report that lost points, and those that could not run."""
    data = json.loads(report.read_text(encoding="utf-8"))
    weighted = {ref["id"] for c in data["categories"].values()
                for ref in c["auditRefs"] if ref["weight"] > 0}
    audits = data["audits"].values()
    notes = [f"{a['id']} ({a['score']}): {a['title']}" for a in audits
             if a["id"] in weighted and a.get("score") is not None and a["score"] < 1]
    # A Lighthouse older than the browser cannot read some trace events; these audits
    # carry no weight, but say so rather than hide it.
    errored = sorted(a["id"] for a in audits if a["scoreDisplayMode"] == "error")
    if errored:
        notes.append("could not run (no effect on the scores): " + ", ".join(errored))
    return notes


def score_form_factor(url: str, form_factor: str, runs: int, reports: Path) -> dict[str, int]:
    """Run Lighthouse runs times; print and return the median score of each category."""
    results, notes = [], {}
    for run in range(1, runs + 1):
        report = reports / f"lighthouse-{form_factor}-{run}.json"
        results.append(run_lighthouse(url, form_factor, report))
        notes.update(dict.fromkeys(audit_notes(report)))
    median = {name: int(statistics.median(r[name] for r in results)) for name in CATEGORIES}
    print(f"{form_factor:8}" + "".join(f"  {name} {median[name]:3}" for name in CATEGORIES))
    for note in notes:
        print(f"  {note}")
    return median


def main(argv: list[str] | None = None) -> int:
    """Build, serve, score and compare with the threshold; return the exit code."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if not LIGHTHOUSE.exists():
        print(f"error: {LIGHTHOUSE.relative_to(ROOT)} is missing; install the test tools with: "
              "npm ci --ignore-scripts", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="explainer-lighthouse-") as tmp:
        site, reports = Path(tmp) / "public", args.reports or Path(tmp)
        reports.mkdir(parents=True, exist_ok=True)
        try:
            build_site(site, args.project)
            if not (site / args.page).is_file():
                raise ScoreError(f"the built site has no page {args.page}")
            with serve(site) as base:
                print(f"Lighthouse on {args.page}, median of {args.runs} run(s):")
                scores = {ff: score_form_factor(base + args.page, ff, args.runs, reports)
                          for ff in FORM_FACTORS}
        except ScoreError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
    low = [f"{ff} {name} {score}" for ff, by_name in scores.items()
           for name, score in by_name.items() if score < args.min_score]
    if low:
        print(f"below {args.min_score}: " + ", ".join(low), file=sys.stderr)
        return 1
    print(f"all scores at or above {args.min_score}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
