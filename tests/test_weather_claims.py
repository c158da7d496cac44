"""The measures a weather or climate story gives: a figure with its conversion in brackets
("120 mph (195 km/h)"), lengths in feet and inches, temperatures in both scales, a warming
("1.5C above pre-industrial levels") beside a record, and trillions written "tn"."""

from __future__ import annotations

import pytest

from .test_added_amounts import ITALIAN, PORTUGUESE, figures
from .test_checks import FRENCH, FRONT, GERMAN, SPANISH, stated, warnings_of

BRITISH = FRONT.replace("---\n", "---\nlanguage: en-GB\n", 1)
WINDS = ("120 mph (195 km/h)", "maximum sustained winds at landfall")
RECORD = ("40.3C (104.5F)", "UK record temperature, at Coningsby")
SURGE = ("10 feet (3 m)", "highest storm surge")


def said(text: str, *items: tuple[str, str], front: str = FRONT) -> list[str]:
    """Return what the warnings of a summary beside figures say it states."""
    return stated(warnings_of(f"--- summary\n---\n{text}\n" + figures(*items), front))


@pytest.mark.parametrize(("item", "text", "slips"), [
    (WINDS, "Milton made landfall with maximum sustained winds of 120 mph (195 km/h).", []),
    (WINDS, "At landfall, its maximum sustained winds were 195 km/h.", []),
    (WINDS, "Milton made landfall with maximum sustained winds of 210 km/h.", ["'210 km/h'"]),
    (WINDS, "Milton made landfall with maximum sustained winds of 130 mph (209 km/h).",
     ["'130 mph'", "'209 km/h'"]),
    (RECORD, "The UK record temperature, at Coningsby, was 104.5F.", []),
    (RECORD, "The UK record temperature, at Coningsby, was 104.4F.", ["'104.4F'"]),
    (RECORD, "The UK record temperature, at Coningsby, was 40.2C (104.4F).",
     ["'40.2C'", "'104.4F'"]),
    (SURGE, "The highest storm surge reached 3 m.", []),
    (SURGE, "The highest storm surge reached 3.5 metres.", ["'3.5 metres'"]),
])
def test_the_conversion_a_figure_gives_in_brackets_is_held_against_its_unit(
        item: tuple[str, str], text: str, slips: list[str]) -> None:
    assert said(text, item) == slips


@pytest.mark.parametrize(("value", "text", "slips"), [
    ("10 feet", "The highest storm surge was up to 10 feet (3 m), south of Tampa Bay.", []),
    ("10 feet", "A 10-foot storm surge was the highest, south of Tampa Bay.", []),
    ("10 feet", "The highest storm surge reached 12 feet.", ["'12 feet'"]),
    ("10 ft", "The highest storm surge was a 12-ft wall of water.", ["'12-ft'"]),
    ("18 inches", "The highest storm surge came with 1.5 feet of rain.", []),
    # A speed in feet is no length, and neither system is the other's rounded conversion.
    ("10 feet", "In the highest storm surge, water ran at 6 feet per second.", []),
    ("3 m", "The highest storm surge was up to 10 feet (3 m).", []),
])
def test_feet_and_inches_are_lengths(value: str, text: str, slips: list[str]) -> None:
    assert said(text, (value, "highest storm surge")) == slips


def test_inches_of_rain_are_compared_with_their_figure() -> None:
    rain = ("18 inches (46 cm)", "rainfall in St. Petersburg")
    assert said("St. Petersburg recorded rainfall of 18 inches (46 cm).", rain) == []
    assert said("St. Petersburg recorded rainfall of 20 inches.", rain) == ["'20 inches'"]


@pytest.mark.parametrize("text", [
    "The UK record temperature at Coningsby came as the world ran 1.5C above pre-industrial "
    "levels.",
    "The UK record temperature at Coningsby was 1.6C higher than the old one.",
    "The UK record temperature at Coningsby was 2C warmer than any before 2019.",
    "Coningsby's UK record temperature came with 1.2C of warming.",
    "A UK record temperature like Coningsby's would be common with a warming of 2C.",
])
def test_a_warming_is_no_temperature_reached(text: str) -> None:
    assert said(text, ("40.3C", "UK record temperature, at Coningsby"), front=BRITISH) == []


def test_a_warming_beside_a_wrong_record_leaves_the_record_warned() -> None:
    text = "The UK record temperature, at Coningsby, was 40.2C, 1.6C above the old record."
    assert said(text, ("40.3C", "UK record temperature, at Coningsby"),
                front=BRITISH) == ["'40.2C'"]


@pytest.mark.parametrize(("text", "slips"), [
    ("Le record de température au Royaume-Uni, à Coningsby, survient dans un monde à 1,5 °C "
     "au-dessus des niveaux préindustriels.", []),
    ("Le record de température au Royaume-Uni, à Coningsby, est de 40,3 °C (104,5 °F).", []),
    ("Le record de température au Royaume-Uni, à Coningsby, est de 40,2 °C.", ["'40,2 °C'"]),
    ("Le record de température au Royaume-Uni, à Coningsby, est de 104,4 °F.",
     ["'104,4 °F'"]),
])
def test_temperatures_in_french(text: str, slips: list[str]) -> None:
    record = ("40,3 °C (104,5 °F)", "record de température au Royaume-Uni, à Coningsby")
    assert said(text, record, front=FRENCH) == slips


@pytest.mark.parametrize(("text", "slips"), [
    ("Developing countries asked for climate finance of $1.3tn a year.", []),
    ("Developing countries asked for climate finance of $1.2tn a year.", ["'$1.2tn'"]),
    ("Developing countries asked for climate finance of $1,300bn a year.", []),
])
def test_trillions_written_tn(text: str, slips: list[str]) -> None:
    finance = ("$1.3 trillion a year", "climate finance asked for by developing countries")
    assert said(text, finance, front=BRITISH) == slips


def test_a_trillion_written_tn_is_a_trillion() -> None:
    fund = ("$1.3 trillion", "assets Norway's fund holds")
    assert said("Norway's fund holds assets of $1.3tn.", fund, front=BRITISH) == []
    assert said("Norway's fund holds assets of £1trn.", fund, front=BRITISH) == []


@pytest.mark.parametrize(("text", "slips"), [
    ("Of the hurricanes that hit Florida in 2024, two were category 4 hurricanes.", []),
    ("Of the hurricanes that hit Florida in 2024, two were cat 4 hurricanes.", []),
    ("The hurricanes that hit Florida in 2024 brought level 4 alerts to 3 counties.", []),
    ("Of the hurricanes that hit Florida in 2024, 4 hurricanes were major.", ["'4 hurricanes'"]),
])
def test_a_category_s_number_counts_nothing(text: str, slips: list[str]) -> None:
    assert said(text, ("3", "hurricanes that hit Florida in 2024")) == slips


@pytest.mark.parametrize(("front", "text", "record"), [
    (BRITISH, "The UK record temperature at Coningsby beat the previous record of 38.7C by 1.6C.",
     ("40.3C", "UK record temperature, at Coningsby")),
    (BRITISH, "The UK record temperature at Coningsby broke the former record of 38.7C.",
     ("40.3C", "UK record temperature, at Coningsby")),
    (FRENCH, "Le record de température au Royaume-Uni, à Coningsby, bat l'ancien record de "
     "38,7 °C.", ("40,3 °C", "record de température au Royaume-Uni, à Coningsby")),
    (FRENCH, "Le record de température au Royaume-Uni, à Coningsby, bat le précédent record de "
     "38,7 °C.", ("40,3 °C", "record de température au Royaume-Uni, à Coningsby")),
    (SPANISH, "El récord de temperatura del Reino Unido, en Coningsby, supera el récord anterior "
     "de 38,7 °C.", ("40,3 °C", "récord de temperatura del Reino Unido, en Coningsby")),
    (GERMAN, "Der Temperaturrekord in Coningsby übertraf den bisherigen Rekord von 38,7 °C.",
     ("40,3 °C", "Temperaturrekord in Coningsby")),
    (ITALIAN, "Il record di temperatura a Coningsby supera il precedente record di 38,7 °C.",
     ("40,3 °C", "record di temperatura a Coningsby")),
    (PORTUGUESE, "O recorde de temperatura em Coningsby supera o recorde anterior de 38,7 °C.",
     ("40,3 °C", "recorde de temperatura em Coningsby")),
])
def test_the_previous_record_is_an_earlier_level(front: str, text: str,
                                                 record: tuple[str, str]) -> None:
    assert said(text, record, front=front) == []


def test_a_wrong_record_beside_the_previous_one_is_still_warned() -> None:
    text = ("The UK record temperature, at Coningsby, was 40.2C, beating the previous record "
            "of 38.7C.")
    assert said(text, ("40.3C", "UK record temperature, at Coningsby"),
                front=BRITISH) == ["'40.2C'"]


@pytest.mark.parametrize(("front", "text", "slips"), [
    (FRONT, "The maximum sustained winds at landfall, 120 mph, were 60 mph below the peak.", []),
    (FRONT, "The maximum sustained winds at landfall were 20 mph slower than at the peak.", []),
    (FRONT, "The maximum sustained winds at landfall were 130 mph, 50 mph below the peak.",
     ["'130 mph'"]),
    (FRENCH, "Les vents maximaux soutenus à l'arrivée sur les terres étaient de 30 km/h plus "
     "faibles qu'au pic.", []),
])
def test_a_speed_more_or_less_than_another_is_a_difference(front: str, text: str,
                                                           slips: list[str]) -> None:
    winds = ("120 mph (195 km/h)", "maximum sustained winds at landfall")
    if front == FRENCH:
        winds = ("195 km/h", "vents maximaux soutenus à l'arrivée sur les terres")
    assert said(text, winds, front=front) == slips


def test_a_french_warming_said_after_its_temperature() -> None:
    text = ("Le record de température au Royaume-Uni, à Coningsby, est de 2 °C plus élevé que "
            "la moyenne.")
    record = ("40,3 °C", "record de température au Royaume-Uni, à Coningsby")
    assert said(text, record, front=FRENCH) == []
