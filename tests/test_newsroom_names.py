"""Names newsrooms write for countries where CLDR's name in their language is another: read
on a page in that language, which prints CLDR's name as for any other (a label prints
another), and named to the author of a page in English."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import run_cli, soup, write_project
from .test_country_names import countries_section
from .test_names_in_languages import FRONT
from .test_schema import errors_of


@pytest.mark.parametrize(("language", "written", "shown"), [
    ("id", ("Inggris", "Cina", "Korsel"), ["Inggris Raya", "Tiongkok", "Korea Selatan"]),
    ("id", ("Britania Raya", "Korut"), ["Inggris Raya", "Korea Utara"]),
    ("de", ("Großbritannien", "Weißrussland"), ["Vereinigtes Königreich", "Belarus"]),
    ("de", ("VAE",), ["Vereinigte Arabische Emirate"]),
    ("ar", ("الإمارات",), ["الإمارات العربية المتحدة"]),
    ("es", ("Gran Bretaña", "EE.UU.", "RDC"),
     ["Reino Unido", "Estados Unidos", "República Democrática del Congo"]),
    ("tr", ("İngiltere",), ["Birleşik Krallık"])])
def test_a_page_reads_the_names_its_newsrooms_write(tmp_path: Path, language: str,
                                                   written: tuple[str, ...],
                                                   shown: list[str]) -> None:
    story = FRONT.format(language) + "\n" + countries_section(*written)
    root = write_project(tmp_path, {"content/story.md": story})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    page = soup(next((root / "out").glob("*/story.html")))
    assert [a.get_text() for a in page.select("a.country-name")] == shown


def test_a_newsroom_name_is_told_its_languages_on_an_english_page() -> None:
    [error] = errors_of(countries_section("Cina"))
    assert ("hint: 'Cina' is Czech, Indonesian, Italian and Slovak for 'China': write "
            "'China'") in error
    [error] = errors_of(countries_section("Inggris"))
    assert "hint: 'Inggris' is Indonesian for 'United Kingdom'" in error
