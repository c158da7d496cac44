"""A small site for the publishing tests: three public explainers, a draft and a future one."""

from __future__ import annotations

from pathlib import Path

from . import helpers
from .helpers import run_cli

SITE_YML = """\
title: Example Explainers
description: Background on the news.
author: Explainer desk
organizations: [Explainer desk]
publisher: Example News
publisher_url: https://example.org/
logo: logo.png
image: social.png
twitter: "@example"
"""


def explainer(title: str, published: str, *, updated: str = "", byline: str = "",
              tags: str = "", countries: str = "", draft: bool = False) -> str:
    """Return the text of an explainer file with the given front matter and countries."""
    front = [f'title: "{title}"', "dek: What happened & why it matters.",
             f"published: {published}"]
    front += [f"updated: {updated}"] if updated else []
    front += [f"byline: {byline}"] if byline else []
    front += [f"tags: {tags}"] if tags else []
    front += ["draft: true"] if draft else []
    text = "---\n" + "\n".join(front) + "\n---\n\n--- summary\n---\nSomething happened.\n"
    if countries:
        text += f"\n--- countries\ncountries:\n{countries}---\n"
    return text


FILES: dict[str, str | bytes] = {
    "site.yml": SITE_YML,
    "static/logo.png": b"\x89PNG\r\n\x1a\n",
    "static/social.png": b"\x89PNG\r\n\x1a\n",
    "content/haiti.md": explainer(
        "Kenya leads a police mission to Haiti", "2024-06-26", updated="2024-07-02",
        tags="[Haiti, Security]",
        countries="  - {name: Kenya, role: lead}\n  - {name: Haiti, role: host}\n"
                  "  - {name: US, role: funder}\n"),
    "content/sudan.md": explainer(
        "Why Sudan's war drags on </script><b>", "2024-05", byline="[Ana Pérez, Explainer desk]",
        tags="[security, Sudan]",
        countries="  - {name: Sudan, role: host}\n  - {name: Kenya, role: supporting}\n"),
    "content/trade.md": explainer("A trade deal in brief", "2023"),
    "content/draft.md": explainer("An unfinished draft", "2024-01-01", draft=True,
                                  countries="  - {name: France, role: lead}\n"),
    "content/later.md": explainer("Scheduled for later", "2024-07-01", tags="[Later]"),
}
# 2024-06-30 12:00 UTC: the day before the scheduled explainer is due.
EPOCH_BEFORE = "1719748800"
SLUGS = ["haiti", "sudan", "trade"]
BASE = "https://example.org/news/explainers/"


def write_project(root: Path, files: dict[str, str | bytes] = FILES) -> Path:
    """Write a project with the repository's theme and the given files; return its root."""
    return helpers.write_project(root, files)


def build(root: Path, out: Path, *args: str, epoch: str = EPOCH_BEFORE) -> tuple[Path, str]:
    """Build root into out with SOURCE_DATE_EPOCH set; return out and everything printed."""
    result = run_cli("build", "--root", root, "--output", out, *args,
                     env={"SOURCE_DATE_EPOCH": epoch})
    assert result.returncode == 0, result.stderr
    return out, result.stdout + result.stderr
