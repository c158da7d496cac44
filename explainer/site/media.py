"""The pictures and embeds of a site, checked with the whole project on every build, and the
files made of them: each picture's sizes, each explainer's social card, the publisher's logo.

An explainer file is read once for its bytes (and kept in the memo); whether the picture it
names is there, what size it is, and whether an embed's service is allowed depend on other
files and on site.yml, so they are checked here. The files are made only when written, each
through the memo, by a hash of what it is made from: a warm build or the preview takes them
from there.
"""

from __future__ import annotations

import posixpath
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..content.model import CountryEntry, Media, Rendition, Share, Site, Teaser, Use
from ..errors import Problem
from ..hashing import digest
from ..inputs import Inputs
from . import cards, pictures
from .capitals import capitals
from .files import SiteFile
from .meta import MADE_LOGO as LOGO_PATH
from .meta import made_logo

if TYPE_CHECKING:
    from ..speed.memo import Memo



@dataclass(frozen=True)
class Found:
    """A picture file of the project an explainer uses, read as far as its header."""

    path: str  # the input file
    key: str  # a hash of its bytes and of how its sizes are made
    header: pictures.Header


@dataclass(frozen=True)
class Checked:
    """What the site's pictures and embeds are: problems, the files used, and the pictures."""

    problems: list[Problem]
    used: set[str]  # input files that explainers use
    found: dict[tuple[str, str], Found]  # by explainer file and name as written


def check_media(teasers: Sequence[Teaser], inputs: Inputs,
                memo: Memo | None = None) -> Checked:
    """Check every picture the explainers use: is it there, a picture, big enough? (Embeds are
    checked as their explainer is read.) The memo, if given, keeps what each picture file was
    found to be, as long as the file is unchanged."""
    checked = Checked([], set(), {})

    def picture(path: str) -> Found | Problem:
        if memo is None:
            return read(inputs, path)
        return memo.remember((path, "picture"), inputs.stamps[path], lambda: read(inputs, path))

    for teaser in teasers:
        if not teaser.uses:
            continue  # most explainers: nothing to look for
        absent: dict[str, list[Use]] = {}  # pictures in prose not found, by name
        for use in teaser.uses:
            path = next((c for c in use.candidates if c in inputs.stamps), None)
            if path is None and use.kind == "image":
                checked.problems.append(missing(teaser, use))
            elif path is None:
                absent.setdefault(use.target, []).append(use)
            else:
                checked.used.add(path)
                if use.kind == "image":
                    check_picture(checked, teaser, use, picture(path))
        for uses in absent.values():
            beside = beside_explainer(teaser, uses[0], inputs)
            if beside is not None:
                checked.used.add(beside)  # named, so not also "a picture no explainer shows"
            checked.problems.append(missing_in_prose(teaser, uses, beside))
    return checked


def beside_explainer(teaser: Teaser, use: Use, inputs: Inputs) -> str | None:
    """Return the file beside the explainer that a picture in prose names, if there is one:
    a prose picture is taken from static/ only, so that file is not published."""
    name = posixpath.normpath(use.candidates[-1].removeprefix("static/"))
    path = posixpath.join(posixpath.dirname(teaser.display_path), name)
    return path if path in inputs.stamps else None


def check_picture(checked: Checked, teaser: Teaser, use: Use, found: Found | Problem) -> None:
    """Note a picture an explainer shows, or what is wrong with it."""
    if isinstance(found, Problem):
        checked.problems.append(located(found, teaser, use))
        return
    checked.found[(teaser.display_path, use.target)] = found
    if found.header.width < pictures.SLOT:
        checked.problems.append(too_small(teaser, use, found.header))


def read(inputs: Inputs, path: str) -> Found | Problem:
    """Read a picture file's header, or say why it is no picture."""
    try:
        data = inputs.path(path).read_bytes()
        return Found(path, digest(pictures.spec(), data), pictures.read_header(data))
    except OSError as error:
        return Problem("", None, None, f"cannot be read ({error.strerror})", pictures.SAVE_AGAIN)
    except pictures.BadPicture as error:
        return Problem("", None, None, f"is not a picture explainer can use: {error}",
                       error.hint)


def located(problem: Problem, teaser: Teaser, use: Use) -> Problem:
    """Return a problem with a picture file, located where the explainer names it."""
    return Problem(teaser.display_path, use.line, use.column,
                   f"picture '{use.target}' {problem.message}", problem.hint, use.excerpt)


def missing(teaser: Teaser, use: Use) -> Problem:
    """Return the error for a picture whose file is not in the project."""
    return Problem(teaser.display_path, use.line, use.column,
                   f"there is no picture '{use.target}' (looked for "
                   f"{' or '.join(use.candidates[::2])})",
                   "put the file beside the explainer or in static/, or fix the name",
                   use.excerpt)


def missing_in_prose(teaser: Teaser, uses: list[Use], beside: str | None) -> Problem:
    """Return the warning for a picture shown in prose whose file is not in static/: the
    page shows it broken. One warning for a name, however often the prose shows it; the hint
    names the file beside the explainer, if that is where it is."""
    first = uses[0]
    again = sorted({use.line for use in uses[1:]} - {first.line})
    also = f"; also on line{'s' if len(again) > 1 else ''} {', '.join(map(str, again))}" \
        if again else ""
    return Problem(teaser.display_path, first.line, first.column,
                   f"there is no picture '{first.target}' (looked for {first.candidates[-1]})"
                   f"{also}", prose_hint(first, beside), first.excerpt, "warning")


def prose_hint(use: Use, beside: str | None) -> str:
    """Return how to mend a picture in prose whose file is not in static/."""
    if beside is None:
        return "put the file in static/, or fix the address"
    return (f"{beside} is beside the explainer, but a picture in the text is taken from "
            f"static/ only: move the file to {use.candidates[-1]}, or show it with an "
            "'image' section, which takes it from beside the explainer")


def too_small(teaser: Teaser, use: Use, header: pictures.Header) -> Problem:
    """Return the warning for a picture narrower than the page shows it."""
    return Problem(teaser.display_path, use.line, use.column,
                   f"picture '{use.target}' is {header.width} pixels wide; the page shows "
                   f"pictures up to {pictures.SLOT} pixels wide, so it will look blurred",
                   f"use a picture at least {pictures.SLOT} pixels wide "
                   f"({2 * pictures.SLOT} for sharp screens)", use.excerpt, "warning")


def site_media(site: Site, checked: Checked) -> Media:
    """Return the pictures of the explainers shown, and what each shares."""
    shown = {teaser.display_path for teaser in site.explainers}
    renditions: dict[str, dict[str, Rendition]] = {}
    for (explainer, name), found in sorted(checked.found.items()):
        if explainer in shown:
            renditions.setdefault(explainer, {})[name] = \
                pictures.plan(found.path, found.key, found.header)[0]
    shares: dict[str, Share] = {}
    config = site.config
    for teaser in site.explainers if config.base_url else ():
        if teaser.image is not None and teaser.image.file in renditions.get(
                teaser.display_path, {}):
            picture = renditions[teaser.display_path][teaser.image.file]
            shares[teaser.display_path] = Share(picture.fallback, picture.width, picture.height,
                                                picture.fallback_type, teaser.image.alt)
        elif config.image is None:
            shares[teaser.display_path] = Share(card_path(site, teaser), *cards.CARD,
                                                "image/jpeg", teaser.title)
    logo = LOGO_PATH if made_logo(config) else None  # none is better than a name in boxes
    return Media(renditions, shares, logo)


def card_path(site: Site, teaser: Teaser) -> str:
    """Return the site path of an explainer's social card, named by what it shows."""
    return f"media/{teaser.slug}-{card_key(site, teaser)[:10]}.jpg"


def site_name(site: Site, teaser: Teaser) -> str:
    """Return the site's name as the pages of an explainer's language give it, in capitals as
    the language of the name writes them (BİLGİ in Turkish, ΕΠΕΞΗΓΗΣΕΙΣ in Greek)."""
    masthead = site.config.masthead(teaser.language)
    return capitals(masthead.title, masthead.title_language or teaser.language)


def card_key(site: Site, teaser: Teaser) -> str:
    """Return a hash of what an explainer's social card shows."""
    return digest(cards.spec(), teaser.title, site_name(site, teaser),
                  *(f"{e.country.code}={e.rank}:{e.role}" for e in roles_of(teaser)))


def roles_of(teaser: Teaser) -> list[CountryEntry]:
    """Return an explainer's countries, each once, in its first role."""
    seen: dict[str, CountryEntry] = {}
    for entry in teaser.countries:
        seen.setdefault(entry.country.code, entry)
    return sorted(seen.values(), key=lambda e: e.country.code)


def media_files(site: Site, inputs: Inputs, checked: Checked, memo: Memo) -> list[SiteFile]:
    """Return the files of the site's pictures, cards and logo, each made when written."""
    return [*picture_files(site, inputs, checked, memo), *card_files(site, memo)]


def picture_files(site: Site, inputs: Inputs, checked: Checked,
                  memo: Memo) -> list[SiteFile]:
    """Return the sizes of the pictures the explainers shown show."""
    files: list[SiteFile] = []
    done: set[str] = set()
    shown = {teaser.display_path for teaser in site.explainers}
    for (explainer, _), found in sorted(checked.found.items()):
        if found.path in done or explainer not in shown:
            continue
        done.add(found.path)
        for path, (width, kind) in pictures.plan(found.path, found.key, found.header)[1].items():
            files.append(SiteFile(path, found.path, memo.derived(digest(found.key, path), lambda
                                  f=found, w=width, k=kind: pictures.make(
                                      inputs.path(f.path).read_bytes(), w, k))))
    return files


def card_files(site: Site, memo: Memo) -> list[SiteFile]:
    """Return the social cards of the explainers that share one, and the logo made."""
    files: list[SiteFile] = []
    for teaser in site.explainers if site.media.shares else ():
        share = site.media.shares.get(teaser.display_path)
        if share is not None and share.path == card_path(site, teaser):
            roles = cards.shades(roles_of(teaser))
            files.append(SiteFile(share.path, f"the social card of {teaser.display_path}",
                                  memo.derived(card_key(site, teaser), lambda t=teaser, r=roles:
                                               cards.social_card(t.title, site_name(site, t),
                                                                 r))))
    if site.media.logo is not None:
        files.append(SiteFile(LOGO_PATH, "the publisher's logo", memo.derived(
            digest(cards.spec(), "logo", site.config.title),
            lambda: cards.logo(capitals(site.config.title, site.config.language)))))
    return files
