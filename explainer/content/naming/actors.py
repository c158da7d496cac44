"""Who takes part in a story: each entry of a countries section, as a country or an organisation.

An entry's 'name' is a country (a name or an ISO code) or one of the organisations listed in
organisations.py; 'organisation' names any body, listed or not. Countries win where a name is
both: 'AU' is Australia's code, so it is read as Australia, with a warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import replace
from typing import TypeVar

from yaml.nodes import Node

from .. import model
from ..fields import Fields, mapping
from ..header import Reader
from ..languages import ENGLISH, english_name, is_english
from .countries import (
    BRACKETED_END,
    ambiguous_country,
    countries,
    country_containing,
    country_pointed_to,
    is_code_of,
    resolve_country,
    spellings,
    standard_names,
)
from .former import Former, former_country
from .names import closest_name, name_key
from .organisations import organisation_named, resolve_organisation, with_initials
from .organisations import resolve_in_language as organisation_in_language
from .organisations import spellings as organisation_spellings
from .organisations import spellings_in_language as organisation_spellings_in_language
from .ownnames import languages_naming, resolve_in_language, spellings_in_language
from .roles import read_role
from .subdivisions import part_flag, subdivision_of

Entry = model.CountryEntry | model.OrganisationEntry
E = TypeVar("E", model.CountryEntry, model.OrganisationEntry)
# What a name made for a menu or a sorted list has: "Congo (DRC)", "Korea, Republic of",
# "St. Vincent & Grenadines", "Congo - Kinshasa".
MENU_MARKS = re.compile(r"[(),&]| [-–] ")
COUNTRY_HINT = ("use the country's English name or its ISO 3166-1 code, e.g. KE (another name "
                "to print goes in 'label:': name: GB, label: Gran Bretagna); for an "
                "organisation, write 'organisation:' and its name")


def read_entry(reader: Reader, node: Node) -> Entry | None:
    """Read one entry of a countries list: a country or an organisation, its role and note."""
    item = mapping(reader, node, "country")
    if item is None:
        return None
    organisation = item.get("organisation", False, "African Union")
    name = item.get("name", organisation is None, "Kenya")
    role = read_role(item)
    note, label = item.text("note"), item.short("label")
    item.finish()
    line = reader.line_of(node)
    if organisation is not None and name is not None:
        reader.error(organisation, "give 'name' or 'organisation', not both",
                     "keep 'name:' for a country, 'organisation:' for any other body")
        return None
    if organisation is not None:
        text = item.short_text(organisation, "organisation")
        return model.OrganisationEntry(organisation_named(text), role, note, line, label) \
            if text else None
    entry = named_entry(item, name, role, (note, line, label)) if name is not None else None
    if isinstance(entry, model.CountryEntry) and label:
        return replace(entry, subdivision=part_flag(entry.country, label,
                                                    reader.language or ENGLISH))
    return entry


def named_entry(item: Fields, node: Node, role: str,
                rest: tuple[str, int, str]) -> Entry | None:
    """Resolve an entry's 'name' to a country or a listed organisation, or report it."""
    reader = item.reader
    text = item.short_text(node, "name")
    country = resolve_country(text)
    if country is not None:
        warn_code_clash(reader, node, text, country)
        return model.CountryEntry(country, role, *rest)
    organisation = resolve_organisation(text)
    if organisation is not None:
        return model.OrganisationEntry(organisation, role, *rest)
    # Last, as the page's language's names are read only for a name English has not.
    language = reader.language or ENGLISH
    country = resolve_in_language(text, language)
    if country is not None:
        return model.CountryEntry(country, role, *rest)
    organisation = organisation_in_language(text, language)
    if organisation is not None:
        return model.OrganisationEntry(organisation, role, *rest)
    candidates = ambiguous_country(text)
    if candidates:
        names = " or ".join(f"'{c.name}'" for c in candidates)
        reader.error(node, f"'{text}' may mean {names}", "write the one you mean")
        return None
    whole = country_containing(text, language)
    if whole is not None:
        refuse_part(reader, node, text, [whole])
        return None
    former = former_country(text, language)
    if former is not None:
        refuse_former(reader, node, text, *former)
        return None
    meant = country_pointed_to(text, language)
    if meant is not None:
        reader.error(node, f"unknown country '{text}' (did you mean '{meant.name}'?)",
                     f"write 'name: {meant.name}', and 'label: {text}' to show it as {text}")
        return None
    refuse_unknown(reader, node, text)
    return None


def refuse_unknown(reader: Reader, node: Node, text: str) -> None:
    """Report a name no country or listed organisation has, with the name it most likely
    meant: the country it names in another language, or the known name closest to it."""
    foreign = languages_naming(text)
    if foreign is not None:
        country, languages = foreign
        reader.error(node, f"unknown country '{text}' (did you mean '{country.name}'?)",
                     f"'{text}' is {listed(languages)} for '{country.name}': "
                     f"write '{country.name}' (or its code, {country.code})")
        return
    wholes = subdivision_of(text)  # last of the names: the table is read for no other
    if wholes:
        refuse_part(reader, node, text, wholes)
        return
    if refuse_alternatives(reader, node, text):
        return
    close = suggest_name(text, reader.language or ENGLISH)
    reader.error(node, f"unknown country '{text}'" +
                 (f" (did you mean '{close}'?)" if close else ""), country_hint(reader.language))


def refuse_former(reader: Reader, node: Node, text: str, name: str, former: Former) -> None:
    """Report the name of a country that is no more: the country it is now under another
    name, or, for a state dissolved, how to list it without a flag or a map."""
    if former.now is not None:
        now = countries()[former.now].name
        reader.error(node, f"unknown country '{text}' (did you mean '{now}'?)",
                     f"'{text}' is the name {now} had until {former.until}: write "
                     f"'name: {now}', and 'label: {text}' to show it as {text}")
        return
    # Unquoted, so that two such names are not told as one mistake ("'A', 'B' is").
    reader.error(node, f"{name} is a country that is no more (until {former.until}), "
                 "which the flags and the map cannot show",
                 f"write 'organisation: {name}' to list it under its role, without a "
                 "flag or a place on the map, or name the countries it was in")


def refuse_part(reader: Reader, node: Node, text: str, wholes: list[model.Country]) -> None:
    """Report a name of a part of a country, or of parts of a few ('Florida'), with the entry
    that shows it by its name."""
    names = tuple(whole.name for whole in wholes)
    entries = listed(tuple(f"'name: {name}'" for name in names), "or")
    which = "" if len(names) == 1 else ", the one it is part of,"
    reader.error(node, f"'{text}' is not a country of its own but part of one: "
                 f"{listed(names, 'or')}",
                 f"write {entries}{which} and 'label: {text}' to show it as {text}")


def refuse_alternatives(reader: Reader, node: Node, text: str) -> bool:
    """Report a name written as alternatives ('Eswatini/Swaziland', 'Chad / Sudan', 'Türkiye
    (Turkey)'), or with a remark in brackets ('Greenland (Denmark)'): which country to write,
    or that each needs an entry; tell whether it was one of these."""
    bracketed = BRACKETED_END.fullmatch(text.strip())
    parts = [bracketed["head"], bracketed["tail"]] if bracketed else text.split("/")
    found = [resolve_country(part.strip()) for part in parts]
    known = [country for country in found if country is not None]
    codes = dict.fromkeys(country.code for country in known)
    if len(found) < 2 or found[0] is None or not bracketed and len(known) < len(found):
        return False
    first = known[0]
    if len(codes) == 1 and len(known) == len(found):
        reader.error(node, f"unknown country '{text}' (did you mean '{first.name}'?)",
                     f"the names are one country's: write one of them, '{first.name}' "
                     f"(or its code, {first.code})")
    elif bracketed:
        other = f"; {known[1].name}, if it takes part, is an entry of its own" \
            if len(known) > 1 else "; a remark on it goes in 'note:'"
        reader.error(node, f"unknown country '{text}' (did you mean '{first.name}'?)",
                     f"write '{first.name}' alone (or its code, {first.code}){other}")
    else:
        reader.error(node, f"'{text}' names {len(codes)} countries", "give each an entry "
                     "of its own, with its 'name:' and 'role:'")
    return True


def country_hint(language: str | None) -> str:
    """Return the hint for a country not found: on a page in another language than English,
    its names in that language are read too (see ownnames.py)."""
    if language is None or is_english(language):
        return COUNTRY_HINT
    return COUNTRY_HINT.replace("English name or",
                                f"English name, its name in {english_name(language)} or", 1)


def listed(words: tuple[str, ...], last: str = "and") -> str:
    """Return words as a sentence lists them: 'German', 'German and Polish', 'A, B and C';
    last: the word before the last ('A, B or C')."""
    return f" {last} ".join(filter(None, [", ".join(words[:-1]), words[-1]]))


def warn_code_clash(reader: Reader, node: Node, text: str, country: model.Country) -> None:
    """Warn where an ISO code read as a country is also a listed organisation's initials, in
    English or in the page's language: 'AU' (the African Union's), 'UA' on a French page."""
    if not is_code_of(text, country):
        return
    organisation = with_initials(text, reader.language or ENGLISH)
    if organisation is not None:
        reader.error(node, f"'{text}' is read as {country.name}, whose ISO code it is",
                     f"for the organisation, write 'name: {organisation.name}'; for the "
                     f"country, write 'name: {country.name}'", severity="warning")


def suggest_name(text: str, language: str) -> str | None:
    """Return the country or organisation name closest to a misspelt one, in English or in
    the page's language, or None."""
    return closest_name(text, suggestions(language))


def suggestions(language: str) -> dict[str, str]:
    """Return the names a misspelt one may be corrected to, by the key of the name it is
    close to: that name where it reads as prose does, else the name the page prints ('DR
    Congo' for a name close to CLDR's 'Congo (DRC)', 'Iran' for ISO's 'Iran, Islamic
    Republic of', 'Hong Kong' for CLDR's 'Hong Kong SAR China'). A page in another language
    than English reads its language's names too ('Brasil' in Spanish), as written."""
    known = {key: name if reads_as_prose(name) and not replaced(name, country) else country.name
             for key, (name, country) in spellings().items()}
    known.update((key, name) for key, (name, _) in organisation_spellings().items())
    known.update((key, name) for key, (name, _) in spellings_in_language(language).items()
                 if reads_as_prose(name))
    known.update(organisation_spellings_in_language(language))
    return known


def replaced(name: str, country: model.Country) -> bool:
    """Tell whether a name is CLDR's standard one for a country whose page prints another, a
    menu's form: 'Hong Kong SAR China', 'Palestinian Territories'."""
    return standard_names().get(country.code) == name != country.name


def reads_as_prose(name: str) -> bool:
    """Tell whether a name is written as prose writes it, not as a menu or a list sorts it:
    no brackets, commas, '&' or dash between spaces."""
    return not MENU_MARKS.search(name)


def unique(entries: Iterable[E], key: Callable[[E], Hashable],
           listed_again: Callable[[E, list[E]], None]) -> tuple[E, ...]:
    """Return the entries without repeats, the first of each kept; report each entry listed
    more than once, once, with all its repeats."""
    first: dict[Hashable, E] = {}
    repeats: dict[Hashable, list[E]] = {}
    for entry in entries:
        kept = first.setdefault(key(entry), entry)
        if kept is not entry:
            repeats.setdefault(key(entry), []).append(entry)
    for found, again in repeats.items():
        listed_again(first[found], again)
    return tuple(first.values())


def team_key(entry: model.CountryEntry, language: str) -> tuple[str, str]:
    """Return what two entries of one country share if they are one: the country, and a label
    that names something other than it, a team of it ('England' and 'Scotland' both play for
    the United Kingdom); a label that is one of its names ('Britain') names the country."""
    label = entry.label
    if not label or entry.country in (resolve_country(label),
                                      resolve_in_language(label, language)):
        return entry.country.code, ""
    return entry.country.code, name_key(label)


def listed_again(entry: Entry, again: list[Entry]) -> tuple[str, str]:
    """Return the message and hint for an entry listed again: twice, or more often."""
    if len(again) == 1:
        return (f"section 'countries': {entry.name} is listed twice (first on line "
                f"{entry.line}); the page shows it once", "remove one of the two entries")
    lines = ", ".join(str(repeat.line) for repeat in again)
    return (f"section 'countries': {entry.name} is listed {len(again) + 1} times (first on "
            f"line {entry.line}, then on lines {lines}); the page shows it once",
            "remove the entries after the first")
