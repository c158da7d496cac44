"""Amounts of a part held against a figure of another: a name given with another amount, what a
share is of."""

from __future__ import annotations

import pytest

from .test_checks import FRENCH, FRONT, GERMAN, SPANISH, stated, warnings_of
from .test_portuguese_counts import BRAZIL


def figure(value: str, label: str) -> str:
    """Return a figures section of one figure."""
    return f"\n--- figures\nfigures:\n  - value: \"{value}\"\n    label: {label}\n---\n"


NORWAY = figure("R$ 450 milhões", "doação da Noruega ao fundo")


@pytest.mark.parametrize(("text", "said"), [
    # Norway is named with the percentage, not with the fund's R$ 4,5 bilhões.
    ("O fundo recebeu R$ 4,5 bilhões em doações, 93,8 % delas da Noruega.", []),
    # Named with the amount itself, it is held against Norway's figure.
    ("O fundo recebeu R$ 500 milhões da Noruega, 10 % das doações.", ["'R$ 500 milhões'"]),
    ("A Noruega doou R$ 500 milhões ao fundo.", ["'R$ 500 milhões'"]),
])
def test_a_name_given_with_another_amount_speaks_of_that_one(text: str, said: list[str]
                                                             ) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + NORWAY, BRAZIL)) == said


STAFF = figure("rund 120.000", "Beschäftigte der Volkswagen AG in Deutschland")


@pytest.mark.parametrize(("text", "said"), [
    # In German too, a country named with another amount speaks of that one.
    ("Volkswagen beschäftigt in Deutschland rund 120.000 Menschen, weltweit rund 680.000 "
     "Beschäftigte.", []),
    ("Volkswagen hat in Deutschland rund 150.000 Beschäftigte, weltweit rund 680.000.",
     ["'150.000 Beschäftigte'"]),
])
def test_a_country_given_with_another_amount_in_german(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + STAFF, GERMAN)) == said


AFD = figure("20,8 %", "Zweitstimmen für die AfD")


@pytest.mark.parametrize(("text", "said"), [
    # A party's initials are its name in German, which capitalises every noun: the SPD's share
    # is not the AfD's.
    ("Die AfD kam auf 21,8 Prozent, die SPD stürzte auf 16,4 Prozent ab.", ["'21,8 Prozent'"]),
    ("Die SPD stürzte auf 16,4 Prozent ab, die AfD kam auf 21,8 Prozent.", ["'21,8 Prozent'"]),
    ("Die AfD kam auf 20,8 Prozent, die SPD stürzte auf 16,4 Prozent ab.", []),
])
def test_initials_are_a_name_in_german(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + AFD, GERMAN)) == said


ENVELOPE = figure("34,3 %", "part de la France dans l'enveloppe totale")


@pytest.mark.parametrize(("text", "said"), [
    # In French, "dans" names the whole of a share after its holder: the envelope, not France.
    ("La part de la France est de 36,3 % de l'enveloppe totale.", ["'36,3 %'"]),
    ("La part de la France est de 34,3 % de l'enveloppe totale.", []),
    # A share of another whole is another figure.
    ("La part de la France est de 36,3 % des importations.", []),
])
def test_dans_names_the_whole_of_a_french_share(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + ENVELOPE, FRENCH)) == said


NUCLEAR = figure("6 Prozent", "Anteil der Kernkraftwerke am Strom")
RENEWABLES = figure("6 Prozent", "Anteil der Erneuerbaren an der Stromerzeugung")
MIX = figure("6 Prozent", "Anteil am Strommix")


@pytest.mark.parametrize(("text", "label", "said"), [
    # In German, "am" and "an der" name the whole of a share after its holder: the
    # electricity, not the nuclear plants.
    ("Die Kernkraftwerke lieferten 16 Prozent des Stroms.", NUCLEAR, ["'16 Prozent'"]),
    ("Die Kernkraftwerke lieferten 6 Prozent des Stroms.", NUCLEAR, []),
    ("Die Erneuerbaren lieferten 16 Prozent der Stromerzeugung.", RENEWABLES,
     ["'16 Prozent'"]),
    ("Wind und Sonne lieferten 16 Prozent des Strommixes.", MIX, ["'16 Prozent'"]),
    # A share of another whole is another figure.
    ("Die Kernkraftwerke lieferten 16 Prozent des Gases.", NUCLEAR, []),
    ("Die Erneuerbaren lieferten 16 Prozent der Wärme.", RENEWABLES, []),
])
def test_am_names_the_whole_of_a_german_share(text: str, label: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + label, GERMAN)) == said


def test_an_am_of_a_time_names_no_whole() -> None:
    # Only a share's label names its whole so: "am Jahresende" is when, not what of.
    text = "Die Arbeitslosenquote lag am Jahresende bei 16 Prozent der Erwerbspersonen."
    label = figure("6 Prozent", "Arbeitslosenquote am Jahresende")
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + label, GERMAN)) == ["'16 Prozent'"]


def front(language: str) -> str:
    """Return the front matter of an explainer in a language."""
    return f"---\ntitle: T\ndek: D\npublished: 2024-09-20\nlanguage: {language}\n---\n"


def said_beside(text: str, value: str, label: str, language: str = "en") -> list[str]:
    """Return what the warnings of a summary, beside one figure, say the text states."""
    return stated(warnings_of(f"--- summary\n---\n{text}\n" + figure(value, label),
                              front(language)))


TOLL = ("More than 290", "people dead and missing in Vietnam")


@pytest.mark.parametrize(("text", "said"), [
    # A day after the count narrows it to that day's part of the toll.
    ("Twenty-one people died or went missing in Vietnam on 10 September.", []),
    # A group the label does not pick, or a place in another the label names, narrows it too.
    ("In Hanoi, 21 people died or went missing.", []),
    ("Twenty-one people died or went missing among the fishermen of Vietnam.", []),
    # The whole toll, or a day that bounds it, is the figure's.
    ("Twenty-one people died or went missing in Vietnam.", ["'Twenty-one people'"]),
    ("By 10 September, 210 people had died or gone missing in Vietnam.", ["'210 people'"]),
    ("On 11 September officials said 210 people had died or gone missing in Vietnam.",
     ["'210 people'"]),
    # A day after a count nearly the whole gives the whole's day: the whole, said otherwise.
    ("270 people died or went missing in Vietnam on 10 September.", ["'270 people'"]),
])
def test_a_count_narrowed_to_a_day_a_place_or_a_group_is_a_part(text: str, said: list[str]
                                                                 ) -> None:
    assert said_beside(text, *TOLL) == said


@pytest.mark.parametrize(("text", "said"), [
    ("Twenty-one people died on 10 September.", []),
    ("In the capital, 21 people died.", []),
    ("Twenty-one people died in Da Nang.", []),
    # A part is no larger than its whole.
    ("400 people died on 10 September.", ["'400 people'"]),
    ("In the capital, 400 people died.", ["'400 people'"]),
])
def test_a_part_is_no_larger_than_its_whole(text: str, said: list[str]) -> None:
    assert said_beside(text, "290", "people who died") == said


# A story that tells its toll day by day: another day's count of the same fate.
EARLIER = {"en": "On 9 September, 30 people died or went missing in Vietnam. ",
           "fr": "Le 9 septembre, 30 personnes sont mortes. ",
           "es": "El 9 de septiembre, 30 personas murieron. "}


@pytest.mark.parametrize(("text", "said"), [
    # A day that opens the sentence is the day of what its count tells, in any style of date.
    ("On 10 September, 21 people died or went missing in Vietnam.", []),
    ("On September 10, 21 people died or went missing in Vietnam.", []),
    ("On Sept. 10, 21 people died or went missing in Vietnam.", []),
    ("On 10 Sept., 21 people died or went missing in Vietnam.", []),
    # Not a tally up to that day, in its tense or by a report of it.
    ("On 10 September, 210 people had died or gone missing in Vietnam.", ["'210 people'"]),
    ("On Sept. 10, 210 people had died or gone missing in Vietnam.", ["'210 people'"]),
    ("On 10 September, officials said 210 people had died or gone missing in Vietnam.",
     ["'210 people'"]),
])
def test_a_day_before_a_count_is_the_day_it_tells_of(text: str, said: list[str]) -> None:
    assert said_beside(EARLIER["en"] + text, *TOLL) == said


@pytest.mark.parametrize(("language", "text", "label", "said"), [
    ("en", "On 10 September, 21 people died.", "people who died", []),
    ("en", "On 10 September, 400 people died.", "people who died", ["'400 people'"]),
    ("fr", "Le 10 septembre, 21 personnes sont mortes.", "personnes mortes", []),
    ("fr", "Le 10 septembre, 210 personnes étaient mortes.", "personnes mortes",
     ["'210 personnes'"]),
    ("es", "El 10 de septiembre, 21 personas murieron.", "personas muertas", []),
    ("es", "El 10 de septiembre, 210 personas habían muerto.", "personas muertas",
     ["'210 personas'"]),
])
def test_a_days_count_is_a_part_no_larger_than_the_toll(language: str, text: str, label: str,
                                                         said: list[str]) -> None:
    assert said_beside(EARLIER[language] + text, "290", label, language) == said


@pytest.mark.parametrize(("text", "label", "said"), [
    # A story that gives one day's count only tells of a one-day event: the day is its toll's.
    ("On 29 December, the crash killed 179 people.", "people killed in the crash",
     ["'179 people'"]),
    ("On 29 December, 179 people were killed in the crash.", "people killed in the crash",
     ["'179 people'"]),
    ("On 29 December, the crash killed 181 people.", "people killed in the crash", []),
    ("On 10 September, 21 people died.", "people who died", ["'21 people'"]),
    # Counts of the same fate on two days tell the toll day by day; so does a label that adds
    # the days up.
    ("On 28 December, 2 people were killed. On 29 December, 179 people were killed.",
     "people killed", []),
    ("On 10 September, 21 people died.", "people who died in all", []),
    ("The toll rose from 59 on 8 September to 143 on 10 September. On 10 September, 21 people "
     "died.", "people who died", []),
    # Another fate on another day tells no toll day by day.
    ("On 28 December, 2 people were hurt. On 29 December, 179 people were killed.",
     "people killed", ["'179 people'"]),
])
def test_a_day_opens_the_whole_toll_of_a_one_day_event(text: str, label: str, said: list[str]
                                                        ) -> None:
    assert said_beside(text, "181", label) == said


@pytest.mark.parametrize(("text", "said"), [
    ("Turnout in London was 85.4%.", []),
    ("Among under-25s, turnout was 47%.", []),
    ("Turnout was 85.4%.", ["'85.4%'"]),
    ("Turnout in the election was 85.4%.", ["'85.4%'"]),
])
def test_a_share_narrowed_to_a_place_or_a_group_is_a_part(text: str, said: list[str]) -> None:
    assert said_beside(text, "74.4%", "turnout") == said


def test_a_place_the_story_is_about_is_its_whole() -> None:
    text = "--- summary\n---\nTurnout in London was 85.4%.\n" + figure("74.4%", "turnout")
    london = front("en").replace("title: T", "title: London votes for a mayor")
    assert stated(warnings_of(text, london)) == ["'85.4%'"]


@pytest.mark.parametrize(("language", "text", "label", "said"), [
    ("fr", "Vingt et une personnes sont mortes au Vietnam le 10 septembre.",
     "personnes mortes au Vietnam", []),
    ("fr", "Vingt et une personnes sont mortes au Vietnam.", "personnes mortes au Vietnam",
     ["'Vingt et une personnes'"]),
    ("fr", "La participation à Paris a atteint 85,4 %.", "participation", []),
    ("fr", "La participation a atteint 85,4 %.", "participation", ["'85,4 %'"]),
    ("es", "La participación en Madrid fue del 85,4 %.", "participación", []),
    ("es", "La participación fue del 85,4 %.", "participación", ["'85,4 %'"]),
    ("de", "Die Wahlbeteiligung in Warschau lag bei 85,4 %.", "Wahlbeteiligung", []),
    ("de", "Die Wahlbeteiligung lag bei 85,4 %.", "Wahlbeteiligung", ["'85,4 %'"]),
    ("pl", "Frekwencja w Warszawie wyniosła 85,4 proc.", "frekwencja", []),
    ("pl", "Frekwencja wyniosła 85,4 proc.", "frekwencja", ["'85,4 proc.'"]),
])
def test_a_part_in_other_languages(language: str, text: str, label: str, said: list[str]
                                   ) -> None:
    value = "More than 290" if "mortes" in label else "74,4 %"
    assert said_beside(text, value, label, language) == said


SEATS = ("65", "seats won by Reform")


@pytest.mark.parametrize(("text", "said"), [
    # A word that adds, or a list of names, makes the amount a sum of theirs.
    ("Labour, Reform and the Greens together hold 248 of the 460 seats.", []),
    ("Labour and Reform hold 248 seats between them.", []),
    ("Reform and its allies hold 248 seats in all.", []),
    ("Labour, Reform and the Greens hold 248 of the 460 seats.", []),
    # One party's seats are the figure's.
    ("Reform holds 70 of the 460 seats.", ["'70 of the 460 seats'"]),
    ("Reform won 70 seats, and Labour and the Greens 178 together.", ["'70 seats'"]),
    # An "and" between other words than the names joins those, and lists no names.
    ("Labour won votes in new and old seats, but Reform took 70 seats.", ["'70 seats'"]),
])
def test_a_sum_of_several_is_not_one_of_theirs(text: str, said: list[str]) -> None:
    assert said_beside(text, *SEATS) == said


@pytest.mark.parametrize(("language", "text", "label", "said"), [
    # The comma after a list's first name parts no clause: the label's party opens the list.
    ("pl", "KO, Trzecia Droga i Lewica mają razem 248 mandatów w Sejmie.", "mandatów KO", []),
    ("en", "Labour, Reform and the Greens together hold 248 seats.", "seats won by Labour", []),
    # The party alone, its name set off by a comma, is still the label's.
    ("pl", "KO, partia Donalda Tuska, zdobyła 150 mandatów.", "mandatów KO", ["'150 mandatów'"]),
    ("en", "Reform, the party of Nigel Farage, holds 70 seats.", "seats won by Reform",
     ["'70 seats'"]),
])
def test_a_sum_whose_list_opens_with_the_labels_name(language: str, text: str, label: str,
                                                      said: list[str]) -> None:
    assert said_beside(text, "157", label, language) == said


@pytest.mark.parametrize(("language", "text", "said"), [
    # Some added together, fewer than the whole the label counts, are a part of it.
    ("en", "The four coalition parties together hold 88 seats in the lower house.", []),
    ("nl", "De vier coalitiepartijen hebben samen 88 zetels in de Tweede Kamer.", []),
    # More than the whole still disagree, and "in all" adds up the whole itself.
    ("en", "The four coalition parties together hold 160 seats in the lower house.",
     ["'160 seats'"]),
    ("nl", "De vier coalitiepartijen hebben samen 160 zetels in de Tweede Kamer.",
     ["'160 zetels'"]),
    ("en", "In all, there are 140 seats in the lower house.", ["'140 seats'"]),
    ("nl", "In totaal zijn er 140 zetels in de Tweede Kamer.", ["'140 zetels'"]),
])
def test_some_added_together_are_a_part_of_the_whole(language: str, text: str, said: list[str]
                                                     ) -> None:
    label = "zetels in de Tweede Kamer" if language == "nl" else "seats in the lower house"
    assert said_beside(text, "150", label, language) == said


RIGHTS = ("15 years", "cloud streaming rights sold to Ubisoft")


@pytest.mark.parametrize(("text", "said"), [
    # "current and new" joins two words of the games, no names: the 12 years are Ubisoft's.
    ("Microsoft then sold the cloud streaming rights for current and new Activision games "
     "outside the European Economic Area to Ubisoft for 12 years, and the regulator approved "
     "that version on 13 October, 20 months after the deal was announced.", ["'12 years'"]),
    ("Microsoft then sold the cloud streaming rights for current and new Activision games "
     "outside the European Economic Area to Ubisoft for 15 years, and the regulator approved "
     "that version on 13 October, 20 months after the deal was announced.", []),
])
def test_an_and_between_other_words_lists_no_names(text: str, said: list[str]) -> None:
    assert said_beside(text, *RIGHTS) == said


def test_a_label_that_adds_them_too_is_held_to_the_sum() -> None:
    assert said_beside("Labour and Reform together hold 248 seats.", "250",
                       "seats held by Labour and Reform together") == ["'248 seats'"]


@pytest.mark.parametrize(("language", "text", "label", "said"), [
    ("fr", "Le Labour et Reform détiennent au total 248 sièges.", "sièges de Reform", []),
    ("fr", "Reform détient 70 sièges.", "sièges de Reform", ["'70 sièges'"]),
    ("es", "Laboristas y Reform suman en total 248 escaños.", "escaños de Reform", []),
    ("es", "Reform obtuvo 70 escaños.", "escaños de Reform", ["'70 escaños'"]),
    ("de", "SPD und CDU haben zusammen 248 Sitze.", "Sitze der CDU", []),
    ("de", "Die CDU hat 70 Sitze.", "Sitze der CDU", ["'70 Sitze'"]),
    ("it", "Il PD e Reform hanno insieme 248 seggi.", "seggi di Reform", []),
    ("pt", "O Labour e o Reform têm juntos 248 assentos.", "assentos do Reform", []),
    ("pl", "PiS i Konfederacja mają łącznie 248 mandatów.", "mandaty PiS", []),
    ("pl", "PiS ma 70 mandatów.", "mandaty PiS", ["'70 mandatów'"]),
    ("id", "PDI-P dan Golkar bersama meraih 248 kursi.", "kursi Golkar", []),
])
def test_a_sum_in_other_languages(language: str, text: str, label: str, said: list[str]
                                  ) -> None:
    assert said_beside(text, "65", label, language) == said


@pytest.mark.parametrize(("language", "text", "said"), [
    # A stretch from one place to another counts all its places, not the end the label names.
    ("en", "The storm killed more than 800 people from the Philippines to Myanmar.", []),
    ("fr", "La tempête a tué plus de 800 personnes des Philippines à la Birmanie.", []),
    ("es", "La tormenta mató a más de 800 personas desde Filipinas hasta Birmania.", []),
    # The place alone, or a stretch inside it, or one of time, is still the label's.
    ("en", "The storm killed 500 people in Myanmar.", ["'500 people'"]),
    ("en", "The storm killed 500 people from Yangon to Mandalay in Myanmar.", ["'500 people'"]),
    ("en", "The storm killed 500 people in Myanmar from June to August.", ["'500 people'"]),
    ("fr", "La tempête a tué 500 personnes en Birmanie.", ["'500 personnes'"]),
])
def test_a_count_over_a_stretch_of_places_is_not_one_ends(language: str, text: str,
                                                          said: list[str]) -> None:
    labels = {"en": "people killed in Myanmar", "fr": "personnes tuées en Birmanie",
              "es": "personas muertas en Birmania"}
    assert said_beside(text, "433", labels[language], language) == said


RUN = {"en": figure("16", "years spent on the run"), "fr": figure("16", "années de cavale"),
       "es": figure("16", "personas detenidas por la policía")}
FRONTS = {"en": FRONT, "fr": FRENCH, "es": SPANISH}


@pytest.mark.parametrize(("language", "text", "said"), [
    # A place after an event set after the amount is the event's: the amount is the whole's.
    ("en", "He spent 15 years on the run before his arrest in Serbia.", ["'15 years'"]),
    ("en", "He spent 15 years on the run until the raid at a farm in Bosnia.", ["'15 years'"]),
    ("fr", "Il a passé 15 années de cavale avant son arrestation dans un village en Serbie.",
     ["'15 années'"]),
    ("es", "La policía detuvo a 15 personas antes del juicio en Madrid.", ["'15 personas'"]),
    # A place of the amount's own, before the event, makes it a part.
    ("en", "He spent 15 years on the run in Serbia before his arrest.", []),
    ("fr", "Il a passé 15 années de cavale en Serbie avant son arrestation.", []),
    ("es", "La policía detuvo a 15 personas en Madrid antes del juicio.", []),
])
def test_the_place_of_a_later_event_is_no_part(language: str, text: str, said: list[str]
                                               ) -> None:
    body = f"--- summary\n---\n{text}\n" + RUN[language]
    assert stated(warnings_of(body, FRONTS[language])) == said


RULE = figure("53 years", "of rule by the Assad family")


@pytest.mark.parametrize(("text", "said"), [
    # Parts of the whole listed one after another, the later one without its noun, that add
    # up to the figure: the whole is given rightly.
    ("The Assad family ruled Syria from 1971: Hafez al-Assad for 29 years, then his son "
     "Bashar for 24.", []),
    ("Hafez al-Assad ruled for 29 years and his son Bashar for 24 years.", []),
    # Parts that add up to another number give the whole otherwise.
    ("The Assad family ruled Syria from 1971: Hafez al-Assad for 29 years, then his son "
     "Bashar for 25.", ["'29 years'"]),
    ("Hafez al-Assad ruled for 29 years and his son Bashar for 25 years.", ["'29 years'"]),
    ("The Assad family ruled Syria for 54 years.", ["'54 years'"]),
    # The day of a date is no part: 50 and the 3 of "3 November" make no 53.
    ("The Assad family ruled Syria for 50 years and fell on 3 December 2024.",
     ["'50 years'"]),
])
def test_parts_listed_one_after_another_add_up_to_the_figure(text: str, said: list[str]
                                                             ) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + RULE)) == said
