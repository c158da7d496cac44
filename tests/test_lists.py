"""What list pages see of an explainer, and explainer pages that list the site's explainers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import run_cli, soup

STORY = ("---\ntitle: Story {n}\ndek: D\npublished: 2024-05-{n:02d}\n---\n"
         "--- summary\n---\nText {n}.\n")
# An explainer page that lists every explainer of the site, a common design.
LISTING_PAGE = """{% extends "theme/explainer.html" %}
{% block content %}{{ super() }}
<aside><h2>All explainers</h2><ul class="all">
{% for other in site.explainers %}<li>{{ other.title }}</li>{% endfor %}
</ul></aside>
{% endblock %}
"""


def stories(*numbers: int) -> dict[str, str]:
    """Return explainer files numbered as given."""
    return {f"content/story-{n}.md": STORY.format(n=n) for n in numbers}


def listed(page: Path) -> list[str]:
    """Return the titles an explainer page lists in its aside."""
    return [li.get_text() for li in soup(page).select("ul.all li")]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_explainer_pages_can_list_every_explainer_and_follow_additions(
        jobs: str, make_site: Callable[..., Path]) -> None:
    root = make_site({"overrides/templates/explainer.html": LISTING_PAGE, **stories(1, 2, 3)})
    out = root / "public"
    assert run_cli("build", "--root", root, "--jobs", jobs).returncode == 0
    for n in (1, 2, 3):
        assert listed(out / f"story-{n}.html") == ["Story 3", "Story 2", "Story 1"]
    (root / "content/story-4.md").write_text(STORY.format(n=4), encoding="utf-8")
    result = run_cli("build", "--root", root, "--jobs", jobs)
    assert result.returncode == 0, result.stderr
    for n in (1, 2, 3, 4):  # the pages of unchanged explainers follow too
        assert listed(out / f"story-{n}.html") == ["Story 4", "Story 3", "Story 2", "Story 1"]
    again = run_cli("build", "--root", root, "--jobs", jobs, "--output", root / "again")
    assert "0 page(s) rendered" in again.stdout  # they come from the cache, which knows the list
    assert listed(root / "again/story-1.html") == ["Story 4", "Story 3", "Story 2", "Story 1"]


@pytest.mark.parametrize("command", ["build", "check"])
def test_list_templates_see_front_matter_and_countries_not_sections(
        command: str, make_site: Callable[..., Path]) -> None:
    index = ('{% extends "theme/index.html" %}{% block content %}'
             "{% for e in site.explainers %}{{ e.sections | length }}{% endfor %}"
             "{% endblock %}\n")
    root = make_site({"overrides/templates/index.html": index, **stories(1)})
    result = run_cli(command, "--root", root)
    assert result.returncode == 1
    assert result.stderr.startswith(
        "overrides/templates/index.html:1: error: template error while rendering index.html: "
        "a Teaser has no attribute 'sections'\n")
    assert not (root / "public").exists()
