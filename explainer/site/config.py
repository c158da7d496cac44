"""The site's settings, read from site.yml at the project root."""

from __future__ import annotations

import codecs
import os
import posixpath
import re
from collections.abc import Iterable
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode

from ..content.extra import read_extra
from ..content.fields import Fields, check_url, read_language
from ..content.header import Reader, is_null, kind_of
from ..content.languages import (
    ENGLISH,
    LANGUAGE,
    canonical_tag,
    cldr_locale,
    english_name,
    words_tags,
)
from ..content.model import PAGE_SIZE, Config, Masthead, Teaser
from ..content.sources import decode_text, read_data
from ..errors import ContentError, Problem
from ..inputs import CONFIG, STATIC_FOLDERS, folder_path
from ..options import BuildOptions
from .baseurl import BASE_URL, checked_base_url, read_base_url
from .zones import read_timezone

TWITTER = re.compile(r"@?([A-Za-z0-9_]{1,15})")
HOST = re.compile(  # to fullmatch
    r"(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")
IMAGE_TYPES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg")
TITLE = Config().title  # the site's name when site.yml gives none


def load_config(root: Path, base_url: str | None = None) -> Config:
    """Read site.yml (all of it optional); base_url, when given, overrides the file's."""
    override = checked_base_url(base_url) if base_url else None
    path = root / CONFIG
    data = read_data(path, CONFIG) if path.exists() else b""
    if not data.removeprefix(codecs.BOM_UTF8).strip():  # an empty file sets nothing either
        return Config(base_url=override)
    text = decode_text(data, CONFIG)
    reader = Reader(CONFIG, tuple(text.split("\n")), 1, "site config", whole=True)
    node = reader.parse(text)
    if node is None:
        raise ContentError(reader.problems)
    fields = Fields(reader, node)
    config = config_fields(fields, root, override)
    fields.finish()
    errors = [p for p in reader.problems if p.severity == "error"]
    if errors:
        raise ContentError(errors)
    return config


def read_config(options: BuildOptions) -> tuple[Config, list[Problem]]:
    """Read site.yml; return its errors, to be reported with the content's, rather than raise.

    With a broken site.yml the content is still read, with the default settings, so that one
    run lists every mistake (and, there being errors, writes nothing).
    """
    try:
        return load_config(options.root, options.base_url), []
    except ContentError as exc:
        return Config(), list(exc.problems)


def config_fields(fields: Fields, root: Path, base_url: str | None) -> Config:
    """Read every field of site.yml; base_url, when given, wins over the file's."""
    from_file = read_base_url(fields)
    language = read_language(fields, ENGLISH)  # the site's name is set as its language sets it
    return Config(
        title=read_title(fields, language),
        description=fields.text("description", language=language),
        language=language,
        base_url=base_url or from_file,
        author=fields.text("author") or None,
        publisher=fields.text("publisher") or None,
        publisher_url=read_web_address(fields, "publisher_url"),
        logo=read_image(fields, "logo", root),
        image=read_image(fields, "image", root),
        twitter=read_twitter(fields),
        organizations=fields.items("organizations",
                                   lambda node: fields.as_text(node, "organizations") or None,
                                   single_ok=True),
        trusted_html=fields.boolean("trusted_html"),
        embeds=fields.items("embeds", lambda node: read_host(fields, node), single_ok=True),
        data_files=fields.boolean("data_files", default=True),
        embeddable=fields.boolean("embeddable", default=True),
        search=fields.boolean("search", default=True),
        author_pages=fields.boolean("author_pages", default=True),
        page_size=read_page_size(fields),
        timezone=read_timezone(fields),
        mastheads=read_mastheads(fields),
        extra=read_extra(fields),
    )


def read_title(fields: Fields, language: str) -> str:
    """Read the site's name, any scalar as typed (`title: 2024` is '2024') but its punctuation,
    set as the language sets it. Left out, it is 'Explainers'; a `title:` left empty is a
    slip, which would name the site that silently."""
    node = fields.values.get("title")
    title = fields.text("title", default=TITLE, language=language)
    if isinstance(node, ScalarNode) and (is_null(node) or not node.value.strip()):
        fields.reader.error(node, "'title' is empty", "write the site's name after 'title: ', "
                            f"or remove the line to call the site '{TITLE}'")
    return title


def read_mastheads(fields: Fields) -> tuple[Masthead, ...]:
    """Read `languages:`: the site's name and description in each other language."""
    node = fields.get("languages", False, "a mapping of language tags")
    if node is None:
        return ()
    hint = "write each language's tag on its own line below 'languages:', then its 'title:' and " \
        "'description:' indented below it"
    if not isinstance(node, MappingNode):
        fields.reader.error(node, f"'languages' must be a mapping of language tags, found "
                            f"{kind_of(node)}", hint)
        return ()
    found: dict[str, Masthead] = {}
    for key, value in node.value:
        tag = fields.as_text(key, "languages") if isinstance(key, ScalarNode) else ""
        if not LANGUAGE.fullmatch(tag) or is_null(key):
            fields.reader.error(key, f"'languages' names languages by their tags, such as fr or "
                                f"fr-CA, found '{tag}'", hint)
            continue
        if not isinstance(value, MappingNode):
            fields.reader.error(value if not is_null(value) else key,
                                f"'languages': {tag} must hold its 'title:' and 'description:', "
                                f"found {'nothing' if is_null(value) else kind_of(value)}",
                                f"write '{tag}:' alone on its line, then '    title: ...' and "
                                "'    description: ...' below it")
            continue
        item = Fields(fields.reader, value)
        language = canonical_tag(tag)
        own = Masthead(language, item.text("title", language=language),
                       item.text("description", language=language),
                       line=fields.reader.line_of(key))
        item.finish()
        if own.language in found:
            fields.reader.error(key, f"'languages' gives {own.language} twice",
                                "keep one of them")
        found[own.language] = own
    return tuple(found.values())


def unused_mastheads(config: Config, explainers: Iterable[Teaser]) -> list[Problem]:
    """Warn of each language `languages:` names that no page is in: a mistyped tag, or a
    language no explainer (drafts too) is written in, whose title no reader would see."""
    written = sorted({config.language, *(explainer.language for explainer in explainers)})
    reached = {tag for language in written for tag in words_tags(language)}
    problems = []
    for own in config.mastheads:
        if own.language in reached:
            continue
        tag = own.language
        # Tags are quoted, and no pronoun stands for one: 'it' is Italian.
        named = f"{english_name(tag)} ('{tag}')" if cldr_locale(tag) is not None \
            else f"'{tag}', which is no language CLDR knows,"
        pages = ", ".join(f"'{language}'" for language in written)
        problems.append(Problem(
            CONFIG, own.line or None, None, f"site config: 'languages' gives the site's name in "
            f"{named} but no page is in '{tag}'", f"the pages are in {pages}: fix the tag, or "
            f"remove '{tag}' until an explainer is written in that language", severity="warning"))
    return problems


def read_host(fields: Fields, node: Node) -> str | None:
    """Read a host embed sections may show: a name such as charts.example.org."""
    text = fields.as_text(node, "embeds").lower()
    if not HOST.fullmatch(text):
        fields.reader.error(node, f"'embeds' lists hosts such as charts.example.org, found "
                            f"'{text}'", "write the host alone: no https://, no path")
        return None
    return text


def read_page_size(fields: Fields) -> int:
    """Read how many explainers a page of a list shows: a whole number, at least 1."""
    default = PAGE_SIZE
    node = fields.get("page_size", False, str(default))
    if node is None:
        return default
    text = fields.as_text(node, "page_size")  # reports a list or a mapping
    if not isinstance(node, ScalarNode):
        return default
    if not re.fullmatch(r"[0-9]+", text) or not text.strip("0"):
        fields.reader.error(node, f"'page_size' must be a whole number of explainers, at least "
                            f"1, found '{text}'", f"write e.g. 'page_size: {default}'")
        return default
    return int(text) if len(text) < 10 else 10**9  # more than any site holds: one page


def read_web_address(fields: Fields, name: str, what: str = "a web address",
                     hint: str = "write it in full, starting with https://") -> str | None:
    """Read a field that must be a full http(s) address."""
    address = fields.matched(name, BASE_URL, "https://example.org/",
                             f"'{name}' must be {what}, found '{{value}}'", hint)
    return address[0] if address else None


def read_image(fields: Fields, name: str, root: Path) -> str | None:
    """Read an image: a full https:// address, or a file's path inside static/."""
    node = fields.get(name, False, "images/logo.png")
    if node is None:
        return None
    text = fields.as_text(node, name)
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", text):
        return check_url(fields.reader, node, text)
    if not text.lower().endswith(IMAGE_TYPES):
        fields.reader.error(node, f"'{name}' must name an image file, found '{text}'",
                            f"use one of {', '.join(IMAGE_TYPES)}")
        return None
    if name == "image" and text.lower().endswith(".svg"):
        fields.reader.error(node, "'image' is the picture social networks show, and they do "
                            "not show SVG", "use a PNG or JPEG; 1200 x 630 pixels suits them all")
        return None
    normal = posixpath.normpath(text)
    inside = normal == text and not text.startswith(("/", "..")) and "\\" not in text
    # os.path.isfile, not Path.is_file: a name too long for the system is no file either.
    if not inside or not any(os.path.isfile(folder / text) for folder in static_folders(root)):
        fields.reader.error(node, f"'{name}': there is no static/{text}",
                            "put the file in static/ (or overrides/static/) and name it relative "
                            "to that folder, or give a full https:// address")
        return None
    return text


def read_twitter(fields: Fields) -> str | None:
    """Read the site's X/Twitter handle, returning it with its @."""
    handle = fields.matched("twitter", TWITTER, "@handle", "'twitter' must be a handle such "
                            "as @example, found '{value}'",
                            "use up to 15 letters, digits or underscores")
    return "@" + handle[1] if handle else None


def static_folders(root: Path) -> list[Path]:
    """Return the folders whose files are copied into the site."""
    return [folder_path(root, folder) for folder in STATIC_FOLDERS]
