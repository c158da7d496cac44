"""The site's settings, read from site.yml at the project root."""

from __future__ import annotations

import re
from pathlib import Path

from .errors import ContentError
from .model import Config
from .sources import read_text
from .yamlread import Fields, Reader

CONFIG_NAME = "site.yml"
LANGUAGE = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")


def load_config(root: Path, base_url: str | None = None) -> Config:
    """Read site.yml (all of it optional); base_url, when given, overrides the file's."""
    path = root / CONFIG_NAME
    if not path.exists():
        return Config(base_url=normalise_base_url(base_url))
    text = read_text(path, CONFIG_NAME)
    lines = tuple(text.split("\n"))
    reader = Reader(CONFIG_NAME, lines, 1, "site config")
    node = reader.parse(text)
    if node is None:
        raise ContentError(reader.problems)
    fields = Fields(reader, node)
    language_node = fields.get("language", False, "en")
    language = fields.as_text(language_node, "language") if language_node else "en"
    if not LANGUAGE.match(language):
        reader.error(language_node, f"'language' must be a language tag such as en or fr-CA, "
                     f"found '{language}'")
    config = Config(
        title=fields.text("title", default="Explainers"),
        description=fields.text("description"),
        language=language,
        base_url=normalise_base_url(base_url or fields.url("base_url")),
        author=fields.text("author") or None,
        publisher=fields.text("publisher") or None,
        trusted_html=fields.boolean("trusted_html"),
    )
    fields.finish()
    errors = [p for p in reader.problems if p.severity == "error"]
    if errors:
        raise ContentError(errors)
    return config


def normalise_base_url(url: str | None) -> str | None:
    """Return the base URL ending in exactly one slash, or None."""
    return url.rstrip("/") + "/" if url else None
