"""Link addresses written in explainers' fields (a source's `url`, an event's `source`): whole,
safe, and readable by a browser and by the build."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from yaml.nodes import Node

from .header import Reader

UNSAFE_SCHEMES = re.compile(r"^\s*(javascript|vbscript|data|file):", re.IGNORECASE)
URL = re.compile(r"https?://[^\s/]+[^\s]*|mailto:[^\s]+")
HOST = re.compile(r"(?<=//)[^/?#]*|^mailto:.*")


def check_url(reader: Reader, node: Node, text: str) -> str | None:
    """Return a safe absolute link address, or report it."""
    if UNSAFE_SCHEMES.match(text):
        reader.error(node, f"unsafe link '{text[:40]}'", "links must start with https://, "
                     "http:// or mailto:")
        return None
    if not URL.fullmatch(text):
        reader.error(node, f"'{text}' is not a full link address",
                     "write the whole address, starting with https://")
        return None
    try:
        if "[" in text or "]" in text or not text.isascii():  # what urlsplit() may refuse
            urlsplit(text)
    except ValueError as exc:  # "https://example.[org/": a bracket is for an IPv6 host alone
        reader.error(node, f"'{text}' is not a link address: its host {HOST.search(text)[0]!r} "
                     f"cannot be read ({exc})", "check the part between '//' and the next '/': "
                     "'[' and ']' belong only around an IPv6 address, https://[2001:db8::1]/")
        return None
    return text
