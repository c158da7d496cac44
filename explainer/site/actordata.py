"""Who an explainer involves, as schema.org data: the countries and organisations it is
about, and those it mentions."""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING

from ..content.model import CATCH_ALL, CountryEntry, OrganisationEntry, role_key
from ..content.naming.actors import team_key
from ..content.naming.names import name_key

if TYPE_CHECKING:
    from ..content.model import Explainer
    from .words import Words

# Countries in these roles are what a story is about, as is the first group of its list;
# the others are mentioned in it.
ABOUT_ROLES = ("lead", "host")


def actor_data(explainer: Explainer, words: Words) -> dict[str, list[dict[str, str]]]:
    """Return who the explainer involves, named in its language: the first group of a country
    list (and any lead or host) as `about`, the others as `mentions`. Teams of one country
    told apart by their labels (England and Scotland) are each one."""
    actors: list[tuple[Hashable, bool, dict[str, str]]] = [
        (team_key(entry, explainer.language), is_about(entry),
         {"@type": "Country", "name": entry.label or words.country(entry.country),
          "identifier": entry.country.code})
        for entry in explainer.countries]
    actors += [(name_key(entry.organisation.name), is_about(entry),
                {"@type": "Organization",
                 "name": entry.label or words.organisation(entry.organisation).name})
               for entry in explainer.organisations]
    about: dict[Hashable, bool] = {}
    described: dict[Hashable, dict[str, str]] = {}
    for key, central, thing in actors:
        about[key] = about.get(key, False) or central
        described[key] = thing
    data: dict[str, list[dict[str, str]]] = {}
    for key, central in about.items():
        data.setdefault("about" if central else "mentions", []).append(described[key])
    return data


def is_about(entry: CountryEntry | OrganisationEntry) -> bool:
    """Tell whether an entry is what its story is about: in the first group, not the catch-all,
    or a lead or host wherever its group comes."""
    key = role_key(entry.role)
    return key in ABOUT_ROLES or entry.rank == 0 and key != CATCH_ALL
