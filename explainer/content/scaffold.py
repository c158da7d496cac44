"""Write the skeleton of a new explainer, marked as a draft: every section kind but pictures
and embeds, which name a file or an address of the author's own, its placeholders in the
explainer's language (the strings tables' new_ texts)."""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from datetime import date
from pathlib import Path

import yaml

from ..errors import ContentError, Problem, UsageError
from ..inputs import Inputs
from ..site.strings import draft_texts
from .languages import ENGLISH, canonical_tag
from .slugs import SLUG
from .sources import SourceFile, read_text, split_source
from .spelling.latin import slugify
from .text.typography import typeset_text

SKELETON = """\
---
title: {title}
dek: {new_dek}
published: {today}
byline: {new_byline}
based_on:
  - title: {new_based_on}
    url: https://example.org/original-report
tags: [{new_tag}]
{language}draft: true
---

--- summary
---
{new_summary}

--- why-it-matters
---
{new_why_it_matters}

--- takeaways
takeaways:
  - {new_takeaway}
  - {new_next}
---

--- figures
figures:
  - value: {new_figure}
    label: {new_figure_label}
---

--- prose
heading: {new_heading}
---
{new_prose}

--- quote
text: {new_quote}
speaker: {new_speaker}
role: {new_speaker_role}
---

--- questions
questions:
  - question: {new_question}
    answer: {new_answer}
---

--- timeline
events:
  - date: {today}
    title: {new_event}
    source: https://example.org/original-report
  - date: {next_year}
    title: {new_expected_event}
    status: expected
    approximate: true
    source: https://example.org/original-report
---

--- countries
countries:
  - name: Kenya
    role: lead
    note: {new_country_note}
---

--- sources
sources:
  - title: {new_source}
    url: https://example.org/another-source
---
"""
# The skeleton's texts that are Markdown, the rest being YAML values; and those that no story
# would print: left in an explainer that is no longer a draft, they would be published (a
# heading, a tag, a figure or a source's title may be the story's own).
MARKDOWN = frozenset({"new_summary", "new_why_it_matters", "new_prose"})
KEPT = frozenset({"new_heading", "new_tag", "new_figure", "new_source"})
EXAMPLE = "https://example.org/"
# The skeleton's lines that hold a placeholder; and a line's value: after its indentation, a
# list's '- ' and a 'key: ', without quotes.
PLACEHOLDER_LINES = tuple(line.strip() for line in SKELETON.splitlines() if EXAMPLE in line or
                          set(re.findall(r"\{(new_\w+)\}", line)) - KEPT)
VALUE = re.compile(r"\s*(?:-\s+)?(?:[\w-]+:\s+)?[\"']?(?P<value>.*?)[\"']?\s*")


def draft_values(language: str) -> dict[str, str]:
    """Return the skeleton's texts in a language as the draft writes them: a YAML value in
    quotes where YAML would read it otherwise (a text with ': ', a number)."""
    return {key: text if key in MARKDOWN else yaml_value(text, flow=key == "new_tag")
            for key, text in draft_texts(language).items()}


def yaml_value(text: str, flow: bool = False) -> str:
    """Return a text as a YAML value, plain if YAML reads it back as written; `flow`: as an
    item of a list in brackets."""
    def reads_back(written: str) -> bool:
        try:
            found = yaml.safe_load(f"[{written}]" if flow else f"key: {written}")
        except yaml.YAMLError:
            return False
        return found == ([text] if flow else {"key": text})

    return text if reads_back(text) else json.dumps(text, ensure_ascii=False)


@functools.cache  # once per language and process
def placeholder_lines(language: str) -> frozenset[str]:
    """Return the skeleton's lines that hold a placeholder as `new` writes them in a language,
    and in English (a draft written before the language had its own)."""
    return frozenset(line.format_map(values) for tag in {ENGLISH, language}
                     for values in [draft_values(tag)] for line in PLACEHOLDER_LINES)


def placeholders_left(source: SourceFile, language: str) -> list[Problem]:
    """Warn of the skeleton's lines left as `new` wrote them, in the explainer's language or
    in English, in an explainer (a draft may hold them). Every explainer is looked at: the
    set's test runs in C, line by line."""
    lines = placeholder_lines(language)
    if lines.isdisjoint(map(str.strip, source.lines)):
        return []
    found = [(number, line, VALUE.fullmatch(line)["value"])  # type: ignore[index]
             for number, line in enumerate(source.lines, start=1)
             if line.strip() in lines]
    return [Problem(source.display, number, line.index(value) + 1,
                    f"'{value}' is the new draft's placeholder",
                    "write the story's own words in its place, or remove the line", line,
                    "warning")
            for number, line, value in found]


def draft_name(name: str, language: str = "") -> tuple[str, str | None]:
    """Return the slug and the title of the draft `new` is asked for: a slug as typed (or a
    file's name, my-story.md), or a title in any script and the slug of its words in the
    draft's language, as a heading's id is made (Sudan ceasefire talks gives
    sudan-ceasefire-talks); no title for a slug, whose words the draft's title takes."""
    if SLUG.fullmatch(name) or SLUG.fullmatch(name.removesuffix(".md")):
        return name.removesuffix(".md"), None
    # Typeset first, as a heading is: "Windows 11's" gives windows-11s, as its id does.
    slug = slugify(typeset_text(name, language), language)
    if any(unicodedata.category(char) == "Cc" for char in name):
        held = "a line break" if re.search("[\n\r]", name) else "a control character"
        raise UsageError(f"{name!r} is not a valid title or slug: it holds {held}; give the "
                         "title on one line, or a slug of lowercase letters, digits and "
                         f"hyphens, e.g. {slug or 'haiti-police-mission'}")
    if not slug:
        raise UsageError(f"{name!r} makes no slug: a title needs a letter or a digit; give one, "
                         "or a slug of lowercase letters, digits and hyphens, e.g. "
                         "haiti-police-mission")
    return slug, " ".join(name.split())


def write_new_explainer(root: Path, slug: str, today: date | None = None,
                        site_language: str = ENGLISH, language: str | None = None,
                        title: str | None = None) -> Path:
    """Write content/<slug>.md from the skeleton, in `language` (the site's unless given),
    titled `title` (the slug's words unless given); refuse to overwrite a file, or to take a
    page that an explainer of that language has, now or before it was renamed."""
    language = canonical_tag(language or site_language)
    if not SLUG.fullmatch(slug):
        suggested = slugify(slug) or "haiti-police-mission"
        raise UsageError(f"{slug!r} is not a valid slug: use lowercase letters, digits and "
                         f"hyphens, e.g. {suggested}")
    path = root / "content" / f"{slug}.md"
    if path.exists():
        raise taken(f"{path} already exists", slug, title)
    holder = slug_holder(root, slug, language, site_language)
    if holder is not None:
        raise taken(f"'{slug}' is already {holder}", slug, title)
    day = today or date.today()
    title = title or slug.replace("-", " ").capitalize()
    own = f"language: {language}\n" if language != site_language else ""
    text = SKELETON.format(title=yaml_value(title), today=day.isoformat(),
                           next_year=day.year + 1, language=own, **draft_values(language))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def taken(fact: str, slug: str, title: str | None) -> UsageError:
    """Return the refusal of a draft's slug that names a page or a file already there, with
    the fix: another slug, or another title for a slug made of one."""
    if title is None:
        return UsageError(f"{fact}; choose another slug")
    return UsageError(f"{title!r} makes the slug '{slug}', and {fact}; give another title, "
                      f"or a slug of your own, such as {slug[:77]}-2")


def slug_holder(root: Path, slug: str, language: str, site_language: str) -> str | None:
    """Say which explainer of a language has the page of a slug, by its slug or an alias (its
    page before a rename): "the slug of content/a.md"; None when none has. A file too broken
    to read is passed over: the build names its mistakes."""
    for display in Inputs.scan(root).explainer_files():
        names = front_names(root / display, display)
        if names is None or canonical_tag(names[2] or site_language) != language:
            continue
        if slug == names[0]:
            return f"the slug of {display}"
        if slug in names[1]:
            return f"an alias of {display}, its page before it was renamed"
    return None


def front_names(path: Path, display: str) -> tuple[str, list[str], str] | None:
    """Return an explainer file's slug, aliases and language as its front matter gives them
    (its file's name is its slug when it gives none); None for a file that does not read."""
    try:
        front = yaml.safe_load(split_source(read_text(path, display), path, display).front.header)
    except (ContentError, yaml.YAMLError):
        return None
    if not isinstance(front, dict):
        return None
    aliases = front.get("aliases") or []
    aliases = [aliases] if isinstance(aliases, str) else aliases
    return (str(front.get("slug") or path.stem),
            [str(alias) for alias in aliases] if isinstance(aliases, list) else [],
            str(front.get("language") or ""))
