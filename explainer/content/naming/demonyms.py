"""The English nouns and adjectives of nationality that are not made from their country's
name: "the Americans" are the United States', "the Dutch" the Netherlands'.

Most are made from the name and share its first letters ("Kenyans", "Swedes", "Brazilian"),
which the checks see without a table (see checks/textnames.kin()); these do not: the nouns
and adjectives of nationality in common English use whose first letters are none of their
country's English names'. A word two countries share ("Congolese", "Dominican", "Guinean") is
left out, as it names neither alone.
"""

from __future__ import annotations

import functools

from .names import name_key

# By ISO 3166-1 code: the words, singular and plural, nouns and adjectives ("Pole" is left out,
# which a sentence may open with for another word: "Pole vaulters").
NATIONALITIES = {
    "US": "American Americans",
    "GB": "British Briton Britons Brit Brits",
    "NL": "Dutch Dutchman Dutchmen Dutchwoman Dutchwomen Netherlander Netherlanders",
    "FR": "French Frenchman Frenchmen Frenchwoman Frenchwomen",
    "IE": "Irish Irishman Irishmen Irishwoman Irishwomen",
    "DK": "Dane Danes Danish",
    "PL": "Poles Polish",
    "PH": "Filipino Filipinos Filipina Filipinas Philippine",
    "AE": "Emirati Emiratis",
    "MM": "Burmese",
    "MG": "Malagasy",
    "LS": "Basotho Mosotho",
    "BW": "Batswana Motswana",
    "BF": "Burkinabe",
    "CI": "Ivorian Ivorians",
    "SZ": "Swazi Swazis",
    "SM": "Sammarinese",
    "MC": "Monegasque Monegasques",
    "BB": "Bajan Bajans",
    "KN": "Kittitian Kittitians Nevisian Nevisians",
    "SV": "Salvadoran Salvadorans Salvadorean Salvadoreans",
    "VC": "Vincentian Vincentians",
    "GW": "Bissau-Guinean Bissau-Guineans",
    "VU": "Ni-Vanuatu",
    "KI": "I-Kiribati",
}


@functools.cache
def by_word() -> dict[str, str]:
    """Return the code of the country of each word of nationality, by the word's key."""
    return {name_key(word): code for code, words in NATIONALITIES.items()
            for word in words.split()}


def nationality_of(word: str) -> str | None:
    """Return the ISO code of the country a word of nationality is of ("Americans": US),
    or None when it is none of those listed."""
    return by_word().get(name_key(word))
