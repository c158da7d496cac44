"""Countries' names that newsrooms write in a language where CLDR's name is another.

CLDR gives each country one standard name in a language, and sometimes a short form or a
variant (ownnames.py reads them). Newsrooms write some countries otherwise, and a page in that
language reads their name as CLDR's: Indonesian copy has "Inggris" and "Cina" where CLDR has
"Inggris Raya" and "Tiongkok". Each name here stands for one country only, in its language.
"""

from __future__ import annotations

# By language, then name: the country's code, with the reason the name is safe.
NEWSROOM_NAMES: dict[str, dict[str, str]] = {
    "id": {
        "Inggris": "GB",  # Kompas's and Tempo's name for the United Kingdom
        "Britania Raya": "GB",  # the state's name in full, beside "Inggris"
        "Cina": "CN",  # in wide use beside the official "Tiongkok"
        "Korsel": "KR",  # the short form of "Korea Selatan" in headlines
        "Korut": "KP",  # the short form of "Korea Utara" in headlines
    },
    "de": {
        "Großbritannien": "GB",  # German newsrooms' usual name for the United Kingdom
        "Weißrussland": "BY",  # the older name, still in much copy
        "VAE": "AE",  # the initials German newsrooms write for the United Arab Emirates
    },
    "fr": {
        "Grande-Bretagne": "GB",  # the usual name in French copy
        "Birmanie": "MM",  # the name French newsrooms (AFP, Le Monde) keep
        "RDC": "CD",  # the initials every French newsroom writes
    },
    "es": {
        "Gran Bretaña": "GB",  # the usual name in Spanish copy
        "EE.UU.": "US",  # the initials of the style guides (Fundéu, El País)
        "EEUU": "US",  # the same without points
        "Birmania": "MM",  # the name Spanish newsrooms keep
        "RDC": "CD",  # the initials of "República Democrática del Congo"
        "Holanda": "NL",  # common in copy for the Netherlands
    },
    "it": {
        "Gran Bretagna": "GB",  # the usual name in Italian copy
        "Birmania": "MM",  # the name Italian newsrooms keep
        "Olanda": "NL",  # common in copy for the Netherlands
    },
    "pt": {
        "Grã-Bretanha": "GB",  # the usual name in Portuguese copy
        "Holanda": "NL",  # common in copy for the Netherlands
        "RDC": "CD",  # the initials of "República Democrática do Congo"
    },
    "nl": {
        "Groot-Brittannië": "GB",  # the usual name in Dutch copy
        "Wit-Rusland": "BY",  # the older name, still in much copy
        "Birma": "MM",  # the name Dutch newsrooms keep
    },
    "ru": {"Белоруссия": "BY"},  # Russian newsrooms' usual name, beside CLDR's "Беларусь"
    "tr": {"İngiltere": "GB"},  # Turkish newsrooms' name for the United Kingdom
    "ar": {"الإمارات": "AE"},  # "the Emirates": Arabic copy's name for the United Arab Emirates
    "sv": {"Vitryssland": "BY"},  # the older name, still in much copy
}

# By language, then name: names of a country that say more than its name does, as POINTERS
# in countries.py has them in English; a list refuses them, pointing to the country.
POINTER_NAMES: dict[str, dict[str, str]] = {
    "fr": {"Taipei chinois": "TW"},  # Taiwan's name at the Olympics, in the IOC's French
    "es": {"China Taipéi": "TW"},  # the same as Spanish sports desks write it (Fundéu)
    "de": {"Chinesisch Taipeh": "TW"},  # the same as German sports desks write it
    "it": {"Taipei Cinese": "TW"},  # the same as Italian sports desks write it
}

# By language, then name: parts of a country without a code of their own, as PARTS in
# countries.py has them in English; a list refuses them, pointing to the country.
PART_NAMES: dict[str, dict[str, str]] = {
    "fr": {"Gaza": "PS", "Bande de Gaza": "PS", "Cisjordanie": "PS", "Angleterre": "GB",
           "Écosse": "GB", "pays de Galles": "GB", "Irlande du Nord": "GB", "Crimée": "UA",
           "Chypre du Nord": "CY"},
    "de": {"Gazastreifen": "PS", "Westjordanland": "PS", "England": "GB", "Schottland": "GB",
           "Wales": "GB", "Nordirland": "GB", "Krim": "UA", "Nordzypern": "CY"},
    "es": {"Franja de Gaza": "PS", "Cisjordania": "PS", "Inglaterra": "GB", "Escocia": "GB",
           "Gales": "GB", "Irlanda del Norte": "GB", "Crimea": "UA"},
    "ar": {"غزة": "PS", "قطاع غزة": "PS", "الضفة الغربية": "PS", "أرض الصومال": "SO",
           "القرم": "UA", "شمال قبرص": "CY", "إنجلترا": "GB", "اسكتلندا": "GB"},
}


def part_names(tag: str) -> dict[str, str]:
    """Return the names of parts of countries in a language, by name."""
    return PART_NAMES.get(tag.split("-")[0], {})


def pointer_names(tag: str) -> dict[str, str]:
    """Return the names that say more than a country's name does in a language, by name."""
    return POINTER_NAMES.get(tag.split("-")[0], {})


def newsroom_names(tag: str) -> dict[str, str]:
    """Return the names newsrooms write in a language (pt-PT: Portuguese's), by name."""
    return NEWSROOM_NAMES.get(tag.split("-")[0], {})
