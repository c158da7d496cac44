"""Counts of countries read with their qualifiers, and compared with every part of the list
they could mean: the whole list, a group, all but one group, a group named by its role."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.content.checks import check_explainer
from explainer.content.schema import read_explainer
from explainer.content.sources import split_source
from explainer.content.text.markup import Markup

from .test_checks import FRENCH, FRONT, GERMAN, SPANISH, stated, warnings_of

STORIES = Path(__file__).parent / "fixtures" / "stories"
# The Artemis Accords' list: 8 founding signatories, 21 later ones, 2 non-signatories (31).
ARTEMIS = (STORIES / "artemis-accords.md").read_text(encoding="utf-8")
COUNTRIES = ARTEMIS[ARTEMIS.index("--- countries"):]


def said(text: str, front: str | None = None, countries: str = COUNTRIES) -> list[str]:
    """Return the warnings about a summary of one sentence beside a country list (the
    Artemis one unless told)."""
    body = f"--- summary\n---\n{text}\n\n" + countries
    found = warnings_of(body, front) if front else warnings_of(body)
    return [line.split(": warning: ")[1] for line in found]


def country_list(*entries: tuple[str, str]) -> str:
    """Return a countries section of (name, role) entries."""
    return "--- countries\ncountries:\n" + "".join(
        f"  - {{name: {name}, role: {role}}}\n" for name, role in entries) + "---\n"


@pytest.mark.parametrize("text", [
    "31 countries are named here.",  # the whole list
    "29 countries had signed by September 2023.",  # all but the non-signatories
    "8 countries signed at the launch.",  # one group
    "21 other countries signed later.",  # one group, as 'other'
    "8 founding signatories, then 21 later signatories.",  # groups named by their roles
    "More than 20 countries signed after the launch.",
    "Over 25 countries had signed.",
    "At least 29 countries had signed.",
    "Nearly 30 countries had signed.",
    "Almost 30 countries had signed.",
    "About 30 countries had signed.",
    "Around 30 countries had signed.",
    "Some 30 countries had signed.",
    "Fewer than 10 countries signed at the launch.",
    "Up to 8 countries signed at the launch.",
    "The United States and 7 other countries signed at the launch.",  # a group, less one
    "In 2020 eight founding signatories put their names to it.",  # a year, not a count
    "In 2020 8 founding signatories put their names to it.",
    "More than 1,200 founding signatory officials attended.",  # not countries
    "Not more than 31 countries are named.",
    "No fewer than 29 countries had signed.",
    "Almo\u017ft 30 countries had signed.",  # a long s, which lowercase keeps
])
def test_a_true_count_is_not_warned_about(text: str) -> None:
    assert said(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("More than 40 countries had signed.",
     "section 'summary' says 'More than 40 countries' but the country list has 31 countries"),
    ("Nearly 20 countries had signed.",
     "section 'summary' says 'Nearly 20 countries' but the country list has 31 countries"),
    ("Fewer than 2 countries stayed out.",
     "section 'summary' says 'Fewer than 2 countries' but the country list has 31 countries"),
    ("35 other countries joined.",
     "section 'summary' says '35 other countries' but the country list has 31 countries"),
    ("At least 9 founding signatories.",
     "section 'summary' says 'At least 9 founding signatories' but the country list has 8 "
     "countries under 'founding signatory'"),
    ("7 founding signatories signed.",
     "section 'summary' says '7 founding signatories' but the country list has 8 countries "
     "under 'founding signatory'"),
])
def test_a_count_that_fits_no_part_of_the_list_is_warned_about(text: str, expected: str) -> None:
    assert said(text) == [expected]


# A count that closes a range, in figures or in words, fits where a part of the list lies
# between its ends; not a level and the next ("grew from 25 to 40 countries").
@pytest.mark.parametrize(("text", "expected"), [
    ("Between 25 and 40 countries may have signed by 2030.", []),
    ("Between twenty-five and forty countries may have signed by 2030.", []),
    ("25 to 40 countries may have signed by 2030.", []),
    ("Between 32 and 40 countries may have signed by 2030.",
     ["section 'summary' says '40 countries' but the country list has 31 countries"]),
    ("Between thirty-two and forty countries may have signed by 2030.",
     ["section 'summary' says 'forty countries' but the country list has 31 countries"]),
    ("The accords grew from 25 to 40 countries.",
     ["section 'summary' says '40 countries' but the country list has 31 countries"]),
    ("Between six and nine founding signatories launched it.", []),
    ("Between nine and twelve founding signatories launched it.",
     ["section 'summary' says 'twelve founding signatories' but the country list has 8 "
      "countries under 'founding signatory'"]),
])
def test_a_range_fits_where_a_part_of_the_list_lies_within_it(text: str,
                                                              expected: list[str]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(("dek", "expected"), [
    ("11 countries signed the accords.",
     "content/x.md:4:6: warning: dek says '11 countries' but the country list has 31 "
     "countries"),
    ("Nine founding signatories launched the accords.",
     "content/x.md:4:6: warning: dek says 'Nine founding signatories' but the country list "
     "has 8 countries under 'founding signatory'"),
])
def test_a_dek_is_read_at_its_line(dek: str, expected: str) -> None:
    # Lists, feeds and shared links give the dek: a wrong count there is seen first.
    front = f"---\ntitle: T\npublished: 2024-05-23\ndek: {dek}\n---\n"
    assert warnings_of("--- summary\n---\nText.\n\n" + COUNTRIES, front) == [expected]


@pytest.mark.parametrize("dek", ["31 countries signed or were asked to.",
                                 "Eight founding signatories launched the accords.",
                                 "The accords, signed at last."])
def test_a_dek_with_a_true_count_or_none_is_not_warned_about(dek: str) -> None:
    front = f"---\ntitle: T\npublished: 2024-05-23\ndek: {dek}\n---\n"
    assert warnings_of("--- summary\n---\nText.\n\n" + COUNTRIES, front) == []


def test_the_hint_names_the_groups() -> None:
    source = split_source(FRONT + "--- summary\n---\n12 countries signed.\n\n" + COUNTRIES,
                          Path("x.md"), "content/x.md")
    explainer, _ = read_explainer(source, Markup())
    [problem] = check_explainer(explainer)
    assert problem.hint.startswith("the list's groups: 8 under 'founding signatory', "
                                   "21 under 'later signatory', 2 under 'non-signatory'")


@pytest.mark.parametrize(("text", "selection"), [("48 countries took part.", True),
                                                  ("12 countries signed.", False)])
def test_a_count_above_the_whole_list_is_told_how_to_mark_a_selection(text: str,
                                                                      selection: bool) -> None:
    source = split_source(FRONT + f"--- summary\n---\n{text}\n\n" + COUNTRIES,
                          Path("x.md"), "content/x.md")
    explainer, _ = read_explainer(source, Markup())
    [problem] = check_explainer(explainer)
    marked = "if the list names only some of the countries, add 'complete: false' to it"
    assert problem.hint.endswith(marked) == selection


@pytest.mark.parametrize(("text", "expected"), [
    ("Plus de 20 pays ont signé après le lancement.", []),
    ("Près de 30 pays avaient signé.", []),
    ("Au moins 29 pays avaient signé.", []),
    ("Environ 30 pays avaient signé.", []),
    ("Plus de 40 pays avaient signé.",
     ["section 'summary' says 'Plus de 40 pays' but the country list has 31 countries"]),
    ("Moins de 2 pays sont restés à l’écart.",
     ["section 'summary' says 'Moins de 2 pays' but the country list has 31 countries"]),
])
def test_french_qualifiers(text: str, expected: list[str]) -> None:
    assert said(text, FRENCH) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Más de 20 países firmaron después del lanzamiento.", []),
    ("Casi 30 países habían firmado.", []),
    ("Al menos 29 países habían firmado.", []),
    ("Unos 30 países habían firmado; alrededor de 31 naciones figuran aquí.", []),
    ("Estados Unidos y otros siete países firmaron en el lanzamiento.", []),
    ("Ocho países firmaron al principio, y otros 21 países después.", []),
    ("Los dos países se quedaron fuera; los otros dos países también.", []),
    ("Una docena de ministros de 9 países asistieron; 14 ministros de 9 países firmaron.", []),
    ("En 2020, 8 signatarios fundadores firmaron.", []),
    ("Más de 40 países habían firmado.",
     ["section 'summary' says 'Más de 40 países' but the country list has 31 countries"]),
    ("Otros 35 países se sumaron.",
     ["section 'summary' says 'Otros 35 países' but the country list has 31 countries"]),
    ("Nueve países firmaron en el lanzamiento.",
     ["section 'summary' says 'Nueve países' but the country list has 31 countries"]),
    ("Una docena de países firmaron en el lanzamiento.",
     ["section 'summary' says 'Una docena de países' but the country list has 31 countries"]),
    ("Menos de 2 países se quedaron fuera.",
     ["section 'summary' says 'Menos de 2 países' but the country list has 31 countries"]),
])
def test_spanish_counts(text: str, expected: list[str]) -> None:
    assert said(text, SPANISH) == expected


# One group of twelve: "fewer than" and "up to" must fit a size of the list, and none is 0.
SIGNATORIES = "--- countries\ncountries:\n" + "".join(
    f"  - {{name: {code}, role: signatory}}\n" for code in
    "FR DE IT ES PT NL BE LU AT IE GR FI".split()) + "---\n"


@pytest.mark.parametrize(("text", "expected"), [
    ("Fewer than 5 countries signed.", ["'Fewer than 5 countries'"]),
    ("Up to 3 countries signed.", ["'Up to 3 countries'"]),
    ("No fewer than 13 countries signed.", ["'No fewer than 13 countries'"]),
    ("Not more than 12 countries signed.", []),
    ("Twelve countries signed, France and 11 other countries.", []),
])
def test_a_list_of_one_group(text: str, expected: list[str]) -> None:
    found = warnings_of(f"--- summary\n---\n{text}\n\n" + SIGNATORIES)
    assert stated(found) == expected


def test_the_hint_leaves_out_a_group_of_organisations_alone() -> None:
    countries = ("--- countries\ncountries:\n  - {name: China, role: party}\n"
                 "  - {name: EU, role: party}\n  - {name: WTO, role: arbiter}\n---\n")
    source = split_source(FRONT + "--- summary\n---\n12 countries signed.\n\n" + countries,
                          Path("x.md"), "content/x.md")
    explainer, _ = read_explainer(source, Markup())
    [problem] = check_explainer(explainer)
    assert problem.hint.startswith("the list's groups: 1 under 'party'; ")


def test_one_country_that_joins_the_lead_is_named_in_the_singular() -> None:
    countries = ("--- countries\ncountries:\n  - {name: Kenya, role: lead}\n"
                 "  - {name: Chad, role: supporting}\n---\n")
    [found] = warnings_of("--- summary\n---\nKenya and 5 other countries joined.\n\n" + countries)
    assert found.endswith("but the country list has 1 contributing or supporting country")


def test_the_lead_and_the_countries_that_join_it_whatever_their_case() -> None:
    countries = ("--- countries\ncountries:\n  - {name: Kenya, role: lead}\n"
                 "  - {name: Jamaica, role: Contributing}\n  - {name: Bahamas, role: supporting}\n"
                 "  - {name: Chad, role: other}\n  - {name: Benin, role: other}\n---\n")
    text = "Kenya leads the mission and 2 other countries send officers."
    assert warnings_of(f"--- summary\n---\n{text}\n\n" + countries) == []


def test_french_negated_qualifiers() -> None:
    assert said("Pas plus de 31 pays sont nommés.", FRENCH) == []
    assert said("Pas moins de 32 pays sont nommés.", FRENCH) == [
        "section 'summary' says 'Pas moins de 32 pays' but the country list has 31 countries"]


@pytest.mark.parametrize(("text", "front", "expected"), [
    # Counts in words are read as counts in figures are (newsrooms spell out one to nine).
    ("Twenty countries signed at the launch.", None, ["'Twenty countries'"]),
    ("Some four countries signed at the launch.", None, ["'Some four countries'"]),
    ("Eight countries signed at the launch.", None, []),
    ("Onze pays ont signé au lancement.", FRENCH, ["'Onze pays'"]),
    ("Huit pays ont signé au lancement.", FRENCH, []),
    # ... but not a count that points back at countries just named, nor 'a country'.
    ("The two countries stayed out; these three countries did not.", None, []),
    ("Our two countries, the other two countries and all three countries; one of two countries "
     "and Haiti's two countries.", None, []),
    ("Les deux pays sont restés à l’écart ; un pays a hésité.", FRENCH, []),
    ("Aux deux pays, nos trois pays et tous deux pays.", FRENCH, []),
    # A letter that only looks like i or s is no number word: no count, and no crash.
    ("Sıx countries abstained; ſix other countries joined.", None, []),
    # A count 'besides' one country leaves it out, as 'other' does.
    ("The list has 30 countries besides the United States.", None, []),
    ("La liste compte trente pays différents en plus des États-Unis.", FRENCH, []),
    ("La liste compte trente pays en plus d’Haïti.", FRENCH, []),
    ("30 pays participent à partir de janvier.", FRENCH, ["'30 pays'"]),
    ("The list has 40 countries besides the United States.", None, ["'40 countries'"]),
])
def test_counts_in_words_and_counts_besides_one(text: str, front: str | None,
                                               expected: list[str]) -> None:
    assert stated(said(text, front)) == expected


@pytest.mark.parametrize(("text", "front", "expected"), [
    # A clause of taking part after the noun makes "the" or "all" point at every country of
    # the story, not at some just named: the count is held against the list.
    ("All five countries that took part signed at the launch.", None,
     ["section 'summary' says 'five countries' but the country list has 31 countries"]),
    ("The five countries that took part in the talks signed.", None,
     ["section 'summary' says 'five countries' but the country list has 31 countries"]),
    ("These five nations involved signed.", None,
     ["section 'summary' says 'five nations' but the country list has 31 countries"]),
    ("The five countries that joined the launch signed.", None,
     ["section 'summary' says 'five countries' but the country list has 31 countries"]),
    ("Les cinq pays qui ont participé au lancement ont signé.", FRENCH,
     ["section 'summary' says 'cinq pays' but the country list has 31 countries"]),
    ("Los cinco países que participaron en el lanzamiento firmaron.", SPANISH,
     ["section 'summary' says 'cinco países' but the country list has 31 countries"]),
    # The twins: a count of the list's size, or of a group, taking part, is right...
    ("All eight countries that took part in the launch signed.", None, []),
    ("Les huit pays qui ont participé au lancement ont signé.", FRENCH, []),
    ("Los ocho países que participaron en el lanzamiento firmaron.", SPANISH, []),
    # ... and a count pointing back without such a clause, or at some of those taking part, or
    # at the members of a named whole, is still no count of the list.
    ("The five countries it named earlier signed.", None, []),
    ("The other five countries that took part signed; one of two countries involved balked.",
     None, []),
    ("The ten countries that joined the EU in 2004 signed.", None, []),
    ("Les cinq pays cités plus haut ont signé.", FRENCH, []),
    ("Los cinco países citados firmaron; los otros cinco países que participaron, no.", SPANISH,
     []),
])
def test_a_count_of_the_countries_taking_part_is_held_to_the_list(
        text: str, front: str | None, expected: list[str]) -> None:
    assert said(text, front) == expected


def test_a_list_marked_as_a_selection_leaves_the_counts_alone() -> None:
    selection = COUNTRIES.replace("--- countries\n", "--- countries\ncomplete: false\n", 1)
    text = "143 countries voted for it, 9 against, and 25 founding signatories abstained."
    assert warnings_of(f"--- summary\n---\n{text}\n\n" + selection) == []
    assert len(said(text)) == 2  # the same text beside the whole list


@pytest.mark.parametrize(("text", "expected"), [
    ("38 countries took part.", ["content/x.md:8:1: warning: section 'summary' says '38 "
                                 "countries' but the key figure 'countries taking part' (line "
                                 "12) says '37'"]),
    ("37 countries took part.", []),
])
def test_a_count_beside_a_selection_is_held_to_a_key_figure_of_it(
        text: str, expected: list[str]) -> None:
    selection = COUNTRIES.replace("--- countries\n", "--- countries\ncomplete: false\n", 1)
    figures = '--- figures\nfigures:\n  - value: "37"\n    label: countries taking part\n---\n'
    assert warnings_of(f"--- summary\n---\n{text}\n\n{figures}\n{selection}") == expected


@pytest.mark.parametrize(("text", "front", "expected"), [
    # A number in words is read whole, its parts joined by a hyphen or a space.
    ("Twenty-nine countries had signed by September 2023.", None, []),
    ("Twenty one countries signed later.", None, []),
    ("Thirty-one countries are named here.", None, []),
    ("Twenty-five countries attended in all.", None, ["'Twenty-five countries'"]),
    ("Thirty\u2011two countries are named here.", None, ["'Thirty\u2011two countries'"]),
    ("Nearly a hundred countries signed.", None, ["'Nearly a hundred countries'"]),
    # Its last part is no count of its own, even where the whole is not checked.
    ("The twenty-nine countries that signed, and the twenty five others.", None, []),
    ("A hundred and twenty countries were asked.", None, []),
    ("Vingt-neuf pays avaient signé en septembre 2023.", FRENCH, []),
    ("Trente et un pays sont nommés, et non quarante-et-une nations.", FRENCH,
     ["'quarante-et-une nations'"]),
    ("Vingt-cinq pays ont signé.", FRENCH, ["'Vingt-cinq pays'"]),
    ("Quatre-vingt-dix pays ont signé.", FRENCH, ["'Quatre-vingt-dix pays'"]),
    ("Septante pays ont signé.", FRENCH, ["'Septante pays'"]),
    ("Les vingt-neuf pays signataires et les vingt-deux autres pays.", FRENCH, []),
])
def test_numbers_in_words_of_several_parts(text: str, front: str | None,
                                           expected: list[str]) -> None:
    assert stated(said(text, front)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("twenty-five countries attended in all.",
     "content/x.md:8:1: warning: section 'summary' says 'twenty-five countries' but the country "
     "list has 12 countries"),
    ("Thirty-one countries attended.",
     "content/x.md:8:1: warning: section 'summary' says 'Thirty-one countries' but the country "
     "list has 12 countries"),
])
def test_a_wrong_count_in_words_is_quoted_whole(text: str, expected: str) -> None:
    assert warnings_of(f"--- summary\n---\n{text}\n\n" + SIGNATORIES) == [expected]


GUESTS = ("--- countries\ncountries:\n  - {name: Brazil, role: host}\n"
          "  - {name: India, role: guest}\n---\n")


def test_a_count_in_words_that_names_a_group_is_read_as_one_in_figures() -> None:
    found = [warnings_of(f"--- summary\n---\n{count} guest countries were invited.\n\n" + GUESTS)
             for count in ("8", "Eight")]
    assert found == [[f"content/x.md:8:1: warning: section 'summary' says '{count} guest "
                      "countries' but the country list has 1 country under 'guest'"]
                     for count in ("8", "Eight")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Eight founding signatories signed, then twenty later signatories.",
     ["'twenty later signatories'"]),
    ("Seven founding signatories met; the two founding signatories left.",
     ["'Seven founding signatories'"]),
])
def test_groups_named_by_their_roles_in_words(text: str, expected: list[str]) -> None:
    assert stated(said(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Refugees crossed into five host countries.", ["'five host countries'"]),
    ("Two funders pledged money, and 2 hosts took refugees in.", ["'Two funders'"]),
    ("Aid reached three host communities; two lead negotiators met.", []),
    ("Refugees crossed into 2 host countries, and 1 funder paid.", []),
])
def test_the_fixed_roles_host_and_funder_name_their_groups(text: str,
                                                           expected: list[str]) -> None:
    roles = country_list(("Sudan", "lead"), ("Chad", "host"), ("Egypt", "host"),
                         ("Norway", "funder"))
    assert stated(said(text, countries=roles)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("La CEDEAO compte 5 pays membres.", ["'5 pays membres'"]),
    ("La CEDEAO compte deux pays membres et trois pays en retrait.", []),
])
def test_a_french_group_named_after_the_word_for_countries(text: str,
                                                            expected: list[str]) -> None:
    roles = country_list(("Mali", "retrait"), ("Niger", "retrait"), ("Burkina Faso", "retrait"),
                         ("Nigeria", "membre"), ("Ghana", "membre"))
    assert stated(said(text, FRENCH, roles)) == expected


def test_a_french_group_named_by_its_role_in_words() -> None:
    body = "--- summary\n---\nUn invité est venu, et non vingt-deux invités.\n\n" + \
        GUESTS.replace("guest", "invité")
    assert stated(warnings_of(body, FRENCH)) == ["'vingt-deux invités'"]


# Two member countries and a member organisation.
MEMBERS = ("--- countries\ncountries:\n  - {name: France, role: member}\n"
           "  - {name: EU, role: member}\n  - {name: Germany, role: member}\n---\n")


@pytest.mark.parametrize(("text", "expected"), [
    ("5 member countries signed.", ["content/x.md:8:1: warning: section 'summary' says '5 member "
                                    "countries' but the country list has 2 countries under "
                                    "'member'"]),
    ("3 member countries signed.", ["content/x.md:8:1: warning: section 'summary' says '3 member "
                                    "countries' but the country list has 2 countries under "
                                    "'member'"]),
    # A count of members may count the organisation among them, and says it is there.
    ("3 members signed, and three member countries.",
     ["content/x.md:8:23: warning: section 'summary' says 'three member countries' but the "
      "country list has 2 countries under 'member'"]),
    ("5 members signed.", ["content/x.md:8:1: warning: section 'summary' says '5 members' but "
                           "the country list has 2 countries and 1 organisation under 'member'"]),
])
def test_a_group_counts_its_organisations_only_as_members(text: str,
                                                          expected: list[str]) -> None:
    assert warnings_of(f"--- summary\n---\n{text}\n\n" + MEMBERS) == expected


def test_a_wrong_count_of_a_group_and_its_hint_give_one_size() -> None:
    source = split_source(FRONT + "--- summary\n---\n5 member countries signed.\n\n" + MEMBERS,
                          Path("x.md"), "content/x.md")
    explainer, _ = read_explainer(source, Markup())
    [problem] = check_explainer(explainer)
    said, _, hint = problem.render().split("\n")
    assert said.endswith("but the country list has 2 countries under 'member'")
    assert hint.startswith("  hint: the list's groups: 2 under 'member'; ")


@pytest.mark.parametrize(("text", "expected"), [
    ('The report says "7 founding signatories" met, \u201cseven founding signatories\u201d in '
     "its summary; **6** founding signatories is ours.",
     "section 'summary' says '6 founding signatories' but the country list has 8 countries "
     "under 'founding signatory'"),
    ('It says "only 40 countries joined", \u00ab\u202fforty nations\u202f\u00bb elsewhere; '
     "**35** countries is ours.",
     "section 'summary' says '35 countries' but the country list has 31 countries"),
])
def test_a_count_anywhere_in_a_quotation_is_the_sources(text: str, expected: str) -> None:
    assert said(text) == [expected]


@pytest.mark.parametrize(("text", "front", "expected"), [
    # The countries of other things counted before them may be a part of the list...
    ("At the summit, 14 ministers from 9 countries spoke.", FRONT, []),
    ("Fourteen ministers from nine countries spoke.", FRONT, []),
    ("14 ministres de 9 pays ont pris la parole.", FRENCH, []),
    # ... but not one above the whole list; and without a count before them, they are a count.
    ("14 ministers from 35 countries spoke.", FRONT,
     ["section 'summary' says '35 countries' but the country list has 31 countries"]),
    ("Aid teams from 25 countries are on the ground.", FRONT,
     ["section 'summary' says '25 countries' but the country list has 31 countries"]),
    ("In 2024 teams from 25 countries arrived.", FRONT,
     ["section 'summary' says '25 countries' but the country list has 31 countries"]),
])
def test_a_count_of_the_countries_of_things_counted_is_of_a_part_of_the_list(
        text: str, front: str, expected: list[str]) -> None:
    assert said(text, front) == expected


@pytest.mark.parametrize(("text", "front", "expected"), [
    # The digits after a number's separator are the rest of it, never a count of their own.
    ("About 1,250 countries took part.", FRONT, []),
    ("About 1.250 countries took part.", FRONT, []),
    ("Environ 1 250 pays ont pris part.", FRENCH, []),
    ("Unos 1.250 países participaron.", SPANISH, []),
    # A count after a year, or after a comma and a space, is still one.
    ("In 2020, 12 countries had signed.", FRONT,
     ["section 'summary' says '12 countries' but the country list has 31 countries"]),
    ("In 2020 12 countries had signed.", FRONT,
     ["section 'summary' says '12 countries' but the country list has 31 countries"]),
])
def test_a_count_never_starts_inside_a_number(text: str, front: str,
                                              expected: list[str]) -> None:
    assert said(text, front) == expected


# Two leads, ten members and three observers: the leads are members too.
LEADS_AND_MEMBERS = country_list(
    *((name, "lead") for name in ("Kenya", "Ghana")),
    *((name, "member") for name in ("Chad", "Peru", "Chile", "Brazil", "Spain", "Italy",
                                    "France", "Japan", "Nepal", "Fiji")),
    *((name, "observer") for name in ("Togo", "Mali", "Laos")))


@pytest.mark.parametrize(("text", "expected"), [
    # A count that names one of the story's roles may take in the countries that lead it.
    ("12 member countries signed; 3 observers did not.", []),
    ("10 member countries signed, with the 2 leads.", []),
    ("Twelve members signed.", []),
    ("11 member countries signed; 3 observers did not.",
     ["section 'summary' says '11 member countries' but the country list has 10 countries "
      "under 'member'"]),
    # ... but no other group's.
    ("13 member countries signed.",
     ["section 'summary' says '13 member countries' but the country list has 10 countries "
      "under 'member'"]),
    ("4 observers stayed out.",
     ["section 'summary' says '4 observers' but the country list has 3 countries under "
      "'observer'"]),
])
def test_a_count_naming_a_role_may_count_its_leads(text: str,
                                                 expected: list[str]) -> None:
    assert said(text, countries=LEADS_AND_MEMBERS) == expected


# Two founding members, three members, two non-members and a former member.
KINDS_OF_MEMBERS = country_list(
    ("France", "founding member"), ("Italy", "founding member"),
    *((name, "member") for name in ("Spain", "Chad", "Peru")),
    ("Japan", "non-member"), ("Fiji", "non-member"), ("Togo", "former member"))


@pytest.mark.parametrize(("text", "expected"), [
    # A count naming a role may take in the roles that are a kind of it...
    ("5 member countries signed.", []),
    ("Five members signed; 3 members joined later.", []),
    ("2 founding member countries signed first.", []),
    ("2 non-members stayed out.", []),
    # ... but not a group's role that denies it, nor another count.
    ("6 member countries signed.",
     ["section 'summary' says '6 member countries' but the country list has 3 countries under "
      "'member'"]),
    ("4 member countries signed.",
     ["section 'summary' says '4 member countries' but the country list has 3 countries under "
      "'member'"]),
    # A kind of a role is counted as itself alone.
    ("3 founding member countries signed first.",
     ["section 'summary' says '3 founding member countries' but the country list has 2 "
      "countries under 'founding member'"]),
])
def test_a_count_naming_a_role_takes_in_its_kinds(text: str, expected: list[str]) -> None:
    assert said(text, countries=KINDS_OF_MEMBERS) == expected


@pytest.mark.parametrize(("language", "founding", "member", "text", "slip"), [
    ("fr", "membre fondateur", "membre",
     "Les cinq membres fondateurs de l'alliance et ses 7 pays membres se sont réunis.",
     "Ses 8 pays membres se sont réunis."),
    ("es", "miembro fundador", "miembro",
     "Los cinco miembros fundadores y los 7 países miembros se reunieron.",
     "Los 8 países miembros se reunieron."),
    ("pt", "membro fundador", "membro",
     "Os cinco membros fundadores e os 7 países membros reuniram-se.",
     "Os 8 países membros reuniram-se."),
])
def test_a_kind_of_a_role_may_put_its_noun_first(language: str, founding: str, member: str,
                                                 text: str, slip: str) -> None:
    # "membre fondateur" is a kind of "membre", as "founding member" is of "member".
    countries = country_list(*((name, founding) for name in ("FR", "IT", "BE", "NL", "LU")),
                             ("ES", member), ("PT", member))
    front = f"---\ntitle: T\ndek: D\npublished: 2024-05-23\nlanguage: {language}\n---\n"
    assert said(text, front, countries) == []
    assert any(f"under '{member}'" in warning for warning in said(slip, front, countries))


DONORS = country_list(*((name, "donor") for name in ("Norway", "Germany", "France", "Japan",
                                                     "Canada", "EU")))
DONORS_FR = country_list(*((name, "donateur") for name in ("Norway", "Germany", "France",
                                                           "Japan", "Canada", "EU")))
DONORS_DE = country_list(*((name, "Geldgeber") for name in ("Norway", "Germany", "France",
                                                            "Japan", "Canada", "EU")))
DONORS_ES = country_list(*((name, "donante") for name in ("Norway", "Germany", "France",
                                                          "Japan", "Canada", "EU")))


@pytest.mark.parametrize(("text", "front", "countries"), [
    # The list does not say who the EU's members are: the count cannot be checked.
    ("32 donors, the 27 EU members among them, pledged in Brussels.", None, DONORS),
    ("32 donors pledged in Brussels, among them the 27 EU members.", None, DONORS),
    ("32 donors, the EU's 27 member states among them, pledged.", None, DONORS),
    ("Thirty-two donors, including the 27 members of the European Union, pledged.", None,
     DONORS),
    ("32 donateurs, dont les 27 membres de l'UE, ont promis des fonds.", FRENCH, DONORS_FR),
    ("32 donantes, entre ellos los 27 miembros de la UE, prometieron fondos.", SPANISH,
     DONORS_ES),
    ("32 Geldgeber, darunter die 27 EU-Staaten, sagten Mittel zu.", GERMAN, DONORS_DE),
])
def test_a_group_count_beside_a_count_of_its_organisation_s_members_is_not_checked(
        text: str, front: str | None, countries: str) -> None:
    assert said(text, front, countries) == []


@pytest.mark.parametrize(("text", "countries"), [
    # No members counted: the group is the list's, and 7 is not its size.
    ("7 donors, the EU among them, pledged in Brussels.", DONORS),
    ("7 donors pledged in Brussels.", DONORS),
    # A number that is no count of members: a year, an amount, or in another clause.
    ("7 donors, the EU among them, pledged in 2024.", DONORS),
    ("7 donors, the EU among them, pledged €27 billion.", DONORS),
    ("7 donors pledged on 27 March; the EU gave most.", DONORS),
    # An organisation that the group does not hold says nothing of it.
    ("7 donors, the 27 EU members among them, pledged.",
     country_list(*((name, "donor") for name in ("Norway", "Germany", "France", "Japan",
                                                  "Canada")), ("EU", "observer"))),
])
def test_a_group_count_with_no_count_of_its_organisation_s_members_is_checked(
        text: str, countries: str) -> None:
    assert len(said(text, countries=countries)) == 1


def test_a_german_group_count_with_no_count_of_members_is_checked() -> None:
    assert len(said("7 Geldgeber, darunter die EU, sagten Mittel zu.", GERMAN, DONORS_DE)) == 1


# A tournament's draw: groups told apart by a letter or a number alone.
DRAW = country_list(("India", "group a"), ("Pakistan", "group a"), ("Ireland", "group a"),
                    ("Australia", "group b"), ("Namibia", "group b"), ("Oman", "group b"))
POOLS = country_list(("France", "pool 1"), ("Italy", "pool 1"), ("Chile", "pool 2"),
                     ("Japan", "pool 2"), ("Samoa", "pool 2"))


@pytest.mark.parametrize(("text", "countries"), [
    ("Four teams go through from two groups of three.", DRAW),
    ("Four teams, two from each of the 2 groups, reach the Super 8.", DRAW),
    ("The top two of both pools, four teams, go through from 2 pools.", POOLS),
])
def test_a_count_of_groups_told_apart_by_a_letter_counts_no_group(
        text: str, countries: str) -> None:
    assert said(text, countries=countries) == []


def test_a_group_told_apart_by_words_is_still_counted() -> None:
    groups = country_list(("India", "group a"), ("Pakistan", "group a"),
                          ("Ireland", "qualifying group"), ("Oman", "qualifying group"))
    assert said("Three qualifying groups played.", countries=groups) == [
        "section 'summary' says 'Three qualifying groups' but the country list has 2 "
        "countries under 'qualifying group'"]



# Two of four countries under a role of a verb and what it acts on: 'released prisoners'.
RELEASED = country_list(("United States", "party"), ("Russia", "party"),
                        ("Germany", "released prisoners"), ("Poland", "released prisoners"))


@pytest.mark.parametrize(("text", "expected"), [
    # What the role acts on, counted before its verb: prisoners, not the countries.
    ("Of the 16 prisoners released, five were German.", []),
    ("The 16 prisoners released flew to Ankara.", []),
    # The role's words in its order name the group, and are held against it.
    ("Four countries released prisoners.", ["section 'summary' says 'Four countries released "
                                            "prisoners' but the country list has 2 countries "
                                            "under 'released prisoners'"]),
])
def test_a_count_of_what_a_role_acts_on_is_not_its_group(text: str, expected: list[str]) -> None:
    assert said(text, countries=RELEASED) == expected


SHIP = country_list(("Singapore", "flag state"), ("India", "crew"), ("Mexico", "victims' home"),
                    ("Guatemala", "victims' home"))


@pytest.mark.parametrize(("text", "expected"), [
    # A role's word before a noun it qualifies counts that noun, not the group's countries.
    ("The ship carried 21 crew members.", []),
    ("The ship carried two crew members from the Philippines.", []),
    # The group named by its role, or its countries, is still counted.
    ("Two crew countries are listed.", ["'Two crew countries'"]),
    ("Three crews came from abroad.", ["'Three crews'"]),
])
def test_a_role_that_qualifies_another_noun_counts_no_countries(
        text: str, expected: list[str]) -> None:
    assert [w.split(" says ")[1].split(" but ")[0] for w in said(text, countries=SHIP)] \
        == expected
