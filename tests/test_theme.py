"""What the shipped templates show a reader beyond the seed explainer."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup

from explainer.site.links import url_label

from .helpers import REPO, SEED, run_cli, soup, write_project
from .manual import DOCS, code_blocks, read, section

UPDATED = """\
---
title: A story that changed
dek: A short dek.
published: 2024-06-26
updated: 2024-07-02
---

--- summary
---
Something happened.

--- sources
sources:
  - https://en.wikipedia.org/wiki/Assassination_of_Jovenel_Mo%C3%AFse
  - title: A titled source
    url: https://example.org/report
---
"""


def test_updated_explainer_shows_a_last_updated_line(make_site, tmp_path: Path) -> None:
    root = make_site({"content/story.md": UPDATED})
    result = run_cli("build", "--root", root, "--output", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    page = soup(tmp_path / "out" / "story.html")
    updated = page.select_one(".byline .updated")
    assert updated.get_text(" ", strip=True) == "Last updated 2 July 2024"
    assert updated.time["datetime"] == "2024-07-02"
    links = {a["href"]: a for a in page.select(".sources a")}
    bare = links["https://en.wikipedia.org/wiki/Assassination_of_Jovenel_Mo%C3%AFse"]
    assert bare.get_text() == "en.wikipedia.org/wiki/Assassination_of_Jovenel_Moïse"
    assert bare["class"] == ["bare-url"]
    titled = links["https://example.org/report"]
    assert titled.get_text() == "A titled source" and not titled.get("class")


LISTED = """\
---
title: {title}
dek: D
published: 2024-06-26
{extra}tags: [Haiti]
language: {language}
---

--- countries
countries:
  - {{name: Kenya, role: lead}}
---
"""


def test_lists_say_when_an_explainer_was_updated_after_it_was_published(tmp_path: Path) -> None:
    root = write_project(tmp_path, {
        "content/a.md": LISTED.format(title="Updated", extra="updated: 2024-07-02\n",
                                      language="en"),
        "content/b.md": LISTED.format(title="Changed", language="en", extra=(
            "changes:\n  - {date: 2024-07-09, text: Added a map}\n")),
        "content/c.md": LISTED.format(title="Same day", extra="updated: 2024-06-26\n",
                                      language="en"),
        "content/e.md": LISTED.format(title="Same afternoon", language="en",
                                      extra="updated: 2024-06-26 15:00\n"),
        "content/d.md": LISTED.format(title="Mis à jour", extra="updated: 2024-07-02\n",
                                      language="fr")})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    out = root / "out"
    for page in ("index.html", "countries/ke.html", "tags/haiti.html"):
        items = {item.h2.get_text(strip=True): item.select_one(".meta")
                 for item in soup(out / page).select(".explainer-list article")}
        role = " · Leading" if page.startswith("countries/") else ""
        assert {title: meta.get_text(" ", strip=True) for title, meta in items.items()} == {
            "Updated": "26 June 2024 · Updated 2 July 2024" + role,
            "Changed": "26 June 2024 · Updated 9 July 2024" + role,
            "Same day": "26 June 2024" + role,
            "Same afternoon": "26 June 2024" + role}, page
        assert [time["datetime"] for time in items["Updated"].select("time")] == [
            "2024-06-26", "2024-07-02"]
    french = soup(out / "fr" / "index.html").select_one(".explainer-list .meta")
    assert french.get_text(" ", strip=True) == "26 juin 2024 · Mise à jour\u00a0: 2 juillet 2024"


def test_seed_explainer_is_dated_by_its_last_change(seed_site: Path) -> None:
    page = soup(seed_site / f"{SEED}.html")
    byline = page.select_one(".byline").get_text(" ", strip=True)
    assert "Published 26 June 2024 · Last updated 3 December 2026 · See what changed" in byline


def test_url_labels_drop_scheme_www_query_and_decode_the_path() -> None:
    assert url_label("https://www.example.org/a%20b/?q=1#x") == "example.org/a b"
    assert url_label("http://example.org") == "example.org"
    assert url_label("mailto:desk@example.org") == "desk@example.org"


def test_map_is_captioned_by_a_key_of_groups_in_list_order(seed_site: Path) -> None:
    page = soup(seed_site / f"{SEED}.html")
    figure = page.select_one("section.countries figure.country-map")
    svg = figure.select_one("svg.world-map")
    caption = figure.select_one("figcaption")
    assert svg["aria-describedby"] == caption["id"]
    keys = [(li["class"], li.get_text(" ", strip=True)) for li in caption.select(".map-legend li")]
    assert keys == [(["group-1"], "Leading (1)"), (["group-2"], "Host (1)"),
                    (["group-3"], "Funding (1)"), (["group-4"], "Contributing (7)"),
                    (["group-5"], "Supporting (5)")]
    headings = [h["class"] for h in page.select("section.countries h3")]
    assert headings == [["role", f"group-{n}"] for n in range(1, 6)]


COUNTRIES = """\
---
title: Around the Horn
dek: A short dek.
published: 2024-06-26
---

--- countries
{map}countries:
  - {{name: Somalia, role: host}}
  - {{name: Kenya, role: lead}}
  - {{name: Ethiopia, role: other}}
  - {{name: Djibouti, role: supporting}}
---
"""


def countries_page(make_site, view: str) -> BeautifulSoup:
    line = f"map: {view}\n" if view else ""
    root = make_site({"content/horn.md": COUNTRIES.format(map=line)})
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    return soup(root / "public" / "horn.html")


def test_map_none_draws_no_map_but_keeps_the_list(make_site) -> None:
    page = countries_page(make_site, "none")
    assert page.select("svg") == [] and page.select(".map-legend") == []
    assert [li["data-iso"] for li in page.select("li.country")] == ["KE", "SO", "DJ", "ET"]


def test_a_regional_story_gets_a_regional_map_unless_it_asks_for_the_world(make_site) -> None:
    regional = countries_page(make_site, "").select_one("svg.world-map")
    assert regional.title.get_text() == "Map of the 4 countries listed below"
    width, height = (float(n) for n in regional["viewbox"].split()[2:])
    assert 1.3 <= width / height <= 1.8
    world = countries_page(make_site, "world").select_one("svg.world-map")
    assert world.title.get_text() == "World map of the 4 countries listed below"


def test_the_catch_all_group_is_muted_and_comes_last(make_site) -> None:
    page = countries_page(make_site, "region")
    keys = [(li["class"], li.get_text(" ", strip=True)) for li in page.select(".map-legend li")]
    assert keys == [(["group-1"], "Leading (1)"), (["group-2"], "Host (1)"),
                    (["group-3"], "Supporting (1)"), (["group-other"], "Also involved (1)")]
    shaded = {el["data-country"]: el["class"] for el in page.select("svg.world-map [data-country]")}
    assert shaded["ET"] == ["land", "group-other"] and shaded["KE"] == ["land", "group-1"]


def test_the_published_stylesheet_is_the_theme_s_without_comments_or_spacing(
        seed_site: Path) -> None:
    theme = (REPO / "static" / "style.css").read_text(encoding="utf-8")
    [published] = seed_site.glob("style.*.css")
    css = published.read_text(encoding="utf-8")
    assert "/*" not in css and "\n  " not in css
    assert len(css) < 0.8 * len(theme)
    # Every rule is kept: the same selectors and at-rules, in the same order.
    def rules(text: str) -> list[str]:
        return [re.sub(r"\s+", "", rule) for rule in re.findall(r"([^{};]+)\{", text)]
    assert rules(css) == rules(re.sub(r"/\*.*?\*/", "", theme, flags=re.DOTALL))


def test_a_stylesheet_keeps_its_licence_notice(make_site, tmp_path: Path) -> None:
    notice = "/*! Vendor icons v2 | MIT licence */"
    root = make_site({"static/vendor.css": f"{notice}\n/* a note */\n.icon {{ width: 1em; }}\n"})
    result = run_cli("build", "--root", root, "--output", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    [vendor] = (tmp_path / "out").glob("vendor.*.css")
    assert vendor.read_text(encoding="utf-8") == f"{notice}.icon{{width:1em}}\n"


def built_files(root: Path, out: Path) -> dict[str, bytes]:
    """Build a project; return every file of its site by path."""
    result = run_cli("build", "--root", root, "--output", out)
    assert result.returncode == 0, result.stderr
    return {path.relative_to(out).as_posix(): path.read_bytes()
            for path in sorted(out.rglob("*")) if path.is_file()}


def test_a_project_of_content_alone_is_built_with_explainer_s_own_theme(tmp_path: Path) -> None:
    story = (REPO / "content" / f"{SEED}.md").read_text(encoding="utf-8")
    bare = write_project(tmp_path / "bare", {f"content/{SEED}.md": story}, theme=False)
    themed = write_project(tmp_path / "themed", {f"content/{SEED}.md": story})
    assert built_files(bare, tmp_path / "bare-out") == built_files(themed, tmp_path / "out")


def test_a_project_s_own_templates_and_pictures_are_laid_over_explainer_s(tmp_path: Path) -> None:
    root = write_project(tmp_path / "site", {
        "content/story.md": UPDATED,
        "static/images/logo.png": b"\x89PNG\r\n\x1a\n",  # a folder of pictures, no styles
        # One template of its own: the others are explainer's.
        "templates/partials/site-nav.html": '<nav class="desk">The desk</nav>\n',
        "overrides/templates/404.html": '{% extends "theme/404.html" %}\n'}, theme=False)
    files = built_files(root, tmp_path / "out")
    page = soup(tmp_path / "out" / "story.html")
    assert page.select_one("nav.desk").get_text() == "The desk"
    assert page.select_one(".byline .updated") is not None
    assert "images/logo.png" in files and any(re.fullmatch(r"style\.\w+\.css", name)
                                              for name in files)


def test_what_an_override_of_base_adds_to_the_head_is_on_every_page(
        make_site, tmp_path: Path) -> None:
    root = make_site({
        "content/story.md": UPDATED.replace("published:", "tags: [Energy]\npublished:")
        + "\n--- countries\ncountries:\n  - {name: Kenya, role: lead}\n---\n",
        "overrides/static/brand.css": ".brand { color: red; }\n",
        "overrides/templates/base.html": '{% extends "theme/base.html" %}\n{% block head %}'
                                         "<link rel=\"stylesheet\" href=\"{{ asset('brand.css') }}"
                                         '">{% endblock %}\n'})
    files = built_files(root, tmp_path / "out")
    [brand] = (name for name in files if re.fullmatch(r"brand\.\w+\.css", name))
    pages = [name for name in files if name.endswith(".html") and not name.startswith("embed/")]
    assert {"index.html", "story.html", "search.html", "404.html", "tags/energy.html",
            "tags/index.html", "countries/ke.html", "countries/index.html"} <= set(pages)
    for name in pages:
        page = soup(tmp_path / "out" / name)
        links = [(tmp_path / "out" / name).parent / link["href"]
                 for link in page.select('head link[rel="stylesheet"]')]
        assert (tmp_path / "out" / brand).resolve() in [link.resolve() for link in links], name


def test_an_override_of_base_changes_the_header_and_footer_of_every_page(
        make_site, tmp_path: Path) -> None:
    root = make_site({
        "content/story.md": UPDATED.replace("published:", "tags: [Energy]\npublished:"),
        "overrides/templates/base.html":
            '{% extends "theme/base.html" %}\n'
            '{% block header %}<p class="brand-bar">Example News</p>{{ super() }}{% endblock %}\n'
            '{% block footer %}<footer class="site-footer"><p>© Example News</p></footer>'
            "{% endblock %}\n"})
    files = built_files(root, tmp_path / "out")
    pages = [name for name in files if name.endswith(".html") and not name.startswith("embed/")]
    assert {"index.html", "story.html", "search.html", "tags/energy.html"} <= set(pages)
    for name in pages:
        page = soup(tmp_path / "out" / name)
        assert page.select_one("body > .brand-bar + header.site-header .site-title"), name
        assert page.select_one("footer.site-footer").get_text(strip=True) == "© Example News"


def test_a_stylesheet_that_imports_another_names_it_as_the_site_does(
        make_site, tmp_path: Path) -> None:
    root = make_site({
        "content/story.md": UPDATED,
        "overrides/static/brand.css": '@import url("brand/fonts.css");\n.brand { color: red; }\n',
        "overrides/static/brand/fonts.css": "@import '../base.css';\n"
                                            "@font-face { font-family: B; }\n",
        "overrides/static/base.css": "p { margin: 0; }\n",
        "overrides/templates/base.html": '{% extends "theme/base.html" %}\n{% block head %}'
                                         "<link rel=\"stylesheet\" href=\"{{ asset('brand.css') }}"
                                         '">{% endblock %}\n'})
    out = tmp_path / "out"
    files = built_files(root, out)
    [brand] = (name for name in files if re.fullmatch(r"brand\.\w+\.css", name))
    imported = re.findall(r"@import\s*(?:url\()?[\"']([^\"']+)", files[brand].decode())
    assert [(out / brand).parent.joinpath(name).resolve().is_file() for name in imported] == [True]
    [fonts] = (name for name in files if re.fullmatch(r"brand/fonts\.\w+\.css", name))
    [base] = re.findall(r"@import\s*[\"']([^\"']+)", files[fonts].decode())
    assert (out / fonts).parent.joinpath(base).resolve().is_file()


def test_the_custom_properties_the_manual_names_are_the_stylesheet_s() -> None:
    styles = section(read(DOCS / "templates.md"), "Styles")
    named = set(re.findall(r"`(--[\w-]+)`", styles))
    named |= {f"--group-{n}" for n in range(1, 7)}  # "`--group-1` to `--group-6`"
    theme = (REPO / "static/style.css").read_text(encoding="utf-8")
    light = re.search(r":root \{(.*?)\}", theme, re.S)[1]
    assert named == set(re.findall(r"(--[\w-]+):", light)) - {"--frame", "--measure", "--wide"}
    # The example sets the dark colours under the selector the theme sets them under.
    [example] = code_blocks(styles, "css")
    dark = re.search(r"@media[^{]*\{\s*(.*?) \{", example)[1]
    assert re.search(rf"@media[^{{]*\{{\s*{re.escape(dark)},", theme)
