"""What templates call besides the words (wording.py): the inline map of a country list and
whether it circles a country, the shade of a group of countries, whether an organisation's
badge says more than its name, whether a key figure is set small, which way a short text runs,
the language of a text in another than its page's, the address of a tag's page and the link to
an author's."""

from __future__ import annotations

from unicodedata import bidirectional, east_asian_width

import jinja2
import markupsafe
from jinja2.runtime import Context

from ..content.languages import cldr_locale
from ..content.model import Countries, RoleGroup
from ..content.naming.names import name_key
from ..site.listings import AUTHORS, list_path
from ..site.mapframe import circled, list_plan
from ..site.mapview import world_map_svg

GROUP_SHADES = 6  # group-1 ... group-6 in the stylesheet, strongest first
# The widest word, in Latin letters, a key figure's large type fits half a phone's column with.
FIGURE_WORD = 9
# The classes of the letters that write each direction, as Unicode's bidirectional algorithm
# has them: Latin's "L"; Hebrew's "R" and Arabic's "AL".
STRONG = {"ltr": frozenset({"L"}), "rtl": frozenset({"R", "AL"})}


def group_class(section: Countries, group: RoleGroup) -> str:
    """Return the class that shades a group of countries: by its place, a catch-all muted.

    Groups are counted among those with countries on the map (a group of organisations alone
    has none); the first gets the strongest colour, groups past GROUP_SHADES share the last.
    """
    return f"group-{min(group.shade, GROUP_SHADES)}" if group.shade else "group-other"


def badge_adds(initials: str, name: str) -> bool:
    """Tell whether an organisation's badge says what its name does not: 'UN' beside 'United
    Nations' does, 'FAO' beside 'FAO' or 'NATO' beside 'Nato' does not, and no initials
    (a name in a script without capitals) say nothing."""
    return bool(initials) and name_key(initials) != name_key(name)


def long_figure(value: str) -> bool:
    """Tell whether a key figure's value has a word too wide for its large type ("1.000.000.000
    €"), a Chinese or Japanese character counting as two letters ("3億6000万ドル")."""
    return any(sum(2 if east_asian_width(char) in "WF" else 1 for char in word) > FIGURE_WORD
               for word in value.split())


@jinja2.pass_context
def text_dir(context: Context, text: str) -> str:
    """Return the dir of a short text apart on the page (a figure's label, a note): the page's
    when it holds a letter of the page's script, though it starts with another ("G20 اقتصادات"
    on an Arabic page, which dir="auto" would lay out from the left), else "auto", its own
    ("GDP growth (%)" on an Arabic page runs left to right)."""
    direction = context.parent["words"].direction
    strong = STRONG[direction]
    return direction if any(bidirectional(char) in strong for char in text) else "auto"


def language_of(language: str) -> markupsafe.Markup:
    """Return the lang and dir attributes of a text in another language than its page's (the
    site's name on the pages of a language that has none of its own), or nothing for "": a
    screen reader speaks it in its language, and it runs its own way."""
    if not language:
        return markupsafe.Markup("")
    locale = cldr_locale(language)
    direction = "" if locale is None else \
        f' dir="{"rtl" if locale.character_order == "right-to-left" else "ltr"}"'
    return markupsafe.Markup(' lang="{}"').format(language) + markupsafe.Markup(direction)


@jinja2.pass_context
def country_map(context: Context, section: Countries) -> markupsafe.Markup:
    """Return the inline SVG map of a country list, framed on it, countries shaded by group."""
    words = context.parent["words"]  # the page's language, as the word filters take it
    shaded = map_shades(section)
    codes = [code for _, group_codes in shaded for code in group_codes]
    plan = list_plan(section)
    named: dict[str, list[str]] = {}
    for entry in section.entries:  # the teams a country's land stands for: England, Scotland
        named.setdefault(entry.country.code, []).append(entry.label
                                                        or words.country(entry.country))
    names = {code: words.names(dict.fromkeys(each)) for code, each in named.items()}
    title = words.text("map_title" if plan.world else "map_title_region", len(codes))
    if plan.inset:
        title = words.text("map_title_inset", map=title, country=names[plan.inset])
    svg = world_map_svg(shaded, title_id=f"{section.anchor}-map-title", title=title,
                        description_id=f"{section.anchor}-map-caption", plan=plan, names=names)
    return markupsafe.Markup(svg)


def map_shades(section: Countries) -> list[tuple[str, list[str]]]:
    """Return each group's class and the codes of its countries on the map: a country that two
    of the list's teams play for (England, Scotland) once, in the first group that has it."""
    shaded: list[tuple[str, list[str]]] = []
    seen: set[str] = set()
    for group in section.groups:
        own = [code for code in dict.fromkeys(e.country.code for e in group.entries)
               if code not in seen]
        seen.update(own)
        if group.entries:
            shaded.append((group_class(section, group), own))
    return shaded


def map_key(section: Countries) -> list[tuple[RoleGroup, int]]:
    """Return each group the map shades, with the number of its countries the map shades in
    its colour: a group whose every country an earlier group shades (England, Scotland and
    Wales, after the United Kingdom) has no colour on the map, so no place in its key."""
    groups = [group for group in section.groups if group.entries]
    return [(group, len(codes)) for group, (_, codes) in zip(groups, map_shades(section),
                                                             strict=True) if codes]


def map_circles(section: Countries) -> bool:
    """Tell whether a country list's map circles a country too small to see (Malta beside
    France), so that its caption says small countries are circled only when one is."""
    codes = [code for _, group_codes in map_shades(section) for code in group_codes]
    return bool(circled(codes, list_plan(section).frame))


@jinja2.pass_context
def tag_url(context: Context, tag: str) -> str:
    """Return the site path of the page of one of the explainer's tags: an explainer's page
    has its tags' page names in `tag_slugs`, named among its language's tags (tagslugs.py)."""
    slugs = context.get("tag_slugs", {})
    if tag not in slugs:
        error = jinja2.TemplateRuntimeError(f"tag_url({tag!r}): this page has no tag {tag!r}")
        error.hint = "give tag_url() one of explainer.tags, on an explainer's page; the list " \
            "of tags has each tag's page as its url"  # type: ignore[attr-defined]
        raise error
    return f"tags/{slugs[tag]}.html"


@jinja2.pass_context
def author_link(context: Context, name: str) -> str:
    """Return a name of an explainer's byline as a link to its author's page, named among its
    language's authors (`author_slugs`), or as it is on a site without author pages."""
    slugs = context.get("author_slugs", {})
    if name not in slugs:
        return name
    href = context["rel"](list_path(context["home"], AUTHORS, slugs[name]))
    return markupsafe.Markup('<a href="{}" rel="author">{}</a>').format(href, name)
