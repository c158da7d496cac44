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


def former_country(text: str) -> Former | None:
    """Return the country that is no more that a name stands for, or None."""
    return by_key().get(name_key(text.removeprefix("the ").removeprefix("The ")))


@functools.cache
def by_key() -> dict[str, Former]:
    """Return the table by the key of each name."""
    return {name_key(former.name): former for former in FORMER}
