"""Put the site together from the explainers read, once every file has been validated."""

from __future__ import annotations

import difflib
import posixpath
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, NamedTuple
from zoneinfo import ZoneInfo

from ..content.model import Config, Site, Teaser
from ..content.naming.names import caseless
from ..errors import ContentError, Problem, Severity, StrictWarnings
from ..inputs import CONFIG, CONTENT, Inputs
from ..options import BuildOptions, BuildTime
from .config import unused_mastheads
from .media import Checked, check_media, site_media
from .schedule import held_back, standing
from .tagslugs import tag_key

if TYPE_CHECKING:
    from ..speed.memo import Memo

# An event still expected this long after its date tells of a story that has moved on.
OVERDUE = timedelta(days=31)
# A day ahead of the build's day (in the site's time zone) is today somewhere: a change dated
# later is a slip.
AHEAD = timedelta(days=1)
# Pages of the site an explainer may not take, with what they are: in the site's folder, and
# those of IN_EVERY_FOLDER in each language's too (404.html is only in the site's).
RESERVED_PAGES = {"index.html": "the front page of {folder}",
                  "404.html": "the page shown for a missing address",
                  "search.html": "the search page of {folder}"}
IN_EVERY_FOLDER = ("index.html", "search.html")
KEY = "translation_key"  # the name of an explainer's place that gives its translation_key


@dataclass(frozen=True)
class Assembled:
    """The site, the warnings found on the way, and how many explainers it leaves out."""

    site: Site
    warnings: list[Problem]
    left_out: int  # drafts and future-dated explainers not shown
    media: Checked  # the pictures the explainers use, as found in the project
    stands: tuple[datetime, datetime] | None = None  # while the site is as now: see BuildResult


def make_site(config: Config, inputs: Inputs, teasers: Sequence[Teaser],
              problems: list[Problem], options: BuildOptions, when: BuildTime,
              memo: Memo | None = None) -> Assembled:
    """Make the site of the explainers read; raise ContentError if any error was found.

    The site lists them newest first; drafts, explainers dated after today (in the site's time
    zone) and those of today whose time has not come are left out unless the options ask for
    drafts. Under --strict, warnings fail the build.
    """
    media = check_media(teasers, inputs, memo)
    today, zone = when.today(config.zone), config.zone
    held = held_back(teasers, today, when.now(zone), zone)
    key = (tuple(teasers), today, options.drafts, config.timezone,
           tuple(teaser.display_path for teaser in held))
    listing = memo.remember("listing", key, lambda: list_explainers(*key)) if memo is not None \
        else list_explainers(*key)
    clashes = [p for p in listing.clashes if p.severity == "error"]
    problems = [*problems, *inputs.problems, *content_folder(inputs), *clashes,
                *media.problems, *listing.overdue]
    if any(p.severity == "error" for p in problems):
        # An explainer with an error may not have said which of its pictures it shows, nor be
        # the version a translation_key links to: no picture is called a stray, and no key
        # said to link to no other, until every explainer reads.
        raise ContentError(problems)
    problems.extend(p for p in listing.clashes if p.severity != "error")
    problems.extend(inputs.strays(media.used))
    problems.extend([*base_url_warning(config), *unused_mastheads(config, teasers)])
    if options.strict and any(p.severity == "warning" for p in problems):
        raise StrictWarnings(problems)
    site = Site(config, listing.shown)
    return Assembled(replace(site, media=site_media(site, media)), problems,
                     len(teasers) - len(listing.shown), media,
                     None if when.fixed else standing(listing.shown, held, today, zone))


class Listing(NamedTuple):
    """The explainers a site shows, newest first, and what is wrong with the list."""

    shown: tuple[Teaser, ...]
    clashes: list[Problem]  # two explainers on one page, or one translation twice
    overdue: list[Problem]  # events still expected long after their date, changes ahead


def list_explainers(teasers: tuple[Teaser, ...], today: date, drafts: bool,
                    timezone: str = "UTC", held: tuple[str, ...] = ()) -> Listing:
    """List the explainers shown, newest first: by the moment each was published in the site's
    time zone, one without a time as at the start of its day; drafts, those dated after today
    and those `held` back (by file: see held_back()) only if asked for."""
    zone = ZoneInfo(timezone)
    shown = [teaser for teaser in teasers if drafts or (
        teaser.public_on(today, zone) and teaser.display_path not in held)]
    shown.sort(key=lambda e: (e.published.moment(zone), e.title.lower(), e.slug), reverse=True)
    return Listing(tuple(shown), [*check_slugs(teasers), *check_translations(teasers)],
                   [*overdue(teasers, today), *changes_ahead(shown, today, zone),
                    *tag_spellings(shown)])


def overdue(teasers: Sequence[Teaser], today: date) -> Iterator[Problem]:
    """Warn about events still marked expected well after their date: the story moved on.

    Checked here, on every build, not with the file: the file has not changed, the day has.
    """
    for teaser in teasers:
        for event in teaser.expected:
            if event.date.last_day() + OVERDUE < today:
                yield Problem(teaser.display_path, event.line, None,
                              f"section 'timeline': event '{event.title}' is dated "
                              f"'{event.date.iso}' and still marked 'status: expected' on "
                              f"{today.isoformat()}",
                              "say what happened (and remove 'status: expected', or date it "
                              "anew), then add an entry to 'changes:' in the front matter",
                              severity="warning")


def content_folder(inputs: Inputs) -> list[Problem]:
    """Report a project without a content/ folder, saying how to make one."""
    if (inputs.root / CONTENT).is_dir():
        return []
    return [Problem(CONTENT, None, None, "there is no content/ folder",
                    "create content/ and put explainers in it as .md files, or run "
                    "'python build.py new my-first-explainer'")]


def changes_ahead(shown: Sequence[Teaser], today: date, zone: tzinfo) -> Iterator[Problem]:
    """Warn of a change dated after today, which would date the explainer's last update, on
    its page and in the feed, in the future (checked on every build: the day changes)."""
    for teaser in (teaser for teaser in shown if teaser.public_on(today, zone)):
        for change in teaser.changes:
            if change.date.first_day() > today + AHEAD:
                yield Problem(teaser.display_path, change.line, None,
                              f"front matter: a change is dated {change.date.iso}, after "
                              f"today ({today.isoformat()})",
                              "fix the change's date: the page and the feed would give it as "
                              "the last update", severity="warning")


def tag_spellings(explainers: Sequence[Teaser]) -> Iterator[Problem]:
    """Warn of a tag spelt two ways, beyond case, that share one page ('Politica' and
    'Política'): the page takes the newest explainer's spelling, each explainer shows its own."""
    first: dict[tuple[str, str], tuple[str, Teaser]] = {}
    for explainer in explainers:  # newest first
        for tag in explainer.tags:
            key = (explainer.folder, tag_key(tag, explainer.language))  # as its pages spell it
            spelt, by = first.setdefault(key, (tag, explainer))
            if caseless(tag) != caseless(spelt):  # case alone is how a title sets it
                yield Problem(explainer.display_path, None, None,
                              f"tag '{tag}' shares its page with '{spelt}' ({by.display_path}), "
                              "which names the page", "spell the tag alike in every explainer",
                              severity="warning")


def check_slugs(explainers: Sequence[Teaser]) -> list[Problem]:
    """Report two explainers that would be written to the same page (explainers in other
    languages than the site's have a folder each, so their slugs may meet the site's), by their
    slugs or by the slugs their pages had before (aliases), where the second names it."""
    seen: dict[str, tuple[Teaser, str]] = {}
    problems = []
    for explainer in explainers:
        for slug in (explainer.slug, *explainer.aliases):
            own = slug == explainer.slug  # else an alias
            url, name = f"{explainer.folder}{slug}.html", "slug" if own else f"alias {slug}"
            reserved = reserved_page(url, explainer.folder)
            if reserved is not None:
                page = "page" if own else f"alias '{slug}'"
                problems.append(problem_at(explainer, name, f"this explainer's {page} would be "
                                           f"{url}, which is {reserved}", "rename the file, or "
                                           "give the explainer another 'slug:' in its front "
                                           "matter" if own else "remove the alias"))
                continue
            first, first_name = seen.setdefault(url, (explainer, name))
            if first is not explainer:
                how = "" if first_name == "slug" else " as an alias"
                # A slug no 'slug:' gives is the file's name: the problem is at the title.
                whence = " (its file's name)" if own and slug == stem(explainer) else ""
                problems.append(problem_at(explainer, name, f"{name.split()[0]} '{slug}'"
                                           f"{whence} is already used by "
                                           f"{located(first, first_name)}{how}",
                                           "give one of them another 'slug:' or file name"
                                           if own else "remove the alias, or rename the other "
                                           "explainer"))
    return problems


def stem(explainer: Teaser) -> str:
    """Return the name of an explainer's file without its extension."""
    return posixpath.splitext(posixpath.basename(explainer.display_path))[0]


def problem_at(explainer: Teaser, name: str, message: str, hint: str,
               severity: Severity = "error") -> Problem:
    """Return a problem at the place the explainer's file gives one of its names (see
    Teaser.place), or at the file when it is not known."""
    place = explainer.place(name)
    if place is None:
        return Problem(explainer.display_path, None, None, message, hint, severity=severity)
    return Problem(explainer.display_path, place.line, place.column, message, hint,
                   place.excerpt, severity)


def located(explainer: Teaser, name: str) -> str:
    """Return where the explainer's file gives one of its names: content/a.md:3:7."""
    place = explainer.place(name)
    return explainer.display_path if place is None else \
        f"{explainer.display_path}:{place.line}:{place.column}"


def reserved_page(url: str, folder: str) -> str | None:
    """Return what a page of the site is that no explainer may take, or None."""
    name = url.removeprefix(folder)
    reserved = RESERVED_PAGES.get(name) if name in IN_EVERY_FOLDER or not folder else None
    return reserved.format(folder=folder or "the site") if reserved is not None else None


def check_translations(explainers: Sequence[Teaser]) -> list[Problem]:
    """Report two versions of one explainer in the same language, and a translation_key that
    links an explainer to no other (drafts count: a translation may be under way), where the
    file gives the key (or its slug, which is its key when it gives none)."""
    groups: dict[str, dict[str, Teaser]] = {}
    problems = []
    for explainer in explainers:
        group = groups.setdefault(explainer.translation_key, {})
        first = group.setdefault(explainer.language, explainer)
        if first is not explainer and first.url != explainer.url:  # else: one slug, said above
            problems.append(problem_at(explainer, KEY, f"translation_key "
                                       f"'{explainer.translation_key}': {located(first, KEY)} "
                                       f"is already its version in {explainer.language}",
                                       "give one of them another translation_key or language"))
    for key, group in groups.items():
        alone = next(iter(group.values()))
        if len(group) == 1 and key != alone.slug:
            problems.append(problem_at(
                alone, KEY, f"translation_key '{key}' links this explainer to no other",
                lone_key_hint(key, sorted(groups), explainers), severity="warning"))
    return problems + unrelated_versions(groups)


def lone_key_hint(key: str, keys: list[str], explainers: Sequence[Teaser]) -> str:
    """Say what a translation_key that no other explainer shares should be: the key, now, of
    the explainer whose slug it was before a rename (an alias), else the closest key."""
    renamed = next((each for each in explainers if key in each.aliases), None)
    if renamed is not None:
        return (f"'{key}' is the slug {renamed.display_path} had before it was renamed: write "
                f"translation_key: {renamed.translation_key}, its key now")
    close = difflib.get_close_matches(key, [k for k in keys if k != key], n=1)
    return f"did you mean '{close[0]}'?" if close else "give the explainer it translates the " \
        "same translation_key, or use that one's slug"


def unrelated_versions(groups: dict[str, dict[str, Teaser]]) -> list[Problem]:
    """Warn of a version of an explainer (by its translation_key, or its slug when it gives
    none) that shares none of its countries with the others that list some: another story,
    such as a file copied to start one that kept its slug, rather than the same in another
    language. Of two such versions, the second is named."""
    problems = []
    for key, group in groups.items():
        codes = {teaser.language: {entry.country.code for entry in teaser.countries}
                 for teaser in group.values() if teaser.countries}
        apart = [teaser for teaser in group.values() if teaser.language in codes and not any(
            codes[teaser.language] & codes[other] for other in codes if other != teaser.language)]
        if len(codes) < 2 or not apart:
            continue
        for teaser in apart[1:] if len(apart) == len(codes) else apart:
            other = next(each for each in group.values() if each is not teaser and each.countries)
            by = KEY if teaser.place(KEY) != teaser.place("slug") else "slug"
            problems.append(problem_at(
                teaser, by, f"{by} '{key}' makes this explainer a version of "
                f"{located(other, KEY)}, with which it shares none of its countries",
                "if they are two stories, give one of them another slug (or translation_key); "
                "if one, list the same countries", severity="warning"))
    return problems


def base_url_warning(config: Config) -> list[Problem]:
    """Warn, once per build, that a site without a base URL leaves out its absolute URLs."""
    if config.base_url:
        return []
    return [Problem(CONFIG, None, None, "no base_url: canonical links, Open Graph URLs, "
                    "the Atom feed and the sitemap are left out",
                    "set base_url in site.yml or pass --base-url https://example.org/news/; "
                    "the pages work without it, from disk and under any folder",
                    severity="warning")]
