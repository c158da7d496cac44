"""Amounts a verb adds to a list, a register, a tally or a total ("The package added 74 vessels
to the sanctions list") in every language that reads them: held against the figures of what
was added, not against the list's whole."""

from __future__ import annotations

import pytest

from .test_added_amounts import figures
from .test_checks import stated, warnings_of


def front(language: str, title: str) -> str:
    """Return the front matter of an explainer in a language, with a title."""
    return f"---\ntitle: {title}\ndek: D\npublished: 2024-05-23\nlanguage: {language}\n---\n"


# By language: the story's title and the label of the list's whole, 153 vessels.
LISTS = {
    "en": ("EU sanctions on Russia's shadow fleet", "vessels on the EU's sanctions list"),
    "fr": ("Sanctions de l'UE contre la flotte fantôme",
           "navires sur la liste des sanctions de l'UE"),
    "de": ("EU-Sanktionen gegen die Schattenflotte", "Schiffe auf der Sanktionsliste der EU"),
    "es": ("Sanciones de la UE contra la flota fantasma",
           "buques en la lista de sanciones de la UE"),
    "it": ("Sanzioni UE contro la flotta ombra", "navi nella lista delle sanzioni UE"),
    "pt": ("Sanções da UE contra a frota fantasma", "navios na lista de sanções da UE"),
    "ru": ("Санкции ЕС против теневого флота России", "судна в санкционном списке ЕС"),
    "uk": ("Санкції ЄС проти тіньового флоту Росії", "судна в санкційному списку ЄС"),
}


def warned(language: str, text: str, *items: tuple[str, str]) -> list[str]:
    """Return the warnings of a summary text beside the list's whole (153) and other figures."""
    title, label = LISTS[language]
    body = f"--- summary\n---\n{text}\n" + figures(("153", label), *items)
    return warnings_of(body, front(language, title))


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The package added 48 people, 35 companies and 74 vessels to the sanctions list."),
    ("en", "The 16th package added 48 people, 35 companies, and 74 vessels to the list."),
    ("en", "The package put 74 vessels on the sanctions list."),
    ("en", "The package included 74 vessels in the sanctions list."),
    ("en", "Some 74 vessels were placed on the sanctions list."),
    ("en", "74 vessels were added to the sanctions list."),
    ("fr", "74 navires ont été ajoutés à la liste."),
    ("fr", "L'UE a inscrit 74 navires sur la liste des sanctions."),
    ("de", "Die EU hat 74 Schiffe auf die Sanktionsliste gesetzt."),
    ("de", "74 Schiffe wurden in die Sanktionsliste der EU aufgenommen."),
    ("es", "Se añadieron 74 buques a la lista."),
    ("es", "74 buques fueron incluidos en la lista de sanciones."),
    ("it", "Sono state aggiunte 74 navi alla lista."),
    ("it", "L'UE ha inserito 74 navi nella lista delle sanzioni."),
    ("pt", "Foram incluídos 74 navios na lista."),
    ("pt", "A UE acrescentou 74 navios à lista de sanções."),
    ("ru", "В ограничительные списки внесены 74 судна."),
    ("ru", "ЕС добавил 74 судна в санкционный список."),
    ("uk", "До санкційного списку внесено 74 судна."),
    ("uk", "ЄС додав 74 судна до санкційного списку."),
])
def test_an_amount_added_to_a_list_is_not_held_against_the_whole_list(language: str,
                                                                      text: str) -> None:
    assert warned(language, text) == []


@pytest.mark.parametrize(("language", "text", "said"), [
    # The list's whole, said otherwise, is still a slip...
    ("en", "The list now holds 135 vessels.", ["'135 vessels'"]),
    ("fr", "La liste compte désormais 135 navires.", ["'135 navires'"]),
    ("es", "La lista de sanciones de la UE incluye ya 135 buques.", ["'135 buques'"]),
    ("it", "La lista delle sanzioni comprende 135 navi.", ["'135 navi'"]),
    ("pt", "A lista de sanções da UE tem 135 navios.", ["'135 navios'"]),
    ("ru", "В санкционном списке ЕС 135 судов.", ["'135 судов'"]),
    # ... and so is a total reached by adding, as the clause or the sentence says it is...
    ("en", "Brussels has put 135 vessels on the sanctions list so far.", ["'135 vessels'"]),
    ("en", "In all, 135 vessels have been added to the sanctions list.", ["'135 vessels'"]),
    ("fr", "Au total, 135 navires ont été ajoutés à la liste depuis 2022.", ["'135 navires'"]),
    ("de", "Insgesamt wurden 135 Schiffe auf die Sanktionsliste der EU gesetzt.",
     ["'135 Schiffe'"]),
    ("es", "En total, se han añadido 135 buques a la lista de sanciones.", ["'135 buques'"]),
    ("it", "In totale sono state aggiunte 135 navi alla lista delle sanzioni.", ["'135 navi'"]),
    ("pt", "Ao todo, 135 navios foram incluídos na lista de sanções.", ["'135 navios'"]),
    ("ru", "Всего в санкционный список ЕС внесены 135 судов.", ["'135 судов'"]),
    # ... the size of the list the verb adds to, another clause's level beside the verb...
    ("en", "The package added a bank to a sanctions list of 135 vessels.", ["'135 vessels'"]),
    ("en", "The ministry added that 135 vessels are on the sanctions list.", ["'135 vessels'"]),
    ("en", "135 vessels are on the sanctions list after the EU added a bank.", ["'135 vessels'"]),
    ("en", "The package added 74 vessels to the sanctions list, bringing it to 135 vessels.",
     ["'135 vessels'"]),
])
def test_the_whole_of_a_list_said_otherwise_is_still_warned_about(language: str, text: str,
                                                                   said: list[str]) -> None:
    assert stated(warned(language, text)) == said


ADDED_FIGURE = ("74", "vessels added to the list in the 16th package")


@pytest.mark.parametrize("text", [
    "47 vessels were added to the list.",
    "The 16th package added 47 vessels to the list.",
    "The 16th package put 47 vessels on the list.",
])
def test_what_is_added_is_held_against_the_figure_of_what_was_added(text: str) -> None:
    [warning] = warned("en", text, ADDED_FIGURE)
    assert warning.startswith("content/x.md:9:")
    assert warning.endswith("'47 vessels' but the key figure 'vessels added to the list in "
                            "the 16th package' (line 15) says '74'")


@pytest.mark.parametrize("text", [
    "74 vessels were added to the list.",
    "The 16th package added 48 people, 35 companies and 74 vessels to the list.",
])
def test_what_is_added_agrees_with_the_figure_of_what_was_added(text: str) -> None:
    assert warned("en", text, ADDED_FIGURE) == []


def camps(text: str) -> list[str]:
    """Return the warnings of a summary text beside the figure of refugees placed in camps."""
    body = f"--- summary\n---\n{text}\n" + figures(("1,200", "refugees placed in camps"))
    return warnings_of(body, front("en", "Refugee camps"))


@pytest.mark.parametrize("text", [
    # A word that only ends as "list" does is no list: the amount is still held.
    "The government placed 1,000 refugees in camps run by nationalists.",
    "The government placed 1,000 refugees in camps run by journalists.",
    "The government placed 1,000 refugees in camps run by specialists.",
])
def test_a_word_ending_in_list_is_no_list_an_amount_is_added_to(text: str) -> None:
    assert camps(text) == [
        "content/x.md:9:23: warning: section 'summary' says '1,000 refugees' but the key "
        "figure 'refugees placed in camps' (line 13) says '1,200'"]


@pytest.mark.parametrize("text", [
    # The twins: on a list's noun, the amount is what was added, not held against the camps.
    "The government placed 1,000 refugees on the waiting list.",
    "The government placed 1,000 refugees on a watchlist.",
    "The government placed 1,000 refugees on its black-list.",
    "The government placed 1,000 refugees on the shortlists.",
])
def test_an_amount_placed_on_a_list_noun_is_what_was_added(text: str) -> None:
    assert camps(text) == []
