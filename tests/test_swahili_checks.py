"""The editorial checks of numbers read Swahili: its nouns come before their numbers ("nchi
nyingine tisa", "maafisa 1,000"), and so do money's name and scale ("dola milioni 360")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import run_cli
from .test_checks import stated, warnings_of

SWAHILI = "---\ntitle: T\ndek: D\npublished: 2024-06-26\nlanguage: sw\n---\n"
FIGURES = """
--- figures
figures:
  - value: Dola milioni 360
    label: zilizoahidiwa na Marekani kuusaidia ujumbe
  - value: Takriban 1,000
    label: maafisa wa polisi wa Kenya watakaotumwa
  - value: "200"
    label: maafisa zaidi wa Kenya waliotarajiwa wiki hiyo
  - value: Siku 3
    label: urefu wa ziara rasmi ya Ruto nchini Marekani
---
"""
COUNTRIES = """
--- countries
countries:
  - {name: Kenya, role: lead}
  - {name: Haiti, role: host}
  - {name: United States, role: funder}
  - {name: Chile, role: contributing}
  - {name: Jamaica, role: contributing}
  - {name: Benin, role: supporting}
---
"""


def said(text: str, front: str = SWAHILI) -> list[str]:
    """Return what the warnings about a summary of the text say it states."""
    return stated(warnings_of(f"--- summary\n---\n{text}\n" + FIGURES + COUNTRIES, front))


@pytest.mark.parametrize(("text", "warned"), [
    # The noun, "other", then the count, in words or in figures.
    ("Kenya itaongoza vikosi kutoka nchi nyingine tisa.", ["'nchi nyingine tisa'"]),
    ("Kenya itaongoza vikosi kutoka nchi nyingine tatu.", []),
    ("Kenya itaongoza vikosi kutoka nchi nyingine 9.", ["'nchi nyingine 9'"]),
    ("Kenya itaongoza vikosi kutoka nchi nyingine 3.", []),
    ("Nchi kumi na mbili zinashiriki.", ["'Nchi kumi na mbili'"]),
    ("Nchi sita zinashiriki.", []),
    ("Mataifa mengine manane yanashiriki.", ["'Mataifa mengine manane'"]),
    ("Mataifa mengine matatu yanashiriki.", []),
    # A qualifier before the noun, or between it and its number.
    ("Zaidi ya nchi 30 zinashiriki.", ["'Zaidi ya nchi 30'"]),
    ("Nchi zaidi ya 30 zinashiriki.", ["'Nchi zaidi ya 30'"]),
    ("Nchi zaidi ya 4 zinashiriki.", []),
    ("Takriban nchi 6 zinashiriki.", []),
    # One country left out after the count, and no count at all.
    ("Nchi 12 zinashiriki mbali na Kenya.", ["'Nchi 12'"]),
    ("Nchi 3 zinashiriki mbali na Kenya.", []),
    ("Mwaka 2024 nchi 10 zililaani mauaji hayo katika taarifa.", ["'nchi 10'"]),
    ("Kila nchi inatajwa mara moja; nchi hizo mbili zilikutana mwaka 2024.", []),
])
def test_counts_of_countries_in_swahili(text: str, warned: list[str]) -> None:
    assert said(text) == warned


@pytest.mark.parametrize(("text", "warned"), [
    # Money: the currency, its scale, then its number; or a sign, the number, its scale.
    ("Marekani iliahidi dola milioni 300 kwa ujumbe.", ["'dola milioni 300'"]),
    ("Marekani iliahidi dola milioni 360 kwa ujumbe.", []),
    ("Marekani iliahidi $300 milioni kwa ujumbe.", ["'$300 milioni'"]),
    ("Marekani iliahidi US$360 milioni kwa ujumbe.", []),
    ("Marekani iliahidi dola za Marekani milioni 360 kwa ujumbe.", []),
    # A counted noun, then its number: quoted whole, as written.
    ("Maafisa 2,000 wa polisi wa Kenya watatumwa.", ["'Maafisa 2,000'"]),
    ("Takriban maafisa 1,000 wa polisi wa Kenya watatumwa.", []),
    ("Maafisa elfu moja wa polisi wa Kenya watatumwa.", []),
    ("Mwaka 2024, maafisa 1,000 wa polisi wa Kenya watatumwa.", []),
    ("Ziara rasmi ya Ruto nchini Marekani ilidumu siku 4.", ["'siku 4'"]),
    ("Ziara rasmi ya Ruto nchini Marekani ilidumu siku 3.", []),
    # "Another 200": added to the level, as the figure of more officers has it.
    ("Maafisa wengine 200 wa Kenya walitarajiwa wiki hiyo.", []),
    ("Maafisa wengine 300 wa Kenya walitarajiwa wiki hiyo.", ["'Maafisa wengine 300'"]),
])
def test_amounts_in_swahili(text: str, warned: list[str]) -> None:
    assert said(text) == warned


SHILLINGS = """
--- figures
figures:
  - value: KSh bilioni 46
    label: bajeti ya ujumbe kutoka Hazina ya Kenya
---
"""


@pytest.mark.parametrize(("language", "text", "warned"), [
    # "Sh" is the shilling of a region that pays in one: in sw-KE, Kenya's.
    ("sw-KE", "Hazina ya Kenya imetenga Sh40 bilioni kwa bajeti ya ujumbe.", ["'Sh40 bilioni'"]),
    ("sw-KE", "Hazina ya Kenya imetenga Sh bilioni 46 kwa bajeti ya ujumbe.", []),
    ("sw-KE", "Hazina ya Kenya imetenga shilingi bilioni 40 kwa bajeti ya ujumbe.",
     ["'shilingi bilioni 40'"]),
    # Without a region, "Sh" may be Tanzania's or Uganda's: not held against "KSh".
    ("sw", "Hazina ya Kenya imetenga Sh40 bilioni kwa bajeti ya ujumbe.", []),
    ("sw", "Hazina ya Kenya imetenga Ksh.40 bilioni kwa bajeti ya ujumbe.", ["'Ksh.40 bilioni'"]),
])
def test_shillings_in_swahili(language: str, text: str, warned: list[str]) -> None:
    front = SWAHILI.replace("language: sw", f"language: {language}")
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + SHILLINGS, front)) == warned


def test_an_explainer_in_swahili_is_checked_with_no_note(make_site: Callable[..., Path]
                                                         ) -> None:
    story = SWAHILI + "\n--- takeaways\ntakeaways:\n  - Vikosi kutoka nchi nyingine tisa " \
        "vitajiunga na Kenya.\n---\n" + COUNTRIES
    root = make_site({"content/a.md": story})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    assert "note:" not in result.stderr
    assert "content/a.md:10:19: warning: takeaway says 'nchi nyingine tisa' but the country " \
        "list has 3 contributing or supporting countries" in result.stderr
