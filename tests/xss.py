"""Real cross-site-scripting payloads, and explainers that carry them in every field."""

from __future__ import annotations

import json
from pathlib import Path

from .helpers import write_project

# Real payloads: each would run alert() if it reached the page unescaped or unsanitised.
PAYLOADS = [
    '<script>alert("xss")</script>',
    '"><svg onload=alert(1)>',
    "'><img src=x onerror=alert(1)>",
    "</title><script>alert(1)</script>",
    '<iframe src="javascript:alert(1)"></iframe>',
    "javascript:alert(1)",
    "{{ 7*7 }}",
]
URL_PAYLOAD = 'https://example.org/"><script>alert(1)</script>'
HTML_BODY = """\
Plain words first.

<script>alert("xss")</script>
<img src=x onerror=alert(1)>
<svg onload=alert(1)><circle r="5"/></svg>
<a href="javascript:alert(1)">raw javascript link</a>
<a href="jav&#x61;script:alert(1)">entity javascript link</a>
<a href="  JAVASCRIPT:alert(1)">spaced javascript link</a>
<iframe src="data:text/html,<script>alert(1)</script>"></iframe>
<form action="javascript:alert(1)"><button>go</button></form>
<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">
<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext>
</math>
<style>body { background: url("javascript:alert(1)") }</style>
<base href="javascript:alert(1)//">
<meta http-equiv="refresh" content="0;url=javascript:alert(1)">
<javascript:alert(1)>

A [link with an attribute list](https://example.org/){: onclick="alert(1)" href="javascript:x" }

Text with an attribute list.
{: onmouseover="alert(1)" style="background:url(javascript:alert(1))" }

"><svg onload=alert(1)> in a sentence, and </section><script>alert(1)</script>.
"""
def q(text: str) -> str:
    """Quote text as a YAML scalar (JSON strings are YAML double-quoted scalars)."""
    return json.dumps(text)


def xss_explainer(payload: str) -> str:
    """Return an explainer with the payload in every field that takes text."""
    p = q(payload)
    link = (f"title: {p}\n    url: {q(URL_PAYLOAD)}\n    publisher: {p}\n    author: {p}\n"
            f"    note: {p}")
    return f"""\
---
title: {p}
dek: {p}
published: 2024-05-23
byline: [{p}, {p}]
tags: [{p}]
based_on:
  - {link}
---

--- summary
---
{HTML_BODY}

--- why-it-matters
title: {p}
---
{HTML_BODY}

--- takeaways
title: {p}
takeaways:
  - {p}
  - {q("Markdown " + payload + " <img src=x onerror=alert(2)>")}
---
{HTML_BODY}

--- figures
title: {p}
figures:
  - value: {p}
    label: {p}
    note: {p}
---
{HTML_BODY}

--- prose
heading: {p}
---
{HTML_BODY}

--- timeline
title: {p}
events:
  - date: 2024-05-01
    title: {p}
    text: {q("Text " + payload + " <svg onload=alert(3)>")}
    source:
      {link.replace(chr(10) + "    ", chr(10) + "      ")}
---
{HTML_BODY}

--- countries
title: {p}
countries:
  - name: Kenya
    role: lead
    note: {p}
---
{HTML_BODY}

--- quote
text: {p}
speaker: {p}
role: {p}
source: {q(URL_PAYLOAD)}
---
{HTML_BODY}

--- sources
title: {p}
sources:
  - {link}
  - {q(URL_PAYLOAD)}
---
{HTML_BODY}
"""


def site_config(payload: str, trusted: bool = False) -> str:
    p = q(payload)
    return (f"title: {p}\ndescription: {p}\nauthor: {p}\npublisher: {p}\n"
            f"trusted_html: {'true' if trusted else 'false'}\n")


def make_project(root: Path, files: dict[str, str]) -> Path:
    """Make a project with the repository's theme and the given files."""
    return write_project(root, files)
