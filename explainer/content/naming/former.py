"""Countries that are no more, by the names copy gives them: a state that was dissolved ('the
Soviet Union', 'Yugoslavia') and a country's name from before it took another ('Zaire',
'Upper Volta'). A history story names them; a list of countries can show neither as it was,
so an entry naming one is refused with what to write instead.

The names are read only for a name nothing else knows, and before the regions of ISO 3166-2,
which hold some of them ('Zaire' is also a province of Angola).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .names import name_key


@dataclass(frozen=True)
class Former:
    """A country that is no more: its name in copy, the year it ended, and the code of the
    country it is today under another name (None for a state dissolved)."""

    name: str
    until: int
    now: str | None = None


# Each name with the year the state or the name ended, from ISO 3166-3 where it has them.
FORMER = (
    Former("Soviet Union", 1991),
    Former("USSR", 1991),
    Former("Yugoslavia", 1992),  # the federation of six republics; ISO 3166-3 keeps YU to 2003
    Former("Czechoslovakia", 1992),
    Former("East Germany", 1990),
    Former("German Democratic Republic", 1990),
    Former("GDR", 1990),
    Former("Serbia and Montenegro", 2006),
    Former("Ottoman Empire", 1922),
    Former("Netherlands Antilles", 2010),
    Former("South Yemen", 1990),
    Former("North Yemen", 1990),
    Former("West Germany", 1990, "DE"),  # the same state, whole since reunification
    Former("Zaire", 1997, "CD"),
    Former("Dahomey", 1975, "BJ"),
    Former("Upper Volta", 1984, "BF"),
    Former("Rhodesia", 1979, "ZW"),
    Former("Ceylon", 1972, "LK"),
    Former("Siam", 1939, "TH"),
    Former("Persia", 1935, "IR"),
    Former("Kampuchea", 1989, "KH"),
)


# By language, then name: the English name in FORMER that a page's own name stands for, as
# that language's newsrooms write it (the article left out: "Union soviétique", not "l'Union").
FORMER_NAMES: dict[str, dict[str, str]] = {
    "fr": {"Union soviétique": "Soviet Union", "URSS": "USSR", "Yougoslavie": "Yugoslavia",
           "Tchécoslovaquie": "Czechoslovakia", "Allemagne de l'Est": "East Germany",
           "RDA": "GDR", "Allemagne de l'Ouest": "West Germany", "RFA": "West Germany",
           "Empire ottoman": "Ottoman Empire", "Haute-Volta": "Upper Volta"},
    "de": {"Sowjetunion": "Soviet Union", "UdSSR": "USSR", "Jugoslawien": "Yugoslavia",
           "Tschechoslowakei": "Czechoslovakia", "DDR": "GDR",
           "Osmanisches Reich": "Ottoman Empire", "Obervolta": "Upper Volta"},
    "es": {"Unión Soviética": "Soviet Union", "URSS": "USSR",
           "Checoslovaquia": "Czechoslovakia", "Alemania Oriental": "East Germany",
           "RDA": "GDR", "Alemania Occidental": "West Germany",
           "Imperio otomano": "Ottoman Empire"},
    "ar": {"الاتحاد السوفيتي": "Soviet Union", "الاتحاد السوفياتي": "Soviet Union",
           "يوغوسلافيا": "Yugoslavia", "تشيكوسلوفاكيا": "Czechoslovakia",
           "ألمانيا الشرقية": "East Germany", "ألمانيا الغربية": "West Germany",
           "الدولة العثمانية": "Ottoman Empire", "الإمبراطورية العثمانية": "Ottoman Empire",
           "زائير": "Zaire"},
}


def former_country(text: str, language: str = "en") -> tuple[str, Former] | None:
    """Return the country that is no more that a name stands for, in English or in the page's
    language, with the name as the list prints it ('Soviet Union' for 'the Soviet Union');
    None for a name of none."""
    name = text.removeprefix("the ").removeprefix("The ")
    former = by_key().get(name_key(name))
    if former is not None:
        return former.name, former
    english = named_in_language(language.split("-")[0]).get(name_key(text))
    return (text, by_key()[name_key(english)]) if english else None


@functools.cache
def by_key() -> dict[str, Former]:
    """Return the table by the key of each name."""
    return {name_key(former.name): former for former in FORMER}


@functools.cache
def named_in_language(language: str) -> dict[str, str]:
    """Return the English names of FORMER by the key of each name in a language."""
    return {name_key(name): english for name, english in FORMER_NAMES.get(language, {}).items()}
