"""Amounts of economics prose compared with the key figures: rates, targets, tariffs raised
in steps, and reserves net and gross."""

from __future__ import annotations

import pytest

from .test_checks import FRENCH, FRONT, GERMAN, SPANISH, stated, warnings_of


def said_beside(text: str, figures: dict[str, str], front: str = FRONT) -> list[str]:
    """Return what the warnings say a summary's text states, beside the given key figures
    (value: label)."""
    items = "".join(f'  - value: "{value}"\n    label: "{label}"\n'
                    for value, label in figures.items())
    return stated(warnings_of(f"--- summary\n---\n{text}\n\n--- figures\nfigures:\n{items}---\n",
                              front))


TARIFF = {"145%": "US tariff on most Chinese goods"}


@pytest.mark.parametrize(("text", "said"), [
    # A level the sentence then takes on to another is an earlier one.
    ("In February the United States put a 10% tariff on all Chinese goods, and raised it "
     "to 20% in March.", []),
    ("The US tariff on most Chinese goods went from 10% to 84% and then to 125%.",
     ["'125%'"]),
    ("The US tariff on most Chinese goods was 10%, then rose to 145%.", []),
    # The last level is still compared, and a level given alone.
    ("The US tariff on most Chinese goods went from 10% to 84% and then to 145%.", []),
    ("The US tariff on most Chinese goods stood at 10% in February.", ["'10%'"]),
    ("The US tariff on most Chinese goods is 125%, and 10% on Canadian steel.", ["'125%'"]),
])
def test_a_sequence_of_levels_gives_earlier_levels_before_its_last(
        text: str, said: list[str]) -> None:
    assert said_beside(text, TARIFF) == said


@pytest.mark.parametrize(("text", "front", "figures", "said"), [
    ("Le droit de douane américain est passé à 10 %, puis à 125 %.", FRENCH,
     {"145 %": "droit de douane américain"}, ["'125 %'"]),
    ("El arancel estadounidense subió al 10 % y luego al 125 %.", SPANISH,
     {"145 %": "arancel estadounidense"}, ["'125 %'"]),
    ("Der US-Zoll stieg auf 10 % und dann auf 125 %.", GERMAN,
     {"145 %": "US-Zoll"}, ["'125 %'"]),
])
def test_a_sequence_of_levels_in_other_languages(
        text: str, front: str, figures: dict[str, str], said: list[str]) -> None:
    assert said_beside(text, figures, front) == said


@pytest.mark.parametrize(("text", "said"), [
    # What a level eased from is an earlier level; what it eased to is compared.
    ("Services inflation eased to 4.7% from 5.0%.", ["'4.7%'"]),
    ("Services inflation eased to 4.2% from 5.0%.", []),
])
def test_what_a_level_came_from_is_an_earlier_level(text: str, said: list[str]) -> None:
    assert said_beside(text, {"4.2%": "services inflation"}) == said


UNEMPLOYMENT = {"4.4%": "unemployment rate"}


@pytest.mark.parametrize(("text", "said"), [
    # "the rate" alone may be any rate: the Bank's, a mortgage's.
    ("The rate had peaked at 5.25% in August 2023.", []),
    ("Many must refinance at rates well above the 1% or 2% they locked in before 2022.", []),
    ("Two members voted to hold the rate at 5%.", []),
    # The word that says which rate relates the sentence, with or without the other.
    ("The unemployment rate is 4.9%.", ["'4.9%'"]),
    ("Unemployment rose to 4.9% in the spring.", ["'4.9%'"]),
    ("The unemployment rate is 4.4%.", []),
])
def test_a_label_s_noun_alone_does_not_say_which_of_its_kind(
        text: str, said: list[str]) -> None:
    assert said_beside(text, UNEMPLOYMENT) == said


def test_a_wrong_rate_in_a_takeaway_is_still_warned() -> None:
    body = "--- takeaways\ntakeaways:\n  - The unemployment rate is 4.9%.\n---\n" \
        "\n--- figures\nfigures:\n  - value: 4.4%\n    label: unemployment rate\n---\n"
    assert stated(warnings_of(body)) == ["'4.9%'"]


@pytest.mark.parametrize(("text", "said"), [
    # In French the noun comes first, and the word that says which rate after it.
    ("Le taux de chômage est de 7,9 %.", []),
    ("Le taux a été porté à 5 %.", []),
    ("Le taux directeur a été porté à 5 %.", ["'5 %'"]),
])
def test_a_noun_alone_in_french_whose_qualifier_follows(text: str, said: list[str]) -> None:
    assert said_beside(text, {"3,5 %": "taux directeur"}, FRENCH) == said


TARGET = {"2%": "the Bank of England's inflation target"}
FED = {"4.25%–4.5%": "the Fed's target range for the federal funds rate"}


@pytest.mark.parametrize(("text", "figures", "said"), [
    # A target is a bound set: inflation itself is a level reached.
    ("Services inflation, which the Bank watches most closely, eased to 4.7% from 5.0%.",
     TARGET, []),
    ("Inflation in the UK fell to 3.8%, the Bank of England said.", TARGET, []),
    # A sentence that speaks of the target is compared.
    ("The Bank of England's inflation target is 3%.", TARGET, ["'3%'"]),
    ("Inflation fell to 3.8%, well above the Bank's 3% target.", TARGET, ["'3%'"]),
    # A target for a rate is the rate as the bank sets it.
    ("The Fed left the federal funds rate at 5%.", FED, ["'5%'"]),
    ("The Fed left the federal funds rate at 4.5%.", FED, []),
])
def test_a_target_is_a_bound_set_not_a_level_reached(
        text: str, figures: dict[str, str], said: list[str]) -> None:
    assert said_beside(text, figures) == said


RESERVES = {"$98.5bn": "the central bank's gross reserves"}


@pytest.mark.parametrize(("text", "said"), [
    # Net reserves are not gross reserves, whatever else the two share.
    ("The central bank's net reserves were negative at minus $15 billion.", []),
    ("The central bank's gross reserves were $90 billion.", ["'$90 billion'"]),
    ("The central bank's reserves were $90 billion.", ["'$90 billion'"]),
])
def test_net_and_gross_are_two_amounts(text: str, said: list[str]) -> None:
    assert said_beside(text, RESERVES) == said


def test_net_and_gross_in_german() -> None:
    text = "Die Nettoreserven der Zentralbank lagen bei 15 Mrd. Dollar. Die Netto-Reserven " \
        "der Zentralbank lagen bei 15 Mrd. Dollar."
    figures = {"98,5 Mrd. Dollar": "Brutto-Reserven der Zentralbank"}
    assert said_beside(text, figures, GERMAN) == []


ARGENTINE = SPANISH.replace("language: es", "language: es-AR")
YEARLY = {"211,4 %": "inflación interanual en diciembre de 2023"}


@pytest.mark.parametrize(("text", "front", "figures", "said"), [
    # A rate over a month is not one over a year, in the same month.
    ("La inflación mensual llegó al 25,5 % en diciembre de 2023.", ARGENTINE, YEARLY, []),
    ("La inflación interanual llegó al 211,8 % en diciembre de 2023.", ARGENTINE, YEARLY,
     ["'211,8 %'"]),
    ("Die monatliche Inflationsrate lag bei 0,4 %.", GERMAN,
     {"2,2 %": "jährliche Inflationsrate"}, []),
    ("Die jährliche Inflationsrate lag bei 0,4 %.", GERMAN,
     {"2,2 %": "jährliche Inflationsrate"}, ["'0,4 %'"]),
    ("Monthly inflation was 0.4% in October.", FRONT,
     {"2.6%": "annual inflation in October"}, []),
])
def test_a_monthly_rate_is_not_a_yearly_one(
        text: str, front: str, figures: dict[str, str], said: list[str]) -> None:
    assert said_beside(text, figures, front) == said


MONTHLY = {"2,7 %": "inflación mensual"}
SERIES = "La inflación mensual fue del 25,5 % en diciembre, 20,6 % en enero, 13,2 % en " \
    "febrero, 11 % en marzo, 8,8 % en abril y {} en mayo."


@pytest.mark.parametrize(("text", "front", "figures", "said"), [
    # Each level of a series of its own month is an earlier one, but the last.
    (SERIES.format("2,7 %"), ARGENTINE, MONTHLY, []),
    (SERIES.format("4,2 %"), ARGENTINE, MONTHLY, ["'4,2 %'"]),
    ("Die Inflationsrate lag im Januar bei 2,8 %, im Februar bei 2,5 % und im März bei "
     "2,2 %.", GERMAN, {"2,2 %": "Inflationsrate"}, []),
    ("Inflation was 4% in 2023 and 3.1% in 2024.", FRONT, {"3.5%": "inflation"}, ["'3.1%'"]),
    # A month and its year are one time: two amounts of it are no series.
    ("El FMI aprobó US$ 25.000 millones en abril de 2025.", ARGENTINE,
     {"US$ 20.000 millones": "préstamo del FMI aprobado en abril de 2025"},
     ["'US$ 25.000 millones'"]),
    ("El FMI aprobó US$ 25.000 millones en abril de 2025 y desembolsó US$ 20.000 millones.",
     ARGENTINE, {"US$ 25.000 millones": "préstamo del FMI aprobado en abril de 2025"}, []),
])
def test_a_series_of_levels_each_of_its_month_gives_earlier_levels(
        text: str, front: str, figures: dict[str, str], said: list[str]) -> None:
    assert said_beside(text, figures, front) == said


POVERTY = {"52,9 %": "pobreza en el primer semestre de 2024"}


@pytest.mark.parametrize(("text", "front", "figures", "said"), [
    # A sentence that shares a label's time alone speaks of another thing.
    ("La indigencia llegó al 18,1 % en el primer semestre de 2024.", ARGENTINE, POVERTY, []),
    ("La pobreza llegó al 51,9 % en el primer semestre de 2024.", ARGENTINE, POVERTY,
     ["'51,9 %'"]),
    ("Der Umsatz lag im dritten Quartal 2024 bei 78,5 Mrd. Euro.", GERMAN,
     {"2,86 Mrd. Euro": "Ergebnis im dritten Quartal 2024"}, []),
    ("Das Ergebnis lag im dritten Quartal 2024 bei 2,68 Mrd. Euro.", GERMAN,
     {"2,86 Mrd. Euro": "Ergebnis im dritten Quartal 2024"}, ["'2,68 Mrd. Euro'"]),
    ("Revenue was $25 billion in the third quarter of 2024.", FRONT,
     {"$2.9 billion": "profit in the third quarter of 2024"}, []),
])
def test_a_time_shared_alone_relates_no_figure(
        text: str, front: str, figures: dict[str, str], said: list[str]) -> None:
    assert said_beside(text, figures, front) == said


RATE_RISE = """
--- figures
figures:
  - value: 700 basis points
    label: rise in the central bank's rates on 8 April 2022
---
"""


def test_a_timeline_event_of_another_year_is_not_the_labels() -> None:
    # An entry of a chronology speaks of its date: a cut in 2023 is not the rise of 2022,
    # while an event of 2022 that gives the rise otherwise still warns, at its line.
    timeline = """
--- timeline
source: https://example.org/
events:
  - date: 2022-04-08
    title: The central bank raises its rates by 500 basis points
  - date: 2023-06-01
    title: The central bank cuts its rates by 250 basis points
---
"""
    assert warnings_of(timeline + RATE_RISE) == [
        "content/x.md:11:49: warning: timeline event says '500 basis points' but the key "
        "figure 'rise in the central bank\u2019s rates on 8 April 2022' (line 18) says '700 "
        "basis points'"]


PEAKS = [
    ("en", "China's highest counter-tariff on US goods",
     "After the talks China's counter-tariff on US goods fell to 10%.", []),
    ("en", "China's highest counter-tariff on US goods",
     "China's counter-tariff on US goods peaked at 120%.", ["'120%'"]),
    # A level reached is the peak as often as not, in English: held unless it says a fall.
    ("en", "China's highest counter-tariff on US goods",
     "China's counter-tariff on US goods reached 120%.", ["'120%'"]),
    ("en", "China's lowest counter-tariff on US goods",
     "After the talks China's counter-tariff on US goods rose to 10%.", []),
    # A word of a move that takes the level to no amount says nothing of it.
    ("en", "China's highest counter-tariff on US goods",
     "China's counter-tariff on US goods stood at 120%, which cut trade.", ["'120%'"]),
    ("zh", "中方反制关税的最高税率", "会谈后，中方反制关税降至10%。", []),
    ("zh", "中方反制关税的最高税率", "中方反制关税最高升至120%。", ["'120%'"]),
    ("zh", "中方反制关税", "会谈后，中方反制关税降至10%。", ["'10%'"]),  # no peak named
    ("ja", "中国の報復関税の最高税率", "協議後、中国の報復関税は10%に下がった。", []),
    ("ja", "中国の報復関税の最高税率", "中国の報復関税は一時120%に達した。", ["'120%'"]),
    ("ko", "중국 보복관세의 최고 세율", "협상 뒤 중국 보복관세는 10%로 내렸다.", []),
    ("ko", "중국 보복관세의 최고 세율", "중국 보복관세는 한때 120%에 달했다.", ["'120%'"]),
]


@pytest.mark.parametrize(("language", "label", "text", "said"), PEAKS)
def test_a_figure_of_a_peak_is_held_only_against_a_peak(language: str, label: str, text: str,
                                                         said: list[str]) -> None:
    """A level now is not the peak a label names; a peak said otherwise is warned of."""
    front = f"---\ntitle: T\ndek: D\npublished: 2025-05-20\nlanguage: {language}\n---\n"
    assert said_beside(text, {"125%": label}, front) == said
