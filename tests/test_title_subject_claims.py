"""A story's title says what every sentence of it is about: a label's words that the title
gives ("deaths in the Cutro shipwreck" in a story on the Cutro shipwreck) need not be said
again for a total to be held against the figure, a total before its part ("di cui 35
minori", "including 35 minors") among them; a sentence that names someone else, or shares
only a time with the label, still speaks of another thing. And a count in groups of three
after a place's name ("a Canarias 36.910 migrantes") is an amount, not the name's number."""

from __future__ import annotations

import pytest

from .test_checks import warnings_of


def story(title: str, language: str, takeaway: str, figures: list[tuple[str, str]]) -> str:
    """Return an explainer of one takeaway and the figures, with its title and language."""
    front = f"---\ntitle: {title}\ndek: D\npublished: 2024-05-23\nlanguage: {language}\n---\n"
    items = "".join(f"  - value: \"{value}\"\n    label: {label}\n" for value, label in figures)
    return front + f"--- takeaways\ntakeaways:\n  - {takeaway}\n---\n--- figures\nfigures:\n" \
        + items + "---\n"


WRECK = ("Il naufragio di Cutro", "it", [("94", "morti accertati nel naufragio di Cutro"),
                                         ("35", "minori morti nel naufragio")])
SHIPWRECK = ("The Cutro shipwreck", "en", [("94", "confirmed deaths in the Cutro shipwreck"),
                                           ("35", "minors who died in the shipwreck")])
NAUFRAGE = ("Le naufrage de Cutro", "fr", [("94", "morts confirmés du naufrage de Cutro")])
UNGLUECK = ("Das Bootsunglück von Cutro", "de",
            [("94", "bestätigte Tote des Bootsunglücks von Cutro")])
VOTE = ("El Partido Laborista arrasa en las elecciones", "es",
        [("33,7 %", "porcentaje de votos del Partido Laborista")])


@pytest.mark.parametrize(("about", "takeaway", "column"), [
    (WRECK, "I morti accertati sono 96, di cui 35 minori.", 28),
    (WRECK, "I morti accertati sono 96.", 28),
    (SHIPWRECK, "Confirmed deaths were 96, including 35 minors.", 27),
    (SHIPWRECK, "Confirmed deaths were 96, of whom 35 were minors.", 27),
    (NAUFRAGE, "Les morts confirmés sont 96, dont 35 mineurs.", 30),
    (UNGLUECK, "Die bestätigten Toten sind 96, davon 35 Minderjährige.", 32),
])
def test_a_total_is_held_against_the_figure_whose_words_the_title_gives(
        about: tuple[str, str, list[tuple[str, str]]], takeaway: str, column: int) -> None:
    title, language, figures = about
    found = warnings_of("", story(title, language, takeaway, figures))
    assert [w.split(" but ")[0] for w in found] == [
        f"content/x.md:9:{column}: warning: takeaway says '96'"], found


@pytest.mark.parametrize(("about", "takeaway"), [
    (WRECK, "I morti accertati sono 94, di cui 35 minori."),
    (SHIPWRECK, "Confirmed deaths were 94, including 35 minors."),
    (NAUFRAGE, "Les morts confirmés sont 94, dont 35 mineurs."),
    (UNGLUECK, "Die bestätigten Toten sind 94, davon 35 Minderjährige."),
    # A sentence that lacks a word of the label the title does not give ("санкционном"):
    # those added to the lists are not the list's whole.
    (("ЕС утвердил 16-й пакет санкций против России", "ru",
      [("153 судна", "судна в санкционном списке ЕС")]),
     "В ограничительные списки внесены 35 юридических лиц и 74 судна."),
    # Another party's share, named: not the title's party.
    (VOTE, "Reform UK logró un 14,3 % de los votos, pero solo 5 escaños."),
    # A word of the label's time alone is no word of its own: "Oktober" of another thing.
    (("Wie Deutschland durch die Gaskrise kam", "de",
      [("10,4 %", "Inflationsrate in Deutschland im Oktober 2022")]),
     "Im Oktober 2022 sparten die Haushalte rund 14 Prozent Gas ein."),
])
def test_the_title_makes_no_sentence_speak_of_a_figure_it_agrees_with_or_does_not_name(
        about: tuple[str, str, list[tuple[str, str]]], takeaway: str) -> None:
    title, language, figures = about
    assert warnings_of("", story(title, language, takeaway, figures)) == []


def test_without_the_title_the_same_sentence_speaks_of_too_few_of_the_label_s_words() -> None:
    _, language, figures = WRECK
    found = warnings_of("", story("Un bilancio", language, "I morti accertati sono 96.", figures))
    assert found == []


@pytest.mark.parametrize(("takeaway", "warned"), [
    ("En 2023 llegaron a Canarias 36.910 migrantes.", ["'36.910 migrantes'"]),
    ("En 2023 llegaron a Canarias 39.910 migrantes.", []),
    # A name's number is not written in groups of three, and still counts nothing.
    ("En 2023 el vuelo Binter 1282 llevó migrantes a Canarias.", []),
])
def test_a_count_in_groups_of_three_after_a_name_is_an_amount(
        takeaway: str, warned: list[str]) -> None:
    found = warnings_of("", story("La ruta hacia Canarias", "es", takeaway,
                                  [("39.910", "migrantes llegados a Canarias en 2023")]))
    assert [w.split(" says ")[1].split(" but ")[0] for w in found] == warned, found
