"""Resolve the names people write for countries to CLDR territory codes, and name them back.

A country is known by its territory code (ISO 3166-1 alpha-2, plus Kosovo's XK), and by every
name the sources below give it, compared through names.name_key:

1. CLDR, through Babel: the standard English name of each territory ("Russia", "Türkiye"),
   and the short forms and variants that Babel leaves out (data/cldr_names.json: "UK", "Turkey");
2. pycountry: the ISO 3166-1 codes and names ("Russian Federation", "Iran, Islamic Republic of",
   also read as "Islamic Republic of Iran");
3. ALIASES below: names a newsroom writes that neither source has.

A name none of them has is read again as data sources write names (turned_keys): inside out
("Korea, South", "Korea, Rep."), with the World Bank's short words in full.

The name a page shows is CLDR's standard name, or its short form or variant where the standard
name is a menu's (shownnames.py: "Hong Kong", not "Hong Kong SAR China"), as shown_name()
adjusts it for print in English.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib.resources import files

import pycountry

from ..model import Country
from .cldr_names import alternatives
from .isonames import upright
from .names import name_key
from .newsnames import part_names, pointer_names
from .shownnames import shown_names

LANGUAGE = "en"
KOSOVO = "XK"  # a code CLDR and the EU use; ISO 3166-1 has none for Kosovo yet
# Names in common use that neither CLDR nor pycountry records, each with the reason it is safe.
ALIASES = {
    "Britain": "GB",  # style guides' (BBC, Guardian, Economist) usual word for the UK
    "Great Britain": "GB",  # the island, used for the state in sport and speech
    "America": "US",  # in a list of countries it can only mean the United States
    "UAE": "AE",  # the initials every newsroom writes
    "DR Congo": "CD",  # BBC, AFP and Al Jazeera's name
    "DRC": "CD",  # the usual initials
    "Burma": "MM",  # still the BBC's and the US government's name
    "DPRK": "KP",  # the initials of its own name, common in copy
    "Congo Republic": "CG",  # Reuters' name
    "Vatican": "VA",  # the short form in news copy
    "Holy See": "VA",  # its name as a UN observer state (pycountry adds "(Vatican City State)")
    "Macedonia": "MK",  # its name until 2019, still written
    "Holland": "NL",  # common in speech and copy for the Netherlands
    "Bosnia-Herzegovina": "BA",  # AP's spelling
    "Sao Tome": "ST",  # the island's name, short for the state
    "St Vincent": "VC",  # short for Saint Vincent and the Grenadines
    "St Kitts": "KN",  # short for Saint Kitts and Nevis
    "Kyrgyz Republic": "KG",  # the IMF's and World Bank's name
    "Lao PDR": "LA",  # the UN's and World Bank's short form
    "Slovak Republic": "SK",  # the OECD's and World Bank's name
    "Republic of Kosovo": KOSOVO,  # its own name for itself
    "Republic of Ireland": "IE",  # the usual name beside Northern Ireland (sport, BBC copy)
    "PRC": "CN",  # the initials of its own name, as DPRK's
    "Macau": "MO",  # the Portuguese spelling, Macao's own and common in English copy
    "South Georgia": "GS",  # short for South Georgia and the South Sandwich Islands
    "Venezuela, RB": "VE",  # the World Bank's name: RB for República Bolivariana
    "Korea, Dem. Rep.": "KP",  # the World Bank's name until 2020, still in its older files
    "Hong Kong SAR": "HK",  # its government's and the IMF's name, CLDR's less "China"
    "Macao SAR": "MO",  # the same for Macao
    "Macau SAR": "MO",  # and with Macau's common spelling
    "West Bank and Gaza": "PS",  # the World Bank's name for the Palestinian territories
    "Occupied Palestinian Territory": "PS",  # the UN's name (OCHA, the General Assembly)
    "Occupied Palestinian Territories": "PS",  # as copy often has it, in the plural
    "FYROM": "MK",  # its name at the UN until 2019, in initials, as copy wrote it
    "Former Yugoslav Republic of Macedonia": "MK",  # the same in full
}
# Words that data sources shorten in a country's name: the World Bank's "Korea, Rep.",
# "Congo, Dem. Rep.", "Micronesia, Fed. Sts.".
SHORTENED = {"rep": "republic", "dem": "democratic", "fed": "federated", "sts": "states"}
# A name written inside out, as a source's list sorts it: "Korea, South", "Korea (South)".
BRACKETED_END = re.compile(r"(?P<head>[^()]+?)\s*\((?P<tail>[^()]+)\)")
# Names that stand for more than one country: an author must say which.
AMBIGUOUS = {"Congo": ("CD", "CG"), "Korea": ("KR", "KP"), "Virgin Islands": ("VG", "VI")}
# Places that are part of a country in ISO 3166-1, and which country: among them lands held
# apart from the state the UN recognises them as part of.
PARTS = {"England": "GB", "Scotland": "GB", "Wales": "GB", "Northern Ireland": "GB",
         "Gaza": "PS", "Gaza Strip": "PS", "West Bank": "PS", "Somaliland": "SO",
         "Crimea": "UA", "Abkhazia": "GE", "South Ossetia": "GE", "Transnistria": "MD",
         "Northern Cyprus": "CY", "North Cyprus": "CY",
         "Turkish Republic of Northern Cyprus": "CY", "TRNC": "CY"}
# Names of a country that say more than its name does, so that a page prints them only where
# the author chooses to, with a label: refused, pointing to the country.
POINTERS = {
    "Republic of China": "TW",  # Taiwan's official name, easily taken for the People's Republic
    "Chinese Taipei": "TW",  # Taiwan's name at the Olympics and in some bodies
    # The state the Polisario Front proclaimed over Western Sahara, a member of the African
    # Union: its name says whose claim the story takes.
    "Sahrawi Arab Democratic Republic": "EH",
    "SADR": "EH",
}
# English newsrooms print these states' names in words of their own, where CLDR gives the
# Congos as "Congo (DRC)" and "Congo (Republic)", and "St. Vincent & Grenadines":
SHOWN = {"CD": "DR Congo", "CG": "Republic of the Congo", "VC": "St. Vincent and the Grenadines"}


def shown_name(code: str) -> str:
    """Return the name an English-language newsroom prints for a territory."""
    if code in SHOWN:
        return SHOWN[code]
    # CLDR writes '&' where menus are short of space; prose spells out 'and'.
    return shown_names(LANGUAGE)[code].replace(" & ", " and ")


def flag_codes() -> frozenset[str]:
    """Return the codes of the countries whose flag the package carries."""
    folder = files("explainer") / "data" / "flags"
    return frozenset(item.name[:-4].upper() for item in folder.iterdir()
                     if item.name.endswith(".svg"))


def uninverted(name: str) -> str | None:
    """Return an ISO name written inside out the right way round ('Republic of Korea'), as
    isonames.upright() turns a name in any language; None for one the right way round."""
    turned = upright(name)
    return None if turned == name else turned


@functools.cache
def standard_names() -> dict[str, str]:
    """Return CLDR's standard name of every territory, by code."""
    from babel import Locale  # imported on first use: reading its locale data takes a while

    return dict(Locale.parse(LANGUAGE).territories)


@functools.cache
def countries() -> dict[str, Country]:
    """Return every country by its code, named as pages show it."""
    flags = flag_codes()
    codes = [record.alpha_2 for record in pycountry.countries] + [KOSOVO]
    return {code: Country(code, shown_name(code),
                          getattr(pycountry.countries.get(alpha_2=code), "numeric", ""),
                          code in flags) for code in codes}


def spellings_of(code: str) -> list[str]:
    """Return the names of one country that CLDR and pycountry know, best known first."""
    names = [standard_names()[code], *alternatives()[LANGUAGE].get(code, {}).values()]
    record = pycountry.countries.get(alpha_2=code)
    for attr in ("common_name", "name", "official_name"):
        value = getattr(record, attr, None)
        if value:
            names += [value, *filter(None, [uninverted(value)])]
    return names


@functools.cache
def spellings() -> dict[str, tuple[str, Country]]:
    """Return every known name of a country by its key, with the name as written."""
    found: dict[str, tuple[str, Country]] = {}
    for code, country in countries().items():
        for name in (country.name, *spellings_of(code)):
            found.setdefault(name_key(name), (name, country))
    for name, code in ALIASES.items():
        found.setdefault(name_key(name), (name, countries()[code]))
    for name in AMBIGUOUS:
        found.pop(name_key(name), None)
    return found


@functools.cache
def codes() -> dict[str, Country]:
    """Return every country by the key of its ISO codes, two letters and three."""
    found: dict[str, Country] = {}
    for code, country in countries().items():
        record = pycountry.countries.get(alpha_2=code)
        for value in (code, getattr(record, "alpha_3", None)):
            if value:
                found[name_key(value)] = country
    return found


@functools.cache
def index() -> dict[str, Country]:
    """Return every name of a country by its key: the lookup table of names."""
    return {key: country for key, (_, country) in spellings().items()}


def is_code_of(text: str, country: Country) -> bool:
    """Tell whether a text is a country's ISO code (two letters or three), in any case."""
    if len(text.strip()) > 3:
        return False  # a name, as most are: no need to look the codes up
    record = pycountry.countries.get(alpha_2=country.code)
    return name_key(text) in {name_key(country.code), name_key(getattr(record, "alpha_3", ""))}


def typed_as_code(text: str) -> bool:
    """Tell whether a text is written in the letters of a code, plain Latin ones (full width
    too): a name with accents is no code, though its key loses them ('Mỹ', the United States
    in Vietnamese, is not MY, Malaysia)."""
    return unicodedata.normalize("NFKC", text).isascii()


@functools.lru_cache(maxsize=1 << 12)  # a site names the same few countries again and again
def resolve_country(text: str) -> Country | None:
    """Return the country a name or ISO code stands for, or None; a code means one country
    only, so it wins over a name."""
    key = name_key(text)
    found = (codes().get(key) if typed_as_code(text) else None) or index().get(key)
    if found is None:  # only a name no table has is read again, in the ways sources write
        found = next(filter(None, map(index().get, turned_keys(text))), None)
    return found


def turned_keys(text: str) -> list[str]:
    """Return the keys of a name as a data source writes it, turned the usual way round and
    with its words in full: 'Korea, Rep.' as 'Republic of Korea', 'Korea (South)' as 'South
    Korea', 'Central African Rep.' as 'Central African Republic'."""
    head, comma, tail = text.partition(",")
    bracketed = None if comma else BRACKETED_END.fullmatch(text.strip())
    if bracketed:
        head, tail = bracketed["head"], bracketed["tail"]
    forms = [text, f"{tail} {head}", f"{tail} of {head}"] if tail else [text]
    return [" ".join(SHORTENED.get(word, word) for word in name_key(form).split())
            for form in forms]


def ambiguous_country(text: str) -> tuple[Country, ...]:
    """Return the countries a name may stand for when it stands for more than one."""
    key = name_key(text)
    codes = next((codes for name, codes in AMBIGUOUS.items() if name_key(name) == key), ())
    return tuple(countries()[code] for code in codes)


def country_containing(text: str, language: str = LANGUAGE) -> Country | None:
    """Return the country a place without a code of its own is part of ('Scotland', or
    'Cisjordanie' on a page in French), or None."""
    return named_in(PARTS, text) or named_in(part_names(language), text)


def country_pointed_to(text: str, language: str = LANGUAGE) -> Country | None:
    """Return the country a name that a page prints only by choice stands for, in English or
    in the page's language ('Taipei chinois' in French), or None."""
    code = pointer_codes(language).get(name_key(text))
    return countries()[code] if code else None


@functools.cache  # once per language: the names in copy are looked up here too
def pointer_codes(language: str) -> dict[str, str]:
    """Return the codes of the countries the names of POINTERS stand for, in English and in
    a language, by the key of each name."""
    return {name_key(name): code for table in (POINTERS, pointer_names(language))
            for name, code in table.items()}


def named_in(table: dict[str, str], text: str) -> Country | None:
    """Return the country a table gives for a name, or None."""
    key = name_key(text)
    code = next((code for name, code in table.items() if name_key(name) == key), None)
    return countries()[code] if code else None
