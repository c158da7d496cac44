"""The pages of the last good build, as the preview keeps them (see memorypages.py): each page
with what it was rendered from (Kept), and an index of them all (LastPages) that tells which
pages an edit can have reached."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..content.model import Explainer
from ..render.assets import Renamed, renamed, same_assets

if TYPE_CHECKING:
    from ..site.page import Page

Maker = Callable[[], bytes]


@dataclass(frozen=True)
class Kept:
    """A page as last rendered, with what it was rendered from."""

    page: Page
    data: bytes
    explainer: Explainer | None
    listed: bool
    templates: tuple[str, ...]  # the template files it used
    assets: Mapping[str, str]
    later: Maker | None = None  # how to make it, if it is made when asked for

    def renamed(self, page: Page, assets: Mapping[str, str]) -> Kept:
        """Return this page kept, now `page`, with the stylesheets' new names put in (or how
        to make it so): a stylesheet was edited."""
        if self.later is not None:
            return replace(self, page=page, assets=assets,
                           later=Renamed.of(self.later, self.assets, assets))
        return replace(self, page=page, assets=assets,
                       data=renamed(self.data, self.assets, assets))


@dataclass
class LastPages:
    """The pages of the last good build: their files as committed, and what each hangs on."""

    pages: Sequence[Page]  # the list the recipe made, the same object while the lists stand
    at: dict[str, Page]  # each page by its path
    assets: Mapping[str, str]
    files: dict[str, bytes] = field(default_factory=dict)
    later: dict[str, Maker] = field(default_factory=dict)
    by_explainer: dict[str, list[str]] = field(default_factory=dict)  # paths by display path
    listed: set[str] = field(default_factory=set)  # the pages that list explainers
    templates: set[str] = field(default_factory=set)  # every template file a page used

    @classmethod
    def of(cls, pages: Sequence[Page], kept: Mapping[str, Kept]) -> LastPages | None:
        """Index the pages kept; None if they do not all name the same stylesheets."""
        found = [kept.get(page.path) for page in pages]
        assets = found[0].assets if found and found[0] is not None else None
        if assets is None or any(entry is None or not same_assets(entry.assets, assets)
                                 for entry in found):
            return None
        both = list(zip(pages, found, strict=True))
        index = cls(pages, {page.path: page for page in pages}, assets,
                    {page.path: entry.data for page, entry in both if entry.later is None},
                    {page.path: entry.later for page, entry in both if entry.later is not None},
                    listed={page.path for page, entry in both if entry.listed},
                    templates=set().union(*{entry.templates for entry in found}))
        for page in pages:
            if page.explainer is not None:
                index.by_explainer.setdefault(page.explainer.display_path, []).append(page.path)
        return index

    def moved(self, pages: Sequence[Page], at: dict[str, Page], changed: Iterable[Page],
              same_paths: bool) -> None:
        """Take in a new list of pages: those at paths it has no more are gone, changed holds
        those that are not the same objects as before."""
        for path in () if same_paths else self.at.keys() - at.keys():
            self.files.pop(path, None)
            self.later.pop(path, None)
            self.listed.discard(path)
            self.unlink(self.at[path], path)
        for page in changed:
            before = self.at.get(page.path)
            if before is not None:
                self.unlink(before, page.path)
            if page.explainer is not None:
                self.by_explainer.setdefault(page.explainer.display_path, []).append(page.path)
        self.pages, self.at = pages, at

    def unlink(self, page: Page, path: str) -> None:
        """Forget that the page at path belongs to its explainer."""
        if page.explainer is not None:
            paths = self.by_explainer.get(page.explainer.display_path, [])
            if path in paths:
                paths.remove(path)

    def update(self, kept: Mapping[str, Kept], paths: Iterable[str]) -> LastPages | None:
        """Take in the pages at paths as kept now; None if one names other stylesheets."""
        for path in paths:
            entry = kept.get(path)
            if entry is None or not same_assets(entry.assets, self.assets):
                return None
            if entry.later is None:
                self.files[path] = entry.data
                self.later.pop(path, None)
            else:
                self.later[path] = entry.later
                self.files.pop(path, None)
            if entry.listed:
                self.listed.add(path)
            else:
                self.listed.discard(path)
            self.templates.update(entry.templates)
        return self


def compared(index: LastPages, pages: Sequence[Page]) -> tuple[dict[str, Page], list[Page], bool]:
    """Return the pages by path, those that are not the very objects the last good build had
    at their paths, and whether the paths are the same as then.

    After an edit most pages are the same objects, in the same order: the lists are walked
    side by side, and the last build's index of paths is copied, not made again."""
    before = index.pages
    if len(pages) == len(before):
        pairs = [(page, old) for page, old in zip(pages, before, strict=True) if page is not old]
        if all(page.path == old.path for page, old in pairs):
            at = dict(index.at)
            at.update((page.path, page) for page, _ in pairs)
            return at, [page for page, _ in pairs], True
    at = {page.path: page for page in pages}
    changed = [page for page in pages if index.at.get(page.path) is not page]
    return at, changed, at.keys() == index.at.keys()
