"""The README's publishing recipes: the files it shows are the files shipped, and they build."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import feedparser
import yaml

from .helpers import REPO, copy_seed

README = (REPO / "README.md").read_text(encoding="utf-8")
WORKFLOW = REPO / "docs" / "github-pages.yml"
NETLIFY = REPO / "docs" / "netlify.toml"


def run_recipe(command: str, tmp_path: Path, env: dict[str, str]) -> Path:
    """Run a recipe's build command (not its pip install) in a copy of the project."""
    build = command.split("&&")[-1].strip()
    assert build.startswith("python build.py ")
    project = copy_seed(tmp_path / "project")
    build = build.replace("python build.py", f'"{sys.executable}" "{REPO / "build.py"}"', 1)
    result = subprocess.run(["sh", "-c", build], cwd=project, capture_output=True, text=True,
                            env={"PATH": "/usr/bin:/bin", **env}, timeout=120)
    assert result.returncode == 0, result.stderr
    return project / "public"


def test_the_github_pages_workflow_builds_and_uploads_public(tmp_path: Path) -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    [build] = [s["run"] for s in steps if "build.py" in s.get("run", "")]
    [upload] = [s for s in steps if s.get("uses", "").startswith("actions/upload-pages")]
    assert upload["with"]["path"] == "public"
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert [s["uses"] for s in workflow["jobs"]["deploy"]["steps"]] == ["actions/deploy-pages@v4"]
    command = build.replace("${{ steps.pages.outputs.base_url }}", "https://user.github.io/repo")
    out = run_recipe(command, tmp_path, {})
    feed = feedparser.parse((out / "feed.xml").read_bytes())
    assert feed.bozo == 0
    assert feed.feed.id == "https://user.github.io/repo/"


def test_the_readme_shows_the_workflow_as_shipped() -> None:
    snippet = re.search(r"```yaml\n(.*?)```", README, re.S)[1]
    workflow = WORKFLOW.read_text(encoding="utf-8")
    assert snippet in workflow


def test_the_netlify_recipe_is_the_shipped_file_and_builds(tmp_path: Path) -> None:
    snippet = re.search(r"```toml\n(.*?)```", README, re.S)[1]
    assert snippet == NETLIFY.read_text(encoding="utf-8")
    config = tomllib.loads(snippet)
    assert config["build"]["publish"] == "public"
    out = run_recipe(config["build"]["command"], tmp_path,
                     {"URL": "https://example.netlify.app"})
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://example.netlify.app/</loc>" in sitemap
    assert "Sitemap: https://example.netlify.app/sitemap.xml" in (out / "robots.txt").read_text()


def test_the_rsync_and_s3_recipes_build_with_the_folder_address(tmp_path: Path) -> None:
    block = re.search(r"```sh\n(python build\.py --base-url .*?)```", README, re.S)[1]
    build, rsync, s3 = block.strip().split("\n")
    assert rsync.startswith("rsync -av --delete public/ ")
    assert s3.startswith("aws s3 sync public/ ") and s3.endswith(" --delete")
    out = run_recipe(build, tmp_path, {})
    links = re.findall(r'href="(https://[^"]+)"', (out / "404.html").read_text())
    assert links and all(u.startswith("https://example.org/news/explainers/") for u in links)
