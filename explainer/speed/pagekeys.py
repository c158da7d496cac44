"""Page cache keys: a hash of everything a page's template can see.

That is the templates, the project's strings tables, the site's settings, the stylesheets' hashed
names, explainer's own version (the part all pages share), and the page's own objects, in which
an explainer stands in by the key of its file's content. A country's or a tag's listing is hashed
once: where it is met again (in the index of all countries or tags), its hash stands for it. A
page made from a Source (an explainer's page; its data files and pieces) stands in by the hash
of that source, hashed once, with its own fields but its context, which the source makes. A
template can also walk `site.explainers`: the page's record then also names the site's list of
explainers (see diskmemo.py), so that the page is rendered again when that list changes.
"""

from __future__ import annotations

import copyreg
import io
import json
import pickle
from collections.abc import Callable, Mapping
from dataclasses import fields
from typing import Any

from ..content.model import Config, Explainer, Teaser
from ..hashing import digest
from ..site.listings import CountryPage, TagPage
from ..site.page import Page, Source
from ..site.words import Words
from .cache import tool_fingerprint

# A page's fields that its source does not make.
OWN_FIELDS = tuple(each.name for each in fields(Page) if each.name not in ("context", "source"))


class PageKeys:
    """The bytes that stand for pages in their cache keys, for one build: each listing and
    each source is hashed once, whichever pages share it."""

    def __init__(self, explainer_keys: Mapping[str, str]) -> None:
        self.explainer_keys = explainer_keys  # by explainer file
        self.hashes: dict[Any, str] = {}  # by site path of a listing, or by name of a source
        # Pickle's own table of how to reduce objects, by type, with ours over it: the
        # types met in every page are reduced by pickle alone, and quickly.
        self.table: dict[type, Callable[[Any], Any]] = {
            **copyreg.dispatch_table, Teaser: self.explainer, Explainer: self.explainer,
            CountryPage: self.listing, TagPage: self.listing, Page: self.page,
            # The site's settings and its languages' words: their hashes are in the common key.
            Words: lambda words: (stand_in, (words.language,)),
            Config: lambda config: (stand_in, ("config",))}
        self.top: object = None

    def canonical(self, value: Any) -> bytes:
        """Return bytes that stand for a value of the model in a cache key."""
        stream = io.BytesIO()
        pickler = pickle.Pickler(stream, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.fast = True  # no memo: equal objects give equal bytes, whoever else shares them
        pickler.dispatch_table = self.table
        top, self.top = self.top, value
        try:
            pickler.dump(value)
        finally:
            self.top = top
        return stream.getvalue()

    def explainer(self, teaser: Teaser) -> Any:
        """Stand for an explainer by the key of its file."""
        return stand_in, (self.explainer_keys[teaser.display_path],)

    def listing(self, listing: CountryPage | TagPage) -> Any:
        """Stand for a country's or a tag's listing by its hash, made once."""
        if listing is self.top:
            return listing.__reduce_ex__(pickle.HIGHEST_PROTOCOL)
        return stand_in, (self.hash_of(listing.url, listing),)

    def page(self, page: Page) -> Any:
        """Stand for a page made from a source by the source's hash and the page's own fields."""
        if page.source is None:
            return page.__reduce_ex__(pickle.HIGHEST_PROTOCOL)
        source = self.hash_of(page.source.name, page.source)
        return stand_in, (source, *(getattr(page, name) for name in OWN_FIELDS))

    def hash_of(self, name: Any, value: CountryPage | TagPage | Source) -> str:
        """Return the hash of a listing or a source, by its name: made once a build."""
        found = self.hashes.get(name)
        if found is None:
            found = self.hashes[name] = digest(self.canonical(value))
        return found


def stand_in(*key: Any) -> Any:
    """Stand for an object in a page's cache key (never called: keys are not unpickled)."""
    return key


def common_key(templates: str, strings: str, assets: Mapping[str, str], config: Config) -> str:
    """Return the part of every page's cache key that all pages share: templates, strings
    tables, settings."""
    stream = io.BytesIO()
    pickler = pickle.Pickler(stream, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True
    pickler.dump(config)
    return digest(tool_fingerprint(), templates, strings, json.dumps(dict(assets), sort_keys=True),
                  stream.getvalue())
