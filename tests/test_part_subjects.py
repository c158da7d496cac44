"""A sentence on a part of what a figure counts: a country or an organisation that the story is
not about, beside a figure whose label names no one."""

from __future__ import annotations

import pytest

from .test_checks import FRENCH, FRONT, GERMAN, SPANISH, stated, warnings_of

ITALIAN = FRENCH.replace("language: fr", "language: it")
PORTUGUESE = FRENCH.replace("language: fr", "language: pt")


def figure(value: str, label: str) -> str:
    """Return a figures section of one figure."""
    return f'\n--- figures\nfigures:\n  - value: "{value}"\n    label: {label}\n---\n'


EMITTED = {
    "en": (FRONT, figure("37.5 billion tonnes", "CO2 emitted from fossil fuels in 2026")),
    "fr": (FRENCH, figure("37,5 milliards de tonnes",
                          "tonnes de CO2 émises par les combustibles fossiles en 2026")),
    "es": (SPANISH, figure("37.500 millones de toneladas",
                           "toneladas de CO2 emitidas por combustibles fósiles en 2026")),
    "de": (GERMAN, figure("37,5 Milliarden Tonnen",
                          "Tonnen CO2 aus fossilen Brennstoffen im Jahr 2026")),
    "it": (ITALIAN, figure("37,5 miliardi di tonnellate",
                           "tonnellate di CO2 emesse dai combustibili fossili nel 2026")),
    "pt": (PORTUGUESE, figure("37,5 bilhões de toneladas",
                              "toneladas de CO2 emitidas por combustíveis fósseis em 2026")),
}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "China emitted 12.1 billion tonnes of CO2 from fossil fuels in 2026."),
    ("en", "In 2026, China's fossil fuels emitted 12.1 billion tonnes of CO2."),
    ("en", "The United States emitted 4.9 billion tonnes of CO2 from fossil fuels in 2026."),
    ("en", "The EU emitted 2.4 billion tonnes of CO2 from fossil fuels in 2026."),
    ("fr", "La Chine a émis 12,1 milliards de tonnes de CO2 des combustibles fossiles en 2026."),
    ("es", "China emitió 12.100 millones de toneladas de CO2 por combustibles fósiles en 2026."),
    ("de", "China stieß 2026 aus fossilen Brennstoffen 12,1 Milliarden Tonnen CO2 aus."),
    ("it", "La Cina ha emesso 12,1 miliardi di tonnellate di CO2 dai combustibili fossili nel "
           "2026."),
    ("pt", "A China emitiu 12,1 bilhões de toneladas de CO2 por combustíveis fósseis em 2026."),
])
def test_a_country_s_part_is_not_held_against_the_whole(language: str, text: str) -> None:
    front, section = EMITTED[language]
    assert warnings_of(f"--- summary\n---\n{text}\n" + section, front) == []


@pytest.mark.parametrize(("language", "text", "said"), [
    # No one named: the whole, said otherwise.
    ("en", "The world emitted 38.1 billion tonnes of CO2 from fossil fuels in 2026.",
     ["'38.1 billion tonnes'"]),
    ("fr", "Le monde a émis 38,1 milliards de tonnes de CO2 des combustibles fossiles en 2026.",
     ["'38,1 milliards de tonnes'"]),
    ("es", "El mundo emitió 38.100 millones de toneladas de CO2 por combustibles fósiles en "
           "2026.", ["'38.100 millones de toneladas'"]),
    # A name that is no country nor organisation says nothing of a part.
    ("en", "Fossil fuels emitted 38.1 billion tonnes of CO2 in 2026, Reuters reported.",
     ["'38.1 billion tonnes'"]),
])
def test_the_whole_said_otherwise_is_still_warned_about(language: str, text: str,
                                                        said: list[str]) -> None:
    front, section = EMITTED[language]
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + section, front)) == said


OFFICERS = figure("1,000", "officers set to deploy")
SENT = "--- summary\n---\nKenya will send 1,200 officers to deploy in Haiti.\n" + OFFICERS


def countries(*entries: tuple[str, str]) -> str:
    """Return a countries section of (name, role) entries."""
    return "\n--- countries\ncountries:\n" + "".join(
        f"  - {{name: {name}, role: {role}}}\n" for name, role in entries) + "---\n"


@pytest.mark.parametrize(("body", "front"), [
    # Kenya leads the story's mission, ...
    (SENT + countries(("Kenya", "lead"), ("Haiti", "host"), ("Benin", "contributing")), FRONT),
    # ... is the only country of its list, ...
    (SENT + countries(("Kenya", "contributing")), FRONT),
    # ... or is named in its title or dek, or by a word made from its name.
    (SENT + countries(("Kenya", "contributing"), ("Benin", "contributing")),
     FRONT.replace("title: T", "title: Kenya's police mission to Haiti")),
    (SENT, FRONT.replace("dek: D", "dek: A Kenyan-led force lands in Port-au-Prince")),
    ("--- summary\n---\nThe US will send 1,200 officers to deploy.\n" + OFFICERS,
     FRONT.replace("title: T", "title: The United States' mission")),
    ("--- summary\n---\nThe UN will send 1,200 officers to deploy.\n" + OFFICERS
     + "\n--- countries\ncountries:\n  - {name: Haiti, role: host}\n  - {name: UN, role: lead}\n"
       "---\n", FRONT),
])
def test_the_story_s_own_subject_speaks_of_its_figures(body: str, front: str) -> None:
    assert stated(warnings_of(body, front)) == ["'1,200 officers'"]


@pytest.mark.parametrize(("body", "front"), [
    # A contributor that the story is not about sends a part of the officers.
    (SENT + countries(("Kenya", "contributing"), ("Benin", "contributing")), FRONT),
    ("--- summary\n---\nBenin will send 1,200 officers to deploy in Haiti.\n" + OFFICERS
     + countries(("Kenya", "lead"), ("Benin", "contributing")), FRONT),
    ("--- summary\n---\nThe African Union will send 1,200 officers to deploy.\n" + OFFICERS
     + countries(("Kenya", "lead")), FRONT.replace("title: T", "title: Kenya in Haiti")),
])
def test_another_country_s_part_is_not_held_against_the_story_s_figure(body: str,
                                                                      front: str) -> None:
    assert warnings_of(body, front) == []


def test_a_label_that_names_its_country_is_compared_as_before() -> None:
    # The label names Kenya: a sentence on Kenya speaks of it, one on Benin does not.
    section = figure("1,000", "Kenyan officers set to deploy")
    kenya = "--- summary\n---\nKenya will send 1,200 Kenyan officers to deploy.\n" + section
    assert stated(warnings_of(kenya)) == ["'1,200 Kenyan officers'"]
    spanish = figure("1.000", "policías kenianos prometidos")
    said = "--- summary\n---\nKenia prometió 900 policías kenianos.\n" + spanish
    assert stated(warnings_of(said, SPANISH)) == ["'900 policías'"]


@pytest.mark.parametrize("text", [
    # A country's code is no name in a sentence: these are words.
    "AI tools will create 1,200 jobs, the report says.",
    "IT firms will create 1,200 jobs, the report says.",
])
def test_a_word_that_is_also_a_country_s_code_names_no_part(text: str) -> None:
    section = figure("1,000", "jobs the plan will create")
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + section)) == ["'1,200 jobs'"]
