"""Write the skeleton of a new explainer, marked as a draft: every section kind but pictures
and embeds, which name a file or an address of the author's own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..errors import UsageError
from .schema import SLUG

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


def write_new_explainer(root: Path, slug: str, today: date | None = None) -> Path:
    """Write content/<slug>.md from the skeleton; refuse to overwrite a file."""
    if not SLUG.fullmatch(slug):
        raise UsageError(f"{slug!r} is not a valid slug: use lowercase letters, digits and "
                         "hyphens, e.g. haiti-police-mission")
    path = root / "content" / f"{slug}.md"
    if path.exists():
        raise UsageError(f"{path} already exists; choose another slug")
    day = today or date.today()
    title = slug.replace("-", " ").capitalize()
    text = SKELETON.format(title=title, today=day.isoformat(), next_year=day.year + 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
