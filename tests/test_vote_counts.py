"""A sentence's votes for, against and abstaining that do not add up to the total it says was
cast is a warning."""

from __future__ import annotations

import pytest

from .test_checks import warnings_of


def summary_warnings(prose: str, language: str) -> list[str]:
    """Return the warnings about votes cast, for prose in a summary in a language."""
    front = f"---\ntitle: T\ndek: D\npublished: 2025-02-24\nlanguage: {language}\n---\n"
    return [line for line in warnings_of(f"\n--- summary\n---\n{prose}\n", front)
            if "votes were cast" in line]


@pytest.mark.parametrize(("language", "prose", "column"), [
    ("de", "Bei der Vertrauensfrage stimmten 207 Abgeordnete für Scholz, 394 gegen ihn und "
           "116 enthielten sich; 733 Abgeordnete gaben ihre Stimme ab.", 101),
    ("de", "Mit 207 Ja-Stimmen, 394 Nein-Stimmen und 116 Enthaltungen bei 733 abgegebenen "
           "Stimmen verlor Scholz.", 63),
    ("en", "207 members voted for Scholz, 394 against him and 116 abstained; 733 votes were "
           "cast.", 66),
    ("fr", "207 députés ont voté pour, 394 contre et 116 se sont abstenus ; 733 députés ont "
           "pris part au vote.", 65),
    ("de", "Am 16. Dezember stimmten 733 der 733 Abgeordneten ab: 207 mit Ja, 394 mit Nein, "
           "116 enthielten sich.", 26),
    ("es", "La cuestión de confianza obtuvo 207 votos a favor, 394 en contra y 116 "
           "abstenciones, con 733 votos emitidos.", 90),
    ("es", "733 diputados participaron en la votación: 207 votaron a favor, 394 en contra y 116 "
           "se abstuvieron.", 1),
])
def test_votes_that_do_not_add_up_to_the_total_cast_are_a_warning(
        language: str, prose: str, column: int) -> None:
    assert summary_warnings(prose, language) == [
        f"content/x.md:10:{column}: warning: section 'summary' says 733 votes were cast, but "
        "the votes for, against and abstaining it gives add up to 717"]


@pytest.mark.parametrize(("language", "prose"), [
    ("de", "Bei der Vertrauensfrage stimmten 207 Abgeordnete für Scholz, 394 gegen ihn und "
           "116 enthielten sich; 717 Abgeordnete gaben ihre Stimme ab."),
    ("en", "207 members voted for Scholz, 394 against him and 116 abstained; 717 votes were "
           "cast."),
    # The votes cast without the abstentions, as some chambers count them.
    ("fr", "207 députés ont voté pour, 394 contre et 116 se sont abstenus : 601 suffrages "
           "exprimés."),
    # Two votes in one sentence: no part is given once.
    ("en", "207 voted for and 394 against, then 300 for and 200 against; 733 votes were cast."),
    ("de", "Am 16. Dezember stimmten 717 der 733 Abgeordneten ab: 207 mit Ja, 394 mit Nein, "
           "116 enthielten sich."),
    ("es", "La cuestión de confianza obtuvo 207 votos a favor, 394 en contra y 116 "
           "abstenciones, con 717 votos emitidos."),
    ("es", "717 diputados participaron en la votación: 207 votaron a favor, 394 en contra y 116 "
           "se abstuvieron."),
    # No votes against: no tally to add up.
    ("de", "207 Abgeordnete stimmten für Scholz; 733 Abgeordnete gaben ihre Stimme ab."),
])
def test_votes_that_add_up_or_give_no_tally_are_no_warning(language: str, prose: str) -> None:
    assert summary_warnings(prose, language) == []
