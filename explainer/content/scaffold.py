"""Write the skeleton of a new explainer, marked as a draft: every section kind but pictures
and embeds, which name a file or an address of the author's own."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import yaml

from ..errors import ContentError, Problem, UsageError
from ..inputs import Inputs
from .languages import ENGLISH, canonical_tag
from .latin import slugify
from .slugs import SLUG
from .sources import SourceFile, read_text, split_source

SKELETON = """\
---
title: {title}
dek: One sentence that tells readers what this explainer answers.
published: {today}
byline: Your Name
based_on:
  - title: The report this explainer draws on
    url: https://example.org/original-report
tags: [Topic]
draft: true
---

--- summary
---
What happened, in two or three sentences. **Markdown** works here.

--- why-it-matters
---
Why a reader should care.

--- takeaways
takeaways:
  - The one fact a reader should remember.
  - What happens next, and when.
---

--- figures
figures:
  - value: $1 million
    label: what the number counts
---

--- prose
heading: What happened
---
The story in more detail.

--- quote
text: Words someone said, exactly as they said them.
speaker: Their Name
role: Their role
---

--- timeline
events:
  - date: {today}
    title: Something happened
    source: https://example.org/original-report
  - date: {next_year}
    title: Something is expected
    status: expected
    approximate: true
    source: https://example.org/original-report
---

--- countries
countries:
  - name: Kenya
    role: lead
    note: What this country does in the story
---

--- sources
sources:
  - title: Another source
    url: https://example.org/another-source
---
"""


# The skeleton's values that no story would print: left in an explainer that is no longer a
# draft, they would be published.
PLACEHOLDERS = frozenset({
    "One sentence that tells readers what this explainer answers.", "Your Name",
    "The report this explainer draws on", "https://example.org/original-report",
    "https://example.org/another-source",
    "What happened, in two or three sentences. **Markdown** works here.",
    "Why a reader should care.", "The one fact a reader should remember.",
    "What happens next, and when.", "what the number counts", "The story in more detail.",
    "Words someone said, exactly as they said them.", "Their Name", "Their role",
    "Something happened", "Something is expected", "What this country does in the story",
})
# The skeleton's lines that hold one, as `new` writes them; and a line's value: after its
# indentation, a list's '- ' and a 'key: ', without quotes.
PLACEHOLDER_LINES = frozenset(line.strip() for line in SKELETON.splitlines()
                              if any(placeholder in line for placeholder in PLACEHOLDERS))
VALUE = re.compile(r"\s*(?:-\s+)?(?:[\w-]+:\s+)?[\"']?(?P<value>.*?)[\"']?\s*")


def placeholders_left(source: SourceFile) -> list[Problem]:
    """Warn of the skeleton's lines left as `new` wrote them in an explainer (a draft may
    hold them). Every explainer is looked at: the set's test runs in C, line by line."""
    if PLACEHOLDER_LINES.isdisjoint(map(str.strip, source.lines)):
        return []
    found = [(number, line, VALUE.fullmatch(line)["value"])  # type: ignore[index]
             for number, line in enumerate(source.lines, start=1)
             if line.strip() in PLACEHOLDER_LINES]
    return [Problem(source.display, number, line.index(value) + 1,
                    f"'{value}' is the new draft's placeholder",
                    "write the story's own words in its place, or remove the line", line,
                    "warning")
            for number, line, value in found]


def write_new_explainer(root: Path, slug: str, today: date | None = None,
                        language: str = ENGLISH) -> Path:
    """Write content/<slug>.md from the skeleton; refuse to overwrite a file, or to take a
    page that an explainer of the site's language has, now or before it was renamed."""
    if not SLUG.fullmatch(slug):
        suggested = slugify(slug) or "haiti-police-mission"
        raise UsageError(f"{slug!r} is not a valid slug: use lowercase letters, digits and "
                         f"hyphens, e.g. {suggested}")
    path = root / "content" / f"{slug}.md"
    if path.exists():
        raise UsageError(f"{path} already exists; choose another slug")
    holder = slug_holder(root, slug, language)
    if holder is not None:
        raise UsageError(f"'{slug}' is already {holder}; choose another slug")
    day = today or date.today()
    title = slug.replace("-", " ").capitalize()
    text = SKELETON.format(title=title, today=day.isoformat(), next_year=day.year + 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def slug_holder(root: Path, slug: str, language: str) -> str | None:
    """Say which explainer of the site's language has the page of a slug, by its slug or an
    alias (its page before a rename): "the slug of content/a.md"; None when none has. A file
    too broken to read is passed over: the build names its mistakes."""
    for display in Inputs.scan(root).explainer_files():
        names = front_names(root / display, display)
        if names is None or canonical_tag(names[2] or language) != canonical_tag(language):
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
