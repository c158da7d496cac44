"""The generators a benchmark runs: ours, and the peers Pelican, MkDocs and Hugo."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from benchmarks.corpus import REPO, build_environment, page_paths, write_corpus
from benchmarks.stories import Story

VENV_PACKAGES = ("pelican", "markdown", "mkdocs")


class ToolError(Exception):
    """A generator cannot be set up or did not build the site."""


@dataclass(frozen=True)
class Tool:
    """A generator ready to build one corpus: how to run it and what it must produce."""

    name: str
    version: str
    command: tuple[str, ...]
    root: Path
    output: Path
    caches: tuple[Path, ...]
    pages: tuple[str, ...]
    env: Mapping[str, str] | None = None  # to run it in; None: this process's

    def clear(self, caches: bool = True) -> None:
        """Remove the output folder, and the on-disk caches unless told to keep them."""
        for path in (self.output, *(self.caches if caches else ())):
            shutil.rmtree(path, ignore_errors=True)

    def missing_pages(self) -> list[str]:
        """Return the explainer pages the last build did not write."""
        return [page for page in self.pages if not (self.output / page).is_file()]

    def html_files(self) -> int:
        """Return how many HTML files the last build wrote, explainer pages or not."""
        return sum(1 for _ in self.output.rglob("*.html"))


def ours(stories: list[Story], work: Path) -> Tool:
    """Write the explainer corpus and return our generator, run as `python build.py`."""
    root = write_corpus(stories, work / "explainer", "explainer")
    output = work / "explainer-public"
    command = (sys.executable, str(REPO / "build.py"), "--root", str(root), "--output", str(output))
    return Tool("explainer", project_version(), command, root, output, (root / ".cache",),
                tuple(page_paths(stories, "explainer")), build_environment())


def project_version() -> str:
    """Return the version in pyproject.toml."""
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    found = re.search(r'^version = "([^"]+)"', text, re.MULTILINE)
    return found[1] if found else "?"


def ensure_venv(venv: Path) -> Path:
    """Return the bin folder of a virtualenv holding Pelican and MkDocs, made on first use."""
    bin_dir = venv / "bin"
    if all((bin_dir / name).exists() for name in ("python", "pelican", "mkdocs")):
        return bin_dir
    print(f"installing {', '.join(VENV_PACKAGES)} from PyPI into {venv} (once) ...", flush=True)
    for command in ([sys.executable, "-m", "venv", str(venv)],
                    [str(bin_dir / "python"), "-m", "pip", "install", "--quiet",
                     "--disable-pip-version-check", *VENV_PACKAGES]):
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            raise ToolError(f"could not set up {venv}: {' '.join(command)} failed:\n"
                            f"{done.stderr.strip()[-2000:]}")
    return bin_dir


def package_version(bin_dir: Path, package: str) -> str:
    """Return the version of a package installed in a virtualenv."""
    done = subprocess.run([str(bin_dir / "python"), "-c",
                           f"import importlib.metadata as m; print(m.version({package!r}))"],
                          capture_output=True, text=True)
    return done.stdout.strip() or "?"


def peers(stories: list[Story], work: Path, venv: Path) -> tuple[list[Tool], list[str]]:
    """Write the plain-Markdown corpora; return the peers to run and notes on those skipped."""
    bin_dir = ensure_venv(venv)
    root = write_corpus(stories, work / "pelican", "pelican")
    tools = [Tool("Pelican", package_version(bin_dir, "pelican"),
                  (str(bin_dir / "pelican"), "content", "-o", "out", "-s", "pelicanconf.py"),
                  root, root / "out", (root / "cache",), tuple(page_paths(stories, "pelican")),
                  build_environment())]
    root = write_corpus(stories, work / "mkdocs", "mkdocs")
    tools.append(Tool("MkDocs", package_version(bin_dir, "mkdocs"),
                      (str(bin_dir / "mkdocs"), "build", "-q", "-d", "out"),
                      root, root / "out", (), tuple(page_paths(stories, "mkdocs")),
                      build_environment()))
    hugo = shutil.which("hugo")
    if hugo is None:
        return tools, ["Hugo: not on PATH, skipped (on Debian: apt-get install hugo)"]
    root = write_corpus(stories, work / "hugo", "hugo")
    tools.append(Tool("Hugo", hugo_version(hugo),
                      (hugo, "--quiet", "--source", str(root), "--destination", "out",
                       "--cacheDir", str(root / ".hugo-cache")),
                      root, root / "out", (root / ".hugo-cache", root / "resources"),
                      tuple(page_paths(stories, "hugo")), build_environment()))
    return tools, []


def hugo_version(hugo: str) -> str:
    """Return Hugo's version number, such as 0.111.3."""
    done = subprocess.run([hugo, "version"], capture_output=True, text=True)
    found = re.search(r"v(\d+\.\d+\.\d+)", done.stdout)
    return found[1] if found else "?"
