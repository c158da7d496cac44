"""Related explainers: for each explainer, a few others that share its countries and tags.

An explainer's candidates are the newest explainers of each of its countries and tags (at most
CANDIDATES of each), so the work per explainer stays the same however large the site grows.
Of those, the ones that share the most countries and tags with it win (a country counts as
much as a tag), the newer between equals; the page lists them newest first. Each page is
planned with what it shows of the others, so that editing an explainer renders again only the
pages that show it.
"""

from __future__ import annotations

import functools
from itertools import chain
from operator import neg
from typing import NamedTuple

from ..content.model import FuzzyDate, Teaser
from .page import Remember, make_now
from .tagslugs import tag_key

SHOWN = 3
CANDIDATES = 6  # the newest explainers of each country and tag that are looked at


class Mention(NamedTuple):
    """Another explainer, as a page shows it among its related explainers (a tuple: a site of
    10,000 explainers makes one for each, and compares them with the last build's in the
    preview)."""

    url: str
    title: str
    published: FuzzyDate
    modified: FuzzyDate  # as Teaser.modified: the last update, or else the publication

    @property
    def revised(self) -> bool:
        """Tell whether the explainer was updated after it was published, to the minute
        (for templates: lists say so on a later day alone, see wording.updated_later())."""
        return self.modified.sort_key > self.published.sort_key


class Relation(NamedTuple):
    """What relating explainers looks at in one: its countries and tags, and how it is shown."""

    key: frozenset[str]  # country codes are upper case and tag keys lower case: held apart
    mention: Mention


def relation(teaser: Teaser) -> Relation:
    """Return what relating explainers looks at in one."""
    return Relation(frozenset(chain((entry.country.code for entry in teaser.countries),
                                    map(tag_key, teaser.tags))),
                    Mention(teaser.url, teaser.title, teaser.published, teaser.modified))


def related_explainers(explainers: tuple[Teaser, ...], remember: Remember = make_now
                       ) -> list[tuple[Mention, ...]]:
    """Return, for each explainer (newest first, as the site lists them), its related ones.

    The preview keeps each explainer's relation while it is the same: after an edit, the
    others' are the very same objects, quick to compare with the last build's."""
    relations = [remember((teaser.display_path, "related"), teaser,
                          functools.partial(relation, teaser)) for teaser in explainers]
    places = related_places(tuple(found.key for found in relations))
    return [tuple(relations[place].mention for place in chosen) for chosen in places]


# One entry per language: a build plans its pages once; the preview plans them again after an
# edit, and an edit to an explainer's title or text leaves every explainer's countries and tags
# as they were.
@functools.lru_cache(maxsize=16)
def related_places(keys: tuple[frozenset[str], ...]) -> tuple[tuple[int, ...], ...]:
    """Return, for each explainer's countries and tags, the places of its related ones."""
    holders: dict[str, list[int]] = {}  # for each country and tag, its explainers, newest first
    for index, own in enumerate(keys):
        for key in own:
            holders.setdefault(key, []).append(index)
    related = []
    for index, own in enumerate(keys):
        candidates = set(chain.from_iterable(holders[key][:CANDIDATES + 1] for key in own))
        candidates.discard(index)
        # (minus what each shares, its place): the most shared first, then the newest. Built
        # with map() rather than a loop: a site of 10,000 explainers ranks half a million.
        shared = map(len, map(own.intersection, map(keys.__getitem__, candidates)))
        ranked = sorted(zip(map(neg, shared), candidates, strict=True))
        related.append(tuple(sorted(other for _, other in ranked[:SHOWN])))  # newest first
    return tuple(related)


def related_by_language(explainers: tuple[Teaser, ...], remember: Remember = make_now
                        ) -> list[tuple[Mention, ...]]:
    """Return, for each explainer, its related ones among the explainers of its language: a
    reader of one language is not sent to a page in another."""
    places: dict[str, list[int]] = {}
    for place, teaser in enumerate(explainers):
        places.setdefault(teaser.language, []).append(place)
    related: list[tuple[Mention, ...]] = [()] * len(explainers)
    for group in places.values():
        found = related_explainers(tuple(explainers[place] for place in group), remember)
        for place, others in zip(group, found, strict=True):
            related[place] = others
    return related
