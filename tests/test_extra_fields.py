"""Fields of a project's own (`extra:` in the front matter and in site.yml), as its templates
show them, and the errors that lead to them."""

from __future__ import annotations

from pathlib import Path

from .helpers import REPO, run_cli, soup, write_project
from .manual import code_blocks, section
from .test_schema import errors_of, read

STORY = """\
---
title: {title}
dek: A short dek.
published: 2024-06-{day}
{front}---

--- summary
---
Something happened.
"""
SUMMARY = "\n--- summary\n---\nSomething happened.\n"
# A list's item that shows a kicker where the explainer gives one, and marks the featured.
ITEM = """<li><article>
{%- if explainer.extra.kicker is defined %}<p class="kicker">{{ explainer.extra.kicker }}</p>
{%- endif %}<h2{% if explainer.extra.get("featured") %} class="featured"{% endif %}>
<a href="{{ rel(explainer.url) }}">{{ explainer.title }}</a></h2></article></li>
"""
BASE = """{% extends "theme/base.html" %}
{% block head %}<meta name="analytics-site" content="{{ site.config.extra.analytics.site }}">
{%- endblock %}
{% block header %}{% if explainer is defined and explainer.extra.rank is defined %}
<p class="desk">{{ explainer.extra.desk }} {{ explainer.extra.rank }} {{ explainer.extra.regions
| join("/") }}</p>{% endif %}{{ super() }}{% endblock %}
"""
OWN = ("extra:\n  kicker: Analysis\n  featured: true\n  desk: World\n  rank: 03\n"
       "  regions: [Africa, Caribbean]\n")


def project(tmp_path: Path, own: str = OWN) -> Path:
    """Return a project of two explainers, one with fields of its own, and templates that
    show them."""
    return write_project(tmp_path / "site", {
        "content/analysed.md": STORY.format(title="Analysed", day=26, front=own),
        "content/plain.md": STORY.format(title="Plain", day=20, front=""),
        "site.yml": "title: Example News\nextra:\n  analytics:\n    site: EXAMPLE-1\n",
        "overrides/templates/partials/explainer-item.html": ITEM,
        "overrides/templates/base.html": BASE})


def build(root: Path, out: Path) -> str:
    """Build a project; return its messages."""
    result = run_cli("build", "--root", root, "--output", out)
    assert result.returncode == 0, result.stderr
    return result.stderr


def test_templates_show_an_explainer_s_own_fields_and_the_site_s(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(project(tmp_path), out)
    index = soup(out / "index.html")
    assert [(h2.get("class"), h2.get_text(strip=True)) for h2 in index.select("h2")] == \
        [(["featured"], "Analysed"), (None, "Plain")]
    assert [p.get_text() for p in index.select("p.kicker")] == ["Analysis"]
    # Values as typed: '03' is a text, a list is a list.
    assert soup(out / "analysed.html").select_one("p.desk").get_text() == \
        "World 03 Africa/Caribbean"
    for page in ("index.html", "analysed.html", "tags/index.html"):
        assert soup(out / page).select_one('meta[name="analytics-site"]')["content"] == \
            "EXAMPLE-1", page


def test_a_changed_field_of_one_s_own_reaches_the_lists_on_the_next_build(
        tmp_path: Path) -> None:
    root, out = project(tmp_path), tmp_path / "out"
    build(root, out)
    story = root / "content/analysed.md"
    story.write_text(story.read_text().replace("kicker: Analysis", "kicker: Explainer"))
    build(root, out)
    assert [p.get_text() for p in soup(out / "index.html").select("p.kicker")] == ["Explainer"]


def test_a_field_no_explainer_knows_points_to_extra() -> None:
    [error] = errors_of(SUMMARY, "---\ntitle: T\ndek: D\npublished: 2024-05-23\n"
                        "kicker: Analysis\n---\n")
    assert error.startswith("content/x.md:5:1: error: front matter: unknown field 'kicker'")
    assert error.endswith("; a field of your own goes under 'extra:', as '  kicker: ...' "
                          "below it")
    # A misspelt field of explainer's own is still named as such.
    [error] = errors_of(SUMMARY, "---\ntitle: T\ndek: D\npublished: 2024-05-23\ntgas: [A]\n---\n")
    assert error.endswith("hint: did you mean 'tags'?")


def test_extra_that_is_no_mapping_or_holds_itself_is_an_error_at_its_line() -> None:
    [error] = errors_of(SUMMARY, "---\ntitle: T\ndek: D\npublished: 2024-05-23\n"
                        "extra: Analysis\n---\n")
    assert error.startswith("content/x.md:5:8: error: front matter: 'extra' must be a mapping "
                            "of 'name: value' lines, found the value 'Analysis'")
    assert "hint: write each field of your own on a line of its own below 'extra:'" in error
    errors = errors_of(SUMMARY, "---\ntitle: T\ndek: D\npublished: 2024-05-23\nextra:\n"
                       "  a: 1\n  a: 2\n  loop: &x [1, *x]\n---\n")
    assert errors[0].startswith("content/x.md:7:3: error: front matter: 'a' is given twice")
    assert "'extra' nests more than 20 lists or mappings deep" in errors[1]


def test_extra_whose_aliases_repeat_millions_of_values_is_an_error_at_once(tmp_path: Path) -> None:
    levels = ["  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"] + [
        f"  l{n}: &l{n} [" + ", ".join([f"*l{n - 1}"] * 10) + "]" for n in range(1, 9)]
    site = "title: T\nextra:\n" + "\n".join(levels) + "\n"
    write_project(tmp_path, {"site.yml": site, "content/x.md": "---\ntitle: T\ndek: D\n"
                             "published: 2024-05-23\n---\n" + SUMMARY})
    result = run_cli("check", "--root", tmp_path)
    assert result.returncode == 1
    assert "site.yml:3:3: error: site config: 'extra' holds more than 10,000 values once its " \
        "YAML aliases (*name) are repeated" in result.stderr, result.stderr
    # A few hundred values, aliases among them, are read.
    small = "title: T\nextra:\n  a: &a [x, y]\n  b: [*a, *a, *a]\n"
    write_project(tmp_path, {"site.yml": small})
    assert run_cli("check", "--root", tmp_path).returncode == 0


def test_extra_values_keep_their_order_and_types() -> None:
    explainer, _ = read(SUMMARY, "---\ntitle: T\ndek: D\npublished: 2024-05-23\nextra:\n"
                        "  b: no\n  a: 2024-05-23\n  c:\n  d: {e: [x, 'y']}\n---\n")
    assert list(explainer.extra) == ["b", "a", "c", "d"]
    assert (explainer.extra["b"], explainer.extra["a"], explainer.extra["c"]) == \
        (False, "2024-05-23", None)
    assert explainer.extra["d"]["e"] == ("x", "y")


def test_a_field_an_explainer_lacks_is_a_template_error_saying_how_to_test_it(
        tmp_path: Path) -> None:
    root = project(tmp_path)
    item = root / "overrides/templates/partials/explainer-item.html"
    item.write_text("<li>{{ explainer.extra.kicker }}</li>\n")
    result = run_cli("build", "--root", root, "--output", tmp_path / "out")
    assert result.returncode == 1
    assert "overrides/templates/partials/explainer-item.html:1: error: template error while " \
        "rendering index.html: 'extra' has no field 'kicker' here\n" in result.stderr
    assert "hint: to show it where it is given, test it: {% if explainer.extra.kicker is " \
        "defined %}, or give a default: explainer.extra.get('kicker', '')" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "out").exists()


def test_the_templates_page_s_examples_build_as_it_says(tmp_path: Path) -> None:
    page = (REPO / "docs/templates.md").read_text(encoding="utf-8")
    front, settings = code_blocks(section(page, "Fields of your own"), "yaml")
    [show] = code_blocks(section(page, "Fields of your own"), "jinja")
    analytics = next(block for block in code_blocks(section(page, "Overrides"), "jinja")
                     if "analytics" in block)
    root = write_project(tmp_path / "site", {
        "content/analysed.md": STORY.format(title="Analysed", day=26, front=front),
        "content/plain.md": STORY.format(title="Plain", day=20, front="")
        + "\n--- takeaways\ntakeaways: [One, Two]\n---\n",
        "site.yml": settings, "overrides/templates/base.html": analytics,
        "overrides/templates/partials/explainer-item.html": f"<li>{show}</li>"})
    out = tmp_path / "out"
    build(root, out)
    index = soup(out / "index.html")
    assert [p.get_text() for p in index.select("p.kicker")] == ["Analysis"]
    assert [p.get_text() for p in index.select("p.section")] == ["World", "News"]
    assert soup(out / "plain.html").select_one("head script[data-site]")["data-site"] == \
        "EXAMPLE-1"
    assert "analytics" not in (out / "embed/plain.takeaways.html").read_text()
