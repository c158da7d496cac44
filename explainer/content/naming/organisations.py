"""International organisations that act in the news, and the names authors write for them.

No maintained library lists international organisations, so the common ones are here: each
with the initials its badge shows, the name pages print and the other names authors write.
A body not listed is named by the author with 'organisation:', as written.
"""

from __future__ import annotations

import functools
import re
from importlib.resources import files

from ..languages import words_tags
from ..model import Countries, Organisation, Section
from .names import name_key

# (initials, name as printed, other names). The printed name is the body's own English name,
# or its initials where those are the name it goes by (NATO, OPEC, ASEAN).
BUILT_IN: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("UN", "United Nations", ("UN",)),
    ("UNSC", "UN Security Council", ("UNSC", "Security Council",
                                      "United Nations Security Council")),
    ("UNGA", "UN General Assembly", ("UNGA", "United Nations General Assembly")),
    ("EU", "European Union", ("EU",)),
    ("EC", "European Commission", ()),  # not "EC": that is Ecuador's ISO code
    ("ECB", "European Central Bank", ("ECB",)),
    ("AU", "African Union", ()),  # not "AU": that is Australia's ISO code
    ("NATO", "NATO", ("North Atlantic Treaty Organization", "OTAN")),
    ("ECOWAS", "ECOWAS", ("Economic Community of West African States", "CEDEAO")),
    ("ASEAN", "ASEAN", ("Association of Southeast Asian Nations",)),
    ("AL", "Arab League", ("League of Arab States",)),
    ("OAS", "Organization of American States", ("OAS",)),
    ("CARICOM", "CARICOM", ("Caribbean Community",)),
    ("CW", "Commonwealth", ("Commonwealth of Nations",)),
    ("G7", "G7", ("Group of Seven",)),
    ("G20", "G20", ("Group of Twenty",)),
    ("BRICS", "BRICS", ()),
    ("OPEC", "OPEC", ("Organization of the Petroleum Exporting Countries",)),
    ("OPEC+", "OPEC+", ()),
    ("WHO", "World Health Organization", ("WHO",)),
    ("IMF", "International Monetary Fund", ("IMF",)),
    ("WB", "World Bank", ("World Bank Group",)),
    ("WTO", "World Trade Organization", ("WTO",)),
    ("IAEA", "International Atomic Energy Agency", ("IAEA",)),
    ("ICC", "International Criminal Court", ("ICC",)),
    ("ICJ", "International Court of Justice", ("ICJ", "World Court")),
    ("UNHCR", "UNHCR", ("UN Refugee Agency", "United Nations High Commissioner for Refugees")),
    ("UNICEF", "UNICEF", ("United Nations Children's Fund",)),
    ("UNRWA", "UNRWA", ("United Nations Relief and Works Agency",)),
    ("UNESCO", "UNESCO", ()),
    ("UNDP", "UN Development Programme", ("UNDP", "United Nations Development Programme")),
    ("WFP", "World Food Programme", ("WFP",)),
    ("OCHA", "UN Office for the Coordination of Humanitarian Affairs", ("OCHA",)),
    ("IOM", "International Organization for Migration", ("IOM",)),
    ("OECD", "OECD", ("Organisation for Economic Co-operation and Development",)),
    ("OSCE", "OSCE", ("Organization for Security and Co-operation in Europe",)),
    ("CoE", "Council of Europe", ()),
    ("SCO", "Shanghai Cooperation Organisation", ("SCO",)),
    ("GCC", "Gulf Cooperation Council", ("GCC",)),
    ("EAC", "East African Community", ("EAC",)),
    ("SADC", "Southern African Development Community", ("SADC",)),
    ("IGAD", "IGAD", ("Intergovernmental Authority on Development",)),
    ("OIC", "Organisation of Islamic Cooperation", ("OIC",)),
    ("PIF", "Pacific Islands Forum", ("PIF",)),
    ("MS", "Mercosur", ("Mercosul",)),
    ("ICRC", "International Committee of the Red Cross", ("ICRC", "Red Cross")),
    ("IP", "Interpol", ()),
    ("MSF", "Médecins Sans Frontières", ("MSF", "Doctors Without Borders")),
)
# A body known by its name alone: "Hamas" gives "H", "Rapid Support Forces" gives "RSF".
# A word's initial, or the whole of a word in capitals ("UN" in "UN Environment Programme").
WORD = re.compile(r"[\w'’]+")
MOST_INITIALS = 5
ACRONYM = re.compile(r"[^\W_][\w+]{1,7}")  # "FIFA", "M23", "ОДКБ": to fullmatch, in capitals
# Initials an author gives with the name: "Comunidad Andina (CAN)", "CAF - Banco de Desarrollo".
GIVEN = re.compile(r"[(（](?P<after>[^\W_][\w+]{1,7})[)）]$|^(?P<before>[^\W_][\w+]{1,7}) [-–—] ")


@functools.cache
def spellings() -> dict[str, tuple[str, Organisation]]:
    """Return every name of a listed organisation by its key, with the name as written."""
    found: dict[str, tuple[str, Organisation]] = {}
    for initials, name, others in BUILT_IN:
        organisation = Organisation(name, initials, initials)
        for spelling in (name, *others):
            found.setdefault(name_key(spelling), (spelling, organisation))
    return found


def resolve_organisation(text: str) -> Organisation | None:
    """Return the listed organisation a name stands for, or None."""
    found = spellings().get(name_key(text))
    return found[1] if found else None


def resolve_in_language(text: str, language: str) -> Organisation | None:
    """Return the listed organisation a name or initials stand for as a language's press
    writes them ('OEA' on a page in Spanish, 'EU-Kommission' in German), named in English;
    or None."""
    own = named_in(language).get(name_key(text))
    return resolve_initials(own.key) if own is not None else None


def spellings_in_language(language: str) -> dict[str, str]:
    """Return the names a language's press gives the listed organisations, by their keys."""
    return {key: own.name for key, own in named_in(language).items() if key == name_key(own.name)}


@functools.cache  # once per language
def named_in(language: str) -> dict[str, Organisation]:
    """Return the listed organisations as a language's press names them, by the key of each
    one's name and of its initials: a regional tag's names over its language's (es-419, es)."""
    found: dict[str, Organisation] = {}
    for tag in reversed(words_tags(language)):
        for own in translated().get(tag, {}).values():
            found.update({name_key(written): own for written in (own.name, own.initials)
                          if written})
    return found


def organisation_named(text: str) -> Organisation:
    """Return the organisation an author names: a listed one, or a body as written."""
    known = resolve_organisation(text) or resolve_initials(text)
    return known if known is not None else Organisation(text, initials_of(text))


def initials_of(name: str) -> str:
    """Return a badge's letters for a name: "RSF" for Rapid Support Forces, "UNEP" for UN
    Environment Programme, "AÉS" for Alliance des États du Sahel, "FIFA" and "CONMEBOL" as
    they are, "CAN" for Comunidad Andina (CAN): the initials given with a name."""
    if ACRONYM.fullmatch(name) and capitals(name):
        return name
    given = GIVEN.search(name.strip())
    if given and capitals(given["after"] or given["before"]):
        return given["after"] or given["before"]
    if not any(char.isupper() or char.islower() for char in name):
        return ""  # a script without capitals (日本赤十字社, الهلال الأحمر): no initials to show
    return "".join(word if capitals(word) and len(word) > 1 else word[0]
                   for word in WORD.findall(name)
                   if capitals(word[0]))[:MOST_INITIALS] or name[:1].upper()


def capitals(text: str) -> bool:
    """Tell whether a text is written in capitals and digits alone: "UN", "23", "État"[0]."""
    return all(char.isupper() or char.isdigit() or char == "+" for char in text)


def resolve_initials(text: str) -> Organisation | None:
    """Return the listed organisation whose badge initials these are ("AU"), or None."""
    return next((Organisation(name, initials, initials) for initials, name, _ in BUILT_IN
                 if name_key(initials) == name_key(text)), None)


def with_initials(text: str, language: str) -> Organisation | None:
    """Return the listed organisation whose badge shows these initials in English or in a
    language's press (the Union africaine's "UA" in French), named in English; or None."""
    key = name_key(text)
    keys = [initials for initials, _, _ in BUILT_IN if name_key(initials) == key]
    for tag in words_tags(language):
        keys += [own.key for own in translated().get(tag, {}).values()
                 if name_key(own.initials) == key]
    return resolve_initials(keys[0]) if keys else None


@functools.cache
def translated() -> dict[str, dict[str, Organisation]]:
    """Return the listed organisations' names and initials in other languages than English,
    by language and key (data/organisations.yml)."""
    import yaml  # only pages that show an organisation need it

    # libyaml's loader where PyYAML has it: the table is 100 KB, 0.2 s for the Python one.
    table = yaml.load((files("explainer") / "data" / "organisations.yml").read_text(
        encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    found: dict[str, dict[str, Organisation]] = {}
    for key, languages in table.items():
        for language, own in languages.items():
            found.setdefault(language, {})[key] = Organisation(own["name"], own["initials"], key)
    return found


def in_language(organisation: Organisation, language: str) -> Organisation:
    """Return a listed organisation as pages in a language name it (fr-CA: as in fr); a body
    the author named, or one the language has no name for, as it is."""
    if not organisation.key:
        return organisation
    for tag in words_tags(language):
        own = translated().get(tag, {}).get(organisation.key)
        if own is not None:
            return own
    return organisation


def organisation_names(sections: tuple[Section, ...], language: str) -> tuple[str, ...]:
    """Return the names and initials of the organisations an explainer's lists name: as its
    pages name them, as explainer knows them, and the author's label."""
    entries = [e for s in sections if isinstance(s, Countries) for e in s.organisations]
    return tuple(dict.fromkeys(name for entry in entries for named in (
        in_language(entry.organisation, language), entry.organisation)
        for name in (entry.label, named.name, named.initials) if name))
