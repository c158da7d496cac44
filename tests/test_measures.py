"""Areas, lengths and speeds given by their unit ("9,001 km²", "1,200 sq mi", "120 km",
"130 mph"), compared with the key figures in every language the checks read."""

from __future__ import annotations

import pytest

from .test_added_amounts import ITALIAN, PORTUGUESE, figures
from .test_checks import FRENCH, FRONT, GERMAN, SPANISH, stated, warnings_of


@pytest.mark.parametrize(("front", "value", "label", "right", "slip", "said"), [
    (FRONT, "9,001 km²", "area of the park", "The park's area is 9,001 km².",
     "The park's area is 8,000 km².", "'8,000 km²'"),
    (FRONT, "9,001 km²", "area of the park", "The area of the park is 9,001 sq km.",
     "The area of the park is 9,100 km2.", "'9,100 km2'"),
    (FRONT, "1,200 sq mi", "area of the park", "The park's area is 1,200 square miles.",
     "The park's area is 1,000 sq mi.", "'1,000 sq mi'"),
    (FRONT, "120 km", "border with Chad", "The border with Chad runs 120 kilometres.",
     "The border with Chad runs 210 km.", "'210 km'"),
    (GERMAN, "9.001 km²", "Fläche des Parks", "Die Fläche des Parks beträgt 9.001 km².",
     "Die Fläche des Parks beträgt 8.000 Quadratkilometer.", "'8.000 Quadratkilometer'"),
    (GERMAN, "3.500 Hektar", "Fläche des Parks", "Die Fläche des Parks beträgt 3.500 Hektar.",
     "Die Fläche des Parks beträgt 3.200 Hektar.", "'3.200 Hektar'"),
    (ITALIAN, "9.001 km²", "superficie del parco", "La superficie del parco è di 9.001 km².",
     "La superficie del parco è di 8.000 km².", "'8.000 km²'"),
    (FRENCH, "9 001 km²", "superficie du parc", "La superficie du parc est de 9 001 km².",
     "La superficie du parc est de 8 000 kilomètres carrés.", "'8 000 kilomètres carrés'"),
    (SPANISH, "9.001 km²", "superficie del parque", "La superficie del parque es de 9.001 km².",
     "La superficie del parque es de 8.000 km².", "'8.000 km²'"),
    (PORTUGUESE, "9.001 km²", "área do parque", "A área do parque é de 9.001 km².",
     "A área do parque é de 8.000 km².", "'8.000 km²'"),
])
def test_an_area_or_a_length_is_compared_with_its_figure(front: str, value: str, label: str,
                                                         right: str, slip: str,
                                                         said: str) -> None:
    section = figures((value, label))
    assert warnings_of(f"--- summary\n---\n{right}\n" + section, front) == []
    assert stated(warnings_of(f"--- summary\n---\n{slip}\n" + section, front)) == [said]


@pytest.mark.parametrize("text", [
    # Another unit, or a length beside an area, is another thing.
    "The park's area is 9,001 km², and its border runs 310 km.",
    "The park's area is 3,000 hectares of old forest.",
    # A unit after a name's digits gives no amount.
    "The park's area is crossed by the A320 km by km.",
])
def test_other_units_are_other_things(text: str) -> None:
    assert warnings_of(f"--- summary\n---\n{text}\n" + figures(("9,001 km²", "area of the park"))
                       ) == []


@pytest.mark.parametrize(("front", "label", "speed"), [
    (FRONT, "length of the new motorway",
     "Cars may drive at 130 km/h on the new motorway, and trucks at 80 km / h."),
    (FRONT, "length of the new motorway",
     "The speed limit on the new motorway will be 130 kilometres per hour."),
    (FRENCH, "longueur de la nouvelle autoroute",
     "Sur la nouvelle autoroute, la vitesse est limitée à 130 km à l'heure."),
    (GERMAN, "Länge der neuen Autobahn", "Auf der neuen Autobahn gilt Tempo 130 km pro Stunde."),
    (SPANISH, "longitud de la nueva autopista",
     "En la nueva autopista se podrá circular a 130 kilómetros por hora."),
    (ITALIAN, "lunghezza della nuova autostrada",
     "Sulla nuova autostrada si potrà viaggiare a 130 chilometri all'ora."),
])
def test_a_speed_is_no_length(front: str, label: str, speed: str) -> None:
    # A motorway 120 km long, on which one drives at 130 km/h: no slip.
    assert warnings_of(f"--- summary\n---\n{speed}\n" + figures(("120 km", label)), front) == []


@pytest.mark.parametrize(("front", "value", "label", "right", "slip", "said"), [
    (FRONT, "130 mph", "top sustained winds at landfall",
     "Helene's top sustained winds at landfall were 130 miles per hour.",
     "Helene made landfall with top sustained winds of 140 mph.", "'140 mph'"),
    (FRONT, "130 mph", "top sustained winds at landfall",
     "At landfall, a 130-mph wind was the top sustained one.",
     "At landfall, Helene's top sustained winds were a 140-mph blast.", "'140-mph'"),
    (FRONT, "210 km/h", "top sustained winds at landfall",
     "The top sustained winds at landfall were 210 kilometres per hour.",
     "The top sustained winds at landfall were 225 km/h.", "'225 km/h'"),
    (GERMAN, "210 km/h", "Windgeschwindigkeit beim Landfall",
     "Die Windgeschwindigkeit beim Landfall lag bei 210 Stundenkilometern.",
     "Die Windgeschwindigkeit beim Landfall lag bei 225 km/h.", "'225 km/h'"),
])
def test_a_speed_is_compared_with_its_figure(front: str, value: str, label: str, right: str,
                                             slip: str, said: str) -> None:
    section = figures((value, label))
    assert warnings_of(f"--- summary\n---\n{right}\n" + section, front) == []
    assert stated(warnings_of(f"--- summary\n---\n{slip}\n" + section, front)) == [said]


@pytest.mark.parametrize(("front", "value", "label", "right", "slip", "said"), [
    (FRONT, "47.2 °C", "highest temperature, in Kayes", "Temperatures reached 47.2C in Kayes.",
     "Temperatures reached 47.9C in Kayes.", "'47.9C'"),
    (FRONT, "117 °F", "highest temperature, in Kayes",
     "The highest temperature in Kayes was 117 degrees Fahrenheit.",
     "The highest temperature in Kayes was 119F.", "'119F'"),
    (FRONT, "-173 °C", "night-time temperature at the landing site",
     "The night-time temperature at the landing site falls to −173C.",
     "The night-time temperature at the landing site falls to 173C.", "'173C'"),
    (FRONT, "−173 °C", "night-time temperature at the landing site",
     "The night-time temperature at the landing site falls to minus 173 degrees Celsius.",
     "The night-time temperature at the landing site falls to 173 degrees Celsius.",
     "'173 degrees Celsius'"),
    (GERMAN, "−40 °C", "tiefste Temperatur in Oimjakon",
     "Die tiefste Temperatur in Oimjakon lag bei minus 40 Grad Celsius.",
     "Die tiefste Temperatur in Oimjakon lag bei 40 Grad Celsius.", "'40 Grad Celsius'"),
    (FRENCH, "47,2 °C", "température la plus élevée, à Kayes",
     "La température la plus élevée à Kayes a atteint 47,2 degrés Celsius.",
     "La température la plus élevée à Kayes a atteint 47,9 °C.", "'47,9 °C'"),
    (GERMAN, "47,2 °C", "höchste Temperatur in Kayes",
     "Die höchste Temperatur in Kayes lag bei 47,2 Grad Celsius.",
     "Die höchste Temperatur in Kayes lag bei 47,9 ℃.", "'47,9 ℃'"),
    (SPANISH, "47,2 °C", "temperatura más alta en Kayes",
     "La temperatura más alta en Kayes llegó a 47,2 grados centígrados.",
     "La temperatura más alta en Kayes llegó a 47,9 grados centígrados.",
     "'47,9 grados centígrados'"),
])
def test_a_temperature_is_compared_with_its_figure(front: str, value: str, label: str,
                                                   right: str, slip: str, said: str) -> None:
    section = figures((value, label))
    assert warnings_of(f"--- summary\n---\n{right}\n" + section, front) == []
    assert stated(warnings_of(f"--- summary\n---\n{slip}\n" + section, front)) == [said]


@pytest.mark.parametrize("text", [
    # The other scale, a change, cents and a letter after a space are no level in °C.
    "The highest temperature in Kayes was 117F.",
    "The highest temperature in Kayes has risen 1.5C since 1980.",
    "The highest temperature in Kayes sent water prices up to 45c a litre.",
    "The highest temperature in Kayes is in Section 45 C of the report.",
])
def test_what_is_no_temperature_of_the_figure_s_scale(text: str) -> None:
    section = figures(("47.2 °C", "highest temperature, in Kayes"))
    assert warnings_of(f"--- summary\n---\n{text}\n" + section) == []


@pytest.mark.parametrize(("front", "value", "label", "right", "slip", "said"), [
    # A span given in kilometres in the text and in metres in the figure, as Italian papers
    # write it; the towers' height beside it is another length.
    (ITALIAN, "3.300 metri", "lunghezza della campata unica",
     "Il ponte avrà una campata unica di 3,3 km, sospesa a due torri alte 399 metri.",
     "Il ponte avrà una campata unica di 3,4 km.", "'3,4 km'"),
    (ITALIAN, "3,3 km", "lunghezza della campata unica",
     "La campata unica sarà lunga 3.300 metri.", "La campata unica sarà lunga 3.000 metri.",
     "'3.000 metri'"),
    (PORTUGUESE, "5,35 metros", "nível máximo do Guaíba em Porto Alegre",
     "Em Porto Alegre, o nível do Guaíba chegou ao máximo de 5,35 m.",
     "Em Porto Alegre, o nível do Guaíba chegou ao máximo de 5,53 m.", "'5,53 m'"),
    (FRONT, "120 km", "border with Chad", "The border with Chad runs 120,000 metres.",
     "The border with Chad runs 12,000 meters.", "'12,000 meters'"),
    (FRONT, "250 mm", "rain in a day in Porto Alegre",
     "Porto Alegre had 25 centimetres of rain in a day.",
     "Porto Alegre had 25 mm of rain in a day.", "'25 mm'"),
    # A length whose number has a scale word: "2.25 million km" is 2,250,000 km.
    (FRONT, "2.25 million km", "distance Orion flew to the Moon and back",
     "Orion flew 2,250,000 kilometres to the Moon and back.",
     "Orion flew 2.9 million km to the Moon and back.", "'2.9 million km'"),
    (FRONT, "1.4 million miles", "distance Orion flew to the Moon and back",
     "Orion flew 1,400,000 miles to the Moon and back.",
     "Orion flew 1.5m miles to the Moon and back.", "'1.5m miles'"),
    (ITALIAN, "2,25 milioni di km", "distanza percorsa da Orion",
     "La distanza percorsa da Orion è di 2.250.000 chilometri.",
     "La distanza percorsa da Orion è di 2,9 milioni di chilometri.",
     "'2,9 milioni di chilometri'"),
    (FRENCH, "2,25 millions de km", "distance parcourue par Orion",
     "La distance parcourue par Orion est de 2 250 000 km.",
     "La distance parcourue par Orion est de 2,9 millions de kilomètres.",
     "'2,9 millions de kilomètres'"),
])
def test_a_length_is_one_in_any_of_its_units(front: str, value: str, label: str, right: str,
                                             slip: str, said: str) -> None:
    section = figures((value, label))
    assert warnings_of(f"--- summary\n---\n{right}\n" + section, front) == []
    assert stated(warnings_of(f"--- summary\n---\n{slip}\n" + section, front)) == [said]


@pytest.mark.parametrize(("front", "text"), [
    # Millions joined to their number, a city's railway, an area and a volume are no length.
    (FRONT, "The border with Chad was crossed by 5m people, at 10 metro stations."),
    (ITALIAN, "Il confine con il Ciad ha un posto di frontiera di 120 metri quadrati."),
    (PORTUGUESE, "A fronteira com o Chade tem uma represa de 120 metros cúbicos."),
])
def test_what_is_no_length(front: str, text: str) -> None:
    label = "confine con il Ciad" if front == ITALIAN else "border with Chad"
    label = "fronteira com o Chade" if front == PORTUGUESE else label
    assert warnings_of(f"--- summary\n---\n{text}\n" + figures(("120 km", label)), front) == []


@pytest.mark.parametrize(("front", "value", "label", "right", "slip", "said"), [
    (FRONT, "150 MW", "power xAI's data centre draws",
     "xAI's data centre draws 150 megawatts of power.",
     "xAI's data centre draws 200 megawatts of power.", "'200 megawatts'"),
    (FRONT, "150 megawatts", "power xAI's data centre draws",
     "xAI's data centre draws 0.15 GW of power.",
     "xAI's data centre draws 150 kW of power.", "'150 kW'"),
    (FRONT, "415 TWh", "electricity data centres used in 2024",
     "Data centres used 415 terawatt-hours of electricity in 2024.",
     "Data centres used 460 TWh of electricity in 2024.", "'460 TWh'"),
    (FRENCH, "150 MW", "puissance du centre de données de xAI",
     "La puissance du centre de données de xAI atteint 150 mégawatts.",
     "La puissance du centre de données de xAI atteint 200 MW.", "'200 MW'"),
])
def test_power_and_energy_are_compared_with_their_figure(front: str, value: str, label: str,
                                                         right: str, slip: str,
                                                         said: str) -> None:
    section = figures((value, label))
    assert warnings_of(f"--- summary\n---\n{right}\n" + section, front) == []
    assert stated(warnings_of(f"--- summary\n---\n{slip}\n" + section, front)) == [said]


@pytest.mark.parametrize(("front", "value", "label", "right", "slip", "said"), [
    (FRONT, "9.79 s", "Noah Lyles's winning time in the 100 metres",
     "Noah Lyles won the 100 metres in 9.79 seconds.",
     "Noah Lyles won the 100 metres in 9.78 seconds.", "'9.78 seconds'"),
    (FRONT, "12 min", "time the fire crews took to arrive",
     "The fire crews took 12 minutes to arrive.",
     "The fire crews took 15 minutes to arrive.", "'15 minutes'"),
    (FRONT, "48 h", "time the rescuers searched the rubble",
     "The rescuers searched the rubble for 48 hours.",
     "The rescuers searched the rubble for 72 hours.", "'72 hours'"),
    (FRENCH, "9,79 s", "temps de Noah Lyles sur 100 mètres",
     "Noah Lyles a couru le 100 mètres en 9,79 secondes.",
     "Noah Lyles a couru le 100 mètres en 9,78 secondes.", "'9,78 secondes'"),
    (GERMAN, "9,79 s", "Siegerzeit von Noah Lyles über 100 Meter",
     "Noah Lyles lief die 100 Meter in 9,79 Sekunden.",
     "Noah Lyles lief die 100 Meter in 9,78 Sekunden.", "'9,78 Sekunden'"),
])
def test_a_time_a_figure_gives_by_its_symbol_is_one_the_text_counts(
        front: str, value: str, label: str, right: str, slip: str, said: str) -> None:
    section = figures((value, label))
    assert warnings_of(f"--- summary\n---\n{right}\n" + section, front) == []
    assert stated(warnings_of(f"--- summary\n---\n{slip}\n" + section, front)) == [said]


@pytest.mark.parametrize(("value", "label", "right", "slip"), [
    # A symbol joined to its number, or after a no-break space, is one too.
    ("9.79s", "Noah Lyles's winning time in the 100 metres",
     "Noah Lyles won the 100 metres in 9.79 seconds.",
     "Noah Lyles won the 100 metres in 9.78 seconds."),
    ("9.79\u00a0sec", "Noah Lyles's winning time in the 100 metres",
     "Noah Lyles won the 100 metres in 9.79 seconds.",
     "Noah Lyles won the 100 metres in 9.78 seconds."),
    # A word that a symbol's letters open is no symbol: "26 sets" counts sets.
    ("26 sets", "sets Nadal won at Roland Garros", "Nadal won 26 sets at Roland Garros.",
     "Nadal won 27 sets at Roland Garros."),
])
def test_a_symbol_of_time_is_read_only_as_a_word_of_its_own(
        value: str, label: str, right: str, slip: str) -> None:
    section = figures((value, label))
    assert warnings_of(f"--- summary\n---\n{right}\n" + section) == []
    assert len(warnings_of(f"--- summary\n---\n{slip}\n" + section)) == 1


@pytest.mark.parametrize(("value", "label", "text"), [
    # The number of a model ("F-35s", "T-72s", "Boeing 747s") and a decade are no seconds.
    ("24 F-35s", "F-35s Poland ordered",
     "Poland ordered the jets in a vote that took 30 seconds."),
    ("1,000 T-72s", "T-72s Russia lost", "Russia lost its T-72s in fights of 90 seconds."),
    ("12 Boeing 747s", "Boeing 747s the airline bought",
     "The airline bought them in a deal closed in 40 seconds."),
    ("the 80s", "decade the band had its hits", "The band had its hits in songs of 180 seconds."),
])
def test_an_s_after_a_model_or_a_decade_is_no_time(value: str, label: str, text: str) -> None:
    section = figures((value, label))
    assert warnings_of(f"--- summary\n---\n{text}\n" + section) == []
    timed = figures(("24 s", label))  # a time the figure gives by its symbol still warns
    assert len(warnings_of(f"--- summary\n---\n{text}\n" + timed)) == 1


RUSSIAN = FRENCH.replace("language: fr", "language: ru")


@pytest.mark.parametrize(("front", "value", "label", "right", "slip", "said"), [
    # A unit written out in the explainer's language, as CLDR names it, is its symbol's;
    # one CLDR names none of is one of its units per another.
    (SPANISH, "491 l/m²", "lluvia en Turís",
     "La lluvia en Turís fue de 491 litros por metro cuadrado.",
     "La lluvia en Turís fue de 591 litros por metro cuadrado.",
     "'591 litros por metro cuadrado'"),
    (SPANISH, "130 mph", "vientos sostenidos de Milton",
     "Los vientos sostenidos de Milton alcanzaron 130 millas por hora.",
     "Los vientos sostenidos de Milton alcanzaron 150 millas por hora.",
     "'150 millas por hora'"),
    (ITALIAN, "2.300 m³/s", "portata del Po a Pontelagoscuro",
     "La portata del Po a Pontelagoscuro è di 2.300 metri cubi al secondo.",
     "La portata del Po a Pontelagoscuro è di 3.300 metri cubi al secondo.",
     "'3.300 metri cubi al secondo'"),
    (GERMAN, "210 mph", "Windgeschwindigkeit von Milton",
     "Die Windgeschwindigkeit von Milton erreichte 210 Meilen pro Stunde.",
     "Die Windgeschwindigkeit von Milton erreichte 250 Meilen pro Stunde.",
     "'250 Meilen pro Stunde'"),
    (FRENCH, "30 l/m²", "pluie tombée sur Nîmes", "Il est tombé 30 litres par mètre carré "
     "de pluie sur Nîmes.", "Il est tombé 40 litres par mètre carré de pluie sur Nîmes.",
     "'40 litres par mètre carré'"),
    (RUSSIAN, "7000 m³/s", "расход воды в Волге у Волгограда",
     "Расход воды в Волге у Волгограда достиг 7000 кубических метров в секунду.",
     "Расход воды в Волге у Волгограда достиг 8000 кубических метров в секунду.",
     "'8000 кубических метров в секунду'"),
])
def test_a_unit_written_out_is_its_symbol(front: str, value: str, label: str, right: str,
                                          slip: str, said: str) -> None:
    section = figures((value, label))
    assert warnings_of(f"--- summary\n---\n{right}\n" + section, front) == []
    assert stated(warnings_of(f"--- summary\n---\n{slip}\n" + section, front)) == [said]
