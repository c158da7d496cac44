"""Rebuilding in memory after a change: same bytes as a full build, and no more work than needed."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from explainer.errors import ContentError, ExplainerError, OutputError
from explainer.inputs import Inputs
from explainer.options import BuildOptions
from explainer.recipe import BuildResult, Tools, build, preview_tools
from explainer.render.memory import MemoryWriter
from explainer.site.feeds import FEED, SITEMAP_FILE
from explainer.speed.memo import MemoryMemo
from explainer.speed.pool import Inline

from .helpers import REPO


def explainer(title: str, published: str = "2024-05-01", extra: str = "",
              tags: str = "[]", country: str = "Kenya") -> str:
    return (f"---\ntitle: {title}\ndek: A short dek.\npublished: {published}\ntags: {tags}\n"
            f"---\n\n--- summary\n---\nSomething happened.\n"
            f"\n--- countries\ncountries:\n  - {{name: {country}, role: lead}}\n---\n{extra}")


TIMELINE = "\n--- timeline\nevents:\n  - {date: 2024-05-01, title: It began}\n---\n"
LISTS_ALL = {"index.html"}  # the page that looks at site.explainers
# An explainer page that lists every explainer of the site, as some designs have.
LISTING_EXPLAINER_PAGE = """{% extends "theme/explainer.html" %}
{% block content %}{{ super() }}
<ul class="all">{% for other in site.explainers %}<li>{{ other.title }}</li>{% endfor %}</ul>
{% endblock %}
"""


class Session:
    """A project on disk and its in-memory rebuilds, as the dev server drives them."""

    def __init__(self, root: Path, shown: set[str] | None = None, **options: object) -> None:
        self.root = root
        self.options = BuildOptions(root=root, output=root / "public", **options)
        self.tools = preview_tools(shown)  # the pages browsers were shown (None: every page)
        self.result = self.rebuild()

    def edit(self, name: str, text: str | None) -> None:
        path = self.root / name
        if text is None:
            path.unlink()
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            bump(path)

    def rebuild(self) -> BuildResult:
        self.result = build(self.options, self.tools, Inputs.scan(self.root))
        return self.result

    @property
    def files(self) -> dict[str, bytes]:
        assert isinstance(self.tools.writer, MemoryWriter)
        return dict(self.tools.writer.files)

    def full_build(self) -> dict[str, bytes]:
        tools = Tools(MemoryMemo(), MemoryWriter(), Inline())
        build(self.options, tools)
        assert isinstance(tools.writer, MemoryWriter)
        return dict(tools.writer.files)


def bump(path: Path) -> None:
    """Move the file's mtime forward, as a later save would, even on a coarse clock."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


@pytest.fixture
def session(make_site: Callable[..., Path]) -> Session:
    root = make_site({
        "content/a.md": explainer("Alpha", "2024-05-03", TIMELINE, "[Haiti]"),
        "content/b.md": explainer("Beta", "2024-05-02", tags="[Energy]", country="Chile"),
        "content/c.md": explainer("Gamma", "2024-05-01", TIMELINE, "[Haiti]"),
    })
    return Session(root)


def test_first_build_equals_a_full_build_of_the_seed_site(seed_project: Path) -> None:
    session = Session(seed_project)
    assert session.files == session.full_build()
    assert session.result.read == len(list((seed_project / "content").glob("*.md")))


def test_an_edited_explainer_renders_its_page_and_the_pages_that_list_it(
        session: Session) -> None:
    session.edit("content/b.md", explainer("Beta, renamed", "2024-05-02", tags="[Energy]",
                                           country="Chile"))
    result = session.rebuild()
    assert result.read == 1
    # b.html, the index, and the country and tag pages that list it, with their indexes. Its
    # data files and pieces, and the index of the data files, are made when first asked for.
    assert result.rendered == 6
    assert b"Beta, renamed" in session.files["countries/cl.html"]
    assert b"Beta, renamed" in session.files["data/index.json"]
    assert b"Beta, renamed" in session.files["embed/b.countries.html"]
    assert session.files == session.full_build()


def test_an_edit_to_the_text_alone_renders_only_the_explainers_pages(session: Session) -> None:
    session.edit("content/b.md", explainer("Beta", "2024-05-02", "\nMore text.\n",
                                           tags="[Energy]", country="Chile"))
    result = session.rebuild()
    # b.html (its data files and piece are made when asked for): what lists show is the same
    assert (result.read, result.rendered) == (1, 1)
    assert b"More text." in session.files["data/b.json"]
    assert session.files == session.full_build()


def test_pages_that_list_every_explainer_follow_additions_and_removals(
        session: Session) -> None:
    session.edit("overrides/templates/explainer.html", LISTING_EXPLAINER_PAGE)
    session.rebuild()
    for name, text in [("content/d.md", explainer("Delta", "2024-06-01")),
                       ("content/a.md", None),
                       ("content/b.md", explainer("Beta", "2024-05-02", "\nMore text.\n",
                                                  tags="[Energy]", country="Chile"))]:
        session.edit(name, text)
        result = session.rebuild()
        assert session.files == session.full_build(), name
    assert b"<li>Delta</li>" in session.files["c.html"]
    assert b"<li>Alpha</li>" not in session.files["c.html"]
    assert result.rendered == 1  # b.html: the last edit changed nothing that lists show


def test_a_section_partial_renders_only_the_pages_using_that_kind(session: Session) -> None:
    partial = (session.root / "templates/sections/timeline.html").read_text(encoding="utf-8")
    session.edit("templates/sections/timeline.html", "<!-- edited -->\n" + partial)
    result = session.rebuild()
    # a.html and c.html have timelines (their timeline pieces are made when asked for)
    assert (result.read, result.rendered) == (0, 2)
    assert b"<!-- edited -->" in session.files["a.html"]
    assert b"<!-- edited -->" in session.files["embed/a.timeline.html"]
    assert b"<!-- edited -->" not in session.files["b.html"]
    assert session.files == session.full_build()


# A summary that says how many explainers the site has: a section that lists explainers.
COUNTING_SUMMARY = """{% include "theme/sections/summary.html" %}
<p class="count">{{ site.explainers | length }} explainers</p>
"""


def test_sections_kept_between_builds_follow_what_they_show(session: Session) -> None:
    # Each explainer's sections are kept rendered while it stays the same: not when the list
    # of explainers a section shows changes, nor when the section's template does.
    session.edit("overrides/templates/sections/summary.html", COUNTING_SUMMARY)
    session.rebuild()
    assert b"3 explainers" in session.files["a.html"]
    session.edit("content/d.md", explainer("Delta", "2024-06-01"))
    session.rebuild()
    assert b"4 explainers" in session.files["a.html"]
    assert session.files == session.full_build()
    session.edit("overrides/templates/sections/summary.html",
                 COUNTING_SUMMARY.replace("explainers</p>", "in all</p>"))
    session.rebuild()
    assert b"4 in all" in session.files["a.html"]
    assert session.files == session.full_build()


# Pages rendered again after a template is edited: those that use base.html (every page but
# the embeddable pieces, which have no site frame); after a template is added, every page
# (the data files and pieces are made when asked for); after index.html is edited, the index.
def rendered_page(path: str) -> bool:
    """Tell whether a file is a page the preview renders at once."""
    return path.endswith(".html") and not path.startswith("embed/")


USERS: dict[str, Callable[[str], bool]] = {
    "using base.html": rendered_page, "all": rendered_page,
    "index": lambda path: path == "index.html"}


@pytest.mark.parametrize("name, anchor, rendered", [
    ("templates/base.html", "<body>", "using base.html"),
    ("overrides/templates/base.html", "<body>", "all"),
    ("templates/index.html", "{% block content %}", "index")])
def test_a_template_renders_the_pages_that_use_it(session: Session, name: str, anchor: str,
                                                  rendered: str) -> None:
    template = (REPO / "templates" / Path(name).name).read_text(encoding="utf-8")
    session.edit(name, template.replace(anchor, anchor + "<!-- edited -->"))
    result = session.rebuild()
    assert result.rendered == len([path for path in session.files if USERS[rendered](path)])
    assert b"<!-- edited -->" in session.files["index.html"]
    assert session.files == session.full_build()


def test_a_stylesheet_is_read_alone_and_its_new_name_swapped_into_the_pages(
        session: Session) -> None:
    before = session.result.assets["style.css"]
    session.edit("static/style.css", "body { color: red; }\n")
    result = session.rebuild()
    assert (result.read, result.rendered) == (0, 0)
    after = result.assets["style.css"]
    assert after != before and after in session.files and before not in session.files
    assert after.encode() in session.files["countries/cl.html"]
    assert session.files == session.full_build()


def test_config_changes_render_everything(session: Session) -> None:
    session.edit("site.yml", "title: Renamed site\nbase_url: https://example.org/news/\n")
    result = session.rebuild()
    # Every page (the data files, whose addresses are absolute now, and the pieces are made
    # when first asked for)
    assert result.rendered == len([path for path in session.files if rendered_page(path)])
    assert b"Renamed site" in session.files["c.html"]
    assert {FEED, SITEMAP_FILE} <= session.files.keys()
    assert session.files == session.full_build()


def test_trusted_html_reads_the_explainers_again(session: Session) -> None:
    session.edit("content/b.md", explainer("Beta", "2024-05-02", "<marquee>raw</marquee>\n"))
    session.rebuild()
    assert b"<marquee>raw</marquee>" not in session.files["b.html"]
    session.edit("site.yml", "trusted_html: true\n")
    result = session.rebuild()
    assert result.read == 3
    assert b"<marquee>raw</marquee>" in session.files["b.html"]


def test_a_new_site_language_reads_the_explainers_again(session: Session) -> None:
    session.edit("content/b.md", explainer("Beta", "2024-05-02", 'They said "yes".\n'))
    session.rebuild()
    assert "They said \u201cyes\u201d.".encode() in session.files["b.html"]
    session.edit("site.yml", "language: fr\n")
    result = session.rebuild()
    assert result.read == 3
    assert "They said \u00ab\u202fyes\u202f\u00bb.".encode() in session.files["b.html"]


def test_added_removed_and_draft_explainers(session: Session) -> None:
    session.edit("content/d.md", explainer("Delta", "2024-06-01", country="Peru"))
    session.rebuild()
    assert "countries/pe.html" in session.files
    session.edit("content/a.md", None)
    session.edit("content/c.md", explainer("Gamma", "2024-05-01").replace(
        "---\n\n", "draft: true\n---\n\n", 1))
    session.rebuild()
    assert {"a.html", "c.html", "tags/haiti.html"}.isdisjoint(session.files)
    assert session.files == session.full_build()


def test_changes_made_while_broken_are_kept_for_the_next_good_build(session: Session) -> None:
    session.edit("content/a.md", "---\ntitle: [unclosed\n---\n")
    with pytest.raises(ContentError) as failure:
        session.rebuild()
    assert re.match(r"content/a\.md:\d+", failure.value.problems[0].location())
    session.edit("content/b.md", explainer("Beta, edited while a.md was broken", "2024-05-02"))
    session.edit("templates/sections/timeline.html", "<p>new timeline</p>\n")
    session.edit("static/style.css", "body { color: blue; }\n")
    with pytest.raises(ContentError):
        session.rebuild()
    session.edit("content/a.md", explainer("Alpha, fixed", "2024-05-03", TIMELINE))
    session.rebuild()
    assert b"edited while a.md was broken" in session.files["b.html"]
    assert b"<p>new timeline</p>" in session.files["c.html"]
    assert session.files == session.full_build()


def test_a_text_edit_made_while_another_file_was_broken_shows_once_it_is_fixed(
        session: Session) -> None:
    before = (session.root / "content/a.md").read_text(encoding="utf-8")
    session.edit("content/a.md", "---\ntitle: [unclosed\n---\n")
    session.edit("content/b.md", explainer("Beta", "2024-05-02", "\nWritten while broken.\n",
                                           tags="[Energy]", country="Chile"))
    with pytest.raises(ContentError):
        session.rebuild()
    session.edit("content/a.md", before)  # every list as it was before the break
    session.rebuild()
    assert b"Written while broken." in session.files["b.html"]
    assert session.files == session.full_build()


def test_the_files_an_edit_changes_are_those_the_browser_is_told_of(session: Session) -> None:
    writer = session.tools.writer
    assert isinstance(writer, MemoryWriter)
    before_title = "Beta"
    for title, text in [("Beta", "\nMore text.\n"), ("Beta", "\nMore text, edited.\n"),
                        ("Beta", TIMELINE), ("Beta, retitled", TIMELINE), ("Beta", TIMELINE)]:
        before = session.files
        session.edit("content/b.md", explainer(title, "2024-05-02", text, tags="[Energy]",
                                               country="Chile"))
        session.rebuild()
        after = session.files
        changed = sorted(path for path in before.keys() | after.keys()
                         if before.get(path) != after.get(path))
        assert writer.modified == changed, (title, text)
        assert "b.html" in changed
        assert ("countries/cl.html" in changed) == (title != before_title)
        before_title = title
        assert after == session.full_build()


def test_files_made_on_demand_reload_only_where_a_browser_has_them(session: Session) -> None:
    writer = session.tools.writer
    assert isinstance(writer, MemoryWriter)
    opened = writer.files["embed/b.countries.html"]  # a browser shows b's countries piece
    session.edit("content/a.md", explainer("Alpha", "2024-05-03", "\nMore.\n", "[Haiti]"))
    session.rebuild()  # leaves b's files as they were
    session.edit("content/b.md", explainer("Beta", "2024-05-02", "\nMore text.\n",
                                           tags="[Energy]", country="Chile"))
    session.rebuild()
    # The piece, still shown, changed; b's JSON changed too, but no browser has it.
    assert "embed/b.countries.html" in writer.modified
    assert writer.files["embed/b.countries.html"] != opened
    assert "b.html" in writer.modified and "data/b.json" not in writer.modified
    assert b"More text." in writer.files["data/b.json"]
    assert session.files == session.full_build()


def test_after_an_edit_only_the_pages_a_browser_was_shown_are_rendered_at_once(
        make_site: Callable[..., Path]) -> None:
    root = make_site({
        "content/a.md": explainer("Alpha", "2024-05-03", TIMELINE, "[Haiti]"),
        "content/b.md": explainer("Beta", "2024-05-02", tags="[Energy]", country="Chile"),
        "content/c.md": explainer("Gamma", "2024-05-01", TIMELINE, "[Haiti]"),
    })
    shown = {"b.html"}  # a browser has b's page open
    session = Session(root, shown)
    writer = session.tools.writer
    assert isinstance(writer, MemoryWriter)
    session.edit("content/b.md", explainer("Beta, renamed", "2024-05-02", tags="[Energy]",
                                           country="Chile"))
    result = session.rebuild()
    # b.html alone; the index and the lists that show b are made when first asked for.
    assert result.rendered == 1
    assert "b.html" in writer.modified
    assert b"Beta, renamed" in writer.files["countries/cl.html"]
    shown.add("countries/cl.html")  # and now a browser opens Chile's page
    session.edit("content/b.md", explainer("Beta, renamed", "2024-05-02", "\nMore text.\n",
                                           tags="[Energy]", country="Chile"))
    result = session.rebuild()
    assert result.rendered == 1  # b.html: what lists show is the same
    assert "countries/cl.html" not in writer.modified  # its browser does not reload
    session.edit("content/b.md", explainer("Beta, again", "2024-05-02", tags="[Energy]",
                                           country="Chile"))
    result = session.rebuild()
    assert result.rendered == 2  # b.html and the open country page, which is reloaded
    assert "countries/cl.html" in writer.modified
    assert b"Beta, again" in writer.files["countries/cl.html"]
    assert session.files == session.full_build()


def test_a_template_mistake_in_a_page_no_browser_has_open_shows_when_it_is_opened(
        session: Session) -> None:
    shown = {"a.html"}
    session = Session(session.root, shown)
    writer = session.tools.writer
    assert isinstance(writer, MemoryWriter)
    template = (REPO / "templates" / "tag.html").read_text(encoding="utf-8")
    session.edit("templates/tag.html", template.replace("{% block content %}",
                                                        "{% block content %}{{ 1 / 0 }}"))
    session.rebuild()  # no browser shows a tag's page
    with pytest.raises(ContentError, match="templates/tag.html"):
        writer.files["tags/haiti.html"]
    shown.add("tags/haiti.html")
    session.edit("templates/tag.html", template.replace("{% block content %}",
                                                        "{% block content %}{{ 2 / 0 }}"))
    with pytest.raises(ContentError, match="templates/tag.html"):
        session.rebuild()  # a browser has it open now: the build stops on it


def test_two_files_on_one_path_are_refused(session: Session) -> None:
    session.edit("static/b.html", "<p>static</p>\n")
    with pytest.raises(OutputError, match="two sources write b.html: content/b.md and "
                       r"static/b.html; rename one of them \(for an explainer, change its slug\)"):
        session.rebuild()


def test_a_static_file_on_a_page_s_path_is_named_without_the_slug_advice(
        session: Session) -> None:
    session.edit("overrides/static/index.html", "<p>static</p>\n")
    with pytest.raises(OutputError) as refused:
        session.rebuild()
    assert str(refused.value) == "two sources write index.html: templates/index.html and " \
        "overrides/static/index.html; rename one of them"
    session.edit("overrides/static/index.html", None)
    session.edit("overrides/static/home.html", "<p>static</p>\n")
    session.rebuild()
    assert session.files["home.html"] == b"<p>static</p>\n"
    assert b"<p>static</p>" not in session.files["index.html"]


@pytest.mark.parametrize(("settings", "made"), [
    (None, None),
    ("base_url: https://example.org/news/\n", SITEMAP_FILE),  # lists every explainer too
    ("page_size: 1\n", "page/2.html"),  # lists in pages
])
def test_every_page_equals_a_full_build_after_a_sequence_of_edits(
        session: Session, settings: str | None, made: str | None) -> None:
    if settings is not None:
        session.edit("site.yml", settings)
        session.rebuild()
        assert made in session.files
        assert session.files == session.full_build()
    steps = [
        ("content/d.md", explainer("Delta", "2024-06-01", tags="[Energy, Haiti]",
                                   country="Peru")),
        ("content/b.md", explainer("Beta, retitled", "2024-05-02", tags="[Energy]",
                                   country="Chile")),
        ("content/a.md", explainer("Alpha", "2024-04-01", TIMELINE, "[HAITI]")),
        ("content/c.md", explainer("Gamma", "2024-05-01", TIMELINE, "[Aid]", country="Haiti")),
        ("content/d.md", explainer("Delta", "2024-06-01", tags="[Energy]", country="Chile")),
        ("content/b.md", None),
        ("content/sub/e.md", explainer("Epsilon", "2024-05-02", tags="[Aid]")),
        ("content/c.md", None),
    ]
    for name, text in steps:
        session.edit(name, text)
        session.rebuild()
        assert session.files == session.full_build(), name
    files = session.files
    assert {"tags/aid.html", "tags/energy.html", "countries/cl.html"} <= files.keys()
    assert b"<h1>HAITI</h1>" in files["tags/haiti.html"]
    assert {"b.html", "c.html", "countries/pe.html", "countries/ht.html",
            "flags/pe.svg"}.isdisjoint(files)


def test_a_file_in_content_that_is_no_explainer_is_warned_about(session: Session) -> None:
    session.edit("content/b.md", explainer("Beta, edited", "2024-05-02"))
    session.rebuild()
    session.edit("content/notes.txt", "not an explainer\n")
    result = session.rebuild()
    assert "content/notes.txt" in [w.path for w in result.warnings]
    assert not any(path.endswith("notes.txt") for path in session.files)
    assert session.files == session.full_build()


def test_the_feed_follows_every_edit_when_it_is_read(session: Session) -> None:
    session.edit("site.yml", "base_url: https://example.org/news/\n")
    session.rebuild()
    session.edit("content/b.md", explainer("Beta, edited", "2024-05-02"))
    session.rebuild()
    session.edit("content/b.md", explainer("Beta, edited twice", "2024-05-02"))
    session.rebuild()
    assert b"Beta, edited twice" in session.files[FEED]
    assert session.files[FEED] == session.full_build()[FEED]


# An explainer page that fails to render for Gamma while the site is called "Broken".
FAILS_FOR_GAMMA = """{% extends "theme/explainer.html" %}
{% block content %}{% if site.config.title == "Broken" and explainer.title == "Gamma" %}
{{ nothing.at.all }}{% endif %}{{ super() }}{% endblock %}
"""


def test_pages_rendered_by_a_build_that_failed_are_not_kept_once_its_settings_are_undone(
        session: Session) -> None:
    session.edit("overrides/templates/explainer.html", FAILS_FOR_GAMMA)
    session.rebuild()
    session.edit("site.yml", "title: Broken\n")
    with pytest.raises(ExplainerError):
        session.rebuild()  # a.html and b.html were rendered, then c.html failed
    session.edit("site.yml", "title: Explainers\n")
    session.rebuild()
    assert b"Broken" not in session.files["a.html"]
    assert session.files == session.full_build()


def test_pages_of_a_failed_build_stay_suspect_after_another_failed_build(
        session: Session) -> None:
    session.edit("overrides/templates/explainer.html", FAILS_FOR_GAMMA)
    session.edit("overrides/templates/index.html", """{% extends "theme/index.html" %}
{% block content %}{% if site.config.title == "Broken again" %}{{ nothing.at.all }}{% endif %}
{{ super() }}{% endblock %}
""")
    session.edit("site.yml", "data_files: false\n")  # no data file made when asked for
    session.rebuild()
    session.edit("site.yml", "title: Broken\ndata_files: false\n")
    with pytest.raises(ExplainerError):
        session.rebuild()  # a.html and b.html were rendered, then c.html failed
    session.edit("site.yml", "title: Broken again\ndata_files: false\n")
    with pytest.raises(ExplainerError):
        session.rebuild()  # index.html, the first page, failed: nothing was rendered
    session.edit("site.yml", "title: Explainers\ndata_files: false\n")
    session.rebuild()
    assert b"Broken" not in session.files["a.html"]
    assert session.files == session.full_build()
