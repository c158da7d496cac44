"""The pages the build cache holds (see cache.py), each found by a key made from everything its
template can see (see pagekeys.py), and kept again as the build renders them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..hashing import digest
from .cache import PageRecord
from .pagekeys import PageKeys, common_key

if TYPE_CHECKING:
    from ..content.model import Site
    from ..render.output import Writer
    from ..render.rendering import Rendered
    from ..render.theme import Theme
    from ..site.page import Page
    from .diskmemo import DiskMemo


class PagesOnDisk:
    """The pages the build cache holds, as valid for one site and theme."""

    def __init__(self, memo: DiskMemo, site: Site, theme: Theme) -> None:
        self.memo = memo
        self.common = common_key(theme.templates, theme.lexicon.digest, theme.assets,
                                 site.config)
        self.site_key = digest(*(memo.keys[teaser.display_path] for teaser in site.explainers))
        self.canonical = PageKeys(memo.keys).canonical
        self.keys: dict[str, str] = {}

    def key(self, page: Page) -> str:
        """Return a page's cache key."""
        key = self.keys.get(page.path)
        if key is None:
            key = self.keys[page.path] = digest(self.common, self.canonical(page))
        return key

    def reuse_all(self, pages: Sequence[Page], writer: Writer) -> list[Page]:
        """Put every page the cache holds in place; return those that must be rendered."""
        return [page for page in pages if not self.reuse(page, writer)]

    def reuse(self, page: Page, writer: Writer) -> bool:
        """Put a page the cache holds in place; False if it must be rendered."""
        cache = self.memo.cache
        record = cache.page(self.key(page))
        if record is None or record.site not in (None, self.site_key) or \
                not writer.add_cached(page.path, record.digest,
                                     self.memo.kept_bytes(page.path)):
            return False
        cache.keep_page(self.key(page), record)
        return True

    def keep(self, page: Page, rendered: Rendered) -> None:
        """Keep the record of a page just rendered."""
        self.memo.cache.keep_page(self.key(page), PageRecord(
            rendered.placed.digest, self.site_key if rendered.listed else None))
