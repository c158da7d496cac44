"""Render every page into the output folder as it is made: from the cache, or on all cores.

A page's cache key holds everything its template can see: the templates, the site's settings,
the stylesheets' hashed names, the page's own objects (an explainer stands in by its file's
key), explainer's version. A template can also walk `site.explainers`; the page is then
rendered with an `ObservedSite` that notices, and its cache record also names the site's list
of explainers, so that the page is rendered again when that list changes.
"""

from __future__ import annotations

import io
import json
import pickle
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..content.model import Config, Site, Teaser
from ..render.output import SiteWriter, place
from ..render.templates import Renderer, template_dirs
from ..site.listings import CountryPage, TagPage
from ..site.pages import Page
from .cache import Cache, FileStamp, PageRecord, digest, store_blob, tool_fingerprint
from .pool import pool_size, run_chunks

Rendered = tuple[int, PageRecord, bool]  # page index, what it rendered to, unchanged


class ObservedSite:
    """The site as a template sees it; notes whether the template used the list of explainers."""

    def __init__(self, site: Site) -> None:
        self._site = site
        self.listed = False

    @property
    def config(self) -> Config:
        """Return the site's settings."""
        return self._site.config

    def __getattr__(self, name: str) -> Any:
        self.listed = True  # explainers, or anything else a template digs out of the site
        return getattr(self._site, name)

    def __repr__(self) -> str:
        self.listed = True
        return repr(self._site)


class _KeyPickler(pickle.Pickler):
    """Pickle a page's objects with each explainer replaced by the key of its file.

    A country's or a tag's listing is pickled once: where it is met again (in the index of
    all countries or tags), a hash of that first pickle stands for it.
    """

    def __init__(self, stream: io.BytesIO, explainer_keys: Mapping[int, str],
                 listings: dict[int, str], top: object) -> None:
        super().__init__(stream, protocol=pickle.HIGHEST_PROTOCOL)
        self.fast = True  # no memo: equal objects give equal bytes, whoever else shares them
        self.explainer_keys = explainer_keys
        self.listings = listings  # by id() of a CountryPage or TagPage: its hash
        self.top = top

    def reducer_override(self, obj: Any) -> Any:  # pickle's hook, not called for str, int, ...
        if isinstance(obj, Teaser):
            return stand_in, (self.explainer_keys[id(obj)],)
        if isinstance(obj, CountryPage | TagPage) and obj is not self.top:
            found = self.listings.get(id(obj))
            if found is None:
                found = digest(canonical(obj, self.explainer_keys, self.listings))
                self.listings[id(obj)] = found
            return stand_in, (found,)
        return NotImplemented


def stand_in(key: str) -> str:
    """Stand for an object in a page's cache key (never called: keys are not unpickled)."""
    return key


def canonical(value: Any, explainer_keys: Mapping[int, str],
              listings: dict[int, str] | None = None) -> bytes:
    """Return bytes that stand for a value of the model in a cache key.

    listings keeps the hashes of the country and tag listings met, for the next call.
    """
    stream = io.BytesIO()
    _KeyPickler(stream, explainer_keys, {} if listings is None else listings, value).dump(value)
    return stream.getvalue()


def templates_digest(root: Path) -> str:
    """Return a hash of every template file, the user's overrides included."""
    parts: list[bytes | str] = []
    for folder in template_dirs(root):
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            parts += [str(path.relative_to(root)), path.read_bytes()]
    return digest(*parts)


@dataclass(frozen=True)
class Rendering:
    """What rendering pages needs, in the build process and in forked workers alike."""

    site: Site
    pages: list[Page]
    keys: list[str]
    site_key: str
    renderer: Renderer
    cache: Cache
    fresh: Path
    out: Path
    stamps: Mapping[str, FileStamp]


def pages_digest(root: Path, assets: Mapping[str, str], config: Config) -> str:
    """Return the part of every page's cache key that all pages share: templates, settings."""
    return digest(tool_fingerprint(), templates_digest(root),
                  json.dumps(dict(assets), sort_keys=True), canonical(config, {}))


def page_keys(common: str, pages: list[Page], explainer_keys: Mapping[int, str]) -> list[str]:
    """Return each page's cache key: a hash of everything it shows but the site's full list.

    common is the pages_digest() of the build.
    """
    listings: dict[int, str] = {}
    return [digest(common, canonical((page.template, page.path, page.absolute, page.meta,
                                      page.context), explainer_keys, listings))
            for page in pages]


def write_pages(rendering: Rendering, writer: SiteWriter, jobs: int | None,
                progress: Callable[[int], None] | None = None) -> tuple[int, int]:
    """Put every page in the fresh folder, rendering only those not cached.

    Return how many pages were rendered, and by how many processes.
    """
    cache, missing = rendering.cache, []
    for index, page in enumerate(rendering.pages):
        record = cache.page(rendering.keys[index])
        if record is None or record.site not in (None, rendering.site_key) or \
                not writer.add_cached(page.path, record.digest, cache.blob):
            missing.append(index)
            continue
        cache.keep_page(rendering.keys[index], record)
        if progress:
            progress(1)
    processes = pool_size(len(missing), jobs)
    for _, (index, record, same) in run_chunks(render_chunk, rendering, missing, processes,
                                               progress):
        writer.placed(rendering.pages[index].path, record.digest, same)
        cache.keep_page(rendering.keys[index], record)
    return len(missing), processes


def render_chunk(rendering: Rendering, indices: Sequence[int]) -> list[Rendered]:
    """Render some pages, put them in the fresh folder and keep their bytes in the cache."""
    results = []
    for index in indices:
        page = rendering.pages[index]
        observed = ObservedSite(rendering.site)
        data = rendering.renderer.render(page.template, page.path, absolute=page.absolute,
                                         site=observed, meta=page.meta, **page.context)
        content_digest = digest(data)
        same = place(rendering.fresh, rendering.out, page.path, data, content_digest,
                     rendering.stamps.get(page.path))
        store_blob(rendering.cache.folder, rendering.fresh / page.path, content_digest)
        record = PageRecord(content_digest, rendering.site_key if observed.listed else None)
        results.append((index, record, same))
    return results
