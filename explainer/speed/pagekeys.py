"""Page cache keys: a hash of everything a page's template can see.

That is the templates, the project's strings tables, the site's settings, the stylesheets' hashed
names, explainer's own version (the part all pages share), and the page's own objects, in which
an explainer stands in by the key of its file's content. A country's or a tag's listing is hashed
once: where it is met again (in the index of all countries or tags), its hash stands for it. A
template can also walk `site.explainers`: the page's record then also names the site's list of
explainers (see diskmemo.py), so that the page is rendered again when that list changes.
"""

from __future__ import annotations

import io
import json
import pickle
from collections.abc import Mapping
from typing import Any

from ..content.model import Config, Teaser
from ..hashing import digest
from ..site.listings import CountryPage, TagPage
from .cache import tool_fingerprint


class KeyPickler(pickle.Pickler):
    """Pickle a page's objects with each explainer replaced by the key of its file."""

    def __init__(self, stream: io.BytesIO, explainer_keys: Mapping[str, str],
                 listings: dict[str, str], top: object) -> None:
        super().__init__(stream, protocol=pickle.HIGHEST_PROTOCOL)
        self.fast = True  # no memo: equal objects give equal bytes, whoever else shares them
        self.explainer_keys = explainer_keys  # by explainer file
        self.listings = listings  # by site path of a country or tag page: its hash
        self.top = top

    def reducer_override(self, obj: Any) -> Any:  # pickle's hook, not called for str, int, ...
        if isinstance(obj, Teaser):
            return stand_in, (self.explainer_keys[obj.display_path],)
        if isinstance(obj, CountryPage | TagPage) and obj is not self.top:
            found = self.listings.get(obj.url)
            if found is None:
                found = digest(canonical(obj, self.explainer_keys, self.listings))
                self.listings[obj.url] = found
            return stand_in, (found,)
        return NotImplemented


def stand_in(key: str) -> str:
    """Stand for an object in a page's cache key (never called: keys are not unpickled)."""
    return key


def canonical(value: Any, explainer_keys: Mapping[str, str],
              listings: dict[str, str] | None = None) -> bytes:
    """Return bytes that stand for a value of the model in a cache key.

    listings keeps the hashes of the country and tag listings met, for the next call.
    """
    stream = io.BytesIO()
    KeyPickler(stream, explainer_keys, {} if listings is None else listings, value).dump(value)
    return stream.getvalue()


def common_key(templates: str, strings: str, assets: Mapping[str, str], config: Config) -> str:
    """Return the part of every page's cache key that all pages share: templates, strings
    tables, settings."""
    return digest(tool_fingerprint(), templates, strings, json.dumps(dict(assets), sort_keys=True),
                  canonical(config, {}))
