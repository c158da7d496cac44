"""A number keeps to the symbol of its unit: "40,3 °C", "195 km/h", never "40,3" at a line's
end and "°C" at the next line's start."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from explainer.content.text.typography import typeset_text

from .helpers import run_cli, soup

HEAT_STORY = """\
---
title: Le Royaume-Uni dépasse les 40 °C
dek: Un record de 40,3 °C a été mesuré à Coningsby.
published: 2022-07-20
language: fr
---

--- summary
---
Le thermomètre affichait 40,3 °C (104,5
°F), et le vent soufflait à 30 km/h.

--- figures
figures:
  - {value: "40,3 °C", label: record de température au Royaume-Uni}
---
"""


def test_a_unit_keeps_to_its_number_on_a_french_page(make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": "language: fr\n", "content/canicule.md": HEAT_STORY})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    page = soup(root / "public" / "canicule.html")
    # French sets a narrow no-break space before a unit, as CLDR writes French units.
    assert page.h1.get_text() == "Le Royaume-Uni dépasse les 40\u202f°C"
    assert page.select_one(".dek").get_text().startswith("Un record de 40,3\u202f°C a été")
    summary = page.select_one(".summary").get_text()
    assert "40,3\u202f°C (104,5\u202f°F), et le vent soufflait à 30\u202fkm/h" in summary
    assert page.select_one(".figure dd").get_text().strip() == "40,3\u202f°C"


@pytest.mark.parametrize(("language", "typed", "shown"), [
    ("en", "winds of 120 mph (195 km/h) and a surge of 10 feet (3 m)",
     "winds of 120\u00a0mph (195\u00a0km/h) and a surge of 10 feet (3\u00a0m)"),
    ("de", "47,2 °C, 1,5 ℃ und 20 cm Regen", "47,2\u00a0°C, 1,5\u00a0℃ und 20\u00a0cm Regen"),
    ("fr-CA", "40,3 °C", "40,3\u00a0°C"),
    # The ordinal indicator typed for a degree sign is one before C or F, not in "1º de julio".
    ("es", "Hizo 40 ºC el 1º de julio, y 104ºF", "Hizo 40\u00a0°C el 1º de julio, y 104°F"),
    # A word after a number is no unit: "5 mois", "10 am", "3 min".
    ("fr", "en 5 mois, 3 minutes", "en 5 mois, 3 minutes"),
    ("en", "at 10 am, 3 min later, 5 miles on", "at 10 am, 3 min later, 5 miles on"),
])
def test_a_unit_symbol_keeps_to_its_number(language: str, typed: str, shown: str) -> None:
    assert typeset_text(typed, language) == shown
