"""Changes stated in the text ("sank um 46 %", "fell 46%") held against the key figures of a
change ("Rückgang des operativen Ergebnisses"), by their size."""

from __future__ import annotations

import pytest

from .test_checks import FRENCH, FRONT, GERMAN, SPANISH
from .test_economy_claims import said_beside

FALL = {"−64 %": "Rückgang des operativen Ergebnisses im dritten Quartal"}
ENGLISH_FALL = {"−64%": "fall in operating profit in the third quarter"}
ARGENTINE = SPANISH.replace("language: es", "language: es-AR")


@pytest.mark.parametrize(("text", "front", "figures", "said"), [
    # A change of another size than the figure's is a contradiction, whatever its sign.
    ("Im dritten Quartal sank das operative Ergebnis um 46 %.", GERMAN, FALL, ["'46 %'"]),
    ("Im dritten Quartal sank das operative Ergebnis um 64 %.", GERMAN, FALL, []),
    ("Im dritten Quartal sank das operative Ergebnis um 46 %.", GERMAN,
     {"64 %": "Rückgang des operativen Ergebnisses im dritten Quartal"}, ["'46 %'"]),
    ("Ein Rückgang des operativen Ergebnisses um 46 % im dritten Quartal.", GERMAN, FALL,
     ["'46 %'"]),
    ("Operating profit fell 46% in the third quarter.", FRONT, ENGLISH_FALL, ["'46%'"]),
    ("Operating profit fell 64% in the third quarter, and revenue fell 0.5%.", FRONT,
     ENGLISH_FALL, []),
    ("El PBI cayó un 2,7 % en 2024.", ARGENTINE, {"−1,7 %": "caída del PBI en 2024"},
     ["'2,7 %'"]),
    ("El PBI cayó un 1,7 % en 2024.", ARGENTINE, {"−1,7 %": "caída del PBI en 2024"}, []),
    ("Le PIB a reculé de 0,5 % au troisième trimestre.", FRENCH,
     {"−0,3 %": "recul du PIB au troisième trimestre"}, ["'0,5 %'"]),
    # The size of a fall given as a level agrees with the figure of the fall.
    ("In the third quarter, the fall in operating profit was 64%.", FRONT, ENGLISH_FALL, []),
    ("A 46% fall in operating profit in the third quarter.", FRONT, ENGLISH_FALL, ["'46%'"]),
    # A level reached, beside no word of a change, is not the figure of the change.
    ("La inflación bajó del 25,5 % al 2,7 %.", ARGENTINE, {"−22,8 %": "caída de la inflación"},
     []),
    # A change is no level: it is never held against a figure that names no change.
    ("Das operative Ergebnis sank im dritten Quartal um 46 %.", GERMAN,
     {"2,86 Mrd. Euro": "operatives Ergebnis im dritten Quartal"}, []),
    ("Der Umsatz stieg um 12 %.", GERMAN, {"61 %": "Anteil des Umsatzes in China"}, []),
])
def test_a_change_is_held_against_the_figures_of_a_change(
        text: str, front: str, figures: dict[str, str], said: list[str]) -> None:
    assert said_beside(text, figures, front) == said
