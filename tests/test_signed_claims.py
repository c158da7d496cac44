"""Amounts below zero, by a sign or a word ("−$15bn", "minus $15 billion"), compared with
the key figures as such: a sign lost is a warning, a sign kept is none."""

from __future__ import annotations

import pytest

from .test_checks import FRENCH, FRONT, GERMAN, SPANISH, stated, warnings_of

ITALIAN = FRENCH.replace("language: fr", "language: it")
PORTUGUESE = FRENCH.replace("language: fr", "language: pt")


def said_beside(text: str, value: str, label: str, front: str = FRONT) -> list[str]:
    """Return what the warnings say a summary's text states, beside one key figure."""
    return stated(warnings_of(f'--- summary\n---\n{text}\n\n--- figures\nfigures:\n'
                              f'  - value: "{value}"\n    label: "{label}"\n---\n', front))


@pytest.mark.parametrize(("text", "value", "said"), [
    ("Net reserves were $15 billion.", "−$15bn", ["'$15 billion'"]),
    ("Net reserves were $15 billion.", "-15 billion dollars", ["'$15 billion'"]),
    ("Net reserves were minus $15 billion.", "$15bn", ["'minus $15 billion'"]),
    ("Net reserves were −$15bn.", "$15bn", ["'−$15bn'"]),
    ("Net reserves were 2.1% of GDP.", "−2.1%", ["'2.1%'"]),
    ("Net reserves were more than minus $15 billion.", "−$14bn", ["'minus $15 billion'"]),
])
def test_an_amount_whose_sign_is_lost_or_added_is_a_warning(
        text: str, value: str, said: list[str]) -> None:
    assert said_beside(text, value, "net reserves") == said


@pytest.mark.parametrize(("text", "value"), [
    ("Net reserves were minus $15 billion.", "−$15bn"),
    ("Net reserves were minus $15 billion.", "-15 billion dollars"),
    ("Net reserves were −$15bn.", "-15 billion dollars"),
    ("Net reserves stood at -$15 billion (−2.1% of GDP).", "−$15bn"),
    ("Net reserves were minus 2.1% of GDP.", "−2.1%"),
    # A qualifier allows as much below zero as above it.
    ("Net reserves were about minus $15 billion.", "−$16bn"),
    ("Net reserves were nearly minus $15 billion.", "−$14.5bn"),
    ("Net reserves were more than minus $15 billion.", "−$16bn"),
    ("Net reserves were $15 billion.", "$15bn"),
    ("Net reserves ranged over $10-$15 billion.", "$15bn"),
])
def test_an_amount_given_with_its_sign_is_no_warning(text: str, value: str) -> None:
    assert said_beside(text, value, "net reserves") == []


@pytest.mark.parametrize(("text", "value"), [
    # A change is no level below zero, as before: neither a word nor a noun of falling.
    ("Net reserves were down 15%.", "−15%"),
    ("Net reserves were down 15%.", "15%"),
    ("Net reserves fell 15% in a year.", "−15%"),
    # The size of a fall is that of a figure of it, below zero or not.
    ("Net reserves saw a 15% fall in a year.", "−15%"),
    ("Net reserves saw a 15% fall in a year.", "15%"),
    ("Net reserves posted a $15 billion loss.", "−$15bn"),
])
def test_a_change_is_no_sign(text: str, value: str) -> None:
    assert said_beside(text, value, "net reserves") == []


def test_a_fall_of_another_size_is_still_a_warning() -> None:
    assert said_beside("Net reserves saw a 12% fall in a year.", "−15%", "net reserves") == \
        ["'12%'"]


@pytest.mark.parametrize(("front", "label", "value", "signed", "lost"), [
    (FRENCH, "réserves nettes", "−15 milliards de dollars",
     "Les réserves nettes étaient de moins 15 milliards de dollars.",
     "Les réserves nettes étaient de 15 milliards de dollars."),
    (SPANISH, "reservas netas", "−15.000 millones de dólares",
     "Las reservas netas eran de menos 15.000 millones de dólares.",
     "Las reservas netas eran de 15.000 millones de dólares."),
    (GERMAN, "Nettoreserven", "−15 Milliarden Dollar",
     "Die Nettoreserven lagen bei minus 15 Milliarden Dollar.",
     "Die Nettoreserven lagen bei 15 Milliarden Dollar."),
    (ITALIAN, "riserve nette", "−15 miliardi di dollari",
     "Le riserve nette erano pari a meno 15 miliardi di dollari.",
     "Le riserve nette erano pari a 15 miliardi di dollari."),
    (PORTUGUESE, "reservas líquidas", "−15 bilhões de dólares",
     "As reservas líquidas eram de menos 15 bilhões de dólares.",
     "As reservas líquidas eram de 15 bilhões de dólares."),
])
def test_a_word_for_a_sign_in_other_languages(
        front: str, label: str, value: str, signed: str, lost: str) -> None:
    assert said_beside(signed, value, label, front) == []
    assert len(said_beside(lost, value, label, front)) == 1


@pytest.mark.parametrize(("text", "value", "said"), [
    ("Die Nettoreserven lagen bei minus 15 Milliarden Dollar.", "15 Milliarden Dollar",
     ["'minus 15 Milliarden Dollar'"]),
    ("Die Nettoreserven lagen bei minus 15 Prozent.", "−15 %", []),
    ("Die Nettoreserven lagen bei 15 Prozent.", "−15 %", ["'15 Prozent'"]),
    # A minus as a noun is a change, as before.
    ("Die Nettoreserven verzeichneten ein Minus von 15 Prozent.", "−15 %", []),
    ("Die Nettoreserven verzeichneten ein Minus von 15 Prozent.", "15 %", []),
])
def test_minus_in_german_is_a_sign_before_an_amount_and_a_change_as_a_noun(
        text: str, value: str, said: list[str]) -> None:
    assert said_beside(text, value, "Nettoreserven", GERMAN) == said


@pytest.mark.parametrize(("front", "label", "text"), [
    (FRENCH, "réserves nettes", "Les réserves nettes étaient d'au moins 15 milliards de dollars."),
    (FRENCH, "réserves nettes", "Les réserves nettes étaient de plus ou moins 15 milliards "
                                "de dollars."),
    (SPANISH, "reservas netas", "Las reservas netas eran de al menos 15.000 millones de dólares."),
    (PORTUGUESE, "reservas líquidas", "As reservas líquidas eram de pelo menos 15 bilhões de "
                                      "dólares."),
    (ITALIAN, "riserve nette", "Le riserve nette erano più o meno 15 miliardi di dollari."),
])
def test_a_word_for_a_sign_in_a_phrase_of_its_own_is_none(front: str, label: str,
                                                          text: str) -> None:
    value = {FRENCH: "15 milliards de dollars", SPANISH: "15.000 millones de dólares",
             PORTUGUESE: "15 bilhões de dólares", ITALIAN: "15 miliardi di dollari"}[front]
    assert said_beside(text, value, label, front) == []


@pytest.mark.parametrize(("front", "label", "value", "within", "outside"), [
    (FRONT, "net reserves", "−3% to −2%", "Net reserves were minus 2% of GDP.",
     "Net reserves were minus 5% of GDP."),
    (FRONT, "net reserves", "between -3% and -2%", "Net reserves were −2% of GDP.",
     "Net reserves were 2% of GDP."),
    (FRONT, "net reserves", "-$3bn to -$2bn", "Net reserves were minus $2 billion.",
     "Net reserves were $2 billion."),
    (FRENCH, "réserves nettes", "−3 % à −2 %",
     "Les réserves nettes étaient de moins 2 % du PIB.",
     "Les réserves nettes étaient de 2 % du PIB."),
    (SPANISH, "reservas netas", "entre menos 3 y menos 2 %",
     "Las reservas netas eran de −3 % del PIB.", "Las reservas netas eran de −4 % del PIB."),
    (GERMAN, "Nettoreserven", "−3 bis −2 %", "Die Nettoreserven lagen bei minus 3 Prozent.",
     "Die Nettoreserven lagen bei 3 Prozent."),
    (ITALIAN, "riserve nette", "da −3% a −2%", "Le riserve nette erano pari a meno 2%.",
     "Le riserve nette erano pari a meno 6%."),
    (PORTUGUESE, "reservas líquidas", "entre −3% e −2%",
     "As reservas líquidas eram de menos 2%.", "As reservas líquidas eram de 2%."),
])
def test_a_range_below_zero_holds_its_amounts_and_no_other(
        front: str, label: str, value: str, within: str, outside: str) -> None:
    assert said_beside(within, value, label, front) == []
    assert len(said_beside(outside, value, label, front)) == 1


def test_a_joining_hyphen_is_no_sign_of_a_range_end() -> None:
    assert said_beside("Net reserves were 15% of GDP.", "10-15%", "net reserves") == []
    assert said_beside("Net reserves were −15% of GDP.", "10-15%", "net reserves") == \
        ["'−15%'"]
