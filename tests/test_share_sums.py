"""Shares of one vote a sentence gives its sides that add up to more than the whole."""

from __future__ import annotations

import pytest

from .test_checks import FRONT, warnings_of


def warned(language: str, text: str) -> list[str]:
    """Return the warnings of a summary of one sentence, no key figures beside it."""
    front = FRONT.replace("---\ntitle", f"---\nlanguage: {language}\ntitle")
    return [line.split("warning: ")[1] for line in warnings_of(f"--- summary\n---\n{text}\n",
                                                                front)]


@pytest.mark.parametrize(("language", "text", "shares"), [
    ("tr", "Erdoğan yüzde 52,18, Kılıçdaroğlu yüzde 48,82 oy aldı.",
     "yüzde 52,18, yüzde 48,82, that add up to 101%"),
    ("fr", "Erdoğan a obtenu 52,18 % des voix et Kılıçdaroğlu 48,82 %.",
     "52,18 %, 48,82 %, that add up to 101%"),
    ("es", "Erdoğan obtuvo el 52,18 % de los votos y Kılıçdaroğlu el 48,82 %.",
     "52,18 %, 48,82 %, that add up to 101%"),
    ("pt", "Erdoğan obteve 52,18% dos votos e Kılıçdaroğlu 48,82%.",
     "52,18%, 48,82%, that add up to 101%"),
    ("it", "Erdoğan ha ottenuto il 52,18% dei voti e Kılıçdaroğlu il 48,82%.",
     "52,18%, 48,82%, that add up to 101%"),
    ("pl", "Erdoğan zdobył 52,18 proc. głosów, a Kılıçdaroğlu 48,82 proc.",
     "52,18 proc., 48,82 proc., that add up to 101%"),
    ("nl", "Erdoğan behaalde 52,18 procent en Kılıçdaroğlu 48,82 procent.",
     "52,18 procent, 48,82 procent, that add up to 101%"),
    ("de", "Erdoğan erhielt 52,18 Prozent der Stimmen und Kılıçdaroğlu 48,82 Prozent.",
     "52,18 Prozent, 48,82 Prozent, that add up to 101%"),
    ("en", "Ruto won 50.49% of the vote and Odinga 49.52%.",
     "50.49%, 49.52%, that add up to 100.01%"),
])
def test_shares_of_one_vote_over_the_whole_warn(language: str, text: str, shares: str
                                                ) -> None:
    assert warned(language, text) == [
        f"section 'summary' gives shares of one vote, {shares}, more than the whole"]


@pytest.mark.parametrize(("language", "text"), [
    # Shares that make the whole, or less, are silent.
    ("tr", "Erdoğan yüzde 52,18, Kılıçdaroğlu yüzde 47,82 oy aldı."),
    ("fr", "Erdoğan a obtenu 52,18 % des voix et Kılıçdaroğlu 47,82 %."),
    ("pl", "Erdoğan zdobył 52,18 proc. głosów, a Kılıçdaroğlu 47,82 proc."),
    ("en", "Ruto won 50.49% of the vote and Odinga 49.51%."),
    # Rounding may pass the whole by half the last place of each share.
    ("es", "Erdoğan obtuvo el 52 % de los votos y Kılıçdaroğlu el 48,5 %."),
    # A rough share, or one side's shares of two rounds, or seats and a vote, are no sum.
    ("fr", "Erdoğan a obtenu 52 % des voix et Kılıçdaroğlu près de 49 %."),
    ("fr", "Erdoğan a obtenu 52,18 % des voix au second tour, et 49,5 % au premier."),
    ("it", "Erdoğan ha ottenuto il 52,18% dei voti e il 60% dei seggi."),
])
def test_shares_within_the_whole_stay_silent(language: str, text: str) -> None:
    assert warned(language, text) == []
