"""Render each section of an explainer once, for its page and for the piece that shows it alone.

An explainer's page and its embeddable pieces are rendered one after the other (see
rendering.py); `section_html(section)` in a template renders the section's template the first
time and hands the same HTML to the next page that asks. What differs from page to page is
where the links point: the page is at the top of its language's folder, a piece one folder
down. So the section is rendered with `rel()` and `asset()` leaving a mark where each link
goes, and every page fills the marks in with its own links.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from typing import Any, NamedTuple

import jinja2
import markupsafe
from jinja2.runtime import Context

from ..site.links import aim_links

# A link's mark: its number between two separator characters, which neither HTML escaping nor
# Markdown makes, and which an author's text does not hold (it is checked: see fill()).
START, END = "\x1e", "\x1f"
MARK = re.compile(f"{START}(\\d+){END}")
LINKS = ("rel", "asset")  # the functions whose answer depends on the page's folder
ESCAPED = re.compile("[&<>\"']")  # what HTML escaping changes (markupsafe.escape)


class Marked(NamedTuple):
    """A section rendered once, its links left as marks, with what rendering it used."""

    html: str
    calls: tuple[tuple[str, str], ...]  # each mark's function and argument, by number
    templates: frozenset[str]  # the template files the section used
    listed: bool  # whether it used the site's list of explainers


class SectionStore:
    """The sections of one explainer as rendered for the first of its pages that showed them
    (in this build, or in an earlier one of the preview: see `Memo.sections`)."""

    def __init__(self, marked: dict[Any, Marked | None] | None = None) -> None:
        # By section (sections are frozen, so equal ones render alike); None: rendered, but
        # only for its page.
        self.marked: dict[Any, Marked | None] = {} if marked is None else marked

    def copy(self) -> SectionStore:
        """Return a store that starts with these sections and keeps its own from now on."""
        return SectionStore(dict(self.marked))

    @property
    def listed(self) -> bool:
        """Tell whether a section used the site's list of explainers."""
        return any(marked is not None and marked.listed for marked in self.marked.values())

    def function(self) -> Callable[[Context, Any], markupsafe.Markup]:
        """Return `section_html` as templates call it, with the page's context."""
        return jinja2.pass_context(lambda context, section: self.section_html(context, section))

    def section_html(self, context: Context, section: Any) -> markupsafe.Markup:
        """Return a section's HTML for the page being rendered, rendering it only once."""
        try:  # a section hashes all its fields, at every lookup: look it up once
            marked = self.marked[section]
        except KeyError:
            marked = self.marked[section] = render_marked(context, section)
        html = fill(marked, context) if marked is not None else None
        if html is None:
            return markupsafe.Markup(render_plainly(context, section))
        environment: Any = context.environment
        environment.used |= marked.templates  # the page depends on them as if it included them
        site = context.get("site")
        if marked.listed and hasattr(site, "listed"):
            site.listed = True
        return markupsafe.Markup(html)


def render_marked(context: Context, section: Any) -> Marked | None:
    """Render a section with a mark for each link; None if it cannot be filled in later."""
    calls: list[tuple[str, str]] = []

    def marker(name: str) -> Callable[[str], str]:
        def mark(argument: str) -> str:
            if name == "asset":  # a file that is not there is reported at the section's line
                context[name](argument)
            calls.append((name, argument))
            return f"{START}{len(calls) - 1}{END}"
        return mark

    environment: Any = context.environment
    site = context.get("site")
    was_listed = getattr(site, "listed", False)
    if hasattr(site, "listed"):
        site.listed = False
    used, environment.used = environment.used, set()
    try:
        html = template_of(context, section).render(
            {**context.get_all(), "section": section,
             **{name: marker(name) for name in LINKS}})
    finally:
        templates, environment.used = frozenset(environment.used), used | environment.used
        listed = getattr(site, "listed", False)
        if hasattr(site, "listed"):
            site.listed = was_listed or listed
    if html.count(START) != len(calls) or html.count(END) != len(calls):
        return None  # a mark was lost or copied, or the text holds a separator of its own
    return Marked(html, tuple(calls), templates, listed)


def fill(marked: Marked, context: Context) -> str | None:
    """Return a marked section with the page's own links; None where a link is no plain path.

    A template writes `{{ rel(...) }}` escaped, which leaves a site path as it is: a link that
    escaping would change might have been written either way, so the section is rendered again.
    """
    links = []
    for name, argument in marked.calls:
        link = str(context[name](argument))
        if ESCAPED.search(link):  # escaping would change it
            return None
        links.append(link)
    return MARK.sub(lambda found: links[int(found.group(1))], moved(marked.html, context))


def moved(html: str, context: Context) -> str:
    """Return a marked section's HTML with the author's relative links aimed from the page
    being rendered, when it is in another folder than the explainer's page (a piece, in embed/).

    An author writes a link or a picture relative to the explainer's page: `other.html`,
    `images/map.png`, `#timeline`. The template's own links are still marks here, filled in
    afterwards.
    """
    explainer = context.get("explainer")
    here = posixpath.dirname(context.get("page_path") or "")
    page = getattr(explainer, "url", "") or ""
    if explainer is None or here == posixpath.dirname(page):
        return html
    return aim_links(html, page, context["rel"])


def render_plainly(context: Context, section: Any) -> str:
    """Render a section for this page alone, as `{% include section.template %}` would (the
    author's relative links are then as written, right on the explainer's page alone)."""
    return template_of(context, section).render({**context.get_all(), "section": section})


def template_of(context: Context, section: Any) -> jinja2.Template:
    """Return the template of a section."""
    return context.environment.get_template(section.template)
