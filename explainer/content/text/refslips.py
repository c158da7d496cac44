"""Reference links whose label the text defines nowhere: Markdown shows them as typed.

`See [the report][un].` links only where the same text (a section's prose, a field's value)
also has a line `[un]: https://...`; a definition in another section, or none, leaves the
brackets on the page. Code (in backticks, or fenced) is passed over.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...errors import spaces

# [text][label], or [text][] for a label that is the text; not a footnote's [^1].
REFERENCE = re.compile(r"\[(?P<text>[^\]\n^][^\]\n]*)\]\[(?P<label>[^\]\n]*)\]")
# A definition may stand in a quote or a list item, where Markdown reads it too, and give its
# address on the next line.
DEFINITION = re.compile(r"^[ \t>]*(?:(?:[-*+]|\d{1,9}\.)[ \t]+)?\[(?P<label>[^\]\n]+)\] *:"
                        r"[ \t]*(?:\n[ \t>]*)?\S", re.M)
CODE = re.compile(r"`[^`\n]*`|^ {0,3}(?P<fence>```|~~~).*?^ {0,3}(?P=fence)", re.M | re.S)


def reference_slips(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Yield (line offset, column, message, hint) of each reference link whose label the text
    defines nowhere."""
    if "][" not in text:
        return
    plain = CODE.sub(spaces, text)
    defined = {label_key(found["label"]) for found in DEFINITION.finditer(plain)}
    for found in REFERENCE.finditer(plain):
        label = found["label"] or found["text"]
        if label_key(label) in defined:
            continue
        start = found.start()
        yield (plain.count("\n", 0, start), start - plain.rfind("\n", 0, start),
               f"link '{found[0]}' names '{label}', which this text does not define: the page "
               "shows it as typed",
               f"add a line '[{label}]: https://...' to the same text, or write the link "
               f"whole: [{found['text']}](https://...)")


def label_key(label: str) -> str:
    """Return what Markdown compares a link's label by: no case, single spaces."""
    return " ".join(label.lower().split())
