"""The hundreds in words of the Romance languages the checks read, and the numbers they lead:
Portuguese "duzentos e cinquenta", Spanish "doscientas cincuenta", French "deux cent cinquante"
and "trois cents", Italian "duecentocinquanta", one word."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Hundreds:
    """A language's hundreds: those that stand alone ("trezentos", "trois cents"), those that
    lead a smaller number ("cento", "trois cent"), each with its value and its parts joined by
    a hyphen as word_value() looks them up; what joins the smaller number ("-e-", "-", "" for
    one word); and whether a hundred's last vowel may go before a vowel ("centotto")."""

    alone: Mapping[str, int]
    leading: Mapping[str, int]
    joiner: str
    elides: bool = False
    # The words a smaller number may follow as part of a longer one: "duzentos e".
    continued: tuple[str, ...] = field(default=())

    def words(self, below: Mapping[str, int]) -> dict[str, int]:
        """Return the hundreds and every number they lead, from the smaller numbers in words
        (only those from one to ninety-nine are led)."""
        found = dict(self.alone)
        smaller = {word: value for word, value in below.items() if 0 < value < 100}
        for hundred, value in self.leading.items():
            for word, n in smaller.items():
                found[hundred + self.joiner + word] = value + n
                if self.elides and word[0] in "aeiou":
                    found[hundred[:-1] + self.joiner + word] = value + n
        return found


def gendered(stems: Mapping[str, int]) -> dict[str, int]:
    """Return each hundred of its stem in both genders: "duzent" gives "duzentos", "duzentas"."""
    return {stem + ending: value for stem, value in stems.items() for ending in ("os", "as")}


PORTUGUESE_STEMS = {"duzent": 200, "trezent": 300, "quatrocent": 400, "quinhent": 500,
                    "seiscent": 600, "setecent": 700, "oitocent": 800, "novecent": 900}
PORTUGUESE = Hundreds(
    alone=gendered(PORTUGUESE_STEMS),
    leading={"cento": 100, **gendered(PORTUGUESE_STEMS)}, joiner="-e-",
    continued=tuple(f"{word} e" for word in ("cento", *gendered(PORTUGUESE_STEMS))))

SPANISH_STEMS = {"doscient": 200, "trescient": 300, "cuatrocient": 400, "quinient": 500,
                 "seiscient": 600, "setecient": 700, "ochocient": 800, "novecient": 900}
SPANISH = Hundreds(
    alone=gendered(SPANISH_STEMS), leading={"ciento": 100, **gendered(SPANISH_STEMS)},
    joiner="-", continued=("ciento", *gendered(SPANISH_STEMS)))

# French puts an "s" on a hundred that ends the number ("trois cents") and none on one that
# leads ("trois cent cinquante"); "cent" alone is as often the "pour cent" of a percentage.
FRENCH_UNITS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
                "neuf": 9}
FRENCH = Hundreds(
    alone={f"{unit}-cents": 100 * n for unit, n in FRENCH_UNITS.items()},
    leading={"cent": 100} | {f"{unit}-cent": 100 * n for unit, n in FRENCH_UNITS.items()},
    joiner="-", continued=("cent",))

ITALIAN_STEMS = {"duecento": 200, "trecento": 300, "quattrocento": 400, "cinquecento": 500,
                 "seicento": 600, "settecento": 700, "ottocento": 800, "novecento": 900}
ITALIAN = Hundreds(alone=ITALIAN_STEMS, leading={"cento": 100, **ITALIAN_STEMS}, joiner="",
                   elides=True)
